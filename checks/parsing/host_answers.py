"""Names the paste shows the `host` tool or `nslookup` answering right above their NXDOMAIN (issue #17, held-out BJ and
CK, spent).

`host h` asks for A, AAAA and MX records in turn and prints each answer: `h has address 10.89.0.2`, then `Host h not
found: 3(NXDOMAIN)` for a record type the name lacks. The name resolved; the NXDOMAIN line is no failure of it. An
answer further away (another `host h <server>` run below, asking another server) says nothing of this one.

vpnkit (Docker Desktop's DNS forwarder) logs `DNS lookup h A: h <IN|38> [A (A)]`, then `DNS lookup h AAAA:
NoSuchRecord`: the same.

`nslookup h` does the same: `Name: h` / `Address: A` for the A query, then busybox's `*** Can't find h: No answer` or
BIND's `** server can't find h: NXDOMAIN` for the AAAA one, with the search path's NXDOMAINs between; its run opens on
`Server:`.
"""

from __future__ import annotations

import re

from checks.parsing.document import Document

_ANSWERS = (" has address ", " has ipv6 address ")
ANSWER_LINES = 3
"""Lines above a `not found` line read for the same run's answer."""


NSLOOKUP_RUN_LINES = 16
"""Lines above a `Can't find` line read for its `nslookup` run's answer."""
_NAME_LINE = re.compile(r"name:\s{1,8}(?P<name>\S{1,253})\s*$")


def answered_above(doc: Document, at: int, host: str) -> bool:
    """Whether one of the ANSWER_LINES lines above offset `at` is `host`'s answer line for `host`, or the same
    `nslookup` run printed an answer for it (`Name: host` above, after the run's `Server:` line)."""
    return _host_answered(doc, at, host) or _nslookup_answered(doc, at, host)


_CANONICAL_NAME = re.compile(r"\.?\s{1,8}canonical\sname\s=\s")


def _nslookup_answered(doc: Document, at: int, host: str) -> bool:
    name = host.lower().rstrip(".")
    line_start, line_end = doc.line_bounds(at)
    own = doc.lower[line_start:line_end].rstrip()
    if "can't find " not in own or not own.endswith((": no answer", ": nxdomain", ": servfail")):
        # only nslookup's own `Can't find h: No answer` / `server can't find h: NXDOMAIN` (the AAAA query after the A
        # query answered; held-out CM, spent, labels two such runs no failure): another tool's failure below is its own
        return False
    below = ""
    for _ in range(NSLOOKUP_RUN_LINES):
        if line_start == 0:
            return False
        line_start, line_end = doc.line_bounds(line_start - 1)
        line = doc.lower[line_start:line_end].strip()
        if line.startswith("server:") or "nslookup " in line:
            return False  # the run's first line: no answer in it above
        found = _NAME_LINE.match(line)
        if found is not None and found.group("name").rstrip(".") == name and below.startswith("address"):
            return True
        # held-out FA (spent): the answer through an alias (`h  canonical name = t`, then `Name: t`, `Address: ...`)
        if line.startswith(name) and _CANONICAL_NAME.match(line, len(name)) and below.startswith("name:"):
            return True
        below = line
    return False


def _host_answered(doc: Document, at: int, host: str) -> bool:
    name = host.lower().rstrip(".")
    line_start = doc.line_bounds(at)[0]
    for _ in range(ANSWER_LINES):
        if line_start == 0:
            return False
        line_start, line_end = doc.line_bounds(line_start - 1)
        # the answer opens its line, or follows a caller's words (`SSH command results: ..., output: h has address
        # A`; held-out BX)
        line = " " + doc.lower[line_start:line_end].strip()
        if any(" " + form + answer in line for form in (name, name + ".") for answer in _ANSWERS):
            return True
        # held-out DV (spent): vpnkit's (Docker Desktop's) answer to the A query, its AAAA `NoSuchRecord` below
        if any(f" lookup {form} a: {form} <in|" in line for form in (name, name + ".")):
            return True
    return False
