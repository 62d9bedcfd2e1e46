"""False names a review of the held-out rounds M to P found (issue #17), some older than those rounds: each input now
reads nothing; beside them, the real failures of the same shapes still read."""

from __future__ import annotations

import pytest

from tests.unit.parsing.rounds import triples


@pytest.mark.parametrize(
    "text",
    [
        # a sentence's own word after Node's code (the generic rule's prose reading, and the `node` rule)
        "getaddrinfo ENOTFOUND and then crash",
        "getaddrinfo EAI_AGAIN is returned by the resolver",
        "I keep getting getaddrinfo ENOTFOUND on every request",
        "getaddrinfo ENOTFOUND until restart",
        "getaddrinfo ENOTFOUND but works after a while",
        # a documentation link, a sentence before curl's error (its full stop taken by the URL)
        "See https://docs.foo.com/x. cURL error 28: Resolving timed out after 10000 milliseconds.",
        # an announced lookup that then worked
        "Looking up host foo.svc\nConnected.\nsocket.gaierror: [Errno -2] Name or service not known",
        "Resolving hostname: db.svc ok\nError: lookup failed: i/o timeout",
        # an error code in the parenthesised name slot after the resolver's text
        "Name or service not known (0x2)",
        "Name or service not known (11001)",
    ],
)
def test_reads_nothing(text: str) -> None:
    assert triples(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("I get 500 getaddrinfo ENOTFOUND immich-server error.", ("immich-server", "nxdomain", False)),
        ("Error: getaddrinfo EAI_AGAIN redis", ("redis", "temporary", False)),
        (
            "Failed to get url 'https://api.wordpress.org/core/': cURL error 28: Resolving timed out after 10000 "
            "milliseconds.",
            ("api.wordpress.org", "timeout", False),
        ),
        (
            "resolve.go:35] Attempting to lookup address: istio-mixer.istio-system\n"
            "Error: lookup failed for udp address: i/o timeout",
            ("istio-mixer.istio-system", "timeout", False),
        ),
        ("java.net.UnknownHostException: No such host is known (redis)", ("redis", "nxdomain", False)),
    ],
)
def test_the_real_failure_of_the_same_shape_still_reads(text: str, want: tuple[str, str, bool]) -> None:
    assert triples(text) == [want]
