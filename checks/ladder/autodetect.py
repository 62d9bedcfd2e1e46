"""Step 4, `autodetect`: is Calico's detected address on the interface the node really uses?

Calico sends tunnel traffic from the address it autodetected (IP_AUTODETECTION_METHOD) and peers send
to that address. If the node's route towards its peers leaves from another interface, send and receive
interfaces disagree and (with reverse-path filtering, or a network that does not route between the
two) the tunnel breaks in one or both directions.
"""

from __future__ import annotations

import time

from checks.cluster.read import CALICO_NODE
from checks.ladder.base import Collector, StepContext, StepSpec, calico_missing
from checks.model import StepResult
from checks.outputs.links import parse_ip_o_addr, parse_link_details
from checks.outputs.routes import parse_route_get
from checks.remote.catalog import CatalogCommand, ip_addr, ip_link_details, ip_route_get

ID = "autodetect"
TITLE = "Calico IP autodetection (send/receive interface)"


def _tunnel_dev(ctx: StepContext) -> str:
    return "tunl0" if ctx.encapsulation == "ipip" else "vxlan.calico"


def _peers(ctx: StepContext, node: str) -> list[str]:
    """The peers whose route is looked up from `node`: in a diagnosis, the other side of the DNS path;
    in a node check or sweep, every CoreDNS node plus one peer per /24 of the rest. Asking the kernel for
    each of N-1 peers made a sweep O(N^2) commands; peers in one /24 are routed alike (without policy
    routing), so one of them answers for all."""
    clients = {n.name for n in ctx.client_nodes}
    if not ctx.node_check:
        others = set(ctx.coredns_nodes) if node in clients else clients
        return sorted(others - {node})

    def net(peer: str) -> str:
        ip = _peer_ip(ctx, peer)
        return ip.rsplit(".", 1)[0] if ip else peer

    chosen = set(ctx.coredns_nodes) - {node}
    seen = {net(p) for p in chosen}
    for peer in sorted(n.name for n in ctx.snap.nodes if n.name != node):
        prefix = net(peer)
        if prefix not in seen:
            seen.add(prefix)
            chosen.add(peer)
    return sorted(chosen)


def _peer_ip(ctx: StepContext, peer: str) -> str | None:
    info = ctx.snap.node(peer)
    return (info.calico_ip or info.internal_ip) if info else None


def needs(ctx: StepContext) -> dict[str, list[CatalogCommand]]:
    out: dict[str, list[CatalogCommand]] = {}
    for node in ctx.involved_nodes:
        cmds = [ip_addr(), ip_link_details(_tunnel_dev(ctx))]
        cmds += [ip_route_get(ip) for p in _peers(ctx, node) if (ip := _peer_ip(ctx, p))]
        out[node] = cmds
    return out


def _method(ctx: StepContext) -> str:
    """How Calico picks each node's address: the operator's Installation (nodeAddressAutodetectionV4;
    the operator writes calico-node's environment from it) or calico-node's IP_AUTODETECTION_METHOD."""
    if ctx.snap.calico.kind == "operator":
        return ctx.snap.calico.autodetection or "firstFound (default)"
    return ctx.snap.calico_env.get("IP_AUTODETECTION_METHOD", "first-found (default)")


def _suggest_method(ctx: StepContext, f: Collector, master: str) -> None:
    install = ctx.snap.calico
    if install.kind == "operator":  # the operator would undo `set env` on its DaemonSet: change the Installation
        patch = "kubectl patch installation default --type=merge -p "
        f.suggest(
            patch + """'{"spec":{"calicoNetwork":{"nodeAddressAutodetectionV4":{"kubernetes":"NodeInternalIP"}}}}'""",
            "control node",
            "use each node's InternalIP (the operator rolls calico-node out with it)",
        )
        f.suggest(
            patch + f"""'{{"spec":{{"calicoNetwork":{{"nodeAddressAutodetectionV4":{{"canReach":"{master}"}}}}}}}}'""",
            "control node",
            "or: the interface that reaches the first control node",
        )
        return
    ds = f"{install.where} daemonset/{install.daemonset or 'calico-node'}"
    f.suggest(
        f"kubectl {install.where} set env daemonset/{install.daemonset or 'calico-node'} "
        "IP_AUTODETECTION_METHOD=kubernetes-internal-ip",
        "control node",
        "use each node's InternalIP (Status.Addresses), as the runbook suggests",
    )
    f.suggest(
        f"kubectl {install.where} set env daemonset/{install.daemonset or 'calico-node'} "
        f"IP_AUTODETECTION_METHOD=can-reach={master}",
        "control node",
        "or: the interface that reaches the first control node (the platform default)",
    )
    f.suggest(f"kubectl rollout status {ds}", "control node", "wait for calico-node to restart with the new method")


def run(ctx: StepContext) -> StepResult:
    started = time.monotonic()
    f = Collector(ID, TITLE)
    if calico_missing(ctx, f):
        return f.result(started, summary_if_ok="")
    install = ctx.snap.calico
    method = _method(ctx)
    if CALICO_NODE in ctx.snap.unavailable:
        f.unchecked("check.api-unreadable", f"calico-node DaemonSet: {ctx.snap.unavailable[CALICO_NODE]}")
    if install.kind == "operator":
        f.cite_api("kubectl get installation default -o yaml | grep -A2 nodeAddressAutodetectionV4", [method])
    else:
        f.cite_api(
            f"kubectl {install.where} get daemonset {install.daemonset or 'calico-node'} -o yaml "
            "| grep -A1 IP_AUTODETECTION_METHOD",
            [f"IP_AUTODETECTION_METHOD={method}"],
        )
    interfaces: dict[str, str] = {}
    multi_nic: list[str] = []
    wanted = needs(ctx)  # once: it works out every involved node's peers
    for node in ctx.involved_nodes:
        info = ctx.snap.node(node)
        if info is None or not info.calico_ip:
            f.warning("autodetect.no-calico-address", f"{node}: no projectcalico.org/IPv4Address annotation", (node,))
            continue
        commands = wanted[node]
        results = ctx.run(node, commands)
        if any(r.exit_status is None for r in results):
            f.not_run(next(r for r in results if r.exit_status is None), "ip did not run")
            continue
        addrs = parse_ip_o_addr(results[0].output)
        nics = {
            a.ifname
            for a in addrs
            if a.family == "inet"
            and a.ifname != "lo"
            and not a.ifname.startswith(("vxlan", "tunl", "cali", "kube-ipvs"))
        }
        if len(nics) > 1:
            multi_nic.append(node)
        holder = next((a.ifname for a in addrs if a.cidr.split("/")[0] == info.calico_ip), None)
        details = parse_link_details(results[1].output) if results[1].exit_status == 0 else None
        lines = [
            f"Calico address {info.calico_address} (InternalIP {info.internal_ip}) is on {holder or '(no interface)'}"
        ]
        if details is not None:
            lines.append(f"{details.name}: local {details.local} dev {details.dev}")
        if holder:
            interfaces[node] = holder
        node_bad: list[str] = []
        if holder is None:
            f.problem(
                "autodetect.address-on-no-interface",
                f"{node}: Calico's address {info.calico_ip} is on no interface of {node}",
                (node,),
            )
        for cmd, res in zip(commands[2:], results[2:], strict=True):
            got = parse_route_get(res.output)
            peer = cmd.argv[-1]
            lines.append(f"towards {peer}: leaves via {got.dev if got else '?'} (src {got.src if got else '?'})")
            if holder and got and got.dev and got.dev != holder:
                node_bad.append(
                    f"receives tunnel traffic on {holder} ({info.calico_ip}) but sends towards {peer} out of {got.dev}"
                )
        if ctx.node_check and len(ctx.snap.nodes) - 1 > len(commands) - 2:
            lines.append(
                f"(routes looked up towards {len(commands) - 2} of {len(ctx.snap.nodes) - 1} peers: "
                "the CoreDNS nodes and one per /24)"
            )
        f.cite(results[0], lines)
        if node_bad:
            f.problem(
                "autodetect.interface-mismatch",
                f"{node}: " + "; ".join(dict.fromkeys(node_bad)) + ": send and receive interfaces disagree",
                (node,),
            )
        elif holder is not None and info.internal_ip and info.calico_ip != info.internal_ip:
            f.warning(
                "autodetect.not-internal-ip",
                f"{node}: Calico detected {info.calico_ip}, not the InternalIP {info.internal_ip}",
                (node,),
            )
    ctx.interfaces = interfaces
    if f.has("problem"):
        master = next((n.internal_ip for n in ctx.snap.nodes if n.internal_ip), "<control node IP>")
        f.explanation = (
            f"Calico's address autodetection is {method}. Calico picked an address on an interface that is "
            "not the one the node uses to reach its peers, so tunnel packets go out one interface "
            "and come back to another; reverse-path filtering or the network drops them."
        )
        _suggest_method(ctx, f, master)
    elif method.lower().replace("-", "").startswith("firstfound") and multi_nic:
        f.warning(
            "autodetect.first-found-multi-nic",
            f"first-found on multi-NIC node(s) {', '.join(multi_nic)}: it picks whichever interface comes first",
            multi_nic,
        )
    return f.result(
        started,
        summary_if_ok=f"{method}: Calico's address is on the interface each node uses "
        f"towards its peers ({', '.join(f'{n} {i}' for n, i in sorted(interfaces.items()))})",
    )


STEP = StepSpec(
    ID,
    TITLE,
    "node",
    needs,
    run,
    explains=frozenset({"link"}),
    reads=("nodes", "daemonset calico-node", "ippools"),
)
