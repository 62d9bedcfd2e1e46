"""Formats held-out sets FJ to FQ read wrong when they were measured (issue #17, 2026-12-05, session 49; spent data):
each test names the program and the format, with look-alikes that must stay no failure."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from checks.parsing.normalize import normalize
from tests.unit.parsing.rounds import found, reads
from tests.unit.parsing.speed import parses_quickly

ROUND: list[tuple[str, set[tuple[str, str]]]] = [
    (  # the JDK's hosts-file name service (`-Djdk.net.hosts.file`): a name the file lacks
        "Caused by: java.net.UnknownHostException: Unable to resolve host build-7 in hosts file "
        "/home/ci/target/test-classes/hosts_file",
        {("build-7", "nxdomain")},
    ),
    (  # Java's exception retyped by a reporter, a space before the colon, in Markdown italics
        " *java.netUnknownHostException : ec2.eu-west-1.amazonaws.com*",
        {("ec2.eu-west-1.amazonaws.com", "nxdomain")},
    ),
    (  # Elasticsearch's nested causes: the exception's message in brackets
        '{"reason":"IndexShardSnapshotFailedException[[logs][3] Failed to perform snapshot]; nested: '
        "AmazonClientException[Unable to execute HTTP request: snap_bucket.s3.amazonaws.com]; nested: "
        'UnknownHostException[snap_bucket.s3.amazonaws.com]; ","status":"INTERNAL_SERVER_ERROR"}',
        {("snap_bucket.s3.amazonaws.com", "nxdomain")},
    ),
    (  # Go's look-up wrapped after the server's port, the addresses of `read udp` elided by the reporter
        'Get "https://charts.example.org/index.yaml": dial tcp: lookup charts.example.org on 127.0.0.53:53:\n'
        "  read udp ... i/o timeout",
        {("charts.example.org", "timeout")},
    ),
    (  # IPython's traceback: the client made above it names the host in a keyword argument
        "In [3]: producer = KafkaProducer(bootstrap_servers='kafka.queue.svc.cluster.local')\n"
        "---------------------------------------------------------------------------\n"
        "gaierror                                  Traceback (most recent call last)\n"
        "/usr/local/lib/python3.11/site-packages/kafka/conn.py in connect(self)\n"
        "    235                     socket.AF_UNSPEC,\n"
        "--> 236                     socket.SOCK_STREAM)\n"
        "\n"
        "gaierror: [Errno -2] Name or service not known",
        {("kafka.queue.svc.cluster.local", "nxdomain")},
    ),
    (  # IPython 8's traceback: `Cell In[n], line 1` and `File path:line, in func(...)` frames, `---->` marks
        "In [8]: r = redis.Redis(host='cache.shop.svc', port=6379); r.ping()\n"
        "---------------------------------------------------------------------------\n"
        "gaierror                                  Traceback (most recent call last)\n"
        "Cell In[8], line 1\n"
        "----> 1 r = redis.Redis(host='cache.shop.svc', port=6379); r.ping()\n"
        "\n"
        "File /usr/lib/python3.11/socket.py:962, in getaddrinfo(host, port, family, type, proto, flags)\n"
        "    961 addrlist = []\n"
        "--> 962 for res in _socket.getaddrinfo(host, port, family, type, proto, flags):\n"
        "\n"
        "gaierror: [Errno -3] Temporary failure in name resolution",
        {("cache.shop.svc", "temporary")},
    ),
    (  # Node's getaddrinfo failing with a system error, the AWS SDK's error object naming its hostname
        "{ [NetworkingError: getaddrinfo EIO]\n  message: 'getaddrinfo EIO',\n  code: 'NetworkingError',\n"
        "  errno: 'EIO',\n  syscall: 'getaddrinfo',\n  hostname: 'media-prod.s3-us-west-2.amazonaws.com',\n"
        "  retryable: true }",
        {("media-prod.s3-us-west-2.amazonaws.com", "other")},
    ),
    (  # PHP's dns_get_record(): TRY_AGAIN's warning, the name in the call of the command above
        "php -r \"var_dump(dns_get_record('api.example.net', DNS_A));\"\n\n"
        "Warning: dns_get_record(): A temporary server error occurred. in Command line code on line 1\nbool(false)",
        {("api.example.net", "temporary")},
    ),
    (  # and its other warnings, the call on the same line
        "PHP Warning:  dns_get_record('mx.example.org', DNS_MX): dns_get_record(): DNS Query failed in /srv/a.php",
        {("mx.example.org", "other")},
    ),
    (  # lego's zone search (Traefik, certmagic): the name the SOA was searched for, its last answer's rcode
        'presenting for challenge: could not determine zone for domain "_acme-challenge.www.example.org": could not '
        "find the start of authority for _acme-challenge.www.example.org.: NOERROR",
        {("_acme-challenge.www.example.org", "other")},
    ),
    (  # and the exchange's own error after it
        "cleaning up failed: cloudflare: could not find the start of authority for _acme-challenge.app.example.org.: "
        "read udp 10.0.0.4:53531->8.8.8.8:53: i/o timeout",
        {("_acme-challenge.app.example.org", "timeout")},
    ),
    (  # lego's old map of errors by name
        "Cannot obtain certificates map[a.example.org:Error presenting token: Failed to determine Route 53 hosted "
        "zone ID: Could not find the start of authority b.example.org:Error presenting token: Failed to determine "
        "Route 53 hosted zone ID: Could not find the start of authority]",
        {("a.example.org", "other"), ("b.example.org", "other")},
    ),
    (  # cert-manager's propagation check, the quotes escaped in its structured log
        'E1002 17:18:52.247205 1 sync.go:186] "error"="Could not determine authoritative nameservers for '
        '\\"_acme-challenge.shop.example.org.\\""',
        {("_acme-challenge.shop.example.org", "other")},
    ),
]

LOOKALIKES = [
    # aria2: an address given where a name goes (the download's URL above it resolved or was never looked up)
    "Exception: [AbstractCommand.cc:351] errorCode=1 URI=https://repo.example.org/archive/a.sh\n"
    "  -> [SocketCore.cc:437] errorCode=1 Failed to resolve the hostname 104.17.109.77, cause: System error",
    # pytest's source line: a format string's slot for the name, its arguments code
    '>               pytest.fail("Cannot resolve {}: {}".format(hostname, result.stderr))',
    # lego's zone search where the name server's own name did not resolve: the question was never asked
    # (rules/daemon_resolvers.py reads the server's name from it)
    "could not find the start of authority for '_acme-challenge.example.org.': DNS call error: dial udp: lookup "
    "NsBroken on 183.60.83.19:53: no such host",
    # italics around a single word: a stand-in stays as typed (not stripped to a name)
    'level=error msg="lookup *redacted* on 10.96.0.10:53: no such host"',
]


test_each_format_is_read = reads(ROUND, None)


def test_lookalikes_name_no_failure() -> None:
    assert parse_failures(LOOKALIKES[0]) == []
    assert parse_failures(LOOKALIKES[1]) == []
    assert {f.host for f in parse_failures(LOOKALIKES[2])} == {"nsbroken"}  # the server's own name, not the SOA's
    assert {(f.host, f.redacted) for f in parse_failures(LOOKALIKES[3])} == {("*redacted*", True)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (" *java.netUnknownHostException : h.example.org*", " java.netUnknownHostException : h.example.org"),
        ("*redacted*", "*redacted*"),  # a starred word alone: a stand-in, kept
        ("lookup *.svc.cluster.local and db-*", "lookup *.svc.cluster.local and db-*"),  # wildcards
        ("*** masked ***", "*** masked ***"),
    ],
)
def test_italics_around_a_line_of_words_are_dropped(text: str, want: str) -> None:
    assert normalize(text) == want


@pytest.mark.parametrize(
    ("name", "stand_in"),
    [("bucketname.localhost", True), ("mybucket.localstack", True), ("bucketname.svc.cluster.local", False)],
)
def test_an_s3_emulators_bucket_word_is_a_stand_in(name: str, stand_in: bool) -> None:
    # LABELS.md since held-out FM: `mybucket` / `bucketname` first in an S3 emulator's virtual host
    got = parse_failures(
        f"software.amazon.awssdk.core.exception.SdkClientException: Unable to execute HTTP request: {name}"
    )
    assert [(f.host, f.redacted) for f in got] == [(name, stand_in)]


def test_dns_get_record_warns_of_the_nearest_call_above() -> None:
    text = (
        "$mx = dns_get_record('mail.example.org', DNS_MX);\n"
        "$a = dns_get_record('api.example.org', DNS_A);\n"
        "Warning: dns_get_record(): A temporary server error occurred. in /srv/app/check.php on line 3"
    )
    assert found(text) == {("api.example.org", "temporary")}


def test_an_rcode_after_the_start_of_authority_says_the_kind() -> None:
    text = "could not find the start of authority for _acme-challenge.example.org.: SERVFAIL"
    assert found(text) == {("_acme-challenge.example.org", "servfail")}


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "x = Foo(a, b, ",  # a Python call's opening without its host keyword, over and over
        "In [1]: c = K(host",
        "gaierror    Traceback (most recent call last)\n--> 1 ",
        "Unable to resolve host a in hosts fil",
        "dns_get_record(): DNS Query faile",
        "could not find the start of authority for ",
        "a.b:Error presenting token: Could not find the start of authorit",
        "*a b* ",
    ],
    tail="\nsocket.gaierror: [Errno -2] Name or service not known",
)
