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

AIOHTTP_BRACKET_REASONS: tuple[tuple[str, FailureKind, bool], ...] = (
    ("[try again]", "temporary", False),
    ("[getaddrinfo failed]", "other", False),
)
"""Reasons the generic rule reads only in aiohttp's bracket (see the module's docstring)."""
BRACKETED = frozenset(text for text, _, _ in AIOHTTP_BRACKET_REASONS)

_AIOHTTP_LEAD = re.compile(r"Cannot\sconnect\sto\shost\s\S{1,260}\sssl:\S{1,40}\s\Z", re.I)
LEAD_SPAN = 320
"""Characters looked back for aiohttp's `Cannot connect to host h:port ssl:<mode> `."""


def aiohttp_bracket(text: str, at: int) -> bool:
    """Whether the bracketed reason at `at` closes aiohttp's `Cannot connect to host h:port ssl:<mode> `."""
    return _AIOHTTP_LEAD.search(text, max(0, at - LEAD_SPAN), at) is not None
