"""Formats the fifth held-out set missed (issue #17, HELDOUT-e.md) that no general rule can read:

- OpenResty's resolver (ingress-nginx's `dns.lua`): `dns_lookup(): failed to query the DNS server for NAME: server
  returned error code: 3: name error` — the DNS rcode by number; the name as printed, an IP literal too (the
  balancer asked for it as a name and got an answer about it);
- .NET's `SocketException (00000005, 0xFFFDFFFF): Name or service not known` (Npgsql, Dns.GetHostEntry) whose name
  is only in the connection string of the command or config a few lines above (`Host=postgres;Port=5432`).
(Maven/Tycho/Gradle's `Unknown host h` is `jvm_clients`'.)
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.hosts import PLAIN_HOST
from checks.parsing.kinds import classify, classify_resolution, from_rcode_number
from checks.parsing.rules.base import Hit, LazyPattern, Rule, hit, nearby_host, rx

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


# --- .NET SocketException with the name in a connection string above --------------------------------------------

_SOCKET = rx(
    r"SocketException(?:\s\(\w{1,12}(?:,\s{0,2}\w{1,12})?\))?:\s{0,3}(?P<rest>No\ssuch\shost\sis\sknown"
    r"|Name\sor\sservice\snot\sknown|Temporary\sfailure\sin\sname\sresolution|Resource\stemporarily\sunavailable"
    r"|Name\sdoes\snot\sresolve|nodename\snor\sservname\sprovided,\sor\snot\sknown)"
    r"(?![^\n]{0,20}\((?:{H}):\d)"
)
_CONNECTION_STRING_HOST = LazyPattern(
    r"(?:^|[\s;\"'])(?:Host|Server|Data\sSource)\s{0,2}=\s{0,2}(?P<host>" + PLAIN_HOST + r")(?:,\d{1,5})?\s{0,2}[;\"']",
    re.I,
)
CONNECTION_STRING_LINES = 12
"""Lines above a host-less .NET exception read for the connection string (the app logs its start-up in between)."""


def _socket(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("rest"))
    if kind is None:
        return None
    near = nearby_host(seg, m.start())
    if near is not None:
        return hit(m, seg, kind, host=near[0], port=near[1])
    for line in seg.lines_before(CONNECTION_STRING_LINES):
        found = list(_CONNECTION_STRING_HOST.finditer(line))
        if found:
            return hit(m, seg, kind, host=found[-1].group("host"))
    return None


RULES: tuple[Rule, ...] = (
    Rule("openresty-lua-dns", ("failed to query the dns server for",), _LUA, _lua),
    Rule("dotnet-socket-connection-string", ("socketexception",), _SOCKET, _socket),
)
