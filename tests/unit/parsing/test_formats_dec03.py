"""Formats read after held-out sets AT-AY (issue #17), each by runtime and format: the misses of those spent sets that a
rule by format reads (nslookup's search-list timeout, the ZooKeeper C client), ingress-nginx's resolver errors printed
on the lines under its message, and C and Python programs' own wording around a failed getaddrinfo."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from tests.unit.parsing.speed import parses_quickly


def found(text: str) -> set[tuple[str, str, bool]]:
    return {(f.host, f.kind, f.redacted) for f in parse_failures(text)}


def test_bind_nslookup_timeout_trying_next_origin_under_its_command() -> None:
    text = (
        "[root@node1]# nslookup index.docker.io\n"
        ";; connection timed out; trying next origin\n"
        ";; connection timed out; trying next origin\n"
    )
    assert found(text) == {("index.docker.io", "timeout", False)}


def test_bind_nslookup_trying_next_origin_then_an_answer_is_no_failure() -> None:
    text = (
        "$ nslookup index.docker.io\n"
        ";; connection timed out; trying next origin\n"
        "Server:\t\t10.0.0.2\nAddress:\t10.0.0.2#53\n\n"
        "Non-authoritative answer:\nName:\tindex.docker.io\nAddress: 54.0.0.1\n"
    )
    assert found(text) == set()


def test_zookeeper_c_client_getaddrs_names_the_host_of_its_init_line() -> None:
    init = (
        "2015-07-17 23:06:12,049:25739(0x7fd0bbf41700):ZOO_INFO@zookeeper_init@786: Initiating client connection, "
        "host={hosts} sessionTimeout=10000 watcher=0x7fd11d8281e0 sessionId=0 sessionPasswd=<null> flags=0\n"
    )
    error = "2015-07-17 23:06:22,097:25739(0x7fd0bbf41700):ZOO_ERROR@getaddrs@599: getaddrinfo: {text}\n"
    one = init.format(hosts="zk-0.zk-hs:2181/mesos") + error.format(text="No such file or directory")
    assert found(one) == {("zk-0.zk-hs", "other", False)}
    again = init.format(hosts="zk-0.zk-hs:2181") + error.format(text="Temporary failure in name resolution")
    assert found(again) == {("zk-0.zk-hs", "temporary", False)}
    several = init.format(hosts="zk-0:2181,zk-1:2181") + error.format(text="No such file or directory")
    assert found(several) == set()  # the line does not say which of them failed


@pytest.mark.parametrize(
    ("errors", "kind"),
    [
        (
            "server returned error code: 3: name error\nserver returned error code: 3: name error, context: ngx.timer",
            "nxdomain",
        ),
        ("failed to receive reply from UDP server 10.96.0.10:53: timeout", "timeout"),
        ("server returned error code: 2: server failure", "servfail"),
        ("no A record resolved\nno AAAA record resolved", "nxdomain"),
    ],
)
def test_ingress_nginx_dns_lua_errors_on_the_lines_below_the_name(errors: str, kind: str) -> None:
    text = (
        "2025/07/27 07:05:13 [error] 47#47: *5409 [lua] dns.lua:152: dns_lookup(): failed to query the DNS server for "
        f"fortune-cookies.fortunecookies.svc.cluster.local:\n{errors}\n"
    )
    assert found(text) == {("fortune-cookies.fortunecookies.svc.cluster.local", kind, False)}


def test_ingress_nginx_dns_lua_cut_after_the_name_still_failed() -> None:
    text = (
        "2022/08/17 10:49:39 [error] 2725122#2725122: *792412315 [lua] dns.lua:152: dns_lookup(): failed to query the "
        "DNS server for service-meta-validator.monitoring.svc.cluster.local:\n"
        "2022/08/18 09:29:37 [error] 844935#844935: *44934601 upstream timed out (110: Operation timed out) while "
        "connecting to upstream, client: 10.1.2.3"
    )
    assert found(text) == {("service-meta-validator.monitoring.svc.cluster.local", "other", False)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # openconnect (C): getaddrinfo failed for host '%s': gai_strerror
        ("getaddrinfo failed for host 'vpn.corp.example': Name or service not known", ("vpn.corp.example", "nxdomain")),
        # C++ daemons: LOG("getaddrinfo failed for {}:{}", host, port)
        ("[client] getaddrinfo failed for broker:1883", ("broker", "other")),
        # C: fprintf(stderr, "Error resolving hostname \"%s\": %s\n", host, gai_strerror(status))
        ('Error resolving hostname "db.internal": Temporary failure in name resolution', ("db.internal", "temporary")),
        ("Error resolving host stun.example.net", ("stun.example.net", "other")),
        # Python / .NET loggers: "DNS error for %s: %s"
        (
            "DNS error for api.example.com: The DNS query name does not exist: api.example.com.",
            ("api.example.com", "nxdomain"),
        ),
    ],
)
def test_c_and_python_wording_around_a_failed_getaddrinfo(text: str, want: tuple[str, str]) -> None:
    assert found(text) == {(*want, False)}


@pytest.mark.parametrize(
    "text",
    [
        "Error resolving hostname.",  # the program printed no name
        'log.error("Encountered error resolving hostname.", t)',
        "Error resolving dependencies for project app",
    ],
)
def test_that_wording_with_no_name_after_it_names_nothing(text: str) -> None:
    assert found(text) == set()


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "failed to query the DNS server for a.b:\n",
        "ZOO_ERROR@getaddrs@599: getaddrinfo: x\n",
        ";; connection timed out; trying next origin\n",
        "getaddrinfo failed for error resolving host dns error for ",
        "lookup a on b:53: read udp\n10.0.0.1:1->10.0.0.2:53: x ",
        "mount error: could not resolve address for a: ",
        "Invalid hostname/address - a ",
        "mosquitto_sub -h a.b -h ",
    ]
)


def test_a_quoted_compose_prefix_with_dots_is_no_name() -> None:
    text = (
        "> front.example.org           | Message from VCC-compiler:\n"
        "> front.example.org           | Backend host '\"www.development.example.org\"' could not be resolved to an IP "
        "address:\n"
        "> front.example.org           | \tName or service not known\n"
    )
    assert found(text) == {("www.development.example.org", "nxdomain", False)}


def test_go_lookup_cut_before_its_dial_addresses_keeps_the_timeout() -> None:
    text = (
        'FATA[0010] failed to resolve reference "docker.io/library/httpd:latest": failed to do request: \n'
        '      Head "https://registry-1.docker.io/v2/library/httpd/manifests/latest": \n'
        "      dial tcp: lookup registry-1.docker.io on 10.0.2.3:53: read \n"
        "      udp 10.0.2.100:47063->10.0.2.3:53: i/o timeout\n"
    )
    assert found(text) == {("registry-1.docker.io", "timeout", False)}
    docker = (
        "Error response from daemon: Get https://hub.docker.com/v1/users/: dial tcp: lookup hub.docker.com on "
        "192.168.65.1:53: read udp \n192.168.65.2:36833->192.168.65.1:53: i/o timeout"
    )
    assert found(docker) == {("hub.docker.com", "timeout", False)}


def test_ansible_message_cut_before_pythons_errno_keeps_its_name() -> None:
    text = (
        '"msg": "Failed to connect to api.digitalocean.com at port 443: \n'
        "[Errno -3] Temporary \n"
        'failure in name resolution", "failed": true'
    )
    assert found(text) == {("api.digitalocean.com", "temporary", False)}


def test_a_markdown_link_whose_label_is_a_url_to_the_same_host_reads_as_the_label() -> None:
    text = (
        'command "curl --silent --connect-timeout 2 [http://google.com:80](http://google.com/)" failed: '
        "command failed: curl: (28) Resolving timed out after 2000 milliseconds"
    )
    assert found(text) == {("google.com", "timeout", False)}
    other_host = text.replace("(http://google.com/)", "(http://example.org/)")
    assert "example.org" not in {h for h, _, _ in found(other_host)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("My pod can not resolve the domain api.example.com", {("api.example.com", "nxdomain", False)}),
        ("Maven can not resolve dependency org.example:lib:1.0", set()),
        ("IDE can not resolve symbol String.format", set()),
    ],
)
def test_can_not_resolve_typed_apart_is_the_verb_with_a_host_for_its_object(
    text: str, want: set[tuple[str, str, bool]]
) -> None:
    assert found(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # mount.cifs: "mount error: could not resolve address for %s: %s" (gai_strerror)
        ("mount error: could not resolve address for fileserver: Unknown error", ("fileserver", "other")),
        (
            "mount error: could not resolve address for nas.example.lan: Name or service not known",
            ("nas.example.lan", "nxdomain"),
        ),
        # the Nagios plugins: usage2(_("Invalid hostname/address"), optarg) when is_host() cannot resolve it
        ("check_http: Invalid hostname/address - web.example.com", ("web.example.com", "other")),
        # mosquitto's clients print the resolver's text alone; the name is the `-h` of the command above
        ("$ mosquitto_sub -h broker.local -t test\nError: Name or service not known", ("broker.local", "nxdomain")),
        # `Failed to resolve ipv4 for "h"`: the address family is no name
        (
            'Warning: Failed to resolve ipv4 for "grafana.example.com": lookup grafana.example.com on 1.1.1.1:53: '
            "no such host",
            ("grafana.example.com", "nxdomain"),
        ),
    ],
)
def test_system_tools_surveyed_after_held_out_azbc(text: str, want: tuple[str, str]) -> None:
    assert found(text) == {(*want, False)}


@pytest.mark.parametrize(
    ("reason", "kind"),
    [("Domain name not found", "nxdomain"), ("Timeout while contacting DNS servers", "timeout")],
)
def test_sssd_fail_over_failed_to_resolve_server_names_the_quoted_server(reason: str, kind: str) -> None:
    # SSSD's fail_over.c: "Failed to resolve server '%s': %s" (resolv_strerror, c-ares' texts); the domain in the
    # logger's `[sssd[be[example.com]]]` is no name
    text = (
        "(Thu Dec  3 08:00:00 2026) [sssd[be[example.com]]] [fo_resolve_service_done] (0x0020): "
        f"Failed to resolve server 'ldap.example.com': {reason}"
    )
    assert found(text) == {("ldap.example.com", kind, False)}
