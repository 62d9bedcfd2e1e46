"""Tokens whose place in the text says they are no name, whatever reason follows (issue #17, reviews of sessions 58
and 59): PowerShell's `At line:1 char:1` (a position in a script, not `name:port`), Go's `lookup on: no such host` with
the name and the server cut out (`on` is the word before the server), a cloud region's code after `region` (`... in
region eu-west-1: Name or service not known`), and a protocol's name after `record for`. Shared by the specific rules'
nearby look-ups and the generic rule."""

from __future__ import annotations

import re

PROTOCOL_WORDS = frozenset(
    {"LDAP", "KDC", "SIP", "DNS", "UDP", "TCP", "HTTP", "HTTPS", "SRV", "TLS", "SSL", "XMPP", "AD"}
)
"""Protocols' and services' names in capitals a sentence puts after `record for` (`Cannot locate SRV record for
LDAP.`): no name, nor a Kerberos realm (a review, session 59)."""
POSITION_WORDS = frozenset({"line", "char", "col", "column", "row", "pos", "position", "offset", "ln"})
"""Words a position in a file or script is written with (`line:12`, `char:1`)."""

_REGION_BEFORE = re.compile(r"\bregion\s{1,2}[\"'`]?\Z", re.I)
_PORT_DIGIT = re.compile(r":\d")


def region_before(text: str, at: int) -> bool:
    """The token at `at` follows the word `region` (its value, a region's code, not a name)."""
    return _REGION_BEFORE.search(text, max(0, at - 12), at) is not None


def no_name_here(text: str, raw: str, at: int, end: int) -> bool:
    """The token `text[at:end]` (`raw`) stands where no name does (see the module's docstring)."""
    low = raw.lower()
    if low in POSITION_WORDS and _PORT_DIGIT.match(text, end):
        return True
    if low == "on" and text[max(0, at - 7) : at].lower() == "lookup ":
        return True
    return region_before(text, at)
