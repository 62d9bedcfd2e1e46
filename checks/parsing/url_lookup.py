"""A URL handed to the resolver as a name (issue #17, held-out R): Node's `getaddrinfo ENOTFOUND redis://redis:6379`
looked up the whole URL; its error object's `hostname: 'redis://redis:6379'` field, a few lines below, holds the same
URL, and a rule reading that field's URL host (`redis`) reports the same failure again. Only that copy is dropped: a
hit of the same kind, on a `hostname:` line of the block below the URL's hit, and nowhere else in the paste (review 2,
finding 5: a real second failure of the host elsewhere, or of another kind, stays)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from checks.parsing.rules.base import LazyPattern

BLOCK_LINES = 12
"""Lines below the URL's hit that Node's error object spans (its stack frames, then `errno`, `code`, `hostname`)."""

_HOSTNAME_FIELD = LazyPattern(r"\bhostname['\"]?\s{0,3}:")


def url_host(printed: str) -> str:
    """`redis://u@redis:6379/0` → `redis`."""
    rest = printed.partition("://")[2].rpartition("@")[2]
    return rest.split("/", 1)[0].split(":", 1)[0].lower()


def _field_end(text: str, printed: str, url_at: int) -> int | None:
    """Where the line of the error object's `hostname: '<printed>'` ends, within BLOCK_LINES lines below `url_at`."""
    end = url_at
    for _ in range(BLOCK_LINES + 1):
        nxt = text.find("\n", end + 1)
        line_end = len(text) if nxt == -1 else nxt
        field = _HOSTNAME_FIELD.search(text, end, line_end)
        if field is not None and text[field.end() : line_end].strip(" '\"`,").lower() == printed.lower():
            return line_end
        if nxt == -1:
            return None
        end = nxt
    return None


def url_field_copies(text: str, found: Mapping[tuple[str, str], Iterable[int]]) -> set[tuple[str, str]]:
    """The (host, kind) keys of `found` (each with its hits' offsets in `text`) that are only the error object's
    `hostname:` field repeating a URL looked up above it, with the same kind."""
    copies: set[tuple[str, str]] = set()
    for (printed, kind), url_offsets in found.items():
        if "://" not in printed:
            continue
        key = (url_host(printed), kind)
        offsets = list(found.get(key, ()))
        blocks = [(u, e) for u in url_offsets if (e := _field_end(text, printed, u)) is not None]
        if offsets and all(any(u < at <= e for u, e in blocks) for at in offsets):
            copies.add(key)
    return copies
