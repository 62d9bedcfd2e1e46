"""Parser for `ipvsadm -Ln` (and the runbook's `ipvsadm -Ln | grep -A 3 10.96.0.10`).

Format: ipvsadm(8), "-L, -l, --list" and the list printer `print_service_entry` in ipvsadm.c. A virtual
service line is `PROTO  ADDR:PORT SCHEDULER [FLAGS...]` (`FWM  MARK SCHEDULER ...` for firewall marks,
`[v6]:port` for IPv6) and each real server is `  -> ADDR:PORT  Forward Weight ActiveConn InActConn`.
Header lines, grep's `--` separators, `--stats`/`--rate` rows and anything else are skipped; `-n` is
assumed (names instead of numbers are skipped).
"""

from __future__ import annotations

import re

from checks.outputs._common import split_host_port, to_int
from checks.outputs.services import RealServer, VirtualService

_SERVICE = re.compile(r"^(?P<proto>TCP|UDP|SCTP)\s+(?P<addr>\S+)\s+(?P<sched>[\w-]+)(?P<flags>.*)$")
_FWM = re.compile(r"^FWM\s+(?P<mark>\d+)\s+(?P<sched>[\w-]+)(?P<flags>.*)$")
_REAL = re.compile(
    r"^\s*->\s+(?P<addr>\S+)\s+(?P<fwd>[A-Za-z]+)\s+(?P<weight>\d+)\s+(?P<active>\d+)\s+(?P<inactive>\d+)\s*$"
)


def _service(line: str) -> VirtualService | None:
    if match := _FWM.match(line):
        mark = int(match["mark"])
        return VirtualService("FWM", str(mark), 0, match["sched"], (), tuple(match["flags"].split()))
    match = _SERVICE.match(line)
    address = split_host_port(match["addr"]) if match else None
    if match is None or address is None:
        return None
    return VirtualService(match["proto"], address[0], address[1], match["sched"], (), tuple(match["flags"].split()))


def _real_server(line: str) -> RealServer | None:
    match = _REAL.match(line)
    address = split_host_port(match["addr"]) if match else None
    if match is None or address is None:
        return None
    weight, active, inactive = (to_int(match[g]) or 0 for g in ("weight", "active", "inactive"))
    return RealServer(address[0], address[1], match["fwd"], weight, active, inactive)


def parse_ipvsadm(text: str) -> list[VirtualService]:
    """The virtual services listed, each with its real servers, in the order printed."""
    found: list[tuple[VirtualService, list[RealServer]]] = []
    current: list[RealServer] | None = None
    for line in text.splitlines():
        if line.strip() == "--":  # grep -A's separator: what follows is not a continuation
            current = None
        elif (service := _service(line.strip())) is not None:
            current = []
            found.append((service, current))
        elif current is not None and (real := _real_server(line)) is not None:
            current.append(real)
    return [VirtualService(vs.proto, vs.vip, vs.port, vs.scheduler, tuple(reals), vs.flags) for vs, reals in found]
