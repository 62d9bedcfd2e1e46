r"""Formats the eighteenth held-out set missed (issue #17, HELDOUT-r.md). Each reads a name where its format puts it;
the general parts (inline HTML tags dropped around a name: `inline_markup.py`; no name from inside an HTML start tag:
`html_tag.py`; `foo.bar` a stand-in domain: `stated_placeholders`-style rule in `hosts.py`) live in their own modules.

- A reason on the line BELOW the name, bounded to the next two lines and only a resolver's words (`base.reason_below`):
  Asterisk's `getaddrinfo("h", "(null)", ...):` / `<reason>` (NuGet's service index is `dotnet_windows`').
(Go's `lookup h` wrapped is `go_lookups`'; dnf's name below, curl's printed names and `Could not resolve proxy` are
`libcurl`'s; Node's `getaddrinfo ENOTFOUND redis://redis:6379` is `node_getaddrinfo`'s; the proxy page's `Unable to
locate the server named` `proxy_gateways`'.)
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import classify_resolution
from checks.parsing.rules.base import Hit, Rule, hit, reason_below, rx

# --- Asterisk: `getaddrinfo("h", "(null)", ...):` with its reason on the line or below -------------------------------

_ASTERISK = rx(r"getaddrinfo\(\"(?P<host>{H})\",\s\"[^\"\n]{0,40}\",\s\.\.\.\):[ \t]*(?P<rest>[^\n]{0,120})")


def _asterisk(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("rest")) if m.group("rest").strip() else reason_below(seg)
    return hit(m, seg, kind, exact=True) if kind else None


# --- names as printed -----------------------------------------------------------------------------------------------


RULES: tuple[Rule, ...] = (Rule("asterisk-getaddrinfo", ('getaddrinfo("',), _ASTERISK, _asterisk),)
