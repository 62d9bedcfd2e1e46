"""The generic rule on a Node.js DNS error object printed over several lines (node_error_object.py, recall by
generalisation: the corpus, held-out S and V): the `code`/`errno` line names no host, the same object's `hostname`
key does, when the object's `syscall` is a resolver call. Read with the generic rule alone and with every rule;
guards: an outer object's `hostname` (a logger's own), an object with no resolver `syscall`, a key at another
indentation."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from checks.parsing.parser import parse_with
from tests.unit.parsing.speed import GUARD, best_of


def _generic(text: str) -> list[tuple[str, str]]:
    return [(f.host, f.kind) for f in parse_with(text, specific=False)]


_JSON_OBJECT = (  # kubernetes/kubernetes#17763 (the corpus): a request library's logged error, JSON
    '"response": {\n    "err": {\n      "code": "ENOTFOUND",\n      "errno": "ENOTFOUND",\n'
    '      "syscall": "getaddrinfo",\n      "hostname": "svc-api-mapper",\n      "host": "svc-api-mapper",\n'
    '      "port": "80"\n    }\n  },'
)
_INSPECTED = (  # typeorm/typeorm#6387 (held-out V): util.inspect of the error, hostname last
    "Error during migration run:\n    at GetAddrInfoReqWrap.onlookup [as oncomplete] (dns.js:66:26) {\n"
    "  errno: 'ENOTFOUND',\n  code: 'ENOTFOUND',\n  syscall: 'getaddrinfo',\n  hostname: 'postgres'\n}"
)
_EAI_AGAIN = (  # held-out S: the AWS SDK's error as JSON
    '{\n  "code": "EAI_AGAIN",\n  "errno": "EAI_AGAIN",\n  "syscall": "getaddrinfo",\n'
    '  "hostname": "dynamodb.us-east-2.amazonaws.com",\n  "host": "dynamodb.us-east-2.amazonaws.com",\n  "port": 80\n}'
)
_FLATTENED = (  # held-out S: a logger's flattened `err.*` keys
    '{\n  "err.code": "ENOTFOUND",\n  "err.errno": "ENOTFOUND",\n'
    '  "err.host": "efutablesprod.table.core.windows.net",\n'
    '  "err.hostname": "efutablesprod.table.core.windows.net",\n  "err.port": "443",\n'
    '  "err.syscall": "getaddrinfo",\n}'
)


@pytest.mark.parametrize(
    ("case", "text", "want"),
    [
        ("node-json-error-object", _JSON_OBJECT, [("svc-api-mapper", "nxdomain")]),
        ("node-inspected-error-object", _INSPECTED, [("postgres", "nxdomain")]),
        ("node-json-eai-again", _EAI_AGAIN, [("dynamodb.us-east-2.amazonaws.com", "temporary")]),
        ("node-flattened-err-keys", _FLATTENED, [("efutablesprod.table.core.windows.net", "nxdomain")]),
    ],
)
def test_the_objects_hostname_is_read(case: str, text: str, want: list[tuple[str, str]]) -> None:
    assert _generic(text) == want, case
    assert [(f.host, f.kind) for f in parse_failures(text)] == want, case


@pytest.mark.parametrize(
    "text",
    [
        # a logger's own `hostname` in the outer object (pino), the error nested deeper
        '{\n  "level": 50,\n  "hostname": "api-7d9f",\n  "syscall": "getaddrinfo",\n  "err": {\n'
        '    "code": "ENOTFOUND",\n    "message": "lookup failed"\n  }\n}',
        # no resolver call in the object: a hostname next to another system call's code
        '{\n  "code": "ENOTFOUND",\n  "syscall": "connect",\n  "hostname": "db"\n}',
        # no syscall at all
        "{\n  code: 'ENOTFOUND',\n  hostname: 'db'\n}",
        # the hostname after the object's end
        "{\n  code: 'ENOTFOUND',\n  syscall: 'getaddrinfo'\n}\nhostname: 'db'",
    ],
)
def test_look_alikes_stay_unread(text: str) -> None:
    assert _generic(text) == []


def test_a_megabyte_of_error_object_lines_parses_quickly() -> None:
    text = ("  code: 'ENOTFOUND',\n  syscall: 'getaddrinfo',\n  hostname: 'a',\n" * 20_000)[:1_000_000]
    parse_failures(text[:10_000])
    assert best_of(3, lambda: parse_failures(text)) < GUARD
