"""The name in a Node.js DNS error object printed over several lines (issue #17, recall by generalisation: the corpus
twice, held-out S twice, V once).

    {                                        Error during migration run:
      "code": "ENOTFOUND",                       at GetAddrInfoReqWrap.onlookup ... {
      "errno": "ENOTFOUND",                    errno: 'ENOTFOUND',
      "syscall": "getaddrinfo",                code: 'ENOTFOUND',
      "hostname": "svc-api-mapper",            syscall: 'getaddrinfo',
      "host": "svc-api-mapper",                hostname: 'postgres'
    }                                        }

The reason is a key's value (`code` / `errno`, or a logger's flattened `err.code`), so the generic rule finds no name
on its line; the object's `hostname` key holds it. Read only inside that one object: the keys at the code line's own
indentation, up to `OBJECT_LINES` lines either way, stopping at a line indented less (the object's end, or an outer
object: a logger's own `"hostname": "web-01"` around a nested `err`), and only when the same object's `syscall` is a
resolver call (`getaddrinfo`, c-ares' `queryA`...): a JSON record with an unrelated `hostname` stays unread.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from checks.parsing.document import Segment
from checks.parsing.model import FailureKind
from checks.parsing.rules.base import Hit

OBJECT_LINES = 12
"""Lines looked at on each side of the code line, within its object."""


@functools.cache
def _key() -> re.Pattern[str]:
    """`"code": "ENOTFOUND",` / `errno: 'EAI_AGAIN',` / `"err.hostname": "h"`: indentation, key, value."""
    return re.compile(
        r"^(?P<indent>[ \t]{0,40})[\"']?(?:err\.)?(?P<key>code|errno|syscall|hostname)[\"']?\s{0,3}:\s{0,3}"
        r"[\"'](?P<value>[A-Za-z0-9_][A-Za-z0-9_.\-]{0,252})[\"'],?\s{0,3}$"
    )


_RESOLVER_CALLS = frozenset({"getaddrinfo", "queryA", "queryAaaa", "querySrv", "queryTxt", "queryAny", "queryCname"})


def _keys(line: str, indent: str) -> tuple[str, str] | None:
    m = _key().match(line)
    return (m.group("key"), m.group("value")) if m and m.group("indent") == indent else None


def node_error_hostname(seg: Segment) -> str | None:
    """The `hostname` of the Node error object whose `code`/`errno` line is `seg`'s line, else None."""
    m = _key().match(seg.text)
    if m is None or m.group("key") not in ("code", "errno"):
        return None
    indent = m.group("indent")
    keys: dict[str, str] = {}
    for side in (seg.lines_before(OBJECT_LINES), seg.lines_after(OBJECT_LINES)):
        for line in side:
            found = _keys(line, indent)
            if found is None:
                if len(line) - len(line.lstrip(" \t")) < len(indent) or not line.strip():
                    break  # the object's end (or an outer object's line)
                continue  # a nested value, a stack frame inside the object
            keys.setdefault(found[0], found[1])
    if keys.get("syscall", "") not in _RESOLVER_CALLS:
        return None
    host = keys.get("hostname")
    return host if host and any(c.isalpha() for c in host) else None


def error_object_hit(
    seg: Segment, reason: re.Match[str], kind_of: Callable[[], tuple[FailureKind, bool] | None]
) -> Hit | None:
    """The generic rule's hit for a host-less `reason` that is the `code` of a Node error object naming its host."""
    host = node_error_hostname(seg)
    read = kind_of() if host else None
    if host is None or read is None:
        return None
    return Hit(host, read[0], seg.start + reason.start(), seg.start + reason.end(), exact=True, assumed=read[1])
