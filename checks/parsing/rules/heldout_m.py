r"""Formats the thirteenth held-out set missed (issue #17, HELDOUT-m.md). The general causes (an EC2 private-DNS name
with its digits masked by x, `problem`/`when` never names, a URL given to dig as its name, nslookup's retry notice)
live in `hosts.py`, `languages.py`, `dns_tools.py` and `generic_guards.py`; here are the formats of their own:

- ACME (Let's Encrypt boulder's `bdns` errors, shown by certbot and every ACME client): `DNS problem: SERVFAIL looking
  up TXT for h`, `NXDOMAIN looking up A for h`, `query timed out looking up CAA for h`, `server failure at resolver
  looking up ...`, `networking error looking up ...`;
- ReactPHP's resolver: `DNS query for h (A) returned an error response (Server Failure)` (its other rcode texts:
  `Non-Existent Domain / NXDOMAIN`, `Refused`, `Format Error`, `Not Implemented`) and `DNS query for h (A) timed out`;
(libpq's `could not translate host name "h:5432"` is `sql_clients`', the AWS SDK's endpoint `jvm_clients`', Envoy's
refresh failure `proxy_gateways`'.)
(Java's `getLocalHost` with the machine's name masked two different ways by hand is left unread: a reporter's
editing, not a format.)
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.model import FailureKind
from checks.parsing.rules.base import Hit, Rule, hit, rx

# --- ACME (boulder's bdns.Error): `DNS problem: <detail> looking up <TYPE> for h` ----------------------------------

_ACME = rx(r"\bDNS\sproblem:\s(?P<detail>[A-Za-z][A-Za-z ()]{1,40}?)\slooking\sup\s[A-Z0-9]{1,10}\sfor\s(?P<host>{H})")
# boulder's details: an rcode's name, or its own words for a failed exchange
_ACME_DETAILS: dict[str, FailureKind] = {
    "nxdomain": "nxdomain",
    "servfail": "servfail",
    "refused": "refused",
    "query timed out": "timeout",
    "query timed out (and was canceled)": "timeout",
    "server failure at resolver": "servfail",
}


def _acme(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = _ACME_DETAILS.get(m.group("detail").lower())
    return hit(m, seg, kind) if kind else None


# --- ReactPHP: `DNS query for h (A) returned an error response (Server Failure)` -----------------------------------

_REACTPHP = rx(
    r"\bDNS\squery\sfor\s(?P<host>{H})\s\([A-Z0-9]{1,10}\)\s(?:returned\san\serror\sresponse\s\((?P<rcode>[^)\n]{1,40})\)"
    r"|(?P<timeout>timed\sout))"
)
_REACTPHP_RCODES: dict[str, FailureKind] = {
    "server failure": "servfail",
    "non-existent domain / nxdomain": "nxdomain",
    "refused": "refused",
    "format error": "servfail",
    "not implemented": "servfail",
}


def _reactphp(m: re.Match[str], seg: Segment) -> Hit | None:
    if m.group("timeout"):
        return hit(m, seg, "timeout")
    kind = _REACTPHP_RCODES.get(m.group("rcode").lower())
    return hit(m, seg, kind) if kind else None


RULES: tuple[Rule, ...] = (
    Rule("acme-dns-problem", ("dns problem:",), _ACME, _acme),
    Rule("reactphp-dns-query", ("dns query for ",), _REACTPHP, _reactphp),
)
