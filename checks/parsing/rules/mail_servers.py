"""Mail servers' own resolver texts (issue #17, held-out AS): a mail stack in a cluster (mailcow, Mailu,
docker-mailserver) pastes its MTA's and virus scanner's logs, whose DNS failures name the domain in the MTA's own words.

- Postfix's `Name service error for name=h type=T: <reason>` (smtp, mailq, bounces, its DNSBL client's `lookup error
  for DNS query h: ...`): the reason is the resolver's h_errno text (`Host not found` NXDOMAIN, `Host not found, try
  again` TRY_AGAIN), or another (`Malformed or unexpected name server reply`: `other`);
- Postfix's (and other MTAs') `<h>: Helo command rejected: Host not found`: the client's HELO name has no address;
- Exim's router deferring an address (`== user@h R=dnslookup defer (-1): host lookup did not complete`: the
  resolver said try again, `temporary`);
- OpenSMTPD's `Failed to resolve MX for [relay:h]: <reason>`;
- ClamAV freshclam's `Can't get information about h: <reason>` and `Can't query h` (its TXT look-up of the
  version record);
- (held-out AZ-BC) Postfix's forward-confirmed reverse DNS: `hostname h does not resolve to address A: <reason>` is
  the forward look-up of h failing (the reason is getaddrinfo's); with no reason after the address, h resolved to
  other addresses: no failure, and the address is never a name;
- Postfix's reply to a sender or recipient whose domain has no address or MX: `<user@h>: Sender address rejected:
  Domain not found` (NXDOMAIN);
- OpenDKIM's `key retrieval failed (s=S, d=D): 'S._domainkey.D' query timed out` (or `record not found`): the TXT
  name of the signing key;
- Rspamd's `cannot make request to resolve h` and its monitored object's `failed to make DNS request on resolving h`
  (its resolver could not send the query: `other`); a failed RBL or URIBL symbol's option in its report,
  `SEM_URIBL_UNKNOWN_FAIL (0) [h:server fail]` (librdns' reason; an address there is a reversed look-up, no name;
  held-out JJ-JQ, spent).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.hosts import is_ip, is_reverse_name
from checks.parsing.kinds import classify, classify_resolution
from checks.parsing.model import FailureKind
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, by_group, first_group_hit, fixed, hit, rx

# --- Postfix: `Name service error for name=h type=MX: Host not found, try again` ------------------------------------

_POSTFIX_NAME_SERVICE = rx(
    r"\bName\sservice\serror\sfor\sname=(?P<host>{H})\stype=(?P<type>[A-Za-z]{1,6}):\s{0,3}(?=(?P<rest>[^\n)]{0,100}))"
)


def _postfix_name_service(m: re.Match[str], seg: Segment) -> Hit | None:
    if m.group("type").upper() == "PTR" or is_reverse_name(m.group("host")):
        return None  # a reverse look-up (a client's address to a name): LABELS.md, no failure
    kind = classify_resolution(m.group("rest")) or unstated("Postfix `Name service error for name=h` (other reason)")
    return hit(m, seg, kind, exact=True)


# --- Postfix smtpd's reject (and a bounce quoting a remote one): `<h>: Helo command rejected: Host not found` ---

_HELO_REJECTED = rx(r"\bcommand\srejected:\s{0,3}Host\snot\sfound\b")
_HELO_NAME = rx(r"<(?P<host>{H})>:\s{0,3}Helo\s{0,3}$")


def _helo_rejected(m: re.Match[str], seg: Segment) -> Hit | None:
    before = seg.text[: m.start()]
    if not before.rstrip().lower().endswith("helo"):
        lines = seg.lines_before(1)  # a bounce wraps its text at 72 columns: `<h>: Helo` / `command rejected: ...`
        if before.strip() or not lines:
            return None
        before = lines[0] + " "
    named = _HELO_NAME.search(before.rstrip() + " ")
    if named is None:
        return None
    return Hit(named.group("host"), "nxdomain", seg.start + m.start(), seg.start + m.end(), exact=True)


# --- Exim: `== user@h R=dnslookup defer (-1): host lookup did not complete` -----------------------------------------

_EXIM_DEFER = rx(
    r"(?:==|\*\*)\s[^\s@]{1,64}@(?P<host>{H})(?:\s<[^>\s]{1,200}>)?\sR=[A-Za-z0-9_]{1,40}(?::\s|\sdefer\s\(-?\d{1,4}\):\s|\s)"
    r"(?P<rest>host\slookup\sdid\snot\scomplete|all\srelevant\sMX\srecords\spoint\sto\snon-existent\shosts)"
)


def _exim_defer(m: re.Match[str], seg: Segment) -> Hit | None:
    # `host lookup did not complete` is Exim's HOST_FIND_AGAIN: the resolver said try again (DNS_AGAIN, h_errno
    # TRY_AGAIN or a SERVFAIL), `temporary` by LABELS.md since held-out BA (AS's one row says `other`)
    return hit(m, seg, "nxdomain" if m.group("rest").lower().startswith("all") else "temporary", exact=True)


# --- OpenSMTPD: `smtp-out: Failed to resolve MX for [relay:h]: No MX found for domain` ------------------------------

_OPENSMTPD_MX = rx(
    r"\bFailed\sto\sresolve\sMX\sfor\s\[(?:relay:)?(?P<host>{H})(?:,[A-Za-z0-9+=]{1,20}){0,6}\]:\s{0,3}(?=(?P<rest>[^\n]{0,100}))"
)


def _opensmtpd_mx(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = m.group("rest")
    if rest.lower().startswith("domain does not exist"):
        return hit(m, seg, "nxdomain", exact=True)
    if rest.lower().startswith("temporary failure"):  # `Temporary failure in MX lookup`: the resolver's TRY_AGAIN
        return hit(m, seg, "temporary", exact=True)
    kind = classify_resolution(rest) or unstated("OpenSMTPD `No MX found for domain`")
    return hit(m, seg, kind, exact=True)


# --- ClamAV freshclam: `Can't get information about h: Try again`, `Can't query h` ---------------------------------

_FRESHCLAM_INFO = rx(r"\bCan't\sget\sinformation\sabout\s(?P<host>{H}):\s{0,3}(?=(?P<rest>[^\n]{0,100}))")
_FRESHCLAM_QUERY = rx(r"\bCan't\squery\s(?P<host>{H})\s{0,3}[`'\"]?\s{0,3}$")


def _freshclam_info(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("rest"))
    return hit(m, seg, kind, exact=True) if kind else None


def _freshclam_query(m: re.Match[str], seg: Segment) -> Hit | None:
    # only a dotted name, as freshclam's DNS record names are (`current.cvd.clamav.net`), on freshclam's line
    line = seg.text.lower()
    if "." not in m.group("host").strip(".") or not (
        "freshclam" in line or "clamav" in line or m.group("host").lower().rstrip(".").endswith("clamav.net")
    ):
        return None  # `Can't query information_schema.tables`: a database's, not freshclam's look-up
    return hit(m, seg, unstated("freshclam `Can't query h` (its TXT record)"), exact=True)


# --- Postfix's FCrDNS: `hostname h does not resolve to address A[: reason]` ------------------------------------------

_POSTFIX_FCRDNS = rx(
    r"\bhostname\s(?P<host>{H})\sdoes\snot\sresolve\sto\saddress\s(?:[0-9A-Fa-f]{0,4}(?::(?!\s)[0-9A-Fa-f]{0,4}){2,7}|[^\s:]{1,45})"
    r"(?::\s{1,2}(?P<rest>[^\n]{1,100}))?"
)


def _postfix_fcrdns(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = m.group("rest")
    if not rest:
        return None  # the name resolved, to other addresses than the client's: no failure
    # any reason after the address says the forward look-up failed; one no resolver prints (`System error`): `other`
    kind = classify_resolution(rest) or unstated("Postfix FCrDNS `does not resolve to address A: <reason>`")
    return hit(m, seg, kind, exact=True)


# --- Postfix: `<user@h>: Sender address rejected: Domain not found` --------------------------------------------------

_POSTFIX_DOMAIN_NOT_FOUND = rx(
    r"<[^<>@\s]{1,64}@(?P<host>{H})>:\s(?:Sender|Recipient)\saddress\srejected:\sDomain\snot\sfound\b"
)

# --- OpenDKIM: `key retrieval failed (s=S, d=D): 'S._domainkey.D' query timed out` ----------------------------------

# held-out BL (spent): `unexpected reply class/type (-1/-1)`, the resolver's failure with no reason (`other`)
# (probes, round 8: without the selector and domain, and the other dkim_strerror texts: `query failed`, `reply
# truncated`, `reply corrupt`, no resolver's reason: `other`)
_OPENDKIM_KINDS: dict[str, FailureKind] = {
    "query timed out": "timeout",
    "record not found": "nxdomain",
    "unexpected reply class/type": "other",
    "query failed": "other",
    "reply truncated": "other",
    "reply corrupt": "other",
}
_OPENDKIM_KEY = rx(
    r"\bkey\sretrieval\sfailed(?:\s\(s=[^,()\s]{1,64},\sd=[^()\s]{1,253}\))?:\s'(?P<host>{H})'\s"
    r"(?P<rest>query\stimed\sout|record\snot\sfound|unexpected\sreply\sclass/type|query\sfailed|reply\struncated"
    r"|reply\scorrupt)"
)

# --- Rspamd: `cannot make request to resolve h` ------------------------------------------------------------------

# (held-out JJ-JQ, spent: its monitored object's `failed to make DNS request on resolving h, disable object`)
_RSPAMD_REQUEST = rx(
    r"\b(?:cannot\smake\srequest\sto\sresolve|failed\sto\smake\sDNS\srequest\son\sresolving)\s(?P<host>{H})\.?"
    r"(?=\s|$|[,;)])"
)
# held-out JJ-JQ (spent): a failed RBL / URIBL symbol's options in rspamd's report, `SEM_URIBL_UNKNOWN_FAIL (0)
# [h:server fail]`, or in its log line, `SEM_URIBL_UNKNOWN_FAIL(0.00){h.multi.uribl.com:server fail;}`: librdns' reason
# after each name queried (each option of the list read; review); an address there is an RBL's reversed look-up
_RSPAMD_OPTION_FAIL = rx(
    r"(?:(?<=[\[{,;])|(?<=,\s))(?P<host>{H}):(?P<rest>server\sfail|timeout|query\srefused|no\srecords\swith\sthis\sname)"
    r"(?=[,;\]}])"
)
_SYMBOL_FAIL_OPEN = re.compile(r"_FAIL\s?\(-?[\d.]{1,12}\)\s?[\[{]")
OPTIONS_READ = 600
"""Characters before an option read back for its symbol's `NAME_FAIL (score) [` (its list of options)."""


def _rspamd_symbol_fail(m: re.Match[str], seg: Segment) -> Hit | None:
    if is_ip(m.group("host")):
        return None
    before = seg.text[max(0, m.start() - OPTIONS_READ) : m.start()]
    opened = before.rfind("_FAIL")
    symbol = _SYMBOL_FAIL_OPEN.match(before, opened) if opened >= 0 else None
    if symbol is None or any(c in before[symbol.end() :] for c in "]}\n"):
        return None  # only inside a failed symbol's own list of options
    return hit(m, seg, _RDNS_KINDS[m.group("rest").lower()], exact=True)


_RDNS_KINDS: dict[str, FailureKind] = {
    "server fail": "servfail",
    "timeout": "timeout",
    "query refused": "refused",
    "no records with this name": "nxdomain",
}


# --- survey 8: Exim's router and host-list texts, rspamd's librdns reasons, Haraka's bounce ---------------------------
# Exim: `host lookup for h did not complete (DNS timeout?)` (HOST_FIND_AGAIN: `temporary`), `lookup of host "h" failed
# in R router` and `no IP address found for host h` (HOST_FIND_FAILED, no address: `nxdomain`), `DNS lookup of "h"
# deferred` (`temporary`); rspamd: `error looking up h: <rdns_strerror>`, SPF's `cannot resolve A record for h: ...`,
# DKIM's `dns request to h failed: ...`, `SRV resolution for h returned ...` (the reason's kind; none: no hit);
# Haraka: `No Such Domain: h`.

_EXIM_HOST = rx(
    r"\bhost\slookup\sfor\s(?P<again>{H})\sdid\snot\scomplete"
    r"|\blookup\sof\shost\s\"(?P<failed>{H})\"\sfailed\sin\s[A-Za-z0-9_]{1,40}\srouter"
    r"|\bno\sIP\saddress\sfound\sfor\shost\s(?P<none>{H})"
    r"|\bDNS\slookup\sof\s\"(?P<deferred>{H})\"\sdeferred"
)
_EXIM_KINDS: dict[str, FailureKind] = {
    "again": "temporary",
    "failed": "nxdomain",
    "none": "nxdomain",
    "deferred": "temporary",
}


_RSPAMD_REASON = rx(
    r"\berror\slooking\sup\s(?P<host>{H}):\s(?P<rest>[^\n]{1,80})"
    r"|\bcannot\sresolve\s(?:A|AAAA|MX|PTR|TXT|REDIRECT|INCLUDE|EXISTS)\srecord\sfor\s(?P<host2>{H}):\s(?P<rest2>[^\n]{1,80})"
    r"|\bdns\srequest\sto\s(?P<host3>{H})\sfailed:\s(?P<rest3>[^\n]{1,80})"
    r"|\bSRV\sresolution\sfor\s(?P<host4>{H})\sreturned\s(?P<rest4>[^\n]{1,80})"
    # held-out BL (spent): rspamd's monitored `timeout on resolving h, 3 retries left` and DMARC's `Lookup error [h]:
    # query timed out`
    r"|\b(?P<rest5>timeout|servfail|no\srecords\swith\sthis\sname|query\srefused|network\serror)\son\sresolving\s"
    r"(?P<host5>{H}),\s\d{1,3}\sretries\sleft"
    r"|\bLookup\serror\s\[(?P<host6>{H})\]:\s(?P<rest6>[^\n]{1,80})"
)


def _rspamd_reason(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = next(m.group(g) for g in ("rest", "rest2", "rest3", "rest4", "rest5", "rest6") if m.group(g))
    kind = classify(rest) or ("other" if rest.lower() == "network error" else None)
    return first_group_hit(m, seg, kind, _RSPAMD_HOSTS, strip=".") if kind else None


_RSPAMD_HOSTS = ("host", "host2", "host3", "host4", "host5", "host6")


_HARAKA_NO_SUCH_DOMAIN = rx(r"\bNo\sSuch\sDomain:\s(?P<host>{H})")
# held-out BL (spent): Postfix's dnsblog `dnsblog reply timeout 10s for h`
_DNSBLOG_TIMEOUT = rx(r"\bdnsblog\sreply\stimeout\s\d{1,4}s\sfor\s(?P<host>{H})")


RULES: tuple[Rule, ...] = (
    Rule("postfix-name-service-error", ("name service error for name=",), _POSTFIX_NAME_SERVICE, _postfix_name_service),
    Rule("helo-rejected-host-not-found", ("command rejected: host not found",), _HELO_REJECTED, _helo_rejected),
    Rule(
        "exim-dnslookup-defer",
        ("host lookup did not complete", "all relevant mx records point to non-existent hosts"),
        _EXIM_DEFER,
        _exim_defer,
    ),
    Rule("opensmtpd-mx", ("failed to resolve mx for [",), _OPENSMTPD_MX, _opensmtpd_mx),
    Rule(
        "exim-host",
        ("did not complete", "failed in ", "no ip address found for host", '" deferred'),
        _EXIM_HOST,
        by_group(_EXIM_KINDS),
    ),
    Rule(
        "rspamd-reason",
        (
            "error looking up ",
            " record for ",
            "dns request to ",
            "srv resolution for ",
            " on resolving ",
            "lookup error [",
        ),
        _RSPAMD_REASON,
        _rspamd_reason,
    ),
    Rule("dnsblog-reply-timeout", ("dnsblog reply timeout",), _DNSBLOG_TIMEOUT, fixed("timeout", exact=True)),
    Rule("haraka-no-such-domain", ("no such domain: ",), _HARAKA_NO_SUCH_DOMAIN, fixed("nxdomain", exact=True)),
    Rule("freshclam-information", ("can't get information about",), _FRESHCLAM_INFO, _freshclam_info),
    Rule("freshclam-query", ("can't query ",), _FRESHCLAM_QUERY, _freshclam_query),
    Rule("postfix-fcrdns", ("does not resolve to address",), _POSTFIX_FCRDNS, _postfix_fcrdns),
    Rule(
        "postfix-domain-not-found",
        ("address rejected: domain not found",),
        _POSTFIX_DOMAIN_NOT_FOUND,
        fixed("nxdomain", exact=True),
    ),
    Rule(
        "opendkim-key-retrieval",
        ("key retrieval failed",),
        _OPENDKIM_KEY,
        lambda m, seg: hit(m, seg, _OPENDKIM_KINDS[" ".join(m.group("rest").lower().split())], exact=True),
    ),
    Rule(
        "rspamd-symbol-dns-fail",
        (":server fail", ":timeout", ":query refused", ":no records with this name"),
        _RSPAMD_OPTION_FAIL,
        _rspamd_symbol_fail,
    ),
    Rule(
        "rspamd-cannot-make-request",
        ("cannot make request to resolve ", "failed to make dns request on resolving "),
        _RSPAMD_REQUEST,
        fixed(unstated("Rspamd `cannot make request to resolve h`"), exact=True),
    ),
)
