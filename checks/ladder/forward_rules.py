"""Does a node's filter table let DNS between pods and CoreDNS through its FORWARD chain?

Pure judgement over a parsed `iptables-save -t filter` (`checks.outputs.iptables_filter`), for the
`node-forwarding` step. The flows are the ones the pod network forwards for a lookup: queries from the
pods (the IP pools, the client pod) to the CoreDNS pods, UDP and TCP, destination port 53, state NEW,
and their replies (source port 53, ESTABLISHED). With kube-proxy's iptables NAT the Service IP is
rewritten in PREROUTING, so FORWARD sees the CoreDNS pod IPs, never the Service IP. With IPVS the Service
IP is a local address of the node (kube-ipvs0): a local pod's query goes through INPUT (then IPVS sends
it on from the node itself, through OUTPUT), so the step reads INPUT for those queries (`chain="INPUT"`)
and FORWARD only for what the node really forwards (replies; queries from other nodes to its CoreDNS).

FORWARD's rules are followed in order up to Calico's jump (`-j cali-FORWARD`), into user chains they jump
to (not Calico's `cali-*`, whose rules are Calico policy, nor kube-proxy's `KUBE-*`); a DROP or REJECT
that one of the flows meets first is a blocker. A rule with a match podnet cannot evaluate (ipset, mark,
physdev, …) that could meet the flows is reported as unevaluated, never as a blocker.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from checks.outputs.iptables_filter import FilterRule, FilterTable, Option

CALICO_JUMPS = {"FORWARD": "cali-FORWARD", "INPUT": "cali-INPUT"}
Net = ipaddress.IPv4Network
Match = Literal["yes", "no", "unknown"]

_PROTOCOLS = {"udp": "udp", "17": "udp", "tcp": "tcp", "6": "tcp", "all": "all", "0": "all"}
_KNOWN_MATCHES = frozenset({"udp", "tcp", "multiport", "comment", "conntrack", "state"})
_TARGET_OPTIONS = frozenset({"-j", "-g", "-m", "--comment", "--reject-with", "--log-prefix", "--log-level"})
_FINAL = frozenset({"DROP", "REJECT", "ACCEPT"})
_EPHEMERAL = (1024, 65535)
ANY: Net = ipaddress.IPv4Network("0.0.0.0/0")


@dataclass(frozen=True)
class Flow:
    """One kind of packet of a lookup: `query` from a pod to CoreDNS, or its `reply`."""

    direction: Literal["query", "reply"]
    protocol: Literal["udp", "tcp"]
    src: tuple[Net, ...]
    dst: tuple[Net, ...]

    @property
    def sport(self) -> tuple[int, int]:
        return (53, 53) if self.direction == "reply" else _EPHEMERAL

    @property
    def dport(self) -> tuple[int, int]:
        return (53, 53) if self.direction == "query" else _EPHEMERAL

    @property
    def state(self) -> str:
        return "NEW" if self.direction == "query" else "ESTABLISHED"

    def label(self) -> str:
        return f"{self.protocol.upper()} {'queries' if self.direction == 'query' else 'replies'}"


def dns_flows(clients: Iterable[Net], servers: Iterable[Net]) -> tuple[Flow, ...]:
    c, s = tuple(clients) or (ANY,), tuple(servers) or (ANY,)
    return tuple(
        Flow(direction, protocol, *((c, s) if direction == "query" else (s, c)))
        for direction in ("query", "reply")
        for protocol in ("udp", "tcp")
    )


@dataclass(frozen=True)
class Hit:
    """A rule (and the chain path to it) that the flows named meet: a blocker, or one not evaluated."""

    rule: FilterRule
    path: tuple[str, ...]  # FORWARD, then the user chains jumped through
    flows: tuple[str, ...]
    why: str = ""


@dataclass
class ForwardReading:
    policy: str | None
    calico_chains: bool  # any cali-* chain in the table (Calico programs this node with iptables)
    calico_jump: FilterRule | None
    blockers: list[Hit] = field(default_factory=list)
    unevaluated: list[Hit] = field(default_factory=list)


def _ports(text: str) -> list[tuple[int, int]]:
    out = []
    for part in text.split(","):
        low, colon, high = part.partition(":")
        try:
            out.append((int(low or 0), int(high or 65535) if colon else int(low)))
        except ValueError:
            return []
    return out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _nets(text: str) -> list[Net] | None:
    try:
        return [ipaddress.IPv4Network(part, strict=False) for part in text.split(",")]
    except ValueError:
        return None


def _iface(pattern: str, candidates: Iterable[str]) -> bool:
    """Could `pattern` (`-i`/`-o`, `+` a wildcard suffix) name one of the flows' interfaces?"""
    if pattern.endswith("+"):
        return any(c.startswith(pattern[:-1]) for c in candidates)
    return pattern in candidates


def _option(option: Option, flow: Flow, interfaces: tuple[str, ...]) -> Match:
    name, value = option.name, option.value
    if name in _TARGET_OPTIONS:
        return "unknown" if name == "-m" and value not in _KNOWN_MATCHES else "yes"
    if name == "-p":
        proto = _PROTOCOLS.get(value.lower())
        if proto is None:
            return "no" if not option.negated else "yes"
        hit = proto in ("all", flow.protocol)
    elif name in ("-s", "-d"):
        nets = _nets(value)
        if nets is None:
            return "unknown"
        side = flow.src if name == "-s" else flow.dst
        if option.negated:
            return "yes" if any(not any(n.subnet_of(x) for x in nets) for n in side) else "no"
        if any(n.subnet_of(x) for n in side for x in nets):
            hit = True
        elif any(n.overlaps(x) for n in side for x in nets):
            return "unknown"  # the rule covers part of the range only: whether DNS meets it depends on the pod
        else:
            hit = False
    elif name in ("--dport", "--sport", "--dports", "--sports"):
        ranges = _ports(value)
        if not ranges:
            return "unknown"
        mine = flow.dport if name.startswith("--d") else flow.sport
        hit = any(_overlap(mine, r) for r in ranges)
    elif name in ("-i", "-o"):
        hit = _iface(value, interfaces)
        if option.negated:  # some interface of the flows is not the one named
            return "yes" if any(not _iface(value, (c,)) for c in interfaces) else "no"
    elif name in ("--ctstate", "--state"):
        hit = flow.state in value.split(",")
    elif name == "--syn":
        hit = flow.protocol == "tcp" and flow.direction == "query"
    else:
        return "unknown"
    return "yes" if hit != option.negated else "no"


def rule_meets(rule: FilterRule, flow: Flow, interfaces: tuple[str, ...]) -> tuple[Match, str]:
    """Does `flow` match `rule`? "unknown" (and which option) when an option cannot be evaluated and
    none of the others rules the flow out."""
    unknown = ""
    for option in rule.options:
        got = _option(option, flow, interfaces)
        if got == "no":
            return "no", ""
        if got == "unknown" and not unknown:
            unknown = f"{'! ' if option.negated else ''}{option.name} {option.value}".strip()
    return ("unknown", unknown) if unknown else ("yes", "")


def read_forward(
    table: FilterTable, flows: tuple[Flow, ...], interfaces: tuple[str, ...], chain: str = "FORWARD"
) -> ForwardReading:
    """`chain` (FORWARD; INPUT where kube-proxy's IPVS makes the Service IP a local address) read up to
    Calico's jump (`cali-FORWARD`, `cali-INPUT`) for the flows given."""
    jump = CALICO_JUMPS[chain]
    reading = ForwardReading(
        table.policies.get(chain),
        any(c.startswith("cali-") for c in table.policies),
        next((r for r in table.chain(chain) if r.target == jump), None),
    )
    if flows:
        decided: set[int] = set()  # flows (by index) already accepted or dropped
        scope = dict.fromkeys(range(len(flows)), "")
        _walk(table, chain, (chain,), flows, interfaces, decided, reading, scope, 0)
    return reading


def _walk(
    table: FilterTable,
    chain: str,
    path: tuple[str, ...],
    flows: tuple[Flow, ...],
    interfaces: tuple[str, ...],
    decided: set[int],
    reading: ForwardReading,
    scope: dict[int, str],
    depth: int,
) -> None:
    """Follow `chain`'s rules for the flows in `scope` (flow -> "" when it surely reaches this chain, else
    the match that could not be evaluated on the way), up to Calico's jump in the built-in chain."""
    scope = dict(scope)
    for rule in table.chain(chain):
        if depth == 0 and rule.target == CALICO_JUMPS.get(chain):
            return
        sure: list[int] = []
        maybe: dict[int, str] = {}
        for i, why_here in scope.items():
            if i in decided:
                continue
            got, why = rule_meets(rule, flows[i], interfaces)
            if got == "yes" and not why_here:
                sure.append(i)
            elif got != "no":
                maybe[i] = why or why_here
        target = rule.target
        if target in ("DROP", "REJECT"):
            if sure:
                reading.blockers.append(Hit(rule, path, tuple(flows[i].label() for i in sure)))
            if maybe:
                labels = tuple(flows[i].label() for i in maybe)
                reading.unevaluated.append(Hit(rule, path, labels, next(iter(maybe.values()))))
        if target in _FINAL:
            decided.update(sure)
        elif target == "RETURN" and depth > 0:
            for i in sure:
                scope.pop(i)
        elif target in table.policies and not target.startswith(("cali-", "KUBE-")) and depth < 4 and (sure or maybe):
            inner = {**dict.fromkeys(sure, ""), **maybe}
            _walk(table, target, (*path, target), flows, interfaces, decided, reading, inner, depth + 1)
