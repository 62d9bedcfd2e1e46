"""libpq's and MySQL's messages with a name as printed or a reason on the next line (rules/sql_clients.py, gathered
from the round modules of held-out J, M, N, S/T, U/V): each rule reads its form, and each fires on one example."""

from __future__ import annotations

import pytest

from checks.parsing.rules.sql_clients import RULES as SQL_CLIENT_RULES
from tests.unit.parsing.rounds import rules_that_fire, triples, unfired

EXAMPLES: tuple[tuple[str, str, set[tuple[str, str, bool]]], ...] = (
    # held-out BG (spent): an option handed over as the host, as printed
    ("option-as-host", 'psql: error: could not translate host name "-p" to address: Name or service not known',
     {("-p", "nxdomain", False)}),
    ("libpq-at-host", 'psql: error: could not translate host name "@db" to address: Name or service not known',
     {("@db", "nxdomain", False)}),
    ("libpq-host-port",
     'psql: error: could not translate host name "pg.internal:5432" to address: Name or service not known',
     {("pg.internal", "nxdomain", False)}),
    ("libpq-reason-below",
     'superset_init  | could not translate host name "db" to address:\n Name or service not known',
     {("db", "nxdomain", False)}),
    ("libpq-keyword-as-host",
     "Unable to connect to PostgreSQL server: could not translate host name \"user='<username>'\" to address: Name or "
     "service not known", {("user='<username>'", "nxdomain", True)}),
    ("mysql-url-host", "ERROR 2005 (HY000): Unknown MySQL server host 'tcp://database:3306'",
     {("tcp://database", "other", False)}),
    # held-out AP, AQ: a DSN's `@` left on, a grant's netmask: as printed, the kind by the code
    ("mysql-odd-host", "(2005, \"Unknown MySQL server host '@10.0.3.2' (-3)\")", {("@10.0.3.2", "temporary", False)}),
)  # fmt: skip


@pytest.mark.parametrize(("case", "text", "want"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_sql_client_form(case: str, text: str, want: set[tuple[str, str, bool]]) -> None:
    assert set(triples(text)) == want, case
    assert case in rules_that_fire(text)


def test_every_sql_client_rule_fires() -> None:
    assert unfired(SQL_CLIENT_RULES, (e[1] for e in EXAMPLES)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "[Warning] IP address '10.0.0.7' could not be resolved: Name or service not known",
        "2022-06-24 00:24:17 4911 [Warning] IP address '***.**.**.***' could not be resolved: Name or service not "
        "known",
        "> 2023-01-17T11:14:48.656153Z 26155 [Warning] [MY-010055] [Server] IP address '71.6.232.24' could not be "
        "resolved: Name or service not known",
    ],
)
def test_mysqlds_reverse_look_up_of_a_client_is_no_failure(text: str) -> None:
    """LABELS.md: a reverse (PTR) look-up is no failure whatever its answer; mysqld resolving a client's address back
    is one (held-out HN-HU's row so labelled; held-out N and U, labelled before the clause, read the address)."""
    assert triples(text) == []
