"""Go's lookups with a name as printed or a message wrapped over lines (rules/go_lookups.py, gathered from the round
modules of held-out D, F, N, R, S/T, U/V): each rule reads its form, and each fires on one of these examples."""

from __future__ import annotations

import pytest

from checks.parsing.rules.go_lookups import RULES as GO_LOOKUP_RULES
from tests.unit.parsing.rounds import triples, unfired

EXAMPLES: tuple[tuple[str, str, set[tuple[str, str, bool]]], ...] = (
    ("go-lookup-path", "dial tcp: lookup tcp/14268/api/traces: nodename nor servname provided, or not known",
     {("tcp/14268/api/traces", "nxdomain", False)}),
    ("go-windows-getaddrinfow", "> lookup @localhost: getaddrinfow: An unrecoverable error during a database search.",
     {("@localhost", "other", False)}),
    ("go-lookup-quoted", 'dial tcp: lookup "54.218.162.46": no such host', {('"54.218.162.46"', "nxdomain", False)}),
    ("go-lookup-wrapped",
     "message: 'Get \"https://registry.example.com/v2/\": dial tcp: lookup registry.example.com\n"
     "  on 10.96.0.10:53: read udp 10.1.1.1:5->10.96.0.10:53: i/o timeout'",
     {("registry.example.com", "timeout", False)}),
    # the YAML scalar above is unfolded before any rule reads it (wrapped_lines.py); a plain break is this rule's
    ("go-lookup-wrapped",
     'Error: Get "https://registry.example.com/v2/": dial tcp: lookup registry.example.com\n'
     "  on 10.96.0.10:53: read udp 10.1.1.1:5->10.96.0.10:53: i/o timeout",
     {("registry.example.com", "timeout", False)}),
    ("go-lookup-closed",  # held-out IT-JA (spent): the error cut after the name where a code span closes
     "`Failed to initialize client: Get http://rancher-metadata/latest/version: dial tcp: lookup rancher-metadata`",
     {("rancher-metadata", "other", False)}),
    ("go-lookup-keyed", "dial tcp: lookup addr=host.docker.internal: no such host",
     {("addr=host.docker.internal", "nxdomain", False)}),
    ("go-lookup-unfilled-variable", "dial tcp: lookup ((mysqld_exporter.mysql.address)): no such host",  # held-out CG
     {("((mysqld_exporter.mysql.address))", "nxdomain", False)}),
    ("go-lookup-masked", "dial tcp: lookup***.r2.cloudflarestorage.com: i/o timeout",
     {("***.r2.cloudflarestorage.com", "timeout", True)}),
    ("go-lookup-empty-label", "dial tcp: lookup sts..amazonaws.com: no such host",
     {("sts..amazonaws.com", "nxdomain", False)}),
    # held-out Y: a comma inside the string handed over, one name as printed
    ("go-lookup-comma", "dial tcp: lookup demo-volume-0.demo-volume-peer,seaweedfs: no such host",
     {("demo-volume-0.demo-volume-peer,seaweedfs", "nxdomain", False)}),
    # held-out BE: the space after `lookup` lost in the paste
    ("go-lookup-glued", "error #0: dial tcp: lookupxyz-etcd-0.xyz-etcd on 10.96.0.10:53: no such host",
     {("xyz-etcd-0.xyz-etcd", "nxdomain", True)}),
    # held-out HV-IC (spent): a name with a space in it, as Go printed what it was handed (the `go` rule's first word
    # is not read apart); a server after it
    ("go-lookup-spaced", "error connecting to nsqd - dial tcp: lookup nsqd node1: i/o timeout",
     {("nsqd node1", "timeout", False)}),
    ("go-lookup-spaced", "dial tcp: lookup nsqd node1 on 10.96.0.10:53: no such host",
     {("nsqd node1", "nxdomain", False)}),
)  # fmt: skip


@pytest.mark.parametrize(("case", "text", "want"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_go_lookup_form(case: str, text: str, want: set[tuple[str, str, bool]]) -> None:
    assert set(triples(text)) == want, case


def test_every_go_lookup_rule_fires() -> None:
    assert unfired(GO_LOOKUP_RULES, (e[1] for e in EXAMPLES)) == set()
