"""The pre-registered de-duplication of new held-out sets, before they are measured.

Usage: python3 dedup.py PASTES_DIR OUT_DIR FILE [FILE ...]   (the new sets' in-frame files, earliest letter first)
A row is dropped when its thread is held by any row under PASTES_DIR (the registered commit's
`tests/fixtures/pastes`) or by a row of an earlier-lettered new set; the rest is written to OUT_DIR under the same
file name. The decision reads only `source` (and prints `id`s): nothing of what a row says is seen.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from keys import repository_keys, thread_key


def main() -> None:
    pastes, out, files = Path(sys.argv[1]), Path(sys.argv[2]), [Path(p) for p in sys.argv[3:]]
    held, _ = repository_keys(pastes)
    out.mkdir(parents=True, exist_ok=True)
    taken: set[str] = set()
    for path in files:
        lines = [x for x in path.read_text(encoding="utf-8").splitlines() if x.strip()] if path.exists() else []
        kept, dropped = [], []
        for line in lines:
            row = json.loads(line)
            key = thread_key(row["source"])
            if key in held or key in taken:
                dropped.append(row["id"])
            else:
                kept.append(line)
        taken |= {thread_key(json.loads(x)["source"]) for x in kept}
        (out / path.name).write_text("".join(x + "\n" for x in kept), encoding="utf-8")
        print(path.name, "delivered", len(lines), "kept", len(kept), "dropped", dropped)


if __name__ == "__main__":
    main()
