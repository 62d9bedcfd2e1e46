r"""Products' own messages about a name they could not resolve that no other module reads (issue #17, held-out D, M,
R; gathered here from the round modules).

- fluent-bit's `[net] getaddrinfo(host='h', err=4): Domain name not found` (c-ares statuses; a headless Service's
  `pod.service` name has no top-level domain, which the generic rule's guards refuse; D);
- ACME (Let's Encrypt boulder's `bdns` errors, shown by certbot and every ACME client): `DNS problem: SERVFAIL looking
  up TXT for h`, `NXDOMAIN looking up A for h`, `query timed out looking up CAA for h`, `server failure at resolver
  looking up ...`, `networking error looking up ...` (M);
- Asterisk's `getaddrinfo("h", "(null)", ...):` with its reason on the line or on one of the next two lines
  (`base.reason_below`, R).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import classify_resolution
from checks.parsing.model import FailureKind
from checks.parsing.rules.base import Hit, Rule, hit, reason_below, rx

# --- fluent-bit: "[net] getaddrinfo(host='NAME', err=4): Domain name not found" ----------------------------------

_FLUENT_BIT = rx(
    r"getaddrinfo\(host={Q}(?P<host>{H}){Q},\s{0,3}err=(?P<err>-?\d{1,4})\)(?::\s{0,3}(?P<rest>[^\n]{0,100}))?"
)
# c-ares statuses (ares.h): ENODATA 1, ESERVFAIL 3, ENOTFOUND 4, EREFUSED 6, ETIMEOUT 12
_ARES: dict[str, FailureKind] = {"1": "nxdomain", "3": "servfail", "4": "nxdomain", "6": "refused", "12": "timeout"}


def fluent_bit_kind(err: str, rest: str | None) -> FailureKind:
    """fluent-bit's kind: its c-ares reason's words, else the status number."""
    return classify_resolution(rest or "") or _ARES.get(err, "other")


def _fluent_bit(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, fluent_bit_kind(m.group("err"), m.group("rest")), exact=True)


# --- ACME (boulder's bdns.Error): `DNS problem: <detail> looking up <TYPE> for h` ----------------------------------

_ACME = rx(r"\bDNS\sproblem:\s(?P<detail>[A-Za-z][A-Za-z ()]{1,40}?)\slooking\sup\s[A-Z0-9]{1,10}\sfor\s(?P<host>{H})")
# boulder's details: an rcode's name, or its own words for a failed exchange
_ACME_DETAILS: dict[str, FailureKind] = {
    "nxdomain": "nxdomain",
    "servfail": "servfail",
    "refused": "refused",
    "query timed out": "timeout",
    "query timed out (and was canceled)": "timeout",
    "server failure at resolver": "servfail",
    # held-out AM: boulder's word for a failed exchange that was no time-out (bdns: a net.OpError), no rcode
    "networking error": "other",
}


def _acme(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = _ACME_DETAILS.get(m.group("detail").lower())
    return hit(m, seg, kind) if kind else None


# held-out EE (spent): certbot's IMPORTANT NOTES wrap the detail, the name alone on the next line (indented, under a
# container log's time stamp when `docker logs -t` printed it)
_ACME_WRAPPED = rx(r"\bDNS\sproblem:\s(?P<detail>[A-Za-z][A-Za-z ()]{1,40}?)\slooking\sup\s[A-Z0-9]{1,10}\sfor[ \t]*$")
_NAME_LINE = rx(r"(?:\d{4}-\d\d-\d\dT[\d:.]{5,20}Z?)?\s{0,12}(?P<host>{H})\s{0,4}")


def _acme_wrapped(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = _ACME_DETAILS.get(m.group("detail").lower())
    below = seg.lines_after(1)
    name = _NAME_LINE.fullmatch(below[0]) if kind and below else None
    if name is None or kind is None or "." not in name.group("host"):
        return None
    at = seg.line_end + 1 + name.start("host")
    return Hit(name.group("host"), kind, at, at + len(name.group("host")))


# --- Asterisk: `getaddrinfo("h", "(null)", ...):` with its reason on the line or below -------------------------------

_ASTERISK = rx(r"getaddrinfo\(\"(?P<host>{H})\",\s\"[^\"\n]{0,40}\",\s\.\.\.\):[ \t]*(?P<rest>[^\n]{0,120})")


def _asterisk(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("rest")) if m.group("rest").strip() else reason_below(seg)
    return hit(m, seg, kind, exact=True) if kind else None


RULES: tuple[Rule, ...] = (
    Rule("fluent-bit-getaddrinfo", ("getaddrinfo(host=",), _FLUENT_BIT, _fluent_bit),
    Rule("acme-dns-problem", ("dns problem:",), _ACME, _acme),
    Rule("acme-dns-problem-wrapped", ("dns problem:",), _ACME_WRAPPED, _acme_wrapped),
    Rule("asterisk-getaddrinfo", ('getaddrinfo("',), _ASTERISK, _asterisk),
)
