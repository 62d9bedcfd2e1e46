"""Failed look-ups as node daemons, system tools and a few libraries print them, from the seventh round of probes
rendered from programs' own source (issue #17, session 55; fetch only).

- ntpd's `retrying DNS h: <gai_strerror>` with a reason no resolver's text names (`EAI_SYSTEM 5: Input/output
  error`: the look-up failed, how the text does not say in DNS words): `other`;
- ntpsec's debug lines `DNS: dns_take_status: h=>temp, N` / `h=>error, N` (ntpd/ntp_dns.c): the look-up's result
  for the name; the kind is the `DNS: dns_check: DNS error: -N, <gai_strerror>` line's just above it where there is
  one, else what the status says (`temp`: a temporary failure; `error`: no reason, `other`);
- resolvectl's `h: Name 'h' not found` (systemd's resolvectl, the name's own verdict): `nxdomain`;
- cloud-init's CloudStack data source `DNS Entry h not found` (its `data-server` look-up): `nxdomain`;
- aardvark-dns (Podman's DNS server) `N dns request failed: <reason>` under its `Forwarding dns request for h. type:
  T` a few lines above: the request it forwarded for that name failed upstream;
- pgconn (Go's PostgreSQL driver, under pgx and GoTrue) `failed to connect to `host=h user=...`: hostname resolving
  error (ip addr wasn't found)`: the look-up returned no address, no resolver's words: `other`.

From the twenty-second round (session 71):
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
from checks.parsing.kinds import classify, classify_resolution
from checks.parsing.model import FailureKind
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, by_rest, fixed, hit, rx

# the syslog prefix (`ntpd[912]: `) is normalized away on a journal's lines; kept where a paste's shape keeps it
_NTPD_RETRYING = rx(
    r"(?:^|\bntpd\[\d{1,8}\]:\s)retrying\sDNS\s(?P<host>{H})(?:\s\([A-Z]{1,5}\))?:\s(?P<rest>[^\n]{1,120})"
)


def _ntpd_retrying(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = m.group("rest")
    kind = classify_resolution(rest) or (unstated(_NTPD_SYSTEM) if rest.startswith("EAI_SYSTEM") else None)
    return hit(m, seg, kind) if kind else None


_NTPD_SYSTEM = "ntpd `retrying DNS h: EAI_SYSTEM N: <errno text>` (no resolver reason)"

_NTPSEC_STATUS = rx(r"\bDNS:\sdns_take_status:\s(?P<host>{H})=>(?P<status>temp|error),\s\d{1,4}\b")
_NTPSEC_ERROR = re.compile(r"\bDNS:\sdns_check:\sDNS\serror:\s-?\d{1,3},\s(?P<reason>[^\n]{3,80})")
_NTPSEC_ERROR_ONLY = "ntpsec `DNS: dns_take_status: h=>error, N` (no resolver reason)"


def _ntpsec_status(m: re.Match[str], seg: Segment) -> Hit | None:
    """The status of the name's look-up; the reason on the `dns_check` line above it (before any other name's)."""
    for line in seg.lines_before(3):
        if "dns_take_status:" in line:
            break  # another name's result: its reason is not this one's
        found = _NTPSEC_ERROR.search(line)
        if found:
            kind = classify_resolution(found.group("reason"))
            if kind:
                return hit(m, seg, kind)
            break
    return hit(m, seg, "temporary" if m.group("status").lower() == "temp" else unstated(_NTPSEC_ERROR_ONLY))


# the verdict alone on its line (review: not `main.py: Name 'main.py' not found in archive`)
_RESOLVECTL_NOT_FOUND = rx(r"^\s{0,4}(?P<host>{H}):\sName\s'(?P=host)'\snot\sfound\.?\s*$")
_RESOLVECTL_COMMAND = re.compile(r"\bresolvectl\s{1,3}(?:query|--[\w-]{1,20}(?:=\S{1,40})?\s{1,3}query)\b")


def _resolvectl_not_found(m: re.Match[str], seg: Segment) -> Hit | None:
    """Only under resolvectl's own command (review: `alice: Name 'alice' not found` is anybody's words)."""
    return hit(m, seg, "nxdomain", exact=True) if seg.first_above(_RESOLVECTL_COMMAND, 4) else None


_CLOUD_INIT_DNS_ENTRY = rx(r"\bDataSource\w{1,40}\.py\[\w{1,10}\]:\sDNS\sEntry\s(?P<host>{H})\snot\sfound\b")

_AARDVARK_FAILED = rx(r"(?:^|\baardvark-dns\[\d{1,8}\]:\s)(?:\d{1,6}\s)?dns\srequest\sfailed:\s(?P<rest>[^\n]{3,120})")
_AARDVARK_FORWARDING = re.compile(r"(?:^|\baardvark-dns\[\d{1,8}\]:\s)(?:\d{1,6}\s)?Forwarding\sdns\srequest\sfor\s")
_AARDVARK_NAME = rx(r"(?P<host>{H})\.?\stype:\s")


def _aardvark_failed(m: re.Match[str], seg: Segment) -> Hit | None:
    """The failed request's name: the nearest `Forwarding dns request for h.` within five lines above (aardvark-dns
    logs no name with the failure itself)."""
    kind = classify(m.group("rest"))  # hickory's `request timed out`, a forwarded request's own words
    if kind is None:
        return None
    for line in seg.lines_before(5):
        if "dns request failed" in line:
            return None  # a failure between them took that request
        forwarding = _AARDVARK_FORWARDING.search(line)
        if forwarding:
            name = _AARDVARK_NAME.match(line, forwarding.end())
            return Hit(name.group("host"), kind, seg.start + m.start(), seg.start + m.end()) if name else None
    return None


_PGCONN_NO_ADDRESS = rx(
    r"\bfailed\sto\sconnect\sto\s`host=(?P<host>{H})\s[^`\n]{0,200}`:\shostname\sresolving\serror\s"
    r"\(ip\saddr\swasn't\sfound\)"
)
_PGCONN_FORMAT = "pgconn `failed to connect to `host=h ...`: hostname resolving error (ip addr wasn't found)`"
# held-out JZ-KG (spent): the Supabase CLI's own DNS-over-HTTPS resolver (`--dns-resolver https`) under pgconn's words,
# `hostname resolving error (failed to locate valid IP for h; resolves to []utils.dnsAnswer(nil))`: an empty answer
# (review) an empty slice only (`[]utils.dnsAnswer(nil)`, `[]`), not a CNAME-only answer printed after `[]` as its type
_SUPABASE_NO_VALID_IP = rx(
    r"\bfailed\sto\slocate\svalid\sIP\sfor\s(?P<host>{H});\sresolves\sto\s\[\](?:[\w.]{1,40}\(nil\)|\{\}|(?=[)\s]|$))"
)
_SUPABASE_FORMAT = "Supabase CLI `failed to locate valid IP for h; resolves to []`"

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
    Rule("ntpd-retrying-dns", ("retrying dns ",), _NTPD_RETRYING, _ntpd_retrying),
    Rule("ntpsec-dns-take-status", ("dns_take_status:",), _NTPSEC_STATUS, _ntpsec_status),
    Rule("resolvectl-name-not-found", ("' not found",), _RESOLVECTL_NOT_FOUND, _resolvectl_not_found),
    Rule("cloud-init-dns-entry", ("dns entry ",), _CLOUD_INIT_DNS_ENTRY, fixed("nxdomain")),
    Rule("aardvark-dns-request-failed", ("dns request failed",), _AARDVARK_FAILED, _aardvark_failed),
    Rule("pgconn-no-address", ("ip addr wasn't found",), _PGCONN_NO_ADDRESS, fixed(unstated(_PGCONN_FORMAT))),
    Rule(
        "supabase-cli-no-valid-ip",
        ("failed to locate valid ip for ",),
        _SUPABASE_NO_VALID_IP,
        fixed(unstated(_SUPABASE_FORMAT), exact=True),
    ),
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
