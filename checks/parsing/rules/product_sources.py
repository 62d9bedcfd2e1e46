r"""Products' own wordings for a failed look-up, read from their source (issue #17, 2026-12-05: probes written from the
messages cluster components, gateways, databases, brokers and tools print, not from pastes; each format's test names
the product).

- Python's chained exceptions: a host-less `socket.gaierror: [Errno N] <reason>` above `The above exception was the
  direct cause of the following exception:` and the exception it caused naming what was dialled (Dask's `OSError: Timed
  out trying to connect to tcp://h:8786 after 30 s`, a driver's `Cannot resolve address h:7687`): that name, the
  gaierror's kind;
- requests' `InvalidURL: Invalid URL ParseResult(scheme=..., netloc='h', ...): [Errno N] <reason>` (Airbyte's CDK);
- Erlang's binary address (`{<<"h:9092">>,nxdomain}`, EMQX's Kafka consumer) and VerneMQ's bridge (`connection to
  "h":1883 failed due to nxdomain`): inet's reason atom;
- Istio's network gateways: `upstream dns failure: S: [h.]: <nil>` / `upstream dns error: S: [h.]: REFUSED`;
- ztunnel: `dns lookup failed err=<hickory error> hostname=h`;
- calicoctl: `cannot resolve address specified for IP autodetection: h` (a bare `cannot resolve`: `nxdomain`);
- Emissary's diagd: `Unable to resolve h to IP : [Errno N] <reason>`;
- MaxScale: `Server s hostname h has not been resolved to a valid address` (no reason: `other`);
- TiDB Operator's start scripts: `nslookup domain h failed`, DM's `dig domain h failed`, the v1 and v2 scripts' `domain
  resolve h failed` (no reason: `other`), and
  the v1 scripts' `domain resolve h no record return` (an empty `dig +short`: `nxdomain`; probes, round 12);
- Telepresence's agent: `LookupDNS on traffic-manager: h. A -> NXDOMAIN` (the rcode);
- RocketMQ's name-server address fetch: `connect to URL failed, maybe the domain name URL not bind in /etc/hosts`;
- ActiveMQ Artemis: `Remote destination: h/<unresolved>:port` with its `UnresolvedAddressException` below;
- RabbitMQ's DNS peer discovery: `Addresses discovered via A records of h: ` with none listed, nor for AAAA;
- FoundationDB's trace event `Type="DNSCacheRefreshFailed" ... Host="h"`;
- etcd's gateway: `failed to resolve endpoint host: h` / `failed to resolve listen host: h`;
- Consul's Connect resolver under Go's HTTP client: `Get "https://h/": unsupported Consul DNS domain: ...` (a name
  neither `.service.consul` nor `.query.consul`: `other`);
- libcurl's threaded resolver, as git prints it: `unable to access 'URL': getaddrinfo() thread failed to start`;
- Gitness (Drone's successor), a webhook's stored error: `host 'h' was not found` (LABELS.md's `Host not found`);
- Supavisor (Elixir): `Connection failed {:error, :nxdomain} to ~c"h":5432` (inet's atom; a charlist or quoted name);
- Electron (Rocket.Chat's and Mattermost's desktop apps): Chromium's `ERR_NAME_NOT_RESOLVED (-105) loading 'URL'` and
  a load failure's `errorDescription: 'ERR_NAME_NOT_RESOLVED', validatedURL: 'URL'` (`-137`,
  `ERR_NAME_RESOLUTION_FAILED`: `other`, as in rules/survey.py);
- Tinyproxy: `opensock: Could not retrieve address info for h:port: <gai_strerror>`;
- node-problem-detector's DNS plugin: `DNS lookup to h is not working` (no reason: `other`);
- Penpot: the `uri host could not be resolved` hint beside the request's `uri` field (JSON or Transit): read like a bare
  `could not be resolved` (`nxdomain`);
- .NET's service discovery resolver (Microsoft.Extensions.ServiceDiscovery.Dns, .NET Aspire apps): `Query A h on S:53
  attempt 1: server indicates given name does not exist.` / `... attempt 1 timed out.` / `... failed due to a network
  error.`, `Server S:53 replied with ServerFailure when querying A h`, and its provider's `No DNS records were found for
  service 's' (DNS name: 'h')` (no address: `nxdomain`, as `No address associated with hostname`). Probes, round 19:
  a query's `failed to return a valid DNS response` (`other`), the SocketException under a network error (its kind:
  a refused port `refused`), the provider's line left to the query lines above it for the same name when there are
  some, and the system resolver's fallback, `Error resolving endpoints for service '<url>'.` over the SocketException
  it threw (`Resource temporarily unavailable`: the URL's host, its kind).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from checks.parsing.document import Segment
from checks.parsing.kinds import (
    BARE_FORMAT,
    ERLANG_ATOMS,
    RCODES,
    chromium_name_error_kind,
    classify,
    classify_resolution,
    errno_kind,
)
from checks.parsing.model import FailureKind
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, by_rest, fixed, hit, rx, url_hit

# --- Python's chained exceptions -----------------------------------------------------------------------------------

_CHAINED = rx(
    r"The\sabove\sexception\swas\sthe\sdirect\scause\sof\sthe\sfollowing\sexception|During\shandling\sof\sthe\sabove\s"
    r"exception,\sanother\sexception\soccurred"
)
_GAIERROR = re.compile(
    r"^\s{0,8}(?:socket\.)?gaierror:\s{1,3}\[Errno\s(?P<code>-?\d{1,5})\]\s{1,3}(?P<rest>[^\n]{1,120})$"
)
_RAISED = re.compile(r"^\s{0,8}(?:[A-Za-z_][\w.]{0,120}\.)?[A-Z]\w{0,60}(?:Error|Exception):\s(?P<msg>[^\n]{1,400})$")
_DIALLED = rx(
    r"[a-z][a-z0-9+.\-]{1,15}://(?:[^\s/@'\"]{1,256}@)?(?P<host>{H})"
    r"|\bhost='(?P<host2>{H})'"
    r"|(?<![\w.\-/:])(?P<host3>{H}):(?P<port>\d{1,5})\b"
    # source-mined (Paperless' `httpx.ConnectError: Could not resolve hostname: h` over the gaierror it re-raised)
    r"|\bresolve\s(?:host\s?name|host|address):?\s{1,2}['\"]?(?P<host4>{H})"
)
CHAIN_ABOVE = 12
"""Lines above the chaining notice read for the gaierror that began the chain."""
CHAIN_BELOW = 30
"""Lines below it read for the exception that names what was dialled."""


def _chained_gaierror(m: re.Match[str], seg: Segment) -> Hit | None:
    cause = None
    for line in seg.lines_before(CHAIN_ABOVE):
        cause = _GAIERROR.match(line)
        if cause is not None or _CHAINED.search(line):
            break
    kind = errno_kind(cause.group("code"), cause.group("rest")) if cause else None
    if kind is None:
        return None
    for line in seg.lines_after(CHAIN_BELOW):
        raised = _RAISED.match(line)
        if raised is None:
            continue
        named = _DIALLED.search(raised.group("msg"))
        if named is None:
            return None  # the exception it caused names nothing dialled: the name is not in the chain
        host = str(named.group("host") or named.group("host2") or named.group("host3") or named.group("host4"))
        if not any(c.isalpha() for c in host):
            return None  # a time or a line and column (`at 02:30`, `line 14:3`), no name
        return hit(m, seg, kind, host=host, port=named.group("port"), exact=True)
    return None


_INVALID_URL = rx(
    r"\bInvalid\sURL\sParseResult\([^()\n]{0,80}?netloc='(?:[^'@\s]{1,256}@)?(?P<host>{H})(?::(?P<port>\d{1,5}))?'"
    r"[^()\n]{0,600}?\):\s\[Errno\s(?P<code>-?\d{1,5})\]\s(?P<rest>[^\n]{1,120})"
)


def _invalid_url(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = errno_kind(m.group("code"), m.group("rest"))
    return hit(m, seg, kind, port=m.group("port"), exact=True) if kind else None


# --- Erlang: a binary address and inet's reason --------------------------------------------------------------------

# the atoms only the resolver gives (a connect's `timeout` to a resolved address reads the same otherwise: review)
_RESOLVER_ATOMS = frozenset({"nxdomain", "nodata", "eai_again", "servfail", "refused"})
_ERLANG_BINARY = rx(
    r"\{<<\\?\"(?P<host>{H}):(?P<port>\d{1,5})\\?\">>,\s?(?P<atom>[a-z_]{3,20})\}"
    r"|\bconnection\sto\s\"(?P<host2>{H})\":(?P<port2>\d{1,5})\sfailed\sdue\sto\s(?P<atom2>[a-z_]{3,20})\b"
)


def _erlang_binary(m: re.Match[str], seg: Segment) -> Hit | None:
    which = "host" if m.group("host") else "host2"
    atom = m.group("atom") or m.group("atom2")
    kind = ERLANG_ATOMS.get(atom) if atom in _RESOLVER_ATOMS else None
    if kind is None:
        return None  # another reason (`econnrefused`, a connect's `timeout`): the name resolved
    start = seg.start + m.start(which)
    return Hit(m.group(which), kind, start, start + len(m.group(which)), exact=True)


# --- Istio, ztunnel ------------------------------------------------------------------------------------------------

_ISTIO_UPSTREAM = rx(
    r"\bupstream\sdns\s(?:failure|error):\s(?P<server>[^\s\[\]]{1,64}):\s\[(?P<host>{H}?)\.?\]:\s(?P<rest>[^\n\"]{1,80})"
)


def _istio_upstream(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = m.group("rest").strip()
    if _ADDRESS.fullmatch(rest):
        return None  # an answer, not an error
    kind = RCODES.get(rest.upper()) or classify(rest) or "other"  # `<nil>`: an answer with no address
    return hit(m, seg, kind, server=m.group("server"), exact=True)


_ADDRESS = re.compile(r"\[?[0-9a-fA-F:., ]{2,200}\]?")
_ZTUNNEL = rx(r"\bdns\slookup\sfailed\s{1,3}err=(?P<err>[^\s]{1,120})\s{1,3}hostname=(?P<host>{H})")
_HICKORY_CODES: dict[str, FailureKind] = {
    "servfail": "servfail",
    "nxdomain": "nxdomain",
    "refused": "refused",
    "timeout": "timeout",
}


def _ztunnel(m: re.Match[str], seg: Segment) -> Hit | None:
    err = m.group("err").lower()
    kind: FailureKind | None = next((k for word, k in _HICKORY_CODES.items() if word in err), None)
    if kind is None:
        kind = "nxdomain" if "norecordsfound" in err else (classify(err) or "other")
    return hit(m, seg, kind, exact=True)


# --- components' and tools' own sentences --------------------------------------------------------------------------

_CALICOCTL = rx(r"\bcannot\sresolve\saddress\sspecified\sfor\sIP\sautodetection:\s(?P<host>{H})")
_EMISSARY = rx(r"\bUnable\sto\sresolve\s(?P<host>{H})\sto\sIP\s?:\s(?P<rest>[^\n]{1,120})")
_MAXSCALE = rx(r"\bhostname\s(?P<host>{H})\shas\snot\sbeen\sresolved\sto\sa\svalid\saddress\b")
_TIDB_NSLOOKUP = rx(r"\b(?:nslookup\sdomain|dig\sdomain|domain\sresolve)\s(?P<host>{H})\sfailed\b")
_TIDB_NO_RECORD = rx(r"\bdomain\sresolve\s(?P<host>{H})\sno\srecord\sreturn\b")
_TELEPRESENCE = rx(
    r"\bLookupDNS\son\straffic-manager:\s(?P<host>{H}?)\.?\s(?:A|AAAA|SRV|CNAME|TXT)\s->\s(?P<rcode>NXDOMAIN|SERVFAIL|REFUSED)"
)
_ROCKETMQ = rx(
    r"\bconnect\sto\s(?P<url>https?://[^\s,]{1,500})\sfailed,\smaybe\sthe\sdomain\sname\s[^\s]{1,500}\snot\sbind\sin\s"
    r"/etc/hosts"
)
_ARTEMIS = rx(r"\bRemote\sdestination:\s(?P<host>{H})/<unresolved>:\d{1,5}")
_UNRESOLVED_BELOW = re.compile(r"\bUnresolvedAddressException\b")
_RESOLVED_ADDRESS = re.compile(r"[\w.\-]/\d{1,3}(?:\.\d{1,3}){3}\b")
_RABBIT_EMPTY = rx(r"\bAddresses\sdiscovered\svia\sA\srecords\sof\s(?P<host>{H}):[ \t]*$")
_RABBIT_AAAA = re.compile(r"\bAddresses\sdiscovered\svia\sAAAA\srecords\sof\s(?P<host>\S{1,253}):[ \t]*(?P<list>\S?)")
_FDB_REFRESH = rx(r"\bType=\"DNSCacheRefreshFailed\"[^\n]{0,600}?\sHost=\"(?P<host>{H})\"")
_ETCD_GATEWAY = rx(r"\bfailed\sto\sresolve\s(?:endpoint|listen)\shost:\s(?P<host>{H})")


_TIDB_SUCCESS = re.compile(r"\b(?:nslookup\sdomain|dig\sdomain|domain\sresolve)\s(?P<host>\S{1,253})\ssuccess\b")
TIDB_LINES = 30
"""Lines of the start script's wait loop read for the same name's later `success`."""


# (review) the scripts' names are a pod's and its peer Service's, dotted: not a word of prose (`my dig domain lookup
# failed`), nor the script's own `${domain}` in its source
_TIDB_NAME = re.compile(r"[A-Za-z0-9][\w-]{0,62}\.[\w.-]{1,252}")


def _tidb_nslookup(m: re.Match[str], seg: Segment) -> Hit | None:
    if _TIDB_NAME.fullmatch(m.group("host")) is None:
        return None
    name = m.group("host").lower()
    for line in seg.lines_after(TIDB_LINES):
        done = _TIDB_SUCCESS.search(line)
        if done and done.group("host").lower() == name:
            return None  # the wait loop's later try resolved it (review)
    if m.group(0).lower().endswith("no record return"):
        return hit(m, seg, unstated("TiDB Operator `domain resolve h no record return`"), exact=True)
    return hit(m, seg, unstated("TiDB Operator `nslookup domain h failed`"), exact=True)


def _telepresence(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, RCODES[m.group("rcode").upper()], exact=True)


def _rocketmq(m: re.Match[str], seg: Segment) -> Hit | None:
    try:
        host = urlsplit(m.group("url")).hostname
    except ValueError:
        return None
    kind = unstated("RocketMQ `maybe the domain name URL not bind in /etc/hosts`")
    return hit(m, seg, kind, host=host, exact=True) if host else None


def _artemis(m: re.Match[str], seg: Segment) -> Hit | None:
    for line in seg.lines_after(4):
        if "Remote destination:" in line or _RESOLVED_ADDRESS.search(line):
            return None  # another connector's line, or an address that resolved (review)
        if _UNRESOLVED_BELOW.search(line):
            break
    else:
        return None  # a debug line on its own: Java leaves the address unresolved on purpose (LABELS.md)
    return hit(m, seg, unstated("Artemis `Remote destination: h/<unresolved>:port` (the exception below)"), exact=True)


def _rabbit_empty(m: re.Match[str], seg: Segment) -> Hit | None:
    for line in seg.lines_after(2):
        aaaa = _RABBIT_AAAA.search(line)
        if aaaa and aaaa.group("host").lower() == m.group("host").lower():
            if aaaa.group("list"):
                return None  # the AAAA query found addresses
            return hit(m, seg, unstated("RabbitMQ `Addresses discovered via A records of h:` (none)"), exact=True)
    return None


# --- Consul Connect's resolver; libcurl's resolver thread ----------------------------------------------------------

_CONSUL_DOMAIN = rx(
    r"\b(?:Get|Post|Put|Patch|Delete|Head|Options)\s\"(?P<url>[a-z][a-z0-9+.\-]{1,15}://[^\"\s]{1,2048})\":"
    r"\sunsupported\sConsul\sDNS\sdomain\b"
)
_CURL_THREAD = rx(
    r"\bunable\sto\saccess\s'(?P<url>[a-z][a-z0-9+.\-]{1,15}://[^'\s]{1,2048})':\sgetaddrinfo\(\)\sthread\sfailed\sto\sstart"
)


_HOST_NOT_FOUND = rx(r"\bhost\s(?P<q>{Q})(?P<host>{H})(?P=q)\swas\snot\sfound\b")


_ELIXIR_TO = rx(
    r"\{:error,\s{0,2}:(?P<atom>nxdomain|nodata|eai_again|servfail|refused)\}\sto\s(?:~c\"(?P<host>{H})\"|'(?P<host2>{H})')"
    r":(?P<port>\d{1,5})\b"
)
_ELECTRON = rx(
    r"\bERR_NAME_(?P<code>NOT_RESOLVED|RESOLUTION_FAILED)\s\(-\d{3}\)\sloading\s'(?P<url>[a-z][a-z0-9+.\-]{1,15}://[^'\s]{1,2048})'"
    r"|\berrorDescription:\s{0,2}'ERR_NAME_(?P<code2>NOT_RESOLVED|RESOLUTION_FAILED)',\s{1,40}validatedURL:\s{0,2}"
    r"'(?P<url2>[a-z][a-z0-9+.\-]{1,15}://[^'\s]{1,2048})'"
)
_TINYPROXY = rx(r"\bCould\snot\sretrieve\saddress\sinfo\sfor\s(?P<host>{H}):(?P<port>\d{1,5}):\s(?P<rest>[^\n]{1,80})")
_NPD_DNS = rx(r"\bDNS\slookup\sto\s(?P<host>{H})\sis\snot\sworking\b")
_PENPOT_HINT = rx(r"\buri\shost\scould\snot\sbe\sresolved\b")
_PENPOT_URI = re.compile(r"\"(?:~:)?uri\"\s{0,2}[:,]\s{0,2}\"(?P<url>[a-z][a-z0-9+.\-]{1,15}://[^\"\s]{1,2048})\"")
PENPOT_REACH = 600
"""Characters either side of Penpot's hint read for its request's `uri` field (one JSON or Transit object)."""


def _elixir_to(m: re.Match[str], seg: Segment) -> Hit | None:
    host = m.group("host") or m.group("host2")
    return hit(m, seg, ERLANG_ATOMS[m.group("atom")], host=host, port=m.group("port"), exact=True)


def _electron(m: re.Match[str], seg: Segment) -> Hit | None:
    code, url = (m.group("code"), "url") if m.group("code") else (m.group("code2"), "url2")
    return url_hit(m, seg, chromium_name_error_kind(code), url)


def _penpot_hint(m: re.Match[str], seg: Segment) -> Hit | None:
    line_start = seg.text.rfind("\n", 0, m.start()) + 1
    line_end = seg.text.find("\n", m.end())
    lo, hi = (
        max(line_start, m.start() - PENPOT_REACH),
        min(len(seg.text) if line_end < 0 else line_end, m.end() + PENPOT_REACH),
    )
    field = _PENPOT_URI.search(seg.text, lo, hi)
    if field is None:
        return None
    try:
        host = urlsplit(field.group("url")).hostname
    except ValueError:
        return None
    kind = unstated(BARE_FORMAT)
    return hit(m, seg, kind, host=host) if host else None


_DOTNET_SD_QUERY = rx(
    r"\bQuery\s(?:A|AAAA|SRV|TXT|CNAME)\s(?P<host>{H})\son\s\S{1,60}\sattempt\s\d{1,3}"
    r"(?::\s(?P<gone>server\sindicates\sgiven\sname\sdoes\snot\sexist)|\s(?P<late>timed\sout)"
    r"|\s(?P<net>failed\sdue\sto\sa\snetwork\serror)"
    # probes, round 19: an answer it could not parse
    r"|\s(?P<bad>failed\sto\sreturn\sa\svalid\sDNS\sresponse))"
)
# probes, round 19: the SocketException logged under `failed due to a network error` (the server's port refused,
# as LABELS.md reads Go's `dial udp S:53: connect: connection refused`)
_SOCKET_EXCEPTION = re.compile(r"SocketException\s\([^)\n]{1,40}\):\s(?P<text>[^\n]{1,120})")
# probes, round 19: the system resolver's fallback, `Error resolving endpoints for service '<url>'.` then the
# SocketException it threw (its text only: no name)
_DOTNET_SD_ENDPOINTS = rx(
    r"\bError\sresolving\sendpoints\sfor\sservice\s'(?P<url>[a-z][a-z0-9+.\-]{1,20}://[^'\s]{1,2048})'"
)
_RESOLVER_FRAME = re.compile(r"^\s{0,12}at\s[\w.`<>]{0,200}\bDns[\w.`<>]{0,200}\.(?:Resolve|GetHost)\w{0,40}\(")
QUERY_LINES = 12
"""Lines above `No DNS records were found for service` read for the resolver's own query lines for the same name."""
_DOTNET_SD_SERVER = rx(
    r"\bServer\s\S{1,60}\sreplied\swith\s(?P<rcode>ServerFailure|Refused|NameError)\swhen\squerying\s"
    r"(?:A|AAAA|SRV|TXT|CNAME)\s(?P<host>{H})"
)
_DOTNET_SD_NONE = rx(r"\bNo\sDNS\srecords\swere\sfound\sfor\sservice\s'[^'\n]{1,200}'\s\(DNS\sname:\s'(?P<host>{H})'\)")
_DOTNET_RCODES: dict[str, FailureKind] = {"ServerFailure": "servfail", "Refused": "refused", "NameError": "nxdomain"}


def _dotnet_sd_query(m: re.Match[str], seg: Segment) -> Hit | None:
    kind: FailureKind = "nxdomain" if m.group("gone") else "timeout" if m.group("late") else "other"
    if m.group("net"):
        below = next(filter(None, (_SOCKET_EXCEPTION.search(line) for line in seg.lines_after(2))), None)
        kind = (classify(below.group("text")) if below else None) or "other"
    return hit(m, seg, kind, exact=True)


def _dotnet_sd_none(m: re.Match[str], seg: Segment) -> Hit | None:
    """`No DNS records were found`: `nxdomain`, unless the resolver's own lines above said how each query of the
    name went (timed out, refused, a bad answer): those are read."""
    host = m.group("host").lower().rstrip(".")
    for line in seg.lines_before(QUERY_LINES):
        query = _DOTNET_SD_QUERY.search(line) or _DOTNET_SD_SERVER.search(line)
        if query is not None and query.group("host").lower().rstrip(".") == host:
            return None
    return hit(m, seg, "nxdomain", exact=True)


def _dotnet_sd_endpoints(m: re.Match[str], seg: Segment) -> Hit | None:
    lines = seg.lines_after(3)
    thrown = _SOCKET_EXCEPTION.search(lines[0]) if lines else None
    # thrown by the resolver (its frame below: `at ...Dns.FallbackDnsResolver.ResolveIPAddressesAsync`), EAGAIN's text
    # its `temporary`, as `getaddrinfo`'s
    if thrown is None or not any(_RESOLVER_FRAME.search(line) for line in lines[1:]):
        return None
    text = thrown.group("text")
    kind = classify_resolution(text) or ("temporary" if "temporarily unavailable" in text.lower() else None)
    return url_hit(m, seg, kind) if kind else None


def _dotnet_sd_server(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, _DOTNET_RCODES[m.group("rcode")], exact=True)


def _consul_domain(m: re.Match[str], seg: Segment) -> Hit | None:
    return url_hit(m, seg, unstated("Consul Connect `unsupported Consul DNS domain` (the URL dialled)"))


def _curl_thread(m: re.Match[str], seg: Segment) -> Hit | None:
    return url_hit(m, seg, unstated("libcurl `getaddrinfo() thread failed to start` (the URL git dialled)"))


RULES: tuple[Rule, ...] = (
    Rule(
        "python-chained-gaierror",
        ("the above exception was the direct cause", "during handling of the above exception"),
        _CHAINED,
        _chained_gaierror,
    ),
    Rule("requests-invalid-url-netloc", ("invalid url parseresult(",), _INVALID_URL, _invalid_url),
    Rule("erlang-binary-address", (">>,", "failed due to"), _ERLANG_BINARY, _erlang_binary),
    Rule("istio-upstream-dns", ("upstream dns failure:", "upstream dns error:"), _ISTIO_UPSTREAM, _istio_upstream),
    Rule("ztunnel-dns-lookup", ("dns lookup failed",), _ZTUNNEL, _ztunnel),
    Rule(
        "calicoctl-autodetection",
        ("specified for ip autodetection:",),
        _CALICOCTL,
        fixed(unstated(BARE_FORMAT), exact=True),
    ),
    Rule("emissary-resolve-to-ip", ("to ip :", "to ip:"), _EMISSARY, by_rest(None, resolution_only=True, exact=True)),
    Rule(
        "maxscale-not-resolved",
        ("has not been resolved to a valid address",),
        _MAXSCALE,
        fixed(unstated("MaxScale `hostname h has not been resolved to a valid address`"), exact=True),
    ),
    Rule("tidb-operator-nslookup", ("nslookup domain", "dig domain", "domain resolve"), _TIDB_NSLOOKUP, _tidb_nslookup),
    Rule("tidb-operator-no-record-return", ("no record return",), _TIDB_NO_RECORD, _tidb_nslookup),
    Rule("telepresence-lookup-dns", ("lookupdns on traffic-manager:",), _TELEPRESENCE, _telepresence),
    Rule("rocketmq-not-bind", ("not bind in /etc/hosts",), _ROCKETMQ, _rocketmq),
    Rule("artemis-remote-unresolved", ("remote destination:",), _ARTEMIS, _artemis),
    Rule("rabbitmq-no-a-records", ("addresses discovered via a records of",), _RABBIT_EMPTY, _rabbit_empty),
    Rule(
        "foundationdb-dns-refresh",
        ('type="dnscacherefreshfailed"',),
        _FDB_REFRESH,
        fixed(unstated('FoundationDB `Type="DNSCacheRefreshFailed"`'), exact=True),
    ),
    Rule(
        "etcd-gateway-resolve",
        ("failed to resolve endpoint host:", "failed to resolve listen host:"),
        _ETCD_GATEWAY,
        fixed(unstated("etcd `failed to resolve URL Host` (an error of no resolver's words)"), exact=True),
    ),
    Rule("consul-connect-domain", ("unsupported consul dns domain",), _CONSUL_DOMAIN, _consul_domain),
    Rule("curl-resolver-thread", ("getaddrinfo() thread failed to start",), _CURL_THREAD, _curl_thread),
    Rule(
        "gitness-host-not-found", ("' was not found", '" was not found'), _HOST_NOT_FOUND, fixed("nxdomain", exact=True)
    ),
    Rule("supavisor-elixir-error-to", ('} to ~c"', "} to '"), _ELIXIR_TO, _elixir_to),
    Rule("electron-name-not-resolved", ("err_name_not_resolved", "err_name_resolution_failed"), _ELECTRON, _electron),
    Rule(
        "tinyproxy-opensock",
        ("could not retrieve address info for",),
        _TINYPROXY,
        by_rest(None, resolution_only=True, exact=True),
    ),
    Rule(
        "npd-dns-not-working",
        ("is not working",),
        _NPD_DNS,
        fixed(unstated("node-problem-detector `DNS lookup to h is not working`"), exact=True),
    ),
    Rule("penpot-uri-hint", ("uri host could not be resolved",), _PENPOT_HINT, _penpot_hint),
    Rule(
        "dotnet-service-discovery-query",
        (
            "server indicates given name does not exist",
            " timed out.",
            "failed due to a network error",
            "failed to return a valid dns response",
        ),
        _DOTNET_SD_QUERY,
        _dotnet_sd_query,
    ),
    Rule("dotnet-service-discovery-server", (" when querying ",), _DOTNET_SD_SERVER, _dotnet_sd_server),
    Rule(
        "dotnet-service-discovery-none",
        ("no dns records were found for service",),
        _DOTNET_SD_NONE,
        _dotnet_sd_none,
    ),
    Rule(
        "dotnet-service-discovery-endpoints",
        ("error resolving endpoints for service",),
        _DOTNET_SD_ENDPOINTS,
        _dotnet_sd_endpoints,
    ),
)
