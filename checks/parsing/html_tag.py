"""issue #17 (held-out R): a word inside an HTML start tag (`<BODY BGCOLOR="white" FGCOLOR="black">`) is an
attribute's name or value, never a host: an HTTP proxy's `Unknown Host` page put `black` next to its title."""

from __future__ import annotations

import re

# the tag's name, then an attribute (`name=`) first: corpus set W's `<Error from server: code=0000 ... message="h: ...`
# (a Python repr of a server's error) is no tag
_TAG_OPEN = re.compile(r"<[A-Za-z][A-Za-z0-9]{0,15}\s{1,3}[A-Za-z_:][\w:.-]{0,40}\s?=[^<>\n]{0,300}\Z")
TAG_SPAN = 320
"""Characters looked back for the `<tag ` that a word may be inside."""


def in_html_tag(text: str, start: int) -> bool:
    """Whether `start` is inside an HTML start tag's attributes: `<tag ` before it with no `>` between."""
    lo = max(0, start - TAG_SPAN)
    lt = text.rfind("<", lo, start)
    if lt < 0 or "=" not in text[lt:start]:
        return False
    return _TAG_OPEN.match(text, lt, start) is not None
