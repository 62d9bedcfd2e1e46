"""The database connection shared by the store, the history and the nightly job: one engine per URL,
and schema creation that tolerates another replica creating the same tables at the same moment."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import MetaData, create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

_engines: dict[str, Engine] = {}
_lock = threading.Lock()


BUSY_TIMEOUT = 1.0  # seconds a statement waits for a locked SQLite file / a PostgreSQL connection


def engine_for(url: str) -> Engine:
    """One engine per URL. Waits are short: the store sits near Slack's 3-second acknowledgement, so a
    locked SQLite file or an unreachable PostgreSQL fails fast (the callers fall back) instead of hanging.
    SQLite runs in WAL mode, so readers never wait for the writer."""
    with _lock:
        if url not in _engines:
            if url.startswith("sqlite"):
                engine = create_engine(url, future=True, pool_pre_ping=True, connect_args={"timeout": BUSY_TIMEOUT})
                event.listen(engine, "connect", _sqlite_pragmas)
            elif url.startswith("postgresql"):
                engine = create_engine(
                    url, future=True, pool_pre_ping=True, pool_timeout=BUSY_TIMEOUT, connect_args={"connect_timeout": 2}
                )
            else:
                engine = create_engine(url, future=True, pool_pre_ping=True)
            _engines[url] = engine
        return _engines[url]


def _sqlite_pragmas(connection: Any, record: Any) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT * 1000)}")
    cursor.close()


def ensure_schema(engine: Engine, metadata: MetaData, then: Callable[[Engine], None] | None = None) -> None:
    """create_all checks, then creates: two replicas starting on an empty database can both see a table
    missing and one of them fails with "already exists" (PostgreSQL: a unique violation in pg_type).
    Trying again then finds the table there."""
    for attempt in range(3):
        try:
            metadata.create_all(engine)
            if then is not None:
                then(engine)
            return
        except DBAPIError:
            if attempt == 2:
                raise


def dispose_all() -> None:
    """Close every pooled connection (tests, before their database server stops)."""
    with _lock:
        for engine in _engines.values():
            engine.dispose()
        _engines.clear()
