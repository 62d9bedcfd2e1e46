"""Sweep history in the database: every sweep's per-node step results, what is new and what resolved.

Same database as the bot's store (SQLite by default, any SQLAlchemy URL through PODNET_DATABASE_URL,
PostgreSQL included); the schema is created on first use and older schemas are brought up to date
(`_migrate`); sweeps older than the retention are pruned.

A problem is keyed by the node it is *on*, not the row it was seen from: CoreDNS down on node-1 fails
the `coredns` step in every node's row (every node's DNS is broken), but it is one problem, on node-1,
so it is new once and resolved once.
"""

from __future__ import annotations

import functools
import json
import time
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Float, ForeignKey, Integer, String, Text, delete, inspect, or_, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from bot.storage.db import engine_for, ensure_schema
from checks.engine import NodeHealth
from checks.findings import prefix


class Base(DeclarativeBase):
    pass


class SweepRow(Base):
    __tablename__ = "podnet_sweeps"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    started_at: Mapped[float] = mapped_column(Float)
    finished_at: Mapped[float] = mapped_column(Float)
    # added with PODNET_CLUSTERS (see _migrate): the cluster swept; NULL in rows stored before, which read
    # as the default cluster's (History(legacy=True))
    cluster: Mapped[str | None] = mapped_column(String(40), nullable=True)


class SweepResultRow(Base):
    __tablename__ = "podnet_sweep_results"
    sweep_id: Mapped[int] = mapped_column(ForeignKey("podnet_sweeps.id", ondelete="CASCADE"), primary_key=True)
    node: Mapped[str] = mapped_column(String(253), primary_key=True)
    step_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    status: Mapped[str] = mapped_column(String(8))
    summary: Mapped[str] = mapped_column(String(4000))
    # added after the first release (see _migrate): the step's JSON (nodes, evidence, explanation, commands)
    detail: Mapped[str | None] = mapped_column(Text, nullable=True)


LOOKBACK = 7  # sweeps looked back through for a node's last checked state

# columns added since the first schema, as (table, column, SQL type): created on start-up when missing
_ADDED_COLUMNS = (("podnet_sweep_results", "detail", "TEXT"), ("podnet_sweeps", "cluster", "VARCHAR(40)"))


def _migrate(engine: Engine) -> None:
    tables = inspect(engine)
    for table, column, sql_type in _ADDED_COLUMNS:
        if column not in {c["name"] for c in tables.get_columns(table)}:
            with engine.begin() as conn:
                conn.execute(text(f"ALTER TABLE {table} ADD COLUMN {column} {sql_type}"))


@dataclass(frozen=True)
class Change:
    node: str
    step: str
    summary: str
    code: str = ""  # the finding code (what is new or resolved); the step id for rows stored before codes

    def to_json(self) -> dict[str, str]:
        return {"node": self.node, "step": self.step, "summary": self.summary, "code": self.code or self.step}


@dataclass(frozen=True)
class SweepRecord:
    sweep_id: int
    new: tuple[Change, ...]
    resolved: tuple[Change, ...]


@dataclass(frozen=True)
class StoredResult:
    node: str  # the row: the node the step was run for
    step: str
    status: str
    summary: str
    stored_detail: str | None = field(default=None, repr=False)  # StepResult.to_json(), as stored

    @functools.cached_property
    def detail(self) -> dict[str, Any]:
        """The step's JSON; {} for rows stored before the column existed. Decoded when first asked for:
        a summary reads it for the failing rows only, of several sweeps of every node."""
        return json.loads(self.stored_detail) if self.stored_detail else {}

    @property
    def problem_nodes(self) -> tuple[str, ...]:
        """The nodes the problem is on (the step's `nodes`), else the row's node."""
        return tuple(self.detail.get("nodes") or ()) or (self.node,)

    @property
    def problem_keys(self) -> tuple[tuple[str, str], ...]:
        """(node, finding code) for each problem this failing row shows: a finding's own nodes, else the
        step's. Rows stored before findings had codes give (node, step id)."""
        found = [f for f in self.detail.get("findings") or () if f.get("severity") == "problem"]
        if not found:
            return tuple((node, self.step) for node in self.problem_nodes)
        keys = ((node, str(f["code"])) for f in found for node in (tuple(f.get("nodes") or ()) or self.problem_nodes))
        return tuple(dict.fromkeys(keys))


@dataclass(frozen=True)
class StoredSweep:
    sweep_id: int
    finished_at: float
    results: tuple[StoredResult, ...]

    @property
    def nodes(self) -> list[str]:
        return sorted({r.node for r in self.results})

    def problems(self) -> dict[tuple[str, str], StoredResult]:
        """(node the problem is on, finding code) -> the result that shows it, first seen (own row
        preferred). What is new and what resolved is decided on these keys: codes, not prose."""
        out: dict[tuple[str, str], StoredResult] = {}
        for r in sorted(self.results, key=lambda r: r.node not in r.problem_nodes):
            if r.status == "fail":
                for key in r.problem_keys:
                    out.setdefault(key, r)
        return out

    def problem_steps(self) -> dict[tuple[str, str], StoredResult]:
        """(node the problem is on, step) -> the result that shows it: one entry per failing step of a
        node, however many codes it found (the summary's grouping and its thread messages)."""
        out: dict[tuple[str, str], StoredResult] = {}
        for (node, code), r in self.problems().items():
            out.setdefault((node, prefix(code)), r)
        return out

    def unchecked(self) -> list[str]:
        """Nodes none of whose steps could be checked (unreachable), with the reason."""
        by_node: dict[str, list[StoredResult]] = {}
        for r in self.results:
            by_node.setdefault(r.node, []).append(r)
        return sorted(n for n, rs in by_node.items() if rs and all(r.status == "error" for r in rs))


def _changes(now: StoredSweep, before: StoredSweep | None) -> tuple[tuple[Change, ...], tuple[Change, ...]]:
    current = now.problems()
    previous = before.problems() if before else {}
    # a node that could not be checked this time is not "resolved": we do not know (a node that is gone is)
    status = {(r.node, r.step): r.status for r in now.results}
    new = tuple(Change(n, r.step, r.summary, code) for (n, code), r in current.items() if (n, code) not in previous)
    resolved = tuple(
        Change(n, r.step, r.summary, code)
        for (n, code), r in previous.items()
        if (n, code) not in current and status.get((n, r.step), "pass") not in ("error", "skip")
    )
    return new, resolved


class History:
    def __init__(
        self,
        url: str,
        retention_days: int = 30,
        *,
        cluster: str | None = None,
        legacy: bool = True,
        only_mine: bool = True,
    ) -> None:
        """One cluster's sweeps (`cluster`; None: every row, as before there were clusters). `legacy`: the
        rows stored before sweeps named their cluster are this cluster's (the default cluster's).
        `only_mine=False` (podnet serving one cluster): sweeps are stored under `cluster` but every row is
        read, so a cluster renamed (another kubeconfig context) keeps its history."""
        self.engine = engine_for(url)
        self.retention_days = retention_days
        self.cluster, self.legacy, self.only_mine = cluster, legacy, only_mine
        ensure_schema(self.engine, Base.metadata, then=_migrate)

    def mine(self) -> ColumnElement[bool] | None:
        """Which sweep rows are this cluster's (None: all)."""
        if self.cluster is None or not self.only_mine:
            return None
        if self.legacy:
            return or_(SweepRow.cluster == self.cluster, SweepRow.cluster.is_(None))
        return SweepRow.cluster == self.cluster

    def _load(self, session: Session, sweep_id: int | None) -> StoredSweep | None:
        if sweep_id is None:
            return None
        sweep = session.get(SweepRow, sweep_id)
        if sweep is None:
            return None
        row = SweepResultRow
        rows = session.execute(
            select(row.node, row.step_id, row.status, row.summary, row.detail).where(row.sweep_id == sweep_id)
        )
        results = tuple(StoredResult(*r) for r in rows)
        return StoredSweep(sweep_id, sweep.finished_at, results)

    def _previous_view(self, session: Session, ids: list[int]) -> StoredSweep | None:
        """What the earlier sweeps (newest first) knew: each node's step as last *checked*. A node that
        could not be reached in the last sweep keeps the state it had before, so its problem is neither
        "resolved" while it is unreachable nor "new" when it is back."""
        sweeps = [s for s in (self._load(session, i) for i in ids) if s is not None]
        if not sweeps:
            return None
        known: dict[tuple[str, str], StoredResult] = {}
        for sweep in sweeps:
            for r in sweep.results:
                held = known.get((r.node, r.step))
                if held is None or (held.status in ("error", "skip") and r.status not in ("error", "skip")):
                    known[(r.node, r.step)] = r
        return StoredSweep(sweeps[0].sweep_id, sweeps[0].finished_at, tuple(known.values()))

    def record(self, nodes: list[NodeHealth], started_at: float) -> SweepRecord:
        """Store a sweep; compare its problems with the previous sweep's."""
        with Session(self.engine) as session:
            previous = _latest_ids(session, LOOKBACK, mine=self.mine())
            sweep = SweepRow(started_at=started_at, finished_at=time.time(), cluster=self.cluster)
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
                            detail=json.dumps(step.to_json()),
                        )
                    )
            session.flush()
            before = self._previous_view(session, previous)
            now = self._load(session, sweep.id)
            assert now is not None
            cutoff = time.time() - self.retention_days * 86400
            old = select(SweepRow.id).where(SweepRow.started_at < cutoff)
            session.execute(delete(SweepResultRow).where(SweepResultRow.sweep_id.in_(old)))
            session.execute(delete(SweepRow).where(SweepRow.started_at < cutoff))
            session.commit()
            new, resolved = _changes(now, before)
            return SweepRecord(now.sweep_id, new, resolved)


def _latest_ids(
    session: Session, count: int, upto: int | None = None, mine: ColumnElement[bool] | None = None
) -> list[int]:
    query = select(SweepRow.id).order_by(SweepRow.id.desc()).limit(count)
    if upto is not None:
        query = query.where(SweepRow.id <= upto)
    if mine is not None:
        query = query.where(mine)
    return list(session.scalars(query))


class HistoryReader:
    """What the summary needs: a sweep (the latest, or a given one), what changed against the one before,
    and the trend."""

    def __init__(self, history: History) -> None:
        self.history = history

    def latest(self, sweep_id: int | None = None) -> tuple[StoredSweep, SweepRecord] | None:
        with Session(self.history.engine) as session:
            ids = _latest_ids(session, LOOKBACK + 1, upto=sweep_id, mine=self.history.mine())
            if not ids or (sweep_id is not None and ids[0] != sweep_id):
                return None
            now = self.history._load(session, ids[0])
            assert now is not None
            before = self.history._previous_view(session, ids[1:])
            new, resolved = _changes(now, before)
            return now, SweepRecord(ids[0], new, resolved)

    def trend(self, runs: int = 7, upto: int | None = None) -> dict[str, list[int]]:
        """Nodes with a problem, per cause (step), over the last `runs` sweeps, oldest first."""
        with Session(self.history.engine) as session:
            ids = list(reversed(_latest_ids(session, runs, upto=upto, mine=self.history.mine())))
            out: dict[str, list[int]] = {}
            for i, sweep_id in enumerate(ids):
                sweep = self.history._load(session, sweep_id)
                assert sweep is not None
                for _, step in sweep.problem_steps():
                    out.setdefault(step, [0] * len(ids))[i] += 1
            return out
