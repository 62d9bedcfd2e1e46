"""One reader of `curl` command lines (checks/parsing/curl_command.py) for the three places that take a host-less
error's name from the curl command above it: curl's static-build `Could not resolve host`, `(28) Resolving timed
out`, and the generic rule's host-less reasons."""

from __future__ import annotations

import pytest

from checks.parsing.curl_command import curl_host, curl_url
from tests.unit.parsing.rounds import triples


@pytest.mark.parametrize(
    ("args", "host"),
    [
        ("http://api.corp.io/v1", "api.corp.io"),
        ("-sS -H 'Host: other.io' --max-time 2 backend-svc:3000/health", "backend-svc"),
        ('-H "Authorization: Bearer x" -X POST https://user:pw@auth.corp.io/token', "auth.corp.io"),
        ("-o out.json -m 5 registry.internal/v2/", "registry.internal"),
        ("--resolve a.io:443:10.0.0.1 https://a.io/", "a.io"),
        ("http://10.96.0.10:8080/", None),  # an address: no name was looked up
        ("-v", None),
    ],
)
def test_the_url_a_curl_command_asks_for(args: str, host: str | None) -> None:
    assert curl_host(args) == host


def test_an_unclosed_quote_keeps_the_words_before_it() -> None:
    assert curl_url("-sS http://a.io/x -H 'Host: b") == "http://a.io/x"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a static curl build: no name after `Could not resolve host`
        ("$ curl -H 'X-Req: 1' https://pkgs.corp.io/simple/\ncurl: (6) Could not resolve host", "pkgs.corp.io"),
        # curl's resolver timing out: the name from the command above
        ("/ # curl -m 2 backend-svc:3000\ncurl: (28) Resolving timed out after 2001 milliseconds", "backend-svc"),
    ],
)
def test_curls_host_less_errors_take_the_commands_name(text: str, want: str) -> None:
    assert [t[0] for t in triples(text)] == [want]


def test_the_generic_rule_reads_a_curl_command_with_valued_options() -> None:
    # before the shared reader, the generic rule's client-command reader stopped at `-H 'X: y'` and found no name
    text = "$ curl -sS -H 'Accept: application/json' https://api.corp.io/health\ngetaddrinfo() thread failed to start"
    got = triples(text)
    assert [t[0] for t in got] == ["api.corp.io"], got


@pytest.mark.parametrize(
    "text",
    [
        "when I run curl against it\nCould not resolve host",  # a sentence, not a command line
        "I tried to curl the service\ngetaddrinfo() thread failed to start",
        "$ curl something\ngetaddrinfo() thread failed to start",  # the generic rule: a bare word is a sentence's
    ],
)
def test_curl_in_prose_names_nothing(text: str) -> None:
    assert triples(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "$ curl something\ncurl: (6) Could not resolve host",  # curl's own message: the word is what it looked up
        "$ kubectl exec -it app -- curl something\ncurl: (6) Could not resolve host",
        "+ /usr/bin/curl -fsS something\ncurl: (6) Could not resolve host",
    ],
)
def test_curls_own_message_reads_the_commands_bare_word(text: str) -> None:
    assert [t[0] for t in triples(text)] == ["something"]
