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
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import classify, classify_resolution
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, fixed, hit, rx

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
)
