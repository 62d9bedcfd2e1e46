"""Fixtures of the Slack stand-in tests: no HTTP proxies, a running stand-in with two channels and two
people, and a WebClient on it with the bot token."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from slack_sdk import WebClient

from tests.slack_standin import SlackStandIn
from tests.unit.loopback import clear_proxies


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    clear_proxies(monkeypatch)  # the stand-in is on loopback


@pytest.fixture
def slack() -> Iterator[SlackStandIn]:
    with SlackStandIn(channels={"C0LAB": "lab", "C0OPS": "ops"}, users={"U0ALICE": "alice", "U0BOB": "bob"}) as s:
        yield s


@pytest.fixture
def client(slack: SlackStandIn) -> WebClient:
    return WebClient(base_url=slack.api_url, token=slack.bot_token)
