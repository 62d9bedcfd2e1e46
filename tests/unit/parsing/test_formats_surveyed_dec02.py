"""Formats surveyed from runtimes' and products' own texts (issue #17, a probe of the session of 2026-12-02 written
from their source and documentation, not from any paste): each case names the program and the form it prints."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures


def pairs(text: str) -> set[tuple[str, str]]:
    return {(f.host, f.kind) for f in parse_failures(text)}


@pytest.mark.parametrize(
    ("program", "text", "want"),
    [
        (
            "Rust hickory-resolver, its Debug form (`{:?}`, `unwrap()`)",
            "called `Result::unwrap()` on an `Err` value: ResolveError { kind: NoRecordsFound { query: Query { name: "
            'Name("ledger.shop.io."), query_type: A, query_class: IN }, soa: None, negative_ttl: None, response_code: '
            "NXDomain, trusted: true } }",
            {("ledger.shop.io", "nxdomain")},
        ),
        (
            "Rust hickory-resolver, its Debug form with the server's ServFail",
            'ResolveError { kind: NoRecordsFound { query: Query { name: Name("ledger.shop.io."), query_type: AAAA, '
            "query_class: IN }, soa: None, negative_ttl: None, response_code: ServFail, trusted: false } }",
            {("ledger.shop.io", "servfail")},
        ),
        (
            "Rust hickory-resolver, its Display form after a panic's `Err` (the word is no name)",
            "called `Result::unwrap()` on an `Err` value: ResolveError: no record found for Query { name: "
            'Name("ledger.shop.io."), query_type: A, query_class: IN }',
            {("ledger.shop.io", "nxdomain")},
        ),
        (
            ".NET 5+ on Linux, EAI_AGAIN as SocketError.TryAgain `(00000001, 11)`, the name in the connection string",
            "Npgsql.NpgsqlException (0x80004005): Exception while connecting\n ---> System.Net.Sockets.SocketException "
            "(00000001, 11): Resource temporarily unavailable\n   at Npgsql.NpgsqlConnector.Connect(NpgsqlTimeout "
            "timeout)\nHost=pg-main;Database=app",
            {("pg-main", "temporary")},
        ),
        (
            ".NET, a socket's own EAGAIN `(11)`: no lookup",
            "Host=pg-main;Database=app\n ---> System.Net.Sockets.SocketException (11): Resource temporarily "
            "unavailable",
            set(),
        ),
        (
            "Cilium's DNS proxy, the upstream's answer timed out (`dnsName=h.`)",
            'level=error msg="Timeout waiting for response to forwarded proxied DNS lookup" dnsName=ledger.shop.io. '
            'ipAddr="10.0.0.5:53" subsys=fqdn/dnsproxy',
            {("ledger.shop.io", "timeout")},
        ),
        (
            "Ansible's get_url/uri, Python's urlopen error with the URL in the task's `url` field (a `.sh` host)",
            'fatal: [localhost]: FAILED! => {"msg": "Status code was -1 and not [200]: Request failed: <urlopen error '
            '[Errno -2] Name or service not known>", "url": "https://get.helm.sh/helm-v3.12.0-linux-amd64.tar.gz"}',
            {("get.helm.sh", "nxdomain")},
        ),
        (
            "Python, a URL's host whose top-level label is a file suffix, the reason after it",
            "Failed to download https://get.helm.sh/helm.tgz: [Errno -2] Name or service not known",
            {("get.helm.sh", "nxdomain")},
        ),
        (
            "a script's name in prose is still no host",
            "see ./deploy.sh: getaddrinfo failed: Name or service not known",
            set(),
        ),
        (
            "CRC / docker-machine, `ssh command error:` with the `host -R 3 h` command printed below dig's failure",
            "ERRO Failed internal DNS query: ;; connection timed out; no servers could be reached\n : Temporary error: "
            "ssh command error:\ncommand : host -R 3 foo.apps-crc.testing\nerr     : Process exited with status 1",
            {("foo.apps-crc.testing", "timeout")},
        ),
        (
            "host(1), its options with a value (`-R 3`, `-W 2`) before the name",
            "$ host -R 3 -W 2 ledger.shop.io\nHost ledger.shop.io not found: 3(NXDOMAIN)",
            {("ledger.shop.io", "nxdomain")},
        ),
        (
            "Apache httpd mod_proxy, APR's `(EAI 2)` reason before AH00898",
            "[proxy:error] [pid 12:tid 140] (EAI 2)Name or service not known: AH00898: DNS lookup failure for: "
            "backend-svc returned by /app/",
            {("backend-svc", "nxdomain")},
        ),
        (
            "Apache httpd mod_proxy, APR's `(EAI 3)` reason before AH00898",
            "[proxy:error] [pid 9] (EAI 3)Temporary failure in name resolution: AH00898: DNS lookup failure for: "
            "wiki.shop.io returned by /wiki",
            {("wiki.shop.io", "temporary")},
        ),
        (
            "Apache httpd mod_proxy, AH00898 with no reason before it",
            "[proxy:error] AH00898: DNS lookup failure for: backend-svc returned by /app/",
            {("backend-svc", "other")},
        ),
        (
            "Kong, its lua file and line before `DNS resolution failed` (the file is no name)",
            "[error] 1#0: *1 [lua] balancer.lua:1: DNS resolution failed: dns server error: 3 name error. Tried: "
            '["(short)svc-a:(na) - cache-miss","svc-a:1 - cache-miss/querying/dns server error: 3 name error"]',
            {("svc-a", "nxdomain")},
        ),
        (
            "fluentd, a logfmt field's quoted value after glibc's reason (`plugin_id=\"out_es\"`: no name)",
            "2024-01-01 10:00:00 +0000 [warn]: #0 failed to flush the buffer. retry_times=1 error_class=SocketError "
            'error="getaddrinfo: Name or service not known" plugin_id="out_es"',
            set(),
        ),
        (
            "logfmt, a host field's quoted value after the reason",
            'level=error msg="could not resolve" server="pg-0.pg" err="no such host"',
            {("pg-0.pg", "nxdomain")},
        ),
        (
            "Windows ping, Traditional Chinese",
            "Ping 要求找不到主機 ledger.shop.io。請檢查名稱\uff0c然後再試一次。",
            {("ledger.shop.io", "nxdomain")},
        ),
        (
            "Windows ping, Korean",
            "Ping 요청에서 호스트 ledger.shop.io을(를) 찾을 수 없습니다. 이름을 확인하고 다시 시도하십시오.",
            {("ledger.shop.io", "nxdomain")},
        ),
        (
            "Windows ping, Italian",
            "Richiesta ping: impossibile trovare l'host ledger.shop.io. Verificare che il nome sia corretto e "
            "riprovare.",
            {("ledger.shop.io", "nxdomain")},
        ),
        (
            ".NET HttpRequestException, Traditional Chinese WinSock text",
            "System.Net.Http.HttpRequestException: 不知道這樣的主機。 (ledger.shop.io:443)",
            {("ledger.shop.io", "nxdomain")},
        ),
    ],
)
def test_a_surveyed_form_is_read(program: str, text: str, want: set[tuple[str, str]]) -> None:
    assert pairs(text) == want, program


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "discover error: lookup 我的域名 on [::1]:53: read udp [::1]:56823->[::1]:53: read: connection refused",
            {("我的域名", "refused", True)},
        ),
        ("dial tcp: lookup таблица on 10.0.0.1:53: i/o timeout", {("таблица", "timeout", True)}),
        ("dial tcp: lookup 服务器 on 10.96.0.10:53: no such host", {("服务器", "nxdomain", True)}),
        # a lookup table in prose: no server, no slot
        ("lookup 表 为空", set()),
    ],
)
def test_a_word_in_another_script_in_gos_slot_is_a_stand_in(text: str, want: set[tuple[str, str, bool]]) -> None:
    """Held-out AN's miss: the reporter typed "my domain name" in Chinese where Go prints the name looked up
    (LABELS.md: a word naming the slot is a stand-in)."""
    assert {(f.host, f.kind, f.redacted) for f in parse_failures(text)} == want
