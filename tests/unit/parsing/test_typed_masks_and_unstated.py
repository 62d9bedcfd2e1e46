"""Masks typed over a name (rules/typed_masks.py) and products' messages with no reason (rules/unstated_products.py),
gathered from the round modules of held-out F, G, I: each rule fires on one of its rounds' recorded examples, and each
example it fires on reads as its round recorded it (host, kind, redacted)."""

from __future__ import annotations

from checks.parsing.rules.typed_masks import RULES as TYPED_MASK_RULES
from checks.parsing.rules.unstated_products import RULES as UNSTATED_PRODUCT_RULES
from tests.unit.parsing.rounds import rules_that_fire, triples, unfired
from tests.unit.parsing.test_formats_heldout_f import EXAMPLES_HELDOUT_F
from tests.unit.parsing.test_formats_heldout_g import EXAMPLES_HELDOUT_G
from tests.unit.parsing.test_formats_heldout_i import EXAMPLES_HELDOUT_I

_RULES = TYPED_MASK_RULES + UNSTATED_PRODUCT_RULES
_NAMES = {r.name for r in _RULES}
_EXAMPLES = [(e[2], e[3]) for e in (*EXAMPLES_HELDOUT_F, *EXAMPLES_HELDOUT_G, *EXAMPLES_HELDOUT_I)]


def test_every_rule_fires_on_its_rounds_examples() -> None:
    assert unfired(_RULES, [t for t, _ in _EXAMPLES]) == set()


def test_each_example_a_rule_fires_on_reads_as_recorded() -> None:
    checked = 0
    for text, want in _EXAMPLES:
        if rules_that_fire(text) & _NAMES:
            assert want in triples(text), text
            checked += 1
    assert checked >= len(_NAMES)


def test_a_typed_mask_is_a_placeholder() -> None:
    found = triples("DNS resolution failed for #######--kafka-bootstrap.kafka.svc")
    assert found and all(redacted for _, _, redacted in found)
