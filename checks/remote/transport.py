"""SSH to nodes with paramiko, the way users reach them with OpenSSH.

Honoured from the ssh_config: HostName, User, Port, IdentityFile, ProxyJump (chains too) and
ProxyCommand. Host keys are checked against the configured known_hosts only (never AutoAddPolicy):
an unknown key and a changed key are both refused with a message that says which. Every step has a
timeout: TCP connect, SSH banner, authentication, and each exec.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

import paramiko

from checks.errors import AuthFailed, CommandTimeout, HostKeyRejected, NodeError, Unreachable
from checks.remote.batch import CommandResult, as_root, build_script, split_output
from checks.remote.catalog import CatalogCommand
from checks.remote.settings import SshSettings
from checks.remote.ssh_config import SshConfigIndex


@dataclass
class _Hop:
    hostname: str
    port: int
    user: str
    key_files: list[str]
    proxy_jump: str | None
    proxy_command: str | None


@dataclass
class SshConnector:
    """Opens paramiko clients to hosts, following ProxyJump through shared jump-host transports."""

    settings: SshSettings
    _config: SshConfigIndex = field(init=False)
    _jumps: dict[str, paramiko.SSHClient] = field(default_factory=dict, init=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False)
    _known: tuple[tuple[int, int, int], paramiko.HostKeys] | None = field(default=None, init=False)
    _known_lock: threading.Lock = field(default_factory=threading.Lock, init=False)

    def __post_init__(self) -> None:
        self._config = SshConfigIndex.from_path(self.settings.config_file)

    def _hop(self, alias: str) -> _Hop:
        cfg = self._config.lookup(alias)
        keys = list(cfg.get("identityfile", []))
        if self.settings.key_file:
            keys.insert(0, str(self.settings.key_file))
        return _Hop(
            hostname=cfg.get("hostname", alias),
            port=int(cfg.get("port", 22)),
            user=self.settings.user or cfg.get("user") or "root",
            key_files=keys,
            proxy_jump=cfg.get("proxyjump"),
            proxy_command=cfg.get("proxycommand"),
        )

    def _host_keys(self) -> paramiko.HostKeys | None:
        """known_hosts, parsed once per version of the file (re-read when it changes). paramiko's
        HostKeys.load checks every line against every entry before it: a client loading it per connection
        cost O(N^2) a node, O(N^3) a sweep (2.5 s of CPU for 200 nodes, a third of the sweep's)."""
        path = self.settings.known_hosts
        if path is None:
            return None
        try:
            st = path.stat()
        except FileNotFoundError:
            return None
        version = (st.st_ino, st.st_mtime_ns, st.st_size)
        with self._known_lock:
            if self._known is None or self._known[0] != version:
                self._known = (version, paramiko.HostKeys(str(path)))
            return self._known[1]

    def _new_client(self) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        keys = self._host_keys()
        if keys is not None:
            # shared, and only read: RejectPolicy never adds a key, and nothing saves them
            # (what load_host_keys fills, without parsing the file again; the stubs do not declare it)
            client._host_keys = keys  # type: ignore[attr-defined]
        client.set_missing_host_key_policy(paramiko.RejectPolicy())
        return client

    def connect(self, node: str, alias: str) -> paramiko.SSHClient:
        """`node` names the node in messages; `alias` is what the ssh_config is looked up with."""
        return self._connect(node, alias, depth=0)

    def _connect(self, node: str, alias: str, depth: int) -> paramiko.SSHClient:
        if depth > 4:
            raise Unreachable(node, "ProxyJump chain longer than 4 hops")
        hop = self._hop(alias)
        sock: paramiko.Channel | paramiko.ProxyCommand | None = None
        if hop.proxy_jump and hop.proxy_jump.lower() != "none":
            jump_alias = hop.proxy_jump.split(",")[-1].strip()
            jump = self._jump(node, jump_alias, depth)
            transport = jump.get_transport()
            if transport is None:
                raise Unreachable(node, f"jump host {jump_alias} is not connected")
            try:
                sock = transport.open_channel(
                    "direct-tcpip", (hop.hostname, hop.port), ("127.0.0.1", 0), timeout=self.settings.connect_timeout
                )
            except paramiko.ChannelException as err:
                raise Unreachable(
                    node,
                    f"jump host {jump_alias} could not reach {hop.hostname}:{hop.port} "
                    f"({err.text}: the node is down or its sshd is not listening)",
                ) from err
            except (paramiko.SSHException, OSError) as err:
                raise Unreachable(
                    node, f"jump host {jump_alias} could not reach {hop.hostname}:{hop.port} ({err})"
                ) from err
        elif hop.proxy_command:
            sock = paramiko.ProxyCommand(hop.proxy_command)
        client = self._new_client()
        try:
            client.connect(
                hop.hostname,
                port=hop.port,
                username=hop.user,
                key_filename=cast(Any, hop.key_files or None),  # paramiko accepts a list too
                timeout=self.settings.connect_timeout,
                banner_timeout=self.settings.banner_timeout,
                auth_timeout=self.settings.auth_timeout,
                sock=sock,
                allow_agent=False,
                look_for_keys=False,
            )
        except paramiko.BadHostKeyException as err:
            close_quietly(client)
            raise HostKeyRejected(
                node,
                f"host key of {hop.hostname} CHANGED (known_hosts has another key): "
                "refusing to connect; if the node was rebuilt, update known_hosts",
            ) from err
        except paramiko.AuthenticationException as err:
            close_quietly(client)
            raise AuthFailed(node, f"authentication as {hop.user} refused by {hop.hostname}") from err
        except paramiko.SSHException as err:
            close_quietly(client)
            if "not found in known_hosts" in str(err):
                raise HostKeyRejected(
                    node,
                    f"host key of {hop.hostname} is unknown (not in known_hosts): "
                    "refusing to connect; add the node's key to known_hosts",
                ) from err
            raise Unreachable(node, f"SSH to {hop.hostname}:{hop.port} failed: {err}") from err
        except (OSError, EOFError) as err:
            close_quietly(client)
            raise Unreachable(
                node, f"cannot connect to {hop.hostname}:{hop.port}: {err or type(err).__name__}"
            ) from err
        transport = client.get_transport()
        if transport is not None:
            transport.set_keepalive(self.settings.keepalive)
        return client

    def _jump(self, node: str, alias: str, depth: int) -> paramiko.SSHClient:
        with self._lock:
            client = self._jumps.get(alias)
            transport = client.get_transport() if client else None
            if client is None or transport is None or not transport.is_active():
                try:
                    client = self._connect(alias, alias, depth + 1)
                except NodeError as err:
                    raise Unreachable(node, f"via jump host: {err}") from err
                self._jumps[alias] = client
            return client

    def close(self) -> None:
        with self._lock:
            for client in self._jumps.values():
                close_quietly(client)
            self._jumps.clear()


def close_quietly(client: paramiko.SSHClient) -> None:
    """Close a connection whose far end or jump-host proxy may be gone already: closing it sends a last packet, and a
    dead `ProxyCommand` (the bastion's socat) raises `ProxyCommandFailure` there (found by CI: a diagnosis finished,
    then `podnet diagnose` died on closing). Nothing is left to save on that connection, so the error is dropped."""
    with contextlib.suppress(paramiko.SSHException, OSError, EOFError):
        client.close()


def exec_batch(
    client: paramiko.SSHClient,
    node: str,
    commands: Sequence[CatalogCommand],
    *,
    sudo: bool = False,
    open_timeout: float = 10.0,
    deadline: float | None = None,
) -> list[CommandResult]:
    """Run the commands in one exec; returns one result per command, in order.

    The whole batch has one deadline (`deadline` seconds, default: the commands' own timeouts plus 10 s),
    covering the exec request, every read and the close: `settimeout` alone bounds each read, so an sshd
    that accepts the exec and never answers it, or trickles a byte every few seconds, would hold the
    caller forever. A watchdog closes the channel when the deadline passes, which ends whatever paramiko
    is waiting on. Opening the session has its own, short deadline: a connection that died silently
    fails there, not after the whole budget."""
    script, nonce = build_script(commands, sudo=sudo)
    budget = deadline if deadline is not None else sum(c.timeout for c in commands) + 10
    started = time.monotonic()
    transport = client.get_transport()
    if transport is None:
        raise Unreachable(node, "not connected")
    try:
        channel = transport.open_session(timeout=open_timeout)
    except (paramiko.SSHException, OSError, EOFError) as err:
        raise Unreachable(node, f"could not open a session: {err or type(err).__name__}") from err
    expired = threading.Event()

    def expire() -> None:
        expired.set()
        # the connection may have died as well: whatever waited on the channel has ended then too
        with contextlib.suppress(paramiko.SSHException, OSError, EOFError):
            channel.close()

    watchdog = threading.Timer(budget, expire)
    watchdog.daemon = True
    watchdog.start()
    try:
        channel.settimeout(budget)
        channel.exec_command(script)
        text = channel.makefile("rb").read().decode(errors="replace")
        # a transport that dies mid-batch ends the read like an EOF: tell it from a finished batch
        channel.status_event.wait(open_timeout)
        if expired.is_set():
            raise TimeoutError
        if channel.exit_status == -1 and not transport.is_active():
            raise Unreachable(node, "connection lost while running commands")
    except TimeoutError as err:
        raise CommandTimeout(node, f"timed out after {budget:.0f} s (the node did not finish the commands)") from err
    except (paramiko.SSHException, OSError, EOFError) as err:
        if expired.is_set():
            raise CommandTimeout(node, f"timed out after {budget:.0f} s (the node did not answer)") from err
        raise Unreachable(node, f"connection lost while running commands: {err}") from err
    finally:
        watchdog.cancel()
        channel.close()  # the transport may be kept open for the next diagnosis: no channel left behind
    return split_output(text, nonce, commands, node, time.monotonic() - started)


@dataclass
class Stream:
    """A long-running command (a capture) whose stderr is watched for readiness."""

    channel: paramiko.Channel
    command: CatalogCommand
    node: str
    started: float
    on_finish: Callable[[CommandResult], None] | None = None  # the runner's audit

    def _finished(self, result: CommandResult) -> CommandResult:
        if self.on_finish is not None:
            self.on_finish(result)
        return result

    def wait_ready(self, marker: str, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        seen = b""
        while time.monotonic() < deadline:
            if self.channel.recv_stderr_ready():
                seen += self.channel.recv_stderr(4096)
                if marker.encode() in seen:
                    return True
            elif self.channel.exit_status_ready():
                return False
            else:
                self.channel.status_event.wait(0.01)
        return False

    def cancel(self) -> None:
        self.channel.close()

    def finish(self) -> CommandResult:
        deadline = time.monotonic() + self.command.timeout
        out = b""
        while True:
            if self.channel.recv_ready():
                out += self.channel.recv(65536)
                continue
            if self.channel.exit_status_ready() and not self.channel.recv_ready():
                break
            if time.monotonic() > deadline:
                self.channel.close()
                return self._finished(
                    CommandResult(
                        self.command,
                        self.node,
                        None,
                        out.decode(errors="replace"),
                        time.monotonic() - self.started,
                        "capture did not stop in time",
                    )
                )
            self.channel.status_event.wait(0.02)
        while self.channel.recv_stderr_ready():
            self.channel.recv_stderr(65536)
        status = self.channel.recv_exit_status()
        self.channel.close()
        return self._finished(
            CommandResult(
                self.command, self.node, status, out.decode(errors="replace"), time.monotonic() - self.started
            )
        )


def start_stream(client: paramiko.SSHClient, node: str, command: CatalogCommand, *, sudo: bool = False) -> Stream:
    transport = client.get_transport()
    if transport is None:
        raise Unreachable(node, "not connected")
    try:
        channel = transport.open_session(timeout=10)
        channel.exec_command(as_root(command) if sudo else command.line)
    except (paramiko.SSHException, OSError) as err:
        raise Unreachable(node, f"could not start {command.argv[0]}: {err}") from err
    return Stream(channel, command, node, time.monotonic())
