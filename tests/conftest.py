"""Fixtures shared by unit and lab tests: the databases podnet's history runs on."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.postgres import PostgresServer, postgres_server


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    from bot.storage.db import dispose_all

    with postgres_server() as server:
        yield server
        dispose_all()  # the pooled connections go before the server does


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database: a SQLite file, or a new database on the test suite's PostgreSQL server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'podnet.db'}"
    server: PostgresServer = request.getfixturevalue("postgres")
    return server.create_database()
