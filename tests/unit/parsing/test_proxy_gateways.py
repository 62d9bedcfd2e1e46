"""Proxies', gateways' and meshes' messages about a name they could not resolve (rules/proxy_gateways.py, gathered
from the round modules of held-out D..S): each rule reads its form, and each fires on one of these examples."""

from __future__ import annotations

import pytest

from checks.parsing.rules.proxy_gateways import RULES as PROXY_GATEWAY_RULES
from tests.unit.parsing.rounds import rules_that_fire, triples, unfired

EXAMPLES: tuple[tuple[str, str, set[tuple[str, str, bool]]], ...] = (
    ("kong-dns-client-query-error",  # held-out CC
     "[lua] client.lua:533: lookup(): [dns-client] querying: 'kong-hf.mashape.com' for type 33 error: failed to "
     "receive reply from UDP server 10.135.9.15:53: timeout",
     {("kong-hf.mashape.com", "timeout", False)}),
    ("squid-dns-fail",
     '<blockquote id="error">\n<p><b>Unable to determine IP address from host name <q>schemaregistry</q></b></p>\n'
     "</blockquote>\n\n<p>The DNS server returned:</p>\n"
     '<blockquote id="data">\n<pre>Server Failure: The name server was unable to process this query.</pre>\n',
     {("schemaregistry", "servfail", False)}),
    ("openresty-lua-dns",
     "2020/04/01 12:50:34 [error] 1693#1693: *27130539 [lua] dns.lua:150: dns_lookup(): failed to query the DNS "
     "server for 192.168.1.2: server returned error code: 3: name error",
     {("192.168.1.2", "nxdomain", False)}),
    ("grpc-produced-zero-addresses",
     "msg | try to connect to placement service: dns:///dapr-placement-server.dapr-system.svc.cluster.local:50005\n"
     "msg | error connecting to placement service: rpc error: code = Unavailable desc = last resolver error: "
     "produced zero addresses",
     {("dapr-placement-server.dapr-system.svc.cluster.local", "other", False)}),
    ("linkerd1-negative", "I 0408 01:40:19.690 UTC: $/io.buoyant.rinet/11102/api.internal: name resolution is negative",
     {("api.internal", "nxdomain", False)}),
    ("openresty-lua-comment-connect",
     'local ok, err = ngx.sokcet.connect("echo.eplat", 80)\nif not ok then\n'
     "     ngx.log(err)  -- could not be resolved (3: Host not found)\nend",
     {("echo.eplat", "nxdomain", False)}),
    ("envoy-dns-refresh-failure",
     "2021-11-06T15:52:17.394023Z\tdebug\tenvoy upstream\tDNS request timed out 1 times\n"
     "2021-11-06T15:52:17.394080Z\tdebug\tenvoy upstream\tDNS refresh rate reset for zipkin.istio-system, "
     "(failure) refresh rate 30000 ms",
     {("zipkin.istio-system", "timeout", False)}),
    ("apisix-parse-domain",
     "parse_domain(): failed to parse domain: httpbin.default.svc, error: failed to query the DNS server: "
     "dns server error: 2 server failure",
     {("httpbin.default.svc", "servfail", False)}),
    ("proxy-page-no-dns-entry",
     'Description: Unable to locate the server named "argocd-repo-server" --- the server does not have a DNS entry.',
     {("argocd-repo-server", "nxdomain", False)}),
    ("haproxy-invalid-address",
     "[ALERT] 065/030135 (25328) : parsing [/etc/haproxy/haproxy.cfg:329] : 'server atv.amazon.com' : invalid "
     "address: 'atv.amazon.com' in 'atv.amazon.com:80'",
     {("atv.amazon.com", "other", False)}),
)  # fmt: skip


@pytest.mark.parametrize(("case", "text", "want"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_proxy_gateway_form(case: str, text: str, want: set[tuple[str, str, bool]]) -> None:
    assert set(triples(text)) == want, case
    assert case in rules_that_fire(text)


def test_every_proxy_gateway_rule_fires() -> None:
    assert unfired(PROXY_GATEWAY_RULES, (e[1] for e in EXAMPLES)) == set()
