"""Formats met in corpus sets X to ZE (issue #17, 2026-12-05, session 48: eight runtimes' real pastes read before the
next held-out measure), and the noise test's answered request above a host-less error: each test names the program
and the format, with look-alikes that must stay no failure."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from checks.parsing.rules import kubernetes_e2e
from tests.unit.parsing.rounds import found, reads, reads_nothing, unfired
from tests.unit.parsing.speed import parses_quickly

ROUND: list[tuple[str, set[tuple[str, str]]]] = [
    (  # Kubernetes' DNS e2e test: the prober's names that did not resolve, each after its `image_protocol@`
        "Jul 12 10:11:22.333: INFO: Lookups using dns-8291/dns-test-5d0f failed for: "
        "[wheezy_udp@dns-test-service.dns-8291.svc.cluster.local "
        "wheezy_tcp@dns-test-service.dns-8291.svc.cluster.local "
        "jessie_udp@kubernetes.default.svc.cluster.local wheezy_udp@PodARecord]",
        {("dns-test-service.dns-8291.svc.cluster.local", "other"), ("kubernetes.default.svc.cluster.local", "other")},
    ),
    (  # the early e2e suite's form, its colons pasted as U+A789
        "I0108 17\ua78933\ua78936.070810    2237 e2e.go\ua789553] lookups failed for\ua789 "
        "[kubernetes-ro.default kubernetes-ro.default.kubernetes.local]",
        {("kubernetes-ro.default", "other"), ("kubernetes-ro.default.kubernetes.local", "other")},
    ),
    (  # nc under `sh -x`: an option's value (`-w 2`) before the name
        "+ echo hostName\n+ nc -v -t -w 2 nodeport-test 80\nnc: getaddrinfo: Try again",
        {("nodeport-test", "temporary")},
    ),
    (  # hostname(1) resolving the machine's own name, which the prompt above shows
        "root@db:/tmp/redis-stable# hostname -i\nhostname: Name or service not known",
        {("db", "nxdomain")},
    ),
    (  # RAMCloud's IpAddress: `couldn't find host 'h'` (its gethostbyname failed)
        "couldn't find host 'openwhisk-invoker0', thrown at IpAddress at src/IpAddress.cc:64",
        {("openwhisk-invoker0", "nxdomain")},
    ),
]

REMARKED = [
    (  # .NET on Windows, the reporter's remark in brackets right after the name
        "The remote name could not be resolved: 'myvault.vault.azure.net' (have changed the name here)",
        {("myvault.vault.azure.net", "nxdomain", True)},
    ),
    ("curl: (6) Could not resolve host: api.acme.io (redacted)", {("api.acme.io", "nxdomain", True)}),
    (  # a bracket after the name about something else changed: the name is the real one
        "getaddrinfo ENOTFOUND db.corp.local (changed in v2 of the chart)",
        {("db.corp.local", "nxdomain", False)},
    ),
]

LOOKALIKES = [
    # Blocky: a client's query resolved through an upstream whose own address was dialled and refused
    "[2025-01-14 06:01:10] ERROR server: error on processing request:query resolution failed: upstream resolution "
    "failed for group 'default': all 3 attempts to resolve via upstream https://dns.google/dns-query failed: can't "
    "resolve request via upstream server https://dns.google/dns-query (https://8.8.8.8:443/dns-query): Post "
    '"https://8.8.8.8:443/dns-query": connection refused',
    # Ansible's inventory and MongoDB's server selection, in the contracted form
    "couldn't find host web-1 in inventory",
    'couldn\'t find host matching read preference { mode: "nearest" }',
    # an e2e list that is not the lookups' (a test's failed nodes), and one with its `]` on another line
    "Jul 12 10:11:22.333: INFO: Pods failed for: [node-1.example.internal node-2.example.internal]",
    "Lookups using dns-1/dns-test failed for: [wheezy_udp@a.b.svc\n] then kubernetes.default.svc resolved",
    # hostname(1) with no prompt naming the machine, and a prompt over a command that is not hostname's lookup
    "$ hostname -i\nhostname: Name or service not known",
    "root@web-1:/# hostname\nhostname: Name or service not known",
]


test_each_format_is_read = reads(ROUND, None)


def test_every_rule_of_the_e2e_module_fires() -> None:
    assert unfired(kubernetes_e2e.RULES, [text for text, _ in ROUND]) == set()


@pytest.mark.parametrize(("text", "want"), REMARKED)
def test_a_remark_after_the_name_that_it_was_changed_makes_it_a_stand_in(
    text: str, want: set[tuple[str, str, bool]]
) -> None:
    assert {(f.host, f.kind, f.redacted) for f in parse_failures(text)} == want


test_lookalikes_name_no_failure = reads_nothing(LOOKALIKES, None)


@pytest.mark.parametrize(
    "error",
    [
        "System.Net.Sockets.SocketException (11001): No such host is known.",
        "Error: Rank -1 received an Exception. Detailed message: host not found: Name or service not known",
    ],
)
def test_an_answered_request_further_above_a_host_less_error_is_not_its_name(error: str) -> None:
    # the noise test (2026-12-05): a request line with its success status, five lines above the error
    above = "GET https://api.github.com/repos/acme/app/releases 200 OK (312ms)"
    assert parse_failures("\n".join([above, "", "Stack trace", "", "Child exception:", error])) == []


NEIGHBOURS = [
    "See https://kubernetes.io/docs/tasks/administer-cluster/dns-debugging-resolution/ for more.",
    "Related: [DNS debugging](https://kubernetes.io/docs/tasks/administer-cluster/dns-debugging-resolution/)",
    "Same as https://github.com/coredns/coredns/issues/2087 I think.",
    "GET https://api.github.com/repos/acme/app/releases 200 OK (312ms)",
]


@pytest.mark.parametrize("neighbour", NEIGHBOURS)
@pytest.mark.parametrize(
    "error",
    [
        # Mint (Elixir): the atom only; its rule looks for the URL dialled on the lines around
        "we sometimes get {:badmatch, {:error, %Mint.TransportError{reason: :nxdomain}}} errors.",
        # pip's retry names only the path; its host is looked for near it
        "WARNING: Retrying (Retry(total=3, connect=None, read=None, redirect=None, status=None)) after connection "
        "broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7fa27b4179d0>: "
        "Failed to establish a new connection: [Errno -3] Temporary failure in name resolution')': /simple/torch/",
    ],
)
def test_a_link_or_an_answered_request_under_a_host_less_error_is_not_its_name(neighbour: str, error: str) -> None:
    assert parse_failures(f"{error}\n{neighbour}") == []


def test_a_quoted_word_opening_the_next_message_is_not_a_word_wrap() -> None:
    # a 71-79 character line, then a line that opens on a quote: a new message, not the line going on
    error = "/readonly-config/init.sh: Could not resolve the announce ip for pod: not found"
    assert 71 <= len(error) < 80
    assert parse_failures(f'{error}\n"bitnami" has been added to your repositories') == []
    # after a colon it goes on (PowerShell's console wraps the name onto its own line)
    wrapped = "Invoke-WebRequest : The remote name could not be resolved:\n'dotnetbinaries.blob.core.windows.net'"
    assert found(wrapped) == {("dotnetbinaries.blob.core.windows.net", "nxdomain")}


def test_a_log_line_repeated_word_for_word_at_the_width_is_no_terminal_cut() -> None:
    # two identical lines, the paste's longest (123 characters), are one line logged twice, not a console's cuts at
    # that width: the next line is not their rest
    line = "[03/13/19 05:28:17] ERROR: Unable to download webpage: <urlopen error [Errno 11001] getaddrinfo failed>"
    line += " (caused by URLError(gaierror(11001, 'getaddrinfo failed'),))"[: 123 - len(line)]
    assert len(line) == 123
    answered = "GET https://api.github.com/repos/acme/app/releases 200 OK (317ms)"
    assert parse_failures(f"{line}\n{line}\n{answered}") == []


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "Lookups using a/b failed for: [x.y.z ",
        "wheezy_udp@a.b.c ",
        "(have changed the name here) a.b ",
    ]
)
