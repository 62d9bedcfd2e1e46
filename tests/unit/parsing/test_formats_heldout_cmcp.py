"""Formats held-out sets CM to CP (issue #17) met that no rule read, each by program and format, with the look-alikes
that must stay unread (the sets' own rows are scored in test_heldout.py)."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from tests.unit.parsing.rounds import flagged, found, reads
from tests.unit.parsing.speed import parses_quickly

ROUND = [
    (  # Go's lookup with glibc's text cut at the line's end
        "Post http://scanner:6060/v1/layers: dial tcp: lookup scanner: Temporary failure in name",
        {("scanner", "temporary")},
    ),
    (  # nslookup with options and the shell's quotes around the name and server
        ":~$ nslookup -debug -type=a 'www.corp.test' '10.0.0.250'\n"
        ";; connection timed out; no servers could be reached",
        {("www.corp.test", "timeout")},
    ),
    (  # .NET's WebException wrapped by PowerShell inside its phrase
        '    Exception calling "DownloadString" with "1" argument(s): "The remote name\n'
        "    could not be resolved: 'packages.corp.test'\"",
        {("packages.corp.test", "nxdomain")},
    ),
    (  # the same with its first word overwritten by PowerShell's position line
        "At line:1 char:10 name could not be resolved: 'packages.corp.test'",
        {("packages.corp.test", "nxdomain")},
    ),
    (  # Java: an empty first label where a template's workspace was unset, as printed
        "java.net.UnknownHostException: .slack.com: nodename nor servname provided, or not known",
        {(".slack.com", "nxdomain")},
    ),
    (  # Node: a URL's scheme handed to getaddrinfo as the name, before the reporter's prose
        "Error: getaddrinfo EAI_AGAIN https - I get this error when running the step.",
        {("https", "temporary")},
    ),
    (  # a reporter's shorthand: the dotted name, then the exception's class alone
        "consul-api.service.prod.corp UnknownHostException",
        {("consul-api.service.prod.corp", "nxdomain")},
    ),
]


test_the_rounds_formats_are_read = reads(ROUND, "")


def test_a_user_before_a_go_lookups_name_is_dropped_and_a_stand_in_behind_it_flagged() -> None:
    # Docker's `lookup root@h` (an ssh:// DOCKER_HOST whose scheme was lost): LABELS.md reads the host after `@`
    assert flagged("dial tcp: lookup root@my-redacted-host.com: no such host") == {
        ("my-redacted-host.com", "nxdomain", True)
    }
    assert flagged("dial tcp: lookup deploy@build-01.corp.test: no such host") == {
        ("build-01.corp.test", "nxdomain", False)
    }


def test_nslookups_nxdomain_under_its_own_answer_is_the_aaaa_query() -> None:
    answered = (
        "$ nslookup gas.arpa\nServer:\t\t127.0.0.53\nAddress:\t127.0.0.53#53\n\n"
        "Non-authoritative answer:\nName:\tgas.arpa\nAddress: 192.168.1.11\n** server can't find gas.arpa: NXDOMAIN"
    )
    assert found(answered) == set()
    unanswered = (
        "$ nslookup gas.arpa\nServer:\t\t127.0.0.53\nAddress:\t127.0.0.53#53\n\n** server can't find gas.arpa: NXDOMAIN"
    )
    assert found(unanswered) == {("gas.arpa", "nxdomain")}


def test_a_mask_word_typed_between_stars_is_kept_as_typed() -> None:
    # `*redacted*` where the name stood (urllib3's host field): the mask as typed, not Markdown emphasis
    text = "HTTPSConnectionPool(host='*redacted*', port=443): ... Failed to resolve '*redacted*' ([Errno -3] Temporary "
    assert flagged(text + "failure in name resolution)") == {("*redacted*", "temporary", True)}


@pytest.mark.parametrize(
    "text",
    [
        "Getting UnknownHostException",  # a sentence's word before the class, not a name
        "getaddrinfo ENOTFOUND until restart",  # a sentence's word in Node's slot
        "Reference name could not be resolved: see the docs",  # no quoted name after it
        "java.net.UnknownHostException: .",  # a dot alone is no name
    ],
)
def test_their_look_alikes_name_nothing(text: str) -> None:
    assert parse_failures(text) == []


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    ["name could not be resolved: 'a", "UnknownHostException: .a.", "lookup a@b@"]
)
