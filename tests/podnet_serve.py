"""Starting the real `podnet serve` process against the Slack stand-in (tests and benchmarks share it).

Readiness is observed: in Socket Mode, the stand-in sees the websocket connect; in HTTP mode, the
process says it is listening."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests.slack_standin import SlackStandIn


@dataclass
class ServeProcess:
    proc: subprocess.Popen[str]
    url: str | None  # HTTP mode: the Request URL
    database_url: str
    health_url: str | None = None  # /healthz, /readyz, /metrics (each process on a port of its own)
    stderr: list[str] = field(default_factory=list)
    logged: threading.Condition = field(default_factory=threading.Condition)

    def wait_for_line(self, text: str, timeout: float = 30, *, count: int = 1) -> str:
        """The `count`-th line of the process's log containing `text` (waits on each new line, no polling)."""

        def found() -> str | None:
            lines = [line for line in self.stderr if text in line]
            return lines[count - 1] if len(lines) >= count else None

        with self.logged:
            line = self.logged.wait_for(found, timeout)
        if not line:
            raise AssertionError(f"podnet serve never logged {text!r} {count} time(s):\n" + "".join(self.stderr[-40:]))
        return line

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=20)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_serve(
    slack: SlackStandIn,
    cwd: Path,
    *,
    http: bool,
    env: dict[str, str],
    before_ready: Callable[[ServeProcess], None] | None = None,
) -> ServeProcess:
    """`podnet serve` started and ready; `before_ready` runs once the process is up, before readiness is
    awaited (to make ready what it waits for, e.g. a database started late)."""
    full_env = {
        "PATH": "/usr/bin:/bin",
        **env,
        "SLACK_BOT_TOKEN": slack.bot_token,
        "SLACK_APP_TOKEN": "" if http else slack.app_token,
        "SLACK_SIGNING_SECRET": slack.signing_secret if http else "",
        "PODNET_SLACK_API_URL": slack.api_url,
    }
    # this checkout's code, not wherever the venv's editable install points (a worktree shares the venv)
    full_env.setdefault("PYTHONPATH", str(Path(__file__).resolve().parents[1]))
    full_env.setdefault("PODNET_DATABASE_URL", f"sqlite:///{cwd / 'podnet.db'}")
    full_env.setdefault("PODNET_CHANNELS", "C0LAB")  # closed by default: the stand-in's channel is allowed
    # a test module pastes far more than a person would: the per-user and per-channel rates are not its subject
    full_env.setdefault("PODNET_USER_RATE", "1000")
    full_env.setdefault("PODNET_CHANNEL_RATE", "10000")
    port = free_port()
    full_env.setdefault("PODNET_HEALTH_HOST", "127.0.0.1")
    # several replicas may run side by side: each its own health port, never the HTTP mode port
    full_env.setdefault("PODNET_HEALTH_PORT", str(next(p for p in iter(free_port, None) if p != port)))
    argv = [
        sys.executable,
        "-m",
        "bot.cli.main",
        "serve",
        *(["--http", "--port", str(port), "--host", "127.0.0.1"] if http else []),
    ]
    proc = subprocess.Popen(argv, cwd=cwd, env=full_env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    health = full_env["PODNET_HEALTH_PORT"]
    running = ServeProcess(
        proc,
        f"http://127.0.0.1:{port}/slack/events" if http else None,
        full_env["PODNET_DATABASE_URL"],
        f"http://{full_env['PODNET_HEALTH_HOST']}:{health}" if health != "0" else None,
    )
    listening = threading.Event()

    def pump() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            with running.logged:
                running.stderr.append(line)
                running.logged.notify_all()
            if "listening on" in line:
                listening.set()

    threading.Thread(target=pump, daemon=True).start()
    if before_ready is not None:
        before_ready(running)
    if http:
        if not listening.wait(30):
            running.stop()
            raise RuntimeError("podnet serve --http did not start:\n" + "".join(running.stderr))
    else:
        slack.wait_for_connection(timeout=30)
        # the stand-in saw the websocket open; the client counts itself connected once its connect()
        # returns, after which podnet says so
        running.wait_for_line("podnet: Socket Mode connected")
    return running
