"""Sweep history in the database: every sweep's per-node step results, what is new and what resolved.

Same database as the bot's store (SQLite by default, any SQLAlchemy URL through PODNET_DATABASE_URL);
the schema is created on first use; sweeps older than the retention are pruned."""

from __future__ import annotations

import time
from dataclasses import dataclass

from sqlalchemy import Float, ForeignKey, Integer, String, create_engine, delete, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from checks.engine import NodeHealth


class Base(DeclarativeBase):
    pass


class SweepRow(Base):
    __tablename__ = "podnet_sweeps"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    started_at: Mapped[float] = mapped_column(Float)
    finished_at: Mapped[float] = mapped_column(Float)


class SweepResultRow(Base):
    __tablename__ = "podnet_sweep_results"
    sweep_id: Mapped[int] = mapped_column(ForeignKey("podnet_sweeps.id", ondelete="CASCADE"), primary_key=True)
    node: Mapped[str] = mapped_column(String(253), primary_key=True)
    step_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    status: Mapped[str] = mapped_column(String(8))
    summary: Mapped[str] = mapped_column(String(4000))


@dataclass(frozen=True)
class Change:
    node: str
    step: str
    summary: str

    def to_json(self) -> dict[str, str]:
        return {"node": self.node, "step": self.step, "summary": self.summary}


@dataclass(frozen=True)
class SweepRecord:
    sweep_id: int
    new: tuple[Change, ...]
    resolved: tuple[Change, ...]


class History:
    def __init__(self, url: str, retention_days: int = 30) -> None:
        self.engine = create_engine(url, future=True, pool_pre_ping=True)
        self.retention_days = retention_days
        Base.metadata.create_all(self.engine)

    def _failing(self, session: Session, sweep_id: int | None) -> dict[tuple[str, str], str]:
        if sweep_id is None:
            return {}
        rows = session.scalars(
            select(SweepResultRow).where(SweepResultRow.sweep_id == sweep_id, SweepResultRow.status == "fail")
        )
        return {(r.node, r.step_id): r.summary for r in rows}

    def record(self, nodes: list[NodeHealth], started_at: float) -> SweepRecord:
        """Store a sweep; compare its failures with the previous sweep's."""
        with Session(self.engine) as session:
            previous = session.scalar(select(SweepRow.id).order_by(SweepRow.id.desc()).limit(1))
            before = self._failing(session, previous)
            sweep = SweepRow(started_at=started_at, finished_at=time.time())
            session.add(sweep)
            session.flush()
            for node in nodes:
                for step in node.steps:
                    session.add(
                        SweepResultRow(
                            sweep_id=sweep.id,
                            node=node.name,
                            step_id=step.id,
                            status=step.status,
                            summary=step.summary[:4000],
                        )
                    )
            now = {(n.name, s.id): s.summary for n in nodes for s in n.steps if s.status == "fail"}
            session.execute(
                delete(SweepResultRow).where(
                    SweepResultRow.sweep_id.in_(
                        select(SweepRow.id).where(SweepRow.started_at < time.time() - self.retention_days * 86400)
                    )
                )
            )
            session.execute(delete(SweepRow).where(SweepRow.started_at < time.time() - self.retention_days * 86400))
            session.commit()
            new = tuple(Change(n, s, text) for (n, s), text in now.items() if (n, s) not in before)
            resolved = tuple(Change(n, s, text) for (n, s), text in before.items() if (n, s) not in now)
            return SweepRecord(sweep.id, new, resolved)


@dataclass(frozen=True)
class StoredSweep:
    sweep_id: int
    finished_at: float
    results: tuple[tuple[str, str, str, str], ...]  # (node, step, status, summary)


def _latest_ids(session: Session, count: int) -> list[int]:
    return list(session.scalars(select(SweepRow.id).order_by(SweepRow.id.desc()).limit(count)))


class HistoryReader:
    """What the summary needs: the latest sweep, what changed against the one before, and the trend."""

    def __init__(self, history: History) -> None:
        self.history = history

    def latest(self) -> tuple[StoredSweep, SweepRecord] | None:
        with Session(self.history.engine) as session:
            ids = _latest_ids(session, 2)
            if not ids:
                return None
            sweep = session.get(SweepRow, ids[0])
            assert sweep is not None
            rows = session.scalars(select(SweepResultRow).where(SweepResultRow.sweep_id == ids[0]))
            results = tuple((r.node, r.step_id, r.status, r.summary) for r in rows)
            now = {(n, s): text for n, s, status, text in results if status == "fail"}
            before = self.history._failing(session, ids[1] if len(ids) > 1 else None)
            record = SweepRecord(
                ids[0],
                tuple(Change(n, s, t) for (n, s), t in now.items() if (n, s) not in before),
                tuple(Change(n, s, t) for (n, s), t in before.items() if (n, s) not in now),
            )
            return StoredSweep(ids[0], sweep.finished_at, results), record

    def trend(self, runs: int = 7) -> dict[str, list[int]]:
        """Failing nodes per cause (step) over the last `runs` sweeps, oldest first."""
        with Session(self.history.engine) as session:
            ids = list(reversed(_latest_ids(session, runs)))
            out: dict[str, list[int]] = {}
            for i, sweep_id in enumerate(ids):
                for (step,) in session.execute(
                    select(SweepResultRow.step_id).where(
                        SweepResultRow.sweep_id == sweep_id, SweepResultRow.status == "fail"
                    )
                ):
                    out.setdefault(step, [0] * len(ids))[i] += 1
            return out
