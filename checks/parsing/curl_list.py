"""curl's `Could not resolve host: a,%20b`: a host curl was handed as printed (issue #17, held-out R: PHP's libcurl
given `https, https, https`). curl URL-encodes the spaces of a host it cannot parse, so a list it printed has a
URL-encoded piece (`%20`, `%2C`); a comma-joined tail without one is the log's own punctuation (a CSV line's
`Could not resolve host: api.example.com,curl,6`, review 2 finding 4), and the name is the first piece."""

from __future__ import annotations

import re

_ENCODED = re.compile(r"%[0-9A-Fa-f]{2}")


def printed_list(listed: str) -> bool:
    """Whether `listed` (the text after `Could not resolve host: ` up to a space) is one host curl printed as a
    comma-joined list: more than one piece, and a URL-encoded piece."""
    return "," in listed and _ENCODED.search(listed) is not None
