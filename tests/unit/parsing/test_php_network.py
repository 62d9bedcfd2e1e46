"""PHP's resolver errors in the forms the plain PHP rules do not read (rules/php_network.py, gathered from the round
modules of held-out F, G, I, K, M, W): each rule reads its form, and each fires on one of these examples."""

from __future__ import annotations

import pytest

from checks.parsing.rules.php_network import RULES as PHP_NETWORK_RULES
from tests.unit.parsing.rounds import rules_that_fire, triples, unfired

EXAMPLES: tuple[tuple[str, str, set[tuple[str, str, bool]]], ...] = (
    ("php-dns-get-record",
     "$records = dns_get_record('_sip._tcp.example.org', DNS_SRV);\n"
     "Warning: dns_get_record(): An unexpected server failure occurred. in /srv/app/sip.php on line 4",
     {("_sip._tcp.example.org", "other", False)}),
    ("pdo-wrapped-reason",
     # the reason after a blank line (an error box's); on the very next line it is joined up (cut_phrases.py)
     "SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo for mysql.internal failed:\n\n"
     "  Name or service not known",
     {("mysql.internal", "nxdomain", False)}),
    ("pdo-split-failed",
     "[2024-01-01] local.ERROR: SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo for mysql.internal\n"
     " failed: Temporary failure in name resolution",
     {("mysql.internal", "temporary", False)}),
    ("pdo-cut-dsn-host",
     "PDOException: PDO::__construct(): php_network_getaddresses: getaddrinfo failed: Temporary failure in name "
     "resolution in /app/inc/DB.php:45\nStack trace:\n#0 /app/inc/DB.php(45): "
     "PDO->__construct('mysql:host=mari...', 'user', 'password', Array)\n#1 /app/index.php(60): "
     "DB->__construct('mariadb', 'database_name', 'user', 'password')",
     {("mariadb", "temporary", False)}),
    ("php-gethostbyname-errno",
     "Connection failed. Error #2: stream_socket_client(): unable to connect to ssl://smtp.gmail.com:465 "
     "(php_network_getaddresses: gethostbyname failed. errno=11)",
     {("smtp.gmail.com", "other", False)}),
    ("mongodb-php-failed-connecting",
     "No suitable servers found (`serverselectiontryonce` set): [Failed connecting to '88b2ffd96488:27017'"
     ": php_network_getaddresses: getaddrinfo failed: nodename nor servname provided, or not known]",
     {("88b2ffd96488", "nxdomain", False)}),
    ("reactphp-dns-query",
     "Connection to tcp://openapicenter:80 failed during DNS lookup. Last error for IPv4: DNS query for "
     "openapicenter (A) returned an error response (Server Failure).",
     {("openapicenter", "servfail", False)}),
    ("swift-mailer-connection",
     "Swift_TransportException: Connection could not be established with host mailer "
     "[php_network_getaddresses: getaddrinfo failed: Name or service not known #0]",
     {("mailer", "nxdomain", False)}),
    # held-out JZ-KG (spent): PHP 8's named form with nothing after `failed`; Xdebug's step debugger
    ("php8-getaddrinfo-no-reason",
     "> SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo for mariadb.orb.local failed",
     {("mariadb.orb.local", "other", False)}),
    ("xdebug-creating-socket-getaddrinfo",
     "[Step Debug] Creating socket for 'host.docker.internal:9003', getaddrinfo: Invalid argument.",
     {("host.docker.internal", "other", False)}),
)  # fmt: skip


@pytest.mark.parametrize(("case", "text", "want"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_php_network_form(case: str, text: str, want: set[tuple[str, str, bool]]) -> None:
    assert set(triples(text)) == want, case
    assert case in rules_that_fire(text)


def test_every_php_network_rule_fires() -> None:
    assert unfired(PHP_NETWORK_RULES, (e[1] for e in EXAMPLES)) == set()
