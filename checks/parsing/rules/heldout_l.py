r"""Formats the twelfth held-out set missed (issue #17, HELDOUT-l.md). The general causes (x/y filler labels, a URL
whose host is the word `hostname`, `--` never a name, a JSON value under a non-host key) live in `hosts.py`,
`url_words.py` and `generic_json.py`; here are the formats of their own:

- OpenResty: a Lua comment `-- could not be resolved (3: Host not found)` (the error `ngx.log` printed, pasted into
  the code) below the `ngx.socket.connect("h", 80)` / `sock:connect("h", 80)` call whose argument is the name;
- bash's `/dev/tcp/h/PORT` probe: `line 15: h: Try again` (bash prints the gai_strerror after the name it looked up)
  with the `/dev/tcp/h/...` redirection on a line next to it;
(aiohttp's IP address looked up as a name is `python_libs`', Npgsql's opening connection `dotnet_windows`'.)
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import classify_resolution
from checks.parsing.rules.base import Hit, Rule, hit, rx
from checks.parsing.rules.proxies import NGINX_CODES

# --- OpenResty: `-- could not be resolved (3: Host not found)` under the connect call ---------------------------------

_LUA_COMMENT = rx(r"--\s{0,3}could\snot\sbe\sresolved\s\((?P<num>\d{1,3}):\s[^)\n]{1,60}\)")
_LUA_CONNECT = rx(r"(?:\bngx\.\w{1,20}\.|\w:)connect\(\s{0,3}[\"'](?P<host>{H})[\"']\s{0,3},\s{0,3}(?P<port>\d{1,5})")
LUA_LINES = 6
"""Lines of code looked at above the comment for the connect call."""


def _lua_comment(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = NGINX_CODES.get(m.group("num"))
    if kind is None:
        return None
    for line in seg.lines_before(LUA_LINES):
        c = _LUA_CONNECT.search(line)
        if c is not None:
            return hit(m, seg, kind, host=c.group("host"), port=c.group("port"))
    return None


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


RULES: tuple[Rule, ...] = (
    Rule("openresty-lua-comment-connect", ("could not be resolved",), _LUA_COMMENT, _lua_comment),
    Rule("bash-dev-tcp", ("/dev/tcp/",), _DEV_TCP, _dev_tcp),
)
