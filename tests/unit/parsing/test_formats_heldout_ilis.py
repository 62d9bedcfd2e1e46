"""Formats from held-out IL-IS's misses (issue #17, session 59; spent data: the sets were measured before these rules
were written): each case names the program and the format, with look-alikes that must stay no failure; and the
hostile shapes a review built in session 58 (long lines of words ending in a host-less reason)."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from checks.parsing.rules import integration_texts
from tests.unit.parsing.rounds import flags, reads, reads_nothing, unfired
from tests.unit.parsing.speed import GUARD, best_of, parses_quickly

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

# what the review of this round found: prose after Kerberos.NET's words, tool errors trippy's wording shares, commands
# that only mention getent, a service's name after `Sending request to`, a configuration's change said in prose
REVIEW: list[tuple[str, set[tuple[str, str]]]] = [
    ("Cannot locate SRV record for the realm. Please configure a KDC.", set()),
    ("Cannot locate SRV record for null", set()),
    (
        "Cannot locate UDP SRV record for _kerberos._udp.CORP.EXAMPLE.COM",
        {("_kerberos._udp.corp.example.com", "other")},
    ),
    ("Cannot locate a KDC Proxy endpoint for corp.example.com", {("corp.example.com", "other")}),
    ("Error: failed to resolve target: main (no such branch named main)", set()),
    ("failed to resolve target: aarch64-unknown-linux-gnu (target name not found in rustup)", set()),
    (
        '[ERROR] in line 3: exit code 2: while executing command grep -q "getent hosts mirror.example.com" /etc/list',
        set(),
    ),
    (
        "[ERROR] in line 3: exit code 2: while executing command diff <(getent hosts a.example.com) <(getent hosts b)",
        set(),
    ),
    ('[ERROR] in line 3: exit code 2: while executing command getent hosts "$MIRROR_HOST"', set()),
    ("[ERROR] in line 3: exit code 2: while executing command getent hosts mirror.example.com:443", set()),
    (
        '[ERROR] in line 3: exit code 2: while executing command getent hosts "mirror.example.com"',
        {("mirror.example.com", "other")},
    ),
    (
        "subprocess.CalledProcessError: Command 'getent hosts db.internal' returned non-zero exit status 2.",
        {("db.internal", "other")},
    ),
    ("[info] Sending request to OpenAI\n[error] getaddrinfo failed: Name or service not known", set()),
    ("Sending request to backend\nError: No such host is known.", set()),
    (
        "[2020-11-14 18:16:16.74] Sending GET request to 'bc.example.com' (attempt 1/3)\n"
        "[2020-11-14 18:16:16.95] Error: No such host is known.",
        {("bc.example.com", "nxdomain")},
    ),
    (  # nginx's line wrapped before its errno: one reading, the errno's (it read `nxdomain` as well)
        "2024/01/02 [error] 7#7: *1 upstream.internal could not be resolved\n(110: Operation timed out), client: x",
        {("upstream.internal", "timeout")},
    ),
]
# the second review: a bare statement wrapped before a reason in parentheses is still read when nginx's words are not
# its; getent under sudo or timeout, after `command:`, in Python's list form; trippy's reason not a git ref's; a
# protocol's name after `record for`
REVIEW_2: list[tuple[str, set[tuple[str, str]]]] = [
    ("Error: db.internal cannot be resolved\n(3: Host not found)", {("db.internal", "nxdomain")}),
    (
        "[ERROR] in line 3: exit status 2 while executing command sudo getent hosts registry.corp.local",
        {("registry.corp.local", "other")},
    ),
    (
        "[ERROR] in line 3: exit code 2: while executing command timeout 5 getent hosts registry.corp.local",
        {("registry.corp.local", "other")},
    ),
    (
        "[ERROR] exit code 2 while executing command: getent hosts registry.corp.local",
        {("registry.corp.local", "other")},
    ),
    (
        "subprocess.CalledProcessError: Command '['getent', 'hosts', 'db.internal']' returned non-zero exit status 2.",
        {("db.internal", "other")},
    ),
    ("Error: failed to resolve target: main (unable to resolve reference refs/heads/main)", set()),
    ("failed to resolve target: v1.2.3 (could not resolve tag v1.2.3)", set()),
    ("Cannot locate SRV record for LDAP.", set()),
]
test_what_the_second_review_found_reads_right = reads(REVIEW_2, "review2")

REVIEW_STAND_INS: list[tuple[str, set[tuple[str, str, bool]]]] = [
    ("getaddrinfo ENOTFOUND myhomeaddress.duckdns.org", {("myhomeaddress.duckdns.org", "nxdomain", True)}),
    (
        "dial tcp: lookup aws_account_id.dkr.ecr.us-east-1.amazonaws.com: no such host",
        {("aws_account_id.dkr.ecr.us-east-1.amazonaws.com", "nxdomain", True)},
    ),
    (
        "I changed the hostnames to the new ones and it still fails: getaddrinfo ENOTFOUND db.example.com",
        {("db.example.com", "nxdomain", False)},
    ),
    ("getaddrinfo ENOTFOUND myemailaddress.net", {("myemailaddress.net", "nxdomain", False)}),
    (
        "lookup name.svc.cluster.local on 10.96.0.10:53: no such host",
        {("name.svc.cluster.local", "nxdomain", False)},
    ),
    (
        "dial tcp: lookup ACCOUNT-ID.dkr.ecr.us-east-1.amazonaws.com: no such host",
        {("account-id.dkr.ecr.us-east-1.amazonaws.com", "nxdomain", True)},
    ),
]

test_each_format_is_read = reads(ROUND)
test_what_the_review_found_reads_right = reads(REVIEW, "review")
test_what_the_review_found_is_flagged_right = flags(REVIEW_STAND_INS, "review-stand-in")
test_each_probed_phrasing_is_read = reads(PROBES, "probe")
test_probed_lookalikes_name_no_failure = reads_nothing(PROBE_LOOKALIKES, "probe-lookalike")
test_what_the_review_of_session_58_found_reads_right = reads(REVIEW_58, "review58")
test_lookalikes_name_no_failure = reads_nothing(LOOKALIKES)
test_stand_ins_are_flagged = flags(STAND_INS)


def test_every_rule_of_the_round_fires() -> None:
    assert unfired(integration_texts.RULES, [text for text, _ in ROUND]) == set()


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "Cannot locate SRV record for a.b ",
        "Cannot locate SRV record for " + "a" * 253 + " ",
        "failed to resolve target: a (DNS lookup failed) ",
        "failed to resolve target: a (" + "dns " * 40,
        "exit code 2: while executing command getent hosts a.b ",
        "exit code 2: while executing command " + "x " * 60,
        "Sending request to a\n",
    ]
)


_WORDS = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor "


def _lines_of_words(reason: str, stamped: bool) -> str:
    """A megabyte of distinct 1.6 kB lines, each words and then a host-less reason (a review's shape, session 58)."""
    lines: list[str] = []
    size = 0
    while size < 1_000_000:
        n = len(lines)
        # (a request id after the stamp: lines that differ only by their time stamp are read as one repeated; review)
        lead = f"2024-05-01T12:{n % 60:02d}:{n % 57:02d}Z req={n:06x} " if stamped else f"{n} "
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


_PAD = "lorem ipsum dolor sit amet " * 45


def test_long_placeholder_runs_read_as_they_did() -> None:
    """A review: windows that assumed a name of at most 301 characters read a cut piece of a longer placeholder run as
    a name, and missed a name whose match began further back; such runs read as they did before the windows."""
    assert parse_failures(_PAD + "Temporary failure resolving " + ("{" + "a" * 60 + "}") * 5) == []
    apt = _PAD + "Err:1 http://archive.ubuntu.com/ubuntu focal InRelease Temporary failure resolving '"
    found = parse_failures(apt + ("${" + "A" * 59 + "}") * 5 + "'")
    assert [(f.host, f.kind, f.port) for f in found] == [("archive.ubuntu.com", "temporary", 80)]


def test_dig_output_on_one_long_line_reads_each_error_in_its_own_window() -> None:
    """A review: on a line over 4,000 characters segments overlap, and the name dig asked for is looked up per window
    (a memo keyed by the error's offset alone gave the second window the first one's answer)."""
    line = list("." * 4037)
    for at, piece in (
        (649, "** server can't find h309.example.org: NXDOMAIN"),
        (2032, "** server can't find h678.example.org: NXDOMAIN"),
        (2900, ";; ->>HEADER<<- opcode: QUERY, status: SERVFAIL, id: 1"),
        (3285, ";; ->>HEADER<<- opcode: QUERY, status: SERVFAIL, id: 1"),
        (3645, "; <<>> DiG 9.18.1 <<>> h429.example.org"),
    ):
        block = " | " + piece + " | "
        line[at - 3 : at - 3 + len(block)] = block
    found = {(f.host, f.kind) for f in parse_failures("".join(line)[:4037])}
    assert ("h429.example.org", "servfail") in found


def test_plain_text_is_text_where_a_name_is_a_short_run() -> None:
    from checks.parsing.rules.base import plain_text

    assert plain_text("lorem ipsum db-1.internal could not be resolved")
    assert not plain_text("lorem <node a> could not be resolved")  # a placeholder piece may hold blanks
    assert not plain_text("x ${" + "A" * 59 + "} could not be resolved")
    assert not plain_text("x " + "a" * 300 + " could not be resolved")  # longer than a name: no bound assumed
    assert plain_text("x " + "a" * 299 + " could not be resolved")


_KW = "the host name address lookup resolve server resolved resolving hostname nameserver addresses lookups resolver "
_MIX = "host name lookup db01:5432 host=db01 resolve https://x.io server: addr ENOTFOUND getaddrinfo "
_KW2 = "resolve the hostname of the server address before the lookup of its name and then resolving again "


@pytest.mark.parametrize(
    ("fill", "reason"),
    [
        (_KW, "could not be resolved (3: Host not found)"),
        (_MIX, "failed to lookup address information: Name or service not known"),
        (_KW, "The server name or address could not be resolved"),
        (_MIX, "No such host is known"),
        (_KW2, "No such host is known"),
    ],
    ids=["kw-nginx", "mix-rust", "kw-winhttp", "mix-winsock", "kw2-winsock"],
)
def test_a_megabyte_of_lines_dense_with_the_rules_words_parses_quickly(fill: str, reason: str) -> None:
    """The review's shapes: twenty rules start on every 1.6 kB line and their windows cover it whole, 0.4-0.8 s, over
    the goal (a paste budget that brought them to about 0.2 s lost real JSON logs' late names: dropped);
    FRUITLESS_SEGMENTS stops the rules, and the answer says the paste was read in part.

    These shapes are known to miss the goal (their figures are printed against it); on this machine they take 0.5-1.2 s
    as its speed varies (session 66: 1.1-1.2 s idle at 974c50f and after, 0.9 s hours before), so GUARD alone made the
    verdict hang on the machine's speed: twice GUARD here, still far below what a reading that is not linear takes."""
    text = "\n".join(
        f"2024-05-01T12:{n % 60:02d}:{n % 57:02d}Z req={n:06x} " + (fill * 20)[:1600] + reason for n in range(600)
    )
    assert parse_failures(text).partial
    assert best_of(3, lambda: parse_failures(text)) < 2 * GUARD


def test_a_megabyte_log_of_errors_names_every_service() -> None:
    """A real log's megabyte (8,000 lines of Java's UnknownHostException for 50 services): every name is read."""
    log = "\n".join(
        f"2024-05-01 10:00:{i % 60:02d} ERROR c.e.Svc - call failed: java.net.UnknownHostException: "
        f"svc-{i % 50}.ns.svc.cluster.local: Name or service not known"
        for i in range(8000)
    )
    assert len({f.host for f in parse_failures(log)}) == 50


def test_json_log_lines_that_start_rules_they_lack_the_words_of_are_read_to_the_end() -> None:
    """The second review: an OpenTelemetry collector's 412-character lines start 22 rules (`ping` in `Dropping`) of
    which 8 hold their needed words; a paste budget charged for all 22 lost the last line's name (dropped)."""

    def line(i: int, host: str) -> str:
        return (
            f"2024-05-01T10:{i // 60 % 60:02d}:{i % 60:02d}.{i % 1000:03d}Z\terror\t"
            "exporterhelper/queued_retry.go:391\t"
            "Exporting failed. The error is not retryable. Dropping data.\t"
            '{"kind": "exporter", "data_type": "traces", "name": "otlp", "error": "Permanent error: rpc error: code = '
            'Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial tcp: lookup '
            f'{host} on 10.96.0.10:53: no such host\\"", "dropped_items": {i % 512 + 1}}}'
        )

    log = "\n".join(line(i, "otel-gateway.observability.svc") for i in range(350))
    found = parse_failures(log + "\n" + line(350, "tempo-distributor.tracing.svc"))
    assert {f.host for f in found} == {"otel-gateway.observability.svc", "tempo-distributor.tracing.svc"}
