"""Formats held-out sets FB to FI read wrong when they were measured (issue #17, 2026-12-05, session 48; spent data):
each test names the program and the format, with look-alikes that must stay no failure."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from checks.parsing.rules import monitoring_daemons
from tests.unit.parsing.rounds import reads, reads_nothing, unfired
from tests.unit.parsing.speed import parses_quickly

ROUND: list[tuple[str, set[tuple[str, str]]]] = [
    (  # Check_MK's host look-up: a configured host's bare name
        "OMD[monitoring]:~$ cmk -I\nCannot resolve c001 into IP address.\nCannot resolve c002 into IP address.",
        {("c001", "nxdomain"), ("c002", "nxdomain")},
    ),
    (  # Zabbix's front end, PHP's resolver error under its list of possible reasons
        'Connection to Zabbix server "zabbix-server-ff5664fbc-qrl5w" failed. Possible reasons:\n'
        '1. Incorrect server IP/DNS in the "zabbix.conf.php";\n2. Incorrect DNS server configuration.\n'
        "php_network_getaddresses: getaddrinfo failed: Name or service not known",
        {("zabbix-server-ff5664fbc-qrl5w", "nxdomain")},
    ),
    (  # a Nagios plugin's `-H` above its host-less resolver error
        "<pre>./check_nt -H in2008r2-01.box293.local -s password -p 12489 -v UPTIME\nName or service not known\n"
        "could not fetch information from server</pre>",
        {("in2008r2-01.box293.local", "nxdomain")},
    ),
    (  # ping in a shell's `-c` script run in a container
        "docker run -it debian:7.7 bash -c 'ping http.debian.net'\nping: unknown host",
        {("http.debian.net", "nxdomain")},
    ),
    (  # smokeping_prober: the wrapper's noun before Go's own look-up is no name
        'level=ERROR msg="Unable to create ping" err="failed to resolve pinger: lookup true on 10.89.0.1:53: no such '
        'host"',
        {("true", "nxdomain")},
    ),
    (  # ossec-maild's gethostbyname failure
        "2020/07/09 01:02:29 ossec-maild: ERROR: DNS failure for smtp.corp.local",
        {("smtp.corp.local", "other")},
    ),
    (  # cert-manager's (lego's) zone look-up: the challenge name queried, not the `dnsName` field after it
        '"error"="Could not determine the zone for \\"_acme-challenge.app.example.org.\\": Unexpected response code '
        '\'SERVFAIL\' for _acme-challenge.app.example.org." "dnsName"="app.example.org"',
        {("_acme-challenge.app.example.org", "servfail")},
    ),
    (  # resolvectl's retries all unanswered: labelled like c-ares' `Could not contact DNS servers`
        "$ resolvectl query ghcr.io\n"
        "ghcr.io: resolve call failed: All attempts to contact name servers or networks failed",
        {("ghcr.io", "other")},
    ),
    (  # a verb with a reason after the name that no kind names: `other`, not the bare verb's reading
        'level=error msg="Error refreshing DNS targets: could not resolve node.backends.sysmon.local: no server '
        'responded" source="dns.go:116"',
        {("node.backends.sysmon.local", "other")},
    ),
]

STAND_INS = [
    (  # the reporter says the name in backticks is the redacted one
        'WebSocket connection failed err="dial tcp: lookup beszel.acme.foo: no such host"\n'
        "> in the text below, `beszel.acme.foo` is the redacted public DNS name of my hub",
        {("beszel.acme.foo", True)},
    ),
    (  # a redacted log output with an example.com name in it
        "Here's a (redacted) log output from one of the pods:\n"
        "[ERROR] plugin/errors: 2 oauth-openshift.apps.example.com. A: read udp 10.1.2.3:47080->10.0.0.2:53: i/o "
        "timeout",
        {("oauth-openshift.apps.example.com", True)},
    ),
    (  # `h is the real name` says the opposite
        "curl: (6) Could not resolve host: api.acme.io\napi.acme.io is the real name of our API",
        {("api.acme.io", False)},
    ),
]

LOOKALIKES = [
    # coursier's dependency resolution: the artifact's download timed out connecting
    "\tError in fail: Error while fetching artifact with coursier: Resolution error: Error downloading "
    "org.jboss.weld:weld-api-parent:1.0\n  download error: Caught java.net.ConnectException: Operation timed out "
    "(Connection timed out) while downloading https://repo1.maven.org/maven2/org/jboss/weld/weld-api-parent-1.0.pom",
    # Check_MK's agent refused on an address, and a Zabbix front end whose server refused the connection
    "Host 'controller': Cannot get data from TCP port 10.141.255.254:6556: [Errno 111] Connection refused",
    'Connection to Zabbix server "zabbix-server" failed. Possible reasons:\n1. Incorrect server IP/DNS\n'
    "stream_socket_client(): unable to connect to tcp://zabbix-server:10051 (Connection refused)",
    # a Nagios plugin whose name resolved: its connection was refused
    "./check_http -H www.example.org -p 8080\nConnection refused\nHTTP CRITICAL - Unable to open TCP socket",
]


test_each_format_is_read = reads(ROUND, None)


@pytest.mark.parametrize(("text", "want"), STAND_INS)
def test_what_the_reporter_says_of_the_name(text: str, want: set[tuple[str, bool]]) -> None:
    assert {(f.host, f.redacted) for f in parse_failures(text)} == want


test_lookalikes_name_no_failure = reads_nothing(LOOKALIKES, None)


def test_every_rule_of_the_module_fires() -> None:
    assert unfired(monitoring_daemons.RULES, [text for text, _ in ROUND]) == set()


def test_an_rcode_that_answers_is_no_failure() -> None:
    assert parse_failures("Unexpected response code 'NOERROR' for _acme-challenge.app.example.org.") == []


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "Cannot resolve c001 into IP address. ",
        'Connection to Zabbix server "z" failed. ',
        "bash -c 'ping a.b ",
        "./check_nt -H a.b -s x ",
    ]
)
