"""Resolvers and DNS tools: Go's resolver, CoreDNS's errors plugin, nslookup, dig and host."""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import classify, from_rcode
from checks.parsing.rules.base import Hit, Rule, hit, rx

# --- Go: "dial tcp: lookup NAME on 10.96.0.10:53: read udp ...: i/o timeout" -------------------------

_GO = rx(
    r"(?P<dial>dial\s(?:tcp|udp)[46]?:\s)?lookup\s{1,3}(?P<host>{H})"
    r"(?:\s{1,3}on\s{1,3}(?P<server>\[[0-9a-f:.]{2,45}\](?::\d{1,5})?|[^\s\[\]]{1,64}?:\d{1,5}))?"
    r"(?P<sep>\s{0,3}:|\s{1,3}(?=\S))(?=(?P<rest>[^\n]{0,200}))"
)


def _go(m: re.Match[str], seg: Segment) -> Hit | None:
    has_colon = ":" in m.group("sep")
    if not has_colon and not m.group("dial"):
        return None  # "lookup table for the config": Go always puts a colon after the name
    kind = classify(m.group("rest"))
    if kind is None:
        if not (has_colon and (m.group("dial") or m.group("server"))):
            return None
        kind = "other"
    return hit(m, seg, kind, server=m.group("server"))


# --- CoreDNS: "[ERROR] plugin/errors: 2 NAME. A: read udp a->b:53: i/o timeout" ----------------------

_COREDNS = rx(
    r"plugin/errors:\s{1,3}\d{1,3}\s{1,3}(?P<host>{H})\s{1,3}[A-Z0-9]{1,10}:\s{0,3}(?=(?P<rest>[^\n]{0,200}))"
)
_UPSTREAM = re.compile(r"->(\[[0-9a-fA-F:.]{2,45}\]:\d{1,5}|[0-9.]{7,15}:\d{1,5})")


def _coredns(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = m.group("rest")
    upstream = _UPSTREAM.search(rest)
    return hit(m, seg, classify(rest) or "other", server=upstream.group(1) if upstream else None)


# --- nslookup: "** server can't find NAME: NXDOMAIN", busybox "nslookup: can't resolve 'NAME'" -------

_NS_SERVER = re.compile(
    r"^\s*(?:Server|Address(?:\s1)?):\s{1,20}([0-9.]{7,15}|[0-9a-fA-F:]{2,45})(?:[#:](\d{1,5}))?\s*$"
)


def _nslookup_server(seg: Segment) -> str | None:
    """The server nslookup printed at its top ("Address: 10.96.0.10#53"), a few lines up."""
    for line in seg.lines_before(6):
        m = _NS_SERVER.match(line)
        if m:
            return f"{m.group(1)}:{m.group(2) or 53}"
    return None


_CANT_FIND = rx(r"server\scan'?t\sfind\s{1,3}(?P<host>{H}):\s{0,3}(?P<code>NXDOMAIN|SERVFAIL|REFUSED)")
_CANT_RESOLVE = rx(r"nslookup:\s{1,3}can'?t\sresolve\s{1,3}{Q}?(?P<host>{H}){Q}?(?=(?P<rest>[^\n]{0,80}))")


def _cant_find(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, from_rcode(m.group("code")), server=_nslookup_server(seg))


def _cant_resolve(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, classify(m.group("rest")) or "other", server=_nslookup_server(seg))


# --- dig: ";; connection timed out; no servers could be reached", "status: SERVFAIL" -------------------

_SKIP_ARG = r"(?:[@+\-][^\s]{1,100}|(?:A|AAAA|SRV|TXT|HINFO|PTR|MX|NS|ANY|CNAME|SOA)(?=\s))\s{1,3}"
_DIG_HEADER = rx(r"<<>>\s{1,3}DiG\s[^<\n]{0,60}<<>>\s{1,3}(?P<args>(?:" + _SKIP_ARG + r"){0,6})(?P<host>{H})")
_COMMAND = rx(r"(?<![\w.\-])(?:nslookup|dig|host)\s{1,3}(?P<args>(?:" + _SKIP_ARG + r"){0,6})(?P<host>{H})")
_DIG_AT = re.compile(r"@\[?([0-9a-fA-F:.]{3,45})\]?")
_QUESTION = rx(r"^;(?P<host>{H})\s{1,40}IN\s{1,40}[A-Z]{1,10}\s*$")


def _queried_name(seg: Segment, before: int = 8) -> tuple[str, str | None] | None:
    """The name (and `@server`) a dig/nslookup/host run asked for: its command or DiG header above it,
    else dig's QUESTION SECTION below."""
    for line in [seg.text, *seg.lines_before(before)]:
        m = _DIG_HEADER.search(line) or _COMMAND.search(line)
        if m:
            at = _DIG_AT.search(line, m.start())
            return m.group("host"), (f"{at.group(1)}:53" if at else None)
    for line in seg.lines_after(before):
        q = _QUESTION.match(line.strip())
        if q:
            return q.group("host"), None
    return None


_NO_SERVERS = rx(r"no\sservers\scould\sbe\sreached")
_DIG_STATUS = rx(r"status:\s{0,3}(?P<code>NXDOMAIN|SERVFAIL|REFUSED)\b")


def _no_servers(m: re.Match[str], seg: Segment) -> Hit | None:
    asked = _queried_name(seg)
    return hit(m, seg, "timeout", host=asked[0], server=asked[1]) if asked else None


def _dig_status(m: re.Match[str], seg: Segment) -> Hit | None:
    asked = _queried_name(seg, before=12)
    return hit(m, seg, from_rcode(m.group("code")), host=asked[0], server=asked[1]) if asked else None


# --- host: "Host NAME not found: 3(NXDOMAIN)" -----------------------------------------------------------

_HOST_CMD = rx(r"Host\s{1,3}(?P<host>{H})\s{1,3}not\sfound:\s{0,3}\d{1,2}\((?P<code>[A-Z]{3,9})\)")


def _host_cmd(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, from_rcode(m.group("code")))


RULES: tuple[Rule, ...] = (
    Rule("go", ("lookup ",), _GO, _go),
    Rule("coredns", ("plugin/errors",), _COREDNS, _coredns),
    Rule("nslookup-cant-find", ("can't find", "cant find"), _CANT_FIND, _cant_find),
    Rule("nslookup-cant-resolve", ("can't resolve", "cant resolve"), _CANT_RESOLVE, _cant_resolve),
    Rule("no-servers", ("no servers could be reached",), _NO_SERVERS, _no_servers),
    Rule("dig-status", ("status: nxdomain", "status: servfail", "status: refused"), _DIG_STATUS, _dig_status),
    Rule("host-cmd", ("not found:",), _HOST_CMD, _host_cmd),
)
