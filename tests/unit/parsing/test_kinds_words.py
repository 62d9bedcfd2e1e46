"""The kinds' word lists read through one trie regex (`kinds._earliest`): the same kind as reading each word's first
place in list order, which these tests hold it to."""

from __future__ import annotations

from pathlib import Path

import pytest

from checks.parsing import kinds

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
LISTS = {"all": kinds._ALL_WORDS, "resolution": kinds._RESOLUTION_WORDS}


def _by_list_order(text: str, words: kinds.Words) -> kinds.FailureKind | None:
    """The reading before the trie: each word's first place, the earliest; at one place, the first word listed."""
    low = text.lower()
    best, best_at = None, len(low) + 1
    for word, kind in words:
        at = low.find(word)
        if at != -1 and at < best_at:
            best, best_at = kind, at
    return best


@pytest.mark.parametrize("name", LISTS)
def test_no_word_of_another_kind_is_listed_after_a_shorter_one_it_starts_with(name: str) -> None:
    words = LISTS[name]
    order = {word: i for i, (word, _) in enumerate(words)}
    kind = dict(words)
    clashes = [
        (short, long)
        for short, _ in words
        for long, _ in words
        if long != short and long.startswith(short) and kind[long] != kind[short] and order[short] < order[long]
    ]
    assert clashes == []
    assert len(order) == len(words)  # no word listed twice


def test_the_trie_reads_every_probe_and_library_text_as_the_list_order_does() -> None:
    texts = [
        line.split("\t", 1)[0]
        for p in (FIXTURES / "probes" / "resolver-texts").glob("*.tsv")
        for line in p.read_text(encoding="utf-8").splitlines()
    ]
    texts += [b for p in (FIXTURES / "probes" / "source-mined").glob("*.txt") for b in p.read_text().split("\n====\n")]
    assert len(texts) > 3000
    for words in LISTS.values():
        assert [kinds._earliest(t, words) for t in texts] == [_by_list_order(t, words) for t in texts]
