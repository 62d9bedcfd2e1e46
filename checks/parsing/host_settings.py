"""The host a host-less resolver error was about, from a setting of the same paste (issue #17, held-out I).

Kong's `host or service not provided, or not known` under `docker run -e "KONG_PG_HOST=kong-db" ...`, Laravel's PDO
`getaddrinfo failed: Name does not resolve` over a `.env` with `DB_HOST=mysql`, `pgbench --host db ...`: the error
names no host, the configuration it ran with does. Only upper-case `*_HOST=` variables (an environment setting, not
prose), `PGHOST=` and a `--host` flag count. The generic rule asks here last, after a command line's name.

Kong's text is not a generic reason: the generic rule would take the identifier before it
(`server_version_num: host or service not provided, ...`) for the host; `rules/heldout_i.py` reads it.
"""

from __future__ import annotations

from checks.parsing.document import Segment
from checks.parsing.rules.base import LazyPattern

_SETTING = LazyPattern(
    r"(?:\b(?:[A-Z][A-Z0-9]{0,20}_){1,4}HOST|\bPGHOST|--host)(?:\s{0,3}=\s{0,3}|\s{1,3})[\"']?"
    r"(?P<host>[A-Za-z0-9][A-Za-z0-9\-]{0,62}(?:\.[A-Za-z0-9\-]{1,63}){0,10})(?![\w.\-])"
)
SETTING_LINES = 8
"""Lines looked at on each side of the error for the setting."""


def host_setting(seg: Segment, lines: int = SETTING_LINES) -> str | None:
    """The host a setting on the error's line or the `lines` lines around it names (this line, then before, then
    after, nearest first)."""
    for text in (seg.text, *seg.lines_before(lines), *seg.lines_after(lines)):
        found = _SETTING.search(text)
        if found:
            return found.group("host")
    return None
