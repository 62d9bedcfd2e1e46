"""Logging for `podnet serve`: JSON lines (or text on a terminal), the diagnosis id, and redaction.

Every line carries the id of the diagnosis it belongs to, when it belongs to one: the worker sets
`DIAGNOSIS_ID` for the duration of a job (a `ContextVar`, so concurrent diagnoses on other threads keep
their own). Secrets never reach the output: the redaction filter sits on the handler, so it covers
every logger, podnet's and the libraries' alike (slack_sdk, paramiko, urllib3), messages and tracebacks.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import TextIO

DIAGNOSIS_ID: ContextVar[str | None] = ContextVar("podnet_diagnosis_id", default=None)

REDACTED = "[redacted]"
_SECRETS: list[tuple[re.Pattern[str], str]] = [
    # PEM private keys (RSA, EC, OPENSSH, ENCRYPTED, ...): the whole block; an unterminated one to the end
    (
        re.compile(r"-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----(?:.*?-----END [A-Z0-9 ]*PRIVATE KEY-----|.*)", re.DOTALL),
        "[redacted private key]",
    ),
    # Slack tokens: bot, user, app-level, workflow, refresh (xoxb-, xoxp-, xapp-, xoxe.xoxp-, ...)
    (re.compile(r"\b(xox[a-z]|xapp)((?:\.xox[a-z])?-)[A-Za-z0-9-]+"), r"\1\2" + REDACTED),
    # an Authorization header's value, whatever its scheme ("Authorization: Bearer …", "'Authorization': '…'")
    (
        re.compile(
            r"(\bauthorization[\"']?\s*[:=]\s*[\"']?)((?:bearer|basic|token|bot)\s+)?[^\s\"',;]+", re.IGNORECASE
        ),
        r"\1\2" + REDACTED,
    ),
    # a bearer token anywhere else
    (re.compile(r"\b(bearer)(\s+)[A-Za-z0-9._~+/=-]+", re.IGNORECASE), r"\1\2" + REDACTED),
]


def redact(text: str) -> str:
    for pattern, replacement in _SECRETS:
        text = pattern.sub(replacement, text)
    return text


class RedactFilter(logging.Filter):
    """Rewrites a record so its message, traceback and stack carry no secrets (see `redact`)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: log what there is, still redacted
            message = f"{record.msg!s} {record.args!r}"
        record.msg, record.args = redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class DiagnosisIdFilter(logging.Filter):
    """Stamps the current diagnosis id (if any) on the record, in the thread that logged it."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "diagnosis_id", None) is None:
            record.diagnosis_id = DIAGNOSIS_ID.get()
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time (ISO 8601, UTC), level, logger, message, exception, diagnosis_id."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            line["exception"] = record.exc_text
        if record.stack_info:
            line["stack"] = record.stack_info
        diagnosis = getattr(record, "diagnosis_id", None)
        if diagnosis:
            line["diagnosis_id"] = diagnosis
        return json.dumps(line, ensure_ascii=False, default=str)


class TextFormatter(logging.Formatter):
    """`time LEVEL logger [diagnosis id] message`, for a terminal."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s %(diagnosis_tag)s%(message)s")

    def formatMessage(self, record: logging.LogRecord) -> str:
        diagnosis = getattr(record, "diagnosis_id", None)
        record.diagnosis_tag = f"[{diagnosis}] " if diagnosis else ""
        return super().formatMessage(record)


def use_json(fmt: str, stream: TextIO) -> bool:
    if fmt == "auto":
        isatty = getattr(stream, "isatty", None)
        return not (isatty is not None and isatty())
    return fmt == "json"


def make_handler(fmt: str = "auto", stream: TextIO | None = None) -> logging.Handler:
    """A stream handler with the redaction and diagnosis-id filters and the chosen formatter."""
    out = stream if stream is not None else sys.stderr
    handler = logging.StreamHandler(out)
    handler.addFilter(RedactFilter())
    handler.addFilter(DiagnosisIdFilter())
    handler.setFormatter(JsonFormatter() if use_json(fmt, out) else TextFormatter())
    return handler


def setup_logging(level: str = "INFO", fmt: str = "auto", stream: TextIO | None = None) -> logging.Handler:
    """Replace the root logger's handlers with one podnet handler; fmt: auto (JSON unless the stream is a
    terminal), json or text. Returns the handler."""
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    handler = make_handler(fmt, stream)
    root.addHandler(handler)
    root.setLevel(level.upper())
    logging.captureWarnings(True)
    return handler
