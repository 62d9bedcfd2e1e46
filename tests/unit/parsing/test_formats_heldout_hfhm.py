"""Formats from held-out HF-HM's misses (issue #17, session 55; spent data: the sets were measured before these rules
were written): each test names the program and the format, with look-alikes that must stay no failure."""

from __future__ import annotations

from checks.parsing import parse_failures
from checks.parsing.normalize import normalize
from checks.parsing.rules import client_and_check_texts
from checks.parsing.terminal_wraps import unpad_terminal_rows
from tests.unit.parsing.rounds import found, reads, reads_nothing, unfired
from tests.unit.parsing.speed import parses_quickly


def _padded_rows(record: str, width: int) -> str:
    """`record` as a terminal `width` columns wide showed it, its rows pasted as one line, each padded to the width."""
    rows = [record[i : i + width] for i in range(0, len(record), width)]
    return "".join(row.ljust(width) for row in rows[:-1]) + rows[-1]


_DIUN = (
    'diun  | Thu, 13 Mar 2025 13:09:34 EDT WRN Cannot get remote manifest error="cannot get image digest from HEAD '
    'request: Get \\"https://ghcr.io/token?scope=repository%3Alinuxserver%2Fmariadb%3Apull&service=ghcr.io\\": dial '
    'tcp: lookup ghcr.io on 127.0.0.11:53: read udp 127.0.0.1:51151->127.0.0.11:53: i/o timeout" image=lscr.io/x:1'
)

ROUND: list[tuple[str, set[tuple[str, str]]]] = [
    (  # Varnish's VCL compiler: a backend's `.host`
        "Error:\nMessage from VCC-compiler:\nDNS lookup(api): Try again\n('/etc/varnish/default.vcl' Line 21 Pos 3)",
        {("api", "temporary")},
    ),
    (  # hitch: the backend setting names the name its getaddrinfo tag does not
        'configuring backend="[varnish]:8443" exits hitch with following error:\n'
        "hitch_1      | 20210818T221921.192188 [    1] {getaddrinfo-backend}: Name or service not known.",
        {("varnish", "nxdomain")},
    ),
    (  # a Rust anyhow chain's numbered causes
        "Failed to acquire connection\n\nCaused by:\n0. Failed to query DNS\n1. DNS error for test.internal.lan\n"
        "2. failed to lookup address information",
        {("test.internal.lan", "other")},
    ),
    (
        "Error: request failed\n\nCaused by:\n    0. DNS error for api.acme.internal\n"
        "    1. failed to lookup address information: Name or service not known",
        {("api.acme.internal", "nxdomain")},
    ),
    (  # Oracle's cluvfy
        'PRVG-10048 : Name "racnode1" was not resolved to an address of the\n'
        '            specified type by name servers o"127.0.0.11"',
        {("racnode1", "nxdomain")},
    ),
    (  # the MongoDB Java driver: the wrapped UnknownHostException's message
        "com.mongodb.MongoSocketException: carts-db: Try again\n"
        "\tat com.mongodb.ServerAddress.getSocketAddress(ServerAddress.java:188) ~[mongodb-driver-core-3.2.2.jar!/:na]",
        {("carts-db", "temporary")},
    ),
    (  # fasthttp under vmagent
        "2020-05-09T19:02:38.743Z\terror\tVictoriaMetrics/app/vmagent/remotewrite/client.go:257\tcouldn't send a block "
        'with size 232 bytes to "https://victoriametrics.my.domain:8428/api/v1/write": couldn\'t find DNS entries for '
        "the given domain. Try using DialDualStack; re-sending the block in 60.000 seconds",
        {("victoriametrics.my.domain", "nxdomain")},
    ),
    (  # the Datadog Agent's DNS check over dnspython's exception
        "+Error: (dns_check.py:99) | DNS resolution of localhost has failed.\n"
        "  +Traceback (most recent call last):\n"
        '  +  File "/opt/datadog-agent/.../dns_check.py", line 89, in _check\n'
        "  +    answer = resolver.query(hostname, rdtype=record_type)\n"
        "  +    raise NXDOMAIN\n  +NXDOMAIN",
        {("localhost", "nxdomain")},
    ),
    (
        "Error: (dns_check.py:99) | DNS resolution of db.internal.example has failed.",
        {("db.internal.example", "other")},
    ),
    (  # Home Assistant's ESPHome integration
        "Can't connect to ESPHome API for living-room (living-room.lan): Error resolving IP address: "
        "[Errno -2] Name or service not known",
        {("living-room.lan", "nxdomain")},
    ),
    (  # drill under its command
        "(unshare)# drill google.com @10.0.2.3\n"
        "Error: error sending query: Could not send or receive, because of network error",
        {("google.com", "other")},
    ),
    (  # an older cilium-cli: `waiting lookup for`, the last error a deadline
        "connectivity test failed: timeout reached waiting lookup for localhost from pod cilium-test/client2-76f4d7c5"
        "bc-ssxp7 to server on pod cilium-test/echo-other-node-545c9b778b-btrlh to succeed (last error: context "
        "deadline exceeded)",
        {("localhost", "timeout")},
    ),
    (  # ECS: Go's look-up cut inside its server's address
        'RedisserverService TaskFailedToStart: CannotPullContainerError: failed to resolve ref "docker.io/docker/ecs-'
        'searchdomain-sidecar:1.0": failed to do request: Head https://registry-1.docker.io/v2/docker/ecs-searchdomain-'
        "sidecar/manifests/1.0: dial tcp: lookup registry-1.docker.io on 172.31.0...",
        {("registry-1.docker.io", "other")},
    ),
    (  # efs-utils under ECS, the name cut at the line's end
        "ResourceInitializationError: failed to invoke EFS utils commands to set up EFS volumes: stderr: Failed to "
        'resolve "fs-0867a83d8ed398433.efs.',
        {("fs-0867a83d8ed398433.efs", "nxdomain")},
    ),
    (  # the AWS SDK for JavaScript, its quotes lost
        "I get this error:\n```Inaccessible host: cemx-local-app.172.17.0.1```",
        {("cemx-local-app.172.17.0.1", "nxdomain")},
    ),
    (  # a terminal's rows pasted as one line, each padded to its width
        _padded_rows(_DIUN, 120),
        {("ghcr.io", "timeout")},
    ),
    (  # apt's lines cut at 104 columns, inside a word and at a space
        "W: Failed to fetch http://ppa.launchpad.net/apt-fast/stable/ubuntu/dists/bionic/InRelease  Could not res\n"
        "olve 'ppa.launchpad.net'\n"
        "W: Failed to fetch http://ppa.launchpad.net/ubuntu-toolchain-r/test/ubuntu/dists/bionic/InRelease  Could\n"
        " not resolve 'ppa.launchpad.net'\n"
        "W: Some index files failed to download. They have been ignored, or old ones used instead.",
        {("ppa.launchpad.net", "nxdomain")},
    ),
]

LOOKALIKES: list[str] = [
    # GitHub Actions' runner: an action's repository, not a host
    "Getting action download info\nError: Unable to resolve actions. Repository not found : "
    "chinthakagodawita/autoupdate-action.",
    # hitch with no backend setting in sight: its tag is no name
    "hitch_1 | 20210818T221921.192188 [    1] {getaddrinfo-backend}: Name or service not known.",
    # a Rust chain whose next cause is no DNS reason, and one with no next cause
    "Caused by:\n1. DNS error for api.acme.internal\n2. permission denied",
    "Caused by:\n1. DNS error for api.acme.internal",
    # the MongoDB Java driver refused by the address the name resolved to
    "com.mongodb.MongoSocketException: Connection refused (Connection refused)",
    # drill with no command above it
    "Error: error sending query: Could not send or receive, because of network error",
    # a table with wide columns is no padded terminal
    "NAME"
    + " " * 40
    + "READY"
    + " " * 30
    + "STATUS\ncoredns-5d78c9869d-abcde"
    + " " * 20
    + "1/1"
    + " " * 32
    + "Running",
]


# What a review of the session's change found (each was read wrong by it before the fix)
REVIEW_NO_FAILURE: list[str] = [
    # a server that answered (credentials, an HTTP status) above a bare gaierror
    "ERROR: Authentication failed for server 'git.example.com' (HTTP 401)\nRetrying with the mirror...\n"
    "socket.gaierror: [Errno -2] Name or service not known",
    # a resolver exception under frames whose literals are no resolver's call, or with no traceback at all
    'Traceback (most recent call last):\n  File "/app/sync.py", line 9, in main\n'
    '    rows = db.query("users")\n  File "/app/mx.py", line 4, in mx\n'
    '    return dns.resolver.resolve(domain, "MX")\n'
    "dns.resolver.LifetimeTimeout: The resolution lifetime expired after 5.003 seconds: Server 10.0.0.2 answered "
    "The DNS operation timed out.",
    '    print(resolve("cache.example.com"))   # worked: 10.0.0.7\nOutput of the second script:\n'
    "Timeout: The DNS operation timed out",
    # resolvectl's words without its command
    "alice: Name 'alice' not found",
]


test_what_the_review_found_names_no_failure = reads_nothing(REVIEW_NO_FAILURE, "review")


def test_what_the_review_found_reads_right() -> None:
    # a commented-out backend is not hitch's; anyhow's `N: cause` list; a Datadog line under a later `Timeout:`
    assert found(
        'backend = "[new.example.com]:8443"\n#backend = "[old.example.com]:8443"\n'
        "{getaddrinfo-backend}: Name or service not known"
    ) == {("new.example.com", "nxdomain")}
    assert found(
        "Error: failed to fetch manifest\n\nCaused by:\n    0: DNS error for api.example.com\n"
        "    1: failed to lookup address information: Temporary failure in name resolution"
    ) == {("api.example.com", "temporary")}
    assert found(
        "DNS resolution of api.example.com has failed.\nok\nok2\nTimeout: 30s reached waiting for the pod"
    ) == {("api.example.com", "other")}


def test_logs_of_long_or_many_lines_are_read_whole() -> None:
    """The look-around and token budgets leave a real log whole (a review: 160 lines of ~27 tokens each, and 120
    lines of 1.2 kB each above a host-less gaierror, were read in part)."""
    tokens = "\n".join(
        f"2026-12-06T09:00:{i % 60:02d}.123Z WARN [pool-3-thread-{i}] com.example.sync.UpstreamClient sync job {i} "
        f"for tenant acme region eu-west-1 retry 3 of 5 failed to call https://api{i}.example.com/v2/sync: Temporary "
        "failure in name resolution"
        for i in range(160)
    )
    read = parse_failures(tokens)
    assert len(read) == 160 and not read.partial
    above = "\n".join(
        f"2026-12-06 09:00:{i % 60:02d} INFO fetching https://api-{i}.example.com/v1/items?{'q=1&' * 300}\n"
        f"2026-12-06 09:00:{i % 60:02d} ERROR socket.gaierror: [Errno -3] Temporary failure in name resolution"
        for i in range(120)
    )
    read = parse_failures(above)
    assert len(read) == 120 and not read.partial


test_each_format_is_read = reads(ROUND)
test_lookalikes_name_no_failure = reads_nothing(LOOKALIKES)


def test_every_rule_of_the_round_fires() -> None:
    assert unfired(client_and_check_texts.RULES, [text for text, _ in ROUND]) == set()


def test_padded_rows_are_joined_only_at_one_width() -> None:
    padded = _padded_rows(_DIUN, 120)
    assert unpad_terminal_rows(padded) == _DIUN
    assert "i/o timeout" in normalize(padded)
    # runs of blanks that do not end at multiples of one width stay
    uneven = "a" * 70 + " " * 30 + "b" * 50 + " " * 25 + "c" * 10
    assert unpad_terminal_rows(uneven) == uneven
    # one padded row alone is no terminal's rows
    single = "x" * 80 + " " * 40 + "tail"
    assert unpad_terminal_rows(single) == single


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "DNS lookup(a): Try again ",
        '{getaddrinfo-backend}: Name or service not known. backend="[a]:1" ',
        "1. DNS error for a.b\n2. x\n",
        'PRVG-10048 : Name "a" was not resolved to an address ',
        "MongoSocketException: a: Try again ",
        '"https://a.b/": couldn\'t find DNS entries for the given domain ',
        "DNS resolution of a.b has failed.\n",
        "Can't connect to ESPHome API for a (b.c): Error resolving IP address: ",
        "drill a.b\nError: error sending query: x\n",
        "x" * 59 + " " * 21,
    ]
)
