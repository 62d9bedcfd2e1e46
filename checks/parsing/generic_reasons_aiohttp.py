"""Resolver reasons the generic rule reads only inside aiohttp's bracket (issue #17: held-out K and R).

Entries are (lower-case literal, kind, whether the kind is only assumed), concatenated into
`generic_words.REASON_TEXTS` like the other rounds'.

- aiohttp's `Cannot connect to host h:port ssl:<mode> [<os error text>]`: the bracket holds the resolver's text as
  Python got it. glibc's texts are reasons already; musl's EAI_AGAIN text `[Try again]` (held-out K, two threads,
  `temporary`) and Windows' `[getaddrinfo failed]` (held-out R, `other`: no reason given) are not reasons anywhere
  else (`Try again` alone is any retry notice), so they count only in that bracket (`aiohttp_bracket`).
"""

from __future__ import annotations

import re

from checks.parsing.model import FailureKind
from checks.parsing.no_reason import unstated

AIOHTTP_BRACKET_REASONS: tuple[tuple[str, FailureKind, bool], ...] = (
    ("[try again]", "temporary", False),
    ("[getaddrinfo failed]", unstated("aiohttp `[getaddrinfo failed]` (Windows)"), False),
)
"""Reasons the generic rule reads only in aiohttp's bracket (see the module's docstring)."""
BRACKETED = frozenset(text for text, _, _ in AIOHTTP_BRACKET_REASONS)

_AIOHTTP_LEAD = re.compile(
    r"Cannot\sconnect\sto\shost\s[^\s:]{1,253}:\d{1,5}\sssl:(?:<[^<>\n]{1,80}>|[^\s<>]{1,40})\s\Z", re.I
)
"""aiohttp's lead: it always prints the host with its port (`h:port`), then `ssl:<mode>`, where the mode is `None`,
`default`, `False` or an object's repr (`<ssl.SSLContext object at 0x7f…>`). Without the port it is not aiohttp's
text (a review's hostile line `Cannot connect to host a ssl:b [try again]` read `ssl`)."""
LEAD_SPAN = 360
"""Characters looked back for aiohttp's `Cannot connect to host h:port ssl:<mode> `."""
BRACKETS_PER_SEGMENT = 2
"""Bracketed reasons the generic rule accepts in one segment: aiohttp prints one per message, and each accepted one
sends the candidate search over its window (a review's hostile line of 3000 brackets took 0.43 s)."""


def aiohttp_bracket(text: str, at: int) -> bool:
    """Whether the bracketed reason at `at` closes aiohttp's `Cannot connect to host h:port ssl:<mode> `."""
    return _AIOHTTP_LEAD.search(text, max(0, at - LEAD_SPAN), at) is not None


def bracket_window(text: str, m: re.Match[str]) -> tuple[int, int] | None:
    """Where aiohttp's name is for a bracketed reason: its own lead (`Cannot connect to host h:port ssl:<mode> `),
    not the usual window each side (the name is never after the bracket; a dense line made that window costly)."""
    if m.group(0).lower() not in BRACKETED:
        return None
    lead = _AIOHTTP_LEAD.search(text, max(0, m.start() - LEAD_SPAN), m.start())
    return (lead.start(), m.end()) if lead else None


def ssl_mode_label(text: str, start: int, end: int) -> bool:
    """aiohttp's `ssl:<mode>` label (`ssl:None`, `ssl:default`): a word of its message, not a `host:port`."""
    return text[start:end].lower() == "ssl" and text.startswith(":", end) and not text[end + 1 : end + 2].isdigit()


def capped(reasons: list[re.Match[str]]) -> list[re.Match[str]]:
    """`reasons` with at most BRACKETS_PER_SEGMENT of aiohttp's bracketed ones (the others in order, all kept)."""
    out, brackets = [], 0
    for m in reasons:
        if m.group(0).lower() in BRACKETED:
            brackets += 1
            if brackets > BRACKETS_PER_SEGMENT:
                continue
        out.append(m)
    return out
