"""busybox nslookup's search-path NXDOMAINs around an answer (issue #17, survey 5).

busybox's nslookup (networking/nslookup.c `add_query_with_search`) asks a short name with every search suffix of
resolv.conf and prints `** server can't find NAME.SUFFIX: NXDOMAIN` for each expansion that does not exist, before
and after the one that answers (`Name: NAME.default.svc.cluster.local`). The lookup succeeded: those NXDOMAINs are
not failures. An expansion counts as answered when the same nslookup run (no new command or `Server:` header in
between) prints a `Name:` answer for another name with the same first label.
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment

BLOCK_LINES = 14
"""Lines looked at on each side of the NXDOMAIN for the run's answer."""

_SKIPPED = 40
"""issue #17 (held-out X): lines skipped without counting on the way to the answer: blank lines and the run's other
`can't find` lines (busybox prints one per search suffix and type, so the answer can be twenty lines away)."""
_OTHER_CANT_FIND = re.compile(r"^\s*(?:\*{2,3}\s{0,3}(?:server\s)?can'?t\sfind\s.{0,300})?$", re.I)
# the run's command and the name it asked: `nslookup nextcloud-phpfpm`, `nslookup -type=srv h 10.0.0.10`
_COMMAND = re.compile(r"(?:^|[#$>]\s{0,3})nslookup\s{1,3}(?:-\S{1,40}\s{1,3}){0,4}([A-Za-z0-9_][A-Za-z0-9_.\-]{0,252})")
_ANSWER = re.compile(r"^\s*Name:\s+([A-Za-z0-9_][A-Za-z0-9_.\-]{0,252})\s*$")
_RUN_START = re.compile(r"(?:^|[#$>]\s{0,3})nslookup\s|^\s*Server:\s")


def _answers(lines: list[str], *, upward: bool) -> list[str]:
    """The `Name:` answers among `lines` (nearest first) up to the start of another run."""
    out: list[str] = []
    counted = 0
    for line in lines:
        if _OTHER_CANT_FIND.match(line):
            continue  # issue #17 (held-out X): not counted towards BLOCK_LINES
        counted += 1
        if counted > BLOCK_LINES:
            break
        if not upward and _RUN_START.search(line):
            break  # a run after this one: its answers are not this run's
        m = _ANSWER.match(line)
        if m:
            out.append(m.group(1).rstrip(".").lower())
        if upward and _RUN_START.search(line):
            break  # this run's own command or header: nothing above it is this run's
    return out


def answered_expansion(seg: Segment, host: str) -> bool:
    """Whether `host` (an NXDOMAIN name with a dot in it) is a search expansion of a name the same run answered, or is
    that name itself: the run printed its address too (held-out GR, spent: one record type's NXDOMAIN beside the
    other's answer, `** server can't find h: NXDOMAIN` above `Name: h` / `Address: 172.16.0.1`)."""
    name = host.rstrip(".").lower()
    first, dot, _ = name.partition(".")
    if not dot:
        return False
    above = seg.lines_before(BLOCK_LINES + _SKIPPED)
    if name in _answers(seg.lines_after(BLOCK_LINES + _SKIPPED), upward=False) + _answers(above, upward=True):
        return True
    asked = _asked(above)
    if asked is not None and not name.startswith(asked + "."):
        return False  # issue #17 (held-out X): `application.test1` is no expansion of the asked `application.test`
    answers = _answers(above, upward=True) + _answers(seg.lines_after(BLOCK_LINES + _SKIPPED), upward=False)
    return any(a != name and a.split(".", 1)[0] == first for a in answers)


def _asked(above: list[str]) -> str | None:
    """The name the nearest `nslookup` command above asked (None when no command is in sight)."""
    for line in above:
        m = _COMMAND.search(line)
        if m:
            return m.group(1).rstrip(".").lower()
    return None


_CANT_FIND_LINE = re.compile(r"\*\*\s{0,3}server\scan'?t\sfind\s", re.I)


def answered_cant_find(seg: Segment, host: str, kind: str) -> bool:
    """The generic rule's read of a busybox `** server can't find NAME.SUFFIX: NXDOMAIN` that the run answered."""
    return kind == "nxdomain" and _CANT_FIND_LINE.search(seg.text) is not None and answered_expansion(seg, host)
