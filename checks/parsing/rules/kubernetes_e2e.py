r"""Kubernetes' own end-to-end DNS tests (issue #17, corpus set ZB): the prober pod's names that did not resolve.

`test/e2e/network/dns_common.go` logs `Lookups using dns-8291/dns-test-5d0f failed for: [wheezy_udp@h
jessie_tcp@h ...]` (each entry the probe's `<image>_<protocol>@` and the name it looked up); the early e2e suite
logged `lookups failed for: [h1 h2]`. Each name in the list is a failed look-up with no reason (`other`); a list entry
with no dot (`wheezy_udp@PodARecord`, the pod's own A record check) is a check's name, not a host.
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, hit, rx

# one entry of the list: the probe's `image_protocol@` prefix, then a dotted name, up to a space or the list's end
_ENTRY = rx(
    r"(?<=[\[\s])(?:[A-Za-z]{1,20}_[A-Za-z]{1,10}@)?"
    r"(?P<host>[A-Za-z0-9_\-]{1,63}(?:\.[A-Za-z0-9_\-]{1,63}){1,10})(?=[\s\]])"
)
# what opens the list (the suite's colon is sometimes pasted as U+A789, a modifier letter colon)
_OPENS = re.compile(r"\blookups\s(?:using\s[^\s\[\]]{1,200}\s)?failed\sfor[:\ua789]\s{0,2}\[\Z", re.I)
LIST_SPAN = 2000
"""Characters between an entry and its list's `[` (a list of a few dozen probes' names)."""


def _entry(m: re.Match[str], seg: Segment) -> Hit | None:
    text, at = seg.text, m.start()
    lo = max(0, at - LIST_SPAN)
    opened = text.rfind("[", lo, at)
    if opened == -1 or text.find("]", opened, at) != -1 or "\n" in text[opened:at]:
        return None
    if _OPENS.search(text, max(0, opened - 260), opened + 1) is None:
        return None
    return hit(m, seg, unstated("Kubernetes e2e `Lookups using pod failed for: [probe@h ...]`"), exact=True)


RULES: tuple[Rule, ...] = (Rule("kubernetes-e2e-lookups", ("failed for:", "failed for\ua789"), _ENTRY, _entry),)
