"""A URL's scheme looked up as the host (issue #17, after held-out L): `http:80`, `https:443`.

A malformed URL (`http:/h`, `http://http://h`, a `host` setting holding `https://h`) makes the client take the scheme
for the host and the default port for its port: .NET's `Name or service not known (http:80)`, aiohttp's `Cannot
connect to host http:80`, Node's `getaddrinfo EAI_AGAIN https https:80`. Every set labels the scheme as the name looked
up (HELDOUT*.md: "names that are what was looked up are labelled as printed (`https`, ...)"), but `http` is one of
the generic rule's WORDS. Only the word followed by `:` and a port (never `://`) counts, and only where the generic
rule already has a resolver reason on the line and the candidate in its window.
"""

from __future__ import annotations

SCHEMES = frozenset({"http", "https"})


def scheme_as_host(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is `http`/`https` followed by `:PORT` (a scheme taken for the host)."""
    if text[start:end].lower() not in SCHEMES or not text.startswith(":", end):
        return False
    digits = 0
    for c in text[end + 1 : end + 7]:
        if not c.isdigit():
            break
        digits += 1
    return 0 < digits <= 5
