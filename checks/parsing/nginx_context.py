"""nginx's error-log context: the fields nginx appends to a message about a client's request.

    2018/07/27 09:25:55 [error] 1311#0: *1 [lua] access.lua:103: received temporary failure in name resolution from
    https://accounts.google.com/o/oauth2/token, client: 10.10.1.10, server: sso.example.com, request: "GET /_oauth?...",
    host: "sso.example.com", referrer: "https://..."

`server:` is the matched `server_name`, `host:` the request's Host header, `request:` its request line and `referrer:`
its Referer: none is a name nginx (or a Lua module) looked up. `upstream:` may be, so it stays readable (corpus set U,
issue #17: the `host: "..."` field outranked the URL the message names).
"""

from __future__ import annotations

from checks.parsing.rules.base import LazyPattern

CONTEXT_SPAN = 2000
"""Characters looked back for the line's start and its context (a request line is rarely longer)."""
_CONTEXT_START = ", client: "
_FIELD = LazyPattern(r", (client|server|request|upstream|host|referrer|subrequest): \"?")
_NOT_LOOKED_UP = frozenset({"client", "server", "request", "host", "referrer"})
_NGINX_HEAD = LazyPattern(r"\[(?:emerg|alert|crit|error|warn|notice|info|debug)\] \d{1,9}#\d{1,9}: ")


def nginx_context_field(text: str, start: int) -> bool:
    """Whether `start` lies in a client-request field of an nginx error-log line's context (not `upstream:`)."""
    lo = max(0, start - CONTEXT_SPAN)
    line_start = text.rfind("\n", lo, start) + 1 or lo
    context = text.rfind(_CONTEXT_START, line_start, start)
    if context < 0 or _NGINX_HEAD.search(text, line_start, context) is None:
        return False
    fields = [f.group(1) for f in _FIELD.finditer(text, context, start)]
    return bool(fields) and fields[-1] in _NOT_LOOKED_UP
