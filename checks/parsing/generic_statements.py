"""Statements that a name's look-up failed, in the words any program may choose (issue #17, recall by generalisation).

The held-out rounds keep bringing programs whose own message no rule knew but whose wording is one of a handful of
ways to say "resolving this name failed": `error resolving 'h'`, `h resolve error: ...`, `Hostname resolution failed:
h`, `h could not be found in DNS`, `lookup of h timed out`. Each such phrase is read as a verb of the generic rule
(`generic_kind.VERBS`): its object must be a host, not a symbol, a dependency or an image (`generic_guards`), and the
kind is what the words after the name say (`: timed out`, `(NXDOMAIN)`), else the phrase's own.

Entries are (lower-case literal, kind, whether the kind is only assumed), concatenated into
`generic_words.REASON_TEXTS` like the other rounds'; `STATEMENT_VERBS` names them for `generic_kind.VERBS` (their
words need not hold `resolve` or `look`, which is how the other verbs are told apart).
"""

from __future__ import annotations

import re

from checks.parsing.model import FailureKind

STATEMENT_REASONS: tuple[tuple[str, FailureKind, bool], ...] = (
    # the name after the phrase
    ("error resolving", "other", False),
    ("failed resolving", "other", False),
    ("failure resolving", "other", False),
    ("error while resolving", "other", False),
    ("error when resolving", "other", False),
    ("problem resolving", "other", False),
    # held-out BY: a container script's `Having issues resolving name 'h', sleeping before retry...`
    ("problems resolving", "other", False),
    ("issues resolving", "other", False),
    ("issue resolving", "other", False),
    ("trouble resolving", "other", False),
    ("resolution failed for", "other", False),
    ("resolution error for", "other", False),
    ("resolution failure for", "other", False),
    # held-out FG (spent): ossec-maild's `ERROR: DNS failure for smtpserver` (its gethostbyname failed)
    ("dns failure for", "other", False),
    # the name before or after the phrase (`h resolve error: ...`, `Hostname resolution failed: h`)
    ("resolve error", "other", False),
    ("resolve failed", "other", False),
    ("resolving failed", "other", False),
    ("resolution failed", "other", False),
    ("resolution error", "other", False),
    ("resolution failure", "other", False),
    ("timeout on resolving", "timeout", False),
    ("servfail on resolving", "servfail", False),
    ("error on resolving", "other", False),
    ("timed out resolving", "timeout", False),
    ("timeout resolving", "timeout", False),
    ("resolve timeout", "timeout", False),
    ("resolve timed out", "timeout", False),
    ("resolution timed out", "timeout", False),
    ("resolution timeout", "timeout", False),
    ("lookup timed out", "timeout", False),
    ("lookup timeout", "timeout", False),
    ("could not look up", "other", False),
    ("couldn't look up", "other", False),
    ("cannot look up", "other", False),
    ("can't look up", "other", False),
    ("error looking up", "other", False),
    ("failed looking up", "other", False),
    ("failed to get address info", "other", False),
    ("lookup failed for", "other", False),
    ("lookup failure for", "other", False),
    ("lookup error for", "other", False),
    ("unresolvable host", "other", False),
    ("dns timeout", "timeout", False),
    # a negative answer stated in words
    ("could not be found in dns", "nxdomain", True),
    ("no such domain", "nxdomain", False),
    ("returned no addresses", "nxdomain", True),
    ("no ip address found for", "nxdomain", True),
    ("no ip addresses found for", "nxdomain", True),
    ("no ip address for", "nxdomain", True),
    ("has no address records", "nxdomain", True),
)

STATEMENT_VERBS = frozenset(word for word, _, _ in STATEMENT_REASONS)

_SETTING_AFTER = re.compile(r"\s{0,2}(?:=|:\s{0,2}\d|set\sto\b)", re.I)
# `Error resolving host variables for h`, `Error resolving hostname conflicts`: what the phrase resolved was no name
_HOST_THINGS_AFTER = re.compile(
    r"\s{1,2}host(?:\s?name)?\s(?:variables?|vars|conflicts?|groups?|patterns?|keys?)\b", re.I
)


# held-out BW: Postfix's `mysql:/etc/postfix/sql/virtual_alias_maps.cf lookup error for "<address>"`, a table's
# look-up (a database's or a file's), not a name's
_TABLE_BEFORE = re.compile(r"\b[a-z]{2,12}:/[\w./\-]{1,200}\s{1,2}\Z", re.I)
# DNS servers' source (Blocky): `query resolution failed: upstream resolution failed for group 'default': all 3
# attempts to resolve via upstream https://h/dns-query failed` resolves a client's query through the upstream h; what
# follows a query's or an upstream's resolution is the server asked or a group, not the name looked up
_SERVERS_RESOLUTION_BEFORE = re.compile(r"\b(?:query|upstream)\s{1,2}\Z", re.I)
# held-out FC (spent): coursier's `Resolution error: Error downloading org.jboss.weld:weld-api-parent:1.0` (a
# dependency's resolution, the artifact's download failed), a Maven coordinate after it
_DEPENDENCY_AFTER = re.compile(
    r":?\s{0,2}(?:error\s(?:downloading|fetching)\b|[\w.\-]{1,200}:[\w.\-]{1,200}:[\w.\-])", re.I
)


def statement_not_a_lookup(text: str, start: int, end: int) -> bool:
    """The phrase at `start`..`end` names a setting (`resolve timeout=30s`, `lookup timeout: 5s`), a host's other
    things (`error resolving host variables`) or a table's look-up (Postfix's), not a failed look-up of a name."""
    return (
        _SETTING_AFTER.match(text, end) is not None
        or _HOST_THINGS_AFTER.match(text, end) is not None
        or _TABLE_BEFORE.search(text[max(0, start - 220) : start]) is not None
        or (
            text[start : start + 10].lower() == "resolution"
            and (
                _SERVERS_RESOLUTION_BEFORE.search(text[max(0, start - 12) : start]) is not None
                or _DEPENDENCY_AFTER.match(text, end) is not None
            )
        )
    )
