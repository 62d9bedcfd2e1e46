"""The nightly sweep in `podnet serve`: APScheduler fires it on the configured cron, and a run missed
while the bot was down (within the grace period) runs once at start-up.

APScheduler 3 keeps its jobs per process, so with several replicas every one of them fires. Who runs a
given night is decided in the database: each scheduled time (a *slot*) is a row, and the replica whose
insert wins runs the sweep and posts; the others see the row and stand down. The same row makes the
catch-up at start-up run a missed night once, never twice, and makes the post happen at most once per
slot (a replica that died mid-sweep is taken over after `stale_after`; one that died while posting is
not, since the summary may already be in the channel). Every replica looks for such stale slots every
ten minutes within the grace period.
"""

from __future__ import annotations

import logging
import os
import socket
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy import Float, Integer, String, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from bot.cron import crontab_trigger
from bot.observability.metrics import METRICS
from bot.settings import NightlySettings
from bot.storage.db import engine_for, ensure_schema
from checks.errors import PodnetError

log = logging.getLogger("podnet.nightly")

# The scheduled job looks back at least this far for the slot it was fired for (it runs a moment after
# the scheduled time); a catch-up at start-up looks back by the grace period only.
SCHEDULED_LOOKBACK = timedelta(minutes=5)
WATCH_MINUTES = 10


class Base(DeclarativeBase):
    pass


class NightlyRunRow(Base):
    __tablename__ = "podnet_nightly_runs"
    # the scheduled time, UTC ISO 8601; with several clusters, followed by a space and the cluster's name
    slot: Mapped[str] = mapped_column(String(100), primary_key=True)
    owner: Mapped[str] = mapped_column(String(200))
    claimed_at: Mapped[float] = mapped_column(Float)
    state: Mapped[str] = mapped_column(String(16))  # running, swept, posting, posted, failed
    sweep_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    summary_ts: Mapped[str] = mapped_column(String(32), default="")


@dataclass(frozen=True)
class Outcome:
    slot: str | None
    action: str  # "posted", "not-due", "taken" (another replica has it), "failed"
    detail: str = ""


def replica_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


class Publisher(Protocol):
    """Where the nightly summary goes (bot/slack/summary.py posts it to Slack)."""

    def summary(self, sweep_id: int, slot: str) -> str | None:
        """Post the summary of sweep `sweep_id`; the message's id, or None when it could not be posted."""
        ...

    def failed(self, slot: str, why: str) -> None:
        """Say that the sweep of `slot` could not run, and why."""
        ...


class Nightly:
    def __init__(
        self,
        settings: NightlySettings,
        database_url: str,
        *,
        sweep: Callable[[], int],
        publish: Publisher,
        owner: str | None = None,
        stale_after: float = 1800.0,
        trigger: Any = None,
        cluster: str | None = None,
    ) -> None:
        """`sweep` runs and stores a sweep and returns its id; `publish` posts its summary (or says why
        there is none) to PODNET_SUMMARY_CHANNEL. `cluster`: with several clusters, the one this job sweeps
        (each cluster's night is its own row: its own claim, its own summary)."""
        if not settings.channel:
            raise ValueError("the nightly sweep needs PODNET_SUMMARY_CHANNEL")
        self.settings = settings
        self.channel = settings.channel
        self.zone = ZoneInfo(settings.timezone)
        self.trigger = trigger or crontab_trigger(settings.cron, self.zone)
        self.grace = timedelta(minutes=settings.grace_minutes)
        self.sweep, self.publish = sweep, publish
        self.owner = owner or replica_id()
        self.stale_after = stale_after
        self.cluster = cluster
        self.engine = engine_for(database_url)
        ensure_schema(self.engine, Base.metadata, then=_widen_slot)
        self.scheduler: BackgroundScheduler | None = None

    def _key(self, slot: str) -> str:
        """The row of `slot` for this job's cluster (the slot alone with one cluster, as before)."""
        return f"{slot} {self.cluster}" if self.cluster else slot

    # --- which night is due ----------------------------------------------------------------------
    def due_slot(self, now: datetime, lookback: timedelta) -> datetime | None:
        """The latest scheduled time in (now - lookback, now]."""
        last = None
        fire = self.trigger.get_next_fire_time(None, now - lookback)
        while fire is not None and fire <= now:
            last = fire
            fire = self.trigger.get_next_fire_time(fire, fire + timedelta(seconds=1))
        return last

    def next_run(self, now: datetime | None = None) -> datetime | None:
        fire: datetime | None = self.trigger.get_next_fire_time(None, now or datetime.now(UTC))
        return fire

    # --- one run ----------------------------------------------------------------------------------
    def run_due(self, reason: str = "schedule") -> Outcome:
        """Run the sweep for the slot that is due now, if no replica has it yet. Never raises."""
        lookback = max(self.grace, SCHEDULED_LOOKBACK) if reason == "schedule" else self.grace
        fire = self.due_slot(datetime.now(UTC), lookback)
        if fire is None:
            outcome = Outcome(None, "not-due", f"no scheduled run in the last {lookback}")
        else:
            slot = fire.astimezone(UTC).isoformat(timespec="seconds")
            try:
                outcome = self._run_slot(slot, reason)
            except Exception as err:  # the database is down, say: log it, keep the scheduler alive
                log.exception("nightly sweep: slot %s could not be run", slot)
                outcome = Outcome(slot, "failed", repr(err))
        quiet = reason == "watch" and outcome.action in ("taken", "not-due")  # every 10 minutes: not news
        log.log(
            logging.DEBUG if quiet else logging.INFO,
            "nightly sweep (%s): slot %s %s %s",
            reason,
            outcome.slot,
            outcome.action,
            outcome.detail,
        )
        if not quiet:
            METRICS.nightly_runs.labels(outcome.action).inc()
        return outcome

    def _run_slot(self, slot: str, reason: str) -> Outcome:
        if not self._claim(slot):
            return Outcome(slot, "taken", "another replica has this run")
        try:
            sweep_id = self.sweep()
        except PodnetError as err:
            self._set(slot, state="failed")
            self.publish.failed(slot, str(err))
            return Outcome(slot, "failed", str(err))
        except Exception as err:  # a bug must not kill the scheduler thread
            log.exception("nightly sweep failed")
            self._set(slot, state="failed")
            return Outcome(slot, "failed", repr(err))
        if not self._advance(slot, sweep_id):
            return Outcome(slot, "taken", "taken over while sweeping")
        ts = self.publish.summary(sweep_id, slot)
        self._set(slot, state="posted" if ts else "failed", summary_ts=ts or "")
        if ts is None:
            return Outcome(slot, "failed", "the summary could not be posted")
        return Outcome(slot, "posted", f"sweep {sweep_id}, message {ts} ({reason})")

    def _claim(self, slot: str) -> bool:
        now = time.time()
        with Session(self.engine) as session:
            row = session.get(NightlyRunRow, self._key(slot))
            if row is None:
                session.add(NightlyRunRow(slot=self._key(slot), owner=self.owner, claimed_at=now, state="running"))
                try:
                    session.commit()
                    return True
                except IntegrityError:
                    session.rollback()
                    return False
            if row.state in ("running", "swept") and now - row.claimed_at > self.stale_after:
                taken = session.execute(
                    update(NightlyRunRow)
                    .where(NightlyRunRow.slot == self._key(slot), NightlyRunRow.claimed_at == row.claimed_at)
                    .values(owner=self.owner, claimed_at=now, state="running")
                )
                session.commit()
                if getattr(taken, "rowcount", 0) == 1:
                    log.warning("nightly sweep: took over slot %s from %s (stale)", slot, row.owner)
                    return True
            return False

    def _advance(self, slot: str, sweep_id: int) -> bool:
        """running -> posting, only if this replica still owns the slot: the one gate before posting."""
        with Session(self.engine) as session:
            moved = session.execute(
                update(NightlyRunRow)
                .where(
                    NightlyRunRow.slot == self._key(slot),
                    NightlyRunRow.owner == self.owner,
                    NightlyRunRow.state == "running",
                )
                .values(state="posting", sweep_id=sweep_id)
            )
            session.commit()
            return getattr(moved, "rowcount", 0) == 1

    def _set(self, slot: str, **values: Any) -> None:
        with Session(self.engine) as session:
            session.execute(
                update(NightlyRunRow)
                .where(NightlyRunRow.slot == self._key(slot), NightlyRunRow.owner == self.owner)
                .values(**values)
            )
            session.commit()

    def runs(self) -> list[tuple[str, str, str]]:
        """(slot, state, owner) of every run on record, oldest first."""
        with Session(self.engine) as session:
            rows = session.query(NightlyRunRow).order_by(NightlyRunRow.slot)
            return [(r.slot, r.state, r.owner) for r in rows]

    # --- the scheduler ----------------------------------------------------------------------------
    def start(self, run: Callable[..., Any] | None = None) -> BackgroundScheduler:
        """The cron job, plus a one-off catch-up of a run missed while the bot was down. `run`: what
        fires (default this job's `run_due`; NightlyFleet runs every cluster's in turn)."""
        run = run or self.run_due
        scheduler = BackgroundScheduler(timezone=self.zone)
        scheduler.add_job(
            run,
            self.trigger,
            id="podnet-nightly-sweep",
            kwargs={"reason": "schedule"},
            misfire_grace_time=max(1, int(self.grace.total_seconds())),  # APScheduler's default is 1 s
            coalesce=True,
            max_instances=1,
        )
        scheduler.add_job(
            run, "date", id="podnet-nightly-catch-up", kwargs={"reason": "start-up"}, misfire_grace_time=None
        )
        # a replica that died mid-sweep leaves its slot "running": every 10 minutes, within the grace period,
        # a live replica takes such a slot over (after `stale_after`) — not only one that happens to start
        scheduler.add_job(
            run,
            "interval",
            minutes=WATCH_MINUTES,
            id="podnet-nightly-watch",
            kwargs={"reason": "watch"},
            coalesce=True,
            max_instances=1,
        )
        scheduler.start()
        self.scheduler = scheduler
        return scheduler

    def stop(self) -> None:
        if self.scheduler is not None:
            self.scheduler.shutdown(wait=False)


class NightlyFleet:
    """Every cluster's nightly job on one scheduler: fired once, they run one after the other (each
    sweep within its own PODNET_SWEEP_DEADLINE), each claiming its own row, so with several replicas
    another one may take the next cluster while this one sweeps."""

    def __init__(self, jobs: list[Nightly]) -> None:
        if not jobs:
            raise ValueError("no nightly job")
        self.jobs = jobs

    def run_due(self, reason: str = "schedule") -> list[Outcome]:
        return [job.run_due(reason) for job in self.jobs]

    def next_run(self) -> datetime | None:
        return self.jobs[0].next_run()

    def start(self) -> BackgroundScheduler:
        return self.jobs[0].start(self.run_due)

    def stop(self) -> None:
        self.jobs[0].stop()


def _widen_slot(engine: Any) -> None:
    """Databases made before several clusters have a 40-character slot; PostgreSQL enforces it (SQLite
    does not): widened once, at start."""
    if engine.dialect.name != "postgresql":
        return
    from sqlalchemy import inspect, text

    column = next(c for c in inspect(engine).get_columns("podnet_nightly_runs") if c["name"] == "slot")
    if (getattr(column["type"], "length", None) or 100) < 100:
        with engine.begin() as conn:
            conn.execute(text("ALTER TABLE podnet_nightly_runs ALTER COLUMN slot TYPE VARCHAR(100)"))
