r"""Libraries' own wordings for a failed look-up, read from their source (issue #17: probes written from the messages
the libraries print, not from pastes; each format's test names the library).

- .NET's `DnsEndPoint` printed with its address family (`'Unspecified/h:1883'`: MQTTnet's `Error while connecting
  host '...'`, any client that formats the endpoint) with its SocketException's resolver text on the line or on its
  inner exception's line below;
- gRPC .NET's balancer: `Error querying DNS hosts for 'h'.` and the status detail `Error getting DNS hosts for address
  'h'.` with the SocketException's text on the line (`DebugException="...: <reason>"`) or under it;
- StackExchange.Redis' `Using DNS to resolve 'h'...` with the SocketException's text logged right under it;
- a `DNS resolution failed for 'h:port': <reason>` (MQTTnet's SOCKS5 provider) with .NET's EAGAIN text;
- Rails' `There is an issue connecting with your hostname: h.` (ActiveRecord's `hostname_error`, raised for any driver
  error whose text holds the host): only with a resolver's reason in the driver's own message under it (or Trilogy's
  `unable to connect to h:port: TRILOGY_DNS_ERROR`, read on its own too);
- EF Core's `An error occurred using the connection to database 'd' on server 'h'.` above SqlClient's or Npgsql's
  host-less resolver error;
- dnspython's `None of DNS query names exist: a., b., c.` (the name asked and its search-path expansions: the asked
  one) and `The DNS query name does not exist: h.`;
- nginx's resolver `DNS error (N: text), query id:I, name:"h"` (the RCODE's number);
- Paho MQTT C's trace `getaddrinfo failed for addr h with rc N` and PgBouncer's `dns: getaddrinfo_a(h)=N`
  (getaddrinfo's code);
- RabbitMQ's `invalid host "h" - nxdomain` and Erlang clients' `{{"h",9092},{nxdomain,...}}` (inet's reason atom);
- mosquitto_pub / mosquitto_sub's `Unable to connect (Lookup error.).` under the command that names the broker;
- dnsjava's `Timed out while trying to resolve h./A` and `<Class>Exception: Lookup for h./AAAA failed`;
- ZooKeeper's `ConfigException: Address unresolved: h:port`, ClickHouse Java's debug `Host 'h:port' unknown`,
  Finagle's `at remote address: h/<unresolved>:port` beside its UnresolvedAddressException;
- Consul's DNS `all resolvers failed for question from client: question="{h. 1 1}"`, its recursor's error above;
- PHP's host-less `getaddrinfo failed: <reason>` over the stack frame that connected (`Redis->connect('h', ...)`);
- `tailscale dns query h`'s `Response code: RCodeNameError`;
- Bitnami's containers' `Could not find any IP address associated to hostname h` (libnet.sh, no reason);
- JGroups' TCPPING (Keycloak's and Infinispan's clusters): `unable to resolve the following hostnames: [a, b]`;
- Ktor CIO's `DNS resolution of 'h' via S timed out`, http4s' `using address h:port (unresolved: true)`, and a URL on
  the line of a bare `java.nio.channels.UnresolvedAddressException` (Ktor's `REQUEST URL failed with exception:`).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from checks.parsing.document import Segment
from checks.parsing.kinds import (
    ERLANG_ATOMS,
    GAI_CODES,
    classify,
    classify_dotnet_socket,
    classify_resolution,
    from_rcode_number,
)
from checks.parsing.model import FailureKind
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, fixed, hit, reason_below, rx
from checks.parsing.rules.php_network import PHP_GETADDRINFO_FAILED

# --- .NET's DnsEndPoint: `'Unspecified/h:port'` ----------------------------------------------------------------------

_DNS_ENDPOINT = rx(
    r"(?<![\w/])(?:Unspecified|InterNetwork|InterNetworkV6)/(?P<host>{H}):(?P<port>\d{1,5})(?=(?P<rest>[^\n]{0,300}))"
)
_DOTNET_REASON_LINES = 4
"""Lines under a .NET message read for its inner SocketException's text (`---> System.Net.Sockets...`)."""
_SOCKET_EXCEPTION = re.compile(r"\bSocketException\b[^:\n]{0,40}:(?P<text>[^\n]{1,200})")


def _dns_endpoint(m: re.Match[str], seg: Segment) -> Hit | None:
    if m.group("rest").lstrip().startswith(('", State', '",State')):
        return None  # the MongoDB .NET driver's cluster view: databases.py reads it, server by server
    # the endpoint's own exception: a SocketException later on its line, or the first one below (` ---> System.Net.
    # Sockets.SocketException (...): <text>`, its inner exception); another message's words name another failure
    said = _SOCKET_EXCEPTION.search(m.group("rest")) or next(
        (e for e in map(_SOCKET_EXCEPTION.search, seg.lines_after(_DOTNET_REASON_LINES)) if e), None
    )
    kind = classify_dotnet_socket(said.group("text")) if said else None
    return hit(m, seg, kind, port=m.group("port"), exact=True) if kind else None


# --- gRPC .NET's DNS resolver ---------------------------------------------------------------------------------------

_GRPC_DOTNET_HOSTS = rx(
    r"\bError\s(?:querying|getting)\sDNS\shosts\sfor\s(?:address\s)?'(?P<host>{H})'\.(?=(?P<rest>[^\n]{0,300}))"
)


def _grpc_dotnet_hosts(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_dotnet_socket(m.group("rest")) or reason_below(seg, dotnet=True)
    return hit(m, seg, kind or unstated("gRPC .NET `Error getting DNS hosts for 'h'.`"), exact=True)


# --- StackExchange.Redis: `Using DNS to resolve 'h'...` ---------------------------------------------------------------

_SE_REDIS_DNS = rx(r"\bUsing\sDNS\sto\sresolve\s'(?P<host>{H})'\.\.\.")
_SE_REDIS_LINES = 3
"""Lines under the announcement read for the message logged about it."""
_DOTNET_LOG_HEADER = re.compile(r"^\s{0,8}(?:fail|warn|info|dbug|crit|trce):\s")


def _se_redis_dns(m: re.Match[str], seg: Segment) -> Hit | None:
    # the message logged right under the announcement (a console logger's `fail: ...[108]` header skipped): its
    # SocketException's text, naming no other host; alone, or answered (`'h' => 10.1.2.3`), no failure
    for line in seg.lines_after(_SE_REDIS_LINES):
        if not line.strip() or _DOTNET_LOG_HEADER.match(line):
            continue
        kind = classify_dotnet_socket(line) if "://" not in line and "lookup " not in line.lower() else None
        return hit(m, seg, kind, exact=True) if kind else None
    return None


# --- `DNS resolution failed for 'h:port': <reason>` -----------------------------------------------------------------

_DNS_RESOLUTION_FAILED_FOR = rx(
    r"\bDNS\sresolution\sfailed\sfor\s'(?P<host>{H})(?::(?P<port>\d{1,5}))?':\s(?P<rest>[^\n]{1,160})"
)


def _dns_resolution_failed_for(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_dotnet_socket(m.group("rest")) or unstated("`DNS resolution failed for 'h'` (no resolver's reason)")
    return hit(m, seg, kind, port=m.group("port"), exact=True)


# --- Rails: `There is an issue connecting with your hostname: h.` ---------------------------------------------------

_RAILS_HOSTNAME = rx(r"\bThere\sis\san\sissue\sconnecting\swith\syour\shostname:\s(?P<host>{H}?)\.?(?=\s|$)")
_RAILS_CAUSE_LINES = 8
"""Lines under Rails' message read for the driver's error (`Caused by:` and its stack come between)."""


def _rails_hostname(m: re.Match[str], seg: Segment) -> Hit | None:
    # Rails raises it for any driver error whose text holds the host (PostgreSQL's `connection to server at "db"
    # ... refused` too): only a resolver's reason in the driver's own message, which names the host (PG's `could not
    # translate host name "db"`, Mysql2's `Unknown MySQL server host 'db'`, Trilogy's `unable to connect to db:3306`),
    # says the look-up failed; another line's reason is another name's
    host = m.group("host").lower()
    own = " ".join(line for line in seg.lines_after(_RAILS_CAUSE_LINES) if host in line.lower())
    kind = classify_resolution(own) or (
        unstated("Trilogy `unable to connect to h:port: TRILOGY_DNS_ERROR`") if "TRILOGY_DNS_ERROR" in own else None
    )
    return hit(m, seg, kind, exact=True) if kind else None


_TRILOGY_DNS = rx(r"\bunable\sto\sconnect\sto\s(?P<host>{H}):(?P<port>\d{1,5}):\sTRILOGY_DNS_ERROR\b")


# --- EF Core: `An error occurred using the connection to database 'd' on server 'h'.` ---------------------------------

_EF_CORE_SERVER = rx(
    r"\busing\sthe\sconnection\sto\sdatabase\s'[^'\n]{0,128}'\son\sserver\s'(?:tcp:)?(?P<host>{H})"
    r"(?:[,:](?P<port>\d{1,5}))?(?:\\[^'\n]{1,64})?'"
)
_EF_CORE_REASON_LINES = 6
"""Lines under EF Core's message read for the provider's host-less resolver error."""


def _ef_core_server(m: re.Match[str], seg: Segment) -> Hit | None:
    below = " ".join(seg.lines_after(_EF_CORE_REASON_LINES))
    kind = classify_dotnet_socket(below) if ("SocketException" in below or "provider:" in below) else None
    return hit(m, seg, kind, port=m.group("port"), exact=True) if kind else None


# --- dnspython ------------------------------------------------------------------------------------------------------

_DNSPYTHON_NAMES = rx(r"\bNone\sof\sDNS\squery\snames\sexist:\s(?P<names>[^\n]{1,2000})")
# (probes, round 8: Mailu's `(The DNS query name does not exist: h.).`, the message inside parentheses)
_DNSPYTHON_NAME = rx(r"\bThe\sDNS\squery\sname\sdoes\snot\sexist:\s(?P<host>{H}?)\.?(?=[\s)\]'\",;]|$)")
_LISTED = re.compile(r"[^\s,\[\]'\"]{1,253}")  # dnspython 1.x prints a list: `['a.', 'b.']`


def _dnspython_names(m: re.Match[str], seg: Segment) -> Hit | None:
    names = [n.rstrip(".").lower() for n in _LISTED.findall(m.group("names")) if n.rstrip(".")]
    if not names:
        return None
    # the name asked is the one every other tried name extends with a search domain (`kafka`, then
    # `kafka.default.svc.cluster.local`...); with no such name, the first tried
    asked = next((n for n in names if all(o == n or o.startswith(n + ".") for o in names)), names[0])
    at = m.group("names").lower().find(asked)
    start = seg.start + m.start("names") + max(at, 0)
    return Hit(asked, "nxdomain", start, start + len(asked), exact=True)


# --- nginx's resolver: `DNS error (N: text), query id:I, name:"h"` --------------------------------------------------

_NGINX_DNS_ERROR = rx(
    r"\bDNS\serror\s\((?P<code>\d{1,2}):\s[^)\n]{1,40}\),\squery\sid:\d{1,6},\sname:\"(?P<host>{H})\""
)


def _nginx_dns_error(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = from_rcode_number(m.group("code"))
    return hit(m, seg, kind, exact=True) if kind else None


# --- Paho MQTT C: `getaddrinfo failed for addr h with rc N` -----------------------------------------------------------

_PAHO_C = rx(r"\bgetaddrinfo\sfailed\sfor\saddr\s(?P<host>{H})\swith\src\s(?P<code>-?\d{1,5})\b")


def _paho_c(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = GAI_CODES.get(m.group("code")) or unstated("Paho MQTT C `getaddrinfo failed for addr h with rc N`")
    return hit(m, seg, kind, exact=True)


# --- RabbitMQ: `invalid host "h" - nxdomain` -------------------------------------------------------------------------

_RESOLVER_ATOMS = "nxdomain|nodata|eai_again|servfail|refused"
"""Erlang inet's reason atoms that only a look-up gives (not `timeout`: gen_tcp's own connect timeout is the same atom,
and says nothing of the look-up)."""
_RABBIT_INVALID_HOST = rx(r"\binvalid\shost\s\"(?P<host>{H})\"\s-\s(?P<atom>" + _RESOLVER_ATOMS + r")[ \t]*$")


def _rabbit_invalid_host(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = ERLANG_ATOMS.get(m.group("atom").lower())
    return hit(m, seg, kind, exact=True) if kind else None


# --- JVM: Ktor CIO, http4s, a URL beside a bare UnresolvedAddressException -----------------------------------------

_KTOR_DNS = rx(r"\bDNS\sresolution\sof\s'(?P<host>{H})'\s(?:via\s\S{1,60}\s)?(?P<how>timed\sout|failed)\b")
_HTTP4S_UNRESOLVED = rx(r"\busing\saddress\s(?P<host>{H}):(?P<port>\d{1,5})\s\(unresolved:\strue\)")
# (the exception's words first, the URL then looked for right before them: a regex that opened on the URL backtracked
# over every long URL line; review)
_FAILED_UNRESOLVED = rx(r"\sfailed\swith\sexception:\s{0,2}java\.nio\.channels\.UnresolvedAddressException\b")
_URL_BEFORE = re.compile(r"https?://[^\s\"'<>]{1,2260}\Z")


def _ktor_dns(m: re.Match[str], seg: Segment) -> Hit | None:
    timed_out = m.group("how").lower().startswith("timed")
    return hit(m, seg, "timeout" if timed_out else unstated("Ktor CIO `DNS resolution of 'h' failed`"), exact=True)


def _url_then_unresolved(m: re.Match[str], seg: Segment) -> Hit | None:
    scheme = seg.text.rfind("http", max(0, m.start() - 2270), m.start())
    url = _URL_BEFORE.match(seg.text[scheme : m.start()]) if scheme != -1 else None
    if url is None:
        return None
    try:
        host = urlsplit(url.group(0)).hostname
    except ValueError:
        return None
    if not host:
        return None
    start = seg.start + scheme + url.group(0).lower().find(host)
    return Hit(host, "other", start, start + len(host), exact=True)


# --- mosquitto_pub / mosquitto_sub: `Unable to connect (Lookup error.).` under the command ----------------------------

_MOSQUITTO_LOOKUP = rx(r"\bUnable\sto\sconnect\s\(Lookup\serror\.\)")
_MOSQUITTO_CLIENT = rx(r"\bmosquitto_(?:pub|sub|rr)\b[^\n]{0,400}")
_MOSQUITTO_HOST = rx(r"\s-h\s{1,3}(?P<host>{H})(?=\s|$)")
_MOSQUITTO_URL = rx(r"\s-L\s{1,3}mqtts?://(?:[^\s@/]{1,200}@)?(?P<host>{H})")
_MOSQUITTO_COMMAND_LINES = 3


def _mosquitto_lookup(m: re.Match[str], seg: Segment) -> Hit | None:
    # the client's MOSQ_ERR_EAI (getaddrinfo failed, its code not printed): the broker the nearest client command
    # above names, by `-h` or by `-L`'s URL
    command = seg.first_above(_MOSQUITTO_CLIENT, _MOSQUITTO_COMMAND_LINES)
    if command is None:
        return None
    named = _MOSQUITTO_HOST.search(command.group(0)) or _MOSQUITTO_URL.search(command.group(0))
    if named is None:
        return None
    return hit(m, seg, unstated("mosquitto clients `Unable to connect (Lookup error.).`"), host=named.group("host"))


# --- PgBouncer: `dns: getaddrinfo_a(h)=N` -----------------------------------------------------------------------------

_PGBOUNCER_GAI = rx(r"\bgetaddrinfo_a\((?P<host>{H})\)\s?=\s?(?P<code>-?\d{1,5})\b")


def _pgbouncer_gai(m: re.Match[str], seg: Segment) -> Hit | None:
    if m.group("code") == "0":
        return None
    kind = GAI_CODES.get(m.group("code")) or unstated("Paho MQTT C `getaddrinfo failed for addr h with rc N`")
    return hit(m, seg, kind, exact=True)


# --- Erlang: `{{"h",9092},{nxdomain,...}}` (kafka_protocol's, brod's connect errors) ----------------------------------

_ERLANG_HOST_PORT = rx(r"\{\{\"(?P<host>{H})\",\s?(?P<port>\d{1,5})\s?\},(?P<rest>[^\n]{0,80})")
_ERLANG_REASON_ATOM = re.compile(r"\s{0,40}\{?\s?(" + _RESOLVER_ATOMS + r")\b")


def _erlang_host_port_reason(m: re.Match[str], seg: Segment) -> Hit | None:
    # the reason term right after the address, on its line or (pretty-printed) the next one
    rest = m.group("rest")
    atom = _ERLANG_REASON_ATOM.match(rest if rest.strip() else next(iter(seg.lines_after(1)), ""))
    if atom is None:
        return None
    return hit(m, seg, ERLANG_ATOMS[atom.group(1).lower()], port=m.group("port"), exact=True)


# --- dnsjava: `Timed out while trying to resolve h./A, id=N`, `Lookup for h./AAAA failed` -----------------------------

_DNSJAVA_TIMEOUT = rx(
    r"\bTimed\sout\swhile\strying\sto\sresolve\s(?P<host>{H}?)\./(?:A|AAAA|CNAME|MX|NS|SOA|SRV|TXT|CAA|HTTPS|ANY)\b"
)
_DNSJAVA_LOOKUP = rx(
    r"\b(?:(?P<cls>NoSuchDomain|NoSuchRRSet|ServerFailed|LookupFailed)Exception:\s)?Lookup\sfor\s(?P<host>{H}?)\."
    r"/(?P<type>A|AAAA|CNAME|MX|NS|PTR|SOA|SRV|TXT|CAA|NAPTR|HTTPS|SVCB|ANY)\sfailed\b"
)
_DNSJAVA_KINDS: dict[str, FailureKind] = {
    "nosuchdomain": "nxdomain",
    "nosuchrrset": "nxdomain",
    "serverfailed": "servfail",
}


def _dnsjava_lookup(m: re.Match[str], seg: Segment) -> Hit | None:
    if m.group("type") == "PTR":
        return None  # a reverse look-up: LABELS.md, no failure
    cls = (m.group("cls") or "").lower()
    kind = _DNSJAVA_KINDS.get(cls) or unstated("dnsjava `LookupFailedException: Lookup for h./T failed`")
    return hit(m, seg, kind, exact=True)


# --- ZooKeeper: `ConfigException: Address unresolved: h:port`; ClickHouse Java: `Host 'h:port' unknown` --------------

_ZK_ADDRESS_UNRESOLVED = rx(r"\bAddress\sunresolved:\s(?P<host>{H}):(?P<port>\d{1,5})(?=[ \t]*$)")
# (the debug line ends there: `Host 'h' unknown to known_hosts`, `... unknown or not allowed` are others' words)
_CLICKHOUSE_HOST_UNKNOWN = rx(r"(?<![\w-])Host\s'(?P<host>{H})(?::(?P<port>\d{1,5}))?'\sunknown[ \t]*$")


# --- Finagle: `... at remote address: h/<unresolved>:port` ----------------------------------------------------------

_FINAGLE_REMOTE = rx(r"\bat\sremote\saddress:\s(?P<host>{H})/<unresolved>:(?P<port>\d{1,5})")


def _finagle_remote(m: re.Match[str], seg: Segment) -> Hit | None:
    # only a failed connection (`ConnectionFailedException`, its cause an UnresolvedAddressException): a debug line's
    # `<unresolved>` address with no failure stated is none (LABELS.md)
    near = " ".join([seg.text, *seg.lines_after(2)])
    if "ConnectionFailedException" not in near and "UnresolvedAddressException" not in near:
        return None
    return hit(m, seg, unstated("Java `Cannot connect to h/<unresolved>:port`"), port=m.group("port"), exact=True)


# --- Consul's DNS: `all resolvers failed for question from client: question="{h. 1 1}"` ---------------------------

_CONSUL_QUESTION = rx(
    r"\ball\sresolvers\sfailed\sfor\squestion\sfrom\sclient:\squestion=\"\{(?P<host>{H}?)\.?\s(?P<qtype>\d{1,5})\s\d{1,5}\}\""
)
_CONSUL_RECURSE = rx(r"\brecurse\sfailed:\s(?P<rest>[^\n]{1,200})")


def _consul_question(m: re.Match[str], seg: Segment) -> Hit | None:
    if m.group("qtype") == "12":
        return None  # PTR: a reverse look-up
    recurse = seg.first_above(_CONSUL_RECURSE, 2)
    kind = (classify(recurse.group("rest")) if recurse else None) or unstated(
        "Consul `all resolvers failed for question from client`"
    )
    return hit(m, seg, kind, exact=True)


# --- PHP: a host-less `getaddrinfo failed: <reason>` over a stack frame that connects to the host --------------------

_PHP_CONNECT_FRAME = rx(
    r"->p?connect\('(?P<host>{H})',\s?'?\d{1,5}|\b(?:fsockopen|stream_socket_client)\('(?:(?:tcp|tls|ssl)://)?(?P<host2>{H})[:']"
)
_PHP_FRAME_LINES = 6
"""Lines under a PHP error looked at for the stack frame that made the connection (Laravel's `[stacktrace]`)."""


def _php_hostless(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("reason")) if m.group("named") is None else None
    frame = seg.first_below(_PHP_CONNECT_FRAME, _PHP_FRAME_LINES) if kind else None
    if frame is None or kind is None:
        return None
    return hit(m, seg, kind, host=frame.group("host") or frame.group("host2"))


# --- `tailscale dns query h`: `DNS query for "h" (A) using internal resolver:` ... `Response code: RCodeNameError` ----

_TAILSCALE_QUERY = rx(
    r"\bDNS\squery\sfor\s\"(?P<host>{H}?)\.?\"\s\((?P<type>[A-Z]{1,10})\)\susing\sinternal\sresolver:"
)
_TAILSCALE_RCODE = re.compile(r"^Response\scode:\sRCode(NameError|ServerFailure|Refused)\b")
_TAILSCALE_RCODES: dict[str, FailureKind] = {"NameError": "nxdomain", "ServerFailure": "servfail", "Refused": "refused"}
_TAILSCALE_LINES = 10
"""Lines under the query's header where its response code is (the resolvers it forwards to come between)."""


def _tailscale_query(m: re.Match[str], seg: Segment) -> Hit | None:
    if m.group("type") == "PTR":
        return None  # a reverse look-up
    for line in seg.lines_after(_TAILSCALE_LINES):
        if line.startswith("DNS query for "):
            return None  # the next query's output: this one printed no code
        if line.startswith("Response code:"):
            rcode = _TAILSCALE_RCODE.match(line)  # this query's own code (RCodeSuccess: answered)
            return hit(m, seg, _TAILSCALE_RCODES[rcode.group(1)], exact=True) if rcode else None
    return None


# --- JGroups' TCPPING (Keycloak's, Infinispan's clusters): `unable to resolve the following hostnames: [a, b]` ------

_JGROUPS_HOST = rx(r"(?:\bthe\sfollowing\shostnames:\s\[|,\s?)(?P<host>{H})(?=\s?[,\]])")
_JGROUPS_LIST = "the following hostnames: ["


def _jgroups_host(m: re.Match[str], seg: Segment) -> Hit | None:
    # each name of the list, read only inside the list JGroups printed (`[a, b]`: none of them resolved)
    opened = seg.text.lower().rfind(_JGROUPS_LIST, 0, m.start("host"))
    if opened == -1 or "]" in seg.text[opened : m.start("host")]:
        return None
    kind = unstated("JGroups `unable to resolve the following hostnames: [h, ...]`")
    return hit(m, seg, kind, exact=True)


# --- Bitnami's containers (libnet.sh): `ERROR ==> Could not find any IP address associated to hostname h` -----------

_BITNAMI_NO_IP = rx(r"\bCould\snot\sfind\sany\sIP\saddress\sassociated\sto\shostname\s(?P<host>{H})")


RULES: tuple[Rule, ...] = (
    Rule("dotnet-dns-endpoint", ("unspecified/", "internetwork/", "internetworkv6/"), _DNS_ENDPOINT, _dns_endpoint),
    Rule("grpc-dotnet-dns-hosts-any", ("dns hosts for",), _GRPC_DOTNET_HOSTS, _grpc_dotnet_hosts),
    Rule("stackexchange-redis-dns", ("using dns to resolve",), _SE_REDIS_DNS, _se_redis_dns),
    Rule(
        "dns-resolution-failed-for",
        ("dns resolution failed for",),
        _DNS_RESOLUTION_FAILED_FOR,
        _dns_resolution_failed_for,
    ),
    Rule("rails-hostname-error", ("issue connecting with your hostname",), _RAILS_HOSTNAME, _rails_hostname),
    Rule("ef-core-server", ("using the connection to database",), _EF_CORE_SERVER, _ef_core_server),
    Rule("dnspython", ("none of dns query names exist",), _DNSPYTHON_NAMES, _dnspython_names),
    Rule("dnspython-name", ("dns query name does not exist",), _DNSPYTHON_NAME, fixed("nxdomain", exact=True)),
    Rule("nginx-dns-error", ("dns error (",), _NGINX_DNS_ERROR, _nginx_dns_error),
    Rule("paho-c-getaddrinfo", ("getaddrinfo failed for addr",), _PAHO_C, _paho_c),
    Rule("rabbit-invalid-host", ("invalid host",), _RABBIT_INVALID_HOST, _rabbit_invalid_host),
    Rule("ktor-cio-dns", ("dns resolution of",), _KTOR_DNS, _ktor_dns),
    Rule(
        "http4s-unresolved",
        ("(unresolved: true)",),
        _HTTP4S_UNRESOLVED,
        fixed(unstated("Java `Cannot connect to h/<unresolved>:port`"), exact=True),
    ),
    Rule("url-unresolved-address", ("failed with exception",), _FAILED_UNRESOLVED, _url_then_unresolved),
    Rule(
        "trilogy-dns-error",
        ("trilogy_dns_error",),
        _TRILOGY_DNS,
        fixed(unstated("Trilogy `unable to connect to h:port: TRILOGY_DNS_ERROR`"), exact=True),
    ),
    Rule("mosquitto-client-lookup-error", ("(lookup error.)",), _MOSQUITTO_LOOKUP, _mosquitto_lookup),
    Rule("pgbouncer-getaddrinfo-a", ("getaddrinfo_a(",), _PGBOUNCER_GAI, _pgbouncer_gai),
    Rule("erlang-host-port-reason", ('{{"',), _ERLANG_HOST_PORT, _erlang_host_port_reason),
    Rule("dnsjava-timeout", ("timed out while trying to resolve",), _DNSJAVA_TIMEOUT, fixed("timeout", exact=True)),
    Rule("dnsjava-lookup-failed", ("lookup for ",), _DNSJAVA_LOOKUP, _dnsjava_lookup),
    Rule(
        "zookeeper-address-unresolved",
        ("address unresolved:",),
        _ZK_ADDRESS_UNRESOLVED,
        fixed(unstated("ZooKeeper `Address unresolved: h:port`"), exact=True),
    ),
    Rule("clickhouse-java-host-unknown", ("' unknown",), _CLICKHOUSE_HOST_UNKNOWN, fixed("nxdomain", exact=True)),
    Rule("finagle-remote-unresolved", ("at remote address:",), _FINAGLE_REMOTE, _finagle_remote),
    Rule("consul-dns-question", ("all resolvers failed for question",), _CONSUL_QUESTION, _consul_question),
    Rule("php-hostless-connect-frame", ("getaddrinfo failed:",), PHP_GETADDRINFO_FAILED, _php_hostless),
    Rule("tailscale-dns-query", ("using internal resolver:",), _TAILSCALE_QUERY, _tailscale_query),
    Rule("jgroups-unresolved-hostnames", ("resolve the following hostnames",), _JGROUPS_HOST, _jgroups_host),
    Rule(
        "bitnami-no-ip-for-hostname",
        ("ip address associated to hostname",),
        _BITNAMI_NO_IP,
        fixed(unstated("Bitnami `Could not find any IP address associated to hostname h`"), exact=True),
    ),
)
