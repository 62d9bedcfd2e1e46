"""Append one labelled row to a set's file, refusing a held thread or a used id; print the running counts.

Usage: python3 add.py FILE.jsonl ROW_JSON     (ROW_JSON: the row as one JSON object, or '-' for stdin)
The row must have exactly the fields id, source, text, expected, runtime (in that order). Refused (exit 2,
nothing written) if its thread is held by the repository or by any *.jsonl file in FILE's directory, or its
id is used by the repository or by any such file. Reads only `id`/`source` of repository rows.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from keys import repository_keys, thread_key

FIELDS = ["id", "source", "text", "expected", "runtime"]
KINDS = {"nxdomain", "temporary", "timeout", "servfail", "refused", "other"}


def refuse(why: str) -> None:
    print("REFUSED:", why)
    sys.exit(2)


def counts(directory: Path) -> str:
    parts = []
    for path in sorted(directory.glob("*.jsonl")):
        rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        pos = sum(1 for r in rows if r["expected"])
        parts.append(f"{path.name}: rows {len(rows)}, positives {pos}, negatives {len(rows) - pos}")
    return "; ".join(parts)


def main() -> None:
    target = Path(sys.argv[1])
    raw = sys.stdin.read() if sys.argv[2] == "-" else sys.argv[2]
    row = json.loads(raw)
    if list(row) != FIELDS:
        refuse(f"fields must be exactly {FIELDS}, got {list(row)}")
    neg = str(row["id"]).startswith("neg-")
    if neg != (row["expected"] == []):
        refuse("an id starting 'neg-' must have expected == [] and only then")
    for e in row["expected"]:
        if e.get("kind") not in KINDS:
            refuse(f"kind {e.get('kind')!r} not one of {sorted(KINDS)}")
        if e["host"].lower() not in row["text"].lower():
            refuse(f"host {e['host']!r} does not occur in the text")
    held, ids = repository_keys()
    key = thread_key(row["source"])
    if key in held:
        refuse(f"thread {key} is held by the repository")
    for path in sorted(target.parent.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            other = json.loads(line)
            if thread_key(other["source"]) == key:
                refuse(f"thread {key} is already in {path.name}")
            if other["id"] == row["id"]:
                refuse(f"id {row['id']} is already in {path.name}")
    if row["id"] in ids:
        refuse(f"id {row['id']} is used by the repository")
    with target.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("ADDED", row["id"], "|", counts(target.parent))


if __name__ == "__main__":
    main()
