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

RECORD_TYPES = frozenset(
    {"A", "AAAA", "CNAME", "MX", "NS", "PTR", "SOA", "SRV", "TXT", "NAPTR", "HTTPS", "SVCB", "ANY"}
)
"""DNS record types' names as logs print them (probes, round 21: a sensor's `qtype_name` column, `AAAA`)."""
DNS_CLASSES = frozenset({"C_INTERNET", "C_CHAOS", "C_HESIOD", "C_ANY", "C_NONE"})
"""DNS classes' names as Zeek's dns.log prints them (`"qclass_name":"C_INTERNET"`)."""
# libpq's `connection to server at "h" (203.0.113.24), port 6543 failed: ...`: h resolved to that address, and a reason
# after it is the server's (probes, round 21: Supavisor's `FATAL: ... {:error, :nxdomain}`, its upstream's look-up)
LIBPQ_RESOLVED_SERVER = re.compile(
    r"\bconnection\sto\sserver\sat\s\"(?P<host>[^\"\n]{1,253})\"\s\((?:\d{1,3}\.){3}\d{1,3}\),\sport\s\d{1,5}\sfailed:"
)


def record_word(token: str) -> bool:
    """A DNS record type's or class's name printed in capitals where a log's column puts it: no name."""
    return token in RECORD_TYPES or token in DNS_CLASSES


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
