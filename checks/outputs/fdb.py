"""Parsers for `bridge fdb show dev vxlan.calico` and `ip neigh show dev DEV`.

Format: bridge(8) "bridge fdb show" (`MAC [dev IF] [dst ADDR] [vlan N] [self] [master BR] [permanent]`;
`dev` is omitted when the command filtered on one) and ip-neighbour(8) (`ADDR [dev IF] [lladdr MAC]
[router] STATE`). Calico VXLAN writes one permanent FDB entry (peer VTEP MAC -> peer node IP) and one
permanent neighbour (peer tunnel IP -> peer VTEP MAC) per remote node.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checks.outputs._common import lines_of, valid_ip, value_after

_MAC = re.compile(r"^[0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){5}$")
NEIGH_STATES = frozenset({"PERMANENT", "NOARP", "REACHABLE", "STALE", "NONE", "INCOMPLETE", "DELAY", "PROBE", "FAILED"})
_FDB_FLAGS = frozenset({"self", "master", "permanent", "static", "dynamic", "extern_learn", "router", "offload"})


@dataclass(frozen=True)
class FdbEntry:
    """A forwarding entry: frames for mac leave dev towards dst (the peer VTEP's IP for VXLAN)."""

    mac: str
    dev: str | None
    dst: str | None
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Neighbour:
    """A neighbour entry; lladdr is None for unresolved (FAILED/INCOMPLETE) entries."""

    ip: str
    lladdr: str | None
    state: str | None
    dev: str | None = None


def _mac_or_none(text: str | None) -> str | None:
    return text.lower() if text is not None and _MAC.match(text) else None


def parse_fdb(text: str, dev: str | None = None) -> list[FdbEntry]:
    """The FDB entries listed; `dev` fills in the device when the command was `... show dev DEV`."""
    entries: list[FdbEntry] = []
    for line in lines_of(text):
        tokens = line.split()
        mac = _mac_or_none(tokens[0])
        if mac is None:
            continue
        flags = tuple(t for t in tokens[1:] if t in _FDB_FLAGS)
        entries.append(FdbEntry(mac, value_after(tokens, "dev") or dev, valid_ip(value_after(tokens, "dst")), flags))
    return entries


def parse_neigh(text: str, dev: str | None = None) -> list[Neighbour]:
    """The neighbours listed; `dev` fills in the device when the command was `... show dev DEV`."""
    neighbours: list[Neighbour] = []
    for line in lines_of(text):
        tokens = line.split()
        ip = valid_ip(tokens[0])
        if ip is None:
            continue
        state = next((t for t in reversed(tokens) if t in NEIGH_STATES), None)
        neighbours.append(
            Neighbour(ip, _mac_or_none(value_after(tokens, "lladdr")), state, value_after(tokens, "dev") or dev)
        )
    return neighbours
