"""The generic rule's recall widened by causes recurring across the spent sets (generic_name_slots.py): an upper-case
name in the reason's own slot, the name in parentheses after the resolver's text. Read with the generic rule alone
(the specific rules may read some of these too); the look-alikes stay unread."""

from __future__ import annotations

import pytest

from checks.parsing.generic_name_slots import caps_name
from checks.parsing.parser import parse_with


def _generic(text: str) -> list[tuple[str, str]]:
    return [(f.host, f.kind) for f in parse_with(text, specific=False)]


@pytest.mark.parametrize(
    ("case", "text", "want"),
    [
        (
            "java-windows-paren-after-reason",  # held-out L's shape
            "Caused by: java.net.UnknownHostException: No such host is known (cache-01.redis.cache.windows.net)",
            [("cache-01.redis.cache.windows.net", "nxdomain")],
        ),
        (
            "dotnet-linux-paren-host-port",
            "System.Net.Http.HttpRequestException: Name or service not known (orders.shop.svc:8080)",
            [("orders.shop.svc", "nxdomain")],
        ),
        (
            "java-macos-caps-machine-name",  # held-out L's row
            "Caused by: java.net.UnknownHostException: LM-SJL-00877532: nodename nor servname provided, or not known",
            [("lm-sjl-00877532", "nxdomain")],
        ),
        (
            "python-redis-py-errno-before-name",  # held-out F's shape
            "ConnectionError: Error -5 connecting to broker:6379. No address associated with hostname.",
            [("broker", "nxdomain")],
        ),
    ],
)
def test_generic_reads(case: str, text: str, want: list[tuple[str, str]]) -> None:
    assert _generic(text) == want, case


@pytest.mark.parametrize(
    "text",
    [
        "java.net.UnknownHostException: ERROR: nodename nor servname provided, or not known",  # a word, no dash/digit
        "No such host is known (see the docs)",  # words in the parentheses, not a name
        "Error 111 connecting to redis:6379. Connection refused.",  # a refused connect: no lookup failed
    ],
)
def test_generic_look_alikes(text: str) -> None:
    assert all(host not in ("error", "see", "redis") for host, _ in _generic(text))


def test_caps_name_shape() -> None:
    assert caps_name("ORDER-SERVICE") and caps_name("HQ2") and caps_name("LM-SJL-00877532")
    assert not caps_name("ERROR") and not caps_name("EAI_AGAIN") and not caps_name("-42") and not caps_name("1234-")
