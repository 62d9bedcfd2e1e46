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

# Only cheap imports, and run as `python -I -S lab/standins/ipvsadm.py`: every sweep runs this on every
# node, and a real ipvsadm costs about a millisecond. With dataclasses, json, pathlib, subprocess,
# ipaddress and re it cost 32 ms of CPU a call, a fifth of a 50-node sweep's node-side work.
import os
import sys

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


class VirtualService:
    __slots__ = ("chain", "dests", "port", "proto", "vip")

    def __init__(self, proto: str, vip: str, port: int, chain: str) -> None:
        self.proto, self.vip, self.port, self.chain = proto, vip, port, chain
        self.dests: list[tuple[str, int, int]] = []  # (ip, port, connections)


def _after(tokens: list[str], flag: str) -> str:
    return tokens[tokens.index(flag) + 1] if flag in tokens[:-1] else ""


def _is_address(text: str) -> bool:
    parts = text.split(".")
    return len(parts) == 4 and all(p.isdigit() for p in parts)


def table_from_iptables_save(text: str) -> list[VirtualService]:
    """kube-proxy's Service NAT chains, read token by token (without `re`: see the imports):
    `-A KUBE-SERVICES -d VIP/32 -p tcp ... --dport PORT -j KUBE-SVC-…`, `-A KUBE-SVC-… -j KUBE-SEP-…`,
    `[pkts:bytes] -A KUBE-SEP-… ... --to-destination IP:PORT`."""
    services: dict[str, VirtualService] = {}
    seps: dict[str, list[str]] = {}
    dnat: dict[str, tuple[str, int]] = {}
    for raw in text.splitlines():
        line, pkts = raw, 0
        if raw.startswith("["):
            counters, _, line = raw.partition("] ")
            packets = counters[1:].split(":")[0]
            pkts = int(packets) if packets.isdigit() else 0
        tokens = line.split()
        if len(tokens) < 4 or tokens[0] != "-A":
            continue
        chain, target = tokens[1], _after(tokens, "-j")
        if chain == "KUBE-SERVICES" and target.startswith("KUBE-SVC-") and tokens[2] == "-d":
            vip, _, mask = tokens[3].partition("/")
            proto, port = _after(tokens, "-p"), _after(tokens, "--dport")
            if mask == "32" and _is_address(vip) and proto in ("tcp", "udp") and port.isdigit():
                services[target] = VirtualService(proto.upper(), vip, int(port), target)
        elif chain.startswith("KUBE-SVC-") and target.startswith("KUBE-SEP-"):
            seps.setdefault(chain, []).append(target)
        if chain.startswith("KUBE-SEP-"):
            dest = _after(tokens, "--to-destination")
            ip, _, port = dest.rpartition(":")
            if _is_address(ip) and port.isdigit():
                dnat[chain] = (dest, pkts)
    for chain, vs in services.items():
        for sep in seps.get(chain, []):
            if sep in dnat:
                dest, count = dnat[sep]
                ip, port = dest.rsplit(":", 1)
                vs.dests.append((ip, int(port), count))
    return list(services.values())


def _ip_key(ip: str) -> tuple[int, ...]:
    return tuple(int(part) for part in ip.split("."))  # the lab's addresses are IPv4


def _sort_key(vs: VirtualService) -> tuple[int, tuple[int, ...], int]:
    return ({"TCP": 6, "UDP": 17}[vs.proto], _ip_key(vs.vip), vs.port)


def render(table: list[VirtualService]) -> str:
    out = [HEADER]
    for vs in sorted(table, key=_sort_key):
        out.append(f"{vs.proto}  {vs.vip}:{vs.port} rr\n")
        for ip, port, count in sorted(vs.dests, key=lambda d: (_ip_key(d[0]), d[1])):
            # finished connections: the nat table counts each connection's first packet only
            out.append(f"  -> {f'{ip}:{port}':<28} {'Masq':<7} {1:<6} {0:<10} {count:<10}\n")
    return "".join(out)


def _mode() -> str:
    """The lab's kube-proxy mode: given by the wrapper, else read from the lab's state."""
    if mode := os.environ.get("PODNET_LAB_KUBE_PROXY_MODE"):
        return mode
    import json

    state = os.path.join(os.environ.get("PODNET_LAB_DIR", "/run/podnet-lab"), "state.json")
    try:
        with open(state) as fh:
            return str(json.load(fh)["kube_proxy_mode"])
    except (OSError, ValueError, KeyError):
        return "ipvs"


def _iptables_save_nat() -> tuple[int, str]:
    """(exit status, output) of `iptables-save -t nat -c`, spawned without importing subprocess."""
    read, write = os.pipe()
    try:
        pid = os.posix_spawnp(
            "iptables-save",
            ["iptables-save", "-t", "nat", "-c"],
            os.environ,
            file_actions=[
                (os.POSIX_SPAWN_DUP2, write, 1),
                (os.POSIX_SPAWN_CLOSE, read),
                (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0),  # its complaints are not ipvsadm's
            ],
        )
    except OSError:
        os.close(read)
        os.close(write)
        return 127, ""
    os.close(write)
    chunks = []
    with os.fdopen(read, "rb") as fh:
        while chunk := fh.read(65536):
            chunks.append(chunk)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), b"".join(chunks).decode(errors="replace")


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
        elif len(arg) > 1 and arg[0] == "-" and set(arg[1:]) <= set("Lln"):
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
        status, saved = _iptables_save_nat()
        if status != 0:
            sys.stderr.write("Can't initialize ipvs: Protocol not available\n")
            return 1
        table = table_from_iptables_save(saved)
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
