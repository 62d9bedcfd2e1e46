"""Step `node-forwarding`: does each involved node forward the pod network's DNS traffic?

Read-only, per node: `iptables-save -t filter` (FORWARD's policy, Calico's jump to `cali-FORWARD`, any
DROP/REJECT that DNS meets before it: `checks.ladder.forward_rules`), `net.ipv4.ip_forward`, and every
interface's `rp_filter`. Strict reverse-path filtering (1) is normal on Calico's own `cali*` interfaces
(felix sets it); it drops traffic only where the path is asymmetric: packets from a peer node arrive on
the interface holding this node's Calico address while the route back to the peer leaves by another one.
That is shown from `ip -o addr` and `ip route get PEER`; strict without a route to compare is a warning.
"""

from __future__ import annotations

import ipaddress
import shlex
import time

from checks.ladder.base import Collector, StepContext, StepSpec, calico_missing, calico_node_kubectl
from checks.ladder.forward_rules import ANY, Flow, Hit, dns_flows, read_forward
from checks.model import StepResult
from checks.outputs.iptables_filter import parse_filter_table
from checks.outputs.links import parse_ip_o_addr
from checks.outputs.routes import parse_route_get, policy_rules
from checks.outputs.sysctl import effective_rp_filter, parse_sysctl, rp_filters
from checks.remote.batch import CommandResult
from checks.remote.catalog import CatalogCommand, forwarding_sysctls, ip_addr, ip_route_get, ip_rule, iptables_filter

ID = "node-forwarding"
TITLE = "Nodes forward pod DNS traffic"
FIND_WHO = (
    "grep -rn -e '--dport 53' -e 'FORWARD' /etc/iptables /etc/sysconfig/iptables* /etc/ufw /etc/firewalld "
    "/etc/network/if-*.d /etc/rc.local 2>/dev/null; systemctl list-unit-files | grep -Ei 'iptables|firewall|ufw|nft'"
)


def _address(ctx: StepContext, node: str) -> str | None:
    info = ctx.snap.node(node)
    return (info.calico_ip or info.internal_ip) if info else None


def _peers(ctx: StepContext, node: str) -> list[tuple[str, str]]:
    """(peer, its address) for the other involved nodes: the VXLAN/IP-in-IP/BGP source their packets carry."""
    out = []
    for peer in ctx.involved_nodes:
        address = _address(ctx, peer)
        if peer != node and address:
            out.append((peer, address))
    return out


def needs(ctx: StepContext) -> dict[str, list[CatalogCommand]]:
    return {
        node: [
            iptables_filter(),
            forwarding_sysctls(),
            ip_addr(),
            ip_rule(),
            *(ip_route_get(a) for _, a in _peers(ctx, node)),
        ]
        for node in ctx.involved_nodes
    }


def _flows(ctx: StepContext, node: str, vip_local: bool) -> tuple[tuple[Flow, ...], tuple[Flow, ...]]:
    """(FORWARD's flows, INPUT's flows) on `node`. `vip_local`: the cluster DNS IP is one of the node's own
    addresses (kube-proxy's IPVS binds Service IPs to kube-ipvs0): local pods' queries then go through INPUT,
    and FORWARD carries only replies, and queries from other nodes to CoreDNS pods on this one."""
    clients = [ipaddress.IPv4Network(p.cidr, strict=False) for p in ctx.snap.pools if ":" not in p.cidr]
    servers = [ipaddress.IPv4Network(e.ip) for e in ctx.coredns if ":" not in e.ip]
    forward = dns_flows(clients or [ANY], servers or clients or [ANY])
    if not vip_local:
        return forward, ()
    if node not in ctx.coredns_nodes:
        forward = tuple(f for f in forward if f.direction == "reply")
    vip = [ipaddress.IPv4Network(ctx.target.cluster_dns or "0.0.0.0/0")]
    return forward, tuple(f for f in dns_flows(clients or [ANY], vip) if f.direction == "query")


def _rule_text(hit: Hit) -> str:
    return f"-A {hit.rule.chain} {shlex.join(hit.rule.spec)}"


def _judge_filter(
    ctx: StepContext, f: Collector, node: str, result: CommandResult, nics: tuple[str, ...], vip_local: bool
) -> None:
    table = parse_filter_table(result.output)
    if not table.found:
        f.unchecked("node-forwarding.filter-unreadable", f"{node}: `iptables-save -t filter` printed no filter table")
        return
    interfaces = ("cali0123456789a", "vxlan.calico", "tunl0", "wireguard.cali", *nics)
    forward_flows, input_flows = _flows(ctx, node, vip_local)
    reading = read_forward(table, forward_flows, interfaces)
    local = read_forward(table, input_flows, interfaces, "INPUT")
    reading.blockers += local.blockers
    reading.unevaluated += local.unevaluated
    shown = [f":FORWARD {reading.policy}"] + [f"-A FORWARD {shlex.join(r.spec)}" for r in table.chain("FORWARD")[:12]]
    for hit in reading.blockers + reading.unevaluated:
        if hit.rule.chain != "FORWARD":
            shown.append(_rule_text(hit))
    if vip_local:
        shown.append(f"# {ctx.target.cluster_dns} is local here (IPVS): local pods' queries cross INPUT, not FORWARD")
    f.cite(result, shown)
    if not reading.calico_chains:
        f.unchecked(
            "node-forwarding.calico-chains-not-found",
            f"{node}: no cali-* chain in the filter table `iptables-save` shows (Calico's nftables or eBPF "
            "dataplane, or its rules in the other iptables backend): FORWARD not judged",
            (node,),
        )
        return
    if reading.calico_jump is None:
        if reading.policy == "DROP":
            f.problem(
                "node-forwarding.no-calico-accept",
                f"{node}: FORWARD's policy is DROP and it has no jump to cali-FORWARD: forwarded pod traffic is "
                "dropped",
                (node,),
            )
            f.suggest(calico_node_kubectl(ctx, node, "delete pod"), "control node", "felix re-inserts its FORWARD jump")
        else:
            f.warning("node-forwarding.calico-jump-missing", f"{node}: FORWARD has no jump to cali-FORWARD", (node,))
    for hit in reading.blockers:
        via = " → ".join(hit.path)
        f.problem(
            "node-forwarding.input-drops-dns" if hit.path[0] == "INPUT" else "node-forwarding.forward-drops-dns",
            f"{node}: `{_rule_text(hit)}` ({via}, before Calico's rules) drops {', '.join(hit.flows)}",
            (node,),
        )
        f.suggest(f"iptables -L {hit.rule.chain} -v -n --line-numbers", node, "see the rule and its packet counters")
        f.suggest(f"iptables -D {hit.rule.chain} {shlex.join(hit.rule.spec)}", node, "remove the rule that drops DNS")
        f.suggest(FIND_WHO, node, "find what added it (a hardening script, firewall service) so it does not return")
    for hit in reading.unevaluated:
        f.warning(
            "node-forwarding.rule-not-evaluated",
            f"{node}: `{_rule_text(hit)}` may drop {', '.join(hit.flows)} before Calico's rules "
            f"(podnet cannot evaluate `{hit.why}`)",
            (node,),
        )


def _judge_sysctls(
    ctx: StepContext,
    f: Collector,
    node: str,
    result: CommandResult,
    addrs: CommandResult | None,
    routes: dict[str, CommandResult],
    policy: list[str] | None = None,
) -> tuple[str, ...]:
    values = parse_sysctl(result.output)
    filters = rp_filters(values)
    forward = values.get("net.ipv4.ip_forward")
    if forward is None:
        f.unchecked("node-forwarding.sysctl-unreadable", f"{node}: net.ipv4.ip_forward not in sysctl's output", (node,))
    elif forward.strip() == "0":
        f.problem(
            "node-forwarding.ip-forward-off", f"{node}: net.ipv4.ip_forward = 0: the node forwards nothing", (node,)
        )
        f.suggest("sysctl -w net.ipv4.ip_forward=1", node, "forward again (and set it in /etc/sysctl.d/ to keep it)")
    own = _address(ctx, node)
    arrival = None
    if addrs is not None and addrs.ok and own:
        arrival = next(
            (a.ifname for a in parse_ip_o_addr(addrs.output) if a.family == "inet" and a.cidr.split("/")[0] == own),
            None,
        )
    nics: list[str] = [arrival] if arrival else []
    lines = [f"net.ipv4.ip_forward = {forward}"] + [
        f"rp_filter {iface} = {value}" for iface, value in filters.items() if not iface.startswith("cali")
    ]
    for peer, address in _peers(ctx, node):
        got = routes.get(address)
        back = parse_route_get(got.output) if got is not None and got.ok else None
        if back is not None and back.dev:
            nics.append(back.dev)
            lines.append(f"ip route get {address} ({peer}) -> dev {back.dev}")
        if arrival is None or effective_rp_filter(filters, arrival) != 1:
            continue
        if back is None or not back.dev:
            f.warning(
                "node-forwarding.rp-filter-unverified",
                f"{node}: rp_filter is strict on {arrival} and the route back to {peer} ({address}) could not be read",
                (node,),
            )
        elif back.dev != arrival:
            _asymmetric(ctx, f, node, peer, address, arrival, back.dev, filters, policy)
    f.cite(result, lines[:20])
    return tuple(dict.fromkeys(nics))


def _asymmetric(
    ctx: StepContext,
    f: Collector,
    node: str,
    peer: str,
    address: str,
    arrival: str,
    dev: str,
    filters: dict[str, int],
    policy: list[str] | None,
) -> None:
    """Strict rp_filter where `peer`'s packets arrive on `arrival` but the route back leaves by `dev`.

    When this node's or the peer's Calico address is not its InternalIP, the asymmetry comes from the
    address Calico detected (on another interface than the one the node uses: the `autodetect` step's
    finding): said as a warning pointing there, so the verdict names the cause, not this consequence."""
    drop = (
        f"{node}: packets from {peer} ({address}) arrive on {arrival} (this node's Calico address "
        f"{_address(ctx, node)}) but the route back leaves by {dev}, and rp_filter is strict on {arrival} "
        f"(all={filters.get('all')}, {arrival}={filters.get(arrival)}): the kernel drops them"
    )
    moved = [
        (name, info.calico_ip, info.internal_ip)
        for name, info in ((n, ctx.snap.node(n)) for n in (node, peer))
        if info and info.internal_ip and info.calico_ip and info.calico_ip != info.internal_ip
    ]
    if moved:
        where = ", ".join(f"{n}'s Calico address {c} is not its InternalIP {i}" for n, c, i in moved)
        f.warning("node-forwarding.rp-filter-peer-address", f"{drop}; {where}: see autodetect", (node,))
        return
    if policy is None or policy:  # source-based rules: the kernel's check routes by the packet's source too
        rules = f"the node routes by policy ({'; '.join(policy[:2])})" if policy else "`ip rule` could not be read"
        f.warning(
            "node-forwarding.rp-filter-unverified",
            f"{drop}, unless a rule by source sends the replies back by {arrival}: {rules}",
            (node,),
        )
        return
    f.problem("node-forwarding.rp-filter-asymmetric", drop, (node,))
    f.suggest(f"ip route get {address}", node, f"the route back to {peer}: it should leave by {arrival}")
    f.suggest(
        f"sysctl -w net.ipv4.conf.{arrival.replace('.', '/')}.rp_filter=2",
        node,
        "loose reverse-path filtering on that interface (or fix the route so the path is symmetric)",
    )


def run(ctx: StepContext) -> StepResult:
    started = time.monotonic()
    f = Collector(ID, TITLE)
    if calico_missing(ctx, f):
        return f.result(started, summary_if_ok="")
    if any(x and x.bpf_enabled for x in ctx.snap.felix.values()) or (ctx.snap.calico.linux_dataplane or "") == "BPF":
        return f.result(
            started, summary_if_ok="", skip="Calico's eBPF dataplane forwards pods' traffic without FORWARD"
        )
    for node in ctx.involved_nodes:
        peers = _peers(ctx, node)
        results = ctx.run(
            node,
            [iptables_filter(), forwarding_sysctls(), ip_addr(), ip_rule(), *(ip_route_get(a) for _, a in peers)],
        )
        filt, sysctls, addrs, rules, *gets = results
        routes = {a: r for (_, a), r in zip(peers, gets, strict=True)}
        policy = policy_rules(rules.output) if rules.ok else None
        nics: tuple[str, ...] = ()
        if sysctls.ok:
            nics = _judge_sysctls(ctx, f, node, sysctls, addrs, routes, policy)
        else:
            f.not_run(sysctls, "sysctl did not run")
        if not addrs.ok:
            f.not_run(addrs, "ip -o addr did not run")
        vip = ctx.target.cluster_dns
        vip_local = addrs.ok and any(a.cidr.split("/")[0] == vip for a in parse_ip_o_addr(addrs.output))
        if filt.ok:
            _judge_filter(ctx, f, node, filt, nics or ("eth0",), vip_local)
        else:
            f.not_run(filt, "iptables-save did not run")
    f.explanation = (
        "Pods' DNS queries to CoreDNS on another node, and their replies, are forwarded by the nodes: they cross "
        "each node's FORWARD chain (a DROP or REJECT placed before Calico's `cali-FORWARD` jump wins over "
        "Calico's accept rules), need net.ipv4.ip_forward=1, and pass reverse-path filtering, which in strict "
        "mode drops a packet whose source the node would not route back out of the interface it came in on."
    )
    return f.result(
        started,
        summary_if_ok=f"{', '.join(ctx.involved_nodes)}: ip_forward on, FORWARD reaches Calico's accept rules "
        "with nothing dropping DNS before them, reverse paths symmetric",
    )


STEP = StepSpec(ID, TITLE, "node", needs, run, explains=frozenset({"link"}), reads=("nodes", "ippools"))
