"""End to end: the real `podnet serve` process, the Slack stand-in, and the lab with a fault active.

Socket Mode and HTTP mode: a paste gets a threaded verdict naming the right step, `/podnet check
node-2`, a button press, a retried delivery that does not double-reply, an unauthorized user refused,
a bad signature refused. Every wait is on a recorded call or an ack, with a timeout; no sleeps.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.lab.conftest import Lab, podnet, start_lab
from tests.lab.serving import ALLOWED, OUTSIDER, Serve, click, command, connections, deliver, start_serving
from tests.lab.test_diagnose import RUNBOOK_ERROR
from tests.slack_standin import SlackStandIn, message_event


@pytest.fixture(scope="module")
def broken_lab() -> Iterator[Lab]:
    lab = start_lab()
    lab.break_("route-missing")
    try:
        yield lab
    finally:
        podnet("lab", "down")


@pytest.fixture(scope="module", params=["socket-mode", "http"])
def serve(request: pytest.FixtureRequest, broken_lab: Lab, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Serve]:
    with SlackStandIn() as slack:
        running = start_serving(broken_lab, slack, tmp_path_factory.mktemp("serve"), http=request.param == "http")
        try:
            yield running
        finally:
            running.process.stop()


def test_a_paste_gets_a_threaded_verdict_naming_the_step_and_a_retry_does_not_double_reply(serve: Serve) -> None:
    ts = serve.slack.workspace.next_ts()
    event = message_event(RUNBOOK_ERROR, user=ALLOWED, ts=ts)
    event_id = f"Ev{ts.replace('.', '')}"
    assert deliver(serve, event, event_id=event_id) < 3.0
    reply = serve.reply_in_thread(ts, timeout=3)  # "Diagnosing …" within 3 s of the paste
    assert "Diagnosing `default-keystone`" in reply.args["text"]
    serve.slack.wait_for(lambda c: c.method == "reactions.add" and c.args.get("timestamp") == ts, timeout=5)

    deliver(serve, event, event_id=event_id, retry=1)  # Slack's retry of the same event
    final = serve.final_update(reply.response["ts"])
    assert final.args["text"].startswith("problem")
    blocks = json.dumps(final.args.get("blocks"), ensure_ascii=False)
    assert "cause: `routing`" in blocks
    assert "Diagnosing `default-keystone` (onecloud) — client node(s) node-2, node-3" in blocks
    assert "ip route replace 10.40.52.128/26 via 10.40.52.128 dev vxlan.calico onlink" in blocks
    assert "Re-run" in blocks and "Capture packets" in blocks

    # A later, different paste is answered: by then the retry would have been answered too.
    later = serve.slack.workspace.next_ts()
    deliver(serve, message_event("curl: (6) Could not resolve host: default-region", user=ALLOWED, ts=later))
    serve.reply_in_thread(later, timeout=5)
    replies = [c for c in serve.slack.calls("chat.postMessage") if c.args.get("thread_ts") == ts]
    assert len(replies) == 1, [c.args.get("text") for c in replies]

    audit = [json.loads(line) for line in serve.audit.read_text().splitlines()]
    done = [i for i, a in enumerate(audit) if a.get("node") == "node-2" and a.get("command") == "ip route"]
    assert any("exit_status" in audit[i] and audit[i]["user"] == ALLOWED for i in done), audit
    # audit first: the intent, then the node's commands before they ran, then their results
    phases = [audit[i].get("phase", "result") for i in done]
    assert phases[0] == "run" and "result" in phases, phases
    assert any(a.get("phase") == "intent" for a in audit[: done[0]])


def test_messages_without_a_dns_error_get_nothing(serve: Serve) -> None:
    ts = serve.slack.workspace.next_ts()
    deliver(serve, message_event("the build timed out again, DNS is always the problem lol", ts=ts))
    barrier = serve.slack.workspace.next_ts()
    deliver(serve, message_event("dial tcp: lookup default-region on 10.96.0.10:53: no such host", ts=barrier))
    serve.reply_in_thread(barrier, timeout=5)
    assert not [c for c in serve.slack.calls() if c.args.get("thread_ts") == ts or c.args.get("timestamp") == ts]


def test_check_node_threads_a_report_and_outsiders_are_refused(serve: Serve) -> None:
    start = len(serve.slack.calls())
    assert command(serve, "check node-2", ALLOWED) < 3.0
    asked = serve.slack.wait_for(
        lambda c: c.method == "chat.postMessage" and "/podnet check node-2" in str(c.args.get("text")),
        timeout=5,
        since=start,
    )
    reply = serve.reply_in_thread(asked.response["ts"], timeout=5)
    final = serve.final_update(reply.response["ts"])
    assert "cause: `routing`" in json.dumps(final.args.get("blocks"))

    command(serve, "check node-2", OUTSIDER)
    refusal = serve.slack.wait_for(
        lambda c: c.method == "chat.postEphemeral" and c.args.get("user") == OUTSIDER, timeout=5, since=start
    )
    assert "not allowed" in refusal.args["text"]

    command(serve, "check node-22", ALLOWED)
    unknown = serve.slack.wait_for(
        lambda c: c.method == "chat.postEphemeral" and "node-22" in str(c.args["text"]), timeout=10, since=start
    )
    assert "Did you mean `node-2`" in unknown.args["text"]
    command(serve, "frobnicate", ALLOWED)
    usage = serve.slack.wait_for(
        lambda c: c.method == "chat.postEphemeral" and "Unknown" in str(c.args["text"]), timeout=5, since=start
    )
    assert "/podnet check <node>" in usage.args["text"]


def test_the_rerun_button_runs_the_diagnosis_again_in_the_thread(serve: Serve) -> None:
    ts = serve.slack.workspace.next_ts()
    deliver(serve, message_event("getaddrinfo EAI_AGAIN default-keystone.onecloud", user=ALLOWED, ts=ts))
    reply = serve.reply_in_thread(ts, timeout=5)
    final = serve.final_update(reply.response["ts"])
    buttons = next(b for b in final.args["blocks"] if b["type"] == "actions")
    rerun = next(e for e in buttons["elements"] if e["action_id"] == "podnet_rerun")
    before = connections(serve)
    start = len(serve.slack.calls())
    click(serve, "podnet_rerun", rerun["value"], reply.response["ts"], ALLOWED)
    again = serve.reply_in_thread(ts, timeout=5, since=start)
    assert "asked by <@U0ALICE>" in again.args["text"]
    assert serve.final_update(again.response["ts"]).args["text"].startswith("problem")
    # the same nodes again: every connection kept open from the first run (PODNET_SSH_KEEP_OPEN)
    after = connections(serve)
    assert after["opened"] == before["opened"] and after["reused"] > before["reused"]
    assert after["open"] >= 1


@pytest.mark.parametrize("serve", ["http"], indirect=True)  # Socket Mode has no signed requests
def test_http_mode_refuses_a_bad_signature(serve: Serve) -> None:
    assert serve.url is not None
    body = serve.slack.event_body(message_event(RUNBOOK_ERROR))
    headers = serve.slack.signed_headers(body)
    headers["X-Slack-Signature"] = "v0=" + "0" * 64
    assert serve.slack.post_to_app(serve.url, body, headers).status == 401


@pytest.mark.parametrize(
    "serve", ["socket-mode"], indirect=True
)  # after the ack the modes share every path: one is enough
def test_rate_limits_and_failed_posts_never_lose_the_verdict(serve: Serve) -> None:
    serve.slack.rate_limit("chat.postMessage", times=1, retry_after=1)  # honoured through Retry-After
    serve.slack.fail("chat.update", "internal_error", times=3)  # the live updates and a first verdict attempt
    ts = serve.slack.workspace.next_ts()
    deliver(serve, message_event("lookup keystone-admin.onecloud.svc.cluster.local: i/o timeout", ts=ts))
    reply = serve.reply_in_thread(ts, timeout=15)
    final = serve.final_update(reply.response["ts"])
    assert final.ok and final.args["text"].startswith("problem")
    assert [c.status for c in serve.slack.calls("chat.postMessage")].count(429) >= 1


@pytest.mark.parametrize(
    "serve", ["socket-mode"], indirect=True
)  # after the ack the modes share every path: one is enough
def test_the_same_target_again_links_to_the_running_thread(serve: Serve) -> None:
    first, second = serve.slack.workspace.next_ts(), serve.slack.workspace.next_ts()
    paste = (
        "dial tcp: lookup default-region.onecloud on 10.96.0.10:53: "
        "read udp 10.40.61.201:40000->10.96.0.10:53: i/o timeout"
    )
    deliver(serve, message_event(paste, ts=first))
    deliver(serve, message_event(paste, ts=second))
    # Both deliveries may be handled at once: exactly one diagnoses, the other links to it.
    replies = [serve.reply_in_thread(ts, timeout=10).args["text"] for ts in (first, second)]
    diagnosing = [r for r in replies if r.startswith("Diagnosing")]
    links = [r for r in replies if "being diagnosed" in r or "was diagnosed" in r]
    assert len(diagnosing) == 1 and len(links) == 1, replies
    assert "default-region" in links[0] and "http" in links[0]  # a permalink to the other thread


@pytest.mark.parametrize(
    "serve", ["socket-mode"], indirect=True
)  # after the ack the modes share every path: one is enough
def test_one_diagnosis_per_distinct_target_in_a_paste_and_mentions_work(serve: Serve) -> None:
    ts = serve.slack.workspace.next_ts()
    paste = (
        "<@U0PODNET> two things broke:\n```curl: (6) Could not resolve host: default-kevstone\n"
        "java.net.UnknownHostException: kube-dns.kube-system.svc.cluster.local```"
    )
    from tests.slack_standin import app_mention_event

    deliver(serve, app_mention_event(paste, ts=ts))
    serve.slack.wait_for(
        lambda c: c.method == "chat.postMessage" and c.args.get("thread_ts") == ts, timeout=10, count=2
    )
    titles = sorted(c.args["text"] for c in serve.slack.calls("chat.postMessage") if c.args.get("thread_ts") == ts)
    assert "default-kevstone" in titles[0] and "kube-dns" in titles[1]


@pytest.mark.parametrize(
    "serve", ["socket-mode"], indirect=True
)  # after the ack the modes share every path: one is enough
def test_show_all_evidence_and_the_capture_button(serve: Serve) -> None:
    ts = serve.slack.workspace.next_ts()
    deliver(
        serve,
        message_event("nslookup: can't resolve 'keystone-public.onecloud.svc.cluster.local'", ts=ts, user=ALLOWED),
    )
    reply = serve.reply_in_thread(ts, timeout=5)
    final = serve.final_update(reply.response["ts"])
    value = next(b for b in final.args["blocks"] if b["type"] == "actions")["elements"][0]["value"]
    start = len(serve.slack.calls())
    click(serve, "podnet_evidence", value, reply.response["ts"], OUTSIDER)
    shown = serve.slack.wait_for(
        lambda c: (
            (c.method == "files.completeUploadExternal")
            or (
                c.method == "chat.postMessage" and c.args.get("thread_ts") == ts and "== coredns" in str(c.args["text"])
            )
        ),
        timeout=10,
        since=start,
    )
    assert shown.ok
    click(serve, "podnet_capture", value, reply.response["ts"], OUTSIDER)
    refusal = serve.slack.wait_for(
        lambda c: c.method == "chat.postEphemeral" and c.args.get("user") == OUTSIDER, timeout=5, since=start
    )
    assert "not allowed to run packet captures" in refusal.args["text"]


@pytest.mark.parametrize(
    "serve", ["socket-mode"], indirect=True
)  # after the ack the modes share every path: one is enough
def test_summary_posts_the_latest_sweep(serve: Serve) -> None:
    import subprocess
    import sys

    env = {**serve.lab.env(), "PODNET_DATABASE_URL": serve.process.database_url}
    subprocess.run(
        [sys.executable, "-m", "bot.cli.main", "sweep", "--json"],
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )
    start = len(serve.slack.calls())
    command(serve, "summary", ALLOWED)
    posted = serve.slack.wait_for("chat.postMessage", timeout=10, since=start)
    assert "1 of 3 nodes failing" in posted.args["text"]  # route-missing on node-2
    assert "`routing` on node-2" in json.dumps(posted.args.get("blocks"), ensure_ascii=False)


@pytest.mark.parametrize("serve", ["http"], indirect=True)  # two replicas side by side: each its own URL
def test_evidence_and_rerun_work_on_another_replica(serve: Serve, tmp_path: Path) -> None:
    """The report behind a verdict lives in the database: a replica that did not run the diagnosis (or
    this one after a restart) shows its evidence and re-runs its request from the button's value."""
    ts = serve.slack.workspace.next_ts()
    # a name no other test pastes (a recent paste of the same target is linked, not run again)
    deliver(serve, message_event("dial tcp: lookup replica-two.onecloud: i/o timeout", ts=ts, user=ALLOWED))
    reply = serve.reply_in_thread(ts, timeout=5)
    final = serve.final_update(reply.response["ts"])
    buttons = {
        e["action_id"]: e["value"] for e in next(b for b in final.args["blocks"] if b["type"] == "actions")["elements"]
    }
    other = start_serving(
        serve.lab, serve.slack, tmp_path, http=True, env={"PODNET_DATABASE_URL": serve.process.database_url}
    )
    try:
        start = len(serve.slack.calls())
        click(other, "podnet_evidence", buttons["podnet_evidence"], reply.response["ts"], OUTSIDER)
        shown = serve.slack.wait_for(
            lambda c: (
                (c.method == "files.completeUploadExternal")
                or (
                    c.method == "chat.postMessage"
                    and c.args.get("thread_ts") == ts
                    and "== routing" in str(c.args["text"])
                )
            ),
            timeout=10,
            since=start,
        )
        assert shown.ok
        assert not any("no longer kept" in str(c.args.get("text")) for c in serve.slack.calls()[start:])
        click(other, "podnet_rerun", buttons["podnet_rerun"], reply.response["ts"], ALLOWED)
        again = other.reply_in_thread(ts, timeout=5, since=start)
        assert again.args["text"].startswith("Diagnosing `replica-two.onecloud` (onecloud) (timeout)")
        assert other.final_update(again.response["ts"]).args["text"].startswith("problem")
    finally:
        other.process.stop()
