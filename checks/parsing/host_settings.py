"""The host a host-less resolver error was about, from a setting of the same paste (issue #17, held-out I and J).

Kong's `host or service not provided, or not known` under `docker run -e "KONG_PG_HOST=kong-db" ...`, Laravel's PDO
`getaddrinfo failed: Name does not resolve` over a `.env` with `DB_HOST=mysql`, `pgbench --host db ...`: the error
names no host, the configuration it ran with does. Only upper-case `*_HOST=` variables (an environment setting, not
prose), `PGHOST=` and a `--host` flag count. The generic rule asks here last, after a command line's name.

Held-out J widened the shapes, each still a HOST key (never prose): WordPress's Redis diagnostics
`WP_REDIS_HOST: "h"` (a colon, quotes), YAML/JSON `host: h` / `"host": "h"` at a line's start, and the debug line
above a bare `[Errno -2]` that names the connection's `('h', port)` tuple (redis-py, aiohttp: `Creating tcp
connection to ('redis', 6379)`). The wider shapes are read in the error's own paste block only (they stop at a blank
line), up to `BLOCK_LINES` lines away.

Kong's text is not a generic reason: the generic rule would take the identifier before it
(`server_version_num: host or service not provided, ...`) for the host; `rules/setting_named.py` reads it.

Two readers over the same regexes (review 2, finding 9: they were two modules with two regexes that disagreed):
- `nearest`: the setting nearest the error (a format whose error always belongs to one configured host: Kong's
  `KONG_PG_HOST`, Sequelize's connection settings);
- `only`: the same, but nothing where the error's paste block holds settings naming two or more different hosts (a
  compose file's `SMTP_HOST=` and `DB_HOST=`: which one failed is unknown). The generic rule and the formats that name
  no host at all (Elixir's Tds `tcp connect: nxdomain`) use it. A masked value (`hostname: "****.database.windows.net"`)
  counts as a host when it holds a letter.
"""

from __future__ import annotations

import functools

from checks.parsing.document import Segment
from checks.parsing.rules.base import LazyPattern

_NAME = r"(?P<host>[A-Za-z0-9*][A-Za-z0-9\-*]{0,62}(?:\.[A-Za-z0-9\-*]{1,63}){0,10})(?![\w.\-*])"
_SETTING = LazyPattern(
    r"(?:\b(?:[A-Z][A-Z0-9]{0,20}_){1,4}HOST|\bPGHOST|--host)(?:\s{0,3}=\s{0,3}|\s{1,3})[\"']?" + _NAME
)
_BLOCK_SETTING = LazyPattern(
    # `WP_REDIS_HOST: "h"`; a YAML / JSON host key at the line's start (`  host: redis`, `"host": "db",`)
    r"(?:\b(?:[A-Z][A-Z0-9]{0,20}_){1,4}HOST|^[\s\-]{0,12}[\"']?(?:host|hostname|HOST)[\"']?)"
    r"\s{0,3}:\s{0,3}[\"']?" + _NAME + r"[ \t]?[\"']?,?\s{0,3}$"  # held-out S: `"host": "h ",` (a space typed)
    # a Python `(host, port)` tuple a connection line names: `Creating tcp connection to ('redis', 6379)`
    r"|\bconnection\sto\s\('" + _NAME.replace("host>", "tuple>") + r"',\s{0,2}\d{1,5}\)"
    # held-out K: PHP's `print_r` of an array, `    [host] => sellingtoolz.com`
    r"|^\s{0,24}\[(?:host|hostname)\]\s{0,3}=>\s{0,3}" + _NAME.replace("host>", "dump>") + r"\s*$"
    # a Ruby hash's host key (fluentd's `Connection opened to Elasticsearch cluster => {:host=>"h", :port=>9200}`)
    r"|[{,]\s{0,2}:host\s{0,2}=>\s{0,2}\"" + _NAME.replace("host>", "ruby>") + r"\""
)
# held-out K: the setting named in the reporter's prose, `DB_HOST 是 mysql5 容器名`, `my DB_HOST is not localhost
# but mariadb instead`: still an upper-case `*_HOST` key, then `is` / `是`, then the name (never a prose word)
_PROSE = LazyPattern(
    r"\b(?:[A-Z][A-Z0-9]{0,20}_){1,4}HOST\s{1,3}(?:is|是)\s{0,3}(?:not\s{1,3}[^\s]{1,60}\s{1,3}but\s{1,3})?" + _NAME
)
_PROSE_WORDS = frozenset(
    {"a", "an", "the", "set", "not", "empty", "correct", "right", "wrong", "same", "also", "just", "still", "only"}
    | {"already", "defined", "configured", "missing", "unset", "blank", "null", "none", "is", "was", "are", "be"}
    | {"my", "your", "our", "their", "this", "that", "it"}
)
SETTING_LINES = 8
"""Lines looked at on each side of the error for the setting."""
BLOCK_LINES = 16
"""Lines looked at on each side of the error, within its paste block, for the wider shapes."""


def _may_hold(low: str) -> bool:
    """A literal every setting shape holds (`host`, `connection to (`): the regexes skip text without one (a hostile
    megabyte of host-less errors stays fast)."""
    return "host" in low or "connection to (" in low


def nearest(seg: Segment, lines: int = SETTING_LINES) -> str | None:
    """The host a setting on the error's line or the `lines` lines around it names (this line, then before, then
    after, nearest first); else one of the wider shapes in the error's paste block."""
    before, after = seg.lines_before(max(lines, BLOCK_LINES)), seg.lines_after(max(lines, BLOCK_LINES))
    own = _may_hold(seg.lower)
    for n, text in enumerate((seg.text, *before[:lines], *after[:lines])):
        held = own if n == 0 else _may_hold(text.lower())
        found = (seg.doc.search_line(_SETTING, text) if n else _SETTING.search(text)) if held else None
        if found and _named(found.group("host")):  # `DB_HOST is ...` is prose, not `DB_HOST h`
            return found.group("host")
        prose = seg.doc.search_line(_PROSE, text) if held and n else None  # never the error's own (megabyte) line
        if prose and _named(prose.group("host")):
            return prose.group("host")
    for side in (before, after):  # the wider shapes on the other lines of the block (a hostile line stays linear)
        for text in side:
            if not text.strip():
                break  # the end of the error's paste block
            host = _block_setting(text)
            if host:
                return host
    return None


def _named(host: str) -> bool:
    """A host, not a prose word (`DB_HOST is ...`) nor a mask with no letter left (`***`)."""
    return host.lower() not in _PROSE_WORDS and any(c.isalpha() for c in host)


@functools.lru_cache(maxsize=256)
def _block_setting(text: str) -> str | None:
    """The host a setting on one line of the block names, by any shape (kept: in a log of host-less errors each line
    is read as a neighbour of about 33 others)."""
    if not _may_hold(text.lower()):
        return None
    found = _SETTING.search(text)
    if found and _named(found.group("host")):
        return found.group("host")
    found = _BLOCK_SETTING.search(text)
    host = found and (found.group("host") or found.group("tuple") or found.group("dump") or found.group("ruby"))
    return host if host and _named(host) else None


def _block_hosts(seg: Segment) -> set[str]:
    """The distinct hosts the settings of the error's paste block name (its own line included)."""
    hosts: set[str] = set()
    for n, side in enumerate(([seg.text], seg.lines_before(BLOCK_LINES), seg.lines_after(BLOCK_LINES))):
        for text in side:
            if n and not text.strip():
                break  # the end of the error's paste block
            host = _block_setting(text) if n or len(text) <= 2000 else None  # never a megabyte line's wide shapes
            if host:
                hosts.add(host.lower())
    return hosts


def only(seg: Segment) -> str | None:
    """`nearest`, unless the error's paste block holds settings naming two or more different hosts."""
    return None if len(_block_hosts(seg)) > 1 else nearest(seg)
