"""Names as printed in their format's slot (rules/printed_names.py) and message shapes no one program owns
(rules/loose_shapes.py), gathered from the round modules of held-out K, P, S/T: each rule fires on one of its rounds'
recorded examples, and each example it fires on reads as its round recorded it (host, kind, redacted)."""

from __future__ import annotations

from checks.parsing.rules.loose_shapes import RULES as LOOSE_SHAPE_RULES
from checks.parsing.rules.printed_names import RULES as PRINTED_NAME_RULES
from tests.unit.parsing.rounds import rules_that_fire, triples, unfired
from tests.unit.parsing.test_formats_heldout_k import EXAMPLES_HELDOUT_K
from tests.unit.parsing.test_formats_heldout_p import EXAMPLES_HELDOUT_P
from tests.unit.parsing.test_formats_heldout_st import EXAMPLES_HELDOUT_ST

_RULES = PRINTED_NAME_RULES + LOOSE_SHAPE_RULES
_NAMES = {r.name for r in _RULES}
_EXAMPLES = [(e[2], e[3]) for e in (*EXAMPLES_HELDOUT_K, *EXAMPLES_HELDOUT_P, *EXAMPLES_HELDOUT_ST)] + [
    # issue #17 (held-out AE): wget's `Resolving false (false)... failed` (a setting's word looked up as printed)
    ("Resolving false (false)... failed: Name or service not known.", {("false", "nxdomain", False)}),
]


def test_every_rule_fires_on_its_rounds_examples() -> None:
    assert unfired(_RULES, [t for t, _ in _EXAMPLES]) == set()


def test_each_example_a_rule_fires_on_reads_as_recorded() -> None:
    checked = 0
    for text, wants in _EXAMPLES:
        if rules_that_fire(text) & _NAMES:
            assert set(triples(text)) == wants, text
            checked += 1
    assert checked >= len(_NAMES)
