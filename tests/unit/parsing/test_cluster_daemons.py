"""Held-out AC and AD (issue #17): cluster daemons' and their tools' resolver messages
(`checks/parsing/rules/cluster_daemons.py`: Erlang/OTP epmd, Apache mod_proxy as printed, Salt, mesos-dns, Mesos's
libprocess, APISIX's etcd client) and the Kong forms read by `rules/survey.py`/`rules/survey6.py` (an older client's
semicolon, the pool message after a `[dns]` tag); each with the look-alikes that must not read as a failure.
Messages are written from the products' formats, not copied from a set."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures

_H = "rabbit-0.rabbit-nodes.mq.svc.cluster.local"


def _found(text: str) -> set[tuple[str, str]]:
    return {(f.host.lower(), f.kind) for f in parse_failures(text)}


# (runtime and format, message as printed, host, kind)
FORMATS: tuple[tuple[str, str, str, str], ...] = (
    (
        "Erlang epmd (rabbitmqctl), unquoted, timeout",
        f"Error: epmd error for host {_H}: timeout (timed out)",
        _H,
        "timeout",
    ),
    (
        "Erlang epmd (rabbitmq-server start), quoted, nxdomain",
        f'  get error - ERROR: epmd error for host "{_H}": nxdomain (non-existing domain)',
        _H,
        "nxdomain",
    ),
    (
        "Erlang epmd in Markdown bold (the RabbitMQ operator's issue)",
        "# **ERROR: epmd error for host rabbit-1.rabbit-nodes.default: timeout (timed out)**",
        "rabbit-1.rabbit-nodes.default",
        "timeout",
    ),
    (
        "rabbitmq-diagnostics: unable to connect to epmd on h",
        "rabbit@rabbit-2:\n  * unable to connect to epmd (port 4369) on rabbit-2: timeout (timed out)",
        "rabbit-2",
        "timeout",
    ),
    (
        "Apache mod_proxy AH00898, a port glued to a path (as printed)",
        "[proxy:error] [pid 1200:tid 139] AH00898: DNS lookup failure for: 10.0.0.7:8080app returned by /app",
        "10.0.0.7:8080app",
        "other",
    ),
    (
        "Apache mod_proxy error page, a name glued to its port and path",
        "<p>Reason: <strong>DNS lookup failure for: web.shop.svc:8080sogo</strong></p>",
        "web.shop.svc:8080sogo",
        "other",
    ),
    (
        "Apache mod_proxy, a name with its port (the name alone)",
        "AH00898: DNS lookup failure for: web.shop.svc:8080 returned by /",
        "web.shop.svc",
        "other",
    ),
    ("Salt minion, old form", "[ERROR   ] DNS lookup of 'salt-master' failed.", "salt-master", "other"),
    (
        "Salt minion, newer form",
        "[ERROR   ] DNS lookup or connection check of 'salt.infra.svc' failed.",
        "salt.infra.svc",
        "other",
    ),
    (
        "mesos-dns, a resolver without its port",
        'ERROR: 2015/08/28 16:37:17 resolver.go:332: failed external DNS lookup of "agent-1.example.com.": dial udp: '
        "missing port in address ns1.example.net.",
        "agent-1.example.com",
        "other",
    ),
    (
        "mesos-dns, the upstream timed out",
        'ERROR: resolver.go:332: failed external DNS lookup of "agent-2.example.com.": read udp 10.0.0.2:53: '
        "i/o timeout",
        "agent-2.example.com",
        "timeout",
    ),
    (
        "Mesos/Marathon libprocess getIP (glibc's text; not the pronoun before it)",
        "00:59:15Failed to obtain the IP address for 'bf186c85cac4'; the DNS service may not be able to resolve it: "
        "Name or service not known",
        "bf186c85cac4",
        "nxdomain",
    ),
    (
        "Mesos agent libprocess getIP, EAI_AGAIN",
        "F1124 process.cpp:1007] Failed to obtain the IP address for 'mesos-agent-3'; the DNS service may not be able "
        "to resolve it: Temporary failure in name resolution",
        "mesos-agent-3",
        "temporary",
    ),
    (
        "Kong 0.10 (older lua-resty-dns-client): a semicolon after `dns server error`",
        "[lua] responses.lua:101: before(): failed the initial dns/balancer resolve for 'orders-svc' with: dns server "
        "error; 2 server failure, client: 10.2.0.1",
        "orders-svc",
        "servfail",
    ),
    (
        "Kong: the pool message after a `[dns]` tag, the name in the Tried list",
        "[lua] balancer.lua:806: execute(): [dns] dns lookup pool exceeded retries (1): timeout. Tried: "
        "(short)mockbin.org:(na) - cache-miss",
        "mockbin.org",
        "timeout",
    ),
    (
        "APISIX's etcd client: the endpoint's name did not resolve",
        "v3.lua:716: request_chunk(): http://etcd.apisix.svc.cluster.local:2379: failed to parse domain: failed to "
        "parse domain. Retrying",
        "etcd.apisix.svc.cluster.local",
        "other",
    ),
    (
        "APISIX upstream: a `${{VAR}}` its loader left unsubstituted, looked up as printed",
        "[lua] upstream.lua:97: parse_domain_for_nodes(): dns resolver domain: ${{ORDERS_HOST}} error: failed to query "
        "the DNS server: dns server error: 3 name error, client: 172.18.0.1",
        "${{orders_host}}",
        "nxdomain",
    ),
    (
        "APISIX: `failed to parse domain: ${{VAR}}, error:` timed out",
        "[lua] init.lua:120: failed to parse domain: ${{ORDERS_HOST}}, error: failed to query the DNS server: timeout",
        "${{orders_host}}",
        "timeout",
    ),
)


@pytest.mark.parametrize(("fmt", "text", "host", "kind"), FORMATS, ids=[f[0] for f in FORMATS])
def test_each_format_is_read_with_its_kind(fmt: str, text: str, host: str, kind: str) -> None:
    assert _found(text) == {(host, kind)}, fmt


LOOKALIKES: tuple[tuple[str, str], ...] = (
    ("epmd reached nobody: refused (no DNS failure)", f"epmd error for host {_H}: econnrefused (connection refused)"),
    ("epmd: address (cannot connect)", "unable to connect to epmd (port 4369) on rabbit-2: address (cannot connect)"),
    ("epmd: the atom without Erlang's explanation", f"epmd error for host {_H}: timeouts are configured"),
    ("mod_proxy: another AH error", "AH01102: error reading status line from remote server web.shop.svc:8080"),
    ("mod_proxy: the words in prose, no name", "DNS lookup failure for: (see the log)"),
    ("Salt: the check passed", "DNS lookup of 'salt-master' succeeded in 3 ms"),
    ("mesos-dns: the name line alone", "ERROR: 2015/08/28 16:37:17 resolver.go:331: agent-1.example.com."),
    ("a pronoun before glibc's text, no name", "the DNS service may not resolve it: Name or service not known"),
    ("Kong: the pool message with no Tried list", "[dns] dns lookup pool exceeded retries (1): timeout"),
    ("APISIX's etcd: refused, no parse failure", "request_chunk(): http://etcd:2379: connection refused. Retrying"),
    ("APISIX: `${{VAR}}` with an error no resolver's", "dns resolver domain: ${{ORDERS_HOST}} error: no resolver set"),
)


@pytest.mark.parametrize(("case", "text"), LOOKALIKES, ids=[c[0] for c in LOOKALIKES])
def test_lookalikes_read_no_failure(case: str, text: str) -> None:
    assert _found(text) == set(), case
