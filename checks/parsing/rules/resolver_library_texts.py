"""Failed look-ups as resolver libraries' own tools and Tor print them, from the twenty-fourth round of probes rendered
from programs' own source (issue #17, session 72; fetch only):

- c-ares' `ahost` / `adig`, `h: <ares_strerror>` opening a line: `DNS server refused query` `refused`, `Misformatted
  DNS reply`, `DNS server claims query was misformatted` and `DNS server does not implement requested operation`
  `other` (its other texts are read by the rules that know them);
- libevent's evdns (its `dns-example` and programs printing `evdns_err_to_string`'s number), `h: No answer (N)`: 2
  `servfail`, 3 `nxdomain`, 5 `refused`, 67 `timeout`, 70 (no data) `nxdomain`, others `other`;
- Tor's `Have tried resolving or connecting to address 'h' at N different places. Giving up.` (no reason: `other`).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.model import FailureKind
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, fixed, hit, rx

_ARES_TOOL = rx(
    r"^(?P<host>{H}):\s(?P<reason>DNS\sserver\srefused\squery|Misformatted\sDNS\sreply"
    r"|DNS\sserver\sclaims\squery\swas\smisformatted|DNS\sserver\sdoes\snot\simplement\srequested\soperation)[ \t]*$"
)
_ARES_KINDS: dict[str, FailureKind] = {"dns server refused query": "refused"}
_EVDNS_NO_ANSWER = rx(r"^(?P<host>{H}):\sNo\sanswer\s\((?P<code>\d{1,3})\)[ \t]*$")
_EVDNS_CODES: dict[str, FailureKind] = {
    "2": "servfail",
    "3": "nxdomain",
    "5": "refused",
    "67": "timeout",
    "70": "nxdomain",
}
_TOR_GIVING_UP = rx(
    r"\bHave\stried\sresolving\sor\sconnecting\sto\saddress\s'(?P<host>{H})'\sat\s\d{1,4}\sdifferent\splaces\."
    r"\sGiving\sup\."
)
_TOR_FORMAT = "Tor `Have tried resolving or connecting to address 'h' ... Giving up.`"


def _ares_tool(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, _ARES_KINDS.get(m.group("reason").lower(), "other"), exact=True)


def _evdns_no_answer(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, _EVDNS_CODES.get(m.group("code"), "other"), exact=True)


RULES: tuple[Rule, ...] = (
    Rule(
        "c-ares-tool-strerror",
        (
            ": dns server refused query",
            ": misformatted dns reply",
            ": dns server claims query was misformatted",
            ": dns server does not implement requested operation",
        ),
        _ARES_TOOL,
        _ares_tool,
    ),
    Rule("evdns-no-answer-code", (": no answer (",), _EVDNS_NO_ANSWER, _evdns_no_answer),
    Rule(
        "tor-tried-resolving-giving-up",
        ("have tried resolving or connecting to address '",),
        _TOR_GIVING_UP,
        fixed(unstated(_TOR_FORMAT), exact=True),
    ),
)
