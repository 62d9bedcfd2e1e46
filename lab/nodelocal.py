"""NodeLocal DNSCache in the lab (profile node-local-dns), set up on each node as node-cache does it: a
device `nodelocaldns` (a dummy on real nodes; a port-less bridge here, the kernel has no dummy driver)
holding the link-local address 169.254.20.10, a DNS cache listening there
(dnsmasq here, CoreDNS in node-cache) that forwards cluster names to the cluster DNS Service, and the
NOTRACK rules node-cache installs in the raw table (PREROUTING for queries to the address, OUTPUT for
its answers and for the node's own queries, UDP and TCP). kubelet's
--cluster-dns is that address, so the pods' resolv.conf names it (lab.lifecycle); a pod's query leaves
it by its default route and is delivered locally on its own node, as with the real cache.

Real node-cache forwards to a separate `kube-dns-upstream` Service with the same endpoints as kube-dns;
the lab forwards to the kube-dns Service IP itself (same NAT, same endpoints).
"""

from __future__ import annotations

import os
import signal

from lab import procs
from lab.model import CLUSTER_DNS_IP, CLUSTER_DOMAIN, NODE_LOCAL_DNS_DEV, NODE_LOCAL_DNS_IP, LabModel, Node
from lab.paths import LabPaths
from lab.sh import in_netns, ip_batch, run

COMMENT = "NodeLocal DNS Cache: skip conntrack"
HEALTH_PORT = 8080  # the Corefile's `health 169.254.20.10:8080`


def corefile() -> str:
    """The ConfigMap's Corefile, as kubernetes' nodelocaldns.yaml has it after the install's sed
    (__PILLAR__LOCAL__DNS__ and __PILLAR__DNS__SERVER__ replaced; IPVS mode: only the local address bound)."""
    block = (
        "{zone}:53 {{\n    errors\n    cache {cache}\n    reload\n    loop\n    bind {local}\n"
        "    forward . {upstream}\n    prometheus :9253\n{health}    }}\n"
    )
    return "".join(
        block.format(
            zone=zone,
            cache=cache,
            local=NODE_LOCAL_DNS_IP,
            upstream=upstream,
            health=f"    health {NODE_LOCAL_DNS_IP}:8080\n" if zone == CLUSTER_DOMAIN else "",
        )
        for zone, cache, upstream in (
            (CLUSTER_DOMAIN, "30", "__PILLAR__CLUSTER__DNS__ {\n            force_tcp\n    }"),
            ("in-addr.arpa", "30", "__PILLAR__CLUSTER__DNS__ {\n            force_tcp\n    }"),
            (".", "30", "__PILLAR__UPSTREAM__SERVERS__"),
        )
    )


def _rule(chain: str, side: str, proto: str) -> str:
    port = "--dport" if side == "-d" else "--sport"
    return (
        f"-A {chain} {side} {NODE_LOCAL_DNS_IP}/32 -p {proto} -m {proto} {port} 53 "
        f'-m comment --comment "{COMMENT}" -j NOTRACK'
    )


def rules() -> str:
    """node-cache's raw-table rules, as one iptables-restore input that leaves the other tables alone
    (--noflush). Its filter ACCEPTs are left out: the lab nodes' INPUT and OUTPUT policies accept, and a
    kube-proxy resync (a full filter restore) would drop them."""
    lines = ["*raw"]
    for chain, side in (("PREROUTING", "-d"), ("OUTPUT", "-s"), ("OUTPUT", "-d")):
        lines += [_rule(chain, side, proto) for proto in ("tcp", "udp")]
    return "\n".join([*lines, "COMMIT"]) + "\n"


def setup_node(node: Node) -> None:
    """The dummy device with the link-local address, and the rules (node-cache's start-up)."""
    ip_batch(
        node.netns,
        [
            # node-cache makes a dummy device; this kernel has no dummy driver (CONFIG_DUMMY is not set): a
            # bridge without ports holds the address the same way (a local address, delivered locally)
            f"link add {NODE_LOCAL_DNS_DEV} type bridge",
            f"addr add {NODE_LOCAL_DNS_IP}/32 dev {NODE_LOCAL_DNS_DEV}",
            f"link set {NODE_LOCAL_DNS_DEV} up",
        ],
    )
    run(in_netns(node.netns, ["iptables-restore", "--noflush"]), stdin=rules())


def process_name(node: Node) -> str:
    return f"nodelocal-{node.name}"


def health_name(node: Node) -> str:
    return f"nodelocal-health-{node.name}"


def start_cache(paths: LabPaths, node: Node) -> int:
    d = paths.root / "nodelocal" / node.name
    d.mkdir(parents=True, exist_ok=True)
    argv = in_netns(
        node.netns,
        [
            "dnsmasq",
            "--keep-in-foreground",
            "--conf-file=/dev/null",
            "--no-resolv",
            "--no-hosts",
            f"--listen-address={NODE_LOCAL_DNS_IP}",
            "--bind-interfaces",
            "--port=53",
            f"--server=/{CLUSTER_DOMAIN}/{CLUSTER_DNS_IP}",
            f"--server=/in-addr.arpa/{CLUSTER_DNS_IP}",
            "--user=root",
            "--group=root",
            "--cache-size=1000",
            f"--pid-file={d / 'dnsmasq.pid'}",
        ],
    )
    pid = procs.spawn(paths, process_name(node), argv)
    procs.wait_listening(pid, 53, f"NodeLocal DNSCache on {node.name}")
    health = in_netns(
        node.netns,
        procs.python_module(
            "lab.standins.nodecache_health", "--address", NODE_LOCAL_DNS_IP, "--port", str(HEALTH_PORT)
        ),
    )
    health_pid = procs.spawn(paths, health_name(node), health)
    procs.wait_listening(health_pid, HEALTH_PORT, f"NodeLocal DNSCache's health endpoint on {node.name}")
    return pid


def start_all(paths: LabPaths, model: LabModel) -> None:
    if not model.node_local_dns:
        return
    for node in model.nodes:
        setup_node(node)
        start_cache(paths, node)


def signal_cache(paths: LabPaths, node: Node, sig: signal.Signals) -> bool:
    """Stop (SIGSTOP) or resume (SIGCONT) the cache on one node, its health endpoint with it (one process
    in node-cache); False when it is not running."""
    pids = procs.recorded_pids(paths)
    found = [pids.get(process_name(node)), pids.get(health_name(node))]
    if any(pid is None or not procs.alive(pid) for pid in found):
        return False
    for pid in found:
        assert pid is not None
        os.kill(pid, sig)
    return True
