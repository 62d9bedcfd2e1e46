"""What runs inside the lab's pods: a real DNS server in each CoreDNS pod, a real HTTP server behind
`default-keystone`. The client pod runs nothing; `podnet lab pod-exec` runs commands in it."""

from __future__ import annotations

import os
import signal
from pathlib import Path

from lab import procs
from lab.coredns_conf import FORWARD_PORT, corefile_text, upstream_hosts
from lab.model import CLUSTER_DOMAIN, LabModel, Pod
from lab.names import netns_prefix
from lab.paths import NETNS_PREFIX, LabPaths
from lab.sh import in_netns

# A record CoreDNS would serve for a headless Service with many endpoints: its answer (about 1.9 KB)
# does not fit one 1450-byte packet, which is what an MTU problem loses first.
LARGE_ANSWER_NAME = f"etcd-peers.onecloud.svc.{CLUSTER_DOMAIN}"
LARGE_ANSWER_COUNT = 110


def hosts_file(model: LabModel) -> str:
    lines = [f"{svc.cluster_ip} {svc.fqdn}" for svc in model.services]
    lines += [f"10.40.{200 + i // 250}.{1 + i % 250} {LARGE_ANSWER_NAME}" for i in range(LARGE_ANSWER_COUNT)]
    return "\n".join(lines) + "\n"


def start_coredns(paths: LabPaths, model: LabModel, pod: Pod) -> None:
    d = paths.pod_dir(pod.name)
    d.mkdir(parents=True, exist_ok=True)
    (d / "hosts").write_text(hosts_file(model))
    argv = in_netns(
        pod.netns,
        [
            "dnsmasq",
            "--keep-in-foreground",
            "--conf-file=/dev/null",
            "--no-resolv",
            "--no-hosts",
            f"--addn-hosts={d / 'hosts'}",
            f"--listen-address={pod.ip}",
            "--bind-interfaces",
            "--port=53",
            f"--local=/{CLUSTER_DOMAIN}/",
            f"--server=127.0.0.1#{FORWARD_PORT}",  # names outside the cluster: CoreDNS's forward (stand-in)
            "--domain-needed",
            "--user=root",
            "--group=root",
            "--cache-size=0",
            "--log-queries",
            f"--log-facility={paths.logs / (pod.name + '-dns.log')}",
            f"--pid-file={d / 'dnsmasq.pid'}",
        ],
    )
    pid = procs.spawn(paths, f"pod-{pod.name}", argv)
    procs.wait_listening(pid, 53, f"DNS server in {pod.name}")
    start_forward(paths, pod)


def coredns_log(paths: LabPaths, pod: Pod) -> Path:
    """The CoreDNS container's log, in the kubelet's CRI format: what `pods/NAME/log` serves."""
    return paths.logs / f"{pod.name}-coredns.log"


def start_forward(paths: LabPaths, pod: Pod, *, wait: bool = True) -> int:
    """CoreDNS's forward/loop/errors (lab/standins/coredns_forward.py) in the pod, running its Corefile."""
    d = paths.pod_dir(pod.name)
    (d / "Corefile").write_text(corefile_text())
    argv = in_netns(
        pod.netns,
        procs.python_module(
            "lab.standins.coredns_forward", "--corefile", str(d / "Corefile"), "--port", str(FORWARD_PORT)
        ),
    )
    pid = procs.spawn(paths, f"pod-{pod.name}-forward", argv, log=coredns_log(paths, pod))
    if wait:
        procs.wait_listening(pid, FORWARD_PORT, f"CoreDNS forward in {pod.name}")
    return pid


UPSTREAM_NS = f"{NETNS_PREFIX}bastion"  # the default lab's bastion; a named lab's: lab.netns.bastion_ns(name)


def start_upstream(paths: LabPaths, model: LabModel) -> None:
    """The site's DNS resolver CoreDNS forwards to: dnsmasq on the bastion, a few external names."""
    d = paths.root / "upstream"
    d.mkdir(parents=True, exist_ok=True)
    (d / "hosts").write_text(upstream_hosts())
    argv = in_netns(
        f"{netns_prefix(model.name)}bastion",
        [
            "dnsmasq",
            "--keep-in-foreground",
            "--conf-file=/dev/null",
            "--no-resolv",
            "--no-hosts",
            f"--addn-hosts={d / 'hosts'}",
            f"--listen-address={model.bastion_ip}",
            "--bind-interfaces",
            "--port=53",
            "--user=root",
            "--group=root",
            "--log-queries",
            f"--log-facility={paths.logs / 'upstream-dns.log'}",
            f"--pid-file={d / 'dnsmasq.pid'}",
        ],
    )
    pid = procs.spawn(paths, "upstream-dns", argv)
    procs.wait_listening(pid, 53, "the upstream DNS server on the bastion")


def start_keystone(paths: LabPaths, pod: Pod) -> None:
    port = pod.ports[0].target_port
    argv = in_netns(pod.netns, procs.python_module("lab.standins.httpservice", "--port", str(port), "--name", pod.name))
    pid = procs.spawn(paths, f"pod-{pod.name}", argv)
    procs.wait_listening(pid, port, f"HTTP server in {pod.name}")


def start_all(paths: LabPaths, model: LabModel) -> None:
    for pod in model.netns_pods():
        if pod.app == "coredns":
            start_coredns(paths, model, pod)
        elif pod.app == "keystone":
            start_keystone(paths, pod)


def signal_coredns(paths: LabPaths, model: LabModel, sig: signal.Signals) -> None:
    pids = procs.recorded_pids(paths)
    for pod in model.pods_by_app("coredns"):
        pid = pids.get(f"pod-{pod.name}")
        if pid is not None and procs.alive(pid):
            os.kill(pid, sig)
