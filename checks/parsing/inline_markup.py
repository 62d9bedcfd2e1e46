"""HTML inline tags around a name in an error page pasted as markup (issue #17, held-out R).

Proxies print the name they could not resolve inside inline markup: squid's `Unable to determine IP address from host
name <q>h</q>`, an HTTP proxy's `Unable to locate the server named "<em>h</em>"`. The name is the text between the
tags, so a tag that only styles text (`<q>`, `<em>`, `<b>`, `<strong>`, `<i>`, `<tt>`, `<code>`) is dropped where the
paste closes one of that kind (an HTML page, not a `<b>`-style placeholder typed for a name). Attributes are never
read: a tag with attributes is not an inline style tag here and stays as it is.
"""

from __future__ import annotations

INLINE_TAGS = ("q", "em", "b", "strong", "i", "tt", "code")


def strip_inline_tags(text: str) -> str:
    """`text` without the inline style tags whose closing tag it holds (both cases, as HTML pages print them)."""
    for tag in INLINE_TAGS:
        for name in (tag, tag.upper()):
            closing = f"</{name}>"
            if closing in text:
                text = text.replace(f"<{name}>", "").replace(closing, "")
    return text
