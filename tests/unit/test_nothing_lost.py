"""Nothing lost: jobs live in the database. SIGTERM in the middle of four diagnoses (two running, two
queued) ends every thread once, with "interrupted, re-run?" and a Re-run button, and no verdict is posted
over it afterwards; a replica that died leaves rows that the restarted one (or another) ends exactly once."""

from __future__ import annotations

import threading
from pathlib import Path

from slack_sdk import WebClient

from bot.settings import Settings
from bot.slack import blocks as bk
from bot.slack.request import DiagnosisRequest
from bot.slack.service import DiagnosisService, Job
from bot.storage.jobs import Jobs
from bot.storage.store import Store
from bot.wiring import Wiring
from checks.cluster.mapping import Failing
from checks.model import Report, Target, Verdict
from tests.slack_standin import SlackStandIn


def _service(slack: SlackStandIn, tmp_path: Path, owner: str, engine: object, stale: float = 120) -> DiagnosisService:
    env = {
        "SLACK_BOT_TOKEN": slack.bot_token,
        "SLACK_APP_TOKEN": slack.app_token,
        "PODNET_AUDIT_LOG": str(tmp_path / "audit.jsonl"),
        "PODNET_MAX_CONCURRENT": "2",
    }
    settings = Settings.from_env(env, slack="socket")
    store = Store(f"sqlite:///{tmp_path / 'podnet.db'}")
    client = WebClient(token=slack.bot_token, base_url=slack.api_url)
    return DiagnosisService(
        settings,
        client,
        store,
        Wiring(settings),
        run_engine=engine,
        jobs=Jobs(store, owner, stale=stale),  # type: ignore[arg-type]
    )


def _job(i: int) -> Job:
    return Job(DiagnosisRequest.diagnose(Failing(f"svc-{i}", "timeout", None, None)), "C0LAB", f"4.{i}", "U0ALICE")


def test_sigterm_mid_four_diagnoses_ends_each_thread_once(tmp_path: Path) -> None:
    release, both_running = threading.Event(), threading.Barrier(3)

    def engine(job: Job, progress: object, on_target: object) -> tuple[Report, list[tuple[str, str, int | None]]]:
        both_running.wait(10)
        release.wait(10)
        return Report(Target("x", None, None, None, None, (), ()), (), Verdict("healthy", None, "fine")), []

    with SlackStandIn() as slack:
        service = _service(slack, tmp_path, "replica-a", engine)
        for i in range(4):
            service.submit(_job(i), f"Diagnosing `svc-{i}`")
        both_running.wait(10)  # two run, two wait in the queue
        ended = service.drain(grace=0.2)
        release.set()  # the abandoned workers finish now: their verdicts must not be posted
        service._pool.shutdown(wait=True)
        replies = {c.args["thread_ts"]: c.response["ts"] for c in slack.calls("chat.postMessage")}
        interrupted = [c for c in slack.calls("chat.update") if str(c.args.get("text")) == bk.INTERRUPTED]
        verdicts = [c for c in slack.calls("chat.update") if str(c.args.get("text")).startswith("healthy")]
        refused = service.submit(_job(9), "Diagnosing `svc-9`")  # draining: no new work
    assert ended == 4
    assert sorted(c.args["ts"] for c in interrupted) == sorted(replies[f"4.{i}"] for i in range(4))  # once each
    assert verdicts == []
    rerun = interrupted[0].args["blocks"][1]["elements"][0]
    assert rerun["action_id"] == bk.ACTION_RERUN and DiagnosisRequest.from_json(rerun["value"]).failing is not None
    assert refused is False
    assert Jobs(Store(f"sqlite:///{tmp_path / 'podnet.db'}"), "replica-b").orphaned() == []  # nothing left over


def test_a_replica_that_died_leaves_jobs_the_next_one_ends_exactly_once(tmp_path: Path) -> None:
    hung = threading.Event()

    def engine(job: Job, progress: object, on_target: object) -> tuple[Report, list[tuple[str, str, int | None]]]:
        hung.wait(10)  # the process "dies" with these in flight: no drain, no verdict
        return Report(Target("x", None, None, None, None, (), ()), (), Verdict("healthy", None, "fine")), []

    with SlackStandIn() as slack:
        dead = _service(slack, tmp_path, "replica-a", engine)
        for i in range(3):
            dead.submit(_job(i), f"Diagnosing `svc-{i}`")
        # the restarted process, and another replica, both look for orphans (stale at once, for the test)
        restarted = _service(slack, tmp_path, "replica-a2", engine, stale=0)
        other = _service(slack, tmp_path, "replica-b", engine, stale=0)
        counts = [restarted.recover(), other.recover(), restarted.recover()]
        interrupted = [c for c in slack.calls("chat.update") if str(c.args.get("text")) == bk.INTERRUPTED]
        hung.set()
        dead._pool.shutdown(wait=True)
    assert sum(counts) == 3 and len(interrupted) == 3
    assert len({c.args["ts"] for c in interrupted}) == 3  # each thread once, whichever replica claimed it


def test_sigterm_to_the_real_serve_ends_the_thread_and_a_restart_does_not_touch_it_again(tmp_path: Path) -> None:
    """`podnet serve` with a diagnosis stuck on an API server that accepts and never answers: SIGTERM ends
    the thread as interrupted within PODNET_DRAIN_SECONDS and exits 0; a restart on the same database
    finds nothing to end and posts nothing more in that thread."""
    from tests.podnet_serve import start_serve
    from tests.slack_standin import message_event
    from tests.unit.loopback import WAIT, silent_api

    with silent_api(tmp_path) as kubeconfig, SlackStandIn(channels={"C0LAB": "lab"}) as slack:
        env = {"KUBECONFIG": str(kubeconfig), "PODNET_DRAIN_SECONDS": "1", "PODNET_HEALTH_PORT": "0"}
        serve = start_serve(slack, tmp_path, http=False, env=env)
        ts = slack.workspace.next_ts()
        slack.send_event(message_event("dial tcp: lookup keystone: i/o timeout", ts=ts))
        reply = slack.wait_for(lambda c: c.method == "chat.postMessage" and c.args.get("thread_ts") == ts, timeout=WAIT)
        serve.wait_for_line("diagnose started")
        serve.proc.terminate()  # SIGTERM
        assert serve.proc.wait(timeout=WAIT) == 0
        ended = [c for c in slack.calls("chat.update") if c.args.get("ts") == reply.response["ts"]]
        assert str(ended[-1].args["text"]) == bk.INTERRUPTED
        before = len(slack.calls())
        again = start_serve(slack, tmp_path, http=False, env=env)
        again.wait_for_line("podnet: Socket Mode connected")
        again.stop()
        touched = [c for c in slack.calls()[before:] if c.args.get("ts") == reply.response["ts"]]
    assert touched == []
    assert any("draining" in line for line in serve.stderr)


def test_a_verdict_being_posted_is_not_overwritten_by_the_drain(tmp_path: Path) -> None:
    """drain() and a job that just got its report race for the same message: the one that claims it first
    wins — here the verdict, so the thread ends with it, not with "interrupted"."""
    release, running = threading.Event(), threading.Event()

    def engine(job: Job, progress: object, on_target: object) -> tuple[Report, list[tuple[str, str, int | None]]]:
        running.set()
        release.wait(10)
        return Report(Target("x", None, None, None, None, (), ()), (), Verdict("healthy", None, "fine")), []

    with SlackStandIn() as slack:
        service = _service(slack, tmp_path, "replica-a", engine)
        job = _job(0)
        service.submit(job, "Diagnosing `svc-0`")
        assert running.wait(10)
        assert service._claim_verdict(job)  # its report is in: it is about to post the verdict
        ended = service.drain(grace=0.0)
        release.set()
        service._pool.shutdown(wait=True)
        updates = [str(c.args.get("text")) for c in slack.calls("chat.update")]
    assert ended == 0
    assert bk.INTERRUPTED not in updates and any(u.startswith("healthy") for u in updates)
