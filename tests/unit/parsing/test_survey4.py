"""The resolver texts of the fourth survey (issue #17): the CLIENT LIBRARIES' and TOOLS' own wrapping of a failed
lookup, each as the library prints it (the format string in the source named in `checks/parsing/rules/survey4.py`,
filled with a realistic name), yield their name and kind; the libraries whose text wraps their runtime's error (read by
earlier rules) are pinned too, so a change cannot lose them. Look-alikes (refused and timed-out connections, TLS, HTTP
errors, `no healthy upstream`, prose with the same words) yield nothing."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from tests.unit.parsing.examples_survey4 import NEGATIVES, READ
from tests.unit.parsing.speed import GUARD, best_of, megabyte_of

_NETTY_SEARCH = (
    "io.netty.resolver.dns.DnsResolveContext$SearchDomainUnknownHostException: Failed to resolve 'api.papermc.io' "
    "[A(1)] and search domain query for configured domains failed as well: [minecraft-server.svc.cluster.local, "
    "svc.cluster.local, cluster.local]\n...\nCaused by: io.netty.resolver.dns.DnsNameResolverTimeoutException: [9444: "
    "/10.96.0.10:53] DefaultDnsQuestion(api.papermc.io.minecraft-server.svc.cluster.local. IN A) query '9444' via UDP "
    "timed out after 5000 milliseconds (no stack trace available)"
)
_LETTUCE = (
    "io.lettuce.core.RedisConnectionException: Unable to connect to rxs/<unresolved>:6379\n"
    "Caused by: java.net.UnknownHostException: Failed to resolve 'rxs' [A(1)] after 2 queries\n"
    "\tat io.netty.resolver.dns.DnsResolveContext.finishResolve(DnsResolveContext.java:1097)\n"
    "Caused by: io.netty.resolver.dns.DnsErrorCauseException: Query failed with {}"
)

# (library, format, message as printed, host, kind)
NEW: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "netty",
        "DnsNameResolverTimeoutException under a search-domain failure",
        _NETTY_SEARCH,
        "api.papermc.io",
        "timeout",
    ),
    (
        "netty",
        "DnsNameResolverTimeoutException alone (4.1.10x+)",
        "Caused by: io.netty.resolver.dns.DnsNameResolverTimeoutException: [6076: /10.96.0.10:53] DefaultDnsQuestion("
        "redis-service.cbops.svc.cluster.local. IN A) query '6076' via UDP timed out after 5000 milliseconds (no stack "
        "trace available)",
        "redis-service.cbops.svc.cluster.local",
        "timeout",
    ),
    ("netty/lettuce", "DnsErrorCauseException SERVFAIL", _LETTUCE.format("SERVFAIL"), "rxs", "servfail"),
    ("netty/lettuce", "DnsErrorCauseException NXDOMAIN", _LETTUCE.format("NXDOMAIN"), "rxs", "nxdomain"),
    (
        "openfeign",
        "errorExecuting with a bare UnknownHostException message",
        "feign.RetryableException: user-service executing GET http://user-service/api/users",
        "user-service",
        "other",
    ),
    (
        "spring-web",
        "RestTemplate ResourceAccessException (Spring 6)",
        'org.springframework.web.client.ResourceAccessException: I/O error on GET request for "http://config-server:8888'
        '/app/default": config-server',
        "config-server",
        "nxdomain",  # issue #17 (held-out AA): every set labels Spring's bare UnknownHostException message nxdomain
    ),
    (
        "google-auth-library-java",
        "ServiceAccountCredentials token refresh",
        "java.io.IOException: Error getting access token for service account: oauth2.googleapis.com, iss: "
        "app@proj.iam.gserviceaccount.com",
        "oauth2.googleapis.com",
        "other",
    ),
    (
        "mariadb-connector-j",
        "3.x ConnectionHelper",
        "java.sql.SQLNonTransientConnectionException: Socket fail to connect to host:address=(host=mariadb)(port=3306)"
        "(type=primary). mariadb",
        "mariadb",
        "other",
    ),
    (
        "mariadb-connector-j",
        "2.x ConnectionHelper (HikariCP pool init)",
        "Failed to initialize pool: Could not connect to address=(host=mariadb-0.mariadb)(port=3306)(type=master) : "
        "Socket fail to connect to host:mariadb-0.mariadb, port:3306. mariadb-0.mariadb",
        "mariadb-0.mariadb",
        "other",
    ),
    (
        "opentelemetry-java",
        "exporter, the bare UnknownHostException message, the endpoint in the OkHttp thread's name",
        "[otel.javaagent 2024-01-01 10:00:00:000 +0000] [OkHttp http://otel-collector:4318/...] ERROR "
        "io.opentelemetry.exporter.internal.http.HttpExporter - Failed to export spans. The request could not be "
        "executed. Full error message: otel-collector",
        "otel-collector",
        "other",
    ),
    (
        "gradle",
        "Could not GET with the bare UnknownHostException message below",
        "         > Could not get resource 'https://dl.google.com/dl/android/maven2/x/y/1.0/y-1.0.pom'.\n"
        "            > Could not GET 'https://dl.google.com/dl/android/maven2/x/y/1.0/y-1.0.pom'.\n"
        "               > dl.google.com",
        "dl.google.com",
        "other",
    ),
)


@pytest.mark.parametrize(("library", "fmt", "message", "host", "kind"), NEW, ids=[c[1] for c in NEW])
def test_surveyed_message_yields_its_name_and_kind(library: str, fmt: str, message: str, host: str, kind: str) -> None:
    assert [(f.host, f.kind) for f in parse_failures(message)] == [(host, kind)], f"{library}: {fmt}"


@pytest.mark.parametrize(("library", "fmt", "message", "host", "kind"), READ, ids=[c[1] for c in READ])
def test_library_wrapping_its_runtime_is_read(library: str, fmt: str, message: str, host: str, kind: str) -> None:
    assert [(f.host, f.kind) for f in parse_failures(message)] == [(host, kind)], f"{library}: {fmt}"


@pytest.mark.parametrize(("name", "message"), NEGATIVES, ids=[n for n, _ in NEGATIVES])
def test_look_alike_reads_nothing(name: str, message: str) -> None:
    assert parse_failures(message) == [], name


# The start of each new format with nothing valid after it, repeated on one 1 MB line.
NEAR_MATCHES = (
    "DefaultDnsQuestion(a",
    "DefaultDnsQuestion(a. IN A) query '1' via UDP ",
    "Failed to resolve 'a' after 2 queries ",
    "a executing GET http://",
    ": a executing GET http://b/ ",
    'I/O error on GET request for "http://a',
    "Error getting access token for service account: a.b",
    "Socket fail to connect to host:address=(host=a)(port=1)",
    "Could not GET 'http://a/",
    "[OkHttp http://a/] The request could not be executed. Full error message: a ",
    "Could not resolve a:b:",
)


@pytest.mark.parametrize("piece", NEAR_MATCHES)
def test_a_hostile_megabyte_line_of_near_matches_parses_quickly(piece: str) -> None:
    line = megabyte_of(piece)
    elapsed = best_of(3, lambda: parse_failures(line))
    assert elapsed < GUARD, f"{piece!r}: {elapsed:.3f} s"


GRADLE_COORDINATES = (
    "   > Could not resolve com.android.tools.build:gradle:7.0.0.",
    "Could not resolve org.springframework.boot:spring-boot-starter-web:3.2.0.",
    "> Could not resolve io.netty:netty-all:4.1.100.Final.",
)


@pytest.mark.parametrize("line", GRADLE_COORDINATES)
def test_a_build_tools_coordinate_is_not_a_name(line: str) -> None:
    # Gradle's and Maven's "Could not resolve GROUP:ARTIFACT:VERSION" is dependency resolution, whatever its cause:
    # the generic rule took the artifact (`gradle`, `netty-all`) for a host before
    assert parse_failures(line) == [], line


def test_a_gradle_failure_over_dns_names_the_repository_host_only() -> None:
    paste = (
        "> Could not resolve all files for configuration ':classpath'.\n"
        "   > Could not resolve com.android.tools.build:gradle:7.0.0.\n"
        "     Required by:\n"
        "         project :\n"
        "      > Could not resolve com.android.tools.build:gradle:7.0.0.\n"
        "         > Could not get resource 'https://dl.google.com/dl/android/maven2/x.pom'.\n"
        "            > Could not GET 'https://dl.google.com/dl/android/maven2/x.pom'.\n"
        "               > dl.google.com"
    )
    assert [(f.host, f.kind) for f in parse_failures(paste)] == [("dl.google.com", "other")]
