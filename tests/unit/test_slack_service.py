"""The diagnosis service's queue, against the Slack stand-in, with a stand-in engine that blocks."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from slack_sdk import WebClient

from bot.settings import Settings
from bot.slack.request import DiagnosisRequest
from bot.slack.service import DiagnosisService, Job
from bot.storage.store import Store
from bot.wiring import Wiring
from checks.cluster.mapping import Failing
from checks.model import Report, Target, Verdict
from tests.slack_standin import SlackStandIn


def test_a_full_pool_queues_with_a_visible_position(tmp_path: Path) -> None:
    release = threading.Event()

    def engine(job: Job, progress: object, on_target: object) -> tuple[Report, list[tuple[str, str, int | None]]]:
        release.wait(10)
        target = Target(job.request.failing.host if job.request.failing else None, None, None, None, None, (), ())
        return Report(target, (), Verdict("healthy", None, "fine")), [("node-1", "ip route", 0)]

    with SlackStandIn() as slack:
        env = {
            "SLACK_BOT_TOKEN": slack.bot_token,
            "SLACK_APP_TOKEN": slack.app_token,
            "PODNET_MAX_CONCURRENT": "1",
            "PODNET_AUDIT_LOG": str(tmp_path / "audit.jsonl"),
        }
        settings = Settings.from_env(env, slack="socket")
        service = DiagnosisService(
            settings,
            WebClient(token=slack.bot_token, base_url=slack.api_url),
            Store(f"sqlite:///{tmp_path / 'db'}"),
            Wiring(settings),
            run_engine=engine,
        )
        for i in range(3):
            service.submit(
                Job(
                    DiagnosisRequest.diagnose(Failing(f"svc-{i}", "timeout", None, None)), "C0LAB", f"1.{i}", "U0ALICE"
                ),
                f"Diagnosing `svc-{i}`",
            )
        texts = [c.args["text"] for c in slack.calls("chat.postMessage")]
        assert "queued" not in texts[0] and "1 ahead" in texts[1] and "2 ahead" in texts[2]
        release.set()
        slack.wait_for(
            lambda c: c.method == "chat.update" and str(c.args.get("text")).startswith("healthy"), timeout=10, count=3
        )
    lines = [json.loads(line) for line in (tmp_path / "audit.jsonl").read_text().splitlines()]
    assert sorted(line.get("phase", "result") for line in lines) == ["intent"] * 3 + ["result"] * 3


def test_serve_without_tokens_names_the_missing_variables(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "bot.cli.main", "serve"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin"},
        timeout=60,
        check=False,
    )
    assert proc.returncode == 2
    assert "SLACK_BOT_TOKEN is not set" in proc.stderr and "SLACK_APP_TOKEN is not set" in proc.stderr


def test_a_target_is_finished_in_the_store_before_its_verdict_shows(tmp_path: Path) -> None:
    """A user pasting the same error right after the verdict appears gets a new diagnosis, not a link to
    one 'being diagnosed': the store says finished before the message does."""
    store = Store(f"sqlite:///{tmp_path / 'db'}")
    seen_at_update: list[object] = []

    class Watching(WebClient):
        def chat_update(self, **kwargs: object) -> object:  # type: ignore[override]
            if str(kwargs.get("text", "")).startswith("healthy"):
                seen_at_update.append(store.begin("onecloud/keystone", "C0LAB", "2.0", 0))
            return super().chat_update(**kwargs)  # type: ignore[arg-type]

    def engine(job: Job, progress: object, on_target: object) -> tuple[Report, list[tuple[str, str, int | None]]]:
        target = Target("keystone", None, None, None, None, (), ())
        return Report(target, (), Verdict("healthy", None, "fine")), []

    with SlackStandIn() as slack:
        settings = Settings.from_env(
            {
                "SLACK_BOT_TOKEN": slack.bot_token,
                "SLACK_APP_TOKEN": slack.app_token,
                "PODNET_AUDIT_LOG": str(tmp_path / "audit.jsonl"),
            },
            slack="socket",
        )
        service = DiagnosisService(
            settings,
            Watching(token=slack.bot_token, base_url=slack.api_url),
            store,
            Wiring(settings),
            run_engine=engine,
        )
        assert store.begin("onecloud/keystone", "C0LAB", "1.0", 0) is None  # as a paste claims its target
        job = Job(
            DiagnosisRequest.diagnose(Failing("keystone", "timeout", None, None)),
            "C0LAB",
            "1.0",
            "U0ALICE",
            target_key="onecloud/keystone",
        )
        service.submit(job, "Diagnosing `keystone`")
        slack.wait_for(
            lambda c: c.method == "chat.update" and str(c.args.get("text")).startswith("healthy"), timeout=10
        )
    assert seen_at_update == [None]  # claimable again: no "is being diagnosed" link


def test_a_paste_with_a_hidden_name_gets_one_question_and_no_diagnosis(tmp_path: Path) -> None:
    """A placeholder (`*****`, `<node>`) names no Service: the bot asks which one, once, in the thread."""
    from bot.slack.app import handle_paste

    ran: list[Job] = []

    def engine(job: Job, progress: object, on_target: object) -> tuple[Report, list[tuple[str, str, int | None]]]:
        ran.append(job)
        return Report(Target(None, None, None, None, None, (), ()), (), Verdict("healthy", None, "fine")), []

    with SlackStandIn() as slack:
        settings = Settings.from_env(
            {
                "SLACK_BOT_TOKEN": slack.bot_token,
                "SLACK_APP_TOKEN": slack.app_token,
                "PODNET_AUDIT_LOG": str(tmp_path / "audit.jsonl"),
            },
            slack="socket",
        )
        store = Store(f"sqlite:///{tmp_path / 'db'}")
        service = DiagnosisService(
            settings,
            WebClient(token=slack.bot_token, base_url=slack.api_url),
            store,
            Wiring(settings),
            run_engine=engine,
        )
        paste = (
            "curl: (6) Could not resolve host: *****\n"
            "dial tcp: lookup <node>.cluster.local on 10.96.0.10:53: no such host\n"
            "curl: (6) Could not resolve host: *****"
        )
        handle_paste(service, store, settings, channel="C0LAB", ts="5.0", user="U0ALICE", text=paste)
        posts = slack.calls("chat.postMessage")
    assert len(posts) == 1
    assert posts[0].args["thread_ts"] == "5.0"
    text = str(posts[0].args["text"])
    assert "`*****`" in text and "`<node>.cluster.local`" in text and "/podnet diagnose <name>" in text
    assert ran == [] and slack.calls("reactions.add") == []


def _paste_service(slack: SlackStandIn, tmp_path: Path, ran: list[Job], **env: str) -> tuple[DiagnosisService, Store]:
    def engine(job: Job, progress: object, on_target: object) -> tuple[Report, list[tuple[str, str, int | None]]]:
        ran.append(job)
        host = job.request.failing.host if job.request.failing else None
        return Report(Target(host, None, None, None, None, (), ()), (), Verdict("healthy", None, "fine")), []

    settings = Settings.from_env(
        {
            "SLACK_BOT_TOKEN": slack.bot_token,
            "SLACK_APP_TOKEN": slack.app_token,
            "PODNET_AUDIT_LOG": str(tmp_path / "audit.jsonl"),
            **env,
        },
        slack="socket",
    )
    store = Store(f"sqlite:///{tmp_path / 'db'}")
    client = WebClient(token=slack.bot_token, base_url=slack.api_url)
    return DiagnosisService(settings, client, store, Wiring(settings), run_engine=engine), store


def test_a_paste_of_300_names_runs_a_few_and_lists_the_rest(tmp_path: Path) -> None:
    """The 12.8 KB paste of 300 `lookup fake-N: i/o timeout` lines: PODNET_MAX_TARGETS diagnoses, one
    reply naming what was not run, nothing queued behind it for everyone else."""
    from bot.slack.app import handle_paste

    ran: list[Job] = []
    paste = "\n".join(f"dial tcp: lookup fake-{i}: i/o timeout" for i in range(300))
    with SlackStandIn() as slack:
        service, store = _paste_service(slack, tmp_path, ran, PODNET_MAX_TARGETS="3")
        handle_paste(service, store, service.settings, channel="C0LAB", ts="7.0", user="U0ALICE", text=paste)
        slack.wait_for(
            lambda c: c.method == "chat.update" and str(c.args.get("text")).startswith("healthy"), timeout=10, count=3
        )
        posts = [str(c.args["text"]) for c in slack.calls("chat.postMessage")]
    assert sorted(j.request.failing.host for j in ran if j.request.failing) == ["fake-0", "fake-1", "fake-2"]
    listed = [p for p in posts if "Not run" in p]
    assert len(listed) == 1 and "`fake-3`" in listed[0] and "and 287 more" in listed[0], listed
    assert len(posts) == 1 + 3  # the list, and one threaded reply per diagnosis


def test_a_recent_diagnosis_in_another_channel_is_not_linked(tmp_path: Path) -> None:
    """A paste in a public channel must not be answered with a link to a private channel's thread."""
    from bot.slack.app import handle_paste

    ran: list[Job] = []
    paste = "dial tcp: lookup keystone: i/o timeout"
    with SlackStandIn(channels={"C0PRIVATE": "ops-private", "C0PUBLIC": "general"}) as slack:
        service, store = _paste_service(slack, tmp_path, ran)
        handle_paste(service, store, service.settings, channel="C0PRIVATE", ts="8.0", user="U0ALICE", text=paste)
        handle_paste(service, store, service.settings, channel="C0PUBLIC", ts="9.0", user="U0BOB", text=paste)
        handle_paste(service, store, service.settings, channel="C0PUBLIC", ts="9.5", user="U0BOB", text=paste)
        slack.wait_for(
            lambda c: c.method == "chat.update" and str(c.args.get("text")).startswith("healthy"), timeout=10, count=2
        )
        posts = slack.calls("chat.postMessage")
    assert [j.channel for j in ran] == ["C0PRIVATE", "C0PUBLIC"]
    linked = [c for c in posts if "a moment ago" in str(c.args["text"])]
    assert len(linked) == 1 and linked[0].args["channel"] == "C0PUBLIC"  # the third paste, to the public thread
    assert "C0PRIVATE" not in str(linked[0].args["text"])


def test_rate_windows_slide() -> None:
    from bot.slack.limits import RateLimits

    now = [1000.0]
    limits = RateLimits(per_user=2, per_channel=3, window=600, clock=lambda: now[0])
    assert limits.take("U0ALICE", "C0LAB") is None and limits.take("U0ALICE", "C0LAB") is None
    refused = limits.take("U0ALICE", "C0LAB")
    assert refused is not None and "<@U0ALICE> asked for 2 diagnoses" in refused
    assert limits.take("U0BOB", "C0LAB") is None  # another user: the channel still has room for one
    assert "This channel asked for 3" in (limits.take("U0CAROL", "C0LAB") or "")
    now[0] += 601
    assert limits.take("U0ALICE", "C0LAB") is None  # the window moved on


def test_over_the_rate_or_a_full_queue_nothing_is_queued_and_the_thread_says_why(tmp_path: Path) -> None:
    from bot.slack.app import handle_paste

    release, first_running = threading.Event(), threading.Event()
    ran: list[Job] = []

    def engine(job: Job, progress: object, on_target: object) -> tuple[Report, list[tuple[str, str, int | None]]]:
        ran.append(job)
        first_running.set()
        release.wait(10)
        host = job.request.failing.host if job.request.failing else None
        return Report(Target(host, None, None, None, None, (), ()), (), Verdict("healthy", None, "fine")), []

    with SlackStandIn() as slack:
        settings = Settings.from_env(
            {
                "SLACK_BOT_TOKEN": slack.bot_token,
                "SLACK_APP_TOKEN": slack.app_token,
                "PODNET_AUDIT_LOG": str(tmp_path / "audit.jsonl"),
                "PODNET_MAX_CONCURRENT": "1",
                "PODNET_MAX_QUEUE": "2",
                "PODNET_USER_RATE": "3",
            },
            slack="socket",
        )
        store = Store(f"sqlite:///{tmp_path / 'db'}")
        client = WebClient(token=slack.bot_token, base_url=slack.api_url)
        service = DiagnosisService(settings, client, store, Wiring(settings), run_engine=engine)
        for i, user in enumerate(["U0ALICE", "U0ALICE", "U0ALICE", "U0ALICE", "U0BOB"]):
            paste = f"dial tcp: lookup svc-{i}: i/o timeout"
            handle_paste(service, store, settings, channel="C0LAB", ts=f"3.{i}", user=user, text=paste)
            if i == 0:
                assert first_running.wait(10)  # the first one runs: the next two fill the queue of two
        texts = {str(c.args["thread_ts"]): str(c.args["text"]) for c in slack.calls("chat.postMessage")}
        # alice's first three run or wait (one running, two waiting: the queue's size), her fourth is over
        # her rate; bob's first is refused by the full queue
        assert "asked for 3 diagnoses" in texts["3.3"]
        assert "podnet is busy: 2 diagnoses are waiting" in texts["3.4"]
        assert all(t.startswith("Diagnosing") for k, t in texts.items() if k in ("3.0", "3.1", "3.2"))
        # a refused target is not claimed: pasting it again later is not "being diagnosed a moment ago"
        assert store.recent("C0LAB|/svc-4", 5) is None
        release.set()
        slack.wait_for(
            lambda c: c.method == "chat.update" and str(c.args.get("text")).startswith("healthy"), timeout=10, count=3
        )
    assert sorted(j.request.failing.host for j in ran if j.request.failing) == ["svc-0", "svc-1", "svc-2"]


def test_readyz_fails_while_a_worker_is_stuck(tmp_path: Path) -> None:
    """A job wedged past the diagnosis deadline (plus grace) makes `stuck()` say so; done, it clears."""
    from bot.slack import service as service_module

    release, running = threading.Event(), threading.Event()

    def engine(job: Job, progress: object, on_target: object) -> tuple[Report, list[tuple[str, str, int | None]]]:
        running.set()
        release.wait(10)
        return Report(Target("x", None, None, None, None, (), ()), (), Verdict("healthy", None, "fine")), []

    with SlackStandIn() as slack:
        env = {
            "SLACK_BOT_TOKEN": slack.bot_token,
            "SLACK_APP_TOKEN": slack.app_token,
            "PODNET_AUDIT_LOG": str(tmp_path / "audit.jsonl"),
            "PODNET_DIAGNOSIS_DEADLINE": "5",
        }
        settings = Settings.from_env(env, slack="socket")
        client = WebClient(token=slack.bot_token, base_url=slack.api_url)
        service = DiagnosisService(settings, client, Store(f"sqlite:///{tmp_path / 'db'}"), Wiring(settings), engine)
        service.submit(Job(DiagnosisRequest.diagnose(Failing("x", "timeout", None, None)), "C0LAB", "1.0", "U0A"), "x")
        assert running.wait(10)
        assert service.stuck() is None  # running, within its deadline
        started = next(iter(service._since))
        service._since[started] -= 5 + service_module.STUCK_GRACE + 1  # as if it had run that long
        assert "1 of 2 diagnosis workers stuck" in (service.stuck() or "")
        release.set()
        service._pool.shutdown(wait=True)  # the job has ended, its worker returned
    assert service.stuck() is None


def test_audit_first_the_intent_is_logged_before_the_run_and_without_a_log_nothing_runs(tmp_path: Path) -> None:
    seen_at_start: list[list[dict]] = []
    audit = tmp_path / "audit.jsonl"

    def engine(job: Job, progress: object, on_target: object) -> tuple[Report, list[tuple[str, str, int | None]]]:
        seen_at_start.append([json.loads(line) for line in audit.read_text().splitlines()])
        return Report(Target("x", None, None, None, None, (), ()), (), Verdict("healthy", None, "fine")), [
            ("node-1", "ip route", 0)
        ]

    with SlackStandIn() as slack:
        env = {"SLACK_BOT_TOKEN": slack.bot_token, "SLACK_APP_TOKEN": slack.app_token, "PODNET_AUDIT_LOG": str(audit)}
        settings = Settings.from_env(env, slack="socket")
        client = WebClient(token=slack.bot_token, base_url=slack.api_url)
        service = DiagnosisService(settings, client, Store(f"sqlite:///{tmp_path / 'db'}"), Wiring(settings), engine)
        job = Job(DiagnosisRequest.diagnose(Failing("x", "timeout", None, None)), "C0LAB", "1.0", "U0ALICE", origin="o")
        service.submit(job, "x")
        slack.wait_for(
            lambda c: c.method == "chat.update" and str(c.args.get("text")).startswith("healthy"), timeout=10
        )
        assert [line["phase"] for line in seen_at_start[0]] == ["intent"]  # written before the engine ran
        assert service.audit.problem() is None

        # the log becomes unwritable: the next job runs nothing, says why in its thread, /readyz says so
        audit.unlink()
        audit.mkdir()
        service.submit(Job(DiagnosisRequest.diagnose(Failing("y", "timeout", None, None)), "C0LAB", "2.0", "U0A"), "y")
        said = slack.wait_for(
            lambda c: c.method == "chat.update" and "cannot write its audit log" in str(c.args.get("text")), timeout=10
        )
    assert said.args["channel"] == "C0LAB"
    assert len(seen_at_start) == 1  # the second job never reached the engine
    assert "cannot be written" in (service.audit.problem() or "")


def test_a_post_that_cannot_succeed_is_not_retried_but_a_transient_one_is(tmp_path: Path) -> None:
    with SlackStandIn() as slack:
        env = {"SLACK_BOT_TOKEN": slack.bot_token, "SLACK_APP_TOKEN": slack.app_token}
        settings = Settings.from_env({**env, "PODNET_AUDIT_LOG": str(tmp_path / "a.jsonl")}, slack="socket")
        client = WebClient(token=slack.bot_token, base_url=slack.api_url)
        service = DiagnosisService(settings, client, Store(f"sqlite:///{tmp_path / 'db'}"), Wiring(settings))
        slack.fail("chat.postMessage", "not_in_channel", times=1)
        assert service.post("C0LAB", "hello") is None
        assert len(slack.calls("chat.postMessage")) == 1  # once: the bot is not in the channel, retrying won't help
        slack.fail("chat.postMessage", "internal_error", times=1)
        assert service.post("C0LAB", "hello again") is not None
        assert [c.ok for c in slack.calls("chat.postMessage")][1:] == [False, True]  # retried after Slack's error
        ts = service.post("C0LAB", "to edit")
        assert ts is not None
        slack.fail("chat.update", "cant_update_message", times=1)
        assert service.update("C0LAB", ts, "edited", []) is False
        assert len(slack.calls("chat.update")) == 1  # a permanent answer: not tried again
        slack.fail("chat.update", "internal_error", times=1)
        assert service.update("C0LAB", ts, "edited", []) is True
        assert [c.ok for c in slack.calls("chat.update")][1:] == [False, True]


def test_pastes_are_read_one_at_a_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The parser is pure CPU: two pastes handled at once are still parsed one after the other (with both
    parsing, the barrier below would let both through; with the reading lane, the first waits alone)."""
    import checks.parsing
    from bot.slack.app import handle_paste
    from checks.parsing.model import Failures

    both_inside = threading.Barrier(2, timeout=1.0)
    inside: list[str] = []
    overlapped: list[bool] = []

    def parse(text: str) -> Failures:
        inside.append(text)
        try:
            both_inside.wait()
            overlapped.append(True)
        except threading.BrokenBarrierError:
            overlapped.append(False)
        return Failures([])

    monkeypatch.setattr(checks.parsing, "parse_failures", parse)
    with SlackStandIn() as slack:
        service, store = _paste_service(slack, tmp_path, [])
        threads = [
            threading.Thread(
                target=handle_paste,
                args=(service, store, service.settings),
                kwargs={"channel": "C0LAB", "ts": f"6.{i}", "user": "U0ALICE", "text": f"paste {i}"},
            )
            for i in range(2)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(10)
    assert sorted(inside) == ["paste 0", "paste 1"]
    assert overlapped == [False, False]


def test_a_flood_of_pastes_is_shed_past_the_limit_and_counted(tmp_path: Path) -> None:
    """PASTES_IN_FLIGHT pastes wait in the intake; the next are shed (False, counted, never run); each
    handled paste gives its place back."""
    from bot.observability.metrics import Metrics
    from bot.slack.service import PASTES_IN_FLIGHT

    release = threading.Event()
    handled: list[int] = []

    def handler(i: int) -> None:
        release.wait(10)
        handled.append(i)

    with SlackStandIn() as slack:
        service, _ = _paste_service(slack, tmp_path, [])
        service.metrics = Metrics()
        taken = [service.intake_paste(handler, i) for i in range(PASTES_IN_FLIGHT + 2)]
        assert taken == [True] * PASTES_IN_FLIGHT + [False, False]
        assert service.metrics.registry.get_sample_value("podnet_pastes_shed_total") == 2
        release.set()
        service._intake.shutdown(wait=True)
    assert sorted(handled) == list(range(PASTES_IN_FLIGHT))
    assert service._pastes == 0  # each handled paste gave its place back
