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
        # finding 5: the URL's host part failing elsewhere in the paste, with another kind, is a second failure
        (
            "Error: getaddrinfo ENOTFOUND http://api\n"
            "dial tcp: lookup api on 10.96.0.10:53: read udp 10.1.1.1:5->10.96.0.10:53: i/o timeout",
            [("http://api", "nxdomain"), ("api", "timeout")],
        ),
        (
            "Error: getaddrinfo ENOTFOUND redis://redis:6379\nError: getaddrinfo EAI_AGAIN redis",
            [("redis://redis:6379", "nxdomain"), ("redis", "temporary")],
        ),
        # ... and so is the same kind on a line of its own, not the error object's `hostname:` field
        (
            "Error: getaddrinfo ENOTFOUND http://api\nError: getaddrinfo ENOTFOUND api",
            [("http://api", "nxdomain"), ("api", "nxdomain")],
        ),
        # the error object's field repeating the URL is the same failure: one
        (_NODE_URL_BLOCK, [("redis://redis:6379", "nxdomain")]),
    ],
)
def test_a_url_looked_up_drops_only_its_error_objects_copy(text: str, want: list[tuple[str, str]]) -> None:
    assert found(text) == want
