"""What a Python traceback's host-less resolver error was about: the lines right above the traceback (issue #17,
held-out BV and BW).

    $ docker run --rm cassandra cqlsh some-cassandra       INFO rest_client: Making get request to https://h:9080/...
                                                           Traceback (most recent call last):
    Error:                                                   File ".../urllib3/connection.py", line 196, in _new_conn
    Traceback (most recent call last):                       ...
      File ".../cqlsh.py", line 2443, in <module>          socket.gaierror: [Errno -2] Name or service not known
      ...
    socket.gaierror: [Errno -2] Name or service not known

`socket.gaierror` names no host, and the frames between it and the traceback's head are code. The command or the log
line that started the failing call is printed right above `Traceback (most recent call last):`: those lines are read
as the lines above the error are (a URL, a `name:port`, a client command). Only when every line between the error and
the traceback's head is a frame (indented) or blank.

(source-mined, httpx and httpcore: their `ConnectError: [Errno -2] Name or service not known` names no host either) A
frame's own source line that holds a URL literal (`r = httpx.get("http://api.svc:8080/healthz")`) is the traceback's
too: the call that failed, read as a line above the error is (`traceback_calls`).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment

TRACE_LINES = 80
"""Lines above the error read for its traceback's head."""
HEAD_LINES = 3
"""Non-blank lines above the traceback's head read (an `Error:` header a tool prints before it is skipped)."""

TRACE_HEAD = "Traceback (most recent call last):"
"""A Python traceback's head line."""
# held-out FL (spent): IPython's (Jupyter's) traceback: its head names the exception first (`gaierror    Traceback (most
# recent call last)`, no colon) under a rule of dashes, and its frames are `path in func(args)` headers (IPython 8:
# `File path:954, in func(args)`, `Cell In[8], line 1`) and numbered source lines, the failing one marked `-->` (as
# many dashes as the number is wide), none of them indented
_IPYTHON_HEAD = re.compile(r"[A-Za-z_][\w.]{0,80}\s{2,120}Traceback \(most recent call last\)\s*$")
_IPYTHON_FRAME = re.compile(
    r"(?:-{2,8}>\s{1,3}\d{1,6}\s|(?:/|~/|[A-Za-z]:\\|<ipython-input-)[^\n]{0,300}\sin\s[\w<>.]{1,80}\("
    r"|File\s[^\n]{1,300}:\d{1,6},\sin\s[\w<>.]{1,80}\(|Cell\sIn\s?\[\d{1,6}\],\sline\s\d)"
)
_RULE = re.compile(r"-{20,}\s*$")


def _traceback_above(seg: Segment) -> tuple[list[str], int | None]:
    """The lines above an error line (nearest first) and where among them its traceback's head is: None when a line
    between them is no frame (the error ends no traceback)."""
    lines = seg.lines_before(TRACE_LINES)
    for n, line in enumerate(lines):
        if line.startswith(TRACE_HEAD) or _IPYTHON_HEAD.match(line):
            return lines, n
        if line.strip() and not line[0].isspace() and not _IPYTHON_FRAME.match(line):
            return lines, None  # not a frame: the error is no traceback's end
    return lines, None


def before_traceback(seg: Segment) -> list[str]:
    """For an error line that ends a Python traceback, the HEAD_LINES non-blank lines above the traceback (nearest
    first); else none."""
    lines, n = _traceback_above(seg)
    if n is None:
        return []
    above = [
        a
        for a in lines[n + 1 : n + 3 + HEAD_LINES]
        if a.strip() and a.strip() not in ("Error:", "Error") and not _RULE.match(a)
    ]
    return above[:HEAD_LINES]


_URL_LITERAL = re.compile(r"[\"'][a-z][a-z0-9+.\-]{1,15}://[^\s\"']{1,300}[\"']", re.I)


def traceback_calls(seg: Segment) -> list[str]:
    """For an error line that ends a Python traceback, its frames' source lines that hold a URL literal, nearest
    first (none past the traceback's head, nor where the error ends no traceback)."""
    lines, n = _traceback_above(seg)
    if n is None:
        return []
    return [
        line
        for line in lines[:n]
        if line[:1].isspace() and not line.lstrip().startswith("File ") and _URL_LITERAL.search(line)
    ]
