"""Failed look-ups as VPNs, node daemons, a filtering proxy, a mail filter and a database's cluster print them, from
the twenty-second round of probes rendered from programs' own source (issue #17, session 71; fetch only):

- the C library's `gethostbyname(h): <hstrerror>` (drbdsetup's, nslcd's): `Unknown host` and `No address associated
  with name` `nxdomain`, `Host name lookup failure` (TRY_AGAIN) `temporary`, `Unknown server error` (NO_RECOVERY:
  FORMERR, NOTIMP or REFUSED, not said which) `other`;
- nslcd's `no servers found in DNS zone z` (its `uri DNS` SRV look-up under the zone it prints): `other`;
- keepalived's `Invalid smtp server h port` (its `smtp_server` look-up failed; no reason printed): `other`;
- Libreswan's pluto (its unbound-backed resolver), `domain 'h' has no data: No Error (rcode 0)` and `domain 'h' does not
  exist: Non-Existent Domain (rcode 3)`: the kind from the rcode (no data read as `nxdomain`, as hickory's and
  amphp's NODATA are), `(rcode 2)` `servfail`, `(rcode 5)` `refused`;
- Nebula's `Unable to lookup lighthouse.advertise_addrs entry` with its `addr=h:port` field and no error: `other`;
- Privoxy's `Timeout #N while trying to resolve h.` (`timeout`, the stated word) and `socks4_connect: could not resolve
  target host h` (a bare `could not resolve`, LABELS.md: `nxdomain`);
- rspamd's `<reason> on resolving h` (its monitored objects: `refused`, `timeout`, ...) and its SPF plugin's `cannot
  resolve INCLUDE DNS record for h: <reason>` (the record's name failed, not the domain whose policy it is);
- RethinkDB's `Connected to peer with unresolvable hostname(s): h[, h2]` and `Informed of peer with unresolvable
  hostname: h`: each name listed (a bare `unresolvable`, LABELS.md: `nxdomain`).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.model import FailureKind
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, by_rest, fixed, hit, rx

_HSTRERROR_CALL = rx(
    r"\bgethostbyname2?\((?P<host>{H})\):\s(?P<reason>Unknown\sserver\serror|Unknown\shost|Host\sname\slookup\sfailure"
    r"|No\saddress\sassociated\swith\sname)\b"
)
_HSTRERROR_KINDS: dict[str, FailureKind] = {
    "unknown server error": "other",
    "unknown host": "nxdomain",
    "host name lookup failure": "temporary",
    "no address associated with name": "nxdomain",
}
_NSLCD_DNS_ZONE = rx(r"\bno\sservers\sfound\sin\sDNS\szone\s(?P<host>{H})(?=[:\s]|$)")
_NSLCD_DNS_ZONE_FORMAT = "nslcd `no servers found in DNS zone z`"
_KEEPALIVED_SMTP = rx(r"\bInvalid\ssmtp\sserver\s(?P<host>{H})\s\d{1,5}\b")
_KEEPALIVED_SMTP_FORMAT = "keepalived `Invalid smtp server h port`"


_LIBRESWAN_RCODE = rx(
    r"\bdomain\s'(?P<host>{H})'\s(?:has\sno\sdata|does\snot\sexist):\s[A-Za-z][\w\s-]{2,40}\s\(rcode\s(?P<rcode>\d{1,2})\)"
)
_LIBRESWAN_RCODES: dict[str, FailureKind] = {"0": "nxdomain", "2": "servfail", "3": "nxdomain", "5": "refused"}
_NEBULA_ADVERTISE = rx(
    r"\bUnable\sto\slookup\slighthouse\.advertise_addrs\sentry\"?[^\n]{0,80}?\baddr=\"?(?P<host>{H})(?::\d{1,5})?"
)
_NEBULA_ADVERTISE_FORMAT = "Nebula `Unable to lookup lighthouse.advertise_addrs entry` (`addr=h:port`)"


_PRIVOXY_TIMEOUT = rx(r"\bTimeout\s\#\d{1,3}\swhile\strying\sto\sresolve\s(?P<host>{H})\.?(?=\s|$)")
_PRIVOXY_SOCKS = rx(r"\bsocks4a?_connect:\scould\snot\sresolve\starget\shost\s(?P<host>{H})")
_PRIVOXY_SOCKS_FORMAT = "Privoxy `socks4_connect: could not resolve target host h`"
_RSPAMD_ON_RESOLVING = rx(
    r"\b(?P<rest>refused|timeout|server\sfail(?:ure)?|no\srecords\swith\sthis\sname|auth\sfailure)\son\sresolving\s(?P<host>{H})"
)
_RSPAMD_SPF_RECORD = rx(r"\bcannot\sresolve\s[A-Z0-9]{1,10}\sDNS\srecord\sfor\s(?P<host>{H}):\s(?P<rest>[^\n]{1,80})")


_RETHINK_NAME = rx(r"(?:\bunresolvable\shostnames?:\s|(?<=,\s))(?P<host>{H})(?=[,.]?(?:\s|$))")
_RETHINK_LIST_BEFORE = re.compile(r"\bpeer\swith\sunresolvable\shostnames?:\s(?:[\w.-]{1,253},\s){0,16}\Z")
_RETHINK_FORMAT = "RethinkDB `peer with unresolvable hostname: h`"


def _rethink_name(m: re.Match[str], seg: Segment) -> Hit | None:
    at = m.start("host")
    if _RETHINK_LIST_BEFORE.search(seg.text, max(0, at - 600), at) is None or seg.text.startswith("closing ", at):
        return None  # (the list ends with `, closing connection.`)
    return hit(m, seg, unstated(_RETHINK_FORMAT), exact=True)


def _libreswan_rcode(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = _LIBRESWAN_RCODES.get(m.group("rcode"))
    return hit(m, seg, kind, exact=True) if kind else None


def _hstrerror_call(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, _HSTRERROR_KINDS[m.group("reason").lower()], exact=True)


RULES: tuple[Rule, ...] = (
    Rule("libc-gethostbyname-hstrerror", ("gethostbyname(", "gethostbyname2("), _HSTRERROR_CALL, _hstrerror_call),
    Rule(
        "nslcd-no-servers-in-dns-zone",
        ("no servers found in dns zone ",),
        _NSLCD_DNS_ZONE,
        fixed(unstated(_NSLCD_DNS_ZONE_FORMAT), exact=True),
    ),
    Rule("libreswan-domain-rcode", ("has no data: ", "does not exist: "), _LIBRESWAN_RCODE, _libreswan_rcode),
    Rule(
        "nebula-advertise-addrs-lookup",
        ("unable to lookup lighthouse.advertise_addrs entry",),
        _NEBULA_ADVERTISE,
        fixed(unstated(_NEBULA_ADVERTISE_FORMAT), exact=True),
    ),
    Rule("privoxy-timeout-resolving", ("while trying to resolve ",), _PRIVOXY_TIMEOUT, fixed("timeout", exact=True)),
    Rule(
        "privoxy-socks4-target-host",
        ("could not resolve target host ",),
        _PRIVOXY_SOCKS,
        fixed(unstated(_PRIVOXY_SOCKS_FORMAT), exact=True),
    ),
    Rule("rspamd-on-resolving", (" on resolving ",), _RSPAMD_ON_RESOLVING, by_rest(None, exact=True)),
    Rule("rspamd-spf-dns-record", (" dns record for ",), _RSPAMD_SPF_RECORD, by_rest("other", exact=True)),
    Rule("rethinkdb-unresolvable-peer", ("with unresolvable hostname",), _RETHINK_NAME, _rethink_name),
    Rule(
        "keepalived-invalid-smtp-server",
        ("invalid smtp server ",),
        _KEEPALIVED_SMTP,
        fixed(unstated(_KEEPALIVED_SMTP_FORMAT), exact=True),
    ),
)
