"""A quoted name right after a reason that names what follows it (issue #17: held-out F, N, Q, S): Netty's
`UnknownHostException: failed to resolve 'ORDER-SERVICE' after 2 queries` (held-out N) and
`failed to resolve 'DESKTOP-IIJNG8O'` (held-out S). The generic rule already reads such a name in lower case; an
upper-case one (a Windows machine's or a Service's name as typed) it takes only where the reason names it, and a quote
hid that the reason does. Only one space and a quote between the reason and the name: a suffix test, no regex.

A BACKSTOP for specific rules (review 2, finding 13): with every rule on, `rules/languages.py`'s `failed-to-resolve`
rule (Netty's `failed to resolve 'h'`), `clients.py`'s curl rule and `languages.py`'s `node` rule read these names
first; the generic rule only reads lines where no specific rule found a name (`parser.parse_with`). This keeps the
generic rule, measured alone (`parse_with(specific=False)`), from refusing an upper-case name those formats print."""

from __future__ import annotations

_QUOTES = "'\"`"
_NAMING = ("failed to resolve", "could not resolve host", "enotfound")  # `UnknownHostException: failed to resolve` too


def quoted_after_reason(text: str, start: int) -> bool:
    """The token at `start` opens right after `<reason> '` (one space, then a quote)."""
    if start < 2 or text[start - 1] not in _QUOTES or text[start - 2] != " ":
        return False
    return text[max(0, start - 42) : start - 2].lower().endswith(_NAMING)
