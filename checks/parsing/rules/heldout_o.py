r"""Formats the fifteenth held-out set missed (issue #17, HELDOUT-o.md). The general causes (the URL a host-less
error's message names before it, httpcore's trace announcing the name, Netty's `after N queries` and `unknown error`
kinds, a lone `REDACTED` as a mask) live in `url_before.py`, `announced.py`, `rules/languages.py`, `generic.py` and
`hosts.py`; here are the formats of their own.

- (Twisted's `twisted.names` query objects are `python_libs`'.)
- (Node's dns module's other c-ares codes, `querySrv EBADRESP h`, are read as `other` by `more_runtimes.py`'s
  `node-dns-query`, which reads the same shape.)
- APISIX's resolver (lua-resty-dns-client behind it): `failed to parse domain: h, error: failed to query the DNS
  server: dns client error: 101 empty record received` — Kong's codes (`survey.py`): 101 no records (NXDOMAIN by
  HELDOUT-o.md), rcode 2/3/5.
- (A Java client's `SomethingException: Unknown server: h` is `jvm_clients`'.)
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.rules.base import Hit, Rule, hit, rx
from checks.parsing.rules.survey import kong_code

# --- APISIX: `failed to parse domain: h, error: ... dns client error: 101 empty record received` ----------------------

_APISIX = rx(
    r"\bfailed\sto\sparse\sdomain:\s(?P<host>{H}),\serror:\s(?:failed\sto\squery\sthe\sDNS\sserver:\s)?"
    r"dns\s(?:server|client)\serror:\s(?P<code>\d{1,3})\s"
)


def _apisix(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, kong_code(m.group("code")), exact=True)


RULES: tuple[Rule, ...] = (Rule("apisix-parse-domain", ("dns server error:", "dns client error:"), _APISIX, _apisix),)
