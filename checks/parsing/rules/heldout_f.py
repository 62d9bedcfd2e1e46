"""Formats the sixth held-out set missed (issue #17, HELDOUT-f.md) that no general rule can read:

- the apiserver's `Post "https://NAME:443/...": notresolvable` (a webhook's Service name its resolver refused): `other`;
- a name with `###` typed over parts of it (Strimzi's `DNS resolution failed for #######--kafka-...`): `other`,
  a placeholder.
(PHP's PDO `getaddrinfo for NAME failed:` with its reason wrapped is `php_network`'s, Twisted's `DNSLookupError`
`python_libs`', Mono's `DNS Name Resolution Failure` `dotnet_windows`', hyper's `dns error:` `rare_runtimes`'.)
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import classify_resolution
from checks.parsing.rules.base import Hit, Rule, fixed, hit, rx

# --- The apiserver's `notresolvable` ------------------------------------------------------------------------------

_NOT_RESOLVABLE = rx(
    r"\b(?:Get|Post|Put|Patch|Delete|Head)\s{1,2}\"?https?://(?P<host>{H})(?::(?P<port>\d{1,5}))?[^\s\"]{0,2048}\"?:"
    r"\s{0,3}notresolvable\b"
)

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


RULES: tuple[Rule, ...] = (
    Rule("apiserver-notresolvable", ("notresolvable",), _NOT_RESOLVABLE, fixed("other")),
    Rule("hash-masked-name", ("###",), _HASH_MASKED, _hash_masked),
)
