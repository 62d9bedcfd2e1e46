"""Formats held-out sets AZ-BC (issue #17) met that no rule read, each by runtime and format, and the false names and
kinds they showed (the sets' own rows are scored in test_heldout.py)."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from tests.unit.parsing.speed import GUARD, best_of, megabyte_of


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


@pytest.mark.parametrize(
    "piece",
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
    ],
)
def test_a_hostile_megabyte_of_these_formats_parses_quickly(piece: str) -> None:
    line = megabyte_of(piece)
    elapsed = best_of(2, lambda: parse_failures(line))
    assert elapsed < GUARD, f"{elapsed:.3f}s for a 1 MB paste of {piece!r}"
