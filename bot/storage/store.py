"""What the bot remembers, in a database (SQLite by default, any SQLAlchemy URL): Slack event ids already
handled (so a retry, even one delivered to another replica, is dropped), recent diagnoses (so the
same target pasted again links to the running or finished thread instead of starting over), and the
reports behind each verdict message (so "Show all evidence" and Re-run work on any replica and after a
restart), each kept for a retention."""

from __future__ import annotations

import json
import logging
import threading
import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Float, String, Text, delete, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from bot.storage.db import engine_for, ensure_schema

log = logging.getLogger("podnet.store")


class Base(DeclarativeBase):
    pass


class SeenEvent(Base):
    __tablename__ = "podnet_slack_events"
    event_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    received_at: Mapped[float] = mapped_column(Float)


class DiagnosisRow(Base):
    __tablename__ = "podnet_diagnoses"
    target: Mapped[str] = mapped_column(String(300), primary_key=True)
    channel: Mapped[str] = mapped_column(String(32))
    thread_ts: Mapped[str] = mapped_column(String(32))
    reply_ts: Mapped[str] = mapped_column(String(32), default="")
    started_at: Mapped[float] = mapped_column(Float)
    verdict: Mapped[str] = mapped_column(String(32), default="running")


class ReportRow(Base):
    __tablename__ = "podnet_reports"
    channel: Mapped[str] = mapped_column(String(32), primary_key=True)
    ts: Mapped[str] = mapped_column(String(32), primary_key=True)  # the verdict message's ts
    created_at: Mapped[float] = mapped_column(Float, index=True)
    request: Mapped[str] = mapped_column(Text)  # DiagnosisRequest.to_json()
    report: Mapped[str] = mapped_column(Text)  # Report.to_json()


@dataclass(frozen=True)
class KeptReport:
    request: str  # as the request's to_json wrote it
    report: dict[str, Any]  # as Report.to_json wrote it


REPORT_DAYS = 7  # how long the reports behind verdict messages are kept


@dataclass(frozen=True)
class RecentDiagnosis:
    channel: str
    thread_ts: str
    verdict: str
    started_at: float


class Store:
    def __init__(self, url: str, report_days: float = REPORT_DAYS, *, wait: float = 0.0) -> None:
        """`wait`: seconds to keep trying when the database is not there yet (podnet serve starting
        beside a PostgreSQL that is still starting), instead of failing at once."""
        self.engine: Engine = engine_for(url)
        self.report_days = report_days
        self._seen: dict[str, float] = {}
        self._seen_lock = threading.Lock()
        deadline, pause = time.monotonic() + wait, 1.0
        while True:
            try:
                ensure_schema(self.engine, Base.metadata)
                return
            except OperationalError as err:
                if time.monotonic() + pause > deadline:
                    raise
                log.warning("the database is not reachable yet (%s); trying again in %.0f s", type(err).__name__, pause)
                time.sleep(pause)  # a retry pause, not synchronisation
                pause = min(pause * 2, 15.0)

    def keep_report(self, channel: str, ts: str, request: str, report: dict[str, Any]) -> None:
        """The report behind the verdict message `ts`; reports older than the retention are dropped."""
        now = time.time()
        with Session(self.engine) as session:
            session.execute(delete(ReportRow).where(ReportRow.created_at < now - self.report_days * 86400))
            session.merge(ReportRow(channel=channel, ts=ts, created_at=now, request=request, report=json.dumps(report)))
            session.commit()

    def report(self, channel: str, ts: str) -> KeptReport | None:
        with Session(self.engine) as session:
            row = session.get(ReportRow, (channel, ts))
            if row is None or row.created_at < time.time() - self.report_days * 86400:
                return None
            return KeptReport(row.request, json.loads(row.report))

    def claim_event(self, event_id: str, keep_seconds: float = 3600) -> bool:
        """True the first time an event id is seen, by any replica sharing this database. It runs before
        Slack's acknowledgement: when the database is locked or down, it does not wait (the engine's
        waits are short) but falls back to this process's memory of recent ids — a redelivery to the same
        replica is still dropped; one to another replica during the outage may run twice."""
        now = time.time()
        try:
            with Session(self.engine) as session:
                session.execute(delete(SeenEvent).where(SeenEvent.received_at < now - keep_seconds))
                session.add(SeenEvent(event_id=event_id, received_at=now))
                try:
                    session.commit()
                except IntegrityError:
                    session.rollback()
                    return False
        except OperationalError as err:
            log.warning("the database is unavailable (%s); event ids are remembered in memory", type(err).__name__)
            return self._claim_in_memory(event_id, now, keep_seconds)
        return True

    def _claim_in_memory(self, event_id: str, now: float, keep_seconds: float) -> bool:
        with self._seen_lock:
            for old in [k for k, t in self._seen.items() if now - t > keep_seconds]:
                del self._seen[old]
            if event_id in self._seen:
                return False
            self._seen[event_id] = now
            return True

    def problem(self) -> str | None:
        """/readyz: None when the database answers, else why not."""
        try:
            with self.engine.connect() as connection:
                connection.execute(select(1))
            return None
        except OperationalError as err:
            return f"the database is unavailable: {str(err.orig or err).splitlines()[0][:200]}"

    def recent(self, target: str, minutes: int) -> RecentDiagnosis | None:
        with Session(self.engine) as session:
            return _if_recent(session.get(DiagnosisRow, target), minutes)

    def begin(self, target: str, channel: str, thread_ts: str, minutes: int) -> RecentDiagnosis | None:
        """Claim `target` for a new diagnosis, atomically (two deliveries at once, or two replicas, never
        both win). Returns None when the caller owns it now, else the recent diagnosis to link to."""
        for _ in range(5):
            now = time.time()
            with Session(self.engine) as session:
                row = session.get(DiagnosisRow, target)
                recent = _if_recent(row, minutes)
                if recent is not None:
                    return recent
                if row is None:
                    session.add(
                        DiagnosisRow(
                            target=target,
                            channel=channel,
                            thread_ts=thread_ts,
                            reply_ts="",
                            started_at=now,
                            verdict="running",
                        )
                    )
                else:  # an old or dead diagnosis: take it over only if nobody else just did
                    taken = session.execute(
                        update(DiagnosisRow)
                        .where(DiagnosisRow.target == target, DiagnosisRow.started_at == row.started_at)
                        .values(channel=channel, thread_ts=thread_ts, started_at=now, verdict="running")
                    )
                    if getattr(taken, "rowcount", 0) != 1:
                        session.rollback()
                        continue
                try:
                    session.commit()
                    return None
                except IntegrityError:
                    session.rollback()
        return self.recent(target, minutes)

    def release(self, target: str, thread_ts: str) -> None:
        """Give back a claim `begin` made for the thread `thread_ts` whose diagnosis was never queued."""
        with Session(self.engine) as session:
            row = session.get(DiagnosisRow, target)
            if row is not None and row.thread_ts == thread_ts and row.verdict == "running":
                session.delete(row)
                session.commit()

    def finish(self, target: str, verdict: str) -> None:
        with Session(self.engine) as session:
            row = session.get(DiagnosisRow, target)
            if row is not None:
                row.verdict = verdict
                session.commit()


def _if_recent(row: DiagnosisRow | None, minutes: int) -> RecentDiagnosis | None:
    """A diagnosis still worth linking to: running (for up to 10 minutes: one "running" for longer died
    with its process), or finished within the last `minutes`."""
    if row is None:
        return None
    age = time.time() - row.started_at
    if age > (600 if row.verdict == "running" else minutes * 60):
        return None
    return RecentDiagnosis(row.channel, row.thread_ts, row.verdict, row.started_at)
