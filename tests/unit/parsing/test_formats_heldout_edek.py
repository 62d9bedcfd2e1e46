"""Formats held-out ED to EK showed (issue #17, spent: measured at 02:24 UTC 2026-12-05 on 81676e8, then read): each
test names the runtime and the format, with look-alikes that must stay no failure."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from tests.unit.parsing.rounds import found
from tests.unit.parsing.speed import GUARD, best_of


def _flagged(text: str) -> set[tuple[str, str, bool]]:
    return {(f.host, f.kind, f.redacted) for f in parse_failures(text)}


def test_grpc_c_ares_with_a_url_handed_over_as_the_target_reads_the_urls_host() -> None:
    # nginx-otel's exporter given `https://h:443` as its endpoint: gRPC looks the whole URL up (c-ares' `name=`)
    text = (
        "2025/04/16 12:18:46 [error] 359#367: OTel export failure: DNS resolution failed for https://otel.example.com:443:"
        " C-ares status is not ARES_SUCCESS qtype=A name=https://otel.example.com:443 is_balancer=0: Misformatted "
        "domain name"
    )
    assert found(text) == {("otel.example.com", "other")}
    text = (
        "OTel export failure: DNS resolution failed for http://collector.obs.svc.cluster.local.:4317: C-ares status is "
        "not ARES_SUCCESS qtype=A name=http://collector.obs.svc.cluster.local.:4317 is_balancer=0: Domain name not "
        "found"
    )
    assert found(text) == {("collector.obs.svc.cluster.local", "nxdomain")}
    # gRPC that looked the scheme itself up (c-ares' `name=https`): the scheme is the name asked
    asked = (
        'details = "DNS resolution failed for https://nnxx.com/: C-ares status is not ARES_SUCCESS qtype=AAAA '
        'name=https is_balancer=0: Domain name not found"'
    )
    assert found(asked) == {("https", "nxdomain")}


def test_envoy_c_ares_could_not_contact_dns_servers_is_other() -> None:
    # c-ares' ECONNREFUSED (11) is its `Could not contact DNS servers`: LABELS.md's sets label that text `other`
    text = (
        "[debug][dns] [source/extensions/network/dns_resolver/cares/dns_impl.cc:219] dns resolution for "
        'eg.envoy-gateway-system.svc.cluster.local. failed with c-ares status 0x000b: "Could not contact DNS servers"'
    )
    assert found(text) == {("eg.envoy-gateway-system.svc.cluster.local", "other")}
    timeout = 'dns resolution for api.internal. failed with c-ares status 12: "Timeout while contacting DNS servers"'
    assert found(timeout) == {("api.internal", "timeout")}


def test_grpc_js_target_with_a_mistyped_scheme_names_the_host() -> None:
    text = "Error: `name resolution failed for target dons:my-otel-demo-cart-service:8080`"
    assert found(text) == {("my-otel-demo-cart-service", "other")}
    assert found("Name resolution failed for target dns:checkout:8080") == {("checkout", "other")}


def test_kong_balancer_dns_error_with_one_name_tried() -> None:
    text = (
        "2019/04/26 21:16:10 [error] 141470#0: *373038045 [lua] balancer.lua:808: execute(): [dns] dns server error: 2 "
        "server failure. Tried: (short)api.shop.example.com:(na) - cache-miss"
    )
    assert found(text) == {("api.shop.example.com", "servfail")}
    masked = text.replace("api.shop.example.com", "****.****.com")
    assert _flagged(masked) == {("****.****.com", "servfail", True)}
    # a first name that resolved to an SRV answer: the error is the next name's (the Tried list's own rule)
    srv = (
        "execute(): [dns] dns server error: 3 name error. Tried: (short)web.service.consul:(na) - cache-hit/stale\n"
        "web.service.consul:33 - cache-hit/stale/scheduled/dereferencing SRV\n"
        "(short)0a1b.node.dc1.consul:(na) - cache-hit/stale\n"
        "0a1b.node.dc1.consul:1 - cache-hit/dns server error: 3 name error\n"
    )
    assert found(srv) == {("0a1b.node.dc1.consul", "nxdomain")}


def test_markdown_bold_closed_after_a_names_final_dot() -> None:
    # lego's error quoted in bold: `**Error: ... for _acme-challenge.d.co.uk.**`
    text = (
        "> **Error: error creating certificate: error: one or more domains had a problem:\n"
        "[shop.co.uk] time limit exceeded: last error: could not determine the zone: unexpected response code "
        "'SERVFAIL' for _acme-challenge.shop.co.uk.**"
    )
    assert found(text) == {("_acme-challenge.shop.co.uk", "servfail")}


def test_stand_ins_labels_say_the_name_is_not_the_real_one() -> None:
    # LABELS.md clause 2: `somedomain` as any label; clause 1: a variable's name as a label
    assert _flagged("unexpected response code 'SERVFAIL' for _acme-challenge.somedomain.duckdns.org.") == {
        ("_acme-challenge.somedomain.duckdns.org", "servfail", True)
    }
    text = "java.net.UnknownHostException: lambda.MY_AWS_REGION.amazonaws.com"
    assert _flagged(text) == {("lambda.my_aws_region.amazonaws.com", "nxdomain", True)}
    # a Windows host's name in capitals with an underscore is no variable's
    assert _flagged("No such host is known. (SQL_PROD01.corp.contoso.local:1433)") == {
        ("sql_prod01.corp.contoso.local", "nxdomain", False)
    }
    # capitals alone are a real (Windows-style) name
    assert _flagged("java.net.UnknownHostException: SQL-SERVER-01.corp.local") == {
        ("sql-server-01.corp.local", "nxdomain", False)
    }


def test_lego_could_not_determine_authoritative_nameservers() -> None:
    text = (
        "[somewhere.duckdns.org] time limit exceeded: last error: could not determine authoritative nameservers\\n"
        ' providerName=myresolver.acme ACME CA="https://acme-v02.api.letsencrypt.org/directory"'
    )
    assert found(text) == {("somewhere.duckdns.org", "other")}


def test_boulder_no_valid_a_records_is_an_empty_answer() -> None:
    text = (
        "[Sat Jul 22 15:39:06 UTC 2023] shop.example.org:Verify error:no valid A records found for shop.example.org; "
        "no valid AAAA records found for shop.example.org"
    )
    assert found(text) == {("shop.example.org", "nxdomain")}


def test_certbot_important_notes_wrap_the_name_onto_the_next_line() -> None:
    text = (
        "2018-02-05T17:35:56.331081269Z    Domain: cloud.example.stream\n"
        "2018-02-05T17:35:56.331095668Z    Detail: DNS problem: NXDOMAIN looking up TXT for\n"
        "2018-02-05T17:35:56.331110942Z    _acme-challenge.cloud.example.stream\n"
    )
    assert found(text) == {("_acme-challenge.cloud.example.stream", "nxdomain")}
    plain = "   Detail: DNS problem: SERVFAIL looking up A for\n   www.example.stream\n"
    assert found(plain) == {("www.example.stream", "servfail")}
    # the sentence going on in words on the next line names nothing
    assert parse_failures("Detail: DNS problem: NXDOMAIN looking up TXT for\nthe record you added\n") == []


def test_urllib3_pool_wrapped_after_its_port() -> None:
    text = (
        "   HTTPSConnectionPool(host='acme-v02.api.letsencrypt.org', port=443):\n"
        '   Max retries exceeded with url: /directory "[Errno -3] Try again"\n'
    )
    assert found(text) == {("acme-v02.api.letsencrypt.org", "temporary")}
    refused = (
        "HTTPSConnectionPool(host='api.example.org', port=443):\n"
        " Max retries exceeded with url: / (Caused by NewConnectionError('...: [Errno 111] Connection refused'))\n"
    )
    assert parse_failures(refused) == []


def test_go_reason_cut_where_its_line_ends() -> None:
    text = (
        "Temporary Error: Get http://nginx-svc.default.svc.cluster.local: dial tcp: lookup "
        "nginx-svc.default.svc.cluster.local on [2001:4860:4860::8844]:53: no such hos\n```"
    )
    assert found(text) == {("nginx-svc.default.svc.cluster.local", "nxdomain")}
    # the paste ends right after Go's name: the look-up failed, no reason left
    cut = 'Error response from daemon: Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io '
    assert found(cut) == {("registry-1.docker.io", "other")}
    # too little of the reason left to say which (`no s`): a failure of no kind
    assert found("dial tcp: lookup db on 10.96.0.10:53: no s") == {("db", "other")}
    # the whole reason is read as it is, cut or not
    assert found("dial tcp: lookup db on 10.96.0.10:53: i/o timeo") == {("db", "timeout")}


def test_coredns_log_formerr_answer() -> None:
    text = (
        '[INFO] 10.233.127.89:38391 - 25110 "A IN registry-1.docker.io. udp 38 false 512" FORMERR qr,rd 38 0.001045047s'
    )
    assert found(text) == {("registry-1.docker.io", "other")}
    noerror = '[INFO] 10.0.0.5:1 - 2 "A IN ok.example. udp 38 false 512" NOERROR qr,rd 38 0.001s'
    assert parse_failures(noerror) == []
    # an AAAA's NOTIMP beside the same name's NOERROR, and an ANY query refused by design, are no failed look-ups
    answered = noerror + '\n[INFO] 10.0.0.5:1 - 3 "AAAA IN ok.example. udp 38 false 512" NOTIMP qr,rd 38 0.001s'
    assert parse_failures(answered) == []
    assert parse_failures('"ANY IN example.org. udp 38 false 512" NOTIMP qr,rd 38 0.001s') == []


def test_aws_sdk_java_v1_endpoint_with_eai_system() -> None:
    text = (
        "java.io.IOException: com.amazonaws.AmazonClientException: Unable to execute HTTP request: "
        "dynamodb.us-east-1.amazonaws.com: System error"
    )
    assert found(text) == {("dynamodb.us-east-1.amazonaws.com", "other")}


def test_pgpool_failover_names_the_backend_its_getaddrinfo_error_left_out() -> None:
    text = (
        "2025-05-09 02:46:25.603: psql pid 1: WARNING:  failed to connect to PostgreSQL server, getaddrinfo() failed "
        'with error "Temporary failure in name resolution"\n'
        "2025-05-09 02:46:25.603: psql pid 1: LOG:  received degenerate backend request for node_id: 0 from pid [1]\n"
        "2025-05-09 02:46:25.603: psql pid 1: FATAL:  failed to create a backend connection\n"
        "2025-05-09 02:46:25.603: main pid 1: LOG:  === Starting degeneration. shutdown host pg-0.pg-headless(5432) "
        "===\n"
    )
    assert found(text) == {("pg-0.pg-headless", "temporary")}


def test_dig_header_cut_at_its_start() -> None:
    text = (
        " @208.67.222.222 myip.opendns.com\n; (1 server found)\n;; global options: +cmd\n"
        ";; connection timed out; no servers could be reached\n"
    )
    assert found(text) == {("myip.opendns.com", "timeout")}


def test_hickory_query_debug_form_over_lines() -> None:
    # the MongoDB Rust driver's error: hickory's `Query` pretty-printed
    text = (
        "(Kind: An error occurred during DNS resolution: no record found for Query {\n"
        'name: Name("_mongodb._tcp.cluster0.abcde.mongodb.net.ec2.internal."),\n'
        "query_type: SRV,\n"
        "query_class: IN\n"
        "}, labels: {})"
    )
    assert found(text) == {("_mongodb._tcp.cluster0.abcde.mongodb.net.ec2.internal", "nxdomain")}
    ptr = 'no record found for Query {\nname: Name("4.3.2.1.in-addr.arpa."),\nquery_type: PTR,\n'
    assert parse_failures(ptr) == []


def test_tdengine_fqdn_texts_are_nxdomain() -> None:
    text = (
        "10/06 21:57:42.140678 00048418 C RPC ERROR failed to get ip from fqdn:buildkitsandbox since Unable to resolve "
        "FQDN"
    )
    assert found(text) == {("buildkitsandbox", "nxdomain")}


def test_vscode_remote_ssh_could_not_resolve_hostname() -> None:
    text = (
        'visual studio code opens with the error message `Could not establish connection to "dev.devpod": Could not '
        "resolve hostname`."
    )
    assert found(text) == {("dev.devpod", "nxdomain")}
    other = 'Could not establish connection to "dev.box": Connection refused'
    assert parse_failures(other) == []
    # with ssh's own line, its name is the one looked up; the quoted one may be a config alias
    both = (
        "> ssh: Could not resolve hostname devbox.corp.example.com: Name or service not known\n"
        'Could not establish connection to "devbox": Could not resolve hostname'
    )
    assert found(both) == {("devbox.corp.example.com", "nxdomain")}


def test_yugabyte_no_endpoints_resolved() -> None:
    text = (
        "passed its deadline: Network error (yb/util/net/dns_resolver.cc:74): No endpoints resolved for: "
        "yb-master-2.yb-masters.yb.svc.cluster.local"
    )
    assert found(text) == {("yb-master-2.yb-masters.yb.svc.cluster.local", "nxdomain")}


def test_cilium_dns_proxy_forward_error_wrapped_over_lines() -> None:
    text = (
        'level=error msg="Cannot forward proxied DNS lookup" DNSRequestID=25283 \n'
        "dnsName=api.corp.example. endpointID=2522 \n"
        'error="failed to dial connection to 10.42.4.240:53: dial udp 10.42.4.234:51871->10.42.4.240:53: \n'
        'bind: address already in use"\n'
        'identity=21257 ipAddr="10.42.4.234:51871" subsys=fqdn/dnsproxy\n'
    )
    assert found(text) == {("api.corp.example", "other")}
    timed_out = (
        'level=warning msg="Cannot forward proxied DNS lookup" dnsName=db.corp.example. error="failed to dial '
        'connection to 10.0.0.10:53: read udp 10.0.1.4:3->10.0.0.10:53: i/o timeout" subsys=fqdn/dnsproxy'
    )
    assert found(timed_out) == {("db.corp.example", "timeout")}


def test_azure_apim_gateway_backend_name_does_not_resolve() -> None:
    text = (
        "[Info] 2024-01-19T07:38:12.752 [GatewayLogs], url: https://gw.example.com/rr/, responseCode: 500, "
        "backendUrl: http://orders-api/, lastError: {\n"
        '  "elapsed": 283,\n'
        '  "reason": "BackendConnectionFailure",\n'
        '  "message": "Name does not resolve",\n'
        '  "transportErrorCode": -131073\n'
        "}, errors: [\n"
        "  {\n"
        '    "reason": "BackendConnectionFailure",\n'
        '    "message": "Name does not resolve",\n'
        "  }\n"
        "]\n"
    )
    assert found(text) == {("orders-api", "nxdomain")}
    refused = text.replace("Name does not resolve", "Connection refused")
    assert parse_failures(refused) == []


def test_ssh_error_overwritten_by_a_carriage_return() -> None:
    # Hadoop's start scripts: `ssh: Could not resolve hostname worker1\r: Name or service not known` on a terminal
    text = (
        "root@master:/# start-yarn.sh\n"
        "Starting nodemanagers\n"
        ": Name or service not knownstname worker1\n"
        ": Temporary failure in name resolutionworker2\n"
        "worker3: Warning: Permanently added 'worker3,10.0.2.4' (ECDSA) to the list of known hosts.\n"
    )
    assert found(text) == {("worker1", "nxdomain")}
    assert found(": Name or service not knownname db-1\n") == {("db-1", "nxdomain")}
    # macOS' resolver text under the same carriage return
    assert found(": nodename nor servname provided, or not knownname mac-builder\n") == {("mac-builder", "nxdomain")}
    # a reason followed by other words is no overwritten ssh line
    assert parse_failures(": Name or service not known by the resolver here\n") == []


def test_botocore_endpoint_error_in_words_with_its_traceback_below() -> None:
    text = (
        'I keep getting `EndpointConnectionError: Could not connect to the endpoint URL: "https://batch.eu.amazonaws.com/v1/x"`\n'
        "\n"
        "```\n"
        "gaierror                                  Traceback (most recent call last)\n"
        "~/lib/python3.8/site-packages/urllib3/connection.py in _new_conn(self)\n"
        "gaierror: [Errno -2] Name or service not known\n"
    )
    assert found(text) == {("batch.eu.amazonaws.com", "nxdomain")}
    # without a resolver's error it says nothing of how the connection failed
    bare = (
        'I keep getting `EndpointConnectionError: Could not connect to the endpoint URL: "https://s3.example.com/"`\n'
    )
    assert parse_failures(bare) == []


def test_object_store_urls_are_no_names_for_a_hostless_error() -> None:
    text = (
        "Uploading package gcs://_ray_pkg_6fcca69c75b5b5c8.zip.\n"
        "Traceback (most recent call last):\n"
        "socket.gaierror: [Errno -2] Name or service not known\n"
    )
    assert all(f.host != "_ray_pkg_6fcca69c75b5b5c8.zip" for f in parse_failures(text))


@pytest.mark.parametrize(
    "line",
    [
        'Could not establish connection to "dev{}.box": Could not resolve hostname\n',
        'level=error msg="Cannot forward proxied DNS lookup" dnsName=a{}.example. error="x"\n',
        '  "message": "Name does not resolve",\n',
        ": Name or service not knownstname worker{}\n",
    ],
)
def test_a_megabyte_of_one_rounds_format_on_every_line_parses_quickly(line: str) -> None:
    # each line its own name: a rule that searched the whole paste for each match took 22 s here (review)
    paste = "".join(line.format(n) for n in range(1_000_000 // len(line)))
    assert best_of(3, lambda: parse_failures(paste)) < GUARD
