"""The generic rule widened by held-out G's general causes (checks/parsing/generic_named.py): a name in place between
a resolver call and `failed`, a name before nginx's `could not be resolved (N: ...)`, a bracketed mask over one
label. Read with every specific rule off (`parse_with(specific=False)`): formats no rule knows; look-alikes stay
empty."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from checks.parsing.generic_named import bracket_masked, named_in_place
from checks.parsing.parser import parse_with

# (id: runtime and format, text, (host, kind, redacted)) - the generic rule alone
GENERIC_G: tuple[tuple[str, str, tuple[str, str, bool]], ...] = (
    (
        "php-mysqli-getaddrinfo-for-word-failed",
        "mysqli_sql_exception: php_network_getaddresses: getaddrinfo for mariadb failed: Temporary failure in name "
        "resolution in /var/www/glpi/install/install.php at line 238",
        ("mariadb", "temporary", False),
    ),
    (
        "php-pdo-getaddrinfo-for-word-failed-then-sql",
        "SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo for mysql failed: Temporary failure in name "
        "resolution (Connection: mysql, SQL: insert into `telescope_entries` (`batch_id`) values (1))",
        ("mysql", "temporary", False),
    ),
    (
        "php-mysqli-getaddrinfo-for-caps-stand-in",
        "mysqli_real_connect(): php_network_getaddresses: getaddrinfo for MYSQL_SEVER_HOSTNAME failed: Name or service "
        "not known in ...",
        ("mysql_sever_hostname", "nxdomain", True),
    ),
    (
        "apisix-nginx-word-could-not-be-resolved-host-not-found",
        "Exception: {'content': {'error_msg': 'etcd could not be resolved (3: Host not found)'}}",
        ("etcd", "nxdomain", False),
    ),
    (
        "ingress-nginx-masked-could-not-be-resolved-110",
        "[error] 28#28: *1026 xxx.xxx.svc.cluster.local could not be resolved (110: Operation timed out), client: XXX",
        ("xxx.xxx.svc.cluster.local", "timeout", True),
    ),
    (
        "node-postgres-bracket-masked-label",
        '"message": "getaddrinfo EAI_AGAIN [redacted].aivencloud.com"',
        ("[redacted].aivencloud.com", "temporary", True),
    ),
    (
        "mono-dns-name-resolution-failure-quoted-word",
        "[v3.0.10.1567] System.Net.WebException: DNS Name Resolution Failure: 'prowlarr'",
        ("prowlarr", "other", False),
    ),
    (
        "twisted-couldnt-find-the-hostname-quoted",
        "DNSLookupError(\"Couldn't find the hostname 'matrix.org.cdn.cloudflare.net'\",)",
        ("matrix.org.cdn.cloudflare.net", "nxdomain", False),
    ),
    (
        "twisted-no-results-for-hostname-lookup",
        "POST https://matrix.org/_matrix/push/v1/notify: DNSLookupError no results for hostname lookup: matrix.org",
        ("matrix.org", "nxdomain", False),
    ),
    (
        "ruby-resolv-no-address-for-word",
        "[warn]: #0 Could not communicate to Elasticsearch, resetting connection and trying again. no address for "
        "https (Resolv::ResolvError)",
        ("https", "nxdomain", False),
    ),
    (
        "windows-ping-could-not-find-host-then-advice",
        "ping host.docker.internal\nPing request could not find host host.docker.internal. Please check the name and "
        "try again.",
        ("host.docker.internal", "nxdomain", False),
    ),
    (
        "host-cli-host-word-not-found-nxdomain",
        "    Host localhost not found: 3(NXDOMAIN)",
        ("localhost", "nxdomain", False),
    ),
    (
        "postfix-host-service-name-port-not-found",
        "postfix/smtpd[4194]: fatal: host/service mailstore.example.com/12340 not found: Name or service not known",
        ("mailstore.example.com", "nxdomain", False),
    ),
    (
        "nginx-host-not-found-in-upstream-word-port",
        '2022/05/31 01:25:15 [emerg] 1#1: host not found in upstream "node:8080" in /etc/nginx/nginx.conf:28',
        ("node", "nxdomain", False),
    ),
    (
        "pino-json-logger-hostname-beside-the-message-name",
        '{"level":"error","pid":1,"hostname":"d3dac7a36cb1","error":{"code":"EAI_AGAIN","message":"getaddrinfo '
        'EAI_AGAIN db"}}',
        ("db", "temporary", False),
    ),
    (
        "traefik-camel-case-name-key-is-not-a-host-key",
        "dial tcp: lookup acme-v02.api.letsencrypt.org on 127.0.0.11:53: read udp 127.0.0.1:48951->127.0.0.11:53: i/o "
        'timeout" providerName=letsencrypt.acme routerName=traefik-secure@docker',
        ("acme-v02.api.letsencrypt.org", "timeout", False),
    ),
)

LOOKALIKES_G: tuple[str, ...] = (
    # an IDE's unresolved import: no errno after the wording
    'Import "requests" could not be resolved (reportMissingImports)',
    "The import org.junit could not be resolved (Java build path)",
    # a list's brackets beside a reason, and a bracketed word alone
    "[elk] Name or service not known",
    # the phrases in prose, with no name in place after them
    "there is no address for the given user in the directory",
    "we couldn't find the hostname in the docs",
    # a JSON logger's own hostname beside a reason whose message names no host
    '{"level":"error","pid":1,"hostname":"web-7f9c","msg":"Temporary failure in name resolution"}',
    # `host X not found` without host(1)'s colon and rcode
    "the host runner not found in inventory",
    # a call `for X failed` with no resolver reason after it
    "lookup for updates failed: connection refused",
)


@pytest.mark.parametrize(("text", "want"), [e[1:] for e in GENERIC_G], ids=[e[0] for e in GENERIC_G])
def test_the_generic_rule_reads_the_shape(text: str, want: tuple[str, str, bool]) -> None:
    assert [(f.host, f.kind, f.redacted) for f in parse_with(text, specific=False)] == [want]
    assert [(f.host, f.kind, f.redacted) for f in parse_failures(text)] == [want]


@pytest.mark.parametrize("text", LOOKALIKES_G)
def test_lookalikes_stay_empty(text: str) -> None:
    assert parse_with(text, specific=False) == []
    assert parse_failures(text) == []


def test_a_call_wrapped_before_its_reason_names_the_host_on_the_line_above() -> None:
    boxed = "  SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo for db failed:  \n\n   Temporary "
    boxed += "failure in name resolution   "
    laravel = "PDO::__construct(): php_network_getaddresses: getaddrinfo for server.mysql.svc.cluster.local\n failed: "
    laravel += "Name does not resolve in /var/www/html/x.php:70"
    assert [(f.host, f.kind) for f in parse_with(boxed, specific=False)] == [("db", "temporary")]
    assert [(f.host, f.kind) for f in parse_with(laravel, specific=False)] == [
        ("server.mysql.svc.cluster.local", "nxdomain")
    ]
    # the call without `failed` on either line, or another line between: not the name
    assert parse_with("getaddrinfo for db\nTemporary failure in name resolution", specific=False) == []
    assert parse_with("lookup for db failed:\nsee below\nTemporary failure in name resolution", specific=False) == []


def test_the_shapes_themselves() -> None:
    text = "getaddrinfo for db failed: x"
    assert named_in_place(text, 16, 18) and not named_in_place("getaddrinfo for db: x", 16, 18)
    assert named_in_place("etcd could not be resolved (3: Host not found)", 0, 4)
    assert not named_in_place('"x" could not be resolved (reportMissingImports)', 1, 2)
    assert bracket_masked("[redacted].aivencloud.com") and not bracket_masked("[elk]")
    assert not bracket_masked("[redacted].com")  # one label after it: a list item and a word
