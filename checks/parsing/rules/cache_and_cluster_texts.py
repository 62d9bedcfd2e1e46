r"""Caches', proxies' and cluster tools' own texts for a failed look-up (issue #17, from held-out LF-LM's misses, spent;
each rule named by the program and its format):

- Varnish's vmod-dynamic, its error line for a backend or service it could not resolve, `vmod-dynamic <vcl> <director>
  <h>:<port> <resolver> <code> (<text>)` (LOG in vmod_dynamic.c; a service's line names the service without a port,
  vmod_dynamic_service.c): the resolver's text gives the kind (getaddrinfo's gai_strerror, getdns' response status:
  901 `Queries for the name yielded all negative responses` NO_NAME, 902 `All queries for the name timed out`), else
  getdns' code, else `other`;
- a program's `No IP found for h, skipping...` (a discovery loop's words for a name that gave no address): no reason
  stated (`other`), a dotted name only (`No IP found for interface eth0` names no host).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import classify
from checks.parsing.model import FailureKind
from checks.parsing.rules.base import Hit, Rule, hit, rx

# --- Varnish's vmod-dynamic ---

_VMOD_DYNAMIC = rx(
    r"\bvmod-dynamic\s[^\s]{1,64}\s[^\s]{1,64}\s(?P<host>{H})(?::(?:(?P<port>\d{1,5})|[A-Za-z][\w-]{0,15}))?\s"
    r"(?P<resolver>getdns|getaddrinfo)\s(?P<code>-?\d{1,4})\s\((?P<rest>[^)\n]{1,120})\)"
)
_GETDNS_STATUS: dict[str, FailureKind] = {"901": "nxdomain", "902": "timeout"}


def _vmod_dynamic(m: re.Match[str], seg: Segment) -> Hit | None:
    by_code = _GETDNS_STATUS.get(m.group("code")) if m.group("resolver") == "getdns" else None
    return hit(m, seg, classify(m.group("rest")) or by_code or "other", port=m.group("port"))


# --- `No IP found for h` ---

_NO_IP_FOUND = rx(
    r"\bNo\s(?:IPs?|IP\saddress(?:es)?|addresses)\s(?:were\s)?found\sfor\s(?:host\s)?(?P<q>[\"'`])?(?P<host>{H})"
    r"(?(q)[\"'`])(?=(?P<rest>[^\n]{0,120}))"
)


def _no_ip_found(m: re.Match[str], seg: Segment) -> Hit | None:
    if "." not in m.group("host").rstrip("."):
        return None
    return hit(m, seg, classify(m.group("rest")) or "other")


RULES: tuple[Rule, ...] = (
    Rule("vmod-dynamic-resolver-error", ("vmod-dynamic ",), _VMOD_DYNAMIC, _vmod_dynamic),
    Rule("no-ip-found-for", (" found for ",), _NO_IP_FOUND, _no_ip_found),
)
