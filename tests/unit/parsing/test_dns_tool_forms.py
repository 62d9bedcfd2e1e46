"""DNS tools' and servers' outputs in the forms `dns_tools.py` does not read (rules/dns_tool_forms.py, gathered from
the round modules of held-out D..X): each rule reads its form, and each fires on one of these examples."""

from __future__ import annotations

import pytest

from checks.parsing.rules.dns_tool_forms import RULES as DNS_TOOL_FORM_RULES
from tests.unit.parsing.rounds import rules_that_fire, triples, unfired

EXAMPLES: tuple[tuple[str, str, set[tuple[str, str, bool]]], ...] = (
    ("iputils-ping-unknown-host", "```\nroot@k8testrc1-4l9a2:/# ping k8testrc2-ztbls\nping: unknown host\n```",
     {("k8testrc2-ztbls", "nxdomain", False)}),
    ("coredns-2018-log", "2018/09/07 00:11:28 [ERROR] 0 a1441.g4.akamai.net. A: EOF",
     {("a1441.g4.akamai.net", "other", False)}),
    ("unbound-maximum-sends",
     "unbound[246:2] info: processQueryTargets: owen.ns.cloudflare.com. AAAA IN\n\n"
     "unbound[246:2] debug: request has exceeded the maximum number of sends with 33\n\n"
     "unbound[246:2] debug: return error response SERVFAIL",
     {("owen.ns.cloudflare.com", "servfail", False)}),
    ("dnsproxy-failed-to-exchange",
     "dnsproxy: upstream 1.1.1.1:53 failed to exchange ;example.org.\tIN\t A in 1.2s: read udp x: connection refused",
     {("example.org", "refused", False)}),
    ("no-servers-command-below",
     "    \tutil.go:185: Error ;; connection timed out; no servers could be reached\n    \t\t\n"
     "    \t\tcommand terminated with exit code 1\n"
     "    \t\t running command [exec busybox-qf5m4 nslookup kubernetes]. Return code: exit status 1",
     {("kubernetes", "timeout", False)}),
    ("dig-no-servers-cut",
     "; <<>> DiG 9.9.6-P1 <<>> opensuse.org\n;; global options: +cmd\n"
     ";; connection timed out; no servers could be reache\n```",
     {("opensuse.org", "timeout", False)}),
    ("nslookup-communications-error",
     "/ # nslookup -type=srv istio-example-long.reecemath.com\n;; Truncated, retrying in TCP mode.\n"
     ";; communications error to 10.96.0.10#53: connection reset",
     {("istio-example-long.reecemath.com", "other", False)}),
    ("nslookup-communications-error",  # dig 9.18's `+short` run cut before its `no servers could be reached`
     "$ dig +short orders.prod.svc.cluster.local\n;; communications error to 10.96.0.10#53: timed out\n"
     ";; communications error to 10.96.0.10#53: timed out",
     {("orders.prod.svc.cluster.local", "timeout", False)}),
    ("coredns-errors-headless", "api.example.org. A: read udp 10.0.0.5:41234->10.0.0.2:53: i/o timeout",
     {("api.example.org", "timeout", False)}),
    ("nslookup-last-servfail",
     "nslookup kubernetes\n;; Got recursion not available from 10.3.0.10, trying next server\n"
     ";; Got SERVFAIL reply from 10.3.0.10, trying next server\n...",
     {("kubernetes", "servfail", False)}),
)  # fmt: skip


@pytest.mark.parametrize(("case", "text", "want"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_dns_tool_form(case: str, text: str, want: set[tuple[str, str, bool]]) -> None:
    assert set(triples(text)) == want, case
    assert case in rules_that_fire(text)


def test_a_short_run_that_printed_an_address_after_a_timeout_resolved() -> None:
    text = "$ dig +short orders.prod.svc.cluster.local\n;; communications error to 10.96.0.10#53: timed out\n10.0.0.1"
    assert triples(text) == []


def test_every_dns_tool_form_rule_fires() -> None:
    assert unfired(DNS_TOOL_FORM_RULES, (e[1] for e in EXAMPLES)) == set()
