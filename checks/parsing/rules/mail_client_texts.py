"""Failed look-ups as small mail clients and MTAs in containers print them, from the twenty-fourth round of probes
rendered from programs' own source (issue #17, session 72; fetch only):

- sSMTP's `Unable to locate h` (its `smtp_open` when `gethostbyname` fails; no reason: `other`), read only as sSMTP's
  own line (its syslog tag) or over its `Cannot open h:port` (apt's `Unable to locate package p` is no name);
- nullmailer's `Sending failed: <reason>` under its `Starting delivery: host: h protocol: ...` line: `Host not found`
  and `Host has no address` `nxdomain`, `Temporary error in gethostbyname` `temporary`, `Fatal error in gethostbyname`
  `other`;
- OpenSMTPD's delivery line, `relay="h" ... result="TempFail" stat="<reason>"`, its MX look-up's outcome: `Domain does
  not exist` and `Host not found` `nxdomain`, `Temporary failure in MX lookup` `temporary`, `Invalid domain name`
  `other` (`rules/mail_servers.py` reads its `Failed to resolve MX for [...]` line).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.model import FailureKind
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, hit, rx

_SSMTP_LOCATE = rx(r"\bUnable\sto\slocate\s(?P<host>{H})[ \t]*$")
_SSMTP_FORMAT = "sSMTP `Unable to locate h`"
_SSMTP_TAG = re.compile(r"\bsSMTP\[\d{1,7}\]:\s\Z")

_NULLMAILER_FAILED = rx(
    r"\bSending\sfailed:\s(?P<reason>Host\snot\sfound|Host\shas\sno\saddress|Temporary\serror\sin\sgethostbyname"
    r"|Fatal\serror\sin\sgethostbyname)\b"
)
_NULLMAILER_KINDS: dict[str, FailureKind] = {
    "host not found": "nxdomain",
    "host has no address": "nxdomain",
    "temporary error in gethostbyname": "temporary",
    "fatal error in gethostbyname": "other",
}
_NULLMAILER_DELIVERY = rx(r"\bStarting\sdelivery:\shost:\s(?P<host>{H})\sprotocol:\s")
_NULLMAILER_LINES = 8

_OPENSMTPD_DELIVERY = rx(
    r"\brelay=\"(?P<host>{H})\"[^\n]{0,200}?\bresult=\"(?:TempFail|PermFail)\"\sstat=\"(?P<stat>Domain\sdoes\snot\sexist"
    r"|Host\snot\sfound|Temporary\sfailure\sin\sMX\slookup|Invalid\sdomain\sname)\""
)
_OPENSMTPD_KINDS: dict[str, FailureKind] = {
    "domain does not exist": "nxdomain",
    "host not found": "nxdomain",
    "temporary failure in mx lookup": "temporary",
    "invalid domain name": "other",
}


def _ssmtp_locate(m: re.Match[str], seg: Segment) -> Hit | None:
    own = _SSMTP_TAG.search(seg.text, max(0, m.start() - 40), m.start()) is not None
    below = seg.lines_after(2)
    if not own and not any(f"Cannot open {m.group('host')}:" in line for line in below):
        return None
    return hit(m, seg, unstated(_SSMTP_FORMAT), exact=True)


def _nullmailer_failed(m: re.Match[str], seg: Segment) -> Hit | None:
    delivery = seg.first_above(_NULLMAILER_DELIVERY.compiled, _NULLMAILER_LINES)
    if delivery is None:
        return None
    kind = _NULLMAILER_KINDS[m.group("reason").lower()]
    return hit(m, seg, kind, host=delivery.group("host"), exact=True)


def _opensmtpd_delivery(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, _OPENSMTPD_KINDS[m.group("stat").lower()], exact=True)


RULES: tuple[Rule, ...] = (
    Rule("ssmtp-unable-to-locate", ("unable to locate ",), _SSMTP_LOCATE, _ssmtp_locate),
    Rule("nullmailer-sending-failed", ("sending failed: ",), _NULLMAILER_FAILED, _nullmailer_failed),
    Rule("opensmtpd-delivery-stat", (' stat="',), _OPENSMTPD_DELIVERY, _opensmtpd_delivery),
)
