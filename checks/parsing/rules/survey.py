"""Formats surveyed from the runtimes' own source (issue #17) whose name stands where the generic rule
(`checks.parsing.generic`) cannot take it: a single-label name, or the kind said after the name in the library's
own words.

- dnspython's `NoNameservers` (dns/resolver.py): `All nameservers failed to answer the query NAME. IN A: Server X UDP
  port 53 answered SERVFAIL` — the kind is what the servers answered (an rcode, or "timed out"), `other` otherwise;
- Ruby's Resolv (lib/resolv.rb): `ResolvError.new("no address for #{name}")` (getaddress) and `"DNS result has no
  information for #{name}"` (getresource), read only next to the class name (`Resolv::ResolvError: ...` or `...
  (Resolv::ResolvError)` as Ruby's backtrace prints it), so "no address for this pod" in prose is not read;
- Windows nslookup in other languages (its rcode text stays English): `*** h wurde von UnKnown nicht gefunden:
  Non-existent domain` (de: the name FIRST), `*** UnKnown no encuentra h: Non-existent domain` (the name last);
- Unbound's `log-servfail` (services/mesh.c, `SERVFAIL <%s %s %s>: reason`): `error: SERVFAIL <h. A IN>: all the
  configured stub or forward servers failed` (a query log's shape, which the generic rule leaves alone): `servfail`,
  but `timeout` or `refused` where the reason at its end says the upstream timed out or refused;
- Chromium's `net::ERR_NAME_NOT_RESOLVED` (net/base/net_error_list.h NAME_NOT_RESOLVED, -105; the console, Lighthouse,
  Puppeteer, Electron): the name is the URL it loaded, on its line or the lines around (`Unable to load the page:
  net::ERR_NAME_NOT_RESOLVED` under `Initial URL: https://h/`), never the word before the code ("the page");
- Kong's lua-resty-dns-client (`dns server error: <rcode> <text>`, `dns client error: 101 empty record received`) in
  its three shapes: `failed the initial dns/balancer resolve for 'NAME' with: ...`, `querying dns for NAME failed: ...`
  and the balancer's `DNS resolution failed: ... Tried: ["(short)NAME:(na) - cache-miss", ...]` (the name asked is the
  first of the list it tried); `... with: dns query returned no results` (no reason: `other`), and every `(short)`
  entry of a Tried list whatever led it, failed where its own entries end in an error (held-out AH).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from checks.parsing.document import Segment
from checks.parsing.kinds import chromium_name_error_kind, classify, from_rcode_number
from checks.parsing.model import FailureKind
from checks.parsing.rules.base import Hit, Rule, first_of, hit, nearby_host, rx, url_hit

# --- dnspython NoNameservers ----------------------------------------------------------------------------------------

_NO_NAMESERVERS = rx(
    # (source-mined, dnspython 2's `{query}`: the request's question, a list of RRsets, `[<DNS h. IN SRV RRset: []>]`)
    r"All\snameservers\sfailed\sto\sanswer\sthe\squery\s(?:\[<DNS\s)?(?P<host>{H}?)\.?\s{1,3}"
    r"(?:IN\s{1,3}[A-Z0-9]{1,10}(?:\sRRset:\s\[\]>\])?)?"
    r"(?P<rest>[^\n]{0,300})"
)


def _no_nameservers(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify(m.group("rest")) or "other"
    return hit(m, seg, kind, exact=True)


# --- Ruby Resolv -----------------------------------------------------------------------------------------------------

_RESOLV = rx(
    r"(?:Resolv::ResolvError:\s{0,3}(?:no\saddress\sfor|DNS\sresult\shas\sno\sinformation\sfor)\s(?P<host>{H})"
    r"|(?:no\saddress\sfor|DNS\sresult\shas\sno\sinformation\sfor)\s(?P<host2>{H})\s{0,3}\(Resolv::ResolvError\))"
)


# --- Kong (lua-resty-dns-client) -----------------------------------------------------------------------------------

_KONG = rx(
    r"(?:failed\sthe\sinitial\sdns/balancer\sresolve\sfor\s'(?P<host>{H}?)'\swith:"
    r"|querying\sdns\sfor\s(?P<host2>{H}?)\sfailed:"
    r"|DNS\sresolution\sfailed:"
    # held-out EJ (spent): the balancer's `execute(): [dns] dns server error: 2 server failure. Tried: (short)h:(na)`
    r"|(?P<bare>\[dns\]))"
    # issue #17 (held-out AD): older lua-resty-dns-client versions put a semicolon after `error`
    r"\s{0,2}(?:dns\s(?:server|client)\serror[:;]\s(?P<code>\d{1,3})\s[a-z ]{1,40}"
    r"|dns\squery\sreturned\sno\sresults)"  # issue #17 (held-out AH): no reason given, `other`
    r"(?:\.\s{0,2}Tried:\s{0,2}(?:\[?\s{0,2}\"?\(short\)(?P<host3>{H}?):\(na\)"
    # source-mined (Kong 3's dns client): `Tried: [{"qname":"h","qtype":1,"error":"dns server error: 3 name error",...`
    r"|\[\{\"qname\":\"(?P<host4>{H}?)\.?\""
    r"))?"
)


# lua-resty-dns's rcodes (RFC 1035) and the dns client's 101 "empty record received" (NODATA).
def kong_code(code: str) -> FailureKind:
    """Kong's (lua-resty-dns-client's) error number: an RCODE, or its own 101 `empty record received` (no records:
    NXDOMAIN by the conventions)."""
    return "nxdomain" if code == "101" else from_rcode_number(code) or "other"


def _kong(m: re.Match[str], seg: Segment) -> Hit | None:
    which = next((g for g in ("host", "host2", "host3", "host4") if m.group(g)), None)
    if which is None:
        return None  # `DNS resolution failed: ...` with no Tried list: the name is not in the message
    name = m.group(which)
    start = seg.start + m.start(which)
    if m.group("bare") and not _only_name_tried(m, seg):
        return None  # several names tried, or this one resolved (an SRV answer): the Tried list's own rule reads it
    kind = kong_code(m.group("code")) if m.group("code") else "other"
    return Hit(name, kind, start, start + len(name), exact=True)


def _only_name_tried(m: re.Match[str], seg: Segment) -> bool:
    """Whether the Tried list after `[dns] dns server error` names one name, which no entry resolved: the error is that
    name's (with more, the list's own entries say whose it is)."""
    listed = seg.lower[m.end() :] + "\n" + "\n".join(seg.lines_after(TRIED_LINES)).lower()
    return "(short)" not in listed and "dereferencing" not in listed


# The balancer's Tried list, whatever led it (`[dns] dns server error: 3 name error. Tried: ...` too): each
# `(short)NAME:(na)` is a name asked, the entries after it (`NAME:33 - cache-hit/dns server error: 3 name error`, one
# per record type, and NAME's search-path expansions) say how it went. A name whose own entries end in an error failed;
# one that an entry dereferenced (an SRV answer) resolved (issue #17, held-out AH).
_KONG_SHORT = rx(r"\(short\)\s?(?P<host>{H}?):\(na\)")  # held-out BY: Kong 1.x prints `(short) h:(na)`
_KONG_ERROR = re.compile(r"dns\s(?:server|client)\serror[:;]\s(\d{1,3})\s")
_KONG_TIMED_OUT = re.compile(r"/failed\sto\sreceive\sreply\sfrom\sudp\sserver\s[^\s/]{1,60}:\stimeout")
TRIED_LINES = 12
"""Lines after a `(short)` entry read for its other entries (one per record type and search domain)."""


_TRIED_SEPARATOR = re.compile(r'",\s{0,3}"|\n')


def _tried_entries(m: re.Match[str], seg: Segment) -> Iterator[str]:
    """The Tried list's entries after the `(short)` entry `m`, up to the next `(short)` entry (the next name asked:
    its entries are its own, on the same line or below)."""
    for line in [seg.lower[m.end() :], *(line.lower() for line in seg.lines_after(TRIED_LINES))]:
        for piece in _TRIED_SEPARATOR.split(line):
            entry, next_name, _ = piece.partition("(short)")
            yield entry.strip(' \t"[],')
            if next_name:
                return


def _kong_tried(m: re.Match[str], seg: Segment) -> Hit | None:
    name = m.group("host").lower()
    own: list[FailureKind] = []
    expansions: list[
        FailureKind
    ] = []  # its search-path expansions', read only when it has no entry of its own that says how
    for entry in _tried_entries(m, seg):
        if not entry.startswith(name) or entry[len(name) : len(name) + 1] not in (":", "."):
            continue
        if "dereferencing" in entry:
            return None  # resolved (to an SRV target, asked next)
        error = _KONG_ERROR.search(entry)
        if error:
            (own if entry[len(name)] == ":" else expansions).append(kong_code(error.group(1)))
        elif _KONG_TIMED_OUT.search(
            entry
        ):  # survey 8: `h:33 - cache-miss/querying/failed to receive reply ...: timeout`
            (own if entry[len(name)] == ":" else expansions).append("timeout")
    kinds = own or expansions or _stated_before_tried(m, seg)
    return hit(m, seg, kinds[0], exact=True) if kinds else None


# held-out LN-LU (spent): Kong's `DNS resolution failed: failed to receive reply from UDP server S:53: timeout. Tried:
# ["(short)h:(na) - cache-miss"` cut before the name's own entries: the reason Kong states before `Tried:` is that
# name's when it is the list's first name and no other follows; (review) so too the balancer's `querying dns for h
# failed: <err>. Tried ["(short)h:(na) - cache-miss"` (lua-resty-dns-client's base.lua, no colon after `Tried`)
_KONG_STATED = re.compile(
    r"(?:dns\sresolution|querying\sdns\sfor\s\S{1,253})\sfailed:\s(?P<rest>[^\n]{1,200}?)\.\sTried:?\s?\[?\"?$", re.I
)


def _stated_before_tried(m: re.Match[str], seg: Segment) -> list[FailureKind]:
    line_start = seg.text.rfind("\n", 0, m.start()) + 1
    stated = _KONG_STATED.search(seg.text, line_start, m.start())
    if stated is None or "(short)" in seg.lower[m.end() :]:
        return []
    rest = stated.group("rest")
    error = _KONG_ERROR.search(rest.lower() + " ")
    kind = kong_code(error.group(1)) if error else classify(rest)
    return [kind] if kind else []


# --- Windows nslookup, localized -------------------------------------------------------------------------------------

_NSLOOKUP_LOCALIZED = rx(
    r"(?<![^\n])\*\*\*\s(?:(?P<first>{H})\swurde\svon\s[^\s:]{1,253}\snicht\sgefunden"
    r"|(?!UnKnown\scan't\sfind|[^\n:]{0,80}can't\sfind)[^\n:]{1,80}?\s(?P<last>{H}))"
    r"\s?:\s(?P<rest>Non-existent\sdomain|No\sresponse\sfrom\sserver)"
)
_NSLOOKUP_RCODES: dict[str, FailureKind] = {
    "non-existent domain": "nxdomain",
    "no response from server": "timeout",
}


def _nslookup_localized(m: re.Match[str], seg: Segment) -> Hit | None:
    which = "first" if m.group("first") else "last"
    name = m.group(which)
    start = seg.start + m.start(which)
    return Hit(name, _NSLOOKUP_RCODES[m.group("rest").lower()], start, start + len(name))


# --- Unbound log-servfail --------------------------------------------------------------------------------------------

_UNBOUND = rx(r"\bSERVFAIL\s<(?P<host>{H})\s[A-Z0-9]{1,10}\sIN>(?=(?P<rest>[^\n]{0,300}))")
# (source-mined, Unbound's iterator.c): the SERVFAIL's reason at its end, `... from 10.0.0.53 upstream server timeout`,
# `... got REFUSED`: the reason stated wins over the code it sent (LABELS.md), as CoreDNS's errors plugin is read
_UNBOUND_REASONS: tuple[tuple[str, FailureKind], ...] = (
    ("upstream server timeout", "timeout"),
    ("got REFUSED", "refused"),
)


def _unbound_servfail(m: re.Match[str], seg: Segment) -> Hit:
    rest = m.group("rest") or ""
    kind: FailureKind = next((k for said, k in _UNBOUND_REASONS if said in rest), "servfail")
    return hit(m, seg, kind, exact=True)


# --- Chromium net errors -------------------------------------------------------------------------------------------

_CHROMIUM = rx(r"\bnet::ERR_NAME_(?P<code>NOT_RESOLVED|RESOLUTION_FAILED)\b")


# Chrome's DevTools console (`h/path/file.json:1   Failed to load resource: net::ERR_NAME_NOT_RESOLVED`): the resource's
# URL before it is the name, read by rules/browser_texts.py; its last path piece is no `name:port` (probes, round 12)
_CONSOLE_RESOURCE = re.compile(r":\d{1,6}\s{1,8}Failed\sto\sload\sresource:\s\Z", re.I)


def _chromium(m: re.Match[str], seg: Segment) -> Hit | None:
    if _CONSOLE_RESOURCE.search(seg.text, max(0, m.start() - 40), m.start()):
        return None
    near = nearby_host(seg, m.start())
    if near is None:
        return None
    kind = chromium_name_error_kind(m.group("code"))  # NOT_RESOLVED's NXDOMAIN is assumed, no resolver said it
    return replace(hit(m, seg, kind, host=near[0], port=near[1]), assumed=kind == "nxdomain")


# held-out BG (spent): a URL and Chrome's code, the reporter's `=` or `:` between (`https://h/ = ERR_NAME_NOT_RESOLVED`)
_URL_THEN_CODE = rx(
    r"(?P<url>https?://[^\s]{1,2048}?)\s{0,3}[=:\-\u2013\u2014]\s{0,3}(?:net::)?ERR_NAME_NOT_RESOLVED\b"
    # held-out BJ (spent): Puppeteer's `net::ERR_NAME_NOT_RESOLVED at https://h/...` (page.goto's error)
    r"|\b(?:net::)?ERR_NAME_NOT_RESOLVED\sat\s(?P<url2>https?://[^\s]{1,2048})"
)


def _url_then_code(m: re.Match[str], seg: Segment) -> Hit | None:
    found = url_hit(m, seg, "nxdomain", "url" if m.group("url") else "url2")
    return replace(found, assumed=True) if found else None


RULES: tuple[Rule, ...] = (
    Rule("url-then-err-name-not-resolved", ("err_name_not_resolved",), _URL_THEN_CODE, _url_then_code),
    Rule("dnspython-no-nameservers", ("all nameservers failed to answer the query",), _NO_NAMESERVERS, _no_nameservers),
    Rule("ruby-resolv", ("resolv::resolverror",), _RESOLV, first_of("nxdomain", strip=".")),
    Rule(
        "kong-dns-client",
        ("dns server error:", "dns client error:", "dns server error;", "dns client error;", "returned no results"),
        _KONG,
        _kong,
    ),
    Rule("kong-tried-list", ("(short)",), _KONG_SHORT, _kong_tried),
    Rule(
        "nslookup-windows-localized",
        ("non-existent domain", "no response from server"),
        _NSLOOKUP_LOCALIZED,
        _nslookup_localized,
    ),
    Rule("chromium-name-not-resolved", ("net::err_name_",), _CHROMIUM, _chromium),
    Rule("unbound-log-servfail", ("servfail <",), _UNBOUND, _unbound_servfail),
)
