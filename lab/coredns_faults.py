"""The coredns-health faults, made as they happen on real clusters.

`upstream-down`: the site's DNS resolver (CoreDNS's upstream, on the bastion) is cut off on the wire —
the underlay's firewall drops DNS to it. CoreDNS still answers the cluster's names; every name outside
the cluster domain times out, and CoreDNS logs `[ERROR] plugin/errors: … read udp …->10.41.0.2:53: i/o
timeout` for each. The fix restores the path and restarts CoreDNS (`kubectl rollout restart`: new pods,
new logs).

`coredns-crashloop`: the nodes' resolv.conf is pointed at the cluster DNS (10.96.0.10), so CoreDNS's pods
(dnsPolicy Default) forward to themselves. Restarted on it, the CoreDNS stand-ins' loop plugin sends its
probe through the Service NAT, sees it come back and exits 1 with CoreDNS's `[FATAL] plugin/loop` line —
a real loop, over real sockets and NAT. The containers are then down: the API shows the pods not Ready,
in CrashLoopBackOff with a restart and the last exit (Error, 1); the endpoints empty; kube-proxy drops
the Service's rules. The fix puts the resolv.conf back and recreates the pods (restart count 0, new log).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from lab import coredns_conf, netns, procs, workloads
from lab.model import CLUSTER_DNS_IP, ActiveFault, Node
from lab.sh import in_netns, run

if TYPE_CHECKING:
    from lab.fault_base import LabContext

LOOP_WAIT = 50.0  # the loop plugin (stand-in) probes for up to 40 s


def _underlay_rules(lab: str, upstream: str, add: bool) -> None:
    action = "-A" if add else "-D"
    for proto in ("udp", "tcp"):
        rule = [
            "iptables",
            action,
            "LAB-UNDERLAY",
            "-d",
            upstream,
            "-p",
            proto,
            "--dport",
            "53",
            "-m",
            "comment",
            "--comment",
            "fault upstream-down",
            "-j",
            "DROP",
        ]
        run(in_netns(netns.underlay_ns(lab), rule), check=add)


def _restart_coredns(ctx: LabContext) -> None:
    """`kubectl rollout restart deployment coredns`: the servers restarted, each with a fresh log."""
    pids = procs.recorded_pids(ctx.paths)
    pods = ctx.model.pods_by_app("coredns")
    procs.kill_all([pids[k] for p in pods for k in (f"pod-{p.name}", f"pod-{p.name}-forward") if k in pids])
    for pod in pods:
        workloads.coredns_log(ctx.paths, pod).write_text("")
        pod.ready, pod.restarts, pod.waiting_reason = True, 0, None
        pod.last_exit_code = pod.last_reason = pod.last_finished = None
        workloads.start_coredns(ctx.paths, ctx.model, pod)


def upstream_down(ctx: LabContext, node: Node) -> dict[str, Any]:
    _underlay_rules(ctx.model.name, ctx.model.bastion_ip, add=True)
    return {"upstream": ctx.model.bastion_ip}


def upstream_down_revert(ctx: LabContext, node: Node, fault: ActiveFault) -> None:
    _underlay_rules(ctx.model.name, ctx.model.bastion_ip, add=False)
    _restart_coredns(ctx)


def crashloop(ctx: LabContext, node: Node) -> dict[str, Any]:
    coredns_conf.write_node_resolv_confs(ctx.model, CLUSTER_DNS_IP)
    pids = procs.recorded_pids(ctx.paths)
    pods = ctx.model.pods_by_app("coredns")
    procs.kill_all([pids[f"pod-{p.name}-forward"] for p in pods if f"pod-{p.name}-forward" in pids])
    for pod in pods:
        workloads.coredns_log(ctx.paths, pod).write_text("")  # a restarted container logs afresh
    started = [workloads.start_forward(ctx.paths, p, wait=False) for p in pods]  # kubelet restarts them
    deadline = time.monotonic() + LOOP_WAIT
    while any(procs.alive(pid) for pid in started) and time.monotonic() < deadline:
        time.sleep(0.2)  # waiting on the processes' own exit (the loop plugin's FATAL), not a fixed delay
    survivors = [pid for pid in started if procs.alive(pid)]
    procs.kill_all([pids[f"pod-{p.name}"] for p in pods if f"pod-{p.name}" in pids] + survivors)
    if survivors:
        coredns_conf.write_node_resolv_confs(ctx.model)
        for pod in pods:
            workloads.start_coredns(ctx.paths, ctx.model, pod)
        raise RuntimeError("coredns-crashloop: the loop plugin did not see its probe come back")
    finished = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    for pod in pods:
        pod.ready, pod.restarts, pod.waiting_reason = False, 1, "CrashLoopBackOff"
        pod.last_exit_code, pod.last_reason, pod.last_finished = 1, "Error", finished
    for n in ctx.model.nodes:
        netns.sync_nat(ctx.model, n)  # kube-proxy drops the Service's rules: no Ready endpoints
    return {"pods": [p.name for p in pods], "resolv_conf": CLUSTER_DNS_IP}


def crashloop_revert(ctx: LabContext, node: Node, fault: ActiveFault) -> None:
    coredns_conf.write_node_resolv_confs(ctx.model)
    _restart_coredns(ctx)
    for n in ctx.model.nodes:
        netns.sync_nat(ctx.model, n)
