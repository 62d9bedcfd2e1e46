r"""Formats the fifteenth held-out set missed (issue #17, HELDOUT-o.md). The general causes (the URL a host-less
error's message names before it, httpcore's trace announcing the name, Netty's `after N queries` and `unknown error`
kinds, a lone `REDACTED` as a mask) live in `url_before.py`, `announced.py`, `rules/languages.py`, `generic.py` and
`hosts.py`; here are the formats of their own.

- Twisted's `twisted.names` query objects (Synapse federation): `Query('_matrix._tcp.h', 33, 1)` is the question
  (`Query.__repr__`, `Query(b'h', …)` on Python 3; `__str__` `<Query h SRV IN>`). Inside `TimeoutError([Query(…)],)`
  / `DNSQueryTimeoutError([Query(…)])` the lookup timed out; inside a `<Message … rCode=N … queries=[Query(…)]>`
  the answer's RCODE says how (RFC 1035: 2 SERVFAIL, 3 NXDOMAIN, 5 REFUSED; 1 FORMERR and 4 NOTIMP `other`); an
  rCode=0 answer is no failure and is not read.
- (Node's dns module's other c-ares codes, `querySrv EBADRESP h`, are read as `other` by `more_runtimes.py`'s
  `node-dns-query`, which reads the same shape.)
- APISIX's resolver (lua-resty-dns-client behind it): `failed to parse domain: h, error: failed to query the DNS
  server: dns client error: 101 empty record received` — Kong's codes (`survey.py`): 101 no records (NXDOMAIN by
  HELDOUT-o.md), rcode 2/3/5.
- A Java client's `SomethingException: Unknown server: h` (the Jenkins IDE plugin's ConfigurationException for an
  UnknownHostException, no reason: `other`); only as an exception's message, never a bare `Unknown server:` line (a
  config tool's unknown server *entry* is no lookup).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import from_rcode_number
from checks.parsing.model import FailureKind
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, fixed, hit, rx
from checks.parsing.rules.survey import kong_code

# --- Twisted's query objects --------------------------------------------------------------------------------------

_QUERY = r"(?:Query\(b?{Q}(?P<host>{H}){Q},\s{0,2}\d{1,5},\s{0,2}\d{1,5}\)|<Query\s(?P<host2>{H})\s[A-Z0-9]{1,10}\sIN>)"
_TWISTED_TIMEOUT = rx(r"\b(?:DNSQuery)?TimeoutError\(\[" + _QUERY)
_TWISTED_MESSAGE = rx(r"<Message\s[^<>\n]{0,200}?\brCode=(?P<rcode>\d{1,2})\b[^<>\n]{0,200}?\bqueries=\[" + _QUERY)


def _twisted_host(m: re.Match[str], seg: Segment, kind: FailureKind) -> Hit:
    which = "host" if m.group("host") else "host2"
    start = seg.start + m.start(which)
    return Hit(m.group(which), kind, start, start + len(m.group(which)), exact=True)


def _twisted_timeout(m: re.Match[str], seg: Segment) -> Hit | None:
    return _twisted_host(m, seg, "timeout")


def _twisted_message(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = from_rcode_number(m.group("rcode"))
    return _twisted_host(m, seg, kind) if kind else None  # rCode=0: the server answered


# --- APISIX: `failed to parse domain: h, error: ... dns client error: 101 empty record received` ----------------------

_APISIX = rx(
    r"\bfailed\sto\sparse\sdomain:\s(?P<host>{H}),\serror:\s(?:failed\sto\squery\sthe\sDNS\sserver:\s)?"
    r"dns\s(?:server|client)\serror:\s(?P<code>\d{1,3})\s"
)


def _apisix(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, kong_code(m.group("code")), exact=True)


# --- `XyzException: Unknown server: h` ------------------------------------------------------------------------------

_UNKNOWN_SERVER = rx(r"[A-Za-z]Exception:\sUnknown\sserver:\s(?P<host>{H})(?=[ \t]{0,3}(?:\n|$))")


RULES: tuple[Rule, ...] = (
    Rule("twisted-query-timeout", ("timeouterror([",), _TWISTED_TIMEOUT, _twisted_timeout),
    Rule("twisted-message-rcode", ("queries=[",), _TWISTED_MESSAGE, _twisted_message),
    Rule("apisix-parse-domain", ("dns server error:", "dns client error:"), _APISIX, _apisix),
    Rule(
        "exception-unknown-server",
        ("exception: unknown server: ",),
        _UNKNOWN_SERVER,
        fixed(unstated("Java `XyzException: Unknown server: h`")),
    ),
)
