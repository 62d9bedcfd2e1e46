"""Step 5, `link`: do tunnel packets between the client node and the CoreDNS node cross the wire?

Bounded tcpdump on both nodes at once (VXLAN: `udp and port 4789 and host PEER`; IP-in-IP: the runbook's
`ip proto 4 and host PEER and (ip[32:4]=… or ip[36:4]=…)`) while one query is sent from the client node
to the CoreDNS pod: did it leave, arrive, get answered, come back? Runs when the steps before it pass
yet CoreDNS cannot be reached from a client node, and always with --capture.

VXLAN captures are verbose (`-vv`): tcpdump then checks each packet's outer UDP checksum. A bad one is
what tcpdump sees on any packet whose checksum the NIC (or a veth) has not filled in yet, so on its own it
proves nothing (this machine's capture, `tests/fixtures/lab/node-1.tcpdump-vxlan-vv.txt`, shows it on
packets that are answered); packets that ARRIVE with a bad checksum and then go unanswered (or an answer
that arrives so and the query still fails) are the signature of the VXLAN checksum-offload bug
(projectcalico/calico#3145), reported as `link.bad-udp-checksum` for `kernel-gso` to name.
"""

from __future__ import annotations

import dataclasses
import time

from checks.errors import NodeError
from checks.ladder.base import Collector, StepContext, StepSpec, calico_missing
from checks.model import StepResult
from checks.outputs.tcpdump import parse_tcpdump
from checks.remote.catalog import CatalogCommand, dig, ipip_filter, tcpdump, vxlan_filter

ID = "link"
TITLE = "Tunnel packets on the wire (capture)"
BEFORE = ("coredns", "service-nat", "node-forwarding", "routing", "autodetect")
CAPTURE_SECONDS = 6
CAPTURE_PACKETS = 20


def needs(ctx: StepContext) -> dict[str, list[CatalogCommand]]:
    return {}


def _pairs(ctx: StepContext) -> list[tuple[str, str, str]]:
    """(client node, CoreDNS pod IP, CoreDNS node) to capture for."""
    unreachable = ctx.unreachable
    pairs = []
    for ep in ctx.coredns:
        for node in ctx.client_nodes:
            if ep.node and ep.node != node.name and (ctx.capture or ep.ip in unreachable.get(node.name, [])):
                pairs.append((node.name, ep.ip, ep.node))
    seen: set[tuple[str, str]] = set()
    out = []
    for client, ip, owner in pairs:  # one capture per node pair is enough
        if (client, owner) not in seen:
            seen.add((client, owner))
            out.append((client, ip, owner))
    return out


def run(ctx: StepContext) -> StepResult:
    started = time.monotonic()
    f = Collector(ID, TITLE)
    if calico_missing(ctx, f):
        return f.result(started, summary_if_ok="")
    unreachable = ctx.unreachable
    failed_before = [s for s in BEFORE if ctx.results.get(s) and ctx.results[s].status == "fail"]
    if not ctx.capture:
        if not unreachable:
            hops = sorted({n.name for n in ctx.client_nodes} - set(ctx.coredns_nodes))
            if not hops:
                return f.result(started, summary_if_ok="", skip="client and CoreDNS on the same node: no tunnel")
            return f.result(
                started,
                summary_if_ok=f"queries from {', '.join(hops)} crossed the tunnel to CoreDNS "
                "and came back (no capture needed; --capture forces one)",
            )
        if failed_before:
            return f.result(
                started,
                summary_if_ok="",
                skip=f"not captured: {', '.join(failed_before)} already explains why CoreDNS is unreachable",
            )
        if not ctx.may_capture:
            return f.result(
                started,
                summary_if_ok="",
                skip="not captured: a capture would show where the queries are lost, and the one who asked may "
                "not run captures (someone allowed to can press Capture packets)",
            )
    pairs = _pairs(ctx)
    plain = [(c, ip, o) for c, ip, o in pairs if ctx.path_encapsulation(c, o, ip) == "none"]
    pairs = [p for p in pairs if p not in plain]
    if not pairs:
        if plain:
            between = ", ".join(f"{c} -> {o}" for c, _, o in plain)
            return f.result(
                started,
                summary_if_ok="",
                skip=f"not captured: {between} is routed without encapsulation (the pool's mode), and "
                "podnet's capture follows tunnel packets only",
            )
        return f.result(started, summary_if_ok="", skip="no client/CoreDNS node pair crosses the tunnel")
    for client, pod_ip, owner in pairs:
        _capture(ctx, f, client, pod_ip, owner)
    if f.has("problem"):
        f.explanation = (
            "The query leaves the client node encapsulated but the CoreDNS node never sees it (or the "
            "answer never makes it back): something between the nodes — a firewall, security group, "
            "switch ACL or a network that blocks the tunnel protocol — drops it."
        )
    return f.result(started, summary_if_ok="tunnel packets leave, arrive, and are answered in both directions")


def _capture(ctx: StepContext, f: Collector, client: str, pod_ip: str, owner: str) -> None:
    c_info, o_info = ctx.snap.node(client), ctx.snap.node(owner)
    if c_info is None or o_info is None:
        f.unchecked("link.capture-failed", f"{client}/{owner}: unknown node")
        return
    c_ip = c_info.calico_ip or c_info.internal_ip or ""
    o_ip = o_info.calico_ip or o_info.internal_ip or ""
    ipip = ctx.path_encapsulation(client, owner, pod_ip) == "ipip"
    ifaces = ctx.interfaces
    c_cmd = tcpdump(
        ifaces.get(client, "eth0"),
        ipip_filter(o_ip, pod_ip) if ipip else vxlan_filter(o_ip),
        seconds=CAPTURE_SECONDS,
        packets=CAPTURE_PACKETS,
        verbose=not ipip,  # the outer UDP checksum's verdict (IP-in-IP has no UDP header)
    )
    o_cmd = tcpdump(
        ifaces.get(owner, "eth0"),
        ipip_filter(c_ip, pod_ip) if ipip else vxlan_filter(c_ip),
        seconds=CAPTURE_SECONDS,
        packets=CAPTURE_PACKETS,
        verbose=not ipip,
    )
    try:
        first = ctx.runner.stream(ctx.ref(client), c_cmd)
    except NodeError as err:
        f.unchecked("check.node-unreachable", str(err), (err.node,))
        return
    try:
        streams = [first, ctx.runner.stream(ctx.ref(owner), o_cmd)]
    except NodeError as err:
        first.cancel()  # no capture left running on the client node
        f.unchecked("check.node-unreachable", str(err), (err.node,))
        return
    ready = all(s.wait_ready("listening on", 10) for s in streams)
    probe = dig(pod_ip, "kubernetes.default.svc.cluster.local")
    probe = dataclasses.replace(probe, key=f"{probe.key} #capture {time.monotonic()}")  # never from the cache
    query = ctx.run_one(client, probe) if ready else None
    client_res, owner_res = (s.finish() for s in streams)
    if not ready or query is None:
        f.unchecked(
            "link.capture-failed",
            f"tcpdump did not start on {client} or {owner}: {client_res.output[:200] or owner_res.error}",
            (client, owner),
        )
        return
    at_client, at_owner = parse_tcpdump(client_res.output), parse_tcpdump(owner_res.output)
    left = sum(1 for p in at_client if p.outer_src == c_ip and p.outer_dst == o_ip)
    arrived = sum(1 for p in at_owner if p.outer_src == c_ip and p.outer_dst == o_ip)
    answered = sum(1 for p in at_owner if p.outer_src == o_ip and p.outer_dst == c_ip)
    back = sum(1 for p in at_client if p.outer_src == o_ip and p.outer_dst == c_ip)
    summary = (
        f"{client} -> {owner} ({pod_ip}): left {client}: {left}, arrived at {owner}: {arrived}, "
        f"answer left {owner}: {answered}, answer back at {client}: {back}"
    )
    bad_in = sum(1 for p in at_owner if p.outer_src == c_ip and p.outer_dst == o_ip and p.outer_checksum == "bad")
    bad_back = sum(1 for p in at_client if p.outer_src == o_ip and p.outer_dst == c_ip and p.outer_checksum == "bad")
    if bad_in and answered == 0:
        bad = (
            f"{bad_in} of the {arrived} VXLAN packets arrived at {owner} with a bad outer UDP checksum "
            "and none was answered"
        )
    elif bad_back and not query.ok:
        bad = f"{bad_back} answers arrived back at {client} with a bad outer UDP checksum and the query still failed"
    else:
        bad = ""
        if bad_in or bad_back:
            summary += " (bad outer UDP checksums on packets that went through: checksum offload, not a drop)"
    f.cite(client_res, [summary, *client_res.output.strip().splitlines()[:8]])
    f.cite(owner_res, owner_res.output.strip().splitlines()[:8])
    pair = (client, owner)
    f.nodes.update(pair)
    proto = "IP-in-IP (IP protocol 4)" if ipip else "VXLAN (UDP 4789)"
    capture_cmd = f"tcpdump -i {c_cmd.argv[4]} -nnn '{c_cmd.argv[-1]}'"
    if bad:
        f.problem("link.bad-udp-checksum", f"{summary}: {bad}", pair)
        f.suggest("ethtool -k vxlan.calico | grep tx-checksum-ip-generic", client, "the offload that sends them so")
    if left == 0:
        f.problem("link.not-encapsulated", f"{summary}: the query never left {client} encapsulated", pair)
    elif arrived == 0:
        f.problem(
            "link.dropped-between-nodes", f"{summary}: {proto} packets leave {client} but never arrive at {owner}", pair
        )
        f.suggest(capture_cmd, client, "watch them leave (the runbook's capture)")
        f.suggest(f"tcpdump -i {o_cmd.argv[4]} -nnn '{o_cmd.argv[-1]}'", owner, "and not arrive")
        f.suggest("iptables-save | grep -E '4789|-p (4|ipencap)'", owner, "a host firewall rule dropping the tunnel")
        if ipip:
            f.suggest(
                'calicoctl patch ippool default-ipv4-ippool -p \'{"spec":{"ipipMode":"Never", "vxlanMode":"Always"}}\'',
                "control node",
                "the underlay blocks IP-in-IP: switch to VXLAN (the runbook's procedure)",
            )
        else:
            f.suggest(
                f"allow UDP 4789 between {c_ip} and {o_ip} in the network's firewall/security groups",
                "network",
                "the underlay drops VXLAN between these nodes",
            )
    elif answered == 0:
        f.problem("link.no-answer", f"{summary}: the query reaches {owner} but no answer leaves it", pair)
    elif back == 0:
        f.problem("link.answer-lost", f"{summary}: the answer leaves {owner} but never arrives back at {client}", pair)


STEP = StepSpec(ID, TITLE, "capture", needs, run, reads=("nodes", "endpointslices"))
