"""Parser for `iptables-save -t filter` (also with `-c` counters): the chains' policies and every rule.

Format: iptables-save(8) as printed by iptables 1.8 (legacy and nf_tables alike): `*filter`, one
`:CHAIN POLICY [packets:bytes]` line per chain (`-` for user chains), then `[-c counters] -A CHAIN …` rules
in order, `COMMIT`. A rule keeps its options as written (so a fix can name it exactly: `iptables -D CHAIN
<same options>`) and the matches podnet can evaluate; negation (`! -s X`) is kept per option.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field

from checks.outputs._common import lines_of

_POLICY = re.compile(r"^:(?P<chain>\S+)\s+(?P<policy>\S+)")
_COUNTERS = re.compile(r"^\[\d+:\d+\]\s+")
_ALIASES = {
    "--protocol": "-p",
    "--source": "-s",
    "--src": "-s",
    "--destination": "-d",
    "--dst": "-d",
    "--in-interface": "-i",
    "--out-interface": "-o",
    "--jump": "-j",
    "--goto": "-g",
    "--match": "-m",
    "--destination-port": "--dport",
    "--source-port": "--sport",
    "--destination-ports": "--dports",
    "--source-ports": "--sports",
    "--append": "-A",
}
_FLAGS = frozenset({"-f", "--fragment", "--syn"})  # options without a value


@dataclass(frozen=True)
class Option:
    name: str  # "-p", "--dport", "--ctstate", "--comment", …
    value: str
    negated: bool = False


@dataclass(frozen=True)
class FilterRule:
    """One rule: its chain, position in the chain (1-based), options in order, and the options' text as
    iptables-save printed it (after `-A CHAIN`), for an exact `iptables -D CHAIN …`."""

    chain: str
    position: int
    options: tuple[Option, ...]
    spec: tuple[str, ...]

    def get(self, name: str) -> Option | None:
        return next((o for o in self.options if o.name == name), None)

    @property
    def target(self) -> str:
        """The `-j` target (or `-g` chain); "" when the rule only counts."""
        option = self.get("-j") or self.get("-g")
        return option.value if option else ""

    @property
    def matches(self) -> tuple[str, ...]:
        """The match modules loaded with `-m` (udp, tcp, multiport, comment, conntrack, set, …)."""
        return tuple(o.value for o in self.options if o.name == "-m")

    @property
    def comment(self) -> str | None:
        option = self.get("--comment")
        return option.value if option else None


@dataclass(frozen=True)
class FilterTable:
    """policies: chain -> policy (ACCEPT, DROP; "-" for user chains); rules in order; found: a `*filter`
    table (or at least one chain or rule) was in the text."""

    policies: dict[str, str] = field(default_factory=dict)
    rules: tuple[FilterRule, ...] = ()
    found: bool = False

    def chain(self, name: str) -> list[FilterRule]:
        return [r for r in self.rules if r.chain == name]


def _tokens(line: str) -> list[str]:
    try:
        return shlex.split(line)
    except ValueError:  # an unbalanced quote in a comment
        return line.split()


def _rule(line: str, position: int) -> FilterRule | None:
    tokens = [_ALIASES.get(t, t) for t in _tokens(_COUNTERS.sub("", line.strip()))]
    if len(tokens) < 2 or tokens[0] != "-A":
        return None
    spec = tuple(tokens[2:])
    options: list[Option] = []
    negated = False
    i = 0
    while i < len(spec):
        word = spec[i]
        if word == "!":
            negated = True
            i += 1
            continue
        if not word.startswith("-"):  # a stray value: keep the text, nothing to evaluate
            i += 1
            continue
        if word in _FLAGS:
            options.append(Option(word, "", negated))
            negated = False
            i += 1
            continue
        values: list[str] = []
        i += 1
        while i < len(spec) and spec[i] != "!" and not spec[i].startswith("-"):
            values.append(spec[i])
            i += 1
        options.append(Option(word, " ".join(values), negated))
        negated = False
    return FilterRule(tokens[1], position, tuple(options), spec)


def parse_filter_table(text: str) -> FilterTable:
    """The filter table of iptables-save output (the whole text when it has no `*table` lines)."""
    policies: dict[str, str] = {}
    rules: list[FilterRule] = []
    counts: dict[str, int] = {}
    table: str | None = None
    found = False
    for line in lines_of(text):
        stripped = line.strip()
        if stripped.startswith("*"):
            table = stripped[1:]
            found = found or table == "filter"
            continue
        if table not in (None, "filter") or not stripped or stripped.startswith("#"):
            continue
        if match := _POLICY.match(stripped):
            policies[match["chain"]] = match["policy"]
            found = True
        elif (rule := _rule(stripped, counts.get(_chain_of(stripped), 0) + 1)) is not None:
            counts[rule.chain] = rule.position
            rules.append(rule)
            found = True
    return FilterTable(policies, tuple(rules), found)


def _chain_of(line: str) -> str:
    tokens = _COUNTERS.sub("", line).split()
    return tokens[1] if len(tokens) > 1 and tokens[0] in ("-A", "--append") else ""
