"""Formats held-out sets DP to DS (issue #17) met that no rule read, each by program and format, with the look-alikes
that must stay unread (the sets' own rows are scored in test_heldout.py)."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from tests.unit.parsing.rounds import flagged, found, reads
from tests.unit.parsing.speed import parses_quickly

ROUND = [
    (  # hickory / trust-dns 0.1x (Rust, Sentry's relay): the query's parts in its Display form
        "caused by: Failed resolving hostname: no record found for name: web type: AAAA class: IN",
        {("web", "nxdomain")},
    ),
    (  # hickory: the Debug form's Query
        'caused by: no record found for Query { name: Name("relay.internal."), query_type: A, query_class: IN }',
        {("relay.internal", "nxdomain")},
    ),
    (  # the wait-port package (Node, Umbrel's app proxy): its ENOTFOUND message
        "Error waiting for port: \"The address 'home-assistant_server_1' cannot be found\"",
        {("home-assistant_server_1", "nxdomain")},
    ),
    (  # Symfony Console's error box (Laravel, PHP): a message line cut at the box's width, mid-word
        "In PhpRedisConnector.php line 175:\n" + " " * 79 + "\n"
        "  php_network_getaddresses: getaddrinfo for coolify-redis failed: Name does n  \n"
        "  ot resolve" + " " * 67 + "\n" + " " * 79 + "\n",
        {("coolify-redis", "nxdomain")},
    ),
    (  # Kafka: the bind address and Java's words on one line
        "org.apache.kafka.common.KafkaException: Socket server failed to bind to kafka-uH1HbU:9093: Unresolved "
        "address.",
        {("kafka-uh1hbu", "other")},
    ),
    (  # the AWS SDK for Java's message inside a Python dict's repr (SAM local)
        "{'errorMessage': 'Unable to execute HTTP request: docker.for.windows.localhost', 'errorType': 'x'}",
        {("docker.for.windows.localhost", "nxdomain")},
    ),
    (  # Netty's older DnsNameResolverContext message with no class name on its line (vert.x's Future)
        "Future{cause=failed to resolve 'myhost.com'. Exceeded max queries per resolve 4 }",
        {("myhost.com", "nxdomain")},
    ),
    (  # Netty: a JDBC URL's options after the port inside the quotes (R2DBC)
        "Failed to resolve 'localhost:22467;encrypt=false' after 3 queries ",
        {("localhost", "nxdomain")},
    ),
    (  # Netty: what it was handed, a stray bracket and all (a Redisson address list)
        "java.net.UnknownHostException: failed to resolve '192.168.1.175]' after 6 queries ",
        {("192.168.1.175]", "nxdomain")},
    ),
    (  # Netty's search-domain message with `after N queries`, its class name dropped by a RuntimeException wrapper
        "java.lang.RuntimeException: Max retries 3 times exceeded. Error Details: Search domain query failed. Original "
        "hostname: 'login.microsoftonline.com' failed to resolve 'login.microsoftonline.com.corp' after 4 queries ",
        {("login.microsoftonline.com", "nxdomain")},
    ),
    (  # the JDK on Windows: the OS's message first, the name in brackets after it
        "java.net.UnknownHostException: This is usually a temporary error during hostname resolution and means that "
        "the local server did not receive a response from an authoritative server (db.documents.azure.com)",
        {("db.documents.azure.com", "temporary")},
    ),
    (  # the JDK on Windows: WSANO_RECOVERY's text says the look-up failed and no more (found by probing)
        "java.net.UnknownHostException: A non-recoverable error occurred during a database lookup (db.corp)",
        {("db.corp", "other")},
    ),
    (  # mosquitto's bridge, the port typed over by the reporter
        "1524728542: Connecting bridge pi2cloud (m23.cloudmqtt.com:nnnnn)\n"
        "1524728582: Error creating bridge: Temporary failure in name resolution.",
        {("m23.cloudmqtt.com", "temporary")},
    ),
    (  # Go: a label a template left starting with its dash, looked up as printed
        "ERROR failed to open raft store: lookup orc-0.-headless.default.svc.cluster.local: no such host",
        {("orc-0.-headless.default.svc.cluster.local", "nxdomain")},
    ),
    (  # Open5GS: getaddrinfo's arguments, an errno's text for a reason (no resolver's: other)
        "[sock] ERROR: getaddrinfo(0:amf.localdomain:443:0x0) failed (2:No such file or directory) "
        "(../lib/core/ogs-sockaddr.c:116)",
        {("amf.localdomain", "other")},
    ),
]


test_the_rounds_formats_are_read = reads(ROUND, "")


@pytest.mark.parametrize(
    "text",
    [
        # gRPC Java's name resolver of a discovery client: no DNS look-up failed
        "[Channel<12>: (pubsub.googleapis.com:443)] Failed to resolve name. status=Status{code=UNAVAILABLE, "
        "description=No servers found for pubsub.googleapis.com:443, cause=null}",
        # an account's record, fetched from a host that was dialled by address
        '2026/03/18 13:55:24 Failed to look up user info: Get "matrix://example.com/x": dial tcp 10.0.0.9:8448: i/o '
        "timeout\n2026/03/18 13:55:24 Error processing request: Failed to look up user info from homeserver",
        # hickory's reverse question
        "no record found for name: 5.0.0.10.in-addr.arpa type: PTR class: IN",
        # a sentence in the exception's name slot, with no name after it
        "java.net.UnknownHostException: Something went wrong (see logs)",
        # a review of these rules: the wait-port words inside another sentence (Outlook, DNS Server's PowerShell)
        "Outlook: The address 'helpdesk' cannot be found in the address book.",
        "Remove-DnsServerResourceRecord : The address 'web01' cannot be found in zone contoso.local",
        # Go on Windows' service-name look-up (`network/service`) is no host
        "Error: dial tcp: lookup tcp/postgres: getaddrinfow: The specified class was not found.",
        # lego: the server answered, the name exists
        "propagation: time limit exceeded: last error: unexpected response [ns=8.8.8.8:53, "
        "question='_acme-challenge.example.com. IN TXT', code=NOERROR]",
        # dockerd: a search-path try of a name that then resolved
        'msg="[resolver] external DNS udp:8.8.8.8 did not return any A records for \\"redis.home.lan.\\""\n'
        'msg="[resolver] query redis. (A) from 172.18.0.4:37628, forwarding to udp:127.0.0.11"\n'
        'msg="[resolver] received A record \\"172.18.0.5\\" for \\"redis.\\" from udp:127.0.0.11"',
        # the AWS SDK for JavaScript's message over a refused connection in a JSON log (the name resolved)
        '{"code":"UnknownEndpoint","message":"Inaccessible host: `localstack\' at port `4566\'.",'
        '"hostname":"localstack","originalError":{"message":"connect ECONNREFUSED 172.18.0.4:4566",'
        '"code":"ECONNREFUSED"}}',
        # ... its printed object under the SDK's stack (whose listener is named `ENOTFOUND_ERROR`), and a hang-up
        "UnknownEndpoint: Inaccessible host: `localhost' at port `4566'.\n"
        "    at Request.ENOTFOUND_ERROR (/app/node_modules/aws-sdk/lib/event_listeners.js:529:46)\n"
        + "    at Request.callListeners (/app/node_modules/aws-sdk/lib/sequential_executor.js:106:20)\n"
        * 14
        + "  code: 'UnknownEndpoint',\n  hostname: 'localhost',\n  originalError: Error: connect ECONNREFUSED "
        "127.0.0.1:4566",
        "UnknownEndpoint: Inaccessible host: `minio' at port `9000'.\n  originalError: Error: socket hang up",
    ],
)
def test_their_look_alikes_name_nothing(text: str) -> None:
    assert parse_failures(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a review of these rules: what Netty was handed, a list or a port in it, names its first host as before
        ("failed to resolve 'redis:6379,redis-2:6379' after 4 queries", {("redis", "other")}),
        # Go on Windows: an address and its port, the address read once
        ("dial tcp: lookup 10.0.0.5:5432: getaddrinfow: No such host is known.", {("10.0.0.5", "nxdomain")}),
        # botocore: WinSock's 11001 is NXDOMAIN (LABELS.md)
        (
            "urllib3.exceptions.NewConnectionError: <botocore.awsrequest.AWSHTTPConnection object at 0x1>: Failed to "
            "establish a new connection: [Errno 11001] getaddrinfo failed\n\nDuring handling of the above exception, "
            "another exception occurred:\n\nbotocore.exceptions.EndpointConnectionError: Could not connect to the "
            'endpoint URL: "http://dynamodb.local:8000/"',
            {("dynamodb.local", "nxdomain")},
        ),
        # botocore: a resolver error of another request, above a prompt, says nothing of this one
        (
            "requests.exceptions.ConnectionError: HTTPConnectionPool(host='metadata.internal', port=80): Max retries "
            "exceeded with url: /latest (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at "
            "0x1>: Failed to establish a new connection: [Errno -2] Name or service not known'))\n>>> s3.list_buckets()"
            "\nbotocore.exceptions.EndpointConnectionError: Could not connect to the endpoint URL: "
            '"https://s3.amazonaws.com/"',
            {("metadata.internal", "nxdomain")},
        ),
        # a statement over another name's message keeps its own kind
        (
            "Failed to resolve host minio\nPHP Warning: stream_socket_client(): php_network_getaddresses: getaddrinfo "
            "for smtp.mailgun.org failed: Name or service not known",
            {("minio", "other"), ("smtp.mailgun.org", "nxdomain")},
        ),
    ],
)
def test_the_reviews_real_failures_read_as_before(text: str, want: set[tuple[str, str]]) -> None:
    assert found(text) == want


def test_grpc_javas_dns_resolver_status_still_reads() -> None:
    text = (
        "[Channel<1>: (zeebe:26500)] Failed to resolve name. status=Status{code=UNAVAILABLE, description=Unable to "
        "resolve host zeebe, cause=java.lang.RuntimeException: java.net.UnknownHostException: zeebe"
    )
    assert found(text) == {("zeebe", "nxdomain")}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # LABELS.md clause 1: the reporter's words in braces over the name
        (
            "java.net.UnknownHostException: {Docker Host Hostname}: No address associated with hostname",
            {("{docker host hostname}", "nxdomain", True)},
        ),
        # clause 2: a name that describes a name
        (
            'could not translate host name "postgres-container-name" to address: Name or service not known',
            {("postgres-container-name", "nxdomain", True)},
        ),
        (
            "SearchDomainUnknownHostException: Failed to resolve 'Redis-URL' and search domain query for configured "
            "domains failed as well: [us-west-2.compute.internal]",
            {("redis-url", "nxdomain", True)},
        ),
        (
            'java.net.UnknownHostException: Unable to resolve host "appname.appspot.com": No address associated with '
            "hostname",
            {("appname.appspot.com", "nxdomain", True)},
        ),
        # a service named so stays real, in lower case a URL service too
        (
            "lookup short-url on 10.96.0.10:53: no such host",
            {("short-url", "nxdomain", False)},
        ),
        (
            'could not translate host name "postgres-container" to address: Name or service not known',
            {("postgres-container", "nxdomain", False)},
        ),
    ],
)
def test_stand_ins_the_round_met_are_flagged(text: str, want: set[tuple[str, str, bool]]) -> None:
    assert flagged(text) == want


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "no record found for name: " + "a." * 40 + " type: ",
        "The address '" + "a" * 40 + "' cannot be ",
        " " * 79 + "\n  " + "x" * 40 + "\n",
        "failed to resolve '" + "a]" * 40 + "' after ",
        "UnknownHostException: This is usually " + "a " * 40 + "(",
        "getaddrinfo(0:" + "a" * 40 + ":443:0x0) failed (",
        "Connecting bridge b (" + "a" * 40 + ":nnnnn)\nError creating bridge: ",
    ]
)
