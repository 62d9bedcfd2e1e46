"""Step 2, `service-nat`: does each client node translate the DNS Service IP to the current CoreDNS pods?

By kube-proxy's mode: `ipvsadm -Ln` (IPVS) or `iptables-save -t nat` (iptables). The three virtual
services (TCP 53, TCP 9153, UDP 53) must exist and their real servers must equal the CoreDNS endpoints:
a missing service, a stale real server (a pod that is gone) or a missing one is a failure.
"""

from __future__ import annotations

import time

from checks.ladder.base import Collector, StepContext, StepSpec, kube_proxy_pod
from checks.model import StepResult
from checks.outputs.iptables_nat import parse_kube_proxy_nat
from checks.outputs.ipvsadm import parse_ipvsadm
from checks.outputs.services import VirtualService
from checks.remote.catalog import CatalogCommand, iptables_nat, ipvsadm_list

ID = "service-nat"
TITLE = "Service IP NAT (kube-proxy)"


def _command(ctx: StepContext) -> CatalogCommand:
    return ipvsadm_list() if (ctx.snap.kube_proxy_mode or "iptables") == "ipvs" else iptables_nat()


def needs(ctx: StepContext) -> dict[str, list[CatalogCommand]]:
    if ctx.snap.dns_service is None:
        return {}
    return {n.name: [_command(ctx)] for n in ctx.client_nodes}


def run(ctx: StepContext) -> StepResult:
    started = time.monotonic()
    f = Collector(ID, TITLE)
    dns = ctx.snap.dns_service
    if dns is None or not dns.cluster_ip:
        f.unchecked("service-nat.no-dns-service", "no cluster DNS Service to check")
        return f.result(started, summary_if_ok="")
    mode = ctx.snap.kube_proxy_mode or "iptables"
    if "configmap kube-system/kube-proxy" in ctx.snap.unavailable:
        why = ctx.snap.unavailable["configmap kube-system/kube-proxy"]
        f.unchecked(
            "service-nat.mode-unknown",
            f"kube-proxy mode unknown, assuming iptables (configmap kube-system/kube-proxy: {why})",
        )
    want_ips = sorted(e.ip for e in ctx.coredns if e.ready)
    wanted = [(p.protocol.upper(), p.port) for p in dns.ports]
    for node in ctx.client_nodes:
        result = ctx.run_one(node.name, _command(ctx))
        if result.exit_status is None or result.exit_status != 0:
            f.not_run(result, f"{result.command.argv[0]} exited {result.exit_status}")
            f.cite(result)
            continue
        table: list[VirtualService] = (
            parse_ipvsadm(result.output) if mode == "ipvs" else parse_kube_proxy_nat(result.output)
        )
        mine = [vs for vs in table if vs.vip == dns.cluster_ip]
        f.cite(
            result,
            [
                f"{vs.proto}  {vs.vip}:{vs.port} -> "
                + (", ".join(f"{rs.ip}:{rs.port}" for rs in vs.real_servers) or "(no real servers)")
                for vs in mine
            ]
            or [f"(nothing for {dns.cluster_ip})"],
        )
        node_problems: list[tuple[str, str]] = []  # (code, what)
        for proto, port in wanted:
            vs = next((v for v in mine if v.proto.upper() == proto and v.port == port), None)
            if vs is None:
                node_problems.append(
                    ("service-nat.virtual-service-missing", f"{proto} {dns.cluster_ip}:{port} missing")
                )
                continue
            have = sorted({rs.ip for rs in vs.real_servers})
            stale = [ip for ip in have if ip not in want_ips]
            lacking = [ip for ip in want_ips if ip not in have]
            if stale:
                node_problems.append(
                    (
                        "service-nat.stale-real-server",
                        f"{proto} {dns.cluster_ip}:{port} has stale real server(s) "
                        f"{', '.join(stale)} (not a current CoreDNS endpoint)",
                    )
                )
            if lacking:
                node_problems.append(
                    ("service-nat.real-server-missing", f"{proto} {dns.cluster_ip}:{port} lacks {', '.join(lacking)}")
                )
        for code, what in node_problems:
            f.problem(code, f"{node.name}: {what}", (node.name,))
        if node_problems:
            pod = kube_proxy_pod(ctx, node.name) or "<kube-proxy pod on " + node.name + ">"
            check = (
                f"ipvsadm -Ln | grep -A 3 {dns.cluster_ip}"
                if mode == "ipvs"
                else f"iptables-save -t nat | grep {dns.cluster_ip}"
            )
            f.suggest(check, node.name, "see the node's NAT entries for the DNS Service")
            f.suggest(
                f"kubectl -n kube-system delete pod {pod}",
                "control node",
                f"kube-proxy on {node.name} rebuilds its {'IPVS table' if mode == 'ipvs' else 'rules'} "
                "when its pod restarts",
            )
            f.suggest(f"kubectl -n kube-system logs {pod} --tail=50", "control node", "why kube-proxy stopped syncing")
    if f.has("problem"):
        f.explanation = (
            f"kube-proxy ({mode} mode) on the node must translate {dns.cluster_ip} to the current "
            f"CoreDNS pods ({', '.join(want_ips)}); a missing entry drops every query, a stale one "
            "sends queries to a pod that no longer exists."
        )
    return f.result(
        started,
        summary_if_ok=f"{mode}: {dns.cluster_ip} TCP 53, TCP 9153, UDP 53 → "
        f"{', '.join(want_ips)} on {', '.join(n.name for n in ctx.client_nodes)}",
    )


STEP = StepSpec(ID, TITLE, "node", needs, run, reads=("services", "endpointslices", "configmap kube-system/kube-proxy"))
