"""Formats the fourth held-out set missed (issue #17, HELDOUT-d.md) where the generic rule cannot find the name (Go's
`lookup tcp/14268/api/traces` is `go_lookups`', the Kafka Java client's `jvm_clients`', WinHTTP's `dotnet_windows`',
iputils' `ping: unknown host` `dns_tool_forms`', squid's error page `proxy_gateways`'):

- fluent-bit's `[net] getaddrinfo(host='NAME', err=4): Domain name not found` (c-ares statuses; a headless Service's
  `pod.service` name has no top-level domain, which the generic rule's guards refuse);
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import classify_resolution
from checks.parsing.model import FailureKind
from checks.parsing.rules.base import Hit, Rule, hit, rx

# --- fluent-bit: "[net] getaddrinfo(host='NAME', err=4): Domain name not found" ----------------------------------

_FLUENT_BIT = rx(
    r"getaddrinfo\(host={Q}(?P<host>{H}){Q},\s{0,3}err=(?P<err>-?\d{1,4})\)(?::\s{0,3}(?P<rest>[^\n]{0,100}))?"
)
# c-ares statuses (ares.h): ENODATA 1, ESERVFAIL 3, ENOTFOUND 4, EREFUSED 6, ETIMEOUT 12
_ARES: dict[str, FailureKind] = {"1": "nxdomain", "3": "servfail", "4": "nxdomain", "6": "refused", "12": "timeout"}


def _fluent_bit(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("rest") or "") or _ARES.get(m.group("err"), "other")
    return hit(m, seg, kind, exact=True)


RULES: tuple[Rule, ...] = (Rule("fluent-bit-getaddrinfo", ("getaddrinfo(host=",), _FLUENT_BIT, _fluent_bit),)
