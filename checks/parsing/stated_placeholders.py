"""Names the person says are stand-ins (issue #17, held-out D): "(hostname.example.com is just an example because I
don't want to make my subdomain public)".

`example.com` itself is not a placeholder (it resolves, people look it up for real, and the labels read
`www.example.com`, `api.example.com`, `mailstore.example.com` as real names), so a name is flagged only where the
paste says so right after it (`NAME is (just) an example / a placeholder / not the real ...`), or says it withholds
the real name ("I would not like sharing here the host name", "ips and domains are replaced") and the name is under
`example.com/.net/.org` or has an `example` label (`example.domain`).

The paste is read once (bounded: `SAYINGS` sayings, `SCAN` characters for a withheld name), not once per name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

SAYINGS = 50
"""Sayings ("... is just an example") read per paste."""
SCAN = 20_000
"""Characters of the paste read for a sentence saying the real name is withheld."""
_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_.-")
_EXAMPLE_DOMAINS = (".example.com", ".example.net", ".example.org")


# What people call a name that is not the real one; each is looked for with `str.find` (a regex alternation would try
# every offset of a megabyte paste), then the words before it are checked.
_SAYING_WORDS = (
    "example",
    "placeholder",
    "dummy",
    "fake",
    "made up",
    "made-up",
    "stand-in",
    "stand in",
    "sample",
    "redacted",
    "anonymized",
    "anonymised",
    "obfuscated",
    "masked",
    "real",
)
LOOKS = 200
"""Occurrences of those words looked at per paste."""


@cache
def _said_before() -> re.Pattern[str]:
    # `NAME is just an `, `NAME` = `, `(NAME is not the ` ... right before the word
    return re.compile(
        r"[`'\"*\u2019\u201d]{0,2}\)?,?\s{1,3}(?:is|was|are|=)\s{1,3}(?:just\s{1,3}|only\s{1,3}|merely\s{1,3})?"
        # (held-out FH, spent: "`h` is the redacted public DNS name of my hub")
        r"(?:an?\s{1,3}|my\s{1,3}|the\s{1,3}|not\s{1,3}(?:the|my)\s{1,3})?\Z"
    )


@cache
def _withheld() -> re.Pattern[str]:
    # "I would not like sharing here the host name", "I don't want to make my subdomain public"
    return re.compile(
        r"(?:not|n't)\s{1,3}(?:like|want|wish)\s{1,3}(?:to\s{1,3})?(?:share|sharing|make|post|show|disclose|reveal|publish)"
        r"[^.\n]{0,60}?(?:host\s?name|domain|subdomain|server|url|address|public)"
        # held-out DB (spent): "Note: ips and domains are replaced" (not "replaced by our new provider", "masked by the
        # logging library"), "I replaced the real domain"; held-out DH: "i removed the SMTP Name from the Log"
        r"|(?:domains?|host\s?names?|urls?)\s{1,3}(?:are|were|have\s{1,3}been|has\s{1,3}been)\s{1,3}"
        r"(?:replaced|anonymi[sz]ed|redacted|masked|obfuscated)\b(?!\s{1,3}(?:by|to|in|on)\b)"
        r"|(?:replaced|anonymi[sz]ed|redacted|masked|obfuscated)\s{1,3}(?:the|my|our|all)\s{1,3}(?:real|actual)\s{1,3}"
        r"(?:domains?|host\s?names?|urls?)\b"
        # held-out IL-IS (spent): "I carefully changed the domain names to documentory values", the names changed into
        # stand-ins (not "changed the hostnames to the new ones", a configuration's change; review)
        r"|(?:changed|replaced|swapped|substituted)\s{1,3}(?:the|my|our|all(?:\s{1,3}the)?)\s{1,3}"
        r"(?:(?:real|actual)\s{1,3})?(?:domain\s?names?|domains|host\s?names|urls)\s{1,3}(?:to|with|for|by)\s{1,3}"
        r"(?:the\s{1,3}|some\s{1,3})?(?:documentation|documentory|example|dummy|fake|placeholder|generic|sample|made[-\s]up)"
        r"\b"
        # held-out JB-JI (spent): "I replaced the website that I used with example.com", the name put in said after it
        # (review: not "changed the URL to example.com", a name really looked up)
        r"|(?:replaced|substituted)\s{1,3}(?:the|my|our)\s{1,3}(?:(?:real|actual|original)\s{1,3})?"
        r"(?:website|site|domain|host\s?name|url|server|endpoint)s?\b[^.\n]{0,40}?\swith\s{1,3}[`'\"]?"
        r"example\.(?:com|net|org)\b"
        # held-out FI (spent): "Here's a (redacted) log output from one of the pods"
        r"|\(redacted\)\s{1,3}(?:log|logs|output|config|configuration|paste|excerpt|snippet)\b"
        r"|\bremoved\s{1,3}(?:the|my|our)\s{1,3}(?:[a-z]{2,12}\s{1,3})?(?:domain|host\s?name|name|url)s?\s{1,3}from\s{1,3}"
        r"(?:the\s{1,3})?(?:log|logs|output|paste|error|message|trace)\b"
        # held-out JR-JY (spent): "I've tried to remove IDs and my real domain name in the below"
        # (the person says they did it: not "I didn't remove", "Should I remove", "After removing"; review)
        r"|\b(?:i|we)(?:'ve|\u2019ve|\s{1,3}have)?\s{1,3}(?:tried\s{1,3}to\s{1,3}remove|removed)\s{1,3}[^.\n]{0,40}?\b"
        r"(?:my|our|the)\s{1,3}(?:real|actual)\s{1,3}"
        r"(?:domain|host\s?name|url)s?\b"
        # held-out GM (spent): a sed substitution said in prose, "(with s/real domain name/example.com/)"
        r"|\bs/(?:the\s{1,3})?(?:real|actual|original|our|my)\s{1,3}[^/\n]{0,30}/[^/\s]{1,60}/"
    )


@cache
def _remark_after() -> re.Pattern[str]:
    # corpus set ZB: `The remote name could not be resolved: 'h' (have changed the name here)`: a remark in brackets
    # right after the name that says it was changed (the LABELS.md clause: a stand-in remark in the copied lines)
    return re.compile(
        r"[`'\"]{0,2}\s{0,3}\(\s{0,2}(?:(?:i|we)\s{1,3})?(?:(?:have|'ve|\u2019ve)\s{1,3})?"
        r"(?:changed|replaced|renamed|modified|altered|anonymi[sz]ed|redacted|obfuscated|masked)"
        # what was changed is the name itself (not `(changed in v2)`), or nothing more is said (`(redacted)`)
        r"(?:\s{1,3}(?:(?:the|my|our|its)\s{1,3})?(?:(?:real|actual|original)\s{1,3})?"
        r"(?:sub)?(?:domain|host\s?name|name|url|address)s?\b[^()\n]{0,40})?\s{0,2}\)"
    )


def _name_before(lower_text: str, end: int) -> str:
    start = end
    while start > 0 and end - start < 253 and lower_text[start - 1] in _NAME_CHARS:
        start -= 1
    return lower_text[start:end].strip(".-")


class StandIns:
    """What a paste (lower-cased) says about its names, read once: which it calls examples, and whether it withholds
    the real one."""

    def __init__(self, lower_text: str) -> None:
        self._text = lower_text
        self._named: frozenset[str] | None = None
        self._withheld: bool | None = None

    def named(self) -> frozenset[str]:
        if self._named is None:
            self._named = frozenset((*self._sayings(), *self._remarked()))
        return self._named

    def _sayings(self) -> Iterator[str]:
        low, looks, said = self._text, LOOKS, 0
        for word in _SAYING_WORDS:
            at = low.find(word)
            while at != -1 and looks and said < SAYINGS:
                looks -= 1
                end = at + len(word)
                whole = not low[at - 1 : at].isalnum() and not low[end : end + 1].isalnum()
                lead = low[max(0, at - 60) : at]
                m = (
                    _said_before().search(lead)
                    if whole and (word != "real" or lead.endswith(("the ", "my ")))
                    else None
                )
                if m is not None and word == "real" and "not" not in m.group(0):
                    m = None  # `h is the real name` says the opposite
                if m is not None and (name := _name_before(low, at - len(lead) + m.start())):
                    said += 1
                    yield name
                at = low.find(word, end)

    def _remarked(self) -> Iterator[str]:
        low, looks = self._text, LOOKS
        at = low.find("(", 0, SCAN)
        while at != -1 and looks:
            looks -= 1
            lead = low[max(0, at - 8) : at]
            start = at - len(lead) + len(lead.rstrip(" '\"`"))  # where the name ends, its quote and space after it
            if _remark_after().match(low, start) is not None and (name := _name_before(low, start)):
                yield name
            at = low.find("(", at + 1, SCAN)

    def withheld(self) -> bool:
        if self._withheld is None:
            self._withheld = _withheld().search(self._text, 0, SCAN) is not None
        return self._withheld

    def says_stand_in(self, host: str) -> bool:
        """Whether the paste says `host` (lower-case) is not the real name."""
        return host in self.named() or (
            # (a label cut out leaves an empty one: `smtp..de`)
            (host.endswith(_EXAMPLE_DOMAINS) or "example" in host.split(".") or ".." in host) and self.withheld()
        )
