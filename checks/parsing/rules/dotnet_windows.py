r"""Windows' and .NET's resolver errors in the forms `languages.py`' `dotnet-*` rules and `localized.py` do not read
(issue #17, held-out D, E, F, G, K, L, R, U/V; gathered here from the round modules).

- WinHTTP's "The server name or address could not be resolved" (cargo, libgit2, PowerShell on Windows) with the name
  in the URL printed just before it (held-out D);
- .NET's `SocketException (00000005, 0xFFFDFFFF): Name or service not known` (Npgsql, Dns.GetHostEntry) whose name is
  only in the connection string of the command or config a few lines above (`Host=postgres;Port=5432`, E);
- Mono's `System.Net.WebException: DNS Name Resolution Failure: 'h'` (Sonarr/Radarr on Mono): no resolver reason, so
  `other`; the name quoted, a single word too (`'prowlarr'`, a container name; F);
- C# gRPC's `DNS lookup error for '127.0.0.1'. 'Non-Existent Domain'`: the quoted target is what c-ares looked up, an
  address too (G);
- Mono/.NET's host-less `NameResolutionFailure` / `WebException: Resource temporarily unavailable` under the request
  line or URL a client logged just above (dnu's `GET https://h/...`, Jellyfin's `"GET": "https://h/..."`; K);
- Npgsql's debug `Opening connection to database 'x' on server 'tcp://h:port'.` above a host-less `SocketException`
  (`Unknown error -1`: `other`; a resolver reason: its kind; L);
- NuGet's `Unable to load the service index for source https://h/...` with .NET's `Resource temporarily unavailable`
  (EAGAIN, `temporary`, as `classify_dotnet_socket` reads it) on one of the next two lines (`base.reason_below`, R);
- gRPC .NET's `Error getting DNS hosts for address 'h'. SocketException: <reason>` (the reason read as WinSock's, U);
- .NET's SocketException with one of WinSock's localized resolver texts (`localized_words.WINDOWS`: WSAHOST_NOT_FOUND
  and WSANO_DATA as Windows prints them in its languages, e.g. `请求的名称有效` + U+FF0C + `但是...`) and no name on its
  line, under a `connect to h:port` log line up to `CONNECT_LINES` lines above: that name, the text's kind (WSANO_DATA
  is NODATA: NXDOMAIN; V, review 2 finding 15);
- the Windows DNS Client's events 1014 and 1015, `Name resolution for the name h timed out after ...` (IT-JA);
- .NET's `SocketException: Resource temporarily unavailable` with `System.Net.Dns` frames under it: the Akka.NET
  peer its line was associating with (`akka.tcp://system@h:port`; IT-JA).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.hosts import PLAIN_HOST, is_ip
from checks.parsing.kinds import classify_dotnet_socket, classify_resolution
from checks.parsing.localized_words import WINDOWS
from checks.parsing.model import FailureKind
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, LazyPattern, Rule, by_rest, fixed, hit, nearby_host, reason_below, rx

# --- WinHTTP: "The server name or address could not be resolved" -------------------------------------------------

_WINHTTP = rx(r"server\sname\sor\saddress\scould\snot\sbe\sresolved")


def _winhttp(m: re.Match[str], seg: Segment) -> Hit | None:
    found = nearby_host(seg, m.start())
    if found is None:
        return None
    host, port = found
    start = seg.start + m.start()
    return Hit(host, "nxdomain", start, seg.start + m.end(), port=int(port) if port else None, assumed=True)


# --- .NET SocketException with the name in a connection string above --------------------------------------------

_SOCKET = rx(
    r"SocketException(?:\s\((?P<code>\w{1,12}(?:,\s{0,2}\w{1,12})?)\))?:\s{0,3}(?P<rest>No\ssuch\shost\sis\sknown"
    r"|Name\sor\sservice\snot\sknown|Temporary\sfailure\sin\sname\sresolution|Resource\stemporarily\sunavailable"
    r"|Name\sdoes\snot\sresolve|nodename\snor\sservname\sprovided,\sor\snot\sknown)"
    r"(?![^\n]{0,20}\((?:{H}):\d)"
)
_CONNECTION_STRING_HOST = LazyPattern(
    r"(?:^|[\s;\"'])(?:Host|Server|Data\sSource)\s{0,2}=\s{0,2}(?:tcp:)?(?P<host>"
    + PLAIN_HOST
    + r")(?:,\d{1,5})?\s{0,2}[;\"']"
    # EF Core's `An error occurred using the connection to database 'app' on server 'tcp:h,1433'.` (SqlClient's own
    # `error: 35 - An internal exception was caught` names no server)
    r"|\bconnection\sto\sdatabase\s'[^'\n]{0,100}'\son\sserver\s'(?:tcp:)?(?P<server>"
    + PLAIN_HOST
    + r")(?:,\d{1,5})?'",
    re.I,
)
# Npgsql's `NpgsqlException: Failed to connect to h:port` right above its inner SocketException
_CONNECT_TO_ABOVE = rx(
    r"\b(?:(?:Failed\sto\sconnect|Unable\sto\sconnect|Error\sconnecting)\sto"
    # (source-mined, session 53) RabbitMQ.Client's ConnectFailureException, as MassTransit logs it
    r"|Connection\sfailed,\shost)\s(?P<host>{H}):(?P<port>\d{1,5})\b"
)
CONNECT_LINES = 3
"""Lines above a host-less .NET SocketException read for the client's own `Failed to connect to h:port`."""
CONNECTION_STRING_LINES = 12
"""Lines above a host-less .NET exception read for the connection string (the app logs its start-up in between)."""


# .NET 5+ on Linux throws EAI_AGAIN as SocketError.TryAgain with errno 11's text: `SocketException (00000001, 11):
# Resource temporarily unavailable` (from Dns.GetHostEntryOrAddressesCore); a socket's own EAGAIN prints `(11)` alone
_TRY_AGAIN_CODE = re.compile(r"0{0,7}1,\s{0,2}11")


def _socket(m: re.Match[str], seg: Segment) -> Hit | None:
    code = m.group("code")
    try_again = code is not None and _TRY_AGAIN_CODE.fullmatch(code) is not None
    kind = classify_dotnet_socket(m.group("rest")) if try_again else classify_resolution(m.group("rest"))
    if kind is None:
        return None
    near = nearby_host(seg, m.start())
    if near is not None:
        return hit(m, seg, kind, host=near[0], port=near[1])
    connect = seg.first_above(_CONNECT_TO_ABOVE, CONNECT_LINES)
    if connect is not None and not is_ip(connect.group("host")):
        return hit(m, seg, kind, host=connect.group("host"), port=connect.group("port"))
    for line in seg.lines_before(CONNECTION_STRING_LINES):
        found = list(_CONNECTION_STRING_HOST.finditer(line))
        if found:
            return hit(m, seg, kind, host=found[-1].group("host") or found[-1].group("server"))
    return None


# --- Mono ----------------------------------------------------------------------------------------------------------

_MONO = rx(r"DNS\sName\sResolution\sFailure:?\s{0,3}{Q}(?P<host>{H}){Q}")


# --- Emby's / Jellyfin's HttpClientManager: `Error <WebExceptionStatus> getting response from <URL>` -------------
# (held-out BZ): Mono's NameResolutionFailure with the URL on the line; no resolver reason, `other`

_EMBY_STATUS = rx(
    r"\bError\sNameResolutionFailure\sgetting\sresponse\sfrom\s[a-z][a-z0-9+.\-]{1,15}://"
    r"(?:[^\s/@\"'<>]{1,256}@)?(?P<host>{H})(?::(?P<port>\d{1,5}))?(?![\w.\-])"
)


# --- C# gRPC (c-ares): `DNS lookup error for 'h'. 'reason'` ---------------------------------------------------------

_GRPC_CSHARP = rx(r"DNS\slookup\serror\sfor\s{Q}(?P<host>{H}){Q}\.?\s{0,3}(?=(?P<rest>[^\n]{0,120}))")


def _grpc_csharp(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("rest")) or "other"
    return hit(m, seg, kind, exact=True, ip_ok=True)


# --- Mono/.NET: a host-less failure under the request it logged -----------------------------------------------------

_MONO_HOSTLESS = rx(
    r"^[ \t]{0,8}Error:\sNameResolutionFailure\s*$(?P<other>)"  # held-out FW (spent): kpm's, indented under its request
    r"|\bWebException:\sResource\stemporarily\sunavailable\b"
)
REQUEST_LINES = 3
"""Lines looked at above the failure for the request's URL."""


def _mono_hostless(m: re.Match[str], seg: Segment) -> Hit | None:
    found = nearby_host(seg, m.start(), REQUEST_LINES, after=False)
    if found is None:
        return None
    kind = (
        unstated("Mono `NameResolutionFailure` (the request line above)")
        if m.group("other") is not None
        else "temporary"
    )
    return hit(m, seg, kind, host=found[0], port=found[1])


# held-out IT-JA (spent): .NET on Linux's `SocketException: Resource temporarily unavailable` (EAI_AGAIN) with `at
# System.Net.Dns.` frames right under it: the look-up of the address its line dialled failed (Akka.NET's `Association
# failed with akka.tcp://system@h:2552] Caused by: [System.AggregateException: ... ---> ...SocketException: Resource
# temporarily unavailable`); EAGAIN without the resolver's frames is some socket's
_DNS_FRAMES_EAGAIN = rx(r"SocketException(?:\s\(\d{1,10}\))?:\sResource\stemporarily\sunavailable\b")
_DNS_FRAME = re.compile(r"^\s{0,12}at\sSystem\.Net\.Dns\.")
# Akka's remote address (`akka.tcp://system@h:port`), the peer it was associating with; a URL elsewhere on the line
# may be a request the service received (review)
_ADDRESS_DIALLED = re.compile(
    r"\bakka(?:\.tcp|\.udp|\.ssl\.tcp)?://[^\s@/\]]{1,64}@(?P<host>" + PLAIN_HOST + r"):(?P<port>\d{1,5})", re.I
)
DNS_FRAME_LINES = 3
"""Lines looked at under the exception for the resolver's frame."""


def _dns_frames_eagain(m: re.Match[str], seg: Segment) -> Hit | None:
    if not any(_DNS_FRAME.match(line) for line in seg.lines_after(DNS_FRAME_LINES)):
        return None
    dialled = [d for d in _ADDRESS_DIALLED.finditer(seg.text, 0, m.start()) if not is_ip(d.group("host"))]
    if not dialled:
        return None
    return hit(m, seg, "temporary", host=dialled[-1].group("host"), port=dialled[-1].group("port"))


# --- Npgsql: `Opening connection to database 'x' on server 'tcp://h:port'` above a host-less SocketException --------

_NPGSQL_OPENING = rx(
    r"\bOpening\sconnection\sto\sdatabase\s'[^'\n]{0,100}'\son\sserver\s'(?:tcp://)?(?P<host>{H})(?::(?P<port>\d{1,5}))?'"
    # (source-mined, Npgsql 6 on: its trace `Opening physical connection to h:5432/db...`)
    r"|\bOpening\sphysical\sconnection\sto\s(?P<host2>{H}):(?P<port2>\d{1,5})/"
)
_SOCKET_EXCEPTION = rx(r"\bSocketException(?:\s\([^)\n]{1,30}\))?:\s(?P<rest>[^\n]{1,80})")
_UNKNOWN_ERROR = rx(r"^Unknown\serror\s-1\s*$")
_NPGSQL_FORMAT = "Npgsql `SocketException: Unknown error -1` (the server on the debug line above)"
NPGSQL_LINES = 6
"""Log lines looked at below the debug line for the exception."""


def _npgsql_opening(m: re.Match[str], seg: Segment) -> Hit | None:
    for line in seg.lines_after(NPGSQL_LINES):
        e = _SOCKET_EXCEPTION.search(line)
        if e is None:
            continue
        rest = e.group("rest")
        # a refused or timed-out connection is not a lookup
        kind = classify_dotnet_socket(rest)
        kind = kind or (unstated(_NPGSQL_FORMAT) if _UNKNOWN_ERROR.match(rest) else None)
        host, port = (m.group("host"), m.group("port")) if m.group("host") else (m.group("host2"), m.group("port2"))
        return hit(m, seg, kind, host=host, port=port) if kind else None
    return None


# --- a reason on the line below -------------------------------------------------------------------------------------

_NUGET_INDEX = rx(r"Unable\sto\sload\sthe\sservice\sindex\sfor\ssource\shttps?://(?P<host>{H})(?P<rest>[^\n]{0,200})")


def _nuget_index(m: re.Match[str], seg: Segment) -> Hit | None:
    if classify_dotnet_socket(m.group("rest")) is not None:
        return None  # the reason is on this line: another rule's
    kind = reason_below(seg, dotnet=True)
    return hit(m, seg, kind) if kind else None


# --- gRPC .NET: `Error getting DNS hosts for address 'h'. SocketException: <reason>` ---------------------------------

_GRPC_DOTNET = rx(
    r"\bError\sgetting\sDNS\shosts\sfor\saddress\s'(?P<host>{H})'\.\s{0,3}"
    r"(?:System\.Net\.Sockets\.)?SocketException(?:\s\(0x[0-9A-Fa-f]{1,8}\))?:\s(?P<rest>[^\n]{1,120})"
)


# --- .NET: a localized WinSock text under `connect to h:port` --------------------------------------------------------

_WINSOCK_KINDS: dict[str, FailureKind] = dict(WINDOWS)
_WINSOCK_LOCALIZED = rx(
    r"SocketException(?:\s\(0x[0-9A-Fa-f]{1,8}\))?:\s{0,3}(?P<rest>"
    + "|".join(re.escape(text) for text in _WINSOCK_KINDS)
    + r")"
)
_CONNECT_LINE = rx(r"\bconnect\sto\s(?P<host>{H}):\d{1,5}[ \t]*$")
CONNECT_LINES = 3
"""Lines above a host-less localized SocketException looked at for the `connect to h:port` it followed."""


def _winsock_localized(m: re.Match[str], seg: Segment) -> Hit | None:
    named = seg.first_above(_CONNECT_LINE, CONNECT_LINES)
    return hit(m, seg, _WINSOCK_KINDS[m.group("rest").lower()], host=named.group("host")) if named else None


# held-out IT-JA (spent): the Windows DNS Client's events (Microsoft-Windows-DNS-Client/Operational 1014, 1015, as
# `Get-WinEvent` lists them): `Name resolution for the name h timed out after none of the configured DNS servers
# responded.` / `... after the DNS server S did not respond.`
_DNS_CLIENT_TIMED_OUT = rx(
    r"\bName\sresolution\sfor\sthe\sname\s{1,3}(?P<host>{H})\s{1,3}timed\sout\b"
    r"(?:\s{1,3}after\sthe\sDNS\sserver\s(?P<server>[0-9A-Fa-f:.]{2,45}(?::\d{1,5})?)\sdid\snot\srespond)?"
)


def _dns_client_timed_out(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, "timeout", server=m.group("server"), exact=True)


RULES: tuple[Rule, ...] = (
    Rule(
        "windows-dns-client-timed-out", ("name resolution for the name",), _DNS_CLIENT_TIMED_OUT, _dns_client_timed_out
    ),
    Rule(
        "dotnet-eagain-over-dns-frames",
        ("resource temporarily unavailable",),
        _DNS_FRAMES_EAGAIN,
        _dns_frames_eagain,
    ),
    Rule("winhttp-name-not-resolved", ("server name or address could not",), _WINHTTP, _winhttp),
    Rule("dotnet-socket-connection-string", ("socketexception",), _SOCKET, _socket),
    Rule("mono-dns-name-resolution-failure", ("dns name resolution failure",), _MONO, fixed("other", exact=True)),
    Rule("grpc-csharp-dns-lookup-error", ("dns lookup error for",), _GRPC_CSHARP, _grpc_csharp),
    Rule(
        "mono-hostless-request",
        ("nameresolutionfailure", "resource temporarily unavailable"),
        _MONO_HOSTLESS,
        _mono_hostless,
    ),
    Rule(
        "emby-name-resolution-failure",
        ("error nameresolutionfailure getting response from",),
        _EMBY_STATUS,
        fixed(unstated("Emby/Jellyfin `Error NameResolutionFailure getting response from URL`"), exact=True),
    ),
    Rule(
        "npgsql-opening-connection",
        ("opening connection to database", "opening physical connection to"),
        _NPGSQL_OPENING,
        _npgsql_opening,
    ),
    Rule("nuget-service-index-reason-below", ("service index for source",), _NUGET_INDEX, _nuget_index),
    Rule(
        "grpc-dotnet-dns-hosts",
        ("error getting dns hosts for address",),
        _GRPC_DOTNET,
        by_rest(None, resolution_only=True, exact=True),
    ),
    Rule("dotnet-winsock-localized", tuple(_WINSOCK_KINDS), _WINSOCK_LOCALIZED, _winsock_localized),
)
