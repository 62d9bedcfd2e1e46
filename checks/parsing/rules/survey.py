"""Formats surveyed from the runtimes' own source (issue #17, branch h-survey) whose name stands where the generic rule
(`checks.parsing.generic`) cannot take it: a single-label name, or the kind said after the name in the library's
own words.

- dnspython's `NoNameservers` (dns/resolver.py): `All nameservers failed to answer the query NAME. IN A: Server X UDP
  port 53 answered SERVFAIL` — the kind is what the servers answered (an rcode, or "timed out"), `other` otherwise;
- Ruby's Resolv (lib/resolv.rb): `ResolvError.new("no address for #{name}")` (getaddress) and `"DNS result has no
  information for #{name}"` (getresource), read only next to the class name (`Resolv::ResolvError: ...` or `...
  (Resolv::ResolvError)` as Ruby's backtrace prints it), so "no address for this pod" in prose is not read;
- Qt's QNetworkReply (src/network/access/qhttpnetworkconnection.cpp): `Host %1 not found` (HostNotFoundError), a
  dotted or quoted name that ends the message ("Host key not found", "host foo not found in inventory" are not read);
- Windows nslookup in other languages (its rcode text stays English): `*** h wurde von UnKnown nicht gefunden:
  Non-existent domain` (de: the name FIRST), `*** UnKnown no encuentra h: Non-existent domain` (the name last);
- Unbound's `log-servfail` (services/mesh.c, `SERVFAIL <%s %s %s>: reason`): `error: SERVFAIL <h. A IN>: all the
  configured stub or forward servers failed` (a query log's shape, which the generic rule leaves alone);
- Kong's balancer (kong/runloop/balancer): `DNS resolution failed: dns server error: 3 name error. Tried:
  ["(short)NAME:(na) - cache-miss", ...]` — the name asked is the first of the list it tried.
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.generic_words import WORDS
from checks.parsing.kinds import classify
from checks.parsing.model import FailureKind
from checks.parsing.rules.base import Hit, Rule, fixed, hit, rx

# --- dnspython NoNameservers ----------------------------------------------------------------------------------------

_NO_NAMESERVERS = rx(
    r"All\snameservers\sfailed\sto\sanswer\sthe\squery\s(?P<host>{H}?)\.?\s{1,3}(?:IN\s{1,3}[A-Z0-9]{1,10})?"
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


def _resolv(m: re.Match[str], seg: Segment) -> Hit | None:
    which = "host" if m.group("host") else "host2"
    name = m.group(which).rstrip(".")
    start = seg.start + m.start(which)
    return Hit(name, "nxdomain", start, start + len(name), exact=True)


# --- Qt: "Host NAME not found" ---------------------------------------------------------------------------------------

_QT = rx(r"(?<![\w.\-])Host\s(?:{Q}(?P<quoted>{H}){Q}|(?P<host>{H}))\snot\sfound(?=\s{0,2}(?:$|[.,;:)\]\"'])|\.\s)")


def _qt(m: re.Match[str], seg: Segment) -> Hit | None:
    which = "quoted" if m.group("quoted") else "host"
    name = m.group(which).rstrip(".")
    if which == "host" and ("." not in name or name.lower() in WORDS):
        return None  # `Host key not found`, `host foo not found`: a dotted or quoted name only
    start = seg.start + m.start(which)
    return Hit(name, "nxdomain", start, start + len(name), assumed=True)


# --- Kong's balancer: the first name of its "Tried:" list ------------------------------------------------------------

_KONG = rx(
    r"DNS\sresolution\sfailed:\s{0,2}dns\s(?:server|client)\serror:\s(?P<code>\d{1,3})\s[a-z ]{1,40}\.\s{0,2}Tried:"
    r"\s{0,2}\[?\s{0,2}\"?\(short\)(?P<host>{H}?):\(na\)"
)
# lua-resty-dns's rcodes (RFC 1035) and the dns client's 101 "empty record received" (NODATA).
_KONG_CODES: dict[str, FailureKind] = {"2": "servfail", "3": "nxdomain", "5": "refused", "101": "nxdomain"}


def _kong(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, _KONG_CODES.get(m.group("code"), "other"), exact=True)


# --- Windows nslookup, localized -------------------------------------------------------------------------------------

_NSLOOKUP_LOCALIZED = rx(
    r"(?<![^\n])\*\*\*\s(?:(?P<first>{H})\swurde\svon\s[^\s:]{1,253}\snicht\sgefunden"
    r"|(?!UnKnown\scan't\sfind|[^\n:]{0,80}can't\sfind)[^\n:]{1,80}?\s(?P<last>{H}))"
    r"\s?:\s(?P<rest>Non-existent\sdomain|No\sresponse\sfrom\sserver|Server\sfailed|Query\srefused)"
)
_NSLOOKUP_RCODES: dict[str, FailureKind] = {
    "non-existent domain": "nxdomain",
    "no response from server": "timeout",
    "server failed": "servfail",
    "query refused": "refused",
}


def _nslookup_localized(m: re.Match[str], seg: Segment) -> Hit | None:
    which = "first" if m.group("first") else "last"
    name = m.group(which)
    start = seg.start + m.start(which)
    return Hit(name, _NSLOOKUP_RCODES[m.group("rest").lower()], start, start + len(name))


# --- Unbound log-servfail --------------------------------------------------------------------------------------------

_UNBOUND = rx(r"\bSERVFAIL\s<(?P<host>{H})\s[A-Z0-9]{1,10}\sIN>")

RULES: tuple[Rule, ...] = (
    Rule("dnspython-no-nameservers", ("all nameservers failed to answer the query",), _NO_NAMESERVERS, _no_nameservers),
    Rule("ruby-resolv", ("resolv::resolverror",), _RESOLV, _resolv),
    Rule("qt-host-not-found", ("not found",), _QT, _qt),
    Rule("kong-balancer-tried", ("tried:",), _KONG, _kong),
    Rule(
        "nslookup-windows-localized",
        ("non-existent domain", "no response from server", "server failed", "query refused"),
        _NSLOOKUP_LOCALIZED,
        _nslookup_localized,
    ),
    Rule("unbound-log-servfail", ("servfail <",), _UNBOUND, fixed("servfail", exact=True)),
)
