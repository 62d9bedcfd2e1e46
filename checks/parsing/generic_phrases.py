"""Words of a message's own phrase that the generic rule would otherwise take for a name (issue #17, held-out J).

- `Exception inside application: [Errno -2] Name or service not known` (Daphne/Channels, Prefect's server): a plain
  word after `inside` is where the exception happened, not a host (`h: [Errno -2]` would otherwise name it);
- a URL query parameter named `<something>_name` (`/get-by-name?experiment_name=undeepvo` in urllib3's message): its
  value is the program's own argument, not the host (the `host='h'` of the same message is);
- Elasticsearch's `BindTransportException[Failed to resolve publish address]`: `publish` says which address, like
  `bind`, `local`, `remote`... — a word from the short list of what an address can be, right before `address`.
  `Failed to resolve kafka-0 address: no such host` keeps `kafka-0` (not such a word); `address` misspelled in a
  reporter's sentence (`failed to resolve adress,`) is the word too (held-out AK).

And the other way round, a shape that names what was looked up whatever it looks like: a query name with its root
dot and the record type after it, `NAME. TYPE: <error>` (CoreDNS's `plugin/errors: 2 kubernetes.default. AAAA:
unreachable backend: read udp ...:53: i/o timeout`, its loop probe `7553930501182690030.5295112943253332074. HINFO:`,
`xxxx.ec2.internal. A: dial tcp 10.0.0.2:53: i/o timeout`): held-out C, E, H, I and J each had some. Only a dotted
name and an upper-case type count (`... the cluster. A: because` in prose is neither).
"""

from __future__ import annotations

import re

from checks.parsing.model import FailureKind
from checks.parsing.rules.base import LazyPattern

HELDOUT_J_REASONS: tuple[tuple[str, FailureKind, bool], ...] = (
    # Go's `dial tcp: lookup h: device or resource busy` (EBUSY from the resolver's socket: held-out H's sarama and
    # I's kubectl, both `other`); read only right after Go's `lookup NAME: ` (generic_guards), never a busy mount
    ("device or resource busy", "other", False),
)
"""Reasons the generic rule reads after Go's `lookup NAME: ` only (see `generic_guards.guarded`)."""

ADDRESS_KINDS = frozenset(
    {"publish", "bind", "local", "remote", "listen", "listening", "advertised", "peer", "source", "destination"}
    | {"public", "private", "external", "internal", "broadcast", "multicast", "gateway", "mac", "email", "ip"}
)
"""Words that say which address a message means (`publish address`, `bind address`), never a name."""

_ADDRESS_MISSPELLED = frozenset({"adress", "addres", "adresse", "adres", "adresses"})
"""`address` as people misspell it in their own sentence around a log: the word, never a name."""
_INSIDE = LazyPattern(r"\binside\s$")
# a URL query parameter whose key ends in `name` but names something else (`?experiment_name=undeepvo`, `&user_name=`)
_QUERY_PARAMETER = LazyPattern(r"[?&](?!(?:host|server|domain|node|dns)[_-]?name=)[A-Za-z0-9]{1,30}[_-]?name=$", re.I)
_QUERY_TYPE_AFTER = LazyPattern(r"\.\s(?:A|AAAA|HINFO|PTR|SRV|CNAME|MX|TXT|NS|SOA|ANY|CAA|HTTPS|SVCB):\s")


_CATEGORY_AFTER = LazyPattern(r"\s(?:names|domains|hostnames|subdomains|zones)\b")


def phrase_word(text: str, start: int, end: int) -> bool:
    """Whether the token `text[start:end]` is a word of the message's own phrase, not the name looked up."""
    if _QUERY_PARAMETER.search(text, max(0, start - 40), start):
        return True  # issue #17 (held-out I): mlflow's `?experiment_name=undeepvo` in urllib3's URL, not the host
    if _CATEGORY_AFTER.match(text, end):
        return True  # `cluster.local names return NXDOMAIN`: a zone named for the names under it (found by probing)
    word = text[start:end]
    if not word.isalpha():
        return False
    if word.lower() in ADDRESS_KINDS and text.startswith(" address", end):
        return True
    if word.lower() in _ADDRESS_MISSPELLED:
        return True  # issue #17 (held-out AK): `the failed to resolve adress, [...] WARN Failed to resolve address: h`
    return word.islower() and _INSIDE.search(text, max(0, start - 7), start) is not None


# issue #17 (after held-out L): CoreDNS's errors plugin counts before the name (`plugin/errors: 2 NAME. A: ...`)
_COUNT_BEFORE = LazyPattern(r"(?:^|[\s:])\d{1,6}\s$")


def query_name(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is a dotted query name written `NAME. TYPE: ` (its root dot, then the record type);
    a one-label name too when CoreDNS's errors plugin put its count before it (`2 o2o-redis-service. A: read udp
    ...: i/o timeout`: corpus.jsonl, collected-2026-12, held-out J), where a sentence's last word never stands."""
    if not text.startswith(".", end) or _QUERY_TYPE_AFTER.match(text, end) is None:  # (its root dot first: speed)
        return False
    return "." in text[start:end] or _COUNT_BEFORE.search(text, max(0, start - 8), start) is not None


def logger_field(text: str, start: int, end: int) -> bool:
    """issue #17 (held-out K): a logger's name in a padded bracketed field after the level
    (`[2015-08-17 ...][WARN ][common.network           ] failed to resolve local host`, Elasticsearch 1.x's log
    layout): `][` right before the name, spaces and `]` right after it. A host is never printed padded in `[...]`."""
    return (text.endswith("][", 0, start) and end < len(text) and _PADDED_CLOSE.match(text, end) is not None) or (
        # held-out JB-JI (spent): SABnzbd's `2025-07-03 13:56:52,756::DEBUG::[happyeyeballs:215] Failed ...`, its
        # logger's `[module:line]` right after the level (Python's `%(module)s:%(lineno)d`), not a host and its port
        _LEVEL_THEN_BRACKET.search(text, max(0, start - 12), start) is not None
        and _LINE_NUMBER_CLOSE.match(text, end) is not None
    )


_PADDED_CLOSE = re.compile(r" {0,40}\]")
# only SABnzbd's `::LEVEL::[` layout: after `ERROR [` a bracket may hold a real `host:port` (review: `ERROR
# [redis:6379] Name or service not known`)
_LEVEL_THEN_BRACKET = re.compile(r"::(?:DEBUG|INFO|WARNING|ERROR|CRITICAL)::\[\Z")
_LINE_NUMBER_CLOSE = re.compile(r":\d{1,6}\]")
