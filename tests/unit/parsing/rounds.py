"""What every round's format tests share (each held-out round adds a rules module and a test module for it): the
triples the parser reads from a paste, and which rules fire on a paste (which rule found a failure is not part of
the parser's result, so this walks the rules as the parser does)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from checks.parsing import DnsFailure, parse_failures
from checks.parsing.document import Document
from checks.parsing.normalize import normalize
from checks.parsing.rules import RULES
from checks.parsing.rules.base import Rule


def triples(text: str, parse: Callable[[str], Sequence[DnsFailure]] = parse_failures) -> list[tuple[str, str, bool]]:
    """(host, kind, redacted) of each failure read from `text`, in the parser's order."""
    return [(f.host, f.kind, f.redacted) for f in parse(text)]


def found(text: str) -> set[tuple[str, str]]:
    """(host, kind) of each failure read from `text`."""
    return {(f.host, f.kind) for f in parse_failures(text)}


def flagged(text: str) -> set[tuple[str, str, bool]]:
    """(host, kind, redacted) of each failure read from `text`."""
    return set(triples(text))


def rules_that_fire(text: str) -> set[str]:
    """The names of the rules that yield a hit on `text`."""
    doc = Document(normalize(text))
    fired: set[str] = set()
    for rule in RULES:
        for seg in doc.segments(rule.triggers):
            if any(rule.build(m, seg) for m in rule.regex.finditer(seg.text)):
                fired.add(rule.name)
    return fired


def unfired(rules: Iterable[Rule], texts: Iterable[str]) -> set[str]:
    """The names of `rules` that none of `texts` fires (each rule must be wired into RULES to fire at all)."""
    fired: set[str] = set()
    for text in texts:
        fired |= rules_that_fire(text)
    return {r.name for r in rules} - fired


def named_rules(*names: str) -> tuple[Rule, ...]:
    """The rules of RULES with these names: a round's rules after they moved into modules named by what they read."""
    found = tuple(r for r in RULES if r.name in names)
    assert {r.name for r in found} == set(names), set(names) - {r.name for r in found}
    return found
