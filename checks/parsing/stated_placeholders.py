"""Names the person says are stand-ins (issue #17, held-out D): "(hostname.example.com is just an example because I
don't want to make my subdomain public)".

`example.com` itself is not a placeholder (it resolves, people look it up for real, and the labels read
`www.example.com`, `api.example.com`, `mailstore.example.com` as real names), so a name is flagged only where the
paste says so right after it: `NAME is (just) an example / a placeholder / not the real ...`.
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


def said_to_be_a_stand_in(lower_text: str, host: str) -> bool:
    """Whether `lower_text` (the paste, lower-cased) says right after `host` that it is not the real name."""
    at, left = lower_text.find(host), OCCURRENCES
    while at != -1 and left:
        end = at + len(host)
        if _said().match(lower_text, end, end + 60):
            return True
        at, left = lower_text.find(host, end), left - 1
    return False
