"""Structured logs: a JSON line carries the diagnosis id (into the SSH threads too), secrets never reach the
log output, and `setup_logging` picks JSON when stderr is not a terminal."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from typing import Any

import pytest

from bot.observability.logs import DIAGNOSIS_ID, redact, setup_logging
from checks.remote import catalog
from checks.remote.pool import NodeRunner
from checks.remote.runner import NodeRef
from checks.remote.settings import SshSettings
from tests.unit.observability.helpers import _RefusingConnector, lines

# -- structured logs and redaction -------------------------------------------------------------------


def test_a_json_log_line_carries_the_diagnosis_id(captured: tuple[logging.Logger, io.StringIO]) -> None:
    logger, out = captured
    logger.info("outside any diagnosis")
    token = DIAGNOSIS_ID.set("0123456789ab")
    try:
        logger.warning("node %s: %s", "node-2", "no route")
        try:
            raise ValueError("bad output")
        except ValueError:
            logger.exception("step failed")
    finally:
        DIAGNOSIS_ID.reset(token)
    outside, inside, failed = lines(out)
    assert "diagnosis_id" not in outside
    assert inside["diagnosis_id"] == "0123456789ab" and inside["message"] == "node node-2: no route"
    assert (inside["level"], inside["logger"]) == ("WARNING", "podnet.test.observability")
    assert inside["time"].endswith("+00:00") and "T" in inside["time"]
    assert "ValueError: bad output" in failed["exception"] and failed["diagnosis_id"] == "0123456789ab"


def test_the_diagnosis_id_follows_the_work_into_the_ssh_threads(captured: tuple[logging.Logger, io.StringIO]) -> None:
    logger, out = captured

    class LoggingConnector(_RefusingConnector):
        def connect(self, node: str, address: str) -> Any:
            logger.info("connecting to %s", node)
            return super().connect(node, address)

    runner = NodeRunner(SshSettings())
    runner._connector = LoggingConnector()  # type: ignore[assignment]
    token = DIAGNOSIS_ID.set("feedfacecafe")
    try:
        runner.prefetch({NodeRef(f"node-{i}", f"10.41.1.{i}"): [catalog.uname()] for i in range(3)})
    finally:
        DIAGNOSIS_ID.reset(token)
    assert sorted(line["message"] for line in lines(out)) == [f"connecting to node-{i}" for i in range(3)]
    assert {line.get("diagnosis_id") for line in lines(out)} == {"feedfacecafe"}


XOXB = "xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx"
XAPP = "xapp-1-A0PODNET-1234567890-0123456789abcdef0123456789abcdef"
PEM = (
    "-----BEGIN OPENSSH PRIVATE KEY-----\n"
    "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
    "QyNTUxOQAAACBnb3Qgb25lIGZvciB5b3UgdG9vAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n"
    "-----END OPENSSH PRIVATE KEY-----\n"
)


def test_secrets_never_reach_the_log_output(captured: tuple[logging.Logger, io.StringIO]) -> None:
    logger, out = captured
    logger.info("bot token %s and app token %s", XOXB, XAPP)
    logger.debug("send: {'Authorization': 'Bearer abc', 'Content-Type': 'application/json'}")
    logger.info("Authorization: Bearer abc")
    logger.warning("loaded key %r", PEM)
    logger.error("key in a message:\n" + PEM + "done")
    try:
        raise RuntimeError(f"auth with {XOXB} failed")
    except RuntimeError:
        logger.exception("the call failed")
    text = out.getvalue()
    for secret in (XOXB.split("-", 1)[1], XAPP.split("-", 1)[1], "Bearer abc", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUA"):
        assert secret not in text
    assert "BEGIN OPENSSH PRIVATE KEY" not in text
    records = lines(out)
    assert records[0]["message"] == "bot token xoxb-[redacted] and app token xapp-[redacted]"
    assert "'Authorization': 'Bearer [redacted]'" in records[1]["message"]
    assert records[2]["message"] == "Authorization: Bearer [redacted]"
    assert records[3]["message"] == "loaded key '[redacted private key]\\n'"  # %r: the newlines are escaped
    assert records[4]["message"] == "key in a message:\n[redacted private key]\ndone"
    assert "auth with xoxb-[redacted] failed" in records[5]["exception"]


def test_redaction_leaves_ordinary_text_alone() -> None:
    text = "Basic checks pass; node-2: no route to 10.40.52.128/26 (xoxo); bearer of bad news: none"
    assert redact(text).startswith("Basic checks pass; node-2: no route to 10.40.52.128/26 (xoxo)")


@pytest.fixture
def root_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        yield
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
        for handler in handlers:
            root.addHandler(handler)
        root.setLevel(level)


def test_setup_logging_auto_is_json_when_not_a_terminal(root_logging: None) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    pipe, terminal = io.StringIO(), Terminal()
    setup_logging("warning", "auto", pipe)
    logging.getLogger("slack_sdk.web").info("not shown at WARNING")
    logging.getLogger("paramiko.transport").warning("token %s", XOXB)  # a library's logger, redacted too
    assert [json.loads(line)["message"] for line in pipe.getvalue().splitlines()] == ["token xoxb-[redacted]"]

    setup_logging("INFO", "auto", terminal)
    token = DIAGNOSIS_ID.set("abcdefabcdef")
    try:
        logging.getLogger("podnet.slack").info("a %s line", "text")
    finally:
        DIAGNOSIS_ID.reset(token)
    assert terminal.getvalue().rstrip().endswith("INFO podnet.slack [abcdefabcdef] a text line")
    assert logging.getLogger().handlers == [logging.getLogger().handlers[0]]  # replaced, not added
