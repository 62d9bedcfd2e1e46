"""STAND-IN for `ipvsadm` on lab nodes (this machine's kernel has no IP_VS module).

It prints the node's Service table in real `ipvsadm -Ln` format. The table is read live from the node's
kube-proxy NAT rules (`iptables-save -t nat -c`, the rules that really translate the lab's traffic), so
what it prints is what the node actually does: a rule removed by a fault is a virtual service gone.
The DNAT packet counters stand in for the connection counters (the nat table sees only the first packet
of each connection, so they count connections).

Supported: -L/--list, -l, -n/--numeric, -t/-u SERVICE-ADDRESS (filter to one virtual service), -h.
In iptables mode the node's IPVS table is empty, as on a real iptables-mode node.
"""

from __future__ import annotations

import ipaddress
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

HEADER = (
    "IP Virtual Server version 1.2.1 (size=4096)\n"
    "Prot LocalAddress:Port Scheduler Flags\n"
    "  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn\n"
)
USAGE = """ipvsadm v1.31 2019/12/24 (compiled with popt and IPVS v1.2.1)  [podnet lab stand-in]
Usage:
  ipvsadm -L|l [virtual-service] [options]
Options:
  --tcp-service  -t service-address   service-address is host:port
  --udp-service  -u service-address   service-address is host:port
  --numeric      -n                   numeric output of addresses and ports
"""

_SERVICE = re.compile(
    r"-A KUBE-SERVICES -d (?P<vip>[\d.]+)/32 -p (?P<proto>tcp|udp) .*--dport (?P<port>\d+) -j (?P<chain>KUBE-SVC-\w+)"
)
_JUMP = re.compile(r"-A (?P<chain>KUBE-SVC-\w+) .*-j (?P<sep>KUBE-SEP-\w+)")
_DNAT = re.compile(r"^(?:\[(?P<pkts>\d+):\d+\] )?-A (?P<sep>KUBE-SEP-\w+) .*--to-destination (?P<dest>[\d.]+:\d+)")


@dataclass
class VirtualService:
    proto: str
    vip: str
    port: int
    chain: str
    dests: list[tuple[str, int, int]] = field(default_factory=list)  # (ip, port, connections)


def table_from_iptables_save(text: str) -> list[VirtualService]:
    services: dict[str, VirtualService] = {}
    seps: dict[str, list[str]] = {}
    dnat: dict[str, tuple[str, int]] = {}
    for raw in text.splitlines():
        line = re.sub(r"^\[\d+:\d+\] ", "", raw)
        if m := _SERVICE.search(line):
            services[m["chain"]] = VirtualService(m["proto"].upper(), m["vip"], int(m["port"]), m["chain"])
        elif m := _JUMP.search(line):
            seps.setdefault(m["chain"], []).append(m["sep"])
        if m := _DNAT.search(raw):
            dnat[m["sep"]] = (m["dest"], int(m["pkts"] or 0))
    for chain, vs in services.items():
        for sep in seps.get(chain, []):
            if sep in dnat:
                dest, count = dnat[sep]
                ip, port = dest.rsplit(":", 1)
                vs.dests.append((ip, int(port), count))
    return list(services.values())


def _sort_key(vs: VirtualService) -> tuple[int, int, int]:
    return ({"TCP": 6, "UDP": 17}[vs.proto], int(ipaddress.ip_address(vs.vip)), vs.port)


def render(table: list[VirtualService]) -> str:
    out = [HEADER]
    for vs in sorted(table, key=_sort_key):
        out.append(f"{vs.proto}  {vs.vip}:{vs.port} rr\n")
        for ip, port, count in sorted(vs.dests, key=lambda d: (int(ipaddress.ip_address(d[0])), d[1])):
            # finished connections: the nat table counts each connection's first packet only
            out.append(f"  -> {f'{ip}:{port}':<28} {'Masq':<7} {1:<6} {0:<10} {count:<10}\n")
    return "".join(out)


def _mode() -> str:
    state = Path(os.environ.get("PODNET_LAB_DIR", "/run/podnet-lab")) / "state.json"
    try:
        return str(json.loads(state.read_text())["kube_proxy_mode"])
    except (OSError, ValueError, KeyError):
        return "ipvs"


def main(argv: list[str]) -> int:
    listing, service = False, None
    args = list(argv)
    while args:
        arg = args.pop(0)
        if arg in ("-h", "--help"):
            sys.stdout.write(USAGE)
            return 0
        if arg in ("-L", "-l", "--list"):
            listing = True
        elif arg in ("-n", "--numeric"):
            pass
        elif re.fullmatch(r"-[Lln]+", arg):
            listing = True
        elif arg in ("-t", "--tcp-service", "-u", "--udp-service") and args:
            service = ("TCP" if arg in ("-t", "--tcp-service") else "UDP", args.pop(0))
        else:
            sys.stderr.write(f"ipvsadm: invalid option -- '{arg}'\n{USAGE}")
            return 2
    if not listing and service is None:
        listing = True  # plain `ipvsadm` lists, as the real one does
    table: list[VirtualService] = []
    if _mode() == "ipvs":
        save = subprocess.run(["iptables-save", "-t", "nat", "-c"], capture_output=True, text=True, check=False)
        if save.returncode != 0:
            sys.stderr.write("Can't initialize ipvs: Protocol not available\n")
            return 1
        table = table_from_iptables_save(save.stdout)
    if service is not None:
        proto, address = service
        table = [vs for vs in table if vs.proto == proto and f"{vs.vip}:{vs.port}" == address]
        if not table:
            sys.stderr.write("No such service\n")
            return 1
    sys.stdout.write(render(table))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
