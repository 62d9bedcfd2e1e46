"""Resolvers' own records of a query that failed, as held-out GP-GW's misses showed them (issue #17, session 53; spent
data).

- systemd-resolved's debug log, `Transaction N for <h IN A> on scope dns on eth0/* now complete with <STATE> from ...`
  (`Regular transaction` in newer releases): the state is its transaction state's name, the rcode's name for an rcode
  failure, or the errno's name (`<ECONNREFUSED>`); `success` and the states of a transaction still running are none;
  an `<rcode-failure>` takes the rcode of the `Server returned error: SERVFAIL` line resolved logs right above it;
- Technitium DNS Server's query log as its web console shows it, one `|`-separated row per query (`date | client |
  protocol | answered by | NxDomain | h | PTR | IN`): the rcode column before the name;
- AdGuard dnsproxy's newer structured line, `exchange failed upstream=URL question=";h.\\tIN\\t A" duration=...
  err="..."`: the question's name, the kind from its `err` (an upstream's HTTP 502 states none: `other`).
"""

from __future__ import annotations

import re

from checks.parsing.document import Document, Segment
from checks.parsing.kinds import classify
from checks.parsing.model import FailureKind
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, hit, rx
from checks.parsing.rules.server_texts import CHAIN_OF_TRUST_TYPES

_RESOLVED_TRANSACTION = rx(
    r"\b(?:Regular\s)?[Tt]ransaction\s\d{1,6}\sfor\s<(?P<host>{H})\.?\sIN\s(?P<type>[A-Z0-9]{1,10})>\s"
    r"(?:on\sscope\s[a-z]{2,8}\son\s[^\s]{1,80}\s)?now\scomplete\swith\s<(?P<state>[A-Za-z-]{2,30})>"
)
_RESOLVED_FORMAT = "systemd-resolved `transaction ... now complete with <STATE>` (no resolver reason)"
_STATE_KINDS: dict[str, FailureKind] = {
    "nxdomain": "nxdomain",
    "servfail": "servfail",
    "refused": "refused",
    "timeout": "timeout",
    "econnrefused": "refused",
    "etimedout": "timeout",
}
# `aborted`: the transaction was cancelled (another scope answered first, the client went away), not failed
_NOT_FAILED = frozenset({"success", "null", "pending", "validating", "aborted"})
_RESOLVED_SUCCESS = re.compile(
    r"\bfor\s<([A-Za-z0-9_.-]{1,253}?)\.?\sIN\s[A-Z0-9]{1,10}>\s[^\n]{0,120}?now\scomplete\swith\s<success>"
)
SUCCESS_SCAN = 200_000
"""Characters of a paste read for the names some transaction answered (a scope's failure is not the name's)."""


def _answered_names(doc: Document) -> frozenset[str]:
    """The names some transaction of this log completed with `<success>`: resolved asks every scope (each link's DNS,
    LLMNR, mDNS) at once, so one scope's failure is not the name's (review)."""
    cached = doc.memo.get("resolved-success")
    if cached is None:
        found = {m.group(1).lower() for m in _RESOLVED_SUCCESS.finditer(doc.text, 0, SUCCESS_SCAN)}
        cached = doc.memo["resolved-success"] = frozenset(found)
    return cached  # type: ignore[return-value]


def _resolved_transaction(m: re.Match[str], seg: Segment) -> Hit | None:
    state = m.group("state").lower()
    if state in _NOT_FAILED or m.group("type").upper() in CHAIN_OF_TRUST_TYPES:  # a zone's keys, as for BIND's lines
        return None
    if m.group("host").rstrip(".").lower() in _answered_names(seg.doc):
        return None
    kind = _STATE_KINDS.get(state)
    if kind is None and state == "rcode-failure":
        # (source-mined, round 7) resolved logs the rcode on its own line first: `Server returned error: SERVFAIL`
        returned = seg.first_above(_SERVER_RETURNED, 2)
        kind = _STATE_KINDS.get(returned.group("rcode").lower()) if returned else None
    return hit(m, seg, kind or unstated(_RESOLVED_FORMAT), exact=True)


_SERVER_RETURNED = re.compile(r"\bServer\sreturned\serror:?\s(?P<rcode>NXDOMAIN|SERVFAIL|REFUSED)\b(?!,\smitigating)")


_TECHNITIUM_ROW = rx(
    r"\|\s{1,4}(?P<rcode>NxDomain|ServerFailure|Refused)\s{1,4}\|\s{1,4}(?P<host>{H})\.?\s{1,4}\|\s{1,4}[A-Z0-9]{1,10}"
    r"\s{1,4}\|\s{1,4}IN\b"
)
_TECHNITIUM_KINDS: dict[str, FailureKind] = {"nxdomain": "nxdomain", "serverfailure": "servfail", "refused": "refused"}


def _technitium_row(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, _TECHNITIUM_KINDS[m.group("rcode").lower()], exact=True)


_DNSPROXY_EXCHANGE_FAILED = rx(
    r"\bexchange\sfailed\supstream=[^\s]{1,300}\squestion=\\?\";(?P<host>{H})\.?(?:\\t|\s){1,5}IN(?:\\t|\s){1,5}"
    r"[A-Z0-9]{1,10}\\?\"[^\n]{0,200}?\serr=\\?\"(?P<rest>[^\"\n]{0,300})"
)
_DNSPROXY_FORMAT = "AdGuard dnsproxy `exchange failed ... question=...` (an upstream's error of no resolver's words)"


def _dnsproxy_exchange_failed(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, classify(m.group("rest")) or unstated(_DNSPROXY_FORMAT), exact=True)


RULES: tuple[Rule, ...] = (
    Rule(
        "systemd-resolved-transaction-complete", ("now complete with <",), _RESOLVED_TRANSACTION, _resolved_transaction
    ),
    Rule(
        "technitium-query-log-row",
        ("nxdomain", "serverfailure", "refused"),
        _TECHNITIUM_ROW,
        _technitium_row,
    ),
    Rule(
        "dnsproxy-exchange-failed", ("exchange failed upstream=",), _DNSPROXY_EXCHANGE_FAILED, _dnsproxy_exchange_failed
    ),
)
