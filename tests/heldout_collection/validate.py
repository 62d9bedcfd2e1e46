"""Validate a set's two files before it is reported.

Usage: python3 validate.py PREFIX IN_FRAME.jsonl [OFF_FRAME.jsonl]
PREFIX is the set's id stem, e.g. `hgx`: in-frame ids start `PREFIX-` or `neg-PREFIX-`, off-frame ids `PREFIX-off-`
(or `neg-PREFIX-off-`). Checks: five fields in order; unique ids not used by the repository; `neg-` iff no
failure; no thread shared with the repository or used twice across the two files; every host occurs in the text
(case-insensitively), is lower-case unless redacted, has no trailing dot, is listed once per row; kinds from the
list; `redacted` is `true` when present. Prints counts and PASSED, or each problem and FAILED (exit 1).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from keys import repository_keys, thread_key

FIELDS = ["id", "source", "text", "expected", "runtime"]
KINDS = {"nxdomain", "temporary", "timeout", "servfail", "refused", "other"}


def main() -> None:
    prefix, files = sys.argv[1], [Path(p) for p in sys.argv[2:]]
    held, repo_ids = repository_keys()
    problems: list[str] = []
    seen_keys: dict[str, str] = {}
    seen_ids: set[str] = set()
    for n, path in enumerate(files):
        off = n == 1
        rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        kinds: Counter[str] = Counter()
        redacted = 0
        for row in rows:
            rid = str(row.get("id"))
            if list(row) != FIELDS:
                problems.append(f"{rid}: fields {list(row)}")
                continue
            stem = rid[4:] if rid.startswith("neg-") else rid
            want = f"{prefix}-off-" if off else f"{prefix}-"
            if not stem.startswith(want) or (not off and stem.startswith(f"{prefix}-off-")):
                problems.append(f"{rid}: id prefix (want {want})")
            if rid.startswith("neg-") != (row["expected"] == []):
                problems.append(f"{rid}: neg- prefix and expected disagree")
            if rid in seen_ids or rid in repo_ids:
                problems.append(f"{rid}: id used twice or used by the repository")
            seen_ids.add(rid)
            key = thread_key(row["source"])
            if key in held:
                problems.append(f"{rid}: thread {key} held by the repository")
            if key in seen_keys:
                problems.append(f"{rid}: thread {key} also in {seen_keys[key]}")
            seen_keys[key] = rid
            hosts = []
            for e in row["expected"]:
                host, kind = e.get("host", ""), e.get("kind")
                if set(e) - {"host", "kind", "redacted"}:
                    problems.append(f"{rid}: entry fields {sorted(e)}")
                if kind not in KINDS:
                    problems.append(f"{rid}: kind {kind!r}")
                kinds[str(kind)] += 1
                if "redacted" in e and e["redacted"] is not True:
                    problems.append(f"{rid}: redacted must be true when present")
                if e.get("redacted"):
                    redacted += 1
                elif host != host.lower():
                    problems.append(f"{rid}: host {host!r} not lower-case")
                if host.endswith("."):
                    problems.append(f"{rid}: host {host!r} has a trailing dot")
                if host.lower() not in row["text"].lower():
                    problems.append(f"{rid}: host {host!r} not in the text")
                hosts.append(host.lower())
            if len(hosts) != len(set(hosts)):
                problems.append(f"{rid}: a host listed twice")
        pos = sum(1 for r in rows if r.get("expected"))
        label = "off-frame" if off else "in-frame"
        kinds_text = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        print(
            f"{label}: rows {len(rows)}: positives {pos}, negatives {len(rows) - pos}; "
            f"entries {sum(kinds.values())} ({kinds_text}); redacted {redacted}"
        )
    print(f"key set: {len(held)} repository thread keys, {len(repo_ids)} repository ids")
    for p in problems:
        print("PROBLEM", p)
    print("FAILED" if problems else "PASSED")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
