"""Formats held-out sets AZ-BC (issue #17) met that no rule read, each by runtime and format, and the false names and
kinds they showed (the sets' own rows are scored in test_heldout.py)."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from tests.unit.parsing.speed import parses_quickly


def found(text: str) -> set[tuple[str, str, bool]]:
    return {(f.host, f.kind, f.redacted) for f in parse_failures(text)}


def test_glusterd_dns_resolution_failed_on_host_names_the_host_not_the_translator() -> None:
    text = (
        "[2023-07-22 16:34:25.573722 +0000] E [name.c:383:af_inet_client_get_remote_sockaddr] 0-management: DNS "
        "resolution failed on host gluster-2\n"
    )
    assert found(text) == {("gluster-2", "other", False)}


def test_bazel_all_mirrors_down_lists_each_unknown_host() -> None:
    text = (
        "ERROR: ... Error downloading [https://mirror.bazel.build/x.tar.gz, https://github.com/x.tar.gz] to /root/x: "
        "All mirrors are down: [Unknown host: github.com, Unknown host: mirror.bazel.build]"
    )
    assert found(text) == {("github.com", "nxdomain", False), ("mirror.bazel.build", "nxdomain", False)}


def test_gnupg_keyserver_no_name_names_the_keyserver_of_its_command() -> None:
    text = "$ gpg --batch --keyserver hkps://keys.example.org --recv-keys 0E16\ngpg: keyserver receive failed: No name"
    assert found(text) == {("keys.example.org", "nxdomain", False)}
    assert found("gpg: keyserver receive failed: No name") == set()


def test_rethinkdb_getaddrinfo_failed_for_hostname_with_its_errno() -> None:
    text = "error: getaddrinfo() failed for hostname: db1.example.com, errno: 0"
    assert found(text) == {("db1.example.com", "other", False)}


def test_chromes_page_title_run_into_the_name() -> None:
    text = (
        "This site can\u2019t be reachedhost.docker.internal\u2019s server IP address could not be found.\n"
        "ERR_NAME_NOT_RESOLVED"
    )
    assert found(text) == {("host.docker.internal", "nxdomain", False)}


def test_postfix_fcrdns_forward_failure_names_the_hostname_never_the_address() -> None:
    failed = (
        "postfix/smtpd[1527]: warning: hostname dyn-1.isp.example.net does not resolve to address 203.0.113.7: "
        "Name or service not known"
    )
    assert found(failed) == {("dyn-1.isp.example.net", "nxdomain", False)}
    mismatch = "postfix/smtpd[1893]: warning: hostname mail.example.org does not resolve to address 198.51.100.78"
    assert found(mismatch) == set()  # it resolved, to other addresses


def test_postfix_sender_address_rejected_domain_not_found() -> None:
    text = "450 4.1.8 <someone@mail.example.org>: Sender address rejected: Domain not found"
    assert found(text) == {("mail.example.org", "nxdomain", False)}


@pytest.mark.parametrize(("rest", "kind"), [("query timed out", "timeout"), ("record not found", "nxdomain")])
def test_opendkim_key_retrieval_names_the_key_record(rest: str, kind: str) -> None:
    text = f"opendkim[1]: key retrieval failed (s=20161025, d=gmail.com): '20161025._domainkey.gmail.com' {rest}"
    assert found(text) == {("20161025._domainkey.gmail.com", kind, False)}


def test_rspamd_cannot_make_request_to_resolve() -> None:
    text = "rspamd_monitored_dns_mon: cannot make request to resolve facebook.com.fresh15.spameatingmonkey.net"
    assert found(text) == {("facebook.com.fresh15.spameatingmonkey.net", "other", False)}


def test_zabbix_proxy_cannot_resolve_in_brackets() -> None:
    text = (
        "194:20210315:145723.890 Unable to connect to the server [zabbix-server]:10051 [cannot resolve [zabbix-server]]"
    )
    assert found(text) == {("zabbix-server", "other", False)}


def test_logfmt_dns_query_failed_with_its_error_and_name_fields() -> None:
    text = 'vmgr | time="06-14 14:03:09" level=warning msg="DNS query failed" error=timeout name=docker.io. type=AAAA'
    assert found(text) == {("docker.io", "timeout", False)}


def test_pacman_resolving_timed_out_names_each_mirror() -> None:
    line = "error: failed retrieving file 'core.db' from {} : Resolving timed out after 10519 milliseconds\n"
    text = line.format("mirror.one.example") + line.format("mirror.two.example")
    assert found(text) == {("mirror.one.example", "timeout", False), ("mirror.two.example", "timeout", False)}


def test_ocaml_dns_client_timeout_connecting_to_resolver() -> None:
    text = (
        "connection to auth.docker.io failed: error connection to 127.0.0.11 failed: timeout connecting to resolver "
        "127.0.0.11:853, 127.0.0.11:53"
    )
    assert found(text) == {("auth.docker.io", "timeout", False)}


def test_a_urls_userinfo_is_not_its_host() -> None:
    text = (
        "INFO: Booting Sidekiq 2.13.0 using redis://username:password@my.host:6789 with options {}\n"
        "ERROR: Error fetching message: getaddrinfo: nodename nor servname provided, or not known"
    )
    assert found(text) == {("my.host", "nxdomain", False)}


def test_python_gethostbyname_call_in_the_traceback_above_its_gaierror() -> None:
    text = (
        "Traceback (most recent call last):\n"
        '  File "/start.py", line 11, in <module>\n'
        '    os.environ["FRONT_ADDRESS"] = socket.gethostbyname("front")\n'
        "socket.gaierror: [Errno -2] Name does not resolve"
    )
    assert found(text) == {("front", "nxdomain", False)}


def test_rsync_quoted_name_with_a_space_is_printed_and_a_stand_in_when_it_says_so() -> None:
    text = 'rsync: getaddrinfo: "myhostname replaced" 23456: nodename nor servname provided, or not known'
    assert found(text) == {("myhostname replaced", "nxdomain", True)}


def test_ping_unknown_host_in_a_code_span_under_a_docker_exec_with_an_underscored_container() -> None:
    text = (
        "`docker exec -ti named_container_1 ping named_container_2`\n\n### Actual behavior\n"
        "Ping result is ping: `unknown host`"
    )
    assert found(text) == {("named_container_2", "nxdomain", False)}


def test_dig_communications_error_host_unreachable_is_other_and_no_name() -> None:
    text = (
        "[root@5823c479811c /]# dig container1\n"
        ";; communications error to 10.89.2.1#53: host unreachable\n"
        ";; communications error to 10.89.2.1#53: host unreachable\n\n"
        "; <<>> DiG 9.18.26 <<>> container1\n;; global options: +cmd\n;; no servers could be reached\n"
    )
    assert found(text) == {("container1", "other", False)}


def test_nslookup_of_an_address_is_a_reverse_look_up_not_a_failure() -> None:
    text = "root@125d90826ec6:/share $ nslookup 10.0.1.24\n** server can't find 24.1.0.10.in-addr.arpa: NXDOMAIN"
    assert found(text) == set()


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "All mirrors are down: [Unknown host: a.b, Unknown host: ",
        "keyserver receive failed: No name\n",
        "getaddrinfo() failed for hostname: a.b, errno: ",
        "hostname a.b does not resolve to address 1.2.3.4 ",
        "<a@b.c>: Sender address rejected: Domain not found ",
        "key retrieval failed (s=a, d=b): 'a.b' ",
        "cannot make request to resolve ",
        "[cannot resolve [a",
        'msg="DNS query failed" error=x name=',
        "failed retrieving file 'x' from a.b : Resolving timed out after 1 ",
        "connection to a.b failed: timeout connecting to resolver ",
        'rsync: getaddrinfo: "a b" 1: ',
        "DNS resolution failed on host ",
        'socket.gethostbyname("a")\n',
    ]
)


@pytest.mark.parametrize(
    "text",
    [
        # a line ending in `:` above Python's errno is not a message cut before its reason
        "Here's my config:\n[Errno -2] Name or service not known",
        '  File ".../apt/cache.py", line 10, in update:\n[Errno -3] Temporary failure in name resolution',
        # a quoted gethostbyname that worked, above the call with a variable that failed
        ">>> socket.gethostbyname(\"google.com\")\n'142.250.74.14'\n>>> socket.gethostbyname(name)\n"
        'Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\n'
        "socket.gaierror: [Errno -2] Name or service not known",
        # gpg's `No name` under a run that named no keyserver, an earlier run's keyserver above it
        "$ gpg --keyserver keyserver.ubuntu.com --recv-keys ABCD\ngpg: key ABCD: public key imported\n"
        "$ gpg --recv-keys EFGH\ngpg: keyserver receive failed: No name",
        # the phrases of C programs and DNS providers around things that are no name
        "Error resolving hostname conflicts: two entries for node-1.internal",
        "ERROR: Error resolving host variables for web01.example.com: undefined variable 'foo'",
        "[ERROR] DNS error for example.com: failed to create record: 403 Forbidden",
        "DNS error for record www.example.com in zone example.com: conflict",
        "getaddrinfo failed for ipv6, falling back to ipv4",
        # a reverse look-up in a logfmt resolver line
        'msg="DNS query failed" error=timeout name=5.113.0.203.in-addr.arpa. type=PTR',
        # a ping that answered, then a reason in a code span
        "$ ping google.com\nPING google.com (142.250.74.14) 56(84) bytes of data.\n"
        "64 bytes from 142.250.74.14: icmp_seq=1 ttl=117 time=10.1 ms\nThe app still logs `unknown host`",
        # dig's unreachable server, then another try's answer
        "$ dig example.com\n;; communications error to 192.168.1.1#53: host unreachable\n\n"
        "; <<>> DiG 9.18.26 <<>> example.com\n;; Got answer:\n;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 1\n"
        ";; ANSWER SECTION:\nexample.com.\t\t300\tIN\tA\t93.184.216.34",
    ],
)
def test_the_reviews_look_alikes_name_nothing(text: str) -> None:
    assert found(text) == set()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "name resolution failed on host k8s-worker-2: lookup registry.local on 10.96.0.10:53: no such host",
            {("registry.local", "nxdomain", False)},
        ),
        (
            "warning: hostname mail.spammer.example does not resolve to address 2a01:4f8:c2c:1234::1: Name or service "
            "not known",
            {("mail.spammer.example", "nxdomain", False)},
        ),
        (
            "warning: hostname mail.spammer.example does not resolve to address 203.0.113.5: System error",
            {("mail.spammer.example", "other", False)},
        ),
        ("rspamd: cannot make request to resolve mx.example.com. retrying", {("mx.example.com", "other", False)}),
        (
            'msg="DNS query failed" error=timeout domain=example.com name=www.example.com.',
            {("www.example.com", "timeout", False)},
        ),
        (
            "$ nslookup not-a-real-domain.com\n;; Got SERVFAIL reply from 10.0.0.2, trying next server",
            {("not-a-real-domain.com", "servfail", False)},
        ),
        (
            "$ nslookup unknown-service.default.svc.cluster.local\n"
            ";; communications error to 10.96.0.10#53: connection refused\n;; no servers could be reached",
            {("unknown-service.default.svc.cluster.local", "refused", False)},
        ),
        (
            "$ dig b.example.com\n;; communications error to 192.168.1.1#53: host unreachable\n"
            ";; communications error to 192.168.1.2#53: timed out\n;; no servers could be reached",
            {("b.example.com", "timeout", False)},
        ),
        (
            "$ dig a.example.com\n;; communications error to 192.168.1.1#53: host unreachable\n"
            ";; no servers could be reached\n$ dig @8.8.8.8 b.example.com\n"
            ";; communications error to 8.8.8.8#53: timed out\n;; no servers could be reached",
            {("a.example.com", "other", False), ("b.example.com", "timeout", False)},
        ),
    ],
)
def test_the_reviews_cases_read_right(text: str, want: set[tuple[str, str, bool]]) -> None:
    assert found(text) == want
