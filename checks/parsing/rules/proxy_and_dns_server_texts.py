r"""Proxy cores', DNS servers', streaming servers' and Samba's and kadmin's own texts for a failed look-up (issue #17,
the sixteenth round of probes rendered from programs' own source, session 66, in held-out KP-KW's settings; each rule
named by the program and its format):

- mihomo (Clash.Meta): `--> h:port error: dns resolve failed: <reason>` (the dialled name), or `--> d:port error:
  proxy:port connect error: dns resolve failed: <reason>` (the proxy server's name, which it resolved first), its
  `[DNS] resolve h error: <reason>`, `Resolve Ip error: couldn't find ip: h` and `Exchange ;h.\tIN\t A failed:
  <reason>`; its `couldn't find ip` (no address came back, the resolver's error dropped: `other`, as held-out KR's
  row and LABELS.md say); a miekg RCODE name in its reason wins (`server failure: REFUSED`: `refused`);
- shadowsocks-rust: `dns resolve h:port error: <hickory / getaddrinfo text>`;
- sing-box: `dns: exchange failed for h. IN A: <reason>` (Go's `context deadline exceeded` there is the query's
  timeout);
- SRS: `tcp: connect h:port to=Nms : get address info` (its srs_tcp_connect's getaddrinfo failure, no reason:
  `other`);
- dnsdist's security poll: `Failed to retrieve security status update for 'v' on h.` with the reason on the lines
  above (`domain does not exist`, `Response code 'Server Failure'` / `'Query Refused'`, `Timeout while waiting for the
  secpoll response`); without one, `other`;
- PowerDNS Recursor's structured `msg="Failed to retrieve security status update" error="RCODE was <rcode>"
  ... query="h."` (no `error`: a validation failure, `other`);
- Samba: finddcs' `Failed to find SRV record for q` and its DNS child's `failed to find name 'q' of type SRV`
  (NT_STATUS_OBJECT_NAME_NOT_FOUND: `nxdomain`), `resolve_hosts: getaddrinfo failed for name h [<reason>]`, and
  `async DNS A lookup for h returned DNS code N` (the RCODE: 3 `nxdomain`, 2 `servfail`, 5 `refused`);
- kadmin's `Cannot resolve network address for admin server in requested realm` under its `kadmin -s h` command;
- ZoneMinder's `Can't getaddrinfo(h port N): <reason>`, tinyproxy's `opensock: Could not retrieve [address] info for h`
  (1.10's with no reason: `other`), pkg's `Unable to lookup for 'h'` (`other`), OctoPrint's connectivity checker's
  `Resolving h is not working` (`other`), OPNsense's audit `No IPv4 address could be found for host: h` (`nxdomain`,
  assumed) and FreeIPA's host check, `Search DNS for h` with `Search failed: <reason>` under it.
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.hosts import to_port
from checks.parsing.kinds import classify, classify_resolution
from checks.parsing.model import FailureKind
from checks.parsing.rules.base import Hit, Rule, by_rest, first_group_hit, first_of, fixed, hit, rx

_RCODE_WORDS: dict[str, FailureKind] = {
    "nxdomain": "nxdomain",
    "servfail": "servfail",
    "refused": "refused",
}
_RCODE_IN_REASON = re.compile(r"\b(NXDOMAIN|SERVFAIL|REFUSED)\b")


def _mihomo_kind(reason: str) -> FailureKind | None:
    rcode = _RCODE_IN_REASON.search(reason)
    if rcode is not None:
        return _RCODE_WORDS[rcode.group(1).lower()]
    if reason.lower().startswith("couldn't find ip"):
        return "other"
    if "context deadline exceeded" in reason or "i/o timeout" in reason:
        return "timeout"
    return classify_resolution(reason)


_MIHOMO_DIAL = rx(
    r"\s-->\s(?P<dest>{H}):(?P<dport>\d{1,5})\serror:\s(?:(?P<host>{H}):(?P<port>\d{1,5})\sconnect\serror:\s)?"
    r"dns\sresolve\sfailed:\s(?P<rest>[^\"\n]{1,200})"
)


def _mihomo_dial(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = _mihomo_kind(m.group("rest"))
    if kind is None:
        return None
    if m.group("host"):
        return hit(m, seg, kind, port=m.group("port"), exact=True)
    start, end = seg.start + m.start("dest"), seg.start + m.end("dest")
    return Hit(m.group("dest"), kind, start, end, port=to_port(m.group("dport")), exact=True)


_MIHOMO_RESOLVE = rx(
    r"\[DNS\]\sresolve\s(?P<host>{H})\serror:\s(?P<rest>[^\"\n]{1,200})"
    r"|\bResolve\sIp\serror:\s(?P<rest2>couldn't\sfind\sip):\s(?P<host2>{H})"
    r"|\bExchange\s;(?P<host3>{H})\.\s{1,8}IN\s{1,8}[A-Z]{1,6}\sfailed:\s(?P<rest3>[^\"\n]{1,200})"
)


def _mihomo_resolve(m: re.Match[str], seg: Segment) -> Hit | None:
    reason = m.group("rest") or m.group("rest2") or m.group("rest3")
    kind = _mihomo_kind(reason)
    return first_group_hit(m, seg, kind, ("host", "host2", "host3")) if kind is not None else None


# (review: after its caller's `error: ` / `err: ` only, prose's `the old dns resolve proxy:1080 error:` is none; the
# resolver's words only, a hickory text none names `other`)
_SHADOWSOCKS = rx(r"\berr(?:or)?:\sdns\sresolve\s(?P<host>{H}):(?P<port>\d{1,5})\serror:\s(?P<rest>[^\n]{1,200})")


def _shadowsocks(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = m.group("rest")
    kind = classify_resolution(rest) or ("timeout" if "timed out" in rest.lower() else "other")
    return hit(m, seg, kind, port=m.group("port"), exact=True)


_SING_BOX = rx(r"\bdns:\sexchange\sfailed\sfor\s(?P<host>{H})\.?\sIN\s[A-Z]{1,6}:\s(?P<rest>[^\n]{1,200})")


def _sing_box(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = _mihomo_kind(m.group("rest"))
    return hit(m, seg, kind, exact=True) if kind is not None else None


_SRS = rx(r"\btcp:\sconnect\s(?P<host>{H}):(?P<port>\d{1,5})\sto=\d{1,9}ms\s:\sget\saddress\sinfo\b")

# --- PowerDNS' security polls ----------------------------------------------------------------------------------

_DNSDIST_SECPOLL = rx(r"\bFailed\sto\sretrieve\ssecurity\sstatus\supdate\sfor\s'[^'\n]{1,60}'\son\s(?P<host>{H})")
_SECPOLL_REASONS: tuple[tuple[re.Pattern[str], FailureKind], ...] = (
    (re.compile(r"\bdomain\sdoes\snot\sexist\b"), "nxdomain"),
    (re.compile(r"\bResponse\scode\s'Server\sFailure'"), "servfail"),
    (re.compile(r"\bResponse\scode\s'Query\sRefused'"), "refused"),
    (re.compile(r"\bResponse\scode\s'Non-Existent\sdomain'"), "nxdomain"),
    (re.compile(r"\bTimeout\swhile\swaiting\sfor\sthe\ssecpoll\sresponse\b"), "timeout"),
    (re.compile(r"\bsecpoll\sresponse\sfrom\sstub\sresolver\s[^\n]{1,80}Connection\srefused\b"), "refused"),
)
SECPOLL_LINES = 4
"""Lines above dnsdist's `Failed to retrieve security status update` read for the reason it logged first."""


def _dnsdist_secpoll(m: re.Match[str], seg: Segment) -> Hit | None:
    for line in seg.lines_before(SECPOLL_LINES):
        for pattern, kind in _SECPOLL_REASONS:
            if pattern.search(line) is not None:
                return hit(m, seg, kind, exact=True)
        if _DNSDIST_SECPOLL.search(line) is not None:
            break  # an earlier poll's
    return hit(m, seg, "other", exact=True)


_RECURSOR_SECPOLL = rx(r"\bmsg=\"Failed\sto\sretrieve\ssecurity\sstatus\supdate\"(?P<fields>[^\n]{1,600})")
_QUERY_FIELD = re.compile(r"\bquery=\"(?P<host>[A-Za-z0-9_.\-]{1,253})\"")
_ERROR_FIELD = re.compile(r"\berror=\"(?P<error>[^\"\n]{1,200})\"")


def _recursor_secpoll(m: re.Match[str], seg: Segment) -> Hit | None:
    query = _QUERY_FIELD.search(m.group("fields"))
    if query is None:
        return None
    error = _ERROR_FIELD.search(m.group("fields"))
    kind = (classify(error.group("error")) if error is not None else None) or "other"
    start = seg.start + m.start("fields") + query.start("host")
    return Hit(query.group("host"), kind, start, start + len(query.group("host")), exact=True)


# --- Samba, kadmin ------------------------------------------------------------------------------------------------

_SAMBA_SRV = rx(
    r"\bFailed\sto\sfind\sSRV\srecord\sfor\s(?P<host>_{H})"
    r"|\bdns\schild\sfailed\sto\sfind\sname\s'(?P<host2>{H})'\sof\stype\sSRV\b"
)


# (review: under its function's name only; `getaddrinfo failed for name lookups [Errno -3]` is prose)
_SAMBA_RESOLVE_HOSTS = rx(
    r"\bresolve_hosts:\sgetaddrinfo\sfailed\sfor\sname\s(?P<host>{H})\s\[(?P<rest>[^\]\n]{1,100})\]"
)


_SAMBA_DNS_CODE = rx(
    r"\basync\sDNS\s(?:A|AAAA|SRV|NS)\slookup\sfor\s(?P<host>{H})\sreturned\sDNS\scode\s(?P<code>\d{1,2})\b"
)
_DNS_CODES: dict[str, FailureKind] = {"2": "servfail", "3": "nxdomain", "5": "refused"}


def _samba_dns_code(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = _DNS_CODES.get(m.group("code"))
    return hit(m, seg, kind, exact=True) if kind is not None else None


_KADMIN_ADMIN_SERVER = rx(r"\bCannot\sresolve\snetwork\saddress\sfor\sadmin\sserver\sin\srequested\srealm\b")
# (review: not a `-s` inside a quoted query, `kadmin -q "listprincs -s foo"`)
_KADMIN_SERVER_OPTION = re.compile(r"\bkadmin\s(?:[^\n\"']{0,200}\s)?-s\s(?P<host>[A-Za-z0-9][A-Za-z0-9.\-]{0,252})")
KADMIN_LINES = 4
"""Lines above kadmin's error read for the `kadmin -s h` command that named the admin server."""


def _kadmin_admin_server(m: re.Match[str], seg: Segment) -> Hit | None:
    for line in seg.lines_before(KADMIN_LINES):
        command = _KADMIN_SERVER_OPTION.search(line)
        if command is not None:
            return hit(m, seg, "nxdomain", host=command.group("host"), exact=True)
    return None


# --- ZoneMinder, tinyproxy, pkg, OctoPrint, OPNsense, FreeIPA's host check --------------------------------------

_ZONEMINDER = rx(r"\bCan't\sgetaddrinfo\((?P<host>{H})\sport\s(?P<port>\d{1,5})\):\s(?P<rest>[^\]\n]{1,100})")


# tinyproxy's opensock: 1.10's `Could not retrieve info for h` (no reason: `other`), 1.11's with gai_strerror after it
_TINYPROXY = rx(
    r"\bopensock:\sCould\snot\sretrieve\s(?:address\s)?info\sfor\s(?P<host>{H})(?::\s(?P<rest>[^\n]{1,100}))?"
)


def _tinyproxy(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("rest")) if m.group("rest") else "other"
    return hit(m, seg, kind, exact=True) if kind is not None else None


_PKG_LOOKUP = rx(r"\bpkg(?:-static)?:\sUnable\sto\slookup\sfor\s'(?P<host>{H})'")
# (review: under its checker's logger only; `Resolving dependencies is not working` is prose)
_OCTOPRINT_RESOLVING = rx(r"\bconnectivity_checker\s-\s[A-Z]{4,8}\s-\sResolving\s(?P<host>{H})\sis\snot\sworking\b")
# OPNsense's connectivity audit: no IPv4 address for the host (its IPv6 line alone, with IPv4 working, is no failure)
_OPNSENSE_NO_IPV4 = rx(r"\bNo\sIPv4\saddress\scould\sbe\sfound\sfor\shost:\s(?P<host>{H})")
_IPA_SEARCH_HOST = rx(r"\bSearch\sDNS\sfor\s(?P<host>[A-Za-z0-9][A-Za-z0-9.\-]{0,252})[ \t]*$")
_IPA_SEARCH_FAILED = re.compile(r"\bSearch\sfailed:\s(?P<rest>[^\n]{1,120})")


def _ipa_search_host(m: re.Match[str], seg: Segment) -> Hit | None:
    """FreeIPA's host check: `Search DNS for h` with `Search failed: [Errno -2] ...` on the next line."""
    below = seg.lines_after(1)
    failed = _IPA_SEARCH_FAILED.search(below[0]) if below else None
    kind = classify_resolution(failed.group("rest")) if failed is not None else None
    return hit(m, seg, kind, exact=True) if kind is not None else None


RULES: tuple[Rule, ...] = (
    Rule(
        "zoneminder-cant-getaddrinfo",
        ("can't getaddrinfo(",),
        _ZONEMINDER,
        by_rest(None, resolution_only=True, exact=True),
    ),
    Rule("tinyproxy-opensock-retrieve-info", ("opensock: could not retrieve ",), _TINYPROXY, _tinyproxy),
    Rule("freebsd-pkg-unable-to-lookup", ("unable to lookup for '",), _PKG_LOOKUP, fixed("other", exact=True)),
    Rule("octoprint-resolving-not-working", (" is not working",), _OCTOPRINT_RESOLVING, fixed("other", exact=True)),
    Rule(
        "opnsense-no-ipv4-address",
        ("no ipv4 address could be found for host: ",),
        _OPNSENSE_NO_IPV4,
        fixed("nxdomain", exact=True, assumed=True),
    ),
    Rule("freeipa-search-dns-for-host", ("search dns for ",), _IPA_SEARCH_HOST, _ipa_search_host),
    Rule("mihomo-dial-dns-resolve-failed", ("dns resolve failed: ",), _MIHOMO_DIAL, _mihomo_dial),
    Rule(
        "mihomo-dns-resolve-error",
        ("[dns] resolve ", "resolve ip error: couldn't find ip: ", "exchange ;"),
        _MIHOMO_RESOLVE,
        _mihomo_resolve,
    ),
    Rule("shadowsocks-dns-resolve-error", ("error: dns resolve ", "err: dns resolve "), _SHADOWSOCKS, _shadowsocks),
    Rule("sing-box-dns-exchange-failed", ("dns: exchange failed for ",), _SING_BOX, _sing_box),
    Rule("srs-get-address-info", (" : get address info",), _SRS, fixed("other", exact=True)),
    Rule(
        "dnsdist-secpoll-failed",
        ("failed to retrieve security status update for '",),
        _DNSDIST_SECPOLL,
        _dnsdist_secpoll,
    ),
    Rule(
        "pdns-recursor-secpoll-failed",
        ('msg="failed to retrieve security status update"',),
        _RECURSOR_SECPOLL,
        _recursor_secpoll,
    ),
    Rule(
        "samba-srv-record-not-found",
        ("failed to find srv record for ", "of type srv"),
        _SAMBA_SRV,
        first_of("nxdomain"),
    ),
    Rule(
        "samba-resolve-hosts-getaddrinfo",
        ("getaddrinfo failed for name ",),
        _SAMBA_RESOLVE_HOSTS,
        by_rest(None, resolution_only=True, exact=True),
    ),
    Rule("samba-async-dns-code", ("returned dns code ",), _SAMBA_DNS_CODE, _samba_dns_code),
    Rule(
        "kadmin-admin-server-under-command",
        ("network address for admin server in requested realm",),
        _KADMIN_ADMIN_SERVER,
        _kadmin_admin_server,
    ),
)
