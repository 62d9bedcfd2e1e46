"""A name a terminal cut at the end of a line, read beside the whole name (issue #17, held-out AB).

A terminal (or a log viewer) that wraps a long line may cut a name mid-label: `UnknownHostException:
kube-starrocks-cn-0.kube` ends one line, `-starrocks-cn-search.starrocks.svc.cluster.local` opens the next. The
rules read the part before the cut as a name. The general test: a found name that ends a line, where the name-like
run opening the next line completes it into ANOTHER name found in the same paste, is that other name's fragment,
not a failure of its own. Only a completion into a name the parser found elsewhere drops it: a name that merely ends a
line, or whose next line opens with unrelated text, stays (the fragment alone is never re-spelled into a guess).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_NEXT_RUN = re.compile(r"\r?\n([A-Za-z0-9_.\-]{1,253})")
_NAME_CHAR = re.compile(r"[A-Za-z0-9_.\-]")


def _norm(host: str) -> str:
    return host.rstrip(".").lower()


def cut_fragments(lower: str, hosts: Iterable[str]) -> set[str]:
    """The found names (as given) that are only a line-end cut of another found name in `lower` (the paste)."""
    names = {_norm(h): h for h in hosts}
    if len(names) < 2 or "\n" not in lower:
        return set()
    ordered = sorted(names)  # a name's completions sort right after it: one pass finds the prefixes
    cut: set[str] = set()
    for i, name in enumerate(ordered[:-1]):
        if not name or not ordered[i + 1].startswith(name):
            continue  # only a name that is a prefix of another found name can be a cut one
        for ending in (name + "\n", name + "\r\n"):
            at = lower.find(ending)
            while at >= 0 and names[name] not in cut:
                end = at + len(name)
                head_ok = at == 0 or not _NAME_CHAR.match(lower[at - 1])
                nxt = _NEXT_RUN.match(lower, end) if head_ok else None
                if nxt is not None and _norm(name + nxt.group(1)) in names.keys() - {name}:
                    cut.add(names[name])
                at = lower.find(ending, end)
    return cut
