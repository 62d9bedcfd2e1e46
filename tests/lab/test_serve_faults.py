"""Fault injection: the real `podnet serve` (HTTP and Socket Mode), the Slack stand-in and the lab, tried the
way an attacker or an unlucky operator would try them.

Each case runs its own `podnet serve` on one shared lab (route-missing on node-2) and, once the process
has stopped — so that nothing can still be added —, asserts that every request podnet took was answered
once: one threaded reply per diagnosis, each ended exactly once (a verdict, "could not run", or
"interrupted, re-run?"), and nothing in a thread podnet should not have touched. Every wait is on a
recorded call, an ack or a log line, with a timeout.
"""

from __future__ import annotations

import contextlib
import json
import socket
import sqlite3
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.slack.blocks import INTERRUPTED
from tests.lab.conftest import Lab, podnet, start_lab
from tests.lab.replies import Thread, button_value
from tests.lab.serving import ALLOWED, OUTSIDER, Serve, click, command, connections, deliver, start_serving
from tests.lab.test_diagnose import RUNBOOK_ERROR
from tests.podnet_serve import ServeProcess
from tests.postgres import postgres_server
from tests.serve_load import SlowClients, huge_unsigned_post, misbehaving_nodes
from tests.slack_standin import SlackStandIn, message_event

CHANNELS = {"C0LAB": "lab", "C0OPS": "ops", "C0OTHER": "random"}
ALLOWED_CHANNELS = "C0LAB,C0OPS"  # C0OTHER is a channel podnet is in but not enabled for


@pytest.fixture(scope="module")
def lab() -> Iterator[Lab]:
    running = start_lab()
    running.break_("route-missing")
    try:
        yield running
    finally:
        podnet("lab", "down")


@contextlib.contextmanager
def serving(
    lab: Lab, tmp: Path, *, http: bool, env: dict[str, str] | None = None, slack: SlackStandIn | None = None
) -> Iterator[Serve]:
    """A `podnet serve` for one case; stopped (SIGTERM, drained) on leaving, so its calls are all recorded."""
    with contextlib.ExitStack() as stack:
        if slack is None:
            slack = stack.enter_context(SlackStandIn(channels=CHANNELS))
        serve = start_serving(lab, slack, tmp, http=http, env={"PODNET_CHANNELS": ALLOWED_CHANNELS, **(env or {})})
        try:
            yield serve
        finally:
            if serve.process.proc.poll() is None:
                serve.process.stop()


def readyz(serve: Serve) -> tuple[int, str]:
    assert serve.process.health_url is not None
    try:
        with urllib.request.urlopen(serve.process.health_url + "/readyz", timeout=5) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode()


def paste(serve: Serve, text: str, *, channel: str = "C0LAB", user: str = ALLOWED) -> tuple[Thread, float]:
    ts = serve.slack.workspace.next_ts()
    elapsed = deliver(serve, message_event(text, user=user, channel=channel, ts=ts))
    return Thread(serve.slack, ts), elapsed


# --- bounded ------------------------------------------------------------------------------------------


def test_a_paste_naming_1500_services_runs_three_and_lists_the_rest(lab: Lab, tmp_path: Path) -> None:
    text = "\n".join(f"lookup s{i}: i/o timeout" for i in range(1500))  # 38 KB: under Slack's 40,000 characters
    with serving(lab, tmp_path, http=True) as serve:
        thread, ack = paste(serve, text)
        for reply in thread.wait_started(3):
            thread.wait_ended(reply)
        help_ack = command(serve, "help", ALLOWED)  # the 1,500 names queued nothing behind them
    assert ack < 3.0 and help_ack < 1.0, (ack, help_ack)
    thread.assert_each_ended_once(3)
    assert [r.args["text"].split("`")[1] for r in thread.started()] == ["s0", "s1", "s2"]
    partial, listed = thread.notes()
    # the parser reads 1,000 different names (NAMES_READ) and says it stopped: 997 not run, 10 of them named
    assert partial.startswith("This paste is long, and I did not read all of it")
    assert "more than 3 failing names" in listed and "and 987 more" in listed
    assert len(serve.slack.calls("chat.postMessage")) == 5  # those two, three diagnoses, nothing else anywhere


# --- deadlines: a node that never answers the exec, one that trickles ---------------------------------


def test_a_hung_and_a_trickling_node_are_not_checked_and_the_rest_of_the_diagnosis_ends(
    lab: Lab, tmp_path: Path
) -> None:
    env, standins = misbehaving_nodes(lab.paths, tmp_path, {"node-1": "hang", "node-3": "trickle"})
    env |= {"PODNET_SSH_DEADLINE": "4"}
    try:
        with serving(lab, tmp_path, http=False, env=env) as serve:
            started = time.monotonic()
            thread, _ = paste(serve, RUNBOOK_ERROR)
            (reply,) = thread.wait_started(1)
            help_ack = command(serve, "help", ALLOWED)  # while the nodes hang
            ended = thread.wait_ended(reply, timeout=60)
            took = time.monotonic() - started
            status, why = readyz(serve)
    finally:
        for standin in standins:
            standin.close()
    thread.assert_each_ended_once(1)
    blocks = json.dumps(ended.args.get("blocks"), ensure_ascii=False)
    assert not ended.args["text"].startswith("healthy"), ended.args["text"]  # never healthy with nodes unchecked
    assert "node-1" in blocks and "node-3" in blocks and "timed out after 4 s" in blocks, blocks
    assert "node-2" in blocks  # the reachable node was checked
    assert took < 40, took  # bounded by the node deadline, not by the nodes
    assert help_ack < 1.0, help_ack
    assert [len(s.execs) for s in standins] == [1, 1]  # a node that timed out is not asked again
    assert status == 200, why  # nothing stuck: the workers finished


# --- nothing lost: SIGTERM in the middle of four diagnoses, then a restart ------------------------------


def test_sigterm_mid_four_diagnoses_ends_each_thread_once_and_the_restart_leaves_them(lab: Lab, tmp_path: Path) -> None:
    stuck_env, standins = misbehaving_nodes(lab.paths, tmp_path, {"node-1": "hang"})
    env = {**stuck_env, "PODNET_SSH_DEADLINE": "60", "PODNET_MAX_CONCURRENT": "2", "PODNET_DRAIN_SECONDS": "1"}
    try:
        with SlackStandIn(channels=CHANNELS) as slack:
            with serving(lab, tmp_path, http=False, env=env, slack=slack) as serve:
                three, _ = paste(
                    serve,
                    f"{RUNBOOK_ERROR}\ndial tcp: lookup kube-dns.kube-system: i/o timeout\n"
                    "lookup keystone-admin.onecloud: i/o timeout",
                )
                one, _ = paste(serve, "getaddrinfo EAI_AGAIN default-region.onecloud")  # its client on node-2
                three.wait_started(3)
                one.wait_started(1)
                # two run (stuck on the hung node), two wait
                serve.process.wait_for_line("started for", timeout=15, count=2)
                serve.process.proc.terminate()
                assert serve.process.proc.wait(timeout=30) == 0
            before = len(slack.calls())
            with serving(lab, tmp_path, http=False, env={}, slack=slack) as again:  # same database, healthy nodes
                interrupted = one.endings(one.started()[0])[0]
                rerun = button_value(interrupted, "podnet_rerun")
                click(again, "podnet_rerun", rerun, interrupted.args["ts"], ALLOWED)
                (_, rerun_reply) = one.wait_started(2)
                verdict = one.wait_ended(rerun_reply)
    finally:
        for standin in standins:
            standin.close()
    for ending in three.assert_each_ended_once(3) + one.assert_each_ended_once(2)[:1]:
        assert ending.args["text"] == INTERRUPTED
    assert verdict.args["text"].startswith("problem")  # the Re-run after the restart ran to a verdict
    touched = {c.args.get("ts") for c in slack.calls()[before:] if c.method == "chat.update"}
    assert touched == {rerun_reply.response["ts"]}  # the restart ended nothing twice
    assert any("draining" in line for line in serve.process.stderr)


# --- the database locked, and down ------------------------------------------------------------------


def test_a_locked_sqlite_file_costs_no_ack_and_no_verdict(lab: Lab, tmp_path: Path) -> None:
    with serving(lab, tmp_path, http=True) as serve:
        holder = sqlite3.connect(tmp_path / "podnet.db", timeout=0, isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")  # another process holds the write lock for the whole diagnosis
        try:
            ts = serve.slack.workspace.next_ts()
            event = message_event("lookup default-region.onecloud: i/o timeout", user=ALLOWED, ts=ts)
            acks = [deliver(serve, event, event_id="EvLOCKED"), deliver(serve, event, event_id="EvLOCKED", retry=1)]
            thread = Thread(serve.slack, ts)
            (reply,) = thread.wait_started(1)
            ended = thread.wait_ended(reply)
        finally:
            holder.execute("ROLLBACK")
            holder.close()
    assert max(acks) < 2.5, acks  # within the busy timeout, far from Slack's 3 s
    thread.assert_each_ended_once(1)  # Slack's retry was not answered again
    assert ended.args["text"].startswith("problem")


def test_postgresql_down_then_back_costs_no_ack_and_no_verdict(lab: Lab, tmp_path: Path) -> None:
    with postgres_server() as pg:
        url = pg.create_database()
        pg.stop()  # down before podnet starts: start-up waits for it instead of crashing

        def start_database_once_waited_for(process: ServeProcess) -> None:
            process.wait_for_line("not reachable yet", timeout=30)
            pg.start()

        with SlackStandIn(channels=CHANNELS) as slack:
            serve = start_serving(
                lab,
                slack,
                tmp_path,
                http=True,
                env={
                    "PODNET_DATABASE_URL": url,
                    "PODNET_CHANNELS": ALLOWED_CHANNELS,
                },
                before_ready=start_database_once_waited_for,
            )
            try:
                first, _ = paste(serve, "lookup default-region.onecloud: i/o timeout")
                first.wait_ended(first.wait_started(1)[0])
                pg.stop()  # an outage under a running podnet
                ts = serve.slack.workspace.next_ts()
                event = message_event("lookup keystone-admin.onecloud: i/o timeout", user=ALLOWED, ts=ts)
                acks = [deliver(serve, event, event_id="EvPGDOWN"), deliver(serve, event, event_id="EvPGDOWN", retry=1)]
                second = Thread(slack, ts)
                second.wait_ended(second.wait_started(1)[0])
                down = readyz(serve)
                pg.start()
                deadline = time.monotonic() + 20
                while (up := readyz(serve))[0] != 200 and time.monotonic() < deadline:
                    threading.Event().wait(0.5)  # /readyz caches the database's state for 5 s
            finally:
                serve.process.stop()
    assert max(acks) < 3.0, acks
    first.assert_each_ended_once(1)
    second.assert_each_ended_once(1)
    assert down[0] == 503 and "database" in down[1], down
    assert up[0] == 200, up


# --- audit first ------------------------------------------------------------------------------------


def test_an_unwritable_audit_log_runs_nothing_and_says_why(lab: Lab, tmp_path: Path) -> None:
    (tmp_path / "not-a-directory").write_text("")
    env = {"PODNET_AUDIT_LOG": str(tmp_path / "not-a-directory" / "audit.jsonl")}  # ENOTDIR, even for root
    with serving(lab, tmp_path, http=False, env=env) as serve:
        thread, _ = paste(serve, RUNBOOK_ERROR)
        ended = thread.wait_ended(thread.wait_started(1)[0])
        status, why = readyz(serve)
        opened = connections(serve).get("opened", 0)
    thread.assert_each_ended_once(1)
    assert ended.args["text"].startswith("could not run: podnet cannot write its audit log")
    assert opened == 0  # not one SSH connection: nothing ran on a node
    assert status == 503 and "audit" in why, (status, why)


# --- HTTP: a 100 MB unsigned POST, 400 slow connections, malformed requests --------------------------


def _status(proc_pid: int) -> dict[str, int]:
    fields = dict(line.split(":", 1) for line in Path(f"/proc/{proc_pid}/status").read_text().splitlines())
    return {"rss_kb": int(fields["VmRSS"].split()[0]), "threads": int(fields["Threads"])}


def test_a_100mb_unsigned_post_and_400_slow_connections_leave_memory_threads_and_acks_bounded(
    lab: Lab, tmp_path: Path
) -> None:
    with serving(lab, tmp_path, http=True) as serve:
        assert serve.url is not None
        port = int(serve.url.split(":")[2].split("/")[0])
        before = _status(serve.process.proc.pid)
        slow = SlowClients(port, 400)
        answers: list[int] = []
        huge = threading.Thread(target=huge_unsigned_post, args=(port, answers))
        huge.start()
        try:
            acks = []
            for i in range(40):  # Slack's own requests meanwhile: ordinary chat, and one DNS error
                event = message_event(f"standup in {i} minutes", ts=serve.slack.workspace.next_ts())
                acks.append(deliver(serve, event))
            thread, ack = paste(serve, "lookup default-region.onecloud: i/o timeout")
            acks.append(ack)
            thread.wait_ended(thread.wait_started(1)[0])
            huge.join(60)
            during = _status(serve.process.proc.pid)
        finally:
            slow.close()
    thread.assert_each_ended_once(1)
    assert answers and answers[0] in (401, 413), answers  # refused, not read
    assert during["rss_kb"] - before["rss_kb"] < 60 * 1024, (before, during)
    assert during["threads"] - before["threads"] < 40, (before, during)
    assert max(acks) < 1.0, sorted(acks)[-5:]
    refused = [line for line in serve.process.stderr if "refused an HTTP request" in line]
    assert not any("aaaa" in line for line in refused)  # nothing of an unverified body in the log


def _raw(port: int, request: bytes) -> int:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(request)
        answer = sock.recv(200)
    return int(answer.split()[1])


def test_malformed_requests_get_a_4xx_and_one_log_line_each(lab: Lab, tmp_path: Path) -> None:
    with serving(lab, tmp_path, http=True, env={"PODNET_LOG_FORMAT": "json"}) as serve:
        assert serve.url is not None
        port = int(serve.url.split(":")[2].split("/")[0])
        slack = serve.slack
        now = int(time.time())

        def request(body: bytes, headers: dict[str, str]) -> bytes:
            head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
            return f"POST /slack/events HTTP/1.1\r\nHost: x\r\n{head}\r\n".encode() + body

        ok_body = slack.event_body(message_event("lookup default-region.onecloud: i/o timeout"))
        signed = slack.signed_headers(ok_body)
        latin1 = "lookup caf\xe9: i/o timeout".encode("latin-1")
        cases = {
            "Content-Length: abc": request(ok_body, {**signed, "Content-Length": "abc"}),
            "a non-numeric timestamp": request(
                ok_body, {**signed, "Content-Length": str(len(ok_body)), "X-Slack-Request-Timestamp": "12ab"}
            ),
            "a timestamp 5 minutes ahead": request(
                ok_body, {**slack.signed_headers(ok_body, timestamp=now + 300), "Content-Length": str(len(ok_body))}
            ),
            "a non-UTF-8 body, signed": request(
                latin1, {**slack.signed_headers(latin1), "Content-Length": str(len(latin1))}
            ),
            "no signature": request(
                ok_body, {"Content-Length": str(len(ok_body)), "X-Slack-Request-Timestamp": str(now)}
            ),
            "a 2 MB body": request(b"", {**signed, "Content-Length": str(2 << 20)}),
        }
        statuses = {name: _raw(port, raw) for name, raw in cases.items()}
    assert all(400 <= s < 500 for s in statuses.values()), statuses
    refused = [line for line in serve.process.stderr if "refused an HTTP request" in line]
    assert len(refused) == len(cases), refused
    assert all(json.loads(line)["level"] in ("warning", "WARNING") for line in refused)
    assert not any("Traceback" in line for line in serve.process.stderr)
    assert [c for c in slack.calls() if c.method.startswith(("chat.", "reactions."))] == []


# --- closed by default: an unauthorized Re-run, a command outside the channels, a DM -------------------


def test_an_unauthorized_rerun_a_command_elsewhere_and_a_dm_are_refused_and_run_nothing(
    lab: Lab, tmp_path: Path
) -> None:
    with serving(lab, tmp_path, http=False) as serve:
        slack = serve.slack
        start = len(slack.calls())
        command(serve, "check node-2", ALLOWED)
        asked = slack.wait_for(
            lambda c: c.method == "chat.postMessage" and "/podnet check node-2" in str(c.args.get("text")), timeout=10
        )
        checked = Thread(slack, asked.response["ts"])
        verdict = checked.wait_ended(checked.wait_started(1)[0])
        rerun = button_value(verdict, "podnet_rerun")
        click(serve, "podnet_rerun", rerun, verdict.args["ts"], OUTSIDER)  # checks are for the operators
        slack.wait_for_ack(slack.send_slash_command("/podnet", "check node-2", user_id=ALLOWED, channel_id="C0OTHER"))
        dm = message_event(RUNBOOK_ERROR, channel="D0BOB", user=OUTSIDER)
        dm["channel_type"] = "im"
        slack.wait_for_ack(slack.send_event(dm))
        slack.wait_for(lambda c: c.method == "chat.postEphemeral", timeout=10, count=3, since=start)
        # a later request answered: anything the refused ones had started would be in the record by now
        barrier, _ = paste(serve, "lookup default-region.onecloud: i/o timeout")
        barrier.wait_ended(barrier.wait_started(1)[0])
    told = {(c.args["channel"], c.args["user"], str(c.args["text"])) for c in slack.calls("chat.postEphemeral")}
    assert any(u == OUTSIDER and "not allowed to run checks" in t for _, u, t in told), told
    assert ("C0OTHER", ALLOWED, "podnet is not enabled in this channel.") in told
    assert ("D0BOB", OUTSIDER, "podnet does not take direct messages here.") in told
    checked.assert_each_ended_once(1)  # the refused Re-run started nothing in the verdict's thread
    assert not [c for c in slack.calls("chat.postMessage") if c.args.get("channel") in ("C0OTHER", "D0BOB")]
    audit = [json.loads(line) for line in serve.audit.read_text().splitlines()]
    assert sorted(a["refused"] for a in audit if "refused" in a) == [
        "channel not allowed",
        "check not allowed",
        "direct messages are off",
    ]


def test_a_recent_diagnosis_is_linked_only_within_its_channel(lab: Lab, tmp_path: Path) -> None:
    error = "dial tcp: lookup default-keystone.onecloud on 10.96.0.10:53: no such host"
    with serving(lab, tmp_path, http=True) as serve:
        first, _ = paste(serve, error, channel="C0LAB")
        first.wait_ended(first.wait_started(1)[0])
        elsewhere, _ = paste(serve, error, channel="C0OPS")  # another channel: its own diagnosis, no link
        elsewhere.wait_ended(elsewhere.wait_started(1)[0])
        again, _ = paste(serve, error, channel="C0LAB")  # the same channel: a link to the first thread
        link = serve.slack.wait_for(
            lambda c: c.method == "chat.postMessage" and c.args.get("thread_ts") == again.ts, timeout=10
        )
    first.assert_each_ended_once(1)
    elsewhere.assert_each_ended_once(1)
    again.assert_each_ended_once(0)
    assert "was diagnosed" in link.args["text"] and first.ts.replace(".", "") in link.args["text"]
    assert "C0LAB" in link.args["text"] and "C0OPS" not in link.args["text"]
    assert not any("diagnosed" in note for note in elsewhere.notes())
