r"""Formats the eighteenth held-out set missed (issue #17, HELDOUT-r.md). Each reads a name where its format puts it;
the general parts (inline HTML tags dropped around a name: `inline_markup.py`; no name from inside an HTML start tag:
`html_tag.py`; `foo.bar` a stand-in domain: `stated_placeholders`-style rule in `hosts.py`) live in their own modules.

- An HTTP proxy's error page: `Unable to locate the server named "h" --- the server does not have a DNS entry` (the
  `<em>` around the name is dropped by `normalize`): NXDOMAIN.
- A reason on the line BELOW the name, bounded to the next two lines and only a resolver's words (`base.reason_below`):
  Asterisk's `getaddrinfo("h", "(null)", ...):` / `<reason>` (NuGet's service index is `dotnet_windows`').
(Go's `lookup h` wrapped is `go_lookups`'; dnf's name below, curl's printed names and `Could not resolve proxy` are
`libcurl`'s; Node's `getaddrinfo ENOTFOUND redis://redis:6379` is `node_getaddrinfo`'s.)
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import classify_resolution
from checks.parsing.rules.base import Hit, Rule, fixed, hit, reason_below, rx

# --- a proxy's `Unknown Host` page ----------------------------------------------------------------------------------

_NO_DNS_ENTRY = rx(
    r"Unable\sto\slocate\sthe\sserver\snamed\s{Q}?(?P<host>{H}){Q}?\s{0,3}-{2,3}\s{0,3}"
    r"the\sserver\sdoes\snot\shave\sa\sDNS\sentry"
)

# --- Asterisk: `getaddrinfo("h", "(null)", ...):` with its reason on the line or below -------------------------------

_ASTERISK = rx(r"getaddrinfo\(\"(?P<host>{H})\",\s\"[^\"\n]{0,40}\",\s\.\.\.\):[ \t]*(?P<rest>[^\n]{0,120})")


def _asterisk(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("rest")) if m.group("rest").strip() else reason_below(seg)
    return hit(m, seg, kind, exact=True) if kind else None


# --- names as printed -----------------------------------------------------------------------------------------------


RULES: tuple[Rule, ...] = (
    Rule(
        "proxy-page-no-dns-entry", ("unable to locate the server named",), _NO_DNS_ENTRY, fixed("nxdomain", exact=True)
    ),
    Rule("asterisk-getaddrinfo", ('getaddrinfo("',), _ASTERISK, _asterisk),
)
