r"""Formats the eighteenth held-out set missed (issue #17, HELDOUT-r.md). Each reads a name where its format puts it;
the general parts (inline HTML tags dropped around a name: `inline_markup.py`; no name from inside an HTML start tag:
`html_tag.py`; `foo.bar` a stand-in domain: `stated_placeholders`-style rule in `hosts.py`) live in their own modules.

- An HTTP proxy's error page: `Unable to locate the server named "h" --- the server does not have a DNS entry` (the
  `<em>` around the name is dropped by `normalize`): NXDOMAIN.
- A reason on the line BELOW the name, bounded to the next two lines and only a resolver's words: NuGet's
  `Unable to load the service index for source https://h/...` with .NET's `Resource temporarily unavailable` (EAGAIN,
  `temporary`, as `classify_dotnet_socket` reads it), Asterisk's `getaddrinfo("h", "(null)", ...):` / `<reason>`.
(Go's `lookup h` wrapped is `go_lookups`'; dnf's name below, curl's printed names and `Could not resolve proxy` are
`libcurl`'s; Node's `getaddrinfo ENOTFOUND redis://redis:6379` is `node_getaddrinfo`'s.)
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import classify_dotnet_socket, classify_resolution
from checks.parsing.model import FailureKind
from checks.parsing.rules.base import Hit, Rule, fixed, hit, rx

BELOW = 2
"""Lines under a message read for a reason it printed there (or the rest of a wrapped message)."""


# --- a proxy's `Unknown Host` page ----------------------------------------------------------------------------------

_NO_DNS_ENTRY = rx(
    r"Unable\sto\slocate\sthe\sserver\snamed\s{Q}?(?P<host>{H}){Q}?\s{0,3}-{2,3}\s{0,3}"
    r"the\sserver\sdoes\snot\shave\sa\sDNS\sentry"
)

# --- a reason on the line below -------------------------------------------------------------------------------------

_NUGET_INDEX = rx(r"Unable\sto\sload\sthe\sservice\sindex\sfor\ssource\shttps?://(?P<host>{H})(?P<rest>[^\n]{0,200})")


def reason_below(seg: Segment, *, dotnet: bool = False) -> FailureKind | None:
    """The first resolver reason on the next BELOW lines (`dotnet`: .NET's EAGAIN text counts as one)."""
    for line in seg.lines_after(BELOW):
        kind = classify_dotnet_socket(line) if dotnet else classify_resolution(line)
        if kind is not None:
            return kind
    return None


def _nuget_index(m: re.Match[str], seg: Segment) -> Hit | None:
    if classify_dotnet_socket(m.group("rest")) is not None:
        return None  # the reason is on this line: another rule's
    kind = reason_below(seg, dotnet=True)
    return hit(m, seg, kind) if kind else None


_ASTERISK = rx(r"getaddrinfo\(\"(?P<host>{H})\",\s\"[^\"\n]{0,40}\",\s\.\.\.\):[ \t]*(?P<rest>[^\n]{0,120})")


def _asterisk(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("rest")) if m.group("rest").strip() else reason_below(seg)
    return hit(m, seg, kind, exact=True) if kind else None


# --- names as printed -----------------------------------------------------------------------------------------------


RULES: tuple[Rule, ...] = (
    Rule(
        "proxy-page-no-dns-entry", ("unable to locate the server named",), _NO_DNS_ENTRY, fixed("nxdomain", exact=True)
    ),
    Rule("nuget-service-index-reason-below", ("service index for source",), _NUGET_INDEX, _nuget_index),
    Rule("asterisk-getaddrinfo", ('getaddrinfo("',), _ASTERISK, _asterisk),
)
