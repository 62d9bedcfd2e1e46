r"""Message shapes no one program owns (issue #17, held-out P, S/T; gathered here from the round modules).

- A resolver reason broken by the terminal mid-word at a fixed width (`h: h: Name or service not kn` / `own`): read
  when the long line ends inside the reason and the next line starts with the rest of it (P).
- `: h host not found` (Fathom's `Error connecting to database: fathomdb host not found`): the name before the reason,
  after a message's colon; a dotted name, or any name where a database or connect context precedes the colon; never an
  English word (`the host not found`, `Backend host not found`; S, review 2 finding 2).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.generic_words import WORDS
from checks.parsing.model import FailureKind
from checks.parsing.rules.base import Hit, LazyPattern, Rule, hit, rx

# --- a reason broken by the terminal mid-word -----------------------------------------------------------------------

_REASONS: dict[str, FailureKind] = {
    "name or service not known": "nxdomain",
    "no address associated with hostname": "nxdomain",
    "temporary failure in name resolution": "temporary",
    "nodename nor servname provided, or not known": "nxdomain",
}
_LEADS = ("Name or service not", "No address associated", "Temporary failure in", "nodename nor servname")


def _prefixes(rest: str) -> str:
    """A regex for any non-empty proper prefix of `rest` (nested optionals: it fails at the first differing letter,
    so a whole reason on a long line of them costs a few steps)."""
    out = ""
    for ch in reversed(rest[1:-1]):
        out = f"(?:{re.escape(ch)}{out})?" if out else f"(?:{re.escape(ch)})?"
    return re.escape(rest[0]) + out


# The fragment first, case as the C library prints it (a literal start), ending where the line does.
_WRAPPED = LazyPattern(
    r"(?P<frag>"
    + "|".join(
        re.escape(lead) + _prefixes(reason[len(lead) :])
        for lead in _LEADS
        for reason in _REASONS
        if reason.startswith(lead.lower())
    )
    + r")(?=\n|$)"
)
_NAME_BEFORE = rx(r"{NB}(?P<host>{H}):\s(?:{H}:\s)?\Z")
_NEXT_WORD = re.compile(r"[A-Za-z]{1,30}")
WIDTH = 72
"""A line the terminal broke is at least this long (terminals are 80 columns or wider)."""


def _wrapped_kind(frag: str, rest: str) -> FailureKind | None:
    joined = frag + rest
    for reason, kind in _REASONS.items():
        # mid-word: the fragment is no whole reason, and the next line completes the word it ends in
        if reason != frag and reason.startswith(joined) and reason[len(joined) : len(joined) + 1] in ("", " ", ","):
            return kind
    return None


def _wrapped(m: re.Match[str], seg: Segment) -> Hit | None:
    end = seg.start + m.end()
    doc = seg.doc.text
    line_start = doc.rfind("\n", 0, end) + 1
    if end - line_start < WIDTH or not doc.startswith("\n", end):
        return None
    rest = _NEXT_WORD.match(doc, end + 1)
    kind = _wrapped_kind(m.group("frag").lower(), rest.group(0).lower()) if rest else None
    if kind is None:
        return None
    at = seg.start + m.start()
    name = _NAME_BEFORE.search(doc, max(line_start, at - 600), at)
    if name is None:
        return None
    return Hit(name.group("host"), kind, name.start("host"), name.end("host"))


# --- `: h host not found` -------------------------------------------------------------------------------------------

_NAME_HOST_NOT_FOUND = rx(r":\s{1,3}(?P<host>[A-Za-z0-9][A-Za-z0-9_.\-]{0,252})\shost\snot\sfound\b(?!\sin\s)")
# review 2 (finding 2): `Error: Backend host not found`, `upstream host not found`: an adjective, not a name. A name
# with no dot is read only where the message says what was being connected to before its colon (Fathom's `Error
# connecting to database: fathomdb host not found`); never an English word nor a capitalised single word.
_CONNECT_CONTEXT = re.compile(r"(?:database|connecting\sto|connect\sto|dial(?:ing)?)[^:\n]{0,40}\Z", re.I)


def _name_host_not_found(m: re.Match[str], seg: Segment) -> Hit | None:
    name = m.group("host")
    if name.lower() in WORDS or (name[:1].isupper() and name[1:].islower()):
        return None
    if "." not in name.strip(".") and not _CONNECT_CONTEXT.search(seg.text, max(0, m.start() - 60), m.start()):
        return None
    return hit(m, seg, "nxdomain")


RULES: tuple[Rule, ...] = (
    Rule(
        "reason-wrapped-mid-word",
        ("or service not", "no address associated", "temporary failure in", "nodename nor servname"),
        _WRAPPED,
        _wrapped,
    ),
    Rule("name-host-not-found", (" host not found",), _NAME_HOST_NOT_FOUND, _name_host_not_found),
)
