"""The URL a host-less error's own message says it was fetching, written BEFORE the error (issue #17, held-out O).

WordPress/Guzzle: `Failed to get url 'https://api.wordpress.org/core/…': cURL error 28: Resolving timed out after
10000 milliseconds.` — the name of the failed lookup is that URL's host. Guards: the URL is on the error's line, the
nearest URL before it, and at most `GAP` characters of connecting words end it before the error (a `: `, a quote, a
closing bracket); no sentence ends between them (`. `), and no other URL stands between (it would be the nearer one).
"""

from __future__ import annotations

import re

from checks.parsing.hosts import HOST

GAP = 40
"""Characters allowed between the URL's end and the error (`': `, `) failed: `)."""

_URL = re.compile(r"\b[a-z][a-z0-9+]{1,10}://(?:[^\s/@\"'<>]{1,256}@)?(?P<host>" + HOST + r")[^\s\"'<>]{0,2048}", re.I)
# connecting words only: `': cURL error 28: `, `) failed: `, `" with error: `; held-out ML-MS (spent): or the error in
# brackets after it (mod_auth_openidc's `curl_easy_perform() failed on: URL (Resolving timed out after N milliseconds)`;
# its newer `... for URL: [Resolving timed out after N milliseconds]`, probes round 23)
_BETWEEN = re.compile(
    r"[\s'\"`()[\]>:,;-]{0,6}(?:(?:failed|error|errored|with|curl|\(?\d{1,4}\)?)[\s:,'\"]{0,4}){0,4}", re.I
)


def url_before(line_before: str) -> str | None:
    """The raw host of the URL that `line_before` (the error's line up to the error) ends with, or None."""
    tail = line_before[-(GAP + 2400) :]
    last = None
    for m in _URL.finditer(tail):
        last = m
    if last is None:
        return None
    between = tail[last.end() :]
    if len(between) > GAP or ". " in between or last.group(0).endswith((".", "!", "?")):
        return None  # a sentence ends between them (the URL's match takes its full stop: `See https://docs/x. cURL`)
    if between.rstrip().endswith(("(", "[")) and "fail" not in tail[: last.start()].lower():
        return None  # (review) the error in brackets only after a failure's words (`failed on: URL (...)`), not prose
    return last.group("host") if _BETWEEN.fullmatch(between) else None
