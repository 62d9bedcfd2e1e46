"""The database connection shared by the store, the history and the nightly job: one engine per URL,
and schema creation that tolerates another replica creating the same tables at the same moment."""

from __future__ import annotations

import threading
from collections.abc import Callable

from sqlalchemy import MetaData, create_engine
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

_engines: dict[str, Engine] = {}
_lock = threading.Lock()


def engine_for(url: str) -> Engine:
    with _lock:
        if url not in _engines:
            _engines[url] = create_engine(url, future=True, pool_pre_ping=True)
        return _engines[url]


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
