"""The fixes a review of the held-out R..W rounds asked for (review 2; its findings by number): each look-alike reads
nothing (or no longer drops a real failure), and the real format it was mistaken for still reads."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures


def found(text: str) -> list[tuple[str, str]]:
    return [(f.host, f.kind) for f in parse_failures(text)]


_NODE_URL_BLOCK = (
    "Error: getaddrinfo ENOTFOUND redis://redis:6379\n"
    "    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:107:26) {\n"
    "  errno: -3008,\n  code: 'ENOTFOUND',\n  syscall: 'getaddrinfo',\n  hostname: 'redis://redis:6379'\n}\n"
)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # finding 5: the URL's host failing elsewhere in the paste with another kind is a second failure (the URL is
        # read as its host since LABELS.md said so after held-out CE)
        (
            "Error: getaddrinfo ENOTFOUND http://api\n"
            "dial tcp: lookup api on 10.96.0.10:53: read udp 10.1.1.1:5->10.96.0.10:53: i/o timeout",
            [("api", "nxdomain"), ("api", "timeout")],
        ),
        (
            "Error: getaddrinfo ENOTFOUND redis://redis:6379\nError: getaddrinfo EAI_AGAIN redis",
            [("redis", "nxdomain"), ("redis", "temporary")],
        ),
        # ... and the same kind on a line of its own is the same failure
        ("Error: getaddrinfo ENOTFOUND http://api\nError: getaddrinfo ENOTFOUND api", [("api", "nxdomain")]),
        # the error object's field repeating the URL is the same failure: one
        (_NODE_URL_BLOCK, [("redis", "nxdomain")]),
    ],
)
def test_a_url_looked_up_drops_only_its_error_objects_copy(text: str, want: list[tuple[str, str]]) -> None:
    assert found(text) == want


_WIKI = "https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting"
_PHPMAILER = "SMTP ERROR: Failed to connect to server: php_network_getaddresses: getaddrinfo failed: "


@pytest.mark.parametrize(
    "text",
    [
        # finding 1: PHPMailer's wiki link and its C function's name, in the generic rule's look-around too
        f"{_PHPMAILER}Name or service not known (0)\nSMTP connect() failed. {_WIKI}",
        f"{_PHPMAILER}No such host is known. (0)\nSMTP connect() failed. {_WIKI}",
        f"{_PHPMAILER}Temporary failure in name resolution (0)\nSMTP connect() failed. {_WIKI}",
        f"{_PHPMAILER}Name or service not known (0)\n{_WIKI}",
        # finding 2: an adjective before `host not found`, not a name
        "Error: Backend host not found",
        "ERROR: Virtual host not found",
        "Error: SMTP host not found",
        "upstream connect error: upstream host not found",
        "ERROR: proxy host not found",
        "Error: Requested host not found",
        # finding 3: `No address found:` in English, without Poco's or ClickHouse's words
        "geocode failed. No address found: Springfield",
        "Error: No address found: bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",
    ],
)
def test_look_alikes_read_nothing(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # finding 1: the server PHPMailer dialed, on a line above, still reads
        (
            f"Connecting to smtp.mail.internal:587\n{_PHPMAILER}Name or service not known (0)\n"
            f"SMTP connect() failed. {_WIKI}",
            [("smtp.mail.internal", "nxdomain")],
        ),
        # finding 2: Fathom's format (a database context), and a dotted name
        (
            "Unfortunately fathom crashes with `Error connecting to database: fathomdb host not found`.",
            [("fathomdb", "nxdomain")],
        ),
        ("Error: db.internal host not found", [("db.internal", "nxdomain")]),
        # finding 3: Poco's displayText inside ClickHouse's exception
        (
            "void DB::ReplicatedMergeTreeRestartingThread::run(): Poco::Exception. Code: 1000, e.code() = 0, "
            "e.displayText() = No address found: node1.zookeeper, e.what() = No address found",
            [("node1.zookeeper", "nxdomain")],
        ),
        # finding 4: a CSV line's commas are not curl's printed list: the first name
        ("2024-01-01,ERROR,Could not resolve host: api.example.com,curl,6", [("api.example.com", "nxdomain")]),
        ("Could not resolve host: foo.internal,bar", [("foo.internal", "nxdomain")]),
        ("Could not resolve host: redis,curl,6", [("redis", "nxdomain")]),
        # ... and the list curl printed (URL-encoded) still reads as printed
        (
            "cURL error 6: Could not resolve host: https,%20https,%20https (see "
            "http://curl.haxx.se/libcurl/c/libcurl-errors.html)",
            [("https,%20https,%20https", "nxdomain")],
        ),
        # finding 6: adjacent inline tags never join their texts into one name
        ("<code>Could not resolve host: api.example.com</code><code>curl</code>", [("api.example.com", "nxdomain")]),
        ("<b>Could not resolve host: api.internal</b>curl failed", [("api.internal", "nxdomain")]),
        # ... a tag closed somewhere does not strip every tag of its kind
        ("<b>x</b> and later <b>Could not resolve host: api.internal", [("api.internal", "nxdomain")]),
        # ... and a proxy page's inline name still reads
        (
            "<p>Unable to determine IP address from host name <q>schemaregistry</q></p>\n"
            "<p>The DNS server returned:</p>\n<blockquote><p>Server Failure: The name server was unable to process "
            "this query.</p></blockquote>",
            [("schemaregistry", "servfail")],
        ),
    ],
)
def test_the_real_formats_still_read(text: str, want: list[tuple[str, str]]) -> None:
    assert found(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # finding 8: a status word, then a URL the program connects to (not its own address): the name
        (
            "Backend service started, connecting to http://payments.svc:8080\nError: getaddrinfo ENOTFOUND",
            [("payments.svc", "nxdomain")],
        ),
        # ... a line that says the command works elsewhere but fails here names the failure
        (
            "Ran curl https://api.example.com in the pod, that works on the node but fails here:\n"
            "Error: getaddrinfo ENOTFOUND",
            [("api.example.com", "nxdomain")],
        ),
        # ... while a status line's own address, and a command that worked, still name nothing
        ("Server up: http://localhost:3300\nError: getaddrinfo ENOTFOUND", []),
        ("App listening on http://0.0.0.0:8080\nError: getaddrinfo ENOTFOUND", []),
        ("Ran `curl https://www.docker.com` It worked.\nError: getaddrinfo ENOTFOUND", []),
    ],
)
def test_lines_that_name_no_failure(text: str, want: list[tuple[str, str]]) -> None:
    assert found(text) == want


@pytest.mark.parametrize(
    ("name", "stand_in"),
    [
        # finding 17: a documentation word as the first `-` piece of a label is part of a real name
        ("namespace-controller.example.com", False),
        ("namespace-prod.mongo.cosmos.azure.com", False),
        # ... as the whole first label, the docs' slot typed as is
        ("mybucket.nyc3.digitalocean.com", True),
        ("namespace.servicebus.windows.net", True),
        # ... and never in the middle of a name, nor under a private top-level label
        ("nova-api.namespace.svc", False),
        # (an S3 emulator's virtual host is a stand-in since held-out FM: LABELS.md)
        ("mybucket.localhost", True),
        ("mybucket.svc", False),
    ],
)
def test_documentation_words_as_stand_ins(name: str, stand_in: bool) -> None:
    assert [(f.host, f.redacted) for f in parse_failures(f"curl: (6) Could not resolve host: {name}")] == [
        (name, stand_in)
    ]


@pytest.mark.parametrize(
    ("rcode", "kind"), [("NxDomain", "nxdomain"), ("NameError", "nxdomain"), ("Refused", "refused")]
)
def test_technitiums_qname_then_rcode_is_read_by_one_rule_and_one_table(rcode: str, kind: str) -> None:
    # finding 10: survey6's `technitium-rcode` no longer looks above for the QNAME; `technitium-failed-to-resolve`
    # reads the RCODE below with kinds.TECHNITIUM_RCODES (NameError included: it said `other` before)
    from checks.parsing.rules.more_formats import RULES

    text = (
        "[2021-12-05 22:24:44 Local] DNS Server failed to resolve the request with QNAME: dns.example.org; QTYPE: A; "
        "QCLASS: IN; Forwarders: 127.0.0.1:25550;\nDnsServerCore.Dns.DnsServerException: DNS Server received a "
        f"response with RCODE={rcode} from: 127.0.0.1"
    )
    assert found(text) == [("dns.example.org", kind)]
    (rule,) = [r for r in RULES if r.name == "technitium-failed-to-resolve"]
    m = rule.regex.search(text)
    assert m is not None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # finding 9: two host settings in the error's block: which one failed is unknown, so no name
        (
            "  - SMTP_HOST=mail.internal\n  - DB_HOST=postgres\n"
            "SMTP error: Connection error: failed to lookup address information: Name or service not known",
            [],
        ),
        # ... and the block's one setting still names it
        (
            "  - DB_HOST=postgres\nError: failed to lookup address information: Name or service not known",
            [("postgres", "nxdomain")],
        ),
    ],
)
def test_a_host_less_reason_takes_a_setting_only_when_the_block_names_one_host(
    text: str, want: list[tuple[str, str]]
) -> None:
    assert found(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # finding 15: a list curl printed is URL-encoded anywhere, not only by `%20` before a piece
        ("Could not resolve host: a%20b,c", [("a%20b,c", "nxdomain")]),
        # ... Go's name masked over the space after `lookup`, masks later in the name too
        ("dial tcp: lookup**.***.example.com: no such host", [("**.***.example.com", "nxdomain")]),
        # ... Asterisk's getaddrinfo is read by its own call's text, whatever else the paste says of resolving
        (
            'ERROR[1]: netsock2.c:268 ast_sockaddr_resolve: getaddrinfo("pbx.example.net", "(null)", ...): '
            "Name or service not known",
            [("pbx.example.net", "nxdomain")],
        ),
    ],
)
def test_one_example_rules_read_their_format_generally(text: str, want: list[tuple[str, str]]) -> None:
    assert found(text) == want
