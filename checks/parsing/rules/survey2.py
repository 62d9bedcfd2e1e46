"""Formats from a second survey of the runtimes' own source (issue #17) whose name stands where only their own shape
says, so the generic rule (`checks.parsing.generic`) cannot take it:

- Crystal's stdlib (src/socket/addrinfo.cr, `Socket::Addrinfo::Error.build_message`): `Hostname lookup for NAME failed:
  REASON` (EAI_NONAME reads "No address found"; other codes gai_strerror's text); before 0.36 `Socket::Error`'s
  `No address found for NAME:PORT over TCP` (EAI_NONAME only);
- Microsoft JDBC Driver for SQL Server (mssql-jdbc, SQLServerResource `R_tcpipConnectionFailed`: `The TCP/IP
  connection to the host {0}, port {1} has failed. Error: "{2}"`): `{2}` is the cause's message, and a
  `java.net.UnknownHostException`'s message is the name alone: `Error: "NAME. Verify the connection properties...`
  (a refused or timed-out connection says so there instead, and is not read);
- SwiftNIO (Sources/NIOCore/SocketAddresses.swift, `SocketAddressError.unknown(host:port:)`, "the host is unknown
  (could not be resolved)"), as AsyncHTTPClient's `NIOConnectionError` prints it with `dnsAError`/`dnsAAAAError`;
- netkit/inetutils telnet (telnet/commands.c: `"telnet: could not resolve %s/%s: %s\n", host, port, gai_strerror`):
  the name is followed by `/PORT`, which the generic rule does not take for a name's end;
- Logstash's HTTP client, Manticore (lib/manticore/client.rb maps java.net.UnknownHostException to
  `Manticore::ResolutionFailure`), as the Elasticsearch output prints it: `[Manticore::ResolutionFailure] NAME` (the
  UnknownHostException's message: the name alone, or `NAME: REASON`, which says how);
- StackExchange.Redis (src/StackExchange.Redis/ExceptionFactory.cs: `{failureType} on {endpoint}/{connectionType}`):
  `UnableToConnect on NAME:PORT/Interactive, ...`, read only when the inner `SocketException` (on that line or the
  three after it) is a resolver's (`Name or service not known`, `No such host is known`, .NET's EAI_AGAIN text
  `(00000001, 11): Resource temporarily unavailable`): UnableToConnect alone is also a refused or timed-out connect;
- grpc-js (packages/grpc-js/src/resolver-dns.ts: `Name resolution failed for target ${uriToString(this.target)}`,
  status 14 UNAVAILABLE): `Name resolution failed for target dns:NAME:PORT`, no reason given (`other`);
- Subversion over APR: getaddrinfo's error as `svn: E6700NN: <gai_strerror text>` (APR_OS_START_EAIERR + the EAI
  code) under `svn: E6700NN: Unable to connect to a repository at URL '...'`: the name is that URL's host, never the
  error code the generic rule would take for one (`E670002: Name or service not known`).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.hosts import to_port
from checks.parsing.kinds import classify, classify_dotnet_socket, classify_resolution
from checks.parsing.rules.base import Hit, Rule, by_rest, hit, nearby_host, rx

# --- Crystal -----------------------------------------------------------------------------------------------------

_CRYSTAL = rx(
    r"\bHostname\slookup\sfor\s(?P<host>{H}?)\sfailed(?::\s(?P<rest>[^\n]{1,120}))?"
    r"|\bNo\saddress\sfound\sfor\s(?P<old>{H}?):(?P<port>\d{1,5}|[a-z]{1,20})\sover\s(?:TCP|UDP)\b"
)


def _crystal(m: re.Match[str], seg: Segment) -> Hit | None:
    if m.group("old"):
        name = m.group("old")
        start = seg.start + m.start("old")
        return Hit(name, "nxdomain", start, start + len(name), port=to_port(m.group("port")), exact=True)
    rest = m.group("rest") or ""
    kind = "nxdomain" if rest.lower().startswith("no address found") else classify(rest) or "other"
    return hit(m, seg, kind, exact=True)


# --- mssql-jdbc ----------------------------------------------------------------------------------------------------

_MSSQL_JDBC = rx(
    r"\bThe\sTCP/IP\sconnection\sto\sthe\shost\s(?P<host>{H}?),\s{1,2}port\s(?P<port>\d{1,5})\shas\sfailed\.\s{1,3}"
    r"Error:\s{0,2}[\"\u201c](?P=host)\.\s"
)


def _mssql_jdbc(m: re.Match[str], seg: Segment) -> Hit | None:
    # the cause's message is the name alone: an UnknownHostException, read like Java's (NXDOMAIN, assumed)
    found = hit(m, seg, "nxdomain", port=m.group("port"), exact=True)
    return Hit(found.host, found.kind, found.start, found.end, None, found.port, exact=True, assumed=True)


# --- SwiftNIO --------------------------------------------------------------------------------------------------------

# survey 7: HappyEyeballs' `DNS error: unknown(host: "h", port: N)` prints the case without its type
_NIO = rx(
    r"(?:\bSocketAddressError\.|\bDNS\serror:\s)unknown\(host:\s{0,2}\"(?P<host>{H}?)\",\s{0,2}port:\s{0,2}"
    r"(?P<port>\d{1,5})\)"
)
# survey 7: NIOCore's `SocketAddressError.UnknownHost: <gai_strerror> (error N) for host h, port N` (its description)
_NIO_UNKNOWN_HOST = rx(
    r"\bSocketAddressError\.UnknownHost:\s(?P<rest>[^\n()]{1,120}?)\s\(error\s-?\d{1,6}\)\sfor\shost\s(?P<host>{H}),"
    r"\sport\s(?P<port>\d{1,5})"
)


def _nio(m: re.Match[str], seg: Segment) -> Hit | None:
    found = hit(m, seg, "nxdomain", port=m.group("port"), exact=True)
    return Hit(found.host, found.kind, found.start, found.end, None, found.port, exact=True, assumed=True)


# --- telnet ----------------------------------------------------------------------------------------------------------

_TELNET = rx(r"\btelnet:\scould\snot\sresolve\s(?P<host>{H}?)/(?P<port>[A-Za-z0-9_-]{1,20}):\s(?P<rest>[^\n]{1,120})")


def _telnet(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("rest")) or "other"
    return hit(m, seg, kind, port=m.group("port") if m.group("port").isdigit() else None, exact=True)


# --- Manticore (Logstash) --------------------------------------------------------------------------------------------

_MANTICORE = rx(r"\bManticore::ResolutionFailure\]?:?\s{1,2}(?P<host>{H}?)(?P<rest>:\s[^\n\"]{1,120})?(?=[\s\"',}]|$)")


def _manticore(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = m.group("rest")
    if rest:
        kind = classify_resolution(rest)
        return hit(m, seg, kind, exact=True) if kind else None  # `NAME: <reason>`: the generic rule reads it too
    found = hit(m, seg, "nxdomain", exact=True)
    return Hit(found.host, found.kind, found.start, found.end, exact=True, assumed=True)


# --- StackExchange.Redis ----------------------------------------------------------------------------------------------

_SE_REDIS = rx(r"\bUnableToConnect\son\s(?P<host>{H}?):(?P<port>\d{1,5})/(?:Interactive|Subscription)\b")
_SOCKET_EXCEPTION = "socketexception"


def _se_redis(m: re.Match[str], seg: Segment) -> Hit | None:
    for text in (seg.text[m.end() :], *seg.lines_after(3)):
        low = text.lower()
        at = low.find(_SOCKET_EXCEPTION)
        if at == -1:
            continue
        kind = classify_dotnet_socket(low[at : at + 200])
        return hit(m, seg, kind, port=m.group("port"), exact=True) if kind else None
    return None


# --- grpc-js -------------------------------------------------------------------------------------------------------

_GRPC_JS = rx(
    r"\bName\sresolution\sfailed\sfor\starget\s(?:dns:(?://[^/\s]{0,100})?/{0,3}"
    # held-out ED (spent): another scheme word before `h:port` (`dons:h:8080`, a scheme mistyped): the name is `h`
    r"|[a-z][a-z0-9+.-]{0,15}:(?=[A-Za-z0-9_.-]{1,253}:\d))?(?P<host>{H}?)"
    r"(?P<path>/[A-Za-z][A-Za-z0-9_.\-]{0,60})?(?::(?P<port>\d{1,5}))?(?![\w.-])"
)


def _grpc_js(m: re.Match[str], seg: Segment) -> Hit | None:
    if m.group("path"):
        # issue #17 (held-out Y): a target given with a path (`dns:zeebe.example.com/gateway:26500`, a proxy's
        # endpoint): grpc-js hands `h/path` to the resolver as the name, and it is reported as printed
        name = m.group("host") + m.group("path")
        start = seg.start + m.start("host")
        return Hit(name, "other", start, start + len(name), port=to_port(m.group("port")), exact=True, printed=True)
    return hit(m, seg, "other", port=m.group("port"), exact=True)


# --- Subversion (APR) ------------------------------------------------------------------------------------------------

_SVN = rx(r"\bsvn:\s(?:warning:\s)?E6700\d\d:\s(?P<rest>[^\n]{1,120})")


def _svn(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("rest"))
    if kind is None:
        return None  # `svn: E670002: Unable to connect to a repository at URL ...`: the line above the reason
    near = nearby_host(seg, m.start(), after=False)
    return hit(m, seg, kind, host=near[0], port=near[1]) if near else None


RULES: tuple[Rule, ...] = (
    Rule("crystal-addrinfo", ("hostname lookup for", "no address found for"), _CRYSTAL, _crystal),
    Rule("mssql-jdbc-unknown-host", ("the tcp/ip connection to the host",), _MSSQL_JDBC, _mssql_jdbc),
    Rule("swift-nio-unknown-host", ("socketaddresserror.unknown(host:", "dns error: unknown(host:"), _NIO, _nio),
    Rule(
        "swift-nio-unknownhost-description",
        ("socketaddresserror.unknownhost:",),
        _NIO_UNKNOWN_HOST,
        by_rest("other", exact=True),
    ),
    Rule("telnet-could-not-resolve", ("telnet: could not resolve",), _TELNET, _telnet),
    Rule("manticore-resolution-failure", ("manticore::resolutionfailure",), _MANTICORE, _manticore),
    Rule("stackexchange-redis-unable-to-connect", ("unabletoconnect on ",), _SE_REDIS, _se_redis),
    Rule("grpc-js-name-resolution", ("name resolution failed for target",), _GRPC_JS, _grpc_js),
    Rule("svn-apr-getaddrinfo", ("svn: e6700", "svn: warning: e6700"), _SVN, _svn),
)
