"""Host-less resolver errors named by a setting of the same paste (rules/setting_named.py, gathered from the round
modules of held-out I, S, U/V): each rule reads its form, and each fires on one of these examples; two different
hosts in the block leave the Tds/lettre errors unnamed (review 2, finding 9)."""

from __future__ import annotations

import pytest

from checks.parsing.rules.setting_named import RULES as SETTING_NAMED_RULES
from tests.unit.parsing.rounds import rules_that_fire, triples, unfired

EXAMPLES: tuple[tuple[str, str, set[tuple[str, str, bool]]], ...] = (
    ("hostless-resolver-error-with-setting",
     "DB_CONNECTION=mysql\nDB_HOST=mysql\nDB_PORT=3306\n"
     "SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo failed: Name does not resolve (SQL: select * from "
     "users)",
     {("mysql", "nxdomain", False)}),
    ("sequelize-class-setting",
     '{\n  "host": "db.internal",\n  "port": 5432\nFor host, if I enter my endpoint it gives me an error, '
     "\u201cUnhandled rejection SequelizeHostNotFoundError\u201d.",
     {("db.internal", "nxdomain", False)}),
    ("tcp-connect-nxdomain-setting",
     '** (CaseClauseError) no case clause matching: {:error, %Tds.Error{message: "tcp connect: nxdomain", '
     "mssql: nil}}\n...\n      hostname: \"****.database.windows.net\",\n      port: 1433",
     {("****.database.windows.net", "nxdomain", True)}),
    ("rust-lookup-setting",
     "      - SMTP_HOST=smtp.mail.me.com\n      - SMTP_FROM=xxxx@zzz.com\n      - SMTP_PORT=587\n...\n"
     "`[vaultwarden::mail][ERROR] SMTP error: Connection error: failed to lookup address information: Name or "
     "service not known`",
     {("smtp.mail.me.com", "nxdomain", False)}),
)  # fmt: skip


@pytest.mark.parametrize(("case", "text", "want"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_setting_named_form(case: str, text: str, want: set[tuple[str, str, bool]]) -> None:
    assert set(triples(text)) == want, case
    assert case in rules_that_fire(text)


def test_every_setting_named_rule_fires() -> None:
    assert unfired(SETTING_NAMED_RULES, (e[1] for e in EXAMPLES)) == set()


def test_two_hosts_in_the_block_name_nothing() -> None:
    text = '  hostname: "db.one.example"\n{:error, %Tds.Error{message: "tcp connect: nxdomain"}}\n  host: "db.two"'
    assert triples(text) == []
