"""Names in their message's own slot that the generic rule missed in more than one spent set (issue #17, after held-out
O's `--generic-only` misses):

- an upper-case name the message puts in the name's own slot (`UnknownHostException: failed to resolve
  'ORDER-SERVICE' after 2 queries`, `UnknownHostException: LM-SJL-00877532: nodename nor servname ...`: Windows
  machine names and upper-cased Service names; sets L, N, O). An upper-case word is still no name (`ERROR`,
  `FAILED`): only one with a dash or a digit, and only where the reason names it (`named_by_reason`);
- the resolver's text, then the name in parentheses (`No such host is known (h)`, `Name or service not known
  (h:443)`; sets B, L): Java on Windows and .NET print the name there;
- redis-py's `Error -5 connecting to h:6379. <resolver text>` (sets F, G): a resolver errno before the name.
"""

from __future__ import annotations

PAREN_AFTER_REASON: tuple[str, ...] = (
    "no such host is known (",
    "name or service not known (",
    "temporary failure in name resolution (",
    "no address associated with hostname (",
    "nodename nor servname provided, or not known (",
)

# redis-py (connection.py `_error_message`): `Error {errno} connecting to {host}:{port}. {strerror}.`, the resolver's
# errno (-2, -3, -5; 11001 on Windows): the name before the port is the one looked up
REDIS_PY_LEAD: tuple[str, ...] = tuple(f"error {n} connecting to " for n in ("-2", "-3", "-5", "11001", "11004"))


def caps_name(raw: str) -> bool:
    """An upper-case token that can be a machine's or Service's name: letters with a dash or a digit, no `_`."""
    return (
        any(c.isalpha() for c in raw)
        and ("-" in raw or any(c.isdigit() for c in raw))
        and "_" not in raw
        and raw[0].isalnum()
        and raw[-1].isalnum()
    )
