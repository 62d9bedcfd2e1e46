"""A name a terminal cut at the end of a line, read beside the whole name (issue #17, held-out AB).

A terminal (or a log viewer) that wraps a long line may cut a name mid-label: `UnknownHostException:
kube-starrocks-cn-0.kube` ends one line, `-starrocks-cn-search.starrocks.svc.cluster.local` opens the next. The
rules read the part before the cut as a name. The general test: a found name that ends a line, where the name-like
run opening the next line completes it into ANOTHER name found in the same paste, is that other name's fragment,
not a failure of its own. A log viewer's frame cuts the same way without wrapping (k9s draws `│` at a pane's right
edge: `Failed to resolve 'kafka-0.kafka-headless.svc.cluster.loc │`, held-out JR-JY): a found name that the frame
ends is a fragment when another name found in the same paste goes on from it mid-label. Only a completion into a name
the parser found elsewhere drops it: a name that merely ends a line, or whose next line opens with unrelated text,
stays (the fragment alone is never re-spelled into a guess).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import islice, pairwise

from checks.parsing.document import TRIGGER_LIMIT

_NEXT_RUN = re.compile(r"\r?\n([A-Za-z0-9_.\-]{1,253})")
# a whole run of name characters that ends its line: starts only where a run starts (the look-behind), taken whole
# (possessive), so each run is read once however long the paste
_LINE_END_RUN = re.compile(r"(?<![A-Za-z0-9_.\-])[A-Za-z0-9_.\-]++(?=\r?\n)")
# the same run, ended by a pane's frame (` │`, U+2502) instead: the name is cut there, nothing completes it below
# (one blank at most: a cut name fills the pane to its edge; k9s pads a short line with blanks, review)
_FRAME_END_RUN = re.compile(r"(?<![A-Za-z0-9_.\-])[A-Za-z0-9_.\-]++(?=[ \t]?\u2502)")


def _norm(host: str) -> str:
    return host.rstrip(".").lower()


def cut_fragments(lower: str, hosts: Iterable[str]) -> set[str]:
    """The found names (as given) that are only a line-end cut of another found name in `lower` (the paste).

    One pass over the runs that end a line, only when a found name is a prefix of another (a name's completions sort
    right after it), so the cost is the paste's length, not its length times the names; at most TRIGGER_LIMIT line ends
    are read."""
    names = {_norm(h): h for h in hosts}
    framed = "\u2502" in lower
    if len(names) < 2 or ("\n" not in lower and not framed):
        return set()
    ordered = sorted(names)
    prefixes = {name for name, after in pairwise(ordered) if name and after.startswith(name)}
    if not prefixes:
        return set()
    cut: set[str] = set()
    for m in islice(_LINE_END_RUN.finditer(lower), TRIGGER_LIMIT):  # as many lines as a trigger's occurrences
        run = m.group()
        if run not in prefixes or names[run] in cut:
            continue
        nxt = _NEXT_RUN.match(lower, m.end())
        if nxt is not None:
            full = _norm(run + nxt.group(1))
            if full != run and full in names:
                cut.add(names[run])
    if framed:
        for m in islice(_FRAME_END_RUN.finditer(lower), TRIGGER_LIMIT):
            run = m.group()
            if run in prefixes and any(n.startswith(run) and n[len(run) : len(run) + 1].isalnum() for n in names):
                cut.add(names[run])
    return cut
