"""Formats the third held-out set missed (issue #17, HELDOUT-c.md) that the generic rule cannot read, because the
name is not next to the reason:

- Windows `nslookup NAME [SERVER]` whose queries time out: "DNS request timed out." lines (and "*** Request to UnKnown
  timed-out", Chinese "*** 请求 UnKnown 超时") with the name only on the command line. With an answer for the name
  below the timeouts it is no failure (the first timeout is nslookup's reverse lookup of the server's address);
- postfix's `fatal: host/service NAME/PORT not found: <glibc reason>` (the name glued to the service by a slash).
"""

from __future__ import annotations

import itertools
import re

from checks.parsing.document import Document, Segment
from checks.parsing.hosts import PLAIN_HOST
from checks.parsing.rules.base import Hit, LazyPattern, Rule, by_rest, rx

# --- Windows nslookup: timeouts with the name on the command line ------------------------------------------------

_TIMED_OUT = rx(r"DNS\srequest\stimed\sout|\*\*\*\sRequest\sto\s\S{1,100}\stimed-out|\*\*\*\s请求\s\S{1,100}\s超时")
_COMMAND = LazyPattern(
    r"(?:^|[>$#]\s{0,3})nslookup(?:\s{1,3}-[A-Za-z]{1,20}(?:=\S{1,40})?){0,4}\s{1,3}(?P<host>" + PLAIN_HOST + r")",
    re.I | re.M,
)
# An answer for the name, or for what it is an alias of (`Name: twitter.com` ... `Aliases: www.twitter.com`).
_ANSWER = LazyPattern(
    r"^[>\s]{0,10}(?:Name|名称|Aliases|别名|Non-authoritative\sanswer|非权威应答)\s{0,3}[:\uff1a]", re.I | re.M
)
BLOCKS = 50
"""nslookup commands per paste read (a paste of thousands of them)."""


def _blocks(doc: Document) -> list[tuple[int, int, int, str]]:
    """Each nslookup command's (start, end) of its output, where its name is, and the name, read once per paste."""
    cached = doc.memo.get("windows-nslookup")
    if cached is None:
        commands = list(itertools.islice(_COMMAND.finditer(doc.text), BLOCKS))
        ends = [c.start() for c in commands[1:]] + [len(doc.text)] if commands else []
        cached = doc.memo["windows-nslookup"] = [
            (c.start(), end, c.start("host"), c.group("host")) for c, end in zip(commands, ends, strict=True)
        ]
    return cached  # type: ignore[return-value]


def _answered(doc: Document, start: int, end: int) -> bool:
    return _ANSWER.search(doc.text, start, end) is not None


def _windows_timeout(m: re.Match[str], seg: Segment) -> Hit | None:
    at = seg.start + m.start()
    for start, end, host_at, host in _blocks(seg.doc):
        if start <= at < end:
            if _answered(seg.doc, start, end):
                return None
            return Hit(host, "timeout", host_at, host_at + len(host))
    return None


# --- postfix: "fatal: host/service NAME/PORT not found: Name or service not known" ---------------------------------

_POSTFIX_SERVICE = rx(
    r"host/service\s(?P<host>" + PLAIN_HOST + r")/[A-Za-z0-9_\-]{1,30}\snot\sfound:\s{0,3}(?=(?P<rest>[^\n]{0,100}))"
)

RULES: tuple[Rule, ...] = (
    Rule(
        "windows-nslookup-timeout",
        ("dns request timed out", "*** request to", "*** 请求"),
        _TIMED_OUT,
        _windows_timeout,
    ),
    Rule("postfix-host-service", ("host/service",), _POSTFIX_SERVICE, by_rest("other", resolution_only=True)),
)
