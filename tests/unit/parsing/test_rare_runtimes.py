"""Rare runtimes' and libraries' own wordings (rules/rare_runtimes.py, gathered from the round modules of held-out F,
G, H, S, U, CA, CK, DQ): each rule fires on one of its rounds' recorded examples, and each example it fires on reads as
its round recorded it (host, kind, redacted)."""

from __future__ import annotations

from checks.parsing.rules.rare_runtimes import RULES as RARE_RUNTIME_RULES
from tests.unit.parsing.rounds import rules_that_fire, triples, unfired
from tests.unit.parsing.test_formats_heldout_bzca import ROUND as EXAMPLES_HELDOUT_BZCA
from tests.unit.parsing.test_formats_heldout_cicl import ROUND as EXAMPLES_HELDOUT_CICL
from tests.unit.parsing.test_formats_heldout_dpds import ROUND as EXAMPLES_HELDOUT_DPDS
from tests.unit.parsing.test_formats_heldout_f import EXAMPLES_HELDOUT_F
from tests.unit.parsing.test_formats_heldout_g import EXAMPLES_HELDOUT_G
from tests.unit.parsing.test_formats_heldout_h import EXAMPLES_HELDOUT_H
from tests.unit.parsing.test_formats_heldout_st import EXAMPLES_HELDOUT_ST
from tests.unit.parsing.test_formats_heldout_uv import EXAMPLES_HELDOUT_UV

_ONE: list[tuple[str, tuple[str, str, bool]]] = [
    (e[2], e[3]) for e in (*EXAMPLES_HELDOUT_F, *EXAMPLES_HELDOUT_G, *EXAMPLES_HELDOUT_H)
]
_SET: list[tuple[str, set[tuple[str, str, bool]]]] = (
    [(e[2], e[3]) for e in (*EXAMPLES_HELDOUT_ST, *EXAMPLES_HELDOUT_UV)]
    + [
        (text, {(host, kind, False) for host, kind in want})
        for text, want in (*EXAMPLES_HELDOUT_BZCA, *EXAMPLES_HELDOUT_CICL, *EXAMPLES_HELDOUT_DPDS)
    ]
    + [  # held-out EK (spent): hickory's `Query` pretty-printed over lines
        (
            'no record found for Query {\nname: Name("_mongodb._tcp.c0.mongodb.net."),\n'
            "query_type: SRV,\nquery_class: IN\n}",
            {("_mongodb._tcp.c0.mongodb.net", "nxdomain", False)},
        )
    ]
)
_NAMES = {r.name for r in RARE_RUNTIME_RULES}


def test_every_rare_runtime_rule_fires_on_its_rounds_examples() -> None:
    from tests.unit.parsing.test_formats_heldout_frfy import ROUND as ROUND_FRFY  # Haskell's http-client
    from tests.unit.parsing.test_formats_heldout_jzkg import ROUND as ROUND_JZKG  # wkhtmltopdf

    texts = [t for t, _ in _ONE] + [t for t, _ in _SET] + [t for t, _ in (*ROUND_FRFY, *ROUND_JZKG)]
    assert unfired(RARE_RUNTIME_RULES, texts) == set()


def test_each_example_a_rare_runtime_rule_fires_on_reads_as_recorded() -> None:
    checked = 0
    for text, want in _ONE:
        if rules_that_fire(text) & _NAMES:
            assert want in triples(text), text
            checked += 1
    for text, wants in _SET:
        if rules_that_fire(text) & _NAMES:
            assert set(triples(text)) == wants, text
            checked += 1
    assert checked >= len(_NAMES)
