"""Parser for kube-proxy's iptables-mode Service table in `iptables-save -t nat` (with or without `-c`).

Format: iptables-save(8) (one `-A CHAIN match... -j TARGET` rule per line, optional `[pkts:bytes]`
counters, `*table` sections) and kube-proxy's chain layout, documented in kubernetes
pkg/proxy/iptables/proxier.go: `KUBE-SERVICES` jumps per `-d VIP/32 -p PROTO --dport PORT` to a
`KUBE-SVC-…` chain (or `KUBE-EXT-…`/`KUBE-SVL-…`/`KUBE-FW-…`/`KUBE-XLB-…` on other kube-proxy versions
and traffic policies), which jumps to one `KUBE-SEP-…` chain per endpoint, each ending in
`-j DNAT --to-destination IP:PORT`. `iptables -t nat -S` output reads the same.

A Service without endpoints has its REJECT in the filter table: it is either absent here or returned with
no real servers, depending on the kube-proxy version.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass

from checks.outputs._common import host_of_prefix, split_host_port, to_int
from checks.outputs.services import RealServer, VirtualService

SCHEDULER = "iptables-random"
"""kube-proxy's iptables mode picks an endpoint with `-m statistic --mode random`."""

_SERVICE_CHAINS = ("KUBE-SVC-", "KUBE-SVL-", "KUBE-EXT-", "KUBE-FW-", "KUBE-XLB-")
_COUNTERS = re.compile(r"^\[\d+:\d+\]\s+")
_ALIASES = {
    "--destination": "-d",
    "--protocol": "-p",
    "--jump": "-j",
    "--destination-port": "--dport",
    "--append": "-A",
}


@dataclass(frozen=True)
class _Rule:
    chain: str
    options: dict[str, str]

    @property
    def target(self) -> str:
        return self.options.get("-j", "")


def _tokens(line: str) -> list[str]:
    try:
        return shlex.split(line)
    except ValueError:  # an unbalanced quote: the comment is all that suffers
        return line.split()


def _rule(line: str) -> _Rule | None:
    """An appended rule's chain and its non-negated options (first value of each)."""
    tokens = [_ALIASES.get(t, t) for t in _tokens(_COUNTERS.sub("", line.strip()))]
    if len(tokens) < 2 or tokens[0] != "-A":
        return None
    options: dict[str, str] = {}
    negated = False
    i = 2
    while i < len(tokens):
        word = tokens[i]
        value = tokens[i + 1] if i + 1 < len(tokens) else "-"
        takes_value = word.startswith("-") and value != "!" and not value.startswith("-")
        if takes_value and not negated:
            options.setdefault(word, value)
        negated = word == "!"
        i += 2 if takes_value else 1
    return _Rule(tokens[1], options)


def _nat_rules(text: str) -> list[_Rule]:
    """The rules of the nat table (all rules when the text has no `*table` lines, as with `-S`)."""
    rules: list[_Rule] = []
    table: str | None = None
    for line in text.splitlines():
        if line.startswith("*"):
            table = line[1:].strip()
        elif table in (None, "nat") and (rule := _rule(line)) is not None:
            rules.append(rule)
    return rules


def _endpoints(chain: str, jumps: dict[str, list[str]], dnat: dict[str, tuple[str, int]]) -> list[tuple[str, int]]:
    """The DNAT destinations reachable from a service chain, in rule order, each once."""
    found: list[tuple[str, int]] = []
    seen: set[str] = set()
    pending = [chain]
    while pending:
        current = pending.pop(0)
        if current in seen:
            continue
        seen.add(current)
        for target in jumps.get(current, []):
            if target.startswith("KUBE-SEP-") and target in dnat and dnat[target] not in found:
                found.append(dnat[target])
            elif target.startswith(_SERVICE_CHAINS):
                pending.append(target)
    return found


def _entry(rule: _Rule) -> tuple[str, str, int] | None:
    """(proto, vip, port) of a KUBE-SERVICES rule that sends a Service address to its chain."""
    if rule.chain != "KUBE-SERVICES" or not rule.target.startswith(_SERVICE_CHAINS):
        return None
    vip = host_of_prefix(rule.options.get("-d"))
    port = to_int(rule.options.get("--dport"))
    proto = rule.options.get("-p", "")
    if vip is None or port is None or not proto.isalpha():
        return None
    return (proto.upper(), vip, port)


def parse_kube_proxy_nat(text: str) -> list[VirtualService]:
    """kube-proxy's Services in the nat table, in KUBE-SERVICES order, with the endpoints each DNATs to."""
    rules = _nat_rules(text)
    jumps: dict[str, list[str]] = {}
    dnat: dict[str, tuple[str, int]] = {}
    for rule in rules:
        jumps.setdefault(rule.chain, []).append(rule.target)
        destination = split_host_port(rule.options.get("--to-destination", ""))
        if rule.target == "DNAT" and destination is not None:
            dnat.setdefault(rule.chain, destination)
    services: dict[tuple[str, str, int], list[tuple[str, int]]] = {}
    for rule in rules:
        if (key := _entry(rule)) is not None:
            merged = services.setdefault(key, [])
            merged.extend(e for e in _endpoints(rule.target, jumps, dnat) if e not in merged)
    return [
        VirtualService(proto, vip, port, SCHEDULER, tuple(RealServer(ip, p, "DNAT", 1, 0, 0) for ip, p in endpoints))
        for (proto, vip, port), endpoints in services.items()
    ]
