"""coredns-health's upstream part: where CoreDNS forwards names outside the cluster, and whether that
upstream answers from the CoreDNS nodes.

The Corefile's `forward .` targets are IPs (queried straight from each CoreDNS node) or a resolv.conf
(kubeadm's default `forward . /etc/resolv.conf`: CoreDNS's pods, dnsPolicy Default, get the node's, so
the node's /etc/resolv.conf is read, and /run/systemd/resolve/resolv.conf where the first names only
systemd-resolved's stub — kubeadm's kubelet then hands pods that file). An upstream that is a loopback
address or the cluster DNS itself, on CoreDNS's own port, is CoreDNS forwarding to itself: the loop
plugin's crash (127.0.0.1:5353 is a sidecar resolver, not CoreDNS).
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field

from checks.cluster.corefile import Corefile, ForwardTarget
from checks.ladder.base import Collector, StepContext
from checks.outputs.dig import parse_dig
from checks.outputs.resolv_conf import parse_resolv_conf
from checks.remote.catalog import RESOLV_CONFS, CatalogCommand, resolv_conf, upstream_dig

MAX_TARGETS = 3  # CoreDNS's forward uses up to 15; a few show whether the upstream side answers


@dataclass
class Upstreams:
    """What was learnt of the upstream on each CoreDNS node."""

    answered: dict[str, list[str]] = field(default_factory=dict)  # node -> upstream IPs that answered
    silent: dict[str, list[str]] = field(default_factory=dict)  # node -> upstream IPs that did not
    itself: list[str] = field(default_factory=list)  # upstreams that are CoreDNS / loopback

    @property
    def failing_nodes(self) -> list[str]:
        """Nodes from which no upstream answered."""
        return sorted(n for n, ips in self.silent.items() if ips and not self.answered.get(n))


def ipv4_targets(targets: tuple[ForwardTarget, ...]) -> list[str]:
    out = []
    for t in targets:
        if t.address and t.port == 53 and ipaddress.ip_address(t.address).version == 4 and not t.loopback:
            out.append(t.address)
    return out[:MAX_TARGETS]


def needs(ctx: StepContext, corefile: Corefile | None, nodes: list[str], probe: str) -> dict[str, list[CatalogCommand]]:
    if corefile is None:
        return {}
    targets = corefile.upstreams()
    out: dict[str, list[CatalogCommand]] = {}
    for node in nodes:
        commands = [upstream_dig(ip, probe) for ip in ipv4_targets(targets)]
        if any(t.path for t in targets):
            commands += [resolv_conf(p) for p in RESOLV_CONFS]
        if commands:
            out[node] = commands
    return out


def _is_coredns(ctx: StepContext, ip: str, port: int = 53, listen: int = 53) -> bool:
    """Whether IP:PORT is CoreDNS itself: a loopback address, the cluster DNS or a CoreDNS endpoint, on
    the port CoreDNS's server block listens on (127.0.0.1:5353 is a sidecar resolver, not CoreDNS)."""
    if port != listen:
        return False
    dns = ctx.snap.dns_service
    try:
        loop = ipaddress.ip_address(ip).is_loopback
    except ValueError:
        return False
    return loop or (dns is not None and ip == dns.cluster_ip) or any(e.ip == ip for e in ctx.snap.dns_endpoints)


def _from_resolv_conf(ctx: StepContext, f: Collector, node: str) -> list[str] | None:
    """The nameservers the node's CoreDNS pods forward to (None: could not tell, said as unchecked)."""
    etc, systemd = ctx.run(node, [resolv_conf(p) for p in RESOLV_CONFS])
    if etc.exit_status != 0:
        f.not_run(etc, "could not read /etc/resolv.conf")
        return None
    f.cite(etc, [ln for ln in etc.output.splitlines() if ln.startswith("nameserver")][:4] or None)
    found = parse_resolv_conf(etc.output)
    if found.only_loopback and systemd.exit_status == 0:
        f.cite(systemd, [ln for ln in systemd.output.splitlines() if ln.startswith("nameserver")][:4] or None)
        behind = parse_resolv_conf(systemd.output)
        if behind.nameservers:
            return list(behind.nameservers)
    if found.only_loopback:
        f.unchecked(
            "coredns-health.upstream-unknown",
            f"{node}: /etc/resolv.conf names only {', '.join(found.nameservers)} (a local stub) and there is no "
            "/run/systemd/resolve/resolv.conf: which upstream kubelet gives CoreDNS depends on its resolvConf",
            (node,),
        )
        return None
    return list(found.nameservers)


def probe(ctx: StepContext, f: Collector, corefile: Corefile, nodes: list[str], name: str) -> Upstreams:
    """Query each upstream from each CoreDNS node; say which are CoreDNS itself."""
    out = Upstreams()
    targets = corefile.upstreams()
    listen = corefile.root.port if corefile.root is not None else 53
    itself = [t.text for t in targets if t.address and _is_coredns(ctx, t.address, t.port, listen)]
    for node in nodes:
        ips = ipv4_targets(targets)
        if any(t.path for t in targets):
            from_file = _from_resolv_conf(ctx, f, node)
            if from_file is not None:
                itself += [ip for ip in from_file if _is_coredns(ctx, ip)]
                ips += [ip for ip in from_file if not _is_coredns(ctx, ip) and ":" not in ip][:MAX_TARGETS]
        for ip, result in zip(ips, ctx.run(node, [upstream_dig(ip, name) for ip in ips]), strict=True):
            if result.exit_status is None:
                f.not_run(result, "dig did not run")
                continue
            answer = parse_dig(result.output)
            f.cite(
                result,
                [ln for ln in result.output.splitlines() if "status:" in ln or "timed out" in ln or "no servers" in ln][
                    :2
                ]
                or None,
            )
            (out.answered if answer.status is not None else out.silent).setdefault(node, []).append(ip)
    out.itself = list(dict.fromkeys(itself))
    return out
