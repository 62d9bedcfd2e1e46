"""Failed look-ups as message brokers, log shippers, search daemons, an OIDC module and a database client print them,
from held-out ML-MS's misses (issue #17, session 72; spent data):

- EMQX's resource workers (ecpool), an Erlang map: `#{host => "h",port => N,reason => nxdomain,type => get_addr}`; the
  name as printed between its quotes (a quote typed into the setting stays in it), the kind from inet's reason atom;
- HiveMQ's DNS cluster discovery, `Failed to resolve DNS record for address 'h'`, also with Java's `Optional[h]` around
  the name it printed (no reason: `other`);
- WSO2's Kubernetes membership scheme, `DNS lookup for name 'h' failed` (no reason: `other`);
- Manticore's `no AF_INET address found for: h` (getaddrinfo gave no IPv4 address: LABELS.md's `No address associated
  with hostname`, `nxdomain`), or its kind from the `, error -N: <gai_strerror>` newer versions print after the name;
- fluent-bit's `getaddrinfo(host=''h'', err=8): Misformatted domain name` (and its connect's form without `err=`): the
  quotes typed into the setting inside its own, the name as it was looked up, quotes (and a port) and all
  (`rules/product_messages.py` reads the plain form);
- libpq's `could not translate host name "h port=5432 dbname=d" to address: <reason>`: a connection string handed over
  as the host, read as printed (the string that was looked up);
- Eclipse Paho's C client, `getaddrinfo failed for addr h with rc -3` (glibc's codes: -2 and -5 `nxdomain`, -3
  `temporary`; WinSock's on Windows, `11001`; others `other`), and JGit's `TransportException: <uri>: unknown host`
  (a bare UnknownHostException under JSch: `nxdomain`; also logged under an Android tag, `user@h:path.git: unknown
  host`), the URI's host (off-frame rows of the same sets);
- a `...ResolutionError` event summarised as `while resolving `h` through `S`` (k8gb's GSLB events in a bot's
  summary): the name in backticks after it (no reason: `other`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from checks.parsing.document import Segment
from checks.parsing.kinds import ERLANG_ATOMS, GAI_CODES, WINSOCK_CODES, classify_resolution
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, by_rest, fixed, hit, rx
from checks.parsing.rules.product_messages import fluent_bit_kind

_QUOTES = frozenset("'\"\\")

_EMQX_GET_ADDR = rx(
    r"\bhost\s=>\s\"(?P<host>[^\n]{1,253}?)\",\s?port\s=>\s\d{1,5},\s?reason\s=>\s(?P<reason>[a-z_]{2,20}),"
    r"\s?type\s=>\sget_addr\b"
)
_PAHO_GETADDRINFO = rx(r"\bgetaddrinfo\sfailed\sfor\saddr\s(?P<host>{H})\s{1,3}with\src\s(?P<rc>-?\d{1,5})\b")
# (review: `ssh://h: unknown host`, a URI without a path: the scheme is never read as the name; an Android log's tag
# before the URI in place of the exception's class, `E/...Task: git@h:path.git: unknown host`, with its user and path)
_JGIT_UNKNOWN_HOST = rx(
    r"(?:\bTransportException:\s(?:[a-z][a-z0-9+]{1,10}://)?(?:[^\s@/:]{1,64}@)?(?P<host>{H})(?!:/)(?::\d{1,5})?"
    r"(?:[:/][^\s]{0,400}?)?"
    r"|(?<=:\s)[A-Za-z0-9_.\-]{1,64}@(?P<logged>{H}):[^\s:]{1,400}?\.git)"
    r":\sunknown\shost\b"
)
_JGIT_FORMAT = "JGit `TransportException: <uri>: unknown host`"

_HIVEMQ_DISCOVERY = rx(
    r"\bFailed\sto\sresolve\sDNS\srecord\sfor\saddress\s'(?:Optional\[(?P<wrapped>{H})\]|(?P<host>{H}))'"
)
_HIVEMQ_FORMAT = "HiveMQ DNS discovery `Failed to resolve DNS record for address 'h'`"
_WSO2_LOOKUP = rx(r"\bDNS\slookup\sfor\sname\s'(?P<host>{H})'\sfailed\b(?P<rest>[^\n]{0,80})")
_WSO2_FORMAT = "WSO2 membership `DNS lookup for name 'h' failed`"
_NO_AF_INET = rx(
    r"\bno\sAF_INET6?\saddress\sfound\sfor:\s(?P<host>{H})(?:,\serror\s-?\d{1,3}:\s(?P<rest>[^\n]{1,80}))?"
)
_NO_AF_INET_FORMAT = "Manticore `no AF_INET address found for: h`"
# (review: its `net_tcp_fd_connect` message has no `err=`; a port typed into the quoted setting is read with it)
_FLUENT_BIT_QUOTED = rx(
    r"\bgetaddrinfo\(host='(?P<host>(?P<q>['\"]){H}(?::\d{1,5})?(?P=q))'(?:,\s{0,3}err=(?P<err>-?\d{1,4}))?\)"
    r"(?::\s{0,3}(?P<rest>[^\n]{0,100}))?"
)
_LIBPQ_CONNINFO = rx(
    r"\bcould\snot\stranslate\shost\sname\s\"(?P<host>{H}(?:\s[a-z_]{2,30}=[^\s\"]{0,200}){1,12})\"\sto\saddress:"
    r"\s(?P<rest>[^\n]{1,80})"
)
# (review: within one sentence, `;` and `. ` end it; the server a name too)
_RESOLUTION_EVENT = rx(
    r"\b[A-Z][A-Za-z]{1,40}ResolutionError\b(?:[^\n.;]|\.(?!\s)){0,400}?\bwhile\sresolving\s`(?P<host>{H})`"
    r"\sthrough\s`(?:[0-9a-fA-F.:]{2,45}|{H})`"
)
_RESOLUTION_EVENT_FORMAT = "an event's `...ResolutionError` summarised `while resolving `h` through `S``"


def _emqx_get_addr(m: re.Match[str], seg: Segment) -> Hit | None:
    # (the paste's `\"` inside the Erlang string is read as the quote it stands for, as a JSON log's is); a plain name
    # without quotes in it is read as any rule's, its stand-ins flagged (review)
    found = hit(m, seg, ERLANG_ATOMS.get(m.group("reason"), "other"), exact=True)
    return replace(found, printed=True) if _QUOTES & set(m.group("host")) else found


def _no_af_inet(m: re.Match[str], seg: Segment) -> Hit | None:
    # (review: a reason printed after it wins, one no clause names `other`; none printed, the format's own kind)
    rest = m.group("rest")
    kind = (classify_resolution(rest) or "other") if rest else unstated(_NO_AF_INET_FORMAT)
    return hit(m, seg, kind, exact=True)


def _jgit(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = unstated(_JGIT_FORMAT)
    if m.group("logged"):
        return replace(hit(m, seg, kind, host=m.group("logged"), exact=True), assumed=True)
    return replace(hit(m, seg, kind, exact=True), assumed=True)


def _paho_getaddrinfo(m: re.Match[str], seg: Segment) -> Hit | None:
    # (probes, round 23: on Windows the code is WinSock's, `rc 11001`)
    rc = m.group("rc")
    return hit(m, seg, GAI_CODES.get(rc) or WINSOCK_CODES.get(rc) or "other", exact=True)


def _hivemq_discovery(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = unstated(_HIVEMQ_FORMAT)
    if m.group("wrapped"):
        return hit(m, seg, kind, host=m.group("wrapped"), exact=True)
    return hit(m, seg, kind, exact=True)


def _fluent_bit_quoted(m: re.Match[str], seg: Segment) -> Hit | None:
    return replace(hit(m, seg, fluent_bit_kind(m.group("err") or "", m.group("rest")), exact=True), printed=True)


def _libpq_conninfo(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("rest"))
    return replace(hit(m, seg, kind, exact=True), printed=True) if kind else None


RULES: tuple[Rule, ...] = (
    Rule("emqx-get-addr-map", ("type => get_addr",), _EMQX_GET_ADDR, _emqx_get_addr),
    Rule("hivemq-dns-discovery", ("failed to resolve dns record for address '",), _HIVEMQ_DISCOVERY, _hivemq_discovery),
    Rule(
        "wso2-dns-lookup-for-name",
        ("dns lookup for name '",),
        _WSO2_LOOKUP,
        by_rest(unstated(_WSO2_FORMAT), exact=True),
    ),
    Rule(
        "manticore-no-af-inet-address",
        ("address found for: ",),
        _NO_AF_INET,
        _no_af_inet,
    ),
    Rule("fluent-bit-getaddrinfo-quoted-twice", ("getaddrinfo(host='",), _FLUENT_BIT_QUOTED, _fluent_bit_quoted),
    Rule("paho-mqtt-getaddrinfo-rc", ("getaddrinfo failed for addr ",), _PAHO_GETADDRINFO, _paho_getaddrinfo),
    Rule(
        "jgit-unknown-host",
        (": unknown host",),
        _JGIT_UNKNOWN_HOST,
        _jgit,
    ),
    Rule("libpq-connection-string-as-host", ('could not translate host name "',), _LIBPQ_CONNINFO, _libpq_conninfo),
    Rule(
        "resolution-error-event-summary",
        ("resolutionerror",),
        _RESOLUTION_EVENT,
        fixed(unstated(_RESOLUTION_EVENT_FORMAT), exact=True),
    ),
)
