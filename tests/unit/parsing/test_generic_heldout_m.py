"""The generic rule widened by causes that recur in more than one spent set (issue #17, after held-out M), read with
every specific rule off: nginx/OpenResty's `no resolver defined to resolve h` (corpus, held-out G and M) and Ruby's
`(getaddrinfo: Try again)` (held-out L and M); with their look-alikes."""

from __future__ import annotations

import pytest

from checks.parsing.generic_shapes import quoted_host_port
from tests.unit.parsing.rounds import triples
from tests.unit.parsing.scoring import generic_only

# (id: runtime and format, text, {(host, kind, redacted)})
GENERIC_M: tuple[tuple[str, str, set[tuple[str, str, bool]]], ...] = (
    (
        "openresty-lua-no-resolver-quoted",
        '    send err:no resolver defined to resolve "cp01-rdqa-dev340.cp01.baidu.com"',
        {("cp01-rdqa-dev340.cp01.baidu.com", "other", False)},
    ),
    (
        "ingress-nginx-no-resolver-bare",
        "2016/12/11 05:06:13 [error] 250#250: *40 no resolver defined to resolve httpbin.org, client: 127.0.0.1, "
        'server: prometheus.acme.co, request: "GET / HTTP/2.0"',
        {("httpbin.org", "other", False)},
    ),
    (
        "ruby-net-http-getaddrinfo-try-again",
        "Gem::RemoteFetcher::FetchError SocketError: Failed to open TCP connection to rubygems.org:443 "
        "(getaddrinfo: Try again) (https://rubygems.org/gems/concurrent-ruby-1.2.2.gem)",
        {("rubygems.org", "temporary", False)},
    ),
)


@pytest.mark.parametrize(("case", "text", "want"), GENERIC_M, ids=[g[0] for g in GENERIC_M])
def test_generic_reads_the_recurring_cause(case: str, text: str, want: set[tuple[str, str, bool]]) -> None:
    assert set(triples(text, generic_only)) == want, case


def test_try_again_after_another_word_is_still_not_a_lookup() -> None:
    # `: Try again` alone is advice or an unrelated errno text; only after a lookup call's name does it say EAI_AGAIN
    assert triples("connection to cache.svc:6379 (read: Try again)", generic_only) == []


def test_resolver_phrase_without_a_name_reports_nothing() -> None:
    assert triples("error: no resolver defined to resolve", generic_only) == []


def test_a_quoted_name_and_port_wins_over_a_quoted_option_name() -> None:
    # held-out K's PHP MongoDB driver: the option in backquotes is not the name the driver looked up
    text = (
        "PHP Fatal error:  Uncaught MongoDB\\Driver\\Exception\\ConnectionTimeoutException: No suitable servers found "
        "(`serverselectiontryonce` set): [Failed connecting to '88b2ffd96488:27017': php_network_getaddresses: "
        "getaddrinfo failed: nodename nor servname provided, or not known]"
    )
    assert triples(text, generic_only) == [("88b2ffd96488", "nxdomain", False)]


@pytest.mark.parametrize(
    ("text", "tier"),
    [("to 'db:5432': x", 3), ('to "db:5432": x', 3), ("to db:5432: x", 2), ("to 'db:5432\": x", 2), ("'db:x'", 2)],
)
def test_quoted_host_port_needs_the_same_quote_on_both_sides(text: str, tier: int) -> None:
    start = text.index("db")
    assert quoted_host_port(text, start, start + 2) == tier
