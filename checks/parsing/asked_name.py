"""The name a program asked for, where the resolver's error prints it with a search suffix (issue #17, held-out AR).

Go and CRI-O print the last name tried: `Get "https://registry.ns.svc:5000/v2/": dial tcp: lookup
registry.ns.svc.cluster.local: no such host` asked for `registry.ns.svc`, which the resolver expanded with the pod's
search path. LABELS.md labels the name asked for where the paste shows it. Read only where the URL dialed is on the
error's line or the two lines above it, and the suffix is a search domain's (`cluster.local`, `.internal`, `.local`,
`.lan`, `.localdomain`, `.home`): a CNAME's target (`h.cdn.example.net` for `h`) is not such a suffix.
"""

from __future__ import annotations

import re

from checks.parsing.document import Document

_URL_HOST = re.compile(r"\b[a-z][a-z0-9+.\-]{1,15}://(?:[^\s/@\"'<>]{1,256}@)?(?P<host>[A-Za-z0-9_.\-]{1,253})", re.I)
_SEARCH_ENDS = (".cluster.local", ".internal", ".local", ".lan", ".localdomain", ".home")
WINDOW = 2000
"""Characters read either side of the error for the URL (a megabyte line stays linear)."""
URLS_READ = 20
"""URLs read around one error (a hostile line of them)."""


def asked_name(doc: Document, at: int, host: str) -> str | None:
    """The URL host `host` extends with a search suffix, from the error's line (at offset `at`) or the two above."""
    low = host.lower().rstrip(".")
    if not low.endswith(_SEARCH_ENDS):
        return None
    line_start, line_end = doc.line_bounds(at)
    lo = line_start
    for _ in range(2):
        if lo == 0:
            break
        lo = doc.line_bounds(lo - 1)[0]
    found: list[str] = []
    for n, m in enumerate(_URL_HOST.finditer(doc.text, max(lo, at - WINDOW), min(line_end, at + WINDOW))):
        if n >= URLS_READ:
            break
        found.append(m.group("host").lower().rstrip("."))
    if low in found:
        return None  # a URL dials the name itself: it was asked as printed
    bases = [u for u in found if low.startswith(u + ".") and ("." + low[len(u) + 1 :]).endswith(_SEARCH_ENDS)]
    return max(bases, key=len) if bases else None
