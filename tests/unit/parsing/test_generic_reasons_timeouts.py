"""The generic rule's recall widened by causes recurring across the spent sets (generic_reasons_timeouts.py): Windows
nslookup's `DNS request timed out.` under its command, RubyGems' `UnknownHostError: timed out (URL)`. Read with the
generic rule alone (the specific rules may read some of these too); the look-alikes (a timeout of nslookup's reverse
lookup of its server, a run that answered on a retry) stay unread."""

from __future__ import annotations

import pytest

from checks.parsing.parser import parse_with


def _generic(text: str) -> list[tuple[str, str]]:
    return [(f.host, f.kind) for f in parse_with(text, specific=False)]


_HEADER = "Server:  UnKnown\nAddress:  94.140.14.14\n\n"
_TIMEOUT = "DNS request timed out.\n    timeout was 2 seconds.\n"


@pytest.mark.parametrize(
    ("case", "text", "want"),
    [
        (
            "windows-nslookup-timeouts-under-header",  # held-out D / N's shape
            "nslookup google.com 94.140.14.14\n"
            + _TIMEOUT
            + _HEADER
            + _TIMEOUT * 3
            + "*** Request to UnKnown timed-out",
            [("google.com", "timeout")],
        ),
        (
            "windows-nslookup-zh-timeouts",  # held-out C / M's shape
            "PS C:\\> nslookup baidu.com\n"
            + _TIMEOUT
            + "服务器:  UnKnown\nAddress:  198.18.0.2\n\n"
            + _TIMEOUT * 2
            + "*** 请求 UnKnown 超时",
            [("baidu.com", "timeout")],
        ),
        (
            "ruby-rubygems-unknown-host-error-timed-out",  # held-out L / N's shape
            "Gem::RemoteFetcher::UnknownHostError: timed out (https://rubygems.org/gems/spring-2.1.1.gem)",
            [("rubygems.org", "timeout")],
        ),
    ],
)
def test_generic_reads(case: str, text: str, want: list[tuple[str, str]]) -> None:
    assert _generic(text) == want, case


@pytest.mark.parametrize(
    "text",
    [
        # the only timeout is above the header: nslookup's reverse lookup of its server, then the answer
        "C:\\>nslookup www.twitter.com 127.0.0.1\n" + _TIMEOUT + "服务器:  UnKnown\nAddress:  127.0.0.1\n\n"
        "非权威应答:\n名称:    twitter.com\nAddresses:  199.16.158.179\nAliases:  www.twitter.com",
        # the reverse lookup timed out and nothing else did (no answer printed either)
        "C:\\>nslookup www.example.org\n" + _TIMEOUT + _HEADER,
        # timeouts under the header, then a retry answered
        "> nslookup www.google.com\n> Server:  pcap-dnsproxy.server\n> Address:  127.0.0.1\n>\n> "
        + _TIMEOUT
        + "> 非权威应答:\n> 名称:    wwW.GooGLE.COm\n> Address:  172.1.2.132",
    ],
)
def test_look_alikes_stay_unread(text: str) -> None:
    assert _generic(text) == []
    if "名称" in text:  # a run that printed its answer: no rule reads a failure there
        assert parse_with(text) == []


def test_another_run_below_is_not_this_runs_answer() -> None:
    text = (
        "nslookup a.example.org\n" + _TIMEOUT + _HEADER + _TIMEOUT + "*** Request to UnKnown timed-out\n"
        "nslookup b.example.org\nServer:  UnKnown\nAddress:  94.140.14.14\n\nName:    b.example.org\nAddress:  1.2.3.4"
    )
    assert ("a.example.org", "timeout") in _generic(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # Java on musl: the exception's message is `h: Try again` (held-out N's shape)
        ("java.net.UnknownHostException: kubernetes: Try again", [("kubernetes", "temporary")]),
        # advice and a sentence: no name in Java's slot
        ("Upload failed: Please try again", []),
        ("Error: Try again", []),
        ("line 3: Connection lost: Try again", []),
    ],
)
def test_try_again_after_javas_name(text: str, want: list[tuple[str, str]]) -> None:
    assert _generic(text) == want
