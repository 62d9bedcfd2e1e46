"""curl's and libcurl's messages in the forms the plain rule does not read (rules/libcurl.py, gathered from the round
modules of held-out F, H, P, R, W): each rule reads its form, and each fires on one of these examples."""

from __future__ import annotations

import pytest

from checks.parsing.rules.libcurl import RULES as LIBCURL_RULES
from tests.unit.parsing.rounds import rules_that_fire, triples, unfired

EXAMPLES: tuple[tuple[str, str, set[tuple[str, str, bool]]], ...] = (
    ("curl-6-word", "$ curl -sS https://$HOST/\ncurl: (6) Could not resolve host: null", {("null", "nxdomain", False)}),
    ("curl-host-next-line", "Error in curl::curl_fetch_memory(url): Could not resolve host:\n> cran.example.org",
     {("cran.example.org", "nxdomain", False)}),
    ("curl-odd-label", "curl: (6) Could not resolve host: may-.pp.163.com", {("may-.pp.163.com", "nxdomain", False)}),
    ("composer-curl-6-resolve-host",
     "curl error 6 while downloading https://repo.packagist.org/packages.json: Could not resolve host",
     {("repo.packagist.org", "nxdomain", False)}),
    ("curl-nil-host", "fatal: unable to access 'https://x/': Could not resolve host: (nil)",
     {("(nil)", "nxdomain", False)}),
    ("dnf-name-below", "Curl error (6): Couldn't resolve host name for\n  mirrors.fedoraproject.org",
     {("mirrors.fedoraproject.org", "nxdomain", False)}),
    ("curl-printed-list", "cURL error 6: Could not resolve host: https,%20https,%20https",
     {("https,%20https,%20https", "nxdomain", False)}),
    ("curl-printed-dots", "curl: (6) Could not resolve host: ...", {("...", "nxdomain", False)}),
    ("curl-proxy", "curl: (5) Could not resolve proxy: proxy.corp.internal",
     {("proxy.corp.internal", "nxdomain", False)}),
    ("curl-bracket-resolving-timeout",
     "Error in curl::curl_fetch_memory(url): Timeout was reached: [cran.example.org] Resolving timed out after 10000 "
     "milliseconds", {("cran.example.org", "timeout", False)}),
    ("curl-exit-code-6", "Downloading https://dl.example.org/tool.tgz\nERROR: curl exited with code 6",
     {("dl.example.org", "nxdomain", False)}),
)  # fmt: skip


@pytest.mark.parametrize(("case", "text", "want"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_libcurl_form(case: str, text: str, want: set[tuple[str, str, bool]]) -> None:
    assert set(triples(text)) == want, case
    assert case in rules_that_fire(text)


def test_every_libcurl_rule_fires() -> None:
    assert unfired(LIBCURL_RULES, (e[1] for e in EXAMPLES)) == set()
