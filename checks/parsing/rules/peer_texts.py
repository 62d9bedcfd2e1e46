r"""Clustered servers' texts when a peer's name does not resolve, as held-out DE met them (issue #17, spent data).

- ZooKeeper's client (3.4, under Kafka, Solr, Druid, Pinpoint): `Unable to canonicalize address h/<unresolved>:2181
  because it's not resolvable` (SaslServerPrincipal's IllegalArgumentException), and its server's `ConfigException:
  Unable to canonicalize address h because it's not resolvable` for a `server.N=` line of zoo.cfg: h, with no
  resolver's reason (a bare `not resolvable` is read as `could not be resolved` is: `nxdomain` by LABELS.md);
- Neo4j's discovery (causal clustering): `Resolved initial host 'h:5000' to []`, the name answered with no address
  (`other`: no reason stated); a list with an address in it is a name that resolved;
- RabbitMQ's epmd monitor crashing on `{case_clause,{error,nxdomain}}`: the host is the fifth field of its state
  printed above (`** When Server state == {state,Timer,erl_epmd,"rabbit","h",25672}`);
- (held-out DG, DH, spent) Databend meta's DNS error (`dns error: Code: 1037, displayText = Cannot lookup ip h : proto
  error: ...`, hickory's reason after it): the kind from the reason, else `other`; libcluster's Kubernetes DNS
  strategy (`[libcluster:k8s] 'h.' : lookup against BASENAME failed: :nxdomain`): the kind from Erlang's reason.
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import ERLANG_ATOMS, classify
from checks.parsing.rules.base import Hit, LazyPattern, Rule, fixed, hit, rx

_ZK_CANONICALIZE = rx(
    r"Unable\sto\scanonicalize\saddress\s(?P<host>{H})"
    # (source-mined, ZooKeeper's QuorumPeer: a server line of zoo.cfg, `... address zk-1.zk-hs because it's not
    # resolvable`, no port)
    r"(?:/<unresolved>:\d{1,5}|(?=\s))\sbecause\sit(?:'|\u2019)?s\snot\sresolvable"
)

_NEO4J_INITIAL_HOST = rx(r"\bResolved\sinitial\shost\s'(?P<host>{H})(?::(?P<port>\d{1,5}))?'\sto\s\[\]")

_EPMD_MONITOR_STATE = rx(r"\berl_epmd,\s{0,2}\"[^\"\s]{1,64}\",\s{0,2}\"(?P<host>{H})\",\s{0,2}\d{1,5}\}")
_EPMD_NXDOMAIN = LazyPattern(r"\{case_clause,\s?\{error,\s?nxdomain\}")
EPMD_LINES = 6
"""Lines below the epmd monitor's state read for the `{error,nxdomain}` it crashed on."""


def _epmd_monitor(m: re.Match[str], seg: Segment) -> Hit | None:
    if _EPMD_NXDOMAIN.search(seg.text) is None and seg.first_below(_EPMD_NXDOMAIN, EPMD_LINES) is None:
        return None  # the monitor's state printed for another reason
    return hit(m, seg, "nxdomain", exact=True)


_CANNOT_LOOKUP_IP = rx(r"\bCannot\slookup\sip\s(?P<host>{H})\s:\s(?=(?P<rest>[^\n]{1,200}))")


def _cannot_lookup_ip(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, classify(m.group("rest")) or "other", exact=True)


_LIBCLUSTER_LOOKUP = rx(r"{Q}(?P<host>{H}){Q}\s:\slookup\sagainst\s[^\s:]{1,253}\sfailed:\s:(?P<reason>[a-z_]{2,20})\b")


def _libcluster_lookup(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, ERLANG_ATOMS.get(m.group("reason").lower(), "other"), exact=True)


RULES: tuple[Rule, ...] = (
    Rule(
        "zookeeper-canonicalize-unresolvable",
        ("unable to canonicalize address ",),
        _ZK_CANONICALIZE,
        fixed("nxdomain", exact=True),
    ),
    Rule("neo4j-initial-host-no-address", ("resolved initial host ",), _NEO4J_INITIAL_HOST, fixed("other")),
    Rule("rabbitmq-epmd-monitor-nxdomain", ("erl_epmd,",), _EPMD_MONITOR_STATE, _epmd_monitor),
    Rule("databend-cannot-lookup-ip", ("cannot lookup ip ",), _CANNOT_LOOKUP_IP, _cannot_lookup_ip),
    Rule("libcluster-lookup-against-failed", (" : lookup against ",), _LIBCLUSTER_LOOKUP, _libcluster_lookup),
)
