"""Formats held-out sets AP-AS (issue #17) met that no rule read, each by runtime and format, and the look-alikes
that must stay silent (the sets' own rows are scored in test_heldout.py)."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from tests.unit.parsing.speed import GUARD, best_of, megabyte_of


def found(text: str) -> set[tuple[str, str, bool]]:
    return {(f.host, f.kind, f.redacted) for f in parse_failures(text)}


# --- mail servers (rules/mail_servers.py) ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Postfix smtp: the h_errno text TRY_AGAIN, NXDOMAIN, and a reason of no resolver's words
        (
            "postfix/smtp[931]: 8A3: to=<ops@mailhub.acme.io>, relay=none, dsn=4.4.3, status=deferred (Host or "
            "domain name not found. Name service error for name=mailhub.acme.io type=MX: Host not found, try again)",
            {("mailhub.acme.io", "temporary", False)},
        ),
        (
            "Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for name=nosuch.acme.io "
            "type=AAAA: Host not found",
            {("nosuch.acme.io", "nxdomain", False)},
        ),
        (
            "status=deferred (Name service error for name=relay.acme.io type=MX: Malformed or unexpected name server "
            "reply)",
            {("relay.acme.io", "other", False)},
        ),
        # Postfix's DNSBL client: a reversed address under the list's zone is the name looked up
        (
            "warning: dnsblog_query: lookup error for DNS query 9.8.7.10.zen.spamhaus.org: Host or domain name not "
            "found. Name service error for name=9.8.7.10.zen.spamhaus.org type=A: Host not found, try again",
            {("9.8.7.10.zen.spamhaus.org", "temporary", False)},
        ),
    ],
)
def test_postfix_name_service_error_names_the_domain_and_its_h_errno(
    text: str, expected: set[tuple[str, str, bool]]
) -> None:
    assert found(text) == expected


def test_postfix_helo_rejected_host_not_found_names_the_helo_name_also_wrapped_in_a_bounce() -> None:
    one_line = (
        "NOQUEUE: reject: RCPT from unknown[10.4.0.7]: 450 4.7.1 <web-7f9c.pods.acme.internal>: Helo command rejected: "
        "Host not found; from=<app@acme.io> to=<a@b.io> proto=ESMTP helo=<web-7f9c.pods.acme.internal>"
    )
    assert found(one_line) == {("web-7f9c.pods.acme.internal", "nxdomain", False)}
    bounce = "<worker-3.mail.acme.internal>: Helo\ncommand rejected: Host not found (in reply to RCPT TO command)"
    assert found(bounce) == {("worker-3.mail.acme.internal", "nxdomain", False)}
    # the words alone, with no HELO name before them, name nothing (and `rejected` is no name)
    assert found("550 5.7.1 Client host rejected: cannot find your hostname\ncommand rejected: Host not found") == set()


def test_exim_router_defer_names_the_recipients_domain() -> None:
    # `host lookup did not complete` is HOST_FIND_AGAIN, the resolver's try-again: `temporary` (LABELS.md)
    text = "  278   == test@mx.acme.io R=dnslookup defer (-1): host lookup did not complete"
    assert found(text) == {("mx.acme.io", "temporary", False)}
    assert found("== a@acme.io <a@acme.io> R=dnslookup defer (-1): host lookup did not complete") == {
        ("acme.io", "temporary", False)
    }


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("smtp-out: Failed to resolve MX for [relay:acme.io]: No MX found for domain", ("acme.io", "other", False)),
        (
            "smtp-out: Failed to resolve MX for [relay:mailhost,smtp]: Domain does not exist",
            ("mailhost", "nxdomain", False),
        ),
        (
            "smtp-out: Failed to resolve MX for [acme.io]: Temporary failure in MX lookup",
            ("acme.io", "temporary", False),
        ),
    ],
)
def test_opensmtpd_failed_to_resolve_mx_names_the_relay_not_its_own_process(
    line: str, expected: tuple[str, str, bool]
) -> None:
    assert found("Nov 23 02:56:45 build1 smtpd[15997]: " + line) == {expected}


def test_clamav_freshclam_names_its_mirror_and_its_version_record() -> None:
    assert found("Reading CVD header (main.cvd): ^Can't get information about database.clamav.net: Try again") == {
        ("database.clamav.net", "temporary", False)
    }
    assert found("freshclam[471]: Can't query current.cvd.clamav.net") == {("current.cvd.clamav.net", "other", False)}
    # prose, and a word with no dot, are no look-up
    assert found("Can't query mysql from the shell") == set()
    assert found("freshclam: Can't query clamav") == set()


# --- captures, browsers and clients ----------------------------------------------------------------------------------


def test_tcpdump_without_v_pairs_an_nxdomain_answer_with_its_query_by_id() -> None:
    capture = (
        "22:48:47.880033 IP 172.22.0.4.57595 > 10.0.2.3.domain: 58350+ A? smtp. (22)\n"
        "22:48:47.897362 IP 10.0.2.3.domain > 172.22.0.4.57595: 58350 NXDomain 0/1/0 (97)\n"
    )
    assert found(capture) == {("smtp", "nxdomain", False)}
    servfail = (
        "10:00:00.1 IP 10.1.0.5.40000 > 10.96.0.10.53: 4242+ AAAA? api.acme.io. (29)\n"
        "10:00:00.2 IP 10.96.0.10.53 > 10.1.0.5.40000: 4242 ServFail 0/0/0 (29)\n"
    )
    assert found(servfail) == {("api.acme.io", "servfail", False)}


def test_tcpdump_without_v_reads_no_search_path_try_and_no_unpaired_answer() -> None:
    search = (
        "1 IP 10.1.0.5.1 > 10.96.0.10.53: 11+ A? redis.default.svc.cluster.local. (49)\n"
        "2 IP 10.96.0.10.53 > 10.1.0.5.1: 11* NXDomain 0/1/0 (142)\n"
        "3 IP 10.1.0.5.1 > 10.96.0.10.53: 12+ A? redis. (23)\n"
        "4 IP 10.96.0.10.53 > 10.1.0.5.1: 12 1/0/0 A 10.0.0.7 (39)\n"
    )
    assert ("redis.default.svc.cluster.local", "nxdomain", False) not in found(search)
    assert found("2 IP 10.96.0.10.53 > 10.1.0.5.1: 777 NXDomain 0/1/0 (142)\n") == set()


@pytest.mark.parametrize(
    "page",
    [
        "This site can\u2019t be reached\ngrafana.apps.acme.io\u2019s server IP address could not be found.",
        "grafana.apps.acme.io's server DNS address could not be found.",
    ],
)
def test_chrome_error_page_copied_as_text(page: str) -> None:
    assert found(page) == {("grafana.apps.acme.io", "nxdomain", False)}


def test_etcd_failed_to_resolve_url_host_reads_its_host_and_error_fields() -> None:
    json_line = (
        '{"level":"warn","caller":"netutil/netutil.go:131","msg":"failed to resolve URL Host; returning","url":'
        '"http://etcd-0.etcd:2380","host":"etcd-0.etcd:2380","retry-interval":1,"error":"i/o timeout"}'
    )
    assert found(json_line) == {("etcd-0.etcd", "timeout", False)}
    console = (
        'warn\tnetutil/netutil.go:121\tfailed to resolve URL Host\t{"url": "http://etcd-1.etcd:2380", "host": '
        '"etcd-1.etcd:2380", "retry-interval": "1s", "error": "lookup etcd-1.etcd on 10.96.0.10:53: no such host"}'
    )
    assert found(console) == {("etcd-1.etcd", "nxdomain", False)}


def test_a_host_port_pair_then_getaddrinfo_and_its_text() -> None:
    assert found("doesnotresolve:12345 getaddrinfo: Invalid argument") == {("doesnotresolve", "other", False)}
    assert found("db.acme.io:5432 getaddrinfo: Name or service not known") == {("db.acme.io", "nxdomain", False)}


def test_python_grpc_bare_dns_resolution_failed_takes_the_one_channel_target_in_the_paste() -> None:
    code = 'channel = grpc.insecure_channel("dex.auth.svc.cluster.local:5557")\n'
    error = (
        "grpc._channel._InactiveRpcError: <...>\n\tstatus = StatusCode.UNAVAILABLE\n"
        '\tdetails = "DNS resolution failed"\n'
    )
    assert found(code + error) == {("dex.auth.svc.cluster.local", "other", False)}
    # an address channel names no name
    assert found('grpc.insecure_channel("10.0.105.63:5557")\n' + error) == set()


def test_rust_reqwest_debug_print_names_the_domain_before_a_long_url() -> None:
    path = "/api/verify/" + "eyJhbGciOiJIUzI1NiJ9" * 60
    text = (
        'Reqwest(reqwest::Error { kind: Request, url: Url { scheme: "http", host: Some(Domain("appflowy_cloud")), '
        f'port: Some(8000), path: "{path}", query: None }}, source: hyper::Error(Connect, ConnectError("dns error", '
        'Custom { kind: Uncategorized, error: "failed to lookup address information: Temporary failure in name '
        'resolution" })) })'
    )
    assert found(text) == {("appflowy_cloud", "temporary", False)}


def test_rust_dns_error_with_an_os_error_of_no_resolver_names_the_url() -> None:
    text = (
        "Error: error sending request for url (http://seed.chain.zone:26657/genesis): error trying to connect: dns "
        "error: Device or resource busy (os error 16)"
    )
    assert found(text) == {("seed.chain.zone", "other", False)}


def test_mysql_unknown_server_host_with_an_at_sign_or_a_netmask_is_reported_as_printed() -> None:
    assert found("(2005, \"Unknown MySQL server host '@172.30.20.2' (-3)\")") == {("@172.30.20.2", "temporary", False)}
    assert found("mysqlimport: Error: 2005 Unknown MySQL server host '172.17.0.0/255.255.0.0' (0)") == {
        ("172.17.0.0/255.255.0.0", "other", False)
    }


def test_go_prints_the_search_expansion_of_the_urls_host() -> None:
    text = (
        'pinging container registry image-registry.openshift-image-registry.svc:5000:\nGet "https://image-registry.'
        'openshift-image-registry.svc:5000/v2/":\ndial tcp: lookup image-registry.openshift-image-registry.svc.cluster.'
        "local: no such host"
    )
    assert found(text) == {("image-registry.openshift-image-registry.svc", "nxdomain", False)}
    # a name under another domain (a CNAME's target) is not a search suffix
    cname = 'Get "https://shop.acme.io/": dial tcp: lookup shop.acme.io.cdn.cloudflare.net: no such host'
    assert found(cname) == {("shop.acme.io.cdn.cloudflare.net", "nxdomain", False)}


def test_host_before_the_public_top_level_label_name_is_a_stand_in() -> None:
    text = "docker pull resolvable.host.name/some/image\ncurl: (6) Could not resolve host: resolvable.host.name"
    assert found(text) == {("resolvable.host.name", "nxdomain", True)}


def test_lettuces_unresolved_address_is_other_by_labels_md() -> None:
    text = "RedisConnectionException: Unable to connect to cache-redis/<unresolved>:6379"
    assert found(text) == {("cache-redis", "other", False)}


# --- look-alikes that must stay silent ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Tekton: a step's reference, not a name
        'TaskRun prepare error: failed to resolve step ref for step \\"fetch-repo\\" (index 0): resource request in '
        'progress"',
        "failed to resolve taskRef for task build: resolver timed out",
        # oc: the registry look-up failed on its proxy; the proxy resolves the registry's name
        "Docker registry lookup failed: Get https://registry-1.docker.io/v2/: http: error connecting to proxy "
        "https://127.0.0.1:8087: dial tcp 127.0.0.1:8087: getsockopt: connection refused",
        # Ansible: an inventory host variable named by an address
        "fatal: [10.99.0.121] => Failed to template {% if 'openshift_node_labels' in hostvars[item] %} True "
        "{% endif %}: host not found: 192.168.83.5",
    ],
)
def test_look_alikes_of_the_round_name_no_failure(text: str) -> None:
    assert found(text) == set()


NEAR_MATCHES = (
    "Name service error for name=x type=A: ",
    "<x>: Helo command rejected: Host not found ",
    "== a@x R=dnslookup defer (-1): ",
    "Failed to resolve MX for [relay:x",
    "Can't get information about x: ",
    "Can't query x ",
    " 58350 NXDomain 0/1/0 ",
    " 58350+ A? x. (22) ",
    'failed to resolve URL Host "host":"x:1" ',
    "x's server IP address could not be found ",
    "x:1 getaddrinfo: ",
    'details = "DNS resolution failed" grpc.insecure_channel("x:1") ',
    'host: Some(Domain("x")) failed to lookup address information: ',
    "dns error: Device busy (os error 16) ",
    "Unknown MySQL server host '@x/ ",
    "failed to resolve stepRef ",
    "host not found: 1.2.3.4 ",
)


@pytest.mark.parametrize("piece", NEAR_MATCHES)
def test_a_hostile_megabyte_line_of_near_matches_parses_quickly(piece: str) -> None:
    line = megabyte_of(piece)
    elapsed = best_of(3, lambda: parse_failures(line))
    assert elapsed < GUARD, f"{elapsed:.3f}s for a 1 MB line of {piece!r}"


# --- a review of these rules (each case read wrong by their first version) ------------------------------------------


def test_the_search_suffix_maps_to_the_longest_url_host_and_never_past_a_url_of_the_name_itself() -> None:
    two = (
        'Get "https://web:80/": dial tcp: lookup web.default.svc.cluster.local: no such host\n'
        'Get "https://web.shop:80/": dial tcp: lookup web.shop.svc.cluster.local: no such host\n'
    )
    assert found(two) == {("web", "nxdomain", False), ("web.shop", "nxdomain", False)}
    dialed = (
        "alertmanager=http://alertmanager:9093/api/v2/alerts\n"
        'Post "http://alertmanager.monitoring.svc.cluster.local:9093/api/v2/alerts": dial tcp: lookup '
        "alertmanager.monitoring.svc.cluster.local on 10.96.0.10:53: no such host"
    )
    assert found(dialed) == {("alertmanager.monitoring.svc.cluster.local", "nxdomain", False)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-01-01 12:00:01 getaddrinfo: Name or service not known", set()),
        ("[E] net.c:245 getaddrinfo: Name or service not known", set()),
        ("client.cc:88 getaddrinfo: Temporary failure in name resolution", set()),
    ],
)
def test_a_time_or_a_source_line_before_getaddrinfo_is_no_name(text: str, expected: set[tuple[str, str, bool]]) -> None:
    assert found(text) == expected


def test_tcpdump_bare_answers_pair_by_client_and_skip_answered_queries_and_search_tries() -> None:
    search = (
        "1 IP 10.1.0.5.4000 > 10.96.0.10.53: 1001+ A? db.prod.default.svc.cluster.local. (51)\n"
        "2 IP 10.96.0.10.53 > 10.1.0.5.4000: 1001 NXDomain*- 0/1/0 (144)\n"
        "3 IP 10.1.0.5.4000 > 10.96.0.10.53: 1002+ A? db.prod.svc.cluster.local. (43)\n"
        "4 IP 10.96.0.10.53 > 10.1.0.5.4000: 1002 NXDomain*- 0/1/0 (136)\n"
        "5 IP 10.1.0.5.4000 > 10.96.0.10.53: 1004+ A? db.prod.corp.example. (38)\n"
        "6 IP 10.96.0.10.53 > 10.1.0.5.4000: 1004 1/0/0 A 10.1.2.3 (54)\n"
    )
    assert found(search) == set()
    reused = (
        "1 IP 10.1.0.5.4000 > 10.96.0.10.53: 777+ A? good.example.com. (34)\n"
        "2 IP 10.96.0.10.53 > 10.1.0.5.4000: 777 1/0/0 A 93.184.216.34 (50)\n"
        "3 IP 10.96.0.10.53 > 10.1.0.9.5000: 777 NXDomain 0/1/0 (109)\n"
        "4 IP 10.96.0.10.53 > 10.1.0.5.4000: 777 NXDomain 0/1/0 (109)\n"
    )
    assert found(reused) == set()
    coredns_flags = (
        "1 IP 10.1.0.5.4000 > 10.96.0.10.53: 58350+ A? nosuch.acme.io. (32)\n"
        "2 IP 10.96.0.10.53 > 10.1.0.5.4000: 58350 NXDomain*- 0/1/0 (105)\n"
    )
    assert found(coredns_flags) == {("nosuch.acme.io", "nxdomain", False)}


def test_postfix_reverse_lookups_are_no_failure_and_no_data_is_nxdomain() -> None:
    reverse = "Name service error for name=2.0.0.127.in-addr.arpa type=PTR: Host not found, try again"
    assert found(reverse) == set()
    no_data = "Name service error for name=ipv6.acme.io type=AAAA: Host found but no data record of requested type"
    assert found(no_data) == {("ipv6.acme.io", "nxdomain", False)}


def test_cant_query_is_freshclams_only_on_its_line() -> None:
    assert found("ERROR: Can't query information_schema.tables") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Chrome says the site's server IP address could not be found",
        "The website's server IP address could not be found.",
    ],
)
def test_chromes_words_in_prose_name_nothing(text: str) -> None:
    assert found(text) == set()


def test_chromes_probe_code_below_the_page_sets_the_kind_and_its_newer_wording_is_read() -> None:
    bad_config = "grafana.acme.io's server IP address could not be found.\nDNS_PROBE_FINISHED_BAD_CONFIG"
    assert found(bad_config) == {("grafana.acme.io", "other", False)}
    newer = "This site can't be reached\nCheck if there is a typo in grafana.acme.io.\nDNS_PROBE_FINISHED_NXDOMAIN"
    assert found(newer) == {("grafana.acme.io", "nxdomain", False)}
    assert found("Check if there is a typo in grafana.acme.io.") == set()


def test_python_grpc_bare_failure_leaves_a_named_target_to_its_own_rule_and_ignores_loopback() -> None:
    text = (
        'ch = grpc.insecure_channel("localhost:50051")\n'
        'details = "DNS resolution failed"\n'
        "DNS resolution failed for service: my-svc.prod:443\n"
    )
    assert {h for h, _, _ in found(text)} == {"my-svc.prod"}


def test_etcd_url_host_with_an_address_names_nothing() -> None:
    text = (
        '{"msg":"failed to resolve URL Host","url":"http://10.0.0.1:2380","host":"10.0.0.1:2380",'
        '"error":"context canceled"}'
    )
    assert found(text) == set()


def test_exim_failure_line_with_a_colon_after_the_router() -> None:
    text = "** u@example.invalid R=dnslookup: all relevant MX records point to non-existent hosts"
    assert found(text) == {("example.invalid", "nxdomain", False)}


def test_a_step_ref_followed_by_a_lookup_is_no_name() -> None:
    assert ("step", "nxdomain", False) not in found("failed to resolve step ref: lookup hub.tekton.dev: no such host")
