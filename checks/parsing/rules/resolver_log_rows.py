"""Resolvers' own records of a query that failed, as held-out GP-GW's misses showed them (issue #17, session 53; spent
data).

- systemd-resolved's debug log, `Transaction N for <h IN A> on scope dns on eth0/* now complete with <STATE> from ...`
  (`Regular transaction` in newer releases): the state is its transaction state's name, the rcode's name for an rcode
  failure, or the errno's name (`<ECONNREFUSED>`); `success` and the states of a transaction still running are none;
- Technitium DNS Server's query log as its web console shows it, one `|`-separated row per query (`date | client |
  protocol | answered by | NxDomain | h | PTR | IN`): the rcode column before the name;
- AdGuard dnsproxy's newer structured line, `exchange failed upstream=URL question=";h.\\tIN\\t A" duration=...
  err="..."`: the question's name, the kind from its `err` (an upstream's HTTP 502 states none: `other`).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import classify
from checks.parsing.model import FailureKind
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, hit, rx

_RESOLVED_TRANSACTION = rx(
    r"\b(?:Regular\s)?[Tt]ransaction\s\d{1,6}\sfor\s<(?P<host>{H})\.?\sIN\s[A-Z0-9]{1,10}>\s"
    r"(?:on\sscope\s[a-z]{2,8}\son\s[^\s]{1,80}\s)?now\scomplete\swith\s<(?P<state>[A-Za-z-]{2,30})>"
)
_RESOLVED_FORMAT = "systemd-resolved `transaction ... now complete with <STATE>` (no resolver reason)"
_STATE_KINDS: dict[str, FailureKind] = {
    "NXDOMAIN": "nxdomain",
    "SERVFAIL": "servfail",
    "REFUSED": "refused",
    "timeout": "timeout",
    "ECONNREFUSED": "refused",
    "ETIMEDOUT": "timeout",
}
_NOT_FAILED = frozenset({"success", "null", "pending", "validating"})


def _resolved_transaction(m: re.Match[str], seg: Segment) -> Hit | None:
    state = m.group("state")
    if state in _NOT_FAILED:
        return None
    return hit(m, seg, _STATE_KINDS.get(state) or unstated(_RESOLVED_FORMAT), exact=True)


_TECHNITIUM_ROW = rx(
    r"\|\s{1,4}(?P<rcode>NxDomain|ServerFailure|Refused)\s{1,4}\|\s{1,4}(?P<host>{H})\.?\s{1,4}\|\s{1,4}[A-Z0-9]{1,10}"
    r"\s{1,4}\|\s{1,4}IN\b"
)
_TECHNITIUM_KINDS: dict[str, FailureKind] = {"NxDomain": "nxdomain", "ServerFailure": "servfail", "Refused": "refused"}


def _technitium_row(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, _TECHNITIUM_KINDS[m.group("rcode")], exact=True)


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
        ("| nxdomain |", "| serverfailure |", "| refused |"),
        _TECHNITIUM_ROW,
        _technitium_row,
    ),
    Rule(
        "dnsproxy-exchange-failed", ("exchange failed upstream=",), _DNSPROXY_EXCHANGE_FAILED, _dnsproxy_exchange_failed
    ),
)
