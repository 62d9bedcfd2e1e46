"""Formats from held-out IL-IS's misses (issue #17, session 59; spent data: the sets were measured before these rules
were written): each case names the program and the format, with look-alikes that must stay no failure; and the
hostile shapes a review built in session 58 (long lines of words ending in a host-less reason)."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from checks.parsing.rules import integration_texts
from tests.unit.parsing.rounds import flags, reads, reads_nothing, unfired
from tests.unit.parsing.speed import GUARD, best_of, megabyte_of

ROUND: list[tuple[str, set[tuple[str, str]]]] = [
    (  # Kerberos.NET: no SRV record for the realm's KDC
        "System.AggregateException: One or more errors occurred. (Cannot locate SRV record for CORP.EXAMPLE.NET)\n"
        " ---> Kerberos.NET.Transport.KerberosTransportException: Cannot locate SRV record for CORP.EXAMPLE.NET",
        {("corp.example.net", "other")},
    ),
    (  # trippy: its resolver's error in parentheses
        "Error: failed to resolve target: trace.example.org (DNS lookup failed)",
        {("trace.example.org", "other")},
    ),
    (  # a shell script's error trap around getent's status 2 (key not found)
        "[ERROR] in line 76: exit code 2: while executing command RESOLVEDIP=$(getent hosts mirror.example.com | awk "
        "'{ print $1 }')",
        {("mirror.example.com", "other")},
    ),
    (  # the AL language extension's log: the name on the line it sent the request, WinSock's text below
        "[2020-11-14 18:16:16.74] Sending request to bc-dev.example.com\n"
        "[2020-11-14 18:16:16.95] Error: No such host is known.",
        {("bc-dev.example.com", "nxdomain")},
    ),
]

LOOKALIKES = [
    # trippy's target that is no look-up's (a path, an interface)
    "Error: failed to resolve target: main (no such branch)",
    # the script's trap around another command's status 2, and getent's status 0
    "[ERROR] in line 12: exit code 2: while executing command grep -q foo /etc/hosts",
    "[ERROR] in line 30: exit code 1: while executing command RESOLVEDIP=$(getent hosts github.com | awk '{print $1}')",
    # a request sent to a name that answered
    "Sending request to api.example.com\nResponse 200 OK",
    # Kerberos.NET's other errors
    "KDC KRB_ERR_RESPONSE_TOO_BIG: Response too big for UDP; retry with TCP",
]

STAND_INS: list[tuple[str, set[tuple[str, str, bool]]]] = [
    (  # Consul's `<name>.service.consul`, the slot's word typed in
        "lookup name.service.consul on 8.8.8.8:53: no such host",
        {("name.service.consul", "nxdomain", True)},
    ),
    (  # `my` + what it is + `address`, run together
        "getaddrinfo ENOTFOUND mydyndnsaddress mydyndnsaddress:5005",
        {("mydyndnsaddress", "nxdomain", True)},
    ),
    (  # AWS's account-id slot in capitals in an ECR registry's name
        "Get https://ACCOUNTID.dkr.ecr.us-east-1.amazonaws.com/v2/: dial tcp: lookup "
        "ACCOUNTID.dkr.ecr.us-east-1.amazonaws.com on 172.19.0.4:53: read udp 10.254.0.46:58589->172.19.0.4:53: "
        "i/o timeout",
        {("accountid.dkr.ecr.us-east-1.amazonaws.com", "timeout", True)},
    ),
    (  # the reporter says the names were changed to documentation ones
        "Obviously I carefully changed the domain names to documentory values.\n"
        "fatal: unable to access 'https://git.example.org/lks/addons/': Could not resolve host: git.example.org",
        {("git.example.org", "nxdomain", True)},
    ),
    (  # a real name beside those words stays real: a service called `name` elsewhere, `myaddress` too short a middle
        "lookup name.default.svc.cluster.local on 10.96.0.10:53: no such host\ngetaddrinfo ENOTFOUND myaddress",
        {("name.default.svc.cluster.local", "nxdomain", False), ("myaddress", "nxdomain", False)},
    ),
]

# false names session 58's review found (pre-existing): a script's position, Go's `lookup` with the name cut out, a
# cloud region's code; and the URL PowerShell echoes under the error it printed
REVIEW_58: list[tuple[str, set[tuple[str, str]]]] = [
    ("Resolve-DnsName : No such host is known. At line:1 char:1", set()),
    ("dial tcp: lookup on: no such host", set()),
    ("failed to connect for tenant team-a in region eu-west-1: Name or service not known", set()),
    (
        "Invoke-WebRequest : No such host is known.\nAt line:1 char:1\n"
        "+ Invoke-WebRequest -Uri https://api.example.com/x -OutFile y",
        {("api.example.com", "nxdomain")},
    ),
    (  # a name with a port beside the position still reads
        "Error: No such host is known. (db.example.com:5432) at line:12",
        {("db.example.com", "nxdomain")},
    ),
]

# phrasings probed in session 59 (not from any set): a record of a DNS type not found or fetched, a record type's
# look-up that failed, Windows' `DNS name h does not exist`, a host named by its role after `resolve`
PROBES: list[tuple[str, set[tuple[str, str]]]] = [
    ("Cannot locate A record for db.internal.example", {("db.internal.example", "other")}),
    ("Unable to locate DNS record for api.corp.example", {("api.corp.example", "other")}),
    ("Could not find SRV record for _ldap._tcp.corp.example", {("_ldap._tcp.corp.example", "other")}),
    ("failed to get A records for api.stripe.com: i/o timeout", {("api.stripe.com", "timeout")}),
    (
        "SRV lookup for _etcd-server-ssl._tcp.cluster.local failed: no records",
        {("_etcd-server-ssl._tcp.cluster.local", "other")},
    ),
    ("DNS name 'sentry.internal' does not exist", {("sentry.internal", "nxdomain")}),
    ("The DNS name jaeger-collector.tracing could not be found", {("jaeger-collector.tracing", "nxdomain")}),
    ("Unable to resolve the target host keycloak.auth.svc", {("keycloak.auth.svc", "other")}),
]
PROBE_LOOKALIKES = [
    "could not find A record for host: please add one to the zone",
    "Cannot locate the DNS entry for this service in the UI",
    "failed to get DNS records for the domain from the API (403 Forbidden)",
    "Unable to resolve the target host's certificate chain",
    "unable to resolve the remote host key for bastion: Host key verification failed",
    "DNS name change does not exist in this version",
    "A lookup for the user failed",
    "SRV query for the config failed because the file is missing",
    "Could not find DNS record for id 12345 in Cloudflare",
    "failed to fetch TXT record for verification token abc123",
    "The DNS name you entered could not be found in the list",
]

test_each_format_is_read = reads(ROUND)
test_each_probed_phrasing_is_read = reads(PROBES, "probe")
test_probed_lookalikes_name_no_failure = reads_nothing(PROBE_LOOKALIKES, "probe-lookalike")
test_what_the_review_of_session_58_found_reads_right = reads(REVIEW_58, "review58")
test_lookalikes_name_no_failure = reads_nothing(LOOKALIKES)
test_stand_ins_are_flagged = flags(STAND_INS)


def test_every_rule_of_the_round_fires() -> None:
    assert unfired(integration_texts.RULES, [text for text, _ in ROUND]) == set()


@pytest.mark.parametrize(
    "piece",
    [
        "Cannot locate SRV record for a.b ",
        "Cannot locate SRV record for " + "a" * 253 + " ",
        "failed to resolve target: a (DNS lookup failed) ",
        "failed to resolve target: a (" + "dns " * 40,
        "exit code 2: while executing command getent hosts a.b ",
        "exit code 2: while executing command " + "x " * 60,
        "Sending request to a\n",
    ],
)
def test_a_hostile_megabyte_of_these_formats_parses_quickly(piece: str) -> None:
    text = megabyte_of(piece)
    assert best_of(3, lambda: parse_failures(text)) < GUARD


_WORDS = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor "


def _lines_of_words(reason: str, stamped: bool) -> str:
    """A megabyte of distinct 1.6 kB lines, each words and then a host-less reason (a review's shape, session 58)."""
    lines: list[str] = []
    size = 0
    while size < 1_000_000:
        n = len(lines)
        lead = f"2024-05-01T12:{n % 60:02d}:{n % 57:02d}Z " if stamped else f"{n} "
        lines.append(lead + _WORDS * 20 + reason)
        size += len(lines[-1]) + 1
    return "\n".join(lines)


@pytest.mark.parametrize("stamped", [False, True], ids=["numbered", "stamped"])
@pytest.mark.parametrize(
    "reason",
    [
        "The server name or address could not be resolved",  # WinHTTP: host-first rules tried over whole lines
        "could not resolve host",
        "No such host is known",  # WinSock: PowerShell's target searched over nine lines around each
        "connection timed out; no servers could be reached",  # dig: its command looked for twice a line
        "UnknownHostException",  # a rule whose match has no bound on its length (`\\s*$`)
        "Could not resolve hostname",
        "Name or service not known",
        "no such host",
    ],
)
def test_a_megabyte_of_long_lines_of_words_ending_in_a_reason_parses_quickly(reason: str, stamped: bool) -> None:
    text = _lines_of_words(reason, stamped)
    assert parse_failures(text) == []
    assert best_of(3, lambda: parse_failures(text)) < GUARD
