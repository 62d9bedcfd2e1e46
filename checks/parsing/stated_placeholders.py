"""Names the person says are stand-ins (issue #17, held-out D): "(hostname.example.com is just an example because I
don't want to make my subdomain public)".

`example.com` itself is not a placeholder (it resolves, people look it up for real, and the labels read
`www.example.com`, `api.example.com`, `mailstore.example.com` as real names), so a name is flagged only where the
paste says so right after it (`NAME is (just) an example / a placeholder / not the real ...`), or says it withholds
the real name ("I would not like sharing here the host name") and the name is under `example.com/.net/.org`.
"""

from __future__ import annotations

import re
from functools import cache

OCCURRENCES = 20
"""Occurrences of one name looked at (a log repeating it 50 000 times)."""


@cache
def _said() -> re.Pattern[str]:
    return re.compile(
        r"[`'\"*\u2019\u201d]{0,2}\)?,?\s{1,3}(?:is|was|are|=)\s{1,3}(?:just\s{1,3}|only\s{1,3}|merely\s{1,3})?"
        r"(?:an?\s{1,3}|my\s{1,3})?(?:example|placeholder|dummy|fake|made[\s-]up|stand[\s-]in|sample|redacted"
        r"|anonymi[sz]ed|obfuscated|masked|not\s{1,3}(?:the|my)\s{1,3}real)\b",
        re.I,
    )


@cache
def _withheld() -> re.Pattern[str]:
    # "I would not like sharing here the host name", "I don't want to make my subdomain public"
    return re.compile(
        r"(?:not|n't)\s{1,3}(?:like|want|wish)\s{1,3}(?:to\s{1,3})?(?:share|sharing|make|post|show|disclose|reveal|publish)"
        r"[^.\n]{0,60}?(?:host\s?name|domain|subdomain|server|url|address|public)",
    )


_EXAMPLE_DOMAINS = (".example.com", ".example.net", ".example.org")
SCAN = 20_000
"""Characters of the paste read for a sentence saying the real name is withheld."""


def said_to_be_a_stand_in(lower_text: str, host: str) -> bool:
    """Whether `lower_text` (the paste, lower-cased) says right after `host` that it is not the real name, or says
    it withholds the real name and `host` is under an RFC 2606 example domain (what people type in its place)."""
    if host.endswith(_EXAMPLE_DOMAINS) and _withheld().search(lower_text, 0, SCAN):
        return True
    at, left = lower_text.find(host), OCCURRENCES
    while at != -1 and left:
        end = at + len(host)
        if _said().match(lower_text, end, end + 60):
            return True
        at, left = lower_text.find(host, end), left - 1
    return False
