r"""Formats the twelfth held-out set missed (issue #17, HELDOUT-l.md). The general causes (x/y filler labels, a URL
whose host is the word `hostname`, `--` never a name, a JSON value under a non-host key) live in `hosts.py`,
`url_words.py` and `generic_json.py`; here are the formats of their own:

- bash's `/dev/tcp/h/PORT` probe: `line 15: h: Try again` (bash prints the gai_strerror after the name it looked up)
  with the `/dev/tcp/h/...` redirection on a line next to it;
(aiohttp's IP address looked up as a name is `python_libs`', Npgsql's opening connection `dotnet_windows`',
OpenResty's Lua comment `proxy_gateways`'.)
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import classify_resolution
from checks.parsing.rules.base import Hit, Rule, hit, rx

# --- bash: `line N: h: Try again` next to its `/dev/tcp/h/PORT` redirection -------------------------------------

_DEV_TCP = rx(r"/dev/tcp/(?P<host>{H})/(?P<port>\d{1,5})\b")
_BASH_ERROR = rx(r"\bline\s\d{1,6}:\s(?P<host>{H}):\s(?P<rest>[^\n]{1,60})$")
BASH_LINES = 3
"""Lines looked at on each side of the redirection for bash's error about its name."""


def _dev_tcp(m: re.Match[str], seg: Segment) -> Hit | None:
    name = m.group("host").lower()
    for line in [seg.text, *seg.lines_before(BASH_LINES), *seg.lines_after(BASH_LINES)]:
        for e in _BASH_ERROR.finditer(line):
            kind = classify_resolution(e.group("rest"))
            if kind is not None and e.group("host").lower() == name:
                return hit(m, seg, kind, port=m.group("port"))
    return None


RULES: tuple[Rule, ...] = (Rule("bash-dev-tcp", ("/dev/tcp/",), _DEV_TCP, _dev_tcp),)
