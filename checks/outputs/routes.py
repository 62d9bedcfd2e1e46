"""Parsers for `ip route` / `ip route show …` and `ip route get ADDRESS`.

Format: ip-route(8) (ROUTE := [TYPE] PREFIX [via ADDR] [dev IF] [proto P] [scope S] [src ADDR] [metric N]
... [onlink]) as printed by iproute2's ip/iproute.c `print_route`; multipath routes continue on indented
`nexthop via … dev …` lines. Calico writes `BLOCK via NODE dev tunl0 proto bird onlink` (IP-in-IP),
`BLOCK via TUNNEL-IP dev vxlan.calico onlink` (VXLAN), `blackhole BLOCK proto 80` for the node's own block
and `POD-IP dev caliXXXX scope link` per local pod.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from checks.outputs._common import address_of, as_network, int_after, lines_of, valid_ip, value_after

ROUTE_TYPES = ("blackhole", "unreachable", "prohibit", "throw", "local", "broadcast", "anycast", "multicast")
"""Route types printed before the prefix; "unicast" is the default and is not printed."""


@dataclass(frozen=True)
class Nexthop:
    """One `nexthop via ADDR dev IF [weight N] [onlink]` of a multipath route."""

    via: str | None
    dev: str | None
    weight: int | None
    onlink: bool


@dataclass(frozen=True)
class Route:
    """One route. dst is a CIDR ("10.40.61.201" becomes "10.40.61.201/32") or "default"."""

    dst: str
    via: str | None
    dev: str | None
    proto: str | None
    scope: str | None
    src: str | None
    onlink: bool
    kind: str | None
    metric: int | None = None
    nexthops: tuple[Nexthop, ...] = ()


@dataclass(frozen=True)
class RouteGet:
    """What `ip route get` answered: the route the kernel picks for one address.

    kind is the route type when printed ("local", "broadcast", ...); error is RTNETLINK's message when the
    kernel refused ("Network is unreachable"), then the other fields are None.
    """

    dst: str | None
    via: str | None
    dev: str | None
    src: str | None
    kind: str | None = None
    error: str | None = None


def _via(tokens: Sequence[str]) -> str | None:
    """The gateway after `via`, also in iproute2's `via inet6 ADDR` form for a cross-family gateway."""
    value = value_after(tokens, "via")
    if value in ("inet", "inet6"):
        value = value_after(tokens[tokens.index("via") + 1 :], value)
    return valid_ip(value)


def _kind_and_dst(tokens: Sequence[str]) -> tuple[str | None, str | None, list[str]]:
    """(type, destination token, the remaining tokens) of a route line, kind None for unicast."""
    kind: str | None = None
    rest = list(tokens)
    if rest and rest[0] in (*ROUTE_TYPES, "unicast"):
        kind = None if rest[0] == "unicast" else rest[0]
        rest = rest[1:]
    if not rest:
        return kind, None, []
    return kind, rest[0], rest[1:]


def _nexthop(line: str) -> Nexthop | None:
    tokens = line.split()
    if not tokens or tokens[0] != "nexthop":
        return None
    return Nexthop(_via(tokens), value_after(tokens, "dev"), int_after(tokens, "weight"), "onlink" in tokens)


def _route(line: str) -> Route | None:
    kind, dst, tokens = _kind_and_dst(line.split())
    if dst is None:
        return None
    if dst != "default":
        network = as_network(dst)
        if network is None:
            return None
        dst = str(network)
    route = Route(
        dst=dst,
        via=_via(tokens),
        dev=value_after(tokens, "dev"),
        proto=value_after(tokens, "proto"),
        scope=value_after(tokens, "scope"),
        src=valid_ip(value_after(tokens, "src")),
        onlink="onlink" in tokens,
        kind=kind,
        metric=int_after(tokens, "metric"),
    )
    described = (route.kind, route.via, route.dev, route.proto, route.scope, route.src, route.metric)
    return route if any(field is not None for field in described) else None  # a bare address is not a route


def parse_routes(text: str) -> list[Route]:
    """The routes listed, in order; lines that are not routes are skipped."""
    routes: list[Route] = []
    for line in lines_of(text):
        if line[:1].isspace():
            hop = _nexthop(line)
            if hop is not None and routes:
                routes[-1] = replace(routes[-1], nexthops=(*routes[-1].nexthops, hop))
            continue
        route = _route(line)
        if route is not None:
            routes.append(route)
    return routes


def _network_of(route: Route, version: int) -> ipaddress.IPv4Network | ipaddress.IPv6Network | None:
    if route.dst != "default":
        return as_network(route.dst)
    gateway = route.via or route.src or (route.nexthops[0].via if route.nexthops else None)
    if gateway is not None and ipaddress.ip_address(gateway).version != version:
        return None
    return ipaddress.ip_network("0.0.0.0/0" if version == 4 else "::/0")


class RouteTable:
    """Routes with their networks parsed once, for many lookups in one table: a sweep looks up every
    peer's block in every node's table (50 nodes: 2,500 lookups). Routes are grouped by prefix length,
    longest first, and keyed by their network number, so a lookup is one dict probe per prefix length."""

    def __init__(self, routes: Iterable[Route]) -> None:
        self.routes = list(routes)
        self._index: dict[int, list[tuple[int, dict[int, Route]]]] = {}

    def _for_version(self, version: int) -> list[tuple[int, dict[int, Route]]]:
        if version not in self._index:
            by_length: dict[int, dict[int, Route]] = {}
            for route in self.routes:
                network = _network_of(route, version)
                if network is None or network.version != version:
                    continue
                key = int(network.network_address)
                same = by_length.setdefault(network.prefixlen, {})
                kept = same.get(key)
                if kept is None or (route.metric or 0) < (kept.metric or 0):  # lowest metric, then first
                    same[key] = route
            bits = 32 if version == 4 else 128
            self._index[version] = [
                (((1 << bits) - 1) ^ ((1 << (bits - length)) - 1), by_length[length])
                for length in sorted(by_length, reverse=True)
            ]
        return self._index[version]

    def lookup(self, ip: str) -> Route | None:
        """The route the kernel would use for `ip`: longest prefix, then lowest metric, then first listed.

        Plain longest-prefix match over the given routes: a blackhole or unreachable route wins when it
        is the most specific. None when no route covers `ip` or `ip` is not an address.
        """
        target = address_of(ip)
        if target is None:
            return None
        number = int(target)
        for mask, routes in self._for_version(target.version):
            found = routes.get(number & mask)
            if found is not None:
                return found
        return None


def route_for(routes: Iterable[Route], ip: str) -> Route | None:
    """`RouteTable(routes).lookup(ip)`: the route the kernel would use for `ip`, for a single lookup."""
    return RouteTable(routes).lookup(ip)


def parse_route_get(text: str) -> RouteGet:
    """The first answer of `ip route get`; all fields None for text that is not one."""
    for line in lines_of(text):
        if line.startswith("RTNETLINK answers:"):
            return RouteGet(None, None, None, None, error=line.partition(":")[2].strip() or None)
        if line[:1].isspace():
            continue
        kind, dst, tokens = _kind_and_dst(line.split())
        address = valid_ip(dst)
        dev = value_after(tokens, "dev")
        if address is not None and (dev is not None or kind is not None):
            return RouteGet(
                address, _via(tokens), value_after(tokens, "dev"), valid_ip(value_after(tokens, "src")), kind
            )
    return RouteGet(None, None, None, None)


DEFAULT_RULES = frozenset({"from all lookup local", "from all lookup main", "from all lookup default"})


def policy_rules(ip_rule: str) -> list[str]:
    """`ip rule` lines beyond the kernel's three defaults (`0: from all lookup local`, `32766: … main`,
    `32767: … default`): source-based or marked routing that `ip route get DST` alone does not show."""
    extra = []
    for line in ip_rule.splitlines():
        prio, sep, rule = line.partition(":")
        if not sep or not prio.strip().isdigit():
            continue
        if " ".join(rule.split()) not in DEFAULT_RULES:
            extra.append(line.strip())
    return extra
