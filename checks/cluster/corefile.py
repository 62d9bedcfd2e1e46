"""CoreDNS's Corefile (the `Corefile` key of the `coredns` ConfigMap), read as CoreDNS's caddyfile lexer
reads it: server blocks (`ZONE[:PORT] ... {`), one directive per line with its arguments, a `{ ... }`
block of options after a directive, `#` comments, quoted tokens. Snippets (`(name) { ... }`) and
`import` are kept out of the server blocks (their text is not expanded here).

What the ladder needs of it: for each server block, its zones and port, the plugins it enables, the
`forward` targets (addresses, `dns://`/`tls://` URLs, or `/etc/resolv.conf`-style files), and the zones
of the `kubernetes` plugin (the cluster domain). Format: https://coredns.io/manual/configuration/ and
the plugin pages (https://coredns.io/plugins/forward/, /plugins/kubernetes/, /plugins/loop/).
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass

_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}]|[^\s{}"]+')


@dataclass(frozen=True)
class ForwardTarget:
    """One `forward` destination: `text` as written; `address`/`port` for an IP target (port 53 unless
    given), `path` for a resolv.conf-style file (CoreDNS reads its `nameserver` lines)."""

    text: str
    address: str | None = None
    port: int = 53
    path: str | None = None

    @property
    def loopback(self) -> bool:
        return self.address is not None and ipaddress.ip_address(self.address).is_loopback


@dataclass(frozen=True)
class Forward:
    zone: str
    targets: tuple[ForwardTarget, ...]


@dataclass(frozen=True)
class ServerBlock:
    zones: tuple[str, ...]  # "." / "cluster.local." (normalised: lower case, trailing dot)
    port: int
    plugins: tuple[str, ...]
    forwards: tuple[Forward, ...] = ()
    kubernetes_zones: tuple[str, ...] = ()

    def has(self, plugin: str) -> bool:
        return plugin in self.plugins


@dataclass(frozen=True)
class Corefile:
    servers: tuple[ServerBlock, ...]

    @property
    def cluster_domain(self) -> str | None:
        """The first zone of the `kubernetes` plugin that is not a reverse zone ("cluster.local")."""
        for server in self.servers:
            for zone in server.kubernetes_zones or (server.zones if server.has("kubernetes") else ()):
                if not zone.endswith((".arpa.", ".arpa")) and zone != ".":
                    return zone.rstrip(".")
        return None

    @property
    def root(self) -> ServerBlock | None:
        """The server block that answers names outside every other zone ("." on port 53)."""
        return next((s for s in self.servers if "." in s.zones and s.port == 53), None)

    def upstreams(self) -> tuple[ForwardTarget, ...]:
        """Where names outside the cluster go: the root block's `forward .` targets."""
        root = self.root
        if root is None:
            return ()
        return next((f.targets for f in root.forwards if f.zone == "."), ())


def _zone(text: str) -> tuple[str, int]:
    """`.:53`, `cluster.local:53`, `dns://.:5353`, `example.org` → (zone with trailing dot, port)."""
    text = re.sub(r"^[a-z]+://", "", text)
    zone, _, port = text.rpartition(":") if re.search(r":\d+$", text) else (text, "", "53")
    zone = zone.lower() or "."
    return (zone if zone.endswith(".") else zone + "."), int(port)


def _target(text: str) -> ForwardTarget:
    bare = re.sub(r"^(?:dns|tls|https|grpc)://", "", text)
    if bare.startswith("/"):
        return ForwardTarget(text, path=bare)
    host, port = bare, 53
    m = re.fullmatch(r"\[(?P<h>[0-9A-Fa-f:.]+)\](?::(?P<p>\d{1,5}))?", bare) or re.fullmatch(
        r"(?P<h>[0-9.]+)(?::(?P<p>\d{1,5}))?", bare
    )
    if m:
        host, port = m["h"], int(m["p"] or (853 if text.startswith("tls://") else 53))
    try:
        return ForwardTarget(text, address=str(ipaddress.ip_address(host)), port=port)
    except ValueError:
        return ForwardTarget(text)


def _lines(text: str) -> list[list[str]]:
    """Tokens per line, comments dropped, braces as their own tokens."""
    out = []
    for raw in text.splitlines():
        line = re.sub(r"(^|\s)#.*$", "", raw)
        tokens = [t[1:-1] if t.startswith('"') else t for t in _TOKEN.findall(line)]
        if tokens:
            out.append(tokens)
    return out


def parse_corefile(text: str) -> Corefile:
    """Every server block of a Corefile. Unbalanced braces end the current block at the end of the text."""
    servers: list[ServerBlock] = []
    tokens = [t for line in _lines(text) for t in (*line, "\n")]
    i = 0
    while i < len(tokens):
        keys: list[str] = []  # a server block's keys run up to its "{"
        while i < len(tokens) and tokens[i] != "{":
            if tokens[i] != "\n":
                keys.append(tokens[i])
            i += 1
        i += 1
        depth, body, current = 1, [], []
        while i < len(tokens) and depth > 0:
            t = tokens[i]
            i += 1
            if t == "{":
                depth += 1
            elif t == "}":
                depth -= 1
            elif t != "\n" and depth == 1:
                current.append(t)  # a directive and its arguments; deeper lines are its options
            if t in ("\n", "{") or depth == 0:
                if current:
                    body.append(current)
                current = []
        if keys and not keys[0].startswith("("):  # not a snippet, not trailing text
            servers.append(_server(keys, body))
    return Corefile(tuple(servers))


def _server(keys: list[str], body: list[list[str]]) -> ServerBlock:
    zones_ports = [_zone(k) for k in keys]
    plugins: list[str] = []
    forwards: list[Forward] = []
    kube_zones: tuple[str, ...] = ()
    for words in body:
        name, args = words[0], words[1:]
        plugins.append(name)
        if name == "forward" and args:
            zone, _ = _zone(args[0])
            forwards.append(Forward(zone, tuple(_target(a) for a in args[1:])))
        elif name == "kubernetes":
            kube_zones = tuple(_zone(a)[0] for a in args) or tuple(z for z, _ in zones_ports)
    return ServerBlock(
        tuple(z for z, _ in zones_ports),
        zones_ports[0][1] if zones_ports else 53,
        tuple(plugins),
        tuple(forwards),
        kube_zones,
    )
