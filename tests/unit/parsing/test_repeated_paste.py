"""A paste that repeats one stretch (a hostile line of near-matches) is searched for its triggers in its first periods
only: every trigger is found where a search of the whole paste finds it, and an absent one is absent."""

from __future__ import annotations

import pytest

from checks.parsing import parser
from checks.parsing.document import Document
from tests.unit.parsing.speed import megabyte_of
from tests.unit.parsing.test_corpus_and_speed import NEAR_MATCHES


@pytest.mark.parametrize(
    "text",
    [
        megabyte_of("".join(NEAR_MATCHES)),
        megabyte_of("dial tcp: lookup a on 10.0.0.1:53: no such host\n"),
        # not periodic: a megabyte of near-matches with one failure at its end
        megabyte_of("".join(NEAR_MATCHES))[:-60] + "\ndial tcp: lookup db.corp.test: no such host",
    ],
    ids=["near-matches", "one-line", "not-periodic"],
)
def test_first_finds_agree_with_a_search_of_the_whole_paste(text: str) -> None:
    doc = Document(text)
    found = doc._first_finds(tuple(parser.TRIGGERS))
    for trigger in parser.TRIGGERS:
        at = doc.lower.find(trigger)
        assert found.get(trigger, -1) == at, trigger


def test_a_repeated_paste_is_searched_in_its_first_periods_only() -> None:
    piece = "".join(NEAR_MATCHES)
    doc = Document(megabyte_of(piece))
    assert len(doc._searched()) < 3 * len(piece) + 300
    tail = Document(megabyte_of(piece)[:-60] + "\nlookup db: no such host")
    assert tail._searched() is tail.lower
