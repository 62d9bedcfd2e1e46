"""Formats from a fourth survey (issue #17): the CLIENT LIBRARIES' and TOOLS' own wrapping of a failed lookup (not the
runtime's text, not a cluster product's), where the name stands where only the library's own shape says.

Most libraries and tools surveyed print their runtime's resolver error with the name beside it (Go's `dial tcp: lookup
NAME on SERVER: no such host`, Java's `UnknownHostException: NAME: Name or service not known`, Node's `getaddrinfo
ENOTFOUND NAME`, urllib3's `Failed to resolve 'NAME' ([Errno -3] ...)`, libcurl's `Could not resolve host: NAME`),
which other rules read already: the AWS SDKs for Go v1/v2, Java v1/v2, JS v3 and .NET, Azure's SDKs, google-auth for
Python, gRPC (C core, Java, JS), MinIO's clients, OkHttp, Apache HttpClient, reqwest, Faraday, HTTParty, Guzzle,
Symfony HttpClient, axios/undici, aiohttp, urllib3/requests, pgjdbc, MySQL Connector/J, psycopg, pgx,
go-sql-driver/mysql, Sequelize, knex, Lettuce, ioredis, go-redis, redis-py, Predis, librdkafka, kafkajs, sarama,
franz-go, amqplib, Celery/kombu, the MongoDB drivers, pip, npm/yarn/pnpm, Maven, go mod, cargo, composer, RubyGems,
NuGet, apt, apk, yum/dnf, Helm, Terraform, Ansible, Packer, the GitHub Actions and GitLab runners, git (see
`tests/unit/parsing/test_survey4.py`, which pins them). Only these were not:

- Netty's DNS resolver (netty resolver-dns, `DnsQueryContext`: `"query '" + id + "' via " + protocol() + " timed out
  after " + queryTimeoutMillis + " milliseconds"`, the exception prefixed with `[id: server] question`), as Reactor
  Netty, Spring WebClient/Cloud Gateway, Lettuce, Redisson, Vert.x and the Azure SDK for Java print it:
  `DnsNameResolverTimeoutException: [9444: /10.96.0.10:53] DefaultDnsQuestion(NAME. IN A) query '9444' via UDP timed
  out after 5000 milliseconds`. The question's name may be a search-path expansion of the name the app asked for; when
  `Failed to resolve 'ASKED'` stands above it (Netty's `UnknownHostException` / `SearchDomainUnknownHostException`),
  the asked name is the one reported;
- Netty's rcode cause (`DnsResolveContext`, `DnsErrorCauseException`: `Query failed with NXDOMAIN` / `SERVFAIL`) under
  `Failed to resolve 'NAME' [A(1)] after 2 queries`: the kind of the lookup above it (the `UnknownHostException` alone
  reads as NXDOMAIN, assumed);
- OpenFeign (feign-core, `FeignException.errorExecuting`: `format("%s executing %s %s", cause.getMessage(),
  request.httpMethod(), request.url())`): Java's `UnknownHostException` has the name alone for its message, so
  `RetryableException: NAME executing GET http://NAME/path` (read only when the message is the URL's own host; no
  reason given: other);
- Spring's RestTemplate (spring-web, `RestTemplate.createResourceAccessException`: `"I/O error on " + method.name() + "
  request for \"" + resource + "\": " + ex.getMessage()`): `I/O error on GET request for "http://NAME:8888/x": NAME`
  (Spring 6 dropped the `; nested exception is java.net.UnknownHostException` after it; the same condition);
- google-auth-library-java (`ServiceAccountCredentials.refreshAccessToken`: `"Error getting access token for service
  account: %s, iss: %s"`, the IOException's message first): `Error getting access token for service account:
  oauth2.googleapis.com, iss: sa@p.iam.gserviceaccount.com` (a dotted name alone, where an HTTP status or a sentence
  stands otherwise; no reason given);
- MariaDB Connector/J (`ConnectionHelper.connectSocket`: 2.x `"Socket fail to connect to host:%s, port:%s. %s"`, 3.x
  `"Socket fail to connect to host:%s. %s"` with `address=(host=NAME)(port=N)(type=primary)`): the message after the
  address is the UnknownHostException's, the name alone;
- OpenTelemetry's Java exporters (opentelemetry-java, `HttpExporter` / `OkHttpGrpcExporter`: `"Failed to export " +
  type + "s. The request could not be executed. Full error message: " + e.getMessage()`): the UnknownHostException's
  message alone, read only when it is the host of the endpoint on the same line (the OkHttp thread's name, `[OkHttp
  http://otel-collector:4318/...]`);
- Gradle's dependency download (`Could not GET 'URL'.` with the cause's message on the next line after `> `): the
  UnknownHostException's message alone, `> NAME`, the URL's own host.
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.hosts import clean_host
from checks.parsing.model import FailureKind
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Build, Hit, Rule, hit, rx

# --- Netty's DNS resolver ------------------------------------------------------------------------------------------

_NETTY_TIMEOUT = rx(
    r"\bDefaultDnsQuestion\((?P<host>{H}?)\.?\s{1,3}IN\s{1,3}[A-Z]{1,10}\)\squery(?:\s'\d{1,10}')?"
    r"(?:\svia\s(?:UDP|TCP))?\stimed\sout\safter\s\d{1,9}\smilliseconds"
)
_NETTY_ASKED = rx(r"\bFailed\sto\sresolve\s'(?P<host>{H}?)'")
_NETTY_ABOVE = 60
"""Lines above a Netty cause searched for the `Failed to resolve 'NAME'` it explains (a stack trace's frames)."""


def _asked_above(seg: Segment, at: int) -> list[str]:
    """The names Netty's `Failed to resolve 'NAME'` gives above `at` (offset in the segment), nearest first."""
    names: list[str] = []
    for text in seg.above(at, _NETTY_ABOVE):
        found = [m.group("host") for m in _NETTY_ASKED.finditer(text)]
        names.extend(reversed(found))
    return names


def _netty_timeout(m: re.Match[str], seg: Segment) -> Hit | None:
    qname = clean_host(m.group("host"), exact=True)
    if qname is None:
        return None
    for asked in _asked_above(seg, m.start()):
        name = clean_host(asked, exact=True)
        if name is not None and (qname == name or qname.startswith(name + ".")):
            return hit(m, seg, "timeout", host=asked)  # the search path's expansion of the name the app asked for
    return hit(m, seg, "timeout", exact=True)


# --- Libraries that append Java's UnknownHostException message (the name alone) after the URL they dialed -----------

_METHOD = r"(?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)"
_FEIGN = rx(
    r"(?:^|[:\s])(?P<msg>{H}?)\sexecuting\s" + _METHOD + r"\shttps?://(?:[^\s/@]{1,100}@)?(?P<host>{H}?)"
    r"(?::(?P<port>\d{1,5}))?(?=[/\s?#]|$)"
)
_REST_TEMPLATE = rx(
    r"\bI/O\serror\son\s" + _METHOD + r"\srequest\sfor\s\"https?://(?:[^\s/@\"]{1,100}@)?(?P<host>{H}?)"
    r"(?::(?P<port>\d{1,5}))?(?:/[^\s\"]{0,300})?\":\s(?P<msg>{H}?)(?=\s*$|\s)"
)
_MARIADB = rx(
    r"\bSocket\sfail\sto\sconnect\sto\s(?:host:)?(?:address=\(host=(?P<host1>{H}?)\)\(port=(?P<port1>\d{1,5})\)"
    r"(?:\([a-z]{1,10}=[a-z]{1,12}\)){0,3}|(?P<host2>{H}?),\sport:(?P<port2>\d{1,5}))\.\s(?P<msg>{H}?)(?=\s*$|\s)"
)


def _message_is_host(fmt: str) -> Build:
    """A builder for format `fmt`, whose exception message is the dialed URL's own host: Java's UnknownHostException
    message without its class name (no reason given: `unstated(fmt)`)."""
    kind = unstated(fmt)

    def build(m: re.Match[str], seg: Segment) -> Hit | None:
        return _message_is_host_hit(m, seg, kind)

    return build


def _message_is_host_hit(m: re.Match[str], seg: Segment, kind: FailureKind) -> Hit | None:
    host = m.groupdict().get("host") or m.groupdict().get("host1") or m.groupdict().get("host2")
    if host is None or m.group("msg").lower().rstrip(".") != host.lower().rstrip("."):
        return None  # `Connection refused`, `Read timed out`, another name: not this lookup
    port = m.groupdict().get("port") or m.groupdict().get("port1") or m.groupdict().get("port2")
    start = m.start("msg")
    return Hit(host, kind, seg.start + start, seg.start + m.end("msg"), None, int(port) if port else None, True)


# --- OpenTelemetry Java exporters ------------------------------------------------------------------------------------

_OTEL_JAVA = rx(r"\bThe\srequest\scould\snot\sbe\sexecuted\.\s(?:Full\s)?error\smessage:\s(?P<msg>{H}?)(?=\s*$)")
_LINE_URL = rx(r"\bhttps?://(?P<host>{H}?)(?::\d{1,5})?/")


def _otel_java(m: re.Match[str], seg: Segment) -> Hit | None:
    """The message is the host of the exporter's endpoint on the same line (the OkHttp thread's name, `[OkHttp
    http://otel-collector:4318/...]`): Java's UnknownHostException (no reason given). `timeout`, `null`, a refused
    connection's text stand there otherwise."""
    msg = m.group("msg").lower().rstrip(".")
    if not any(u.group("host").lower() == msg for u in _LINE_URL.finditer(seg.text, 0, m.start())):
        return None
    return Hit(
        m.group("msg"),
        unstated("OpenTelemetry Java `Full error message: h` (the endpoint on the line)"),
        seg.start + m.start("msg"),
        seg.start + m.end("msg"),
        None,
        None,
        True,
    )


# --- google-auth-library-java ----------------------------------------------------------------------------------------

_GOOGLE_AUTH = rx(
    r"\bError\sgetting\saccess\stoken\sfor\sservice\saccount:\s(?P<host>[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63})"
    r"{1,10})(?=,\siss:|\s*$)"
)


def _google_auth(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(
        m,
        seg,
        unstated("google-auth-library-java `Error getting access token for service account: h, iss:`"),
        exact=True,
    )


# --- Gradle ----------------------------------------------------------------------------------------------------------

_GRADLE = rx(r"\bCould\snot\s" + _METHOD + r"\s'https?://(?:[^\s/@']{1,100}@)?(?P<host>{H}?)(?::(?P<port>\d{1,5}))?/")
_GRADLE_CAUSE = re.compile(r"\s{0,40}>\s(?P<msg>[A-Za-z0-9_.\-]{1,253})\s*$")


def _gradle(m: re.Match[str], seg: Segment) -> Hit | None:
    nxt = seg.lines_after(1)
    cause = _GRADLE_CAUSE.match(nxt[0]) if nxt else None
    if cause is None or cause.group("msg").lower() != m.group("host").lower():
        return None  # `> Read timed out`, `> Connection refused`, a status code: not this lookup
    return hit(
        m, seg, unstated("Gradle `Could not GET 'https://h/...'` with `> h` below"), port=m.group("port"), exact=True
    )


RULES: tuple[Rule, ...] = (
    Rule("netty-dns-query-timeout", ("defaultdnsquestion(",), _NETTY_TIMEOUT, _netty_timeout),
    Rule("feign-unknown-host", (" executing ",), _FEIGN, _message_is_host("Feign `h executing GET http://h/...`")),
    Rule(
        "spring-rest-template-unknown-host",
        ("i/o error on ",),
        _REST_TEMPLATE,
        _message_is_host('Spring RestTemplate `I/O error on GET request for "http://h/...": h`'),
    ),
    Rule(
        "mariadb-connector-j-unknown-host",
        ("socket fail to connect to ",),
        _MARIADB,
        _message_is_host("MariaDB Connector/J `Socket fail to connect to host:h, port:p. h`"),
    ),
    Rule("otel-java-exporter-unknown-host", ("the request could not be executed. ",), _OTEL_JAVA, _otel_java),
    Rule(
        "google-auth-java-token-host", ("error getting access token for service account: ",), _GOOGLE_AUTH, _google_auth
    ),
    Rule("gradle-could-not-get-host", ("could not get '", "could not head '"), _GRADLE, _gradle),
)
