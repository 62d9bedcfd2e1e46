"""Formats the fifth held-out set missed (issue #17, HELDOUT-e.md) that no general rule can read:

- OpenResty's resolver (ingress-nginx's `dns.lua`): `dns_lookup(): failed to query the DNS server for NAME: server
  returned error code: 3: name error` — the DNS rcode by number; the name as printed, an IP literal too (the
  balancer asked for it as a name and got an answer about it);
(Maven/Tycho/Gradle's `Unknown host h` is `jvm_clients`', .NET's SocketException under a connection string
`dotnet_windows`'.)
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import classify, from_rcode_number
from checks.parsing.rules.base import Hit, Rule, hit, rx

# --- OpenResty / ingress-nginx lua resolver -------------------------------------------------------------------

_LUA = rx(
    r"failed\sto\squery\sthe\sDNS\sserver\sfor\s(?P<host>{H}):\s{0,3}"
    r"(?:server\sreturned\serror\scode:\s{0,3}(?P<code>\d{1,2})|(?P<rest>[^\n]{0,100}))"
)
# lua-resty-dns reports the rcode by number (RFC 1035): 2 SERVFAIL, 3 NXDOMAIN, 5 REFUSED.


def _lua(m: re.Match[str], seg: Segment) -> Hit | None:
    code = m.group("code")
    kind = from_rcode_number(code) if code else classify(m.group("rest") or "")
    return hit(m, seg, kind, exact=True, ip_ok=True) if kind else None


RULES: tuple[Rule, ...] = (Rule("openresty-lua-dns", ("failed to query the dns server for",), _LUA, _lua),)
