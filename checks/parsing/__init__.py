"""Read pasted errors (chat, logs, stack traces) and find the DNS-resolution failures in them."""

from __future__ import annotations

from checks.parsing.coredns_log import CorednsLogEvent, parse_coredns_log
from checks.parsing.model import FAILURE_KINDS, DnsFailure, FailureKind, Failures
from checks.parsing.normalize import normalize
from checks.parsing.parser import parse_failures

__all__ = [
    "FAILURE_KINDS",
    "CorednsLogEvent",
    "DnsFailure",
    "FailureKind",
    "Failures",
    "normalize",
    "parse_coredns_log",
    "parse_failures",
]
