"""What every round's format tests share (each held-out round adds a rules module and a test module for it): the
triples the parser reads from a paste, which rules fire on a paste (which rule found a failure is not part of the
parser's result, so this walks the rules as the parser does), and the tests each round's module makes of its lists
of cases (`reads`, `reads_nothing`, `flags`, `flags_stand_in`, `stays_real`: a module assigns each to its test's
name)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import pytest

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


Ids = str | None
"""How a round's cases are named in test ids: `"round"` gives `round-0`, `round-1`...; `""` the bare numbers; None
pytest's own ids."""


def _ids(prefix: Ids, n: int) -> list[str] | None:
    if prefix is None:
        return None
    return [f"{prefix}-{i}" if prefix else str(i) for i in range(n)]


def reads(cases: Sequence[tuple[str, set[tuple[str, str]]]], prefix: Ids = "round") -> Callable[..., None]:
    """A test that each case's text reads as exactly its (host, kind) pairs."""

    @pytest.mark.parametrize(("text", "want"), cases, ids=_ids(prefix, len(cases)))
    def test(text: str, want: set[tuple[str, str]]) -> None:
        assert found(text) == want

    return test


def reads_nothing(texts: Sequence[str], prefix: Ids = "lookalike") -> Callable[..., None]:
    """A test that each look-alike text reads as no failure."""

    @pytest.mark.parametrize("text", texts, ids=_ids(prefix, len(texts)))
    def test(text: str) -> None:
        assert parse_failures(text) == []

    return test


def flags(cases: Sequence[tuple[str, set[tuple[str, str, bool]]]], prefix: Ids = "stand-in") -> Callable[..., None]:
    """A test that each case's text reads as exactly its (host, kind, redacted) triples."""

    @pytest.mark.parametrize(("text", "want"), cases, ids=_ids(prefix, len(cases)))
    def test(text: str, want: set[tuple[str, str, bool]]) -> None:
        assert flagged(text) == want

    return test


def flags_stand_in(cases: Sequence[tuple[str, str]]) -> Callable[..., None]:
    """A test that each case's name is among the failures its text reads, flagged as a stand-in (LABELS.md)."""

    @pytest.mark.parametrize(("text", "name"), cases, ids=[name for _, name in cases])
    def test(text: str, name: str) -> None:
        assert (name, True) in {(f.host, f.redacted) for f in parse_failures(text)}

    return test


def stays_real(texts: Sequence[str]) -> Callable[..., None]:
    """A test that each text reads a failure and flags none of its names as a stand-in (a name that only looks made
    up)."""

    @pytest.mark.parametrize("text", texts)
    def test(text: str) -> None:
        found = parse_failures(text)
        assert found and not any(f.redacted for f in found)

    return test
