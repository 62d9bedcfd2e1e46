"""The store near Slack's acknowledgement: a locked SQLite file or a PostgreSQL that is down costs at most
the short busy timeout, never the 3-second ack; event ids are then remembered in memory. Start-up keeps
trying a database that is not there yet, for as long as it is told to."""

from __future__ import annotations

import logging
import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from bot.storage.db import BUSY_TIMEOUT
from bot.storage.store import Store
from tests.postgres import postgres_server

NO_SERVER = "postgresql+psycopg://podnet@/podnet?host=/nonexistent/podnet-test-socket-dir"


def test_a_locked_sqlite_file_falls_back_to_memory_within_the_busy_timeout(tmp_path: Path) -> None:
    path = tmp_path / "podnet.db"
    store = Store(f"sqlite:///{path}")
    assert store.claim_event("Ev1") is True and store.claim_event("Ev1") is False  # the database's answer
    assert store.problem() is None
    holder = sqlite3.connect(path, timeout=0, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another process holds the write lock
    try:
        started = time.monotonic()
        first = store.claim_event("Ev2")
        again = store.claim_event("Ev2")
        elapsed = time.monotonic() - started
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert (first, again) == (True, False)  # deduplicated in memory while the file is locked
    assert elapsed < 2 * BUSY_TIMEOUT + 1.5, elapsed  # two claims, each at most the busy timeout: far from 3 s


def test_postgresql_down_fails_fast_at_start_up_unless_told_to_wait(caplog: pytest.LogCaptureFixture) -> None:
    started = time.monotonic()
    with pytest.raises(OperationalError):
        Store(NO_SERVER)
    assert time.monotonic() - started < 5
    with caplog.at_level(logging.WARNING, logger="podnet.store"), pytest.raises(OperationalError):
        Store(NO_SERVER, wait=2.5)
    retries = [r for r in caplog.records if "not reachable yet" in r.getMessage()]
    assert len(retries) >= 1  # it tried again before giving up


def test_postgresql_going_down_under_a_running_store() -> None:
    with postgres_server() as server:
        store = Store(server.create_database())
        assert store.claim_event("Ev1") is True
    # the server is gone now
    started = time.monotonic()
    assert store.claim_event("Ev2") is True and store.claim_event("Ev2") is False
    assert time.monotonic() - started < 3.0
    assert "database is unavailable" in (store.problem() or "")
