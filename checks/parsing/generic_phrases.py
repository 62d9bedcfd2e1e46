"""Words of a message's own phrase that the generic rule would otherwise take for a name (issue #17, held-out J).

- `Exception inside application: [Errno -2] Name or service not known` (Daphne/Channels, Prefect's server): a plain
  word after `inside` is where the exception happened, not a host (`h: [Errno -2]` would otherwise name it);
- Elasticsearch's `BindTransportException[Failed to resolve publish address]`: `publish` says which address, like
  `bind`, `local`, `remote`... — a word from the short list of what an address can be, right before `address`.
  `Failed to resolve kafka-0 address: no such host` keeps `kafka-0` (not such a word).
"""

from __future__ import annotations

from checks.parsing.rules.base import LazyPattern

ADDRESS_KINDS = frozenset(
    {"publish", "bind", "local", "remote", "listen", "listening", "advertised", "peer", "source", "destination"}
    | {"public", "private", "external", "internal", "broadcast", "multicast", "gateway", "mac", "email", "ip"}
)
"""Words that say which address a message means (`publish address`, `bind address`), never a name."""

_INSIDE = LazyPattern(r"\binside\s$")


def phrase_word(text: str, start: int, end: int) -> bool:
    """Whether the token `text[start:end]` is a word of the message's own phrase, not the name looked up."""
    word = text[start:end]
    if not word.isalpha():
        return False
    if word.lower() in ADDRESS_KINDS and text.startswith(" address", end):
        return True
    return word.islower() and _INSIDE.search(text, max(0, start - 7), start) is not None
