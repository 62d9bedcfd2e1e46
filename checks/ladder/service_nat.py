"""Step 2, `service-nat`: does each client node translate the DNS Service IP to the current CoreDNS pods?

By kube-proxy's mode: `ipvsadm -Ln` (IPVS) or `iptables-save -t nat` (iptables). The three virtual
services (TCP 53, TCP 9153, UDP 53) must exist and their real servers must equal the CoreDNS endpoints:
a missing service, a stale real server (a pod that is gone) or a missing one is a failure.
"""

from __future__ import annotations

import time

from checks.ladder.base import Collector, StepContext, StepSpec, kube_proxy_kubectl
from checks.model import StepResult
from checks.outputs.iptables_nat import parse_kube_proxy_nat
from checks.outputs.ipvsadm import parse_ipvsadm
from checks.outputs.services import VirtualService
from checks.remote.batch import CommandResult
from checks.remote.catalog import CatalogCommand, iptables_nat, ipvsadm_list

ID = "service-nat"
TITLE = "Service IP NAT (kube-proxy)"


KUBE_PROXY_CONFIG = "configmap kube-system/kube-proxy"


def _commands(ctx: StepContext) -> list[CatalogCommand]:
    """kube-proxy's mode from its ConfigMap (kubeadm); where no ConfigMap says it (k3s, RKE2, managed
    clusters), both tables: the node's own rules tell which mode wrote them."""
    mode = ctx.snap.kube_proxy_mode
    if mode == "ipvs":
        return [ipvsadm_list()]
    if mode == "iptables":
        return [iptables_nat()]
    return [ipvsadm_list(), iptables_nat()]


def replaced_by(ctx: StepContext) -> str | None:
    """What replaces kube-proxy, when the API says so: Calico's eBPF dataplane."""
    felix = ctx.snap.felix.get("default")
    if (felix is not None and felix.bpf_enabled) or (ctx.snap.calico.linux_dataplane or "").upper() == "BPF":
        return "Calico's eBPF dataplane (FelixConfiguration bpfEnabled / Installation linuxDataplane BPF)"
    return None


def needs(ctx: StepContext) -> dict[str, list[CatalogCommand]]:
    if ctx.snap.dns_service is None or replaced_by(ctx):
        return {}
    return {n.name: _commands(ctx) for n in ctx.client_nodes}


def _table(f: Collector, node: str, results: list[CommandResult], vip: str) -> tuple[str, list[VirtualService]] | None:
    """(mode, the node's Service table), or None (said why) when it cannot be read or no kube-proxy
    mode wrote it. With both tables fetched, the mode is the one whose table holds Services: IPVS
    virtual services, else iptables KUBE-SVC chains (in IPVS mode, iptables holds no per-Service chains)."""
    by_tool = {r.command.key: r for r in results}
    readable = {key: r for key, r in by_tool.items() if r.exit_status == 0}
    if not readable:
        for r in results:
            f.not_run(r, f"{r.command.argv[0]} exited {r.exit_status}")
            f.cite(r)
        return None
    ipvs = parse_ipvsadm(readable["ipvsadm"].output) if "ipvsadm" in readable else []
    nat = parse_kube_proxy_nat(readable["iptables-save-nat"].output) if "iptables-save-nat" in readable else []
    if len(results) == 1:
        return ("ipvs", ipvs) if "ipvsadm" in readable else ("iptables", nat)
    if ipvs:
        return "ipvs", ipvs
    if nat:
        return "iptables", nat
    for r in results:
        f.cite(r, r.output.strip().splitlines()[:10] or ["(empty)"])
    f.unchecked(
        "service-nat.mode-unknown",
        f"{node}: no ConfigMap says kube-proxy's mode and the node has no Service rules in IPVS or iptables "
        f"(none for {vip} either): kube-proxy is not running there, or something podnet does not recognise "
        "replaces it",
        (node,),
    )
    return None


def run(ctx: StepContext) -> StepResult:
    started = time.monotonic()
    f = Collector(ID, TITLE)
    dns = ctx.snap.dns_service
    if dns is None or not dns.cluster_ip:
        f.unchecked("service-nat.no-dns-service", "no cluster DNS Service to check")
        return f.result(started, summary_if_ok="")
    replacement = replaced_by(ctx)
    if replacement is not None:
        return f.result(
            started,
            summary_if_ok="",
            skip=f"no kube-proxy: {replacement} translates Service IPs in BPF maps, which podnet does not read "
            "(`calico-node -bpf nat dump` in the calico-node pod shows them)",
        )
    configured = ctx.snap.kube_proxy_mode
    if configured is None:
        why = ctx.snap.unavailable.get(KUBE_PROXY_CONFIG, "no kube-proxy ConfigMap")
        f.cite_api(
            "kubectl -n kube-system get configmap kube-proxy", [f"(mode not read: {why}; read from the node's rules)"]
        )
    want_ips = sorted(e.ip for e in ctx.coredns if e.ready)
    wanted = [(p.protocol.upper(), p.port) for p in dns.ports]
    modes: dict[str, str] = {}
    for node in ctx.client_nodes:
        results = ctx.run(node.name, _commands(ctx))
        read = _table(f, node.name, results, dns.cluster_ip)
        if read is None:
            continue
        mode, table = read
        modes[node.name] = mode
        result = next(r for r in results if r.command.key == ("ipvsadm" if mode == "ipvs" else "iptables-save-nat"))
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
            check = (
                f"ipvsadm -Ln | grep -A 3 {dns.cluster_ip}"
                if mode == "ipvs"
                else f"iptables-save -t nat | grep {dns.cluster_ip}"
            )
            f.suggest(check, node.name, "see the node's NAT entries for the DNS Service")
            rebuilds = f"kube-proxy on {node.name} rebuilds its {'IPVS table' if mode == 'ipvs' else 'rules'}"
            restart = kube_proxy_kubectl(ctx, node.name, "delete pod")
            if restart is not None:
                f.suggest(restart, "control node", f"{rebuilds} when its pod restarts")
                f.suggest(
                    restart.replace(" delete pod ", " logs --tail=50 "),
                    "control node",
                    "why kube-proxy stopped syncing",
                )
            else:  # no kube-proxy pod: it runs in the node's agent (k3s, RKE2) or as a system service
                f.suggest(
                    "systemctl restart k3s-agent  # k3s; RKE2: rke2-agent; else: kube-proxy",
                    node.name,
                    f"{rebuilds} when it restarts (no kube-proxy pod runs there)",
                )
    mode = "/".join(sorted(set(modes.values()))) or configured or "unknown mode"
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
