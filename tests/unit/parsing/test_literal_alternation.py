"""The trie-built alternation of the generic rule's reasons matches what a longest-first alternation matches."""

from __future__ import annotations

import re

import pytest

from checks.parsing.generic_kind import KIND
from checks.parsing.literal_trie import literal_alternation


def _longest_first(words: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.I)


@pytest.mark.parametrize(
    "text",
    [
        "host not found, try again",  # a reason that holds a shorter one: the longer wins
        "Host Not Found",
        "lookup db: no such host\nconnect: connection refused; Temporary failure in name resolution",
        "getaddrinfo ENOTFOUND x; EAI_AGAIN y; Name or service not known",
        "no reason here at all",
        "a..a..a.. could not resolve",
    ],
)
def test_the_reasons_trie_matches_the_longest_first_alternation(text: str) -> None:
    words = sorted(KIND)
    trie = re.compile(literal_alternation(words), re.I)
    spans = [(m.start(), m.end()) for m in trie.finditer(text)]
    assert spans == [(m.start(), m.end()) for m in _longest_first(words).finditer(text)]


def test_a_word_that_extends_another_matches_whole_and_the_shorter_alone() -> None:
    trie = re.compile(literal_alternation(["try again", "host not found", "host not found, try again"]), re.I)
    assert [m.group(0) for m in trie.finditer("Host not found, try again / host not found")] == [
        "Host not found, try again",
        "host not found",
    ]
    assert literal_alternation([]) == ""
