"""The generic rule's widening after held-out R (generic_reasons_aiohttp.py, html_tag.py, generic_shapes.field_label):
aiohttp's bracketed `[Try again]` / `[getaddrinfo failed]` (held-out K and R), no name from inside an HTML start tag,
a capitalised label before a parenthesised comment. Each asserted with the generic rule alone, and its look-alikes."""

from __future__ import annotations

import pytest

from checks.parsing.parser import parse_with


def generic(text: str) -> list[tuple[str, str]]:
    return [(f.host, f.kind) for f in parse_with(text, specific=False)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # python aiohttp on musl (Home Assistant, held-out K): EAI_AGAIN's text in the bracket
        (
            "Error fetching Cognito keyset: Cannot connect to host cognito-idp.us-east-1.amazonaws.com:443 "
            "ssl:None [Try again]",
            [("cognito-idp.us-east-1.amazonaws.com", "temporary")],
        ),
        # python aiohttp on Windows (open-webui, held-out R): no reason given
        (
            "Connection error: Cannot connect to host localhost:11434 ssl:default [getaddrinfo failed]",
            [("localhost", "other")],
        ),
        # review 2 (finding 7): the ssl mode printed as an object's repr (`ssl=SSLContext(...)` given)
        (
            "Cannot connect to host api.example.com:443 ssl:<ssl.SSLContext object at 0x7f3c2e8b1d40> [Try again]",
            [("api.example.com", "temporary")],
        ),
    ],
)
def test_aiohttp_bracketed_reasons(text: str, want: list[tuple[str, str]]) -> None:
    assert generic(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "upload to api.example.com failed [Try again]",  # a retry notice, not aiohttp's bracket
        "Could not reach foo.example.com [getaddrinfo failed]",
        # review 2 (finding 7): no `h:port`, so not aiohttp's lead; and its `ssl:` label is never the name
        "Cannot connect to host a ssl:b [try again]",
        "Cannot connect to host api.example.com ssl:default [Try again]",
        "Cannot connect to host a:1 ssl:b [try again]",
        '<BODY BGCOLOR="white" FGCOLOR="black"><H1>Unknown Host</H1>',  # an attribute's value
        "__set_address_from_contact: Invalid host name in Contact: (can't resolve in DNS) : ''",  # a field's label
    ],
)
def test_look_alikes_yield_nothing(text: str) -> None:
    assert generic(text) == []
