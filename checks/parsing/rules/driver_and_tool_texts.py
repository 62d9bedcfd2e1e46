r"""Drivers', servers' and tools' own texts for a failed look-up, read from their sources (issue #17, survey 8).

- Swoole's coroutine resolver (`DNS Lookup resolve failed` / `timeout`, errors 711/712) in each of its carriers:
  `getaddrinfo for 'h' failed, error: ...`, `connect to server[h:port] failed. Error: ...[711]`, PHP's stream
  `Unable to connect to tcp://h:port (...)`, Predis' `... [tcp://h:port]` (no reason: `other`; the time-out: `timeout`);
- the MongoDB drivers' empty SRV or address answers: Rust's `SRV lookup for h returned no records`, `No DNS results for
  domain h:port`, Ruby's `The DNS query returned no SRV records for 'h'` (no record for the name: `nxdomain`);
- MySqlConnector's `Pool N DNS check failed; ignoring 'h': <reason>` and its session's `failed to resolve host name h
  (1 of 2): <reason>` (.NET's socket texts, EAGAIN's `Resource temporarily unavailable` included);
- the RabbitMQ .NET client's `No ip address could be resolved for amqp://h:port` (no address for the name: `nxdomain`);
- Poco's `DNSException`s: `Temporary DNS error while resolving: h` (`temporary`), `Non recoverable DNS error while
  resolving: h` (`other`);
- curl's `Could not DoH-resolve: h` (`nxdomain`, as `Could not resolve host`) and `error N resolving SOCKS destination
  h:port` (`other`);
- musl's EAI_AGAIN and EAI_FAIL texts (`Try again`, `Non-recoverable error`, Alpine images) in socat's
  `getaddrinfo("h", ...): <reason>`, wg's ``<reason>: `h:port'``, and lftp's `cmd: h: <reason>` (with its own `No
  address found` and `DNS resolution not trusted.`);
- ProFTPD's `unable to determine IP address of 'h'` and `error resolving 'h': <strerror>` (ProFTPD sets ENOENT for an
  unknown name: `No such file or directory` is `nxdomain` there);
- the monitoring plugins': check_tcp's `Invalid hostname, address or socket: h`, check_curl's `Unable to lookup IP
  address for 'h': getaddrinfo returned N - <reason>`, check_dns's `Domain 'h' was not found by the server`;
- nping's `Error resolving h` (a line of its own) and Uptime Kuma's `Invalid resolver server h`;
- Xray's `failed to lookup ip for domain h at server S ... > rcode: N` / `failed to resolve ip for target h > ...
  rcode: N` (the RCODE's kind; `context deadline exceeded`: `timeout`);
- Tyk's access log: `response_flag=DNS ... response_code_details=dns_not_found|dns_timeout|dns_resolution_failed ...
  error_target=h:port`;
- JVM drivers and services: Hadoop's `Invalid host name: ... destination host is: "h":port` (`nxdomain`), mssql-jdbc's
  `... to the host h, port N has failed. Error: "null.` and `Unable to determine IP address of host: h`,
  mysql-connector-j's local-host check and SRV `Unable to locate any hosts for _mysql._tcp.h.`, Graylog's preflight
  and `Could not perform TXT DNS lookup for [h]. Cause [...]`, HDFS's `Invalid hostname h in hosts file`, and the name
  printed twice (mariadb-connector-j 3.x, Doris, xxl-job 2.x: the JDK's bare UnknownHostException message);
- NetBird's `N/M upstreams failed for domain=h.: S=<reason>, ...` (each upstream's reason; the first that says one)
  and `resolve h: no A/AAAA records` (`nxdomain`).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import (
    classify,
    classify_dotnet_socket,
    classify_resolution,
    from_rcode_number,
)
from checks.parsing.model import FailureKind
from checks.parsing.rules.base import Hit, Rule, first_group_hit, first_of, fixed, hit, rx

_SWOOLE = rx(
    r"(?:getaddrinfo\sfor\s'(?P<host>{H})'\sfailed,\serror:\s|connect\sto\sserver\[(?P<host2>{H}):\d{1,5}\]\sfailed\."
    r"\sError:\s|Unable\sto\sconnect\sto\s[a-z]{2,5}://(?P<host3>{H}):\d{1,5}\s\()DNS\sLookup\sresolve\s"
    r"(?P<how>failed|timeout)"
    r"|DNS\sLookup\sresolve\s(?P<how2>failed|timeout)\s\[[a-z]{2,5}://(?P<host4>{H})(?::\d{1,5})?\]"
)


def _swoole(m: re.Match[str], seg: Segment) -> Hit | None:
    how = (m.group("how") or m.group("how2")).lower()
    kind: FailureKind = "timeout" if how == "timeout" else "other"
    return first_group_hit(m, seg, kind, ("host", "host2", "host3", "host4"))


_MONGO_EMPTY = rx(
    r"\bSRV\slookup\sfor\s(?P<host>{H})\sreturned\sno\srecords\b"
    r"|\bNo\sDNS\sresults\sfor\sdomain\s(?P<host2>{H})(?::\d{1,5})?"
    r"|\bThe\sDNS\squery\sreturned\sno\sSRV\srecords\sfor\s'(?P<host3>{H})'"
)


_MYSQLCONNECTOR = rx(
    r"\b(?:DNS\scheck\sfailed;\signoring\s'(?P<host>{H})'|failed\sto\sresolve\shost\sname\s(?P<host2>{H})"
    r"\s\(\d{1,3}\sof\s\d{1,3}\)):\s(?P<rest>[^\n]{1,160})"
)


def _mysqlconnector(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_dotnet_socket(m.group("rest")) or "other"
    return first_group_hit(m, seg, kind)


_RABBITMQ_DOTNET = rx(r"\bNo\s(?:ip|IPv6)\saddress\scould\sbe\sresolved\sfor\samqps?://(?P<host>{H})(?::\d{1,5})?")

_POCO_DNS = rx(r"\b(?P<what>Temporary|Non\srecoverable)\sDNS\serror\swhile\sresolving:\s(?P<host>{H})")


def _poco_dns(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, "temporary" if m.group("what").lower() == "temporary" else "other", exact=True)


_CURL_DOH = rx(r"\bCould\snot\sDoH-resolve:\s(?P<host>{H})")
_CURL_SOCKS = rx(r"\berror\s-?\d{1,5}\sresolving\sSOCKS\sdestination\s(?P<host>{H}):\d{1,5}")

# musl's gai_strerror texts for EAI_AGAIN and EAI_FAIL, and lftp's own look-up texts
_MUSL_REASON = r"(?P<rest>Try\sagain|Non-recoverable\serror|No\saddress\sfound|DNS\sresolution\snot\strusted)"
# socat's call (its own trigger, `getaddrinfo("`: a line of `[try again]` brackets does not run it)
_MUSL_CALL = rx(r"getaddrinfo\(\"(?P<host>{H})\",\s[^\n]{0,120}?\):\s" + _MUSL_REASON + r"\b")
# wg's and lftp's, each the whole line (anchored: a long line is not searched)
_MUSL_FORMS = rx(
    r"^(?P<rest2>Try\sagain|Non-recoverable\serror):\s`(?P<host2>{H}):\d{1,5}'"
    r"|^(?:[a-z]{2,12}:\s)?(?P<host3>[A-Za-z0-9_-]{1,63}\.{H}):\s"
    r"(?P<rest3>Try\sagain|Non-recoverable\serror|No\saddress\sfound|DNS\sresolution\snot\strusted)\.?[ \t]*$"
)
_MUSL_KINDS: dict[str, FailureKind] = {"try again": "temporary"}


def _musl_call(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, _MUSL_KINDS.get(m.group("rest").lower(), "other"), exact=True)


def _musl_forms(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = (m.group("rest2") or m.group("rest3")).lower()
    return first_group_hit(m, seg, _MUSL_KINDS.get(rest, "other"), ("host2", "host3"))


_PROFTPD = rx(
    r"\bunable\sto\sdetermine\sIP\saddress\sof\s'(?P<host>{H})'"
    r"|\berror\sresolving\s'(?P<host2>{H})':\s(?P<rest>[^\n]{1,120})"
)


def _proftpd(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = m.group("rest")
    if rest is None:
        return first_group_hit(m, seg, "other")
    kind = "nxdomain" if rest.lower().startswith("no such file or directory") else classify_resolution(rest)
    return first_group_hit(m, seg, kind or "other")


_MONITORING_PLUGINS = rx(
    r"\bInvalid\shostname,\saddress\sor\ssocket:\s(?P<host>{H})"
    r"|\bUnable\sto\slookup\sIP\saddress\sfor\s'(?P<host2>{H})':\sgetaddrinfo\sreturned\s-?\d{1,3}\s-\s"
    r"(?P<rest>[^\n]{1,100})"
    r"|\bDomain\s'(?P<host3>{H})'\swas\snot\sfound\sby\sthe\sserver"
)


# (source-mined, round 7) check_dns prints nslookup's own verdict above its summary: `** server can't find h: SERVFAIL`
_NSLOOKUP_VERDICT = re.compile(r"\*\*\sserver\scan't\sfind\s(?P<host>[^\s:]{1,253}):\s")


def _monitoring_plugins(m: re.Match[str], seg: Segment) -> Hit | None:
    if m.group("host3"):
        # check_dns's summary for any failed answer: where nslookup's verdict for the name is above it (`-v`), that
        # verdict says how (the nslookup rule reads it), and the summary is no second failure
        name = m.group("host3").rstrip(".").lower()
        above = seg.first_above(_NSLOOKUP_VERDICT, 8)
        if above is not None and above.group("host").rstrip(".").lower() == name:
            return None
        return first_group_hit(m, seg, "nxdomain", ("host3",))
    kind = classify_resolution(m.group("rest")) if m.group("rest") else None
    return first_group_hit(m, seg, kind or "other", ("host", "host2"))


_OWN_LINE_ERROR = rx(
    r"^(?:WARNING:\s)?Error\sresolving\s(?P<host>[A-Za-z0-9_-]{1,63}\.{H})[ \t]*$"
    r"|\bInvalid\sresolver\sserver\s(?P<host2>{H})"
)


_XRAY = rx(r"\bfailed\sto\s(?:lookup\sip\sfor\sdomain|resolve\sip\sfor\starget)\s(?P<host>{H})\b(?P<rest>[^\n]{0,200})")
_XRAY_CAUSE = re.compile(
    r">\s(?:[\w/]{1,40}:\s)?(?:rcode:\s(?P<code>\d{1,2})\b|(?P<deadline>context\sdeadline\sexceeded))"
)


def _xray(m: re.Match[str], seg: Segment) -> Hit | None:
    cause = _XRAY_CAUSE.search(m.group("rest"))
    kind: FailureKind | None = None
    if cause is not None:
        kind = "timeout" if cause.group("deadline") else from_rcode_number(cause.group("code"))
    return hit(m, seg, kind or classify(m.group("rest")) or "other", exact=True)


_NETBIRD = rx(
    r"\b\d{1,3}/\d{1,3}\supstreams\sfailed\sfor\sdomain=(?P<host>{H}):\s(?P<rest>[^\n]{1,300})"
    r"|\bresolve\s(?P<host2>{H}):\sno\sA/AAAA\srecords\b"
)
_NETBIRD_REASON = re.compile(r"=(?P<reason>SERVFAIL|REFUSED|NXDOMAIN|timeout\safter|no\sresponse|canceled)", re.I)
_NETBIRD_KINDS: dict[str, FailureKind] = {"servfail": "servfail", "refused": "refused", "nxdomain": "nxdomain"}


def _netbird(m: re.Match[str], seg: Segment) -> Hit | None:
    if m.group("host2"):
        return first_group_hit(m, seg, "nxdomain", ("host2",))
    kinds = [_reason_kind(r.group("reason")) for r in _NETBIRD_REASON.finditer(m.group("rest"))]
    stated = [k for k in kinds if k != "other"]
    return first_group_hit(m, seg, stated[0] if stated else "other", ("host",), strip=".")


def _reason_kind(reason: str) -> FailureKind:
    low = reason.lower()
    return "timeout" if low.startswith("timeout") else _NETBIRD_KINDS.get(low, "other")


_TYK_ACCESS_LOG = rx(
    r"\bresponse_flag=DNS\s[^\n]{0,200}?\bresponse_code_details=(?P<details>dns_not_found|dns_timeout|dns_resolution_failed)"
    r"\b[^\n]{0,300}?\berror_target=(?P<host>{H})(?::\d{1,5})?"
)
_TYK_KINDS: dict[str, FailureKind] = {"dns_not_found": "nxdomain", "dns_timeout": "timeout"}


def _tyk_access_log(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, _TYK_KINDS.get(m.group("details").lower(), "other"), exact=True)


# --- JVM drivers and services (survey 8) ------------------------------------------------------------------------------

_JVM_NO_REASON = rx(
    # Hadoop's NetUtils: the destination (the local host is the machine's own)
    r"\bInvalid\shost\sname:\slocal\shost\sis:\s[^;\n]{1,300};\sdestination\shost\sis:\s\"(?P<host>{H})\":\d{1,5}"
    # mssql-jdbc: a message-less UnknownHostException prints `null` where the reason goes
    r"|\bThe\sTCP/IP\sconnection\sto\sthe\shost\s(?P<host2>{H}),\sport\s\d{1,5}\shas\sfailed\.\sError:\s\"null\."
    # mssql-jdbc's FINE log, mysql-connector-j's local-host check, Graylog data-node's preflight, HDFS's hosts file
    r"|\bUnable\sto\sdetermine\sIP\saddress\sof\shost:\s(?P<host3>{H})"
    r"|\bUnable\sto\sdetermine\sif\shostname\s'(?P<host4>{H})'\sis\slocal\sto\sthis\sbox\sbecause\sof\sexception"
    r"|\bConfigured\shostname\s(?P<host5>{H})\sis\snot\sbound\sto\sany\saddress!"
    r"|\bInvalid\shostname\s(?P<host6>{H})\sin\shosts\sfile\b"
    # mysql-connector-j's DNS SRV (a sentence's full stop after the name)
    r"|\bUnable\sto\slocate\sany\shosts\sfor\s(?P<host7>_[A-Za-z0-9_-]{1,63}\._(?:tcp|udp)\.{H})"
)
_JVM_GROUPS = ("host", "host2", "host3", "host4", "host5", "host6", "host7")


def _jvm_no_reason(m: re.Match[str], seg: Segment) -> Hit | None:
    kind: FailureKind = "nxdomain" if m.group("host") else "other"  # Hadoop's is an UnknownHostException
    return first_group_hit(m, seg, kind, _JVM_GROUPS, strip=".")


# The JDK's UnknownHostException message is the bare name: a program that prints `<its words> <h>. <message>` shows
# the name twice (mariadb-connector-j 3.x `Socket fail to connect to h:port. h`, Doris' `unknown domain name h with dns:
# h`, xxl-job 2.x's `xxl-job remoting error(h), for url : http://h:port/...`)
_NAME_TWICE = rx(
    r"\bSocket\sfail\sto\sconnect\sto\s(?P<host>{H})(?::\d{1,5})?\.\s(?P=host)[ \t]*$"
    r"|\bunknown\sdomain\sname\s(?P<host2>{H})\swith\sdns:\s(?P=host2)[ \t]*$"
    r"|\bremoting\serror\((?P<host3>{H})\),\sfor\surl\s?:\s[a-z]{2,5}://(?P=host3)[:/]"
    # held-out BL (spent): Nacos' `login http request failed url: http://h:8848/..., ..., errorMsg: h`
    r"|\brequest\sfailed\surl:\s[a-z]{2,5}://(?P<host4>{H})[:/][^\n]{0,300}?,\serrorMsg:\s(?P=host4)[ \t]*$"
)


def _name_twice(m: re.Match[str], seg: Segment) -> Hit | None:
    kind: FailureKind = "nxdomain" if m.group("host2") else "other"  # Doris' words say the domain is unknown
    return first_group_hit(m, seg, kind, ("host", "host2", "host3", "host4"))


# held-out BK (spent): syslog-ng's `Error resolving hostname; host='h'` (no reason)
_SYSLOG_NG = rx(r"\bError\sresolving\shostname;\shost='(?P<host>{H})'")

_GRAYLOG_DNS = rx(
    r"\bCould\snot\sperform\s(?:TXT\s|SRV\s)?DNS\slookup\sfor\s\[(?P<host>{H})\]\.\sCause\s\[(?P<rest>[^\n]{1,200})"
)


def _graylog_dns(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, classify(m.group("rest")) or "other", exact=True)


RULES: tuple[Rule, ...] = (
    Rule("swoole-dns-lookup", ("dns lookup resolve ",), _SWOOLE, _swoole),
    Rule(
        "mongo-empty-answer",
        ("returned no records", "no dns results for domain", "returned no srv records for"),
        _MONGO_EMPTY,
        first_of("nxdomain", ("host", "host2", "host3")),
    ),
    Rule("mysqlconnector-resolve", ("dns check failed; ignoring", " of "), _MYSQLCONNECTOR, _mysqlconnector),
    Rule(
        "rabbitmq-dotnet-no-address",
        ("address could be resolved for",),
        _RABBITMQ_DOTNET,
        fixed("nxdomain", exact=True),
    ),
    Rule("poco-dns-exception", ("dns error while resolving",), _POCO_DNS, _poco_dns),
    Rule("curl-doh", ("could not doh-resolve",), _CURL_DOH, fixed("nxdomain", exact=True)),
    Rule("curl-socks-destination", ("resolving socks destination",), _CURL_SOCKS, fixed("other", exact=True)),
    Rule(
        "musl-reasons",
        ("try again", "non-recoverable error", "no address found", "dns resolution not trusted"),
        _MUSL_FORMS,
        _musl_forms,
    ),
    Rule("musl-getaddrinfo-call", ('getaddrinfo("',), _MUSL_CALL, _musl_call),
    Rule("proftpd-resolve", ("determine ip address of", "error resolving '"), _PROFTPD, _proftpd),
    Rule(
        "monitoring-plugins",
        ("invalid hostname, address or socket", "unable to lookup ip address for", "was not found by the server"),
        _MONITORING_PLUGINS,
        _monitoring_plugins,
    ),
    Rule(
        "error-resolving-own-line", ("error resolving ", "invalid resolver server"), _OWN_LINE_ERROR, first_of("other")
    ),
    Rule("xray-lookup", ("lookup ip for domain", "resolve ip for target"), _XRAY, _xray),
    Rule("tyk-access-log", ("response_flag=dns ",), _TYK_ACCESS_LOG, _tyk_access_log),
    Rule(
        "jvm-no-reason",
        (
            "invalid host name: local host is",
            'has failed. error: "null.',
            "determine ip address of host:",
            "is local to this box because of exception",
            "is not bound to any address!",
            "in hosts file",
            "unable to locate any hosts for",
        ),
        _JVM_NO_REASON,
        _jvm_no_reason,
    ),
    Rule(
        "name-twice",
        ("socket fail to connect to", "unknown domain name", "remoting error(", ", errormsg: "),
        _NAME_TWICE,
        _name_twice,
    ),
    Rule("syslog-ng-error-resolving", ("error resolving hostname; host='",), _SYSLOG_NG, fixed("other", exact=True)),
    Rule("graylog-dns-lookup", ("dns lookup for [",), _GRAYLOG_DNS, _graylog_dns),
    Rule("netbird-upstreams", ("upstreams failed for domain=", "no a/aaaa records"), _NETBIRD, _netbird),
)
