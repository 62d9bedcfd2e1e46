"""Names the paste shows the `host` tool answering right above their NXDOMAIN (issue #17, held-out BJ, spent).

`host h` asks for A, AAAA and MX records in turn and prints each answer: `h has address 10.89.0.2`, then `Host h not
found: 3(NXDOMAIN)` for a record type the name lacks. The name resolved; the NXDOMAIN line is no failure of it. An
answer further away (another `host h <server>` run below, asking another server) says nothing of this one.
"""

from __future__ import annotations

from checks.parsing.document import Document

_ANSWERS = (" has address ", " has ipv6 address ")
ANSWER_LINES = 3
"""Lines above a `not found` line read for the same run's answer."""


def answered_above(doc: Document, at: int, host: str) -> bool:
    """Whether one of the ANSWER_LINES lines above offset `at` is `host`'s answer line for `host`."""
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
    return False
