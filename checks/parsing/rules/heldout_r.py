r"""Formats the eighteenth held-out set missed (issue #17, HELDOUT-r.md). Each reads a name where its format puts it;
the general parts (inline HTML tags dropped around a name: `inline_markup.py`; no name from inside an HTML start tag:
`html_tag.py`; `foo.bar` a stand-in domain: `stated_placeholders`-style rule in `hosts.py`) live in their own modules.

- An HTTP proxy's error page: `Unable to locate the server named "h" --- the server does not have a DNS entry` (the
  `<em>` around the name is dropped by `normalize`): NXDOMAIN.
- A reason on the line BELOW the name, bounded to the next two lines and only a resolver's words: NuGet's
  `Unable to load the service index for source https://h/...` with .NET's `Resource temporarily unavailable` (EAGAIN,
  `temporary`, as `classify_dotnet_socket` reads it), Asterisk's `getaddrinfo("h", "(null)", ...):` / `<reason>`.
- A message wrapped over lines: dnf's `Couldn't resolve host name for` with the name alone on the next line (Go's
  `lookup h` wrapped is `go_lookups`').
- Names as printed in their format's slot (the conventions label what the program was given): libcurl's
  `Could not resolve host: https,%20https` (a list handed to it, URL-encoded anywhere: `curl_list.printed_list`),
  curl's `curl: (6) Could not resolve host: ...`, Node's `getaddrinfo ENOTFOUND redis://redis:6379` (a URL handed to
  the resolver).
- libcurl's `Could not resolve proxy: h` (CURLE_COULDNT_RESOLVE_PROXY): NXDOMAIN, like `Could not resolve host`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from checks.parsing.curl_list import printed_list
from checks.parsing.document import Segment
from checks.parsing.hosts import HOST
from checks.parsing.kinds import classify_dotnet_socket, classify_resolution
from checks.parsing.model import FailureKind
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, fixed, hit, rx
from checks.parsing.rules.languages import NODE_KINDS

BELOW = 2
"""Lines under a message read for a reason it printed there (or the rest of a wrapped message)."""

_HOST_LINE = re.compile(r"[ \t]{0,40}(?P<host>" + HOST + r")[ \t]{0,3}(?:\n|$)", re.I)

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


# --- a message wrapped over lines -----------------------------------------------------------------------------------

_DNF_NAME_BELOW = rx(r"(?:Could\snot|Couldn't)\sresolve\shost\sname\sfor[ \t]{0,3}$")


def _dnf_name_below(m: re.Match[str], seg: Segment) -> Hit | None:
    text = seg.doc.text
    c = _HOST_LINE.match(text, seg.line_end + 1)
    if c is None or "." not in c.group("host"):
        return None
    return Hit(c.group("host"), unstated("curl `Could not resolve host: h`"), c.start("host"), c.end("host"))


# --- names as printed -----------------------------------------------------------------------------------------------

_CURL_PIECE = r"(?:[A-Za-z0-9.\-]|%[0-9A-Fa-f]{2}){1,100}"  # a piece of a list, URL-encoded anywhere (`%20`, `%2C`)
_CURL_LIST = rx(r"Could\snot\sresolve\shost:\s(?P<host>" + _CURL_PIECE + r"(?:," + _CURL_PIECE + r"){1,30})(?=\s|$)")
_CURL_DOTS = rx(r"curl:\s\(6\)\sCould\snot\sresolve\shost:\s(?P<host>\.\.\.)[ \t]{0,3}$")
_NODE_URL = rx(
    r"getaddrinfo\s(?P<code>ENOTFOUND|EAI_AGAIN|EAI_FAIL|EAI_NODATA|EAI_NONAME)\s"
    r"(?P<host>[A-Za-z][A-Za-z0-9+.\-]{1,20}://[^\s'\"`]{1,200})"
)


def _curl_printed(m: re.Match[str], seg: Segment) -> Hit | None:
    if m.group("host") != "..." and not printed_list(m.group("host")):
        return None  # review 2 (finding 4): a CSV line's commas; `clients._curl` reads the first name
    return replace(hit(m, seg, unstated("curl `Could not resolve host: h`"), exact=True), printed=True)


def _node_url(m: re.Match[str], seg: Segment) -> Hit | None:
    return replace(hit(m, seg, NODE_KINDS.get(m.group("code").upper(), "other"), exact=True), printed=True)


_CURL_PROXY = rx(r"(?:Could\snot|Couldn't)\sresolve\sproxy:?\s{Q}?(?P<host>{H})")


RULES: tuple[Rule, ...] = (
    Rule(
        "proxy-page-no-dns-entry", ("unable to locate the server named",), _NO_DNS_ENTRY, fixed("nxdomain", exact=True)
    ),
    Rule("nuget-service-index-reason-below", ("service index for source",), _NUGET_INDEX, _nuget_index),
    Rule("asterisk-getaddrinfo", ('getaddrinfo("',), _ASTERISK, _asterisk),
    Rule("dnf-name-below", ("couldn't resolve host name",), _DNF_NAME_BELOW, _dnf_name_below),
    Rule("curl-printed-list", ("could not resolve host",), _CURL_LIST, _curl_printed),
    Rule("curl-printed-dots", ("could not resolve host",), _CURL_DOTS, _curl_printed),
    Rule("node-printed-url", ("getaddrinfo e",), _NODE_URL, _node_url),
    Rule(
        "curl-proxy",
        ("could not resolve", "couldn't resolve proxy"),
        _CURL_PROXY,
        fixed(unstated("curl `Could not resolve proxy: h`")),
    ),
)
