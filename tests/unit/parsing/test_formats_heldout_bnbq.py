"""Formats held-out sets BN to BQ (issue #17) met that no rule read, each by program and format, with the look-alikes
that must stay unread (the sets' own rows are scored in test_heldout.py)."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from tests.unit.parsing.speed import parses_quickly


def found(text: str) -> set[tuple[str, str]]:
    return {(f.host, f.kind) for f in parse_failures(text)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # Clojure: an UnknownHostException printed as data (http-kit's `Throwable->map`)
            "[{:type java.net.UnknownHostException\n    :message ocpp-central: unknown error\n"
            "    :at [java.net.Inet6AddressImpl lookupAllHostAddr Inet6AddressImpl.java -2]}]",
            {("ocpp-central", "other")},
        ),
        (
            "{:type java.net.UnknownHostException\n :message vault.svc\n :at [java.net.InetAddress getAllByName0]}",
            {("vault.svc", "nxdomain")},
        ),
        (  # libpq: a quoted host holding a character no name holds, as printed
            'psycopg2.OperationalError: could not translate host name "pg-flexible)server.postgres.database.azure.com"'
            " to address: Name or service not known",
            {("pg-flexible)server.postgres.database.azure.com", "nxdomain")},
        ),
        (  # Go's words retyped without their colon, in prose
            "Testing the alert rule fails with 'prometheus.minikube no such host error'.",
            {("prometheus.minikube", "nxdomain")},
        ),
        (  # a Markdown list's step above a bare reason
            "**Steps**\n- Launch a debian container\n- ping deb.debian.org\n\n**Result:**\n"
            "Temporary failure in name resolution",
            {("deb.debian.org", "temporary")},
        ),
        (  # Go's reason hard-wrapped inside the server's address (Docker for Windows' fixed width)
            "error pulling image configuration: Get https://cdn.example.net/blob: dial tcp: lookup cdn.example.net on "
            "192.168.65.1:53: read udp 192.168.65.2:44796->192.168.65.1:\n53: i/o timeout.",
            {("cdn.example.net", "timeout")},
        ),
        (  # ... and soft-wrapped between its words, the next line indented (snap)
            'error: cannot install "x": Post https://api.snapcraft.io/v2/snaps/refresh: dial tcp:\n'
            "       lookup api.snapcraft.io on [::1]:53: read udp [::1]:47619->[::1]:53: read: connection\n"
            "       refused",
            {("api.snapcraft.io", "refused")},
        ),
        (  # a wrapped line that does not finish one of Go's reasons: the lookup failed, no reason read (not `refused`)
            "dial tcp: lookup api.example.org on 10.0.0.2:53: read udp 10.0.0.3:1->10.0.0.2:53: read: connection\n"
            "reset by peer",
            {("api.example.org", "other")},
        ),
        (  # PowerShell's Resolve-DnsName with its Win32 message wrapped by the console
            "Resolve-DnsName : www.example.org : This operation returned because the timeout\nperiod expired",
            {("www.example.org", "timeout")},
        ),
        (  # the MongoDB Node driver: the name after ENOTFOUND broken by spaces, whole in the driver's brackets
            "error: failed to connect to server [mongo-a.db.internal:27017] on first connect [MongoError: getaddrinfo "
            "ENOTFOUND mongo-a. db. internal mongo-a. db. internal:27017]",
            {("mongo-a.db.internal", "nxdomain")},
        ),
        (  # opkg: libcurl's reason after the URL's `headers:` (the word is no name)
            " * opkg_validate_cached_file: Failed to download http://download.example.com/feeds/Packages.gz headers: "
            "Couldn't resolve host name.",
            {("download.example.com", "nxdomain")},
        ),
    ],
)
def test_each_format_is_read(text: str, want: set[tuple[str, str]]) -> None:
    assert found(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # Clojure data of another exception, and a `:message` line with no UnknownHostException above it
        "{:type java.net.ConnectException\n :message Connection refused}",
        "{:status 500, :headers {}}\n :message done loading config",
        # a list's step that is no command, over a reason with no name
        "- ping the gateway\nping: unknown host",
        # a `+short` run whose retry printed an address
        "$ dig +short web.example.org\n;; communications error to 10.96.0.10#53: timed out\n10.0.0.1",
    ],
)
def test_their_lookalikes_name_nothing(text: str) -> None:
    assert found(text) == set()


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        ":type java.net.UnknownHostException\n :message a\n",
        'could not translate host name "a)b" to address\n',
        "a.b no such host ",
        "- ping a\n",
        "lookup a on 1.2.3.4:53: read: connection\n refused\n",
        "Resolve-DnsName : a : This operation returned because the timeout\n",
        "getaddrinfo ENOTFOUND a. b [a.b:1] ",
    ]
)
