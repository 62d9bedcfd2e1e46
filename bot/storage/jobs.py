"""Diagnoses in flight, kept in the database so that none is lost with its process.

A job is written when its threaded reply is posted and deleted when it ends. Each replica marks its own jobs
alive (`beat`) while it runs; a replica that stops cleanly (SIGTERM) ends its unfinished jobs itself, and one
that dies leaves rows whose heartbeat goes stale: any replica (or the same one, restarted) then claims them —
atomically, so only one does — and ends their threads with "interrupted, re-run?".
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from sqlalchemy import Float, String, Text, delete, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from bot.storage.store import Base, Store

STALE = 120.0  # seconds without a heartbeat before a job counts as orphaned


class JobRow(Base):
    __tablename__ = "podnet_jobs"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    channel: Mapped[str] = mapped_column(String(32))
    thread_ts: Mapped[str] = mapped_column(String(32))
    reply_ts: Mapped[str] = mapped_column(String(32))
    request: Mapped[str] = mapped_column(Text)  # DiagnosisRequest.to_json()
    owner: Mapped[str] = mapped_column(String(64), index=True)  # the replica running it
    heartbeat: Mapped[float] = mapped_column(Float, index=True)


@dataclass(frozen=True)
class Unfinished:
    id: str
    channel: str
    thread_ts: str
    reply_ts: str
    request: str


class Jobs:
    def __init__(self, store: Store, owner: str, stale: float = STALE) -> None:
        self.engine = store.engine
        self.owner = owner
        self.stale = stale
        Base.metadata.create_all(self.engine, tables=[JobRow.__table__])  # type: ignore[list-item]

    def started(self, job_id: str, channel: str, thread_ts: str, reply_ts: str, request: str) -> None:
        with Session(self.engine) as session:
            session.merge(
                JobRow(
                    id=job_id,
                    channel=channel,
                    thread_ts=thread_ts,
                    reply_ts=reply_ts,
                    request=request,
                    owner=self.owner,
                    heartbeat=time.time(),
                )
            )
            session.commit()

    def done(self, job_id: str) -> None:
        with Session(self.engine) as session:
            session.execute(delete(JobRow).where(JobRow.id == job_id))
            session.commit()

    def beat(self) -> None:
        with Session(self.engine) as session:
            session.execute(update(JobRow).where(JobRow.owner == self.owner).values(heartbeat=time.time()))
            session.commit()

    def mine(self) -> list[Unfinished]:
        """This replica's unfinished jobs (at shutdown), taken out of the table."""
        with Session(self.engine) as session:
            rows = session.scalars(select(JobRow).where(JobRow.owner == self.owner)).all()
            found = [_unfinished(r) for r in rows]
            session.execute(delete(JobRow).where(JobRow.owner == self.owner))
            session.commit()
        return found

    def orphaned(self) -> list[Unfinished]:
        """Jobs whose replica stopped beating `stale` seconds ago, claimed for this replica to end: each
        row is deleted by exactly one claimer (the delete that removes it wins)."""
        now, stale = time.time(), self.stale
        with Session(self.engine) as session:
            rows = session.scalars(select(JobRow).where(JobRow.heartbeat < now - stale)).all()
            candidates = [_unfinished(r) for r in rows]
        claimed = []
        for job in candidates:
            with Session(self.engine) as session:
                gone = session.execute(delete(JobRow).where(JobRow.id == job.id, JobRow.heartbeat < now - stale))
                session.commit()
                if getattr(gone, "rowcount", 0) == 1:
                    claimed.append(job)
        return claimed


def _unfinished(row: JobRow) -> Unfinished:
    return Unfinished(row.id, row.channel, row.thread_ts, row.reply_ts, row.request)
