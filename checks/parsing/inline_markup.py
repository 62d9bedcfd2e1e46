"""HTML inline tags around a name in an error page pasted as markup (issue #17, held-out R).

Proxies print the name they could not resolve inside inline markup: squid's `Unable to determine IP address from host
name <q>h</q>`, an HTTP proxy's `Unable to locate the server named "<em>h</em>"`. The name is the text between the
tags, so a tag that only styles text (`<q>`, `<em>`, `<b>`, `<strong>`, `<i>`, `<tt>`, `<code>`) is dropped where it
is closed on the same line around plain text (a matched pair, not a `<b>`-style placeholder typed for a name, and not
every `<b>` of a paste that closes one somewhere). Attributes are never read: a tag with attributes is not an inline
style tag here and stays as it is. A pair touching a word (or another tag) on either side is set off by a space, so
adjacent runs never join into one token (review 2, finding 6: `<code>h</code><code>curl</code>` is not `hcurl`).
"""

from __future__ import annotations

import re

INLINE_TAGS = ("q", "em", "b", "strong", "i", "tt", "code")

_PAIR = re.compile(r"<(" + "|".join(INLINE_TAGS) + r")>([^<>\n]{0,300})</\1>", re.I)


def _unwrap(m: re.Match[str]) -> str:
    text = m.string
    before = text[m.start() - 1 : m.start()]
    after = text[m.end() : m.end() + 1]
    lead = " " if before and (before.isalnum() or before == ">") else ""
    tail = " " if after and (after.isalnum() or after in "_<") else ""
    return lead + m.group(2) + tail


def strip_inline_tags(text: str) -> str:
    """`text` with each matched inline style pair (`<q>h</q>`, either case) replaced by the text it holds."""
    return _PAIR.sub(_unwrap, text)
