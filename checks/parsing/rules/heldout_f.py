"""Formats the sixth held-out set missed (issue #17, HELDOUT-f.md) that no general rule can read:

- the apiserver's `Post "https://NAME:443/...": notresolvable` (a webhook's Service name its resolver refused): `other`;
- hyper/reqwest over trust-dns: `error sending request for url (URL): ... dns error: No connections available` — the
  kind from the text after `dns error:` (`other` when it names no resolver reason), the name from the URL;
- a name with `###` typed over parts of it (Strimzi's `DNS resolution failed for #######--kafka-...`): `other`,
  a placeholder.
(PHP's PDO `getaddrinfo for NAME failed:` with its reason wrapped is `php_network`'s, Twisted's `DNSLookupError`
`python_libs`', Mono's `DNS Name Resolution Failure` `dotnet_windows`'.)
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from checks.parsing.document import Segment
from checks.parsing.kinds import classify_resolution
from checks.parsing.rules.base import Hit, Rule, fixed, hit, nearby_host, rx

# --- The apiserver's `notresolvable` ------------------------------------------------------------------------------

_NOT_RESOLVABLE = rx(
    r"\b(?:Get|Post|Put|Patch|Delete|Head)\s{1,2}\"?https?://(?P<host>{H})(?::(?P<port>\d{1,5}))?[^\s\"]{0,2048}\"?:"
    r"\s{0,3}notresolvable\b"
)

# --- hyper/reqwest over trust-dns: `dns error: <anything but getaddrinfo's text>` -----------------------------------

_DNS_ERROR = rx(r"\bdns\serror:\s{0,3}(?!failed\sto\slookup)(?=(?P<rest>[^\n\"]{1,100}))")
# trust-dns / hickory texts that say the lookup failed but give no answer-level reason.
_NO_REASON = ("no connections available", "proto error")
_FOR_URL = rx(r"for\surl\s\((?P<url>[^\s)]{1,2048})\)")


def _dns_error(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = m.group("rest")
    kind = classify_resolution(rest) or ("other" if rest.lower().startswith(_NO_REASON) else None)
    if kind is None:
        return None  # `dns error: <a localized OS text> (os error 11001)`: the generic rule reads that line
    text, lo = seg.around(m.start())
    for target in _FOR_URL.finditer(text, 0, m.start() - lo):
        try:
            host = urlsplit(target.group("url")).hostname
        except ValueError:
            continue
        if host:
            return hit(m, seg, kind, host=host)
    near = nearby_host(seg, m.start())
    return hit(m, seg, kind, host=near[0], port=near[1]) if near else None


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
    Rule("hyper-dns-error", ("dns error:",), _DNS_ERROR, _dns_error),
    Rule("hash-masked-name", ("###",), _HASH_MASKED, _hash_masked),
)
