"""Products' own messages about a name they could not resolve (rules/product_messages.py, gathered from the round
modules of held-out D, M, R): each rule reads its form, and each fires on one of these examples."""

from __future__ import annotations

import pytest

from checks.parsing.rules.product_messages import RULES as PRODUCT_MESSAGE_RULES
from tests.unit.parsing.rounds import rules_that_fire, triples, unfired

EXAMPLES: tuple[tuple[str, str, set[tuple[str, str, bool]]], ...] = (
    ("fluent-bit-getaddrinfo",
     "[2022/05/21 02:00:39] [ warn] [net] getaddrinfo(host='fluentd-0.fluentd-headless', err=4): Domain name not "
     "found\n[2022/05/21 02:00:39] [error] [output:forward:forward.0] no upstream connections available",
     {("fluentd-0.fluentd-headless", "nxdomain", False)}),
    ("acme-dns-problem", "Detail: DNS problem: query timed out looking up CAA for shop.example.net",
     {("shop.example.net", "timeout", False)}),
    # held-out EE (spent): certbot's notes wrap the detail, the name alone on the next line
    ("acme-dns-problem-wrapped",
     "   Detail: DNS problem: NXDOMAIN looking up TXT for\n   _acme-challenge.shop.example.net\n",
     {("_acme-challenge.shop.example.net", "nxdomain", False)}),
    ("asterisk-getaddrinfo",
     "[May 15 13:36:48] ERROR[13623][C-00000000]: netsock2.c:303 \n"
     'ast_sockaddr_resolve: getaddrinfo("df7jal23ls0d.invalid", "(null)", ...): \n'
     "Temporary failure in name resolution\n",
     {("df7jal23ls0d.invalid", "temporary", False)}),
)  # fmt: skip


@pytest.mark.parametrize(("case", "text", "want"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_product_message_form(case: str, text: str, want: set[tuple[str, str, bool]]) -> None:
    assert set(triples(text)) == want, case
    assert case in rules_that_fire(text)


def test_every_product_message_rule_fires() -> None:
    assert unfired(PRODUCT_MESSAGE_RULES, (e[1] for e in EXAMPLES)) == set()
