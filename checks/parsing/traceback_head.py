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
"""

from __future__ import annotations

from checks.parsing.document import Segment

TRACE_LINES = 80
"""Lines above the error read for its traceback's head."""
HEAD_LINES = 3
"""Non-blank lines above the traceback's head read (an `Error:` header a tool prints before it is skipped)."""

_HEAD = "Traceback (most recent call last):"


def before_traceback(seg: Segment) -> list[str]:
    """For an error line that ends a Python traceback, the HEAD_LINES non-blank lines above the traceback (nearest
    first); else none."""
    lines = seg.lines_before(TRACE_LINES)
    for n, line in enumerate(lines):
        if line.startswith(_HEAD):
            above = [a for a in lines[n + 1 : n + 3 + HEAD_LINES] if a.strip() and a.strip() not in ("Error:", "Error")]
            return above[:HEAD_LINES]
        if line.strip() and not line[0].isspace():
            return []  # not a frame: the error is no traceback's end
    return []
