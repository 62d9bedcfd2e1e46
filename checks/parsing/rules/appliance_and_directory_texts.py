r"""Appliances', directory services', ACME clients' and a few libraries' own texts for a failed look-up (issue #17, from
held-out KP-KW's misses, spent; each rule named by the program and its format):

- FreeBSD's libfetch, as pkg(8) and fetch(1) print it, `pkg: Error fetching <url>: No address record` /
  `fetch: <url>: Host does not resolve`: its netdb table's texts for getaddrinfo's codes (`No address record` and
  `Host does not resolve` EAI_NONAME, `No address for host` EAI_NODATA: `nxdomain`; `Transient resolver failure`
  EAI_AGAIN: `temporary`; `Non-recoverable resolver failure` EAI_FAIL, `Unknown resolver error` and `Address family
  for host not supported`: `other`, as glibc's texts for them), for the URL's host;
- pkg's bootstrap, `Address resolution failed for <url>.` (no reason: `other`, assumed; libfetch's line above it, when
  there, says how);
- a script's `h could not be reached via DNS` (no reason: `other`);
- FreeIPA's discovery, `Search DNS for SRV record of _ldap._tcp.d` with `DNS record not found: NXDOMAIN` under it
  (dnspython's exception's class name: `NXDOMAIN` and `NoAnswer` `nxdomain`, `Timeout` / `LifetimeTimeout`
  `timeout`, `NoNameservers` `servfail`), and ipa-server-install's `DNS check for domain d. failed: <dnspython's
  text>`;
- samba-tool's join, `Failed to find a writeable DC for domain 'D': The object name is not found.`
  (NT_STATUS_OBJECT_NAME_NOT_FOUND: no DC's SRV record, `nxdomain`);
- SSSD's resolver, `Trying to resolve SRV record of 'q'` with `SRV query failed [N]: <c-ares text>` below (the text
  gives the kind; one none names, such as `Misformatted DNS reply`, is `other`);
- supervisord's `Could not determine IP address for hostname h, please try setting an explicit IP address` (its
  inet_http_server's bind name; no reason: `other`);
- 389 Directory Server's lib389, `no ip address for b'h'` (its socket.gaierror caught and dropped: `other`);
- chrony's `Could not resolve address of initstepslew server h` (a bare `could not resolve`: `nxdomain`, assumed);
- BunkerWeb's DNSBL check, `Error while asking DNSBL server h : <lua-resty-dns error>` (the error gives the kind);
- ACME servers' `urn:acme:error:unknownHost` text, `No valid IP addresses found for h` (Boulder's: the name has no
  A or AAAA record, `nxdomain`);
- acme.sh's curl call, `Please refer to https://curl.haxx.se/libcurl/c/libcurl-errors.html for error code: 6`
  (CURLE_COULDNT_RESOLVE_HOST) under its debug `url='<url>'` line: that URL's host, `nxdomain`;
- dnspython's NoAnswer text with the question, `The DNS response does not contain an answer to the question: h. IN
  TXT` (LABELS.md: `nxdomain`), read here so that a stand-in is reported as one;
- amphp/dns' `No response for 'h' (A) from any nameserver after N attempts` (`timeout`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from urllib.parse import urlsplit

from checks.parsing.document import Segment
from checks.parsing.kinds import classify, classify_resolution
from checks.parsing.model import FailureKind
from checks.parsing.rules.base import Hit, Rule, by_rest, fixed, hit, rx, url_hit
from checks.parsing.rules.client_and_check_texts import DNSPYTHON_EXCEPTION_KINDS

# --- FreeBSD libfetch (pkg, fetch) -----------------------------------------------------------------------------

_LIBFETCH_KINDS: dict[str, FailureKind] = {
    "no address record": "nxdomain",
    "host does not resolve": "nxdomain",
    "no address for host": "nxdomain",
    "transient resolver failure": "temporary",
    "non-recoverable resolver failure": "other",
    "address family for host not supported": "other",
    "unknown resolver error": "other",
}
_LIBFETCH = rx(
    r"\b(?:pkg(?:-static)?|fetch):\s(?:Error\sfetching\s)?(?P<url>[a-z][a-z0-9+]{1,10}://[^\s]{1,2000}?):\s"
    r"(?P<reason>No\saddress\srecord|Host\sdoes\snot\sresolve|No\saddress\sfor\shost|Transient\sresolver\sfailure"
    r"|Non-recoverable\sresolver\sfailure|Address\sfamily\sfor\shost\snot\ssupported|Unknown\sresolver\serror)\b"
)


def _libfetch(m: re.Match[str], seg: Segment) -> Hit | None:
    return url_hit(m, seg, _LIBFETCH_KINDS[" ".join(m.group("reason").lower().split())])


_PKG_ADDRESS_RESOLUTION = rx(
    r"\bAddress\sresolution\sfailed\sfor\s(?P<url>[a-z][a-z0-9+]{1,10}://[^\s`'\"<>]{1,2000}?)\.?(?=[\s`'\"<>]|$)"
)


def _pkg_address_resolution(m: re.Match[str], seg: Segment) -> Hit | None:
    found = url_hit(m, seg, "other")
    return replace(found, assumed=True) if found is not None else None


# (review: a dotted name only; `Hosts that could not be reached via DNS: none` names none)
_NOT_REACHED_VIA_DNS = rx(
    r"(?:^|(?<=[\s\"'`(]))(?P<host>[A-Za-z0-9_-]{1,63}(?:\.[A-Za-z0-9_-]{1,63}){1,10})\scould\snot\sbe\sreached\svia\sDNS\b"
)

# --- FreeIPA ----------------------------------------------------------------------------------------------------

_IPA_SEARCH = rx(r"\bSearch\sDNS\sfor\s(?:SRV|TXT|A|AAAA|URI)\srecord\sof\s(?P<host>{H})")
_IPA_NOT_FOUND = re.compile(
    r"\bDNS\srecord\snot\sfound:\s(?P<exc>NXDOMAIN|NoAnswer|NoNameservers|LifetimeTimeout|Timeout)\b"
)
IPA_LINES = 2
"""Lines under FreeIPA's `Search DNS for ...` read for its `DNS record not found: <exception>`."""


def _ipa_search(m: re.Match[str], seg: Segment) -> Hit | None:
    for line in seg.lines_after(IPA_LINES):
        found = _IPA_NOT_FOUND.search(line)
        if found is not None:
            return hit(m, seg, DNSPYTHON_EXCEPTION_KINDS[found.group("exc").lower()], exact=True)
        if _IPA_SEARCH.search(line) is not None:
            return None  # the next search started: this one was answered
    return None


_IPA_DNS_CHECK = rx(r"\bDNS\scheck\sfor\sdomain\s(?P<host>{H})\sfailed:\s(?P<rest>[^\n]{1,200})")


# --- Samba, SSSD, supervisord, lib389, chrony, BunkerWeb -------------------------------------------------------

_SAMBA_DC = rx(
    # (review: a writeable DC of a dotted DNS domain only; a NetBIOS domain's `Failed to find a DC` is no DNS name)
    r"\bFailed\sto\sfind\sa\s(?:writeable|writable)\sDC\sfor\sdomain\s'(?P<host>[A-Za-z0-9_-]{1,63}(?:\.[A-Za-z0-9_-]{1,63}){1,10})':\s"
    r"(?P<rest>The\sobject\sname\sis\snot\sfound|NT_STATUS_OBJECT_NAME_NOT_FOUND)"
)

SAMBA_SRV_LINES = 3
"""Lines above samba-tool's error read for finddcs' `Failed to find SRV record for _ldap._tcp.d` line."""


def _samba_dc(m: re.Match[str], seg: Segment) -> Hit | None:
    """The domain, unless finddcs' line above names the SRV query that failed for it (probes, round 16: that name is
    the failure, `_ldap._tcp.d`)."""
    srv = f"srv record for _ldap._tcp.{m.group('host').lower()}"
    if any(srv in line.lower() for line in seg.lines_before(SAMBA_SRV_LINES)):
        return None
    return hit(m, seg, "nxdomain", exact=True)


_SSSD_SRV = rx(r"\bTrying\sto\sresolve\sSRV\srecord\sof\s'(?P<host>{H})'")
_SSSD_FAILED = re.compile(r"\bSRV\squery\sfailed:?\s(?:\[\d{1,5}\]:\s)?\[?(?P<rest>[^\]\n]{1,100})")
SSSD_LINES = 6
"""Lines under SSSD's `Trying to resolve SRV record of 'q'` read for its `SRV query failed` (its timer lines between,
at debug level 9: review)."""


def _sssd_srv(m: re.Match[str], seg: Segment) -> Hit | None:
    if "._sites." in m.group("host").lower():
        return None  # (review) AD's site-specific query, tried before the domain's: its NXDOMAIN is routine
    for line in seg.lines_after(SSSD_LINES):
        failed = _SSSD_FAILED.search(line)
        if failed is not None:
            return hit(m, seg, classify_resolution(failed.group("rest")) or "other", exact=True)
        if _SSSD_SRV.search(line) is not None:
            return None
    return None


_SUPERVISORD = rx(r"\bCould\snot\sdetermine\sIP\saddress\sfor\shostname\s(?P<host>{H}),\splease\stry\b")
_LIB389 = rx(r"\bno\sip\saddress\sfor\sb'(?P<host>{H})'")
_CHRONY = rx(r"\bCould\snot\sresolve\saddress\sof\sinitstepslew\sserver\s(?P<host>{H})")

_DNSBL = rx(r"\bError\swhile\sasking\sDNSBL\sserver\s(?P<host>{H})\s:\s(?P<rest>[^\n]{1,200})")


def _dnsbl(m: re.Match[str], seg: Segment) -> Hit | None:
    """The list's zone as printed (the query was `<reversed address>.<zone>`); a `name error` there means the address
    is not listed, no failure (review)."""
    kind = classify(m.group("rest"))
    return hit(m, seg, kind, exact=True) if kind is not None and kind != "nxdomain" else None


# --- ACME clients and servers, dnspython, amphp/dns --------------------------------------------------------------

# (review: under the problem type only; `No valid IP addresses found for this interface` is no name)
_ACME_UNKNOWN_HOST = rx(r"\bunknownHost\b[^\n]{0,40}?No\svalid\sIP\saddresses\sfound\sfor\s(?P<host>{H})")

_ACME_SH_CURL_6 = rx(r"\blibcurl-errors\.html\sfor\serror\scode:\s6\b")
_ACME_SH_URL = re.compile(r"\burl='(?P<url>https?://[^'\s]{1,2000})'")
_URL_HOST = re.compile(r"[A-Za-z0-9_.\-]{1,253}")
ACME_SH_LINES = 10
"""Lines above acme.sh's curl error read for its `url='...'` debug line (its GET / POST, timeout and _CURL lines
come between)."""


def _acme_sh_curl_6(m: re.Match[str], seg: Segment) -> Hit | None:
    for line in seg.lines_before(ACME_SH_LINES):
        url = _ACME_SH_URL.search(line)
        if url is not None:
            try:
                host = urlsplit(url.group("url")).hostname
            except ValueError:
                return None
            return hit(m, seg, "nxdomain", host=host) if host and _URL_HOST.fullmatch(host) else None
    return None


_NO_ANSWER = rx(
    r"\bdoes\snot\scontain\san\sanswer\sto\sthe\squestion:\s(?P<host>{H})\.?\s(?:IN\s)?[A-Z][A-Z0-9]{0,9}\b"
)

_AMP_NO_RESPONSE = rx(
    r"\bNo\sresponse\sfor\s'(?P<host>{H})'\s\((?:A|AAAA|TXT|SRV|MX|CNAME|NS|PTR)\)\sfrom\sany\snameserver\b"
)


# --- OpenVPN -----------------------------------------------------------------------------------------------------

# `RESOLVE: Cannot resolve host address: h:port (<gai_strerror>)`; the generic rule reads a plain name, this one also
# a bracketed stand-in typed where it stood (`[my-vpn-provider-hostname]`, LABELS.md clause 1)
_OPENVPN_RESOLVE = rx(
    r"\bRESOLVE:\sCannot\sresolve\shost\saddress:\s(?P<host>\[[A-Za-z0-9_.\- ]{1,80}\])(?::(?P<port>\d{1,5}))?"
    r"\s\((?P<rest>[^)\n]{1,80})\)"
)


RULES: tuple[Rule, ...] = (
    Rule(
        "openvpn-resolve-bracketed-stand-in",
        ("cannot resolve host address: [",),
        _OPENVPN_RESOLVE,
        by_rest(None, resolution_only=True, exact=True),
    ),
    Rule(
        "freebsd-libfetch-resolver-text",
        (
            ": no address record",
            ": host does not resolve",
            ": no address for host",
            ": transient resolver failure",
            ": non-recoverable resolver failure",
            ": address family for host not supported",
            ": unknown resolver error",
        ),
        _LIBFETCH,
        _libfetch,
    ),
    Rule(
        "freebsd-pkg-address-resolution-failed",
        ("address resolution failed for ",),
        _PKG_ADDRESS_RESOLUTION,
        _pkg_address_resolution,
    ),
    Rule("could-not-be-reached-via-dns", (" could not be reached via dns",), _NOT_REACHED_VIA_DNS, fixed("other")),
    Rule("freeipa-discovery-record-not-found", ("search dns for ",), _IPA_SEARCH, _ipa_search),
    Rule("freeipa-dns-check-for-domain", ("dns check for domain ",), _IPA_DNS_CHECK, by_rest(None, exact=True)),
    Rule("samba-tool-find-dc", ("dc for domain '",), _SAMBA_DC, _samba_dc),
    Rule("sssd-srv-query-failed", ("to resolve srv record of '",), _SSSD_SRV, _sssd_srv),
    Rule(
        "supervisord-ip-for-hostname",
        ("could not determine ip address for hostname ",),
        _SUPERVISORD,
        fixed("other", exact=True),
    ),
    Rule("lib389-no-ip-address", ("no ip address for b'",), _LIB389, fixed("other", exact=True)),
    Rule(
        "chrony-initstepslew-server",
        ("address of initstepslew server ",),
        _CHRONY,
        fixed("nxdomain", exact=True, assumed=True),
    ),
    Rule("bunkerweb-dnsbl-error", ("while asking dnsbl server ",), _DNSBL, _dnsbl),
    Rule(
        "acme-unknown-host-no-valid-ip",
        ("no valid ip addresses found for ",),
        _ACME_UNKNOWN_HOST,
        fixed("nxdomain", exact=True),
    ),
    Rule(
        "acme-sh-curl-error-6-url-above", ("libcurl-errors.html for error code: 6",), _ACME_SH_CURL_6, _acme_sh_curl_6
    ),
    Rule("dnspython-no-answer-question", ("an answer to the question: ",), _NO_ANSWER, fixed("nxdomain", exact=True)),
    Rule("amphp-dns-no-response", ("from any nameserver",), _AMP_NO_RESPONSE, fixed("timeout", exact=True)),
)
