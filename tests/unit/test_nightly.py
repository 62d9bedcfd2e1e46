"""The nightly job: which slot is due, catch-up at start-up once, leadership between replicas through the
database (SQLite and PostgreSQL), and the real APScheduler firing on two replicas at once."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from apscheduler.triggers.cron import CronTrigger

from bot.settings import NightlySettings, Settings, SettingsError
from bot.slack.summary import SlackPublisher
from bot.sweeps.history import History, HistoryReader
from bot.sweeps.nightly import Nightly, Outcome
from checks.engine import NodeHealth
from checks.errors import ApiError
from checks.model import StepResult


def settings(cron: str = "0 2 * * *", zone: str = "UTC", grace: int = 360) -> NightlySettings:
    return NightlySettings(channel="C0OPS", cron=cron, timezone=zone, grace_minutes=grace, history_days=30)


class Slack:
    """Records what the job posts (the Slack stand-in does this end to end in tests/lab)."""

    def __init__(self) -> None:
        self.posts: list[dict] = []
        self.lock = threading.Lock()

    def post(self, channel: str, text: str, *, thread_ts=None, blocks=None, metadata=None) -> str:
        with self.lock:
            self.posts.append({"channel": channel, "text": text, "thread_ts": thread_ts, "metadata": metadata})
            return f"200.{len(self.posts)}"

    def summaries(self) -> list[str]:
        with self.lock:
            return [p["metadata"]["event_payload"]["slot"] for p in self.posts if p["metadata"]]


def replica(url: str, slack: Slack, owner: str, **kwargs) -> Nightly:
    history = History(url)

    def run_sweep() -> int:
        nodes = [NodeHealth(n, (StepResult("routing", "routing", "pass", "ok"),)) for n in ("node-1", "node-2")]
        return history.record(nodes, time.time()).sweep_id

    nightly = kwargs.pop("nightly", settings())
    return Nightly(
        nightly,
        url,
        sweep=kwargs.pop("sweep", run_sweep),
        publish=SlackPublisher(slack.post, nightly.channel, HistoryReader(history)),
        owner=owner,
        **kwargs,
    )


def test_the_due_slot_follows_the_cron_in_its_time_zone(tmp_path) -> None:
    job = replica(f"sqlite:///{tmp_path / 'n.db'}", Slack(), "a", nightly=settings(zone="Europe/Berlin", grace=360))
    berlin = ZoneInfo("Europe/Berlin")
    at_three = datetime(2026, 11, 27, 3, 0, tzinfo=berlin)
    assert job.due_slot(at_three, job.grace) == datetime(2026, 11, 27, 2, 0, tzinfo=berlin)  # 01:00 UTC
    assert job.due_slot(datetime(2026, 11, 27, 9, 0, tzinfo=berlin), job.grace) is None  # past the grace
    before_two = datetime(2026, 11, 27, 1, 59, tzinfo=berlin)
    assert job.due_slot(before_two, job.grace) is None  # yesterday's run is 24 h back
    assert job.due_slot(before_two, timedelta(hours=25)) == datetime(2026, 11, 26, 2, 0, tzinfo=berlin)
    assert job.next_run(at_three) == datetime(2026, 11, 28, 2, 0, tzinfo=berlin)


def test_a_missed_run_runs_once_at_start_up_never_twice(database_url: str) -> None:
    now = datetime.now(UTC)
    cron = f"{(now - timedelta(minutes=3)).minute} * * * *"  # due 3 minutes ago, within a 10-minute grace
    slack = Slack()
    first = replica(database_url, slack, "a", nightly=settings(cron=cron, grace=10))
    assert first.run_due("start-up").action == "posted"
    again = replica(database_url, slack, "a-restarted", nightly=settings(cron=cron, grace=10))
    assert again.run_due("start-up").action == "taken"
    assert len(slack.summaries()) == 1
    late = replica(database_url, slack, "b", nightly=settings(cron=cron, grace=1))
    assert late.run_due("start-up").action == "not-due"  # missed by more than the grace: skipped


def test_two_replicas_at_once_post_one_summary(database_url: str) -> None:
    cron = f"{(datetime.now(UTC) - timedelta(minutes=1)).minute} * * * *"
    slack = Slack()
    replicas = [replica(database_url, slack, f"r{i}", nightly=settings(cron=cron, grace=10)) for i in range(4)]
    barrier = threading.Barrier(len(replicas))
    outcomes: list[Outcome] = []

    def run(job: Nightly) -> None:
        barrier.wait()
        outcomes.append(job.run_due("start-up"))

    threads = [threading.Thread(target=run, args=(r,)) for r in replicas]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(o.action for o in outcomes) == ["posted", "taken", "taken", "taken"]
    assert len(slack.summaries()) == 1
    assert [state for _, state, _ in replicas[0].runs()] == ["posted"]


def claimed_by_a_dead_replica(database_url: str, slack: Slack, *, age: float) -> Nightly:
    """Replica b, and the slot due now claimed by replica a `age` seconds ago, still "running"."""
    cron = f"{(datetime.now(UTC) - timedelta(minutes=1)).minute} * * * *"
    job = replica(database_url, slack, "b", nightly=settings(cron=cron, grace=10), stale_after=60)
    slot = (job.due_slot(datetime.now(UTC), job.grace) or datetime.now(UTC)).isoformat(timespec="seconds")
    with sa.create_engine(database_url).begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO podnet_nightly_runs (slot, owner, claimed_at, state, summary_ts) "
                "VALUES (:s, 'a', :t, 'running', '')"
            ),
            {"s": slot, "t": time.time() - age},
        )
    return job


def test_a_dead_sweep_is_taken_over_but_a_dead_post_is_not(database_url: str) -> None:
    slack = Slack()
    job = claimed_by_a_dead_replica(database_url, slack, age=120)
    assert job.run_due("start-up").action == "posted"  # replica a died mid-sweep two minutes ago
    with sa.create_engine(database_url).begin() as conn:
        conn.execute(sa.text("UPDATE podnet_nightly_runs SET state='posting', owner='c', claimed_at=:t"), {"t": 0})
    assert job.run_due("start-up").action == "taken"  # it may have posted: never risk a second summary
    assert len(slack.summaries()) == 1


def test_a_sweep_that_cannot_read_the_cluster_says_so_in_the_channel(database_url: str) -> None:
    def broken() -> int:
        raise ApiError("the Kubernetes API at https://10.0.0.1:6443 is unreachable")

    cron = f"{(datetime.now(UTC) - timedelta(minutes=1)).minute} * * * *"
    slack = Slack()
    outcome = replica(database_url, slack, "a", nightly=settings(cron=cron, grace=10), sweep=broken).run_due("start-up")
    assert outcome.action == "failed"
    assert "could not run" in slack.posts[0]["text"] and "unreachable" in slack.posts[0]["text"]


def test_the_scheduler_fires_on_two_replicas_and_each_slot_is_posted_once(database_url: str) -> None:
    """Real BackgroundSchedulers, a cron firing every second, two replicas sharing the database."""
    slack = Slack()
    done: dict[str, list[str]] = {}
    cond = threading.Condition()

    def watch(job: Nightly) -> None:
        run = job.run_due

        def wrapped(reason: str = "schedule") -> Outcome:
            outcome = run(reason)
            with cond:
                if outcome.slot:
                    done.setdefault(outcome.slot, []).append(outcome.action)
                cond.notify_all()
            return outcome

        job.run_due = wrapped  # type: ignore[method-assign]

    every_second = CronTrigger(second="*", timezone=UTC)
    replicas = [replica(database_url, slack, f"r{i}", nightly=settings(grace=0), trigger=every_second) for i in (1, 2)]
    for job in replicas:
        watch(job)
        job.start()
    try:
        with cond:
            settled = cond.wait_for(lambda: sum(len(v) == 2 for v in done.values()) >= 2, timeout=30)
    finally:
        for job in replicas:
            job.stop()
    assert settled, done
    both = {slot: actions for slot, actions in done.items() if len(actions) == 2}
    assert all(sorted(actions) == ["posted", "taken"] for actions in both.values()), done
    posted = slack.summaries()
    assert len(posted) == len(set(posted))  # never two summaries for one slot


def test_nightly_settings_are_validated() -> None:
    base = {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1"}
    ok = Settings.from_env(base, slack="socket")
    assert ok.nightly.channel is None and ok.nightly.cron == "0 2 * * *" and ok.nightly.grace_minutes == 360
    with pytest.raises(SettingsError) as bad:
        Settings.from_env(
            {
                **base,
                "PODNET_SWEEP_CRON": "0 25 * * *",
                "PODNET_TIMEZONE": "Mars/Olympus",
                "PODNET_SUMMARY_CHANNEL": "not a channel",
                "PODNET_HISTORY_DAYS": "0",
            },
            slack="socket",
        )
    assert [p.split()[0] for p in bad.value.problems] == [
        "PODNET_SUMMARY_CHANNEL",
        "PODNET_TIMEZONE",
        "PODNET_SWEEP_CRON",
        "PODNET_HISTORY_DAYS",
    ]


@pytest.mark.parametrize(
    ("cron", "days"),
    [
        ("30 2 * * 1-5", ["Mon", "Tue", "Wed", "Thu", "Fri"]),  # APScheduler's from_crontab: Tue-Sat
        ("0 2 * * 0", ["Sun"]),
        ("0 2 * * 7", ["Sun"]),
        ("0 2 * * sat,sun", ["Sun", "Sat"]),
        ("0 2 * * 5-7", ["Sun", "Fri", "Sat"]),
        ("0 2 * * */2", ["Sun", "Tue", "Thu", "Sat"]),
        ("0 2 * * *", ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]),
    ],
)
def test_cron_weekdays_are_read_as_cron_reads_them(cron: str, days: list[str]) -> None:
    from bot.cron import crontab_trigger

    trigger = crontab_trigger(cron, UTC)
    fire, seen = datetime(2026, 11, 29, 0, 0, tzinfo=UTC), []  # a Sunday
    for _ in range(len(days)):
        fire = trigger.get_next_fire_time(None, fire + timedelta(seconds=1))
        seen.append(fire.strftime("%a"))
    assert sorted(seen, key=["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].index) == days
    assert fire.hour == 2


@pytest.mark.parametrize("cron", ["0 2 1 * 1", "0 2 * * 8", "0 2 * * 5-1", "0 2 * *"])
def test_cron_expressions_cron_would_read_differently_are_refused(cron: str) -> None:
    from bot.cron import crontab_trigger

    with pytest.raises(ValueError):
        crontab_trigger(cron, UTC)


def test_the_watch_takes_over_a_slot_whose_replica_died(database_url: str) -> None:
    slack = Slack()
    job = claimed_by_a_dead_replica(database_url, slack, age=30)
    assert job.run_due("watch").action == "taken"  # 30 s old: replica a may still be sweeping
    with sa.create_engine(database_url).begin() as conn:
        conn.execute(sa.text("UPDATE podnet_nightly_runs SET claimed_at = :t"), {"t": time.time() - 120})
    assert job.run_due("watch").action == "posted"
    assert job.scheduler is None  # run_due alone, no scheduler: the watch job only calls it
    assert len(slack.summaries()) == 1
