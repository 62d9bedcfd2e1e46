"""Say for each URL whether its thread is FREE or HELD (by the repository, or by this set's own files).

Usage: python3 check.py [--set DIR] URL [URL ...]   (DIR: the collector's directory; its *.jsonl rows count)
Prints one line per URL: FREE or HELD, the thread key, the URL. Reads only `id`/`source` of any row.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from keys import repository_keys, thread_key


def own_keys(directory: Path | None) -> set[str]:
    if directory is None:
        return set()
    out = set()
    for path in sorted(directory.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.add(thread_key(str(json.loads(line).get("source", ""))))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", type=Path, default=None)
    ap.add_argument("urls", nargs="+")
    args = ap.parse_args()
    held, _ = repository_keys()
    mine = own_keys(args.set)
    for url in args.urls:
        key = thread_key(url)
        state = "HELD" if key in held else ("HELD(own)" if key in mine else "FREE")
        print(state, key, url)


if __name__ == "__main__":
    main()
