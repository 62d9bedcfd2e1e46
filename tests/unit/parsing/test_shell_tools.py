"""Command-line tools' own messages in the forms the client and DNS-tool rules do not read (rules/shell_tools.py,
gathered from the round modules of held-out H, K, L, X): each rule reads its form, and each fires on one example."""

from __future__ import annotations

import pytest

from checks.parsing.rules.shell_tools import RULES as SHELL_TOOL_RULES
from tests.unit.parsing.rounds import rules_that_fire, triples, unfired

EXAMPLES: tuple[tuple[str, str, set[tuple[str, str, bool]]], ...] = (
    ("sudo-chinese",
     "zed@zed-box:~/tools$ sudo ls\nsudo: \u65e0\u6cd5\u89e3\u6790\u4e3b\u673a\uff1azed-box",
     {("zed-box", "nxdomain", False)}),
    ("linkchecker-real-url",
     "Real URL http://www2.nestle-\nbaby.com.tw/member/member5.asp \nCheck Time 7.652 seconds \n"
     "Result Error: (-2, 'Name or service not known') ",
     {("www2.nestle-baby.com.tw", "nxdomain", False)}),
    ("linkchecker-no-host",
     "Real URL   mailto:help@support.example.org\nResult     Error: No host for support.example.org found.",
     {("support.example.org", "nxdomain", False)}),
    ("bundler-could-not-reach-host",
     'When running bundle install, I get the error:\n"Could not reach host index.rubygems.org"',
     {("index.rubygems.org", "other", False)}),
    ("ssh-nodename-cut", "[ERROR] SSH Remote error: ssh: Could not resolve hostname deploy.eu2.frbit.com: nodename",
     {("deploy.eu2.frbit.com", "nxdomain", False)}),
    ("nc-getaddrinfo-command",
     '`while ! nc -z mysql 3306; do`\n`echo "Waiting for mysql to start";`\n`sleep 1;`\n`done;`\n\n> '
     "below is console dump\nnc: getaddrinfo: Name or service not known\nWaiting for mysql to start",
     {("mysql", "nxdomain", False)}),
    ("bash-dev-tcp",
     "/docker-entrypoint.sh: line 15: mongo: Try again\n"
     "/docker-entrypoint.sh: line 15: /dev/tcp/mongo/27017: Invalid argument",
     {("mongo", "temporary", False)}),
    ("apt-es-not-resolved",
     "Err:17 https://baltocdn.com/helm/stable/debian all InRelease\n  No se pudo resolver \u00abbaltocdn.com\u00bb",
     {("baltocdn.com", "nxdomain", False)}),
    ("hostname-own-name",
     "root@db:/tmp/redis-stable# hostname -i\nhostname: Name or service not known",
     {("db", "nxdomain", False)}),
    ("sshkit-executing-as",
     "SSHKit::Runner::ExecuteError: Exception while executing as deploy@app.example.org: getaddrinfo: Name or "
     "service not known",
     {("app.example.org", "nxdomain", False)}),
)  # fmt: skip


@pytest.mark.parametrize(("case", "text", "want"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_shell_tool_form(case: str, text: str, want: set[tuple[str, str, bool]]) -> None:
    assert set(triples(text)) == want, case
    assert case in rules_that_fire(text)


def test_every_shell_tool_rule_fires() -> None:
    assert unfired(SHELL_TOOL_RULES, (e[1] for e in EXAMPLES)) == set()
