"""A URL whose host is the word for a host (issue #17, held-out L).

Predis prints the URL it dialed: `[tls://hostname:6379]`. Nobody's Redis is at a host named `hostname`: the reporter
typed the word over their own (HELDOUT-l.md labels it redacted). The word alone elsewhere stays a name a program
really looked up (pymysql's `host`, HELDOUT-c.md), so only the URL's host slot counts, and only the word `hostname`.
"""

from __future__ import annotations

URL_WORDS = frozenset({"hostname"})
_AFTER = frozenset(":/]?\"'` \n")


def url_word_host(text: str, start: int, end: int) -> str | None:
    """The word (lower-cased) if `text[start:end]` is a URL's host that is the word `hostname`, else None."""
    word = text[start:end].lower()
    if word not in URL_WORDS or not text.startswith("://", start - 3):
        return None
    return word if end == len(text) or text[end] in _AFTER else None
