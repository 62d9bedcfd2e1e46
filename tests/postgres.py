"""A throw-away PostgreSQL server for the tests: Debian's binaries (installed by scripts/setup.sh),
a fresh cluster made with `initdb` under a temp dir, listening on a unix socket only (no TCP port),
started and stopped with `pg_ctl`. Each test gets its own database in it.

PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` system user that
Debian's package creates; clients connect over the socket as the cluster's superuser `podnet` (trust
authentication: only processes that can reach the socket directory can connect)."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from lab.procs import alive

PREFIX = "podnet-pg-"


def _bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=lambda p: int(p.split("/")[4]))
    if not found:
        raise RuntimeError(
            f"PostgreSQL's {name} is not installed: run `bash scripts/setup.sh` (it installs Debian's postgresql)"
        )
    return found[-1]


def _as_owner(argv: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return argv
    return [shutil.which("runuser") or "/usr/sbin/runuser", "-u", "postgres", "--", *argv]


def _pg_ctl(data: str, *args: str) -> None:
    subprocess.run(_as_owner([_bin("pg_ctl"), "-D", data, *args]), check=False, capture_output=True)


def _stop_leftovers() -> None:
    """Servers left by a test run that was killed: stop them and remove their directories. A server
    whose test run is still alive (another run on this machine) is left alone."""
    for old in glob.glob(os.path.join(tempfile.gettempdir(), PREFIX + "*")):
        try:
            owner = int(Path(old, "owner.pid").read_text())
        except (OSError, ValueError):
            owner = 0
        if owner and alive(owner):
            continue
        data = os.path.join(old, "data")
        if os.path.exists(os.path.join(data, "postmaster.pid")):
            _pg_ctl(data, "-m", "immediate", "stop")
        shutil.rmtree(old, ignore_errors=True)


@dataclass
class PostgresServer:
    root: Path

    @property
    def socket_dir(self) -> Path:
        return self.root / "socket"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://podnet@/{database}?host={self.socket_dir}"

    def create_database(self) -> str:
        """A new empty database; returns its SQLAlchemy URL."""
        name = "t_" + uuid.uuid4().hex[:12]
        psql = [_bin("psql"), "-h", str(self.socket_dir), "-U", "podnet", "-d", "postgres"]
        subprocess.run(
            [*psql, "-qc", f"CREATE DATABASE {name}"],
            check=True,
            capture_output=True,
        )
        return self.url(name)

    def stop(self) -> None:
        """An outage: the server shuts down (its data stays); `start` brings it back."""
        _pg_ctl(str(self.root / "data"), "-m", "fast", "-w", "stop")

    def start(self) -> None:
        _start(self.root)


def _start(root: Path) -> None:
    subprocess.run(
        _as_owner(
            [
                _bin("pg_ctl"),
                "-D",
                str(root / "data"),
                "-l",
                str(root / "server.log"),
                "-w",  # wait until it accepts connections
                "-o",
                f"-c listen_addresses='' -k {root / 'socket'} -c fsync=off",
                "start",
            ]
        ),
        check=True,
        capture_output=True,
    )


@contextmanager
def postgres_server() -> Iterator[PostgresServer]:
    _stop_leftovers()
    root = Path(tempfile.mkdtemp(prefix=PREFIX))
    (root / "owner.pid").write_text(str(os.getpid()))  # which test run this server belongs to
    data, sock = root / "data", root / "socket"
    sock.mkdir()
    if os.geteuid() == 0:
        owner = pwd.getpwnam("postgres")
        for path in (root, sock):
            os.chown(path, owner.pw_uid, owner.pw_gid)
    try:
        subprocess.run(
            _as_owner([_bin("initdb"), "-D", str(data), "-U", "podnet", "--auth=trust", "-E", "UTF8", "--no-sync"]),
            check=True,
            capture_output=True,
        )
        _start(root)
        yield PostgresServer(root)
    finally:
        _pg_ctl(str(data), "-m", "fast", "-w", "stop")
        shutil.rmtree(root, ignore_errors=True)
