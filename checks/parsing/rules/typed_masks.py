r"""Names with a mask typed over part of them, in characters the host pattern does not hold (issue #17, held-out F, G;
gathered here from the round modules); reported as placeholders (`redacted`).

- a name with `###` typed over parts of it (Strimzi's `DNS resolution failed for #######--kafka-...`): `other`, a
  placeholder (F);
- a name with U+00D7 (the multiplication sign) typed over a label (`\u00d7\u00d7\u00d7.redis.cache.chinacloudapi.cn`):
  the host pattern is ASCII, so the mask is read here after `connecting to` / `lookup` / `ENOTFOUND` with a resolver
  reason after it (G).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import classify_resolution
from checks.parsing.model import FailureKind
from checks.parsing.rules.base import Hit, Rule, hit, rx

# --- `###` typed over parts of a name ------------------------------------------------------------------------------

# Only names with a run of three `#` (Kafka's `for #######--kafka-...`): a single `#` is a port (`10.0.0.10#53`).
_HASH_MASKED = rx(
    r"(?:DNS\sresolution\sfailed\sfor|\bresolve|\blookup|\bhost(?:name)?:?)\s{1,3}{Q}?"
    r"(?P<host>[A-Za-z0-9_.\-#]{0,120}#{3}[A-Za-z0-9_.\-#]{0,120})"
)


def _hash_masked(m: re.Match[str], seg: Segment) -> Hit | None:
    if not any(c.isalnum() for c in m.group("host")):
        return None  # `resolve ### Steps`: a Markdown heading, not a name
    lead = m.group(0).lower()
    kind = (
        "other" if lead.startswith("dns resolution failed") else classify_resolution(seg.text[m.end() : m.end() + 120])
    )
    return hit(m, seg, kind) if kind else None


# --- U+00D7 typed over a label ----------------------------------------------------------------------------------------

_TIMES_MASKED = rx(
    r"(?:connecting\sto|\blookup|ENOTFOUND|EAI_AGAIN|resolve\shost:?)\s{1,3}"
    r"(?P<host>\u00d7{2,12}(?:\.[A-Za-z0-9\-]{1,63}){1,10})(?::(?P<port>\d{1,5}))?(?=(?P<rest>[^\n]{0,120}))"
)


def _times_masked(m: re.Match[str], seg: Segment) -> Hit | None:
    lead = m.group(0).lower()
    kind: FailureKind | None
    if lead.startswith("enotfound"):
        kind = "nxdomain"
    elif lead.startswith("eai_again"):
        kind = "temporary"
    else:
        kind = classify_resolution(m.group("rest"))
    return hit(m, seg, kind, port=m.group("port"), exact=True) if kind else None


RULES: tuple[Rule, ...] = (
    Rule("hash-masked-name", ("###",), _HASH_MASKED, _hash_masked),
    Rule("times-masked-name", ("\u00d7\u00d7",), _TIMES_MASKED, _times_masked),
)
