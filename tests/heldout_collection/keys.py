"""Thread keys of every labelled row in the repository, read from `id` and `source` only.

A collector of a held-out set must not take a thread that a corpus row or an earlier set already holds, and
must never see what those rows say: this module loads each row of every `.jsonl` file under
`tests/fixtures/pastes/` (the `offframe/` files included) and keeps two fields, `id` and `source`. Nothing
else of a row is returned, printed or kept.

A GitHub issue, pull request or discussion is one thread whatever the URL's tail (`#issuecomment-…`,
`/files`, `?q=`): its key is `owner/repo#N`, lower-cased. Any other URL's key is its host and path,
lower-cased, without scheme, query, fragment or trailing slash (the query kept where the path is empty: `/?p=N`).

The collection procedure these tools serve is in README.md beside them.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

# the registered commit's rows: set HELDOUT_PASTES to a worktree's tests/fixtures/pastes while main moves on
PASTES = Path(os.environ.get("HELDOUT_PASTES") or Path(__file__).resolve().parents[1] / "fixtures" / "pastes")

_GITHUB = re.compile(r"^/([^/]+)/([^/]+)/(?:issues|pull|pulls|discussions)/(\d+)", re.I)


def thread_key(url: str) -> str:
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    if host == "github.com":
        m = _GITHUB.match(parts.path)
        if m:
            return f"{m.group(1).lower()}/{m.group(2).lower()}#{m.group(3)}"
    path = parts.path.rstrip("/")
    if not path and parts.query:  # a site whose articles are `/?p=N` (held-out HD): the query names the page
        return f"{host}/?{parts.query}".lower()
    return (host + path).lower()


def repository_rows(root: Path = PASTES) -> list[tuple[str, str, str]]:
    """(file, id, source) of every row; no other field is read."""
    out = []
    for path in sorted(root.rglob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            out.append((str(path.relative_to(root)), str(row.get("id", "")), str(row.get("source", ""))))
    return out


def repository_keys(root: Path = PASTES) -> tuple[set[str], set[str]]:
    """(thread keys, ids) held by the repository's rows."""
    rows = repository_rows(root)
    return {thread_key(s) for _, _, s in rows if s}, {i for _, i, _ in rows}


if __name__ == "__main__":
    keys, ids = repository_keys()
    print(f"{len(keys)} repository thread keys, {len(ids)} repository ids")
    for url in sys.argv[1:]:
        print(thread_key(url), url)
