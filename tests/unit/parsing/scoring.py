"""How the paste parser is scored on a file of labelled pastes: the corpus test and any held-out set use this.

A row is `{"id", "source", "text", "expected": [{"host", "kind", "redacted"?}], ...}`. Each expected entry
and each failure the parser finds is a (host, kind, redacted) triple; hosts compare case-insensitively
without a trailing dot. A row that says `"redacted": true` for a name expects the parser to flag that name
as a placeholder, and a name the parser flags must be labelled so. An unspecific `other` for a host that
also has a specific kind in the same row is dropped on both sides (the parser reports the specific one).

- precision: triples found that were expected / triples found;
- recall: triples found that were expected / triples expected;
- kind accuracy: among expected failures whose host the parser found, how many it gave the expected kind.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from checks.parsing import DnsFailure, parse_failures
from checks.parsing.parser import parse_with

Triple = tuple[str, str, bool]


def norm_host(host: str) -> str:
    return host.strip().rstrip(".").lower()


def _collapse(triples: set[Triple]) -> set[Triple]:
    specific = {h for h, k, _ in triples if k != "other"}
    return {t for t in triples if t[1] != "other" or t[0] not in specific}


def expected_triples(row: Mapping[str, Any]) -> set[Triple]:
    return _collapse({(norm_host(e["host"]), e["kind"], bool(e.get("redacted"))) for e in row["expected"]})


Parse = Callable[[str], Sequence[DnsFailure]]


def generic_only(text: str) -> list[DnsFailure]:
    """The generic rule alone, every specific rule off: how far it reaches on formats no specific rule knows."""
    return parse_with(text, specific=False)


def found_triples(text: str, parse: Parse = parse_failures) -> set[Triple]:
    return _collapse({(norm_host(f.host), f.kind, f.redacted) for f in parse(text)})


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    kind_accuracy: float
    rows: int
    positives: int
    misses: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"{self.rows} pastes ({self.positives} with failures, {self.rows - self.positives} without): "
            f"precision {self.precision:.3f}, recall {self.recall:.3f}, kind accuracy {self.kind_accuracy:.3f}"
        )


def score(rows: Iterable[Mapping[str, Any]], parse: Parse = parse_failures) -> Score:
    correct = predicted = expected = kind_seen = kind_right = n = positives = 0
    misses: list[str] = []
    for row in rows:
        n += 1
        want = expected_triples(row)
        got = found_triples(row["text"], parse)
        positives += bool(want)
        correct += len(want & got)
        predicted += len(got)
        expected += len(want)
        got_kinds: dict[str, set[str]] = {}
        for h, k, _ in got:
            got_kinds.setdefault(h, set()).add(k)
        for h, k, _ in want:
            if h in got_kinds:
                kind_seen += 1
                kind_right += k in got_kinds[h]
        if want != got:
            misses.append(f"  {row['id']}: expected {sorted(want)} got {sorted(got)}")
    return Score(
        precision=correct / predicted if predicted else 1.0,
        recall=correct / expected if expected else 1.0,
        kind_accuracy=kind_right / kind_seen if kind_seen else 1.0,
        rows=n,
        positives=positives,
        misses=misses,
    )


def read_rows(*paths: Path) -> list[dict[str, Any]]:
    """Every row of the given JSON-lines files, in order."""
    return [
        json.loads(line) for path in paths for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


if __name__ == "__main__":  # python -m tests.unit.parsing.scoring [--generic-only] FILE.jsonl [...]
    import sys

    args = sys.argv[1:]
    only = "--generic-only" in args
    files = [Path(p) for p in args if p != "--generic-only"]
    result = score(read_rows(*files), generic_only if only else parse_failures)
    print("\n".join(result.misses))
    print(result.line())
