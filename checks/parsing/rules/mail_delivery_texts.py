r"""Mail delivery's own texts for a failed look-up, beyond `mail_servers` (issue #17, the ninth round of probes rendered
from programs' own source, session 62; each rule named by the program and its format):

- Exim's debug output, `DNS lookup of h (MX) gave HOST_NOT_FOUND` (TRY_AGAIN `temporary`, NO_RECOVERY `servfail`,
  NO_DATA `nxdomain`, as LABELS.md reads NODATA), for MX, A and AAAA only, not a DNS list's reversed address, and not
  a name the same output shows answered for another type; its DNS list's `DNS list lookup defer (probably timeout)
  for h` (a guess: `temporary`); a sender's domain, `sender verify defer for <user@h>: host lookup did not complete`
  (`temporary`);
- OpenDMARC's `opendmarc_policy_query_dmarc(h): Looked up domain did not exist` (`nxdomain`) and `DNS lookup of domain
  tempfailed` (`temporary`);
- Stalwart's delivery event, `IP address lookup failed (delivery.ip-lookup-failed) domain = "d", hostname = "h",
  details = "..."`: the host it looked up, the kind its details state (`other` if none);
- Mailu's TLSA look-ups, `Timeout while resolving the TLSA record for h` (`timeout`) and `Unable to lookup the TLSA
  record for h` (`other`);
- Ruby's Resolv (Postal, Mastodon), `Resolv::ResolvError: DNS resolv timeout: h` (`timeout`).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import classify, classify_resolution
from checks.parsing.model import FailureKind
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, fixed, hit, names_in_paste, rx

_EXIM_DNS_GAVE = rx(
    r"\bDNS\slookup\sof\s(?P<host>{H})\s\((?P<type>MX|A|AAAA)\)\sgave\s"
    r"(?P<code>HOST_NOT_FOUND|TRY_AGAIN|NO_RECOVERY|NO_DATA)\b"
)
# a DNS list's query (a reversed address under the list's zone: `2.0.0.127.zen.spamhaus.org`), whose NXDOMAIN means
# "not listed"
_LISTED_ADDRESS = re.compile(r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\.")


def _exim_dns_gave(m: re.Match[str], seg: Segment) -> Hit | None:
    """(review) Exim's debug output prints every look-up: not a DNS list's, and not a name it looked up with success
    for another type (NO_DATA for AAAA, then A succeeded; MX's NO_DATA, then the A record)."""
    host = m.group("host")
    answered = names_in_paste(seg, "exim-answered", _EXIM_SUCCEEDED)
    if _LISTED_ADDRESS.match(host) or host.rstrip(".").lower() in answered:
        return None
    return hit(m, seg, _EXIM_CODES[m["code"]])


_EXIM_SUCCEEDED = re.compile(r"\bDNS\slookup\sof\s(?P<host>[^\s()]{1,253})\s\([A-Z]{1,6}\)\ssucceeded\b")
_EXIM_CODES: dict[str, FailureKind] = {
    "HOST_NOT_FOUND": "nxdomain",
    "TRY_AGAIN": "temporary",
    "NO_RECOVERY": "servfail",
    "NO_DATA": "nxdomain",
}
_EXIM_LIST_DEFER = rx(r"\bDNS\slist\slookup\sdefer\s\(probably\stimeout\)\sfor\s(?P<host>{H})")
_EXIM_SENDER_VERIFY = rx(
    r"\bsender\sverify\sdefer\sfor\s<[^<>@\s]{1,64}@(?P<host>{H})>:\shost\slookup\sdid\snot\scomplete\b"
)

_OPENDMARC_QUERY = rx(
    r"\bopendmarc_policy_query_dmarc\((?P<host>{H})\):\s"
    r"(?P<rest>Looked\sup\sdomain\sdid\snot\sexist|DNS\slookup\sof\sdomain\stempfailed)"
)

_STALWART_LOOKUP = rx(
    r"\bIP\saddress\slookup\sfailed\s\(delivery\.ip-lookup-failed\)\sdomain\s=\s\"[^\"\n]{1,253}\",\s"
    r"hostname\s=\s\"(?P<host>{H})\"(?:,\sdetails\s=\s\"(?P<rest>[^\"\n]{0,400}))?"
)


def _stalwart(m: re.Match[str], seg: Segment) -> Hit | None:
    # the details end on mail-auth's / hickory's reason after `failed: ` (`record not found for MX`, `lookup error: DNS
    # resolution error: request timed out`, `... io error: Connection refused`): the resolver's words there
    said = (m.group("rest") or "").rsplit("failed: ", 1)[-1]
    kind = (
        ("nxdomain" if said.lower().startswith("record not found") else None)
        or (classify(said) if said.lower().startswith("lookup error") else classify_resolution(said))
        or unstated("Stalwart `IP address lookup failed` (no reason in its details)")
    )
    return hit(m, seg, kind, exact=True)


_MAILU_TLSA = rx(
    r"\b(?:(?P<timeout>Timeout\swhile\sresolving)|Unable\sto\slookup)\sthe\sTLSA\srecord\sfor\s(?P<host>{H}?)\.?"
    r"(?=[\s(]|$)"
)


def _mailu_tlsa(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = "timeout" if m.group("timeout") else unstated("Mailu `Unable to lookup the TLSA record for h`")
    return hit(m, seg, kind, exact=True)


_RUBY_RESOLV_TIMEOUT = rx(r"\bDNS\sresolv\stimeout:\s(?P<host>{H})")


RULES: tuple[Rule, ...] = (
    Rule("exim-dns-lookup-gave", (") gave ",), _EXIM_DNS_GAVE, _exim_dns_gave),
    Rule("exim-dns-list-defer", ("dns list lookup defer",), _EXIM_LIST_DEFER, fixed("temporary", exact=True)),
    Rule("exim-sender-verify-defer", ("sender verify defer for",), _EXIM_SENDER_VERIFY, fixed("temporary")),
    Rule(
        "opendmarc-policy-query",
        ("opendmarc_policy_query_dmarc(",),
        _OPENDMARC_QUERY,
        lambda m, seg: hit(m, seg, "nxdomain" if m["rest"].startswith("Looked") else "temporary", exact=True),
    ),
    Rule("stalwart-ip-lookup-failed", ("delivery.ip-lookup-failed",), _STALWART_LOOKUP, _stalwart),
    Rule("mailu-tlsa-record", ("the tlsa record for ",), _MAILU_TLSA, _mailu_tlsa),
    Rule("ruby-resolv-timeout", ("dns resolv timeout: ",), _RUBY_RESOLV_TIMEOUT, fixed("timeout")),
)
