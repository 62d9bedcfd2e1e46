"""The Service table as a node implements it, whichever kube-proxy mode wrote it.

`ipvsadm.parse_ipvsadm` (IPVS mode) and `iptables_nat.parse_kube_proxy_nat` (iptables mode) both return
`VirtualService`s, so the two can be compared directly (`endpoint_table`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

ServiceKey = tuple[str, str, int]
"""(proto, vip, port), e.g. ("UDP", "10.96.0.10", 53)."""


@dataclass(frozen=True)
class RealServer:
    """One backend of a virtual service (an `  -> ip:port Forward Weight ActiveConn InActConn` row).

    From iptables: forward is "DNAT", weight 1, and the connection counts are 0 (the nat table has none).
    """

    ip: str
    port: int
    forward: str
    weight: int
    active: int
    inactive: int


@dataclass(frozen=True)
class VirtualService:
    """A Service address and its backends.

    proto is upper case: "TCP", "UDP", "SCTP", or "FWM" (then vip is the firewall mark and port is 0).
    flags are what ipvsadm prints after the scheduler (`persistent 360`, `ops`, ...), one token each.
    """

    proto: str
    vip: str
    port: int
    scheduler: str
    real_servers: tuple[RealServer, ...] = ()
    flags: tuple[str, ...] = ()

    @property
    def key(self) -> ServiceKey:
        return (self.proto, self.vip, self.port)

    @property
    def endpoints(self) -> frozenset[tuple[str, int]]:
        """The backends as (ip, port), without order (IPVS sorts them, iptables does not)."""
        return frozenset((rs.ip, rs.port) for rs in self.real_servers)


def find_service(services: Iterable[VirtualService], vip: str, port: int, proto: str) -> VirtualService | None:
    """The virtual service for vip:port/proto (proto in any case), or None when the node has none."""
    wanted = (proto.upper(), vip, port)
    return next((vs for vs in services if vs.key == wanted), None)


def endpoint_table(services: Iterable[VirtualService]) -> dict[ServiceKey, frozenset[tuple[str, int]]]:
    """{(proto, vip, port): {(ip, port), ...}}, the mode-independent content of a Service table."""
    table: dict[ServiceKey, frozenset[tuple[str, int]]] = {}
    for vs in services:
        table[vs.key] = table.get(vs.key, frozenset()) | vs.endpoints
    return table
