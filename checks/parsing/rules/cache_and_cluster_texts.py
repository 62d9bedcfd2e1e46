r"""Caches', proxies' and cluster tools' own texts for a failed look-up (issue #17, from held-out LF-LM's misses, spent;
each rule named by the program and its format):

- Varnish's vmod-dynamic, its error line for a backend or service it could not resolve, `vmod-dynamic <vcl> <director>
  <h>:<port> <resolver> <code> (<text>)` (LOG in vmod_dynamic.c; a service's line names the service without a port,
  vmod_dynamic_service.c): the resolver's text gives the kind (getaddrinfo's gai_strerror, getdns' response status:
  901 `Queries for the name yielded all negative responses` NO_NAME, 902 `All queries for the name timed out`), else
  getdns' code (-3 `no answer`: an empty answer), else `other`; a port's name that failed (`Servname not supported`)
  is no failure of the host;
- a program's `No IP found for h, skipping...` (a discovery loop's words for a name that gave no address): no reason
  stated (`other`), a dotted name only, not a VLAN interface, a Swarm task or a file (`eth0.100`, `hosts.txt`).

From the eighteenth round of probes, rendered from the programs' own source (session 68):
- lighttpd's `(sock_addr.c.N) getaddrinfo failed: <gai_strerror> 'h'` (sock_addr_from_str_hints): the reason first;
- Pound's dynamic back-ends, `Querying for A records of h: <adns status text>`, logged only when the query failed
  (`DNS query timed out`, `Recursion denied by nameserver`: `refused`, `No such domain`: `nxdomain`, any other text
  such as `All nameservers failed`: `other`);
- Apache Traffic Server's `NOTE: REFUSED: DNS error 5 for [h]: Query Refused` (the rcode's kind; 8.x and 9.x print the
  number only, `(dns) DNS error 3 for [h]`), its `DNS Error: looking up <url>` (no reason: `other`) and its debug tag's
  `(dns) timeout for query h` (not when a retry got the name's records below);
- mesos-dns forwarding a query, `exchanger.go:N: <error>: exchanging &dns.Msg{... Question:[]dns.Question{dns.Question
  {Name:"h.", ...` (the error's kind, else `other`; a reverse name is no failure), and its `failed looking for ;h.
  IN  A` (no A record of its own for the name: `nxdomain`; other types' misses say nothing of the name).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.generic_words import SOURCE_FILE_SUFFIXES
from checks.parsing.kinds import classify, from_rcode, from_rcode_number
from checks.parsing.model import FailureKind
from checks.parsing.rules.base import Hit, Rule, by_rest, fixed, hit, named_below, rx, url_hit

# --- Varnish's vmod-dynamic ---

_VMOD_DYNAMIC = rx(
    # (review) `vmod-dynamic: ` before 2023 (4eb1dbd)
    r"\bvmod-dynamic:?\s[^\s]{1,64}\s[^\s]{1,64}\s(?P<host>{H})(?::(?:(?P<port>\d{1,5})|[A-Za-z][\w-]{0,15}))?\s"
    r"(?P<resolver>getdns|getaddrinfo)\s(?P<code>-?\d{1,4})\s\((?P<rest>[^)\n]{1,240})\)"
)
# (review) and GETDNS_RETURN_NO_ANSWERS (-3, `no answer`: a good status, no record of the type asked: an empty answer)
_GETDNS_STATUS: dict[str, FailureKind] = {"901": "nxdomain", "902": "timeout", "-3": "nxdomain"}
# (review) the port's name that failed, not the host (`getaddrinfo -8 (Servname not supported for ai_socktype)`,
# `getdns -2 (servbyname(3) failed)`)
_SERVICE_FAILED = ("servname", "servbyname")


def _vmod_dynamic(m: re.Match[str], seg: Segment) -> Hit | None:
    if m.group("rest").lower().startswith(_SERVICE_FAILED):
        return None
    by_code = _GETDNS_STATUS.get(m.group("code")) if m.group("resolver") == "getdns" else None
    return hit(m, seg, classify(m.group("rest")) or by_code or "other", port=m.group("port"))


# --- `No IP found for h` ---

_NO_IP_FOUND = rx(
    # (not `No IP address found for h`, `No addresses found for h`: the generic statements read those, `nxdomain`, and
    # a CRM export's `No addresses found for contact.email` is none)
    r"\bNo\sIPs?\s(?:were\s)?found\sfor\s(?:host\s)?(?P<q>[\"'`])?(?P<host>{H})"
    r"(?(q)[\"'`])(?=(?P<rest>[^\n\"]{0,120}))"
)
# (review) not a network interface's VLAN (`eth0.100`), a Swarm task (`web.1.<25 characters>`) or a file (`hosts.txt`)
_INTERFACE = re.compile(r"(?:eth|ens|enp|eno|wlan|wlp|bond|br|veth|vlan|docker|cni|flannel|cali|tun|tap)\d", re.I)
_SWARM_TASK = re.compile(r"\.\d{1,4}\.[a-z0-9]{25}\Z")


def _no_ip_found(m: re.Match[str], seg: Segment) -> Hit | None:
    host = m.group("host").rstrip(".")
    last = host.rsplit(".", 1)[-1].lower()
    if (
        "." not in host
        or not last.isalpha()
        or last in SOURCE_FILE_SUFFIXES
        or _INTERFACE.match(host)
        or _SWARM_TASK.search(host)
    ):
        return None
    return hit(m, seg, classify(m.group("rest")) or "other")


# --- lighttpd ---

# (review) 1.4.46-1.4.55's log_error_write puts a blank after every piece: `getaddrinfo failed:  <reason> ' h '`
_LIGHTTPD_GETADDRINFO = rx(r"\bgetaddrinfo\sfailed:\s{1,2}(?P<rest>[A-Za-z][^'\n]{2,80}?)\s{1,2}'\s?(?P<host>{H})\s?'")


# --- Pound (adns) ---

_POUND_QUERYING = rx(r"\bQuerying\sfor\s(?:A|AAAA|SRV)\srecords\sof\s(?P<host>{H}):\s(?P<rest>[A-Za-z][^\n]{2,80})")
_ADNS_TEXTS: dict[str, FailureKind] = {
    "no such domain": "nxdomain",
    "no such data": "nxdomain",
    "all nameservers failed": "other",
    "recursion denied by nameserver": "refused",
}


def _pound_querying(m: re.Match[str], seg: Segment) -> Hit | None:
    """Pound logs the query only when it failed (its dns_generic_lookup): an adns text the table lacks (`Nameserver
    sent bad response`, `General resolver or system failure`: review) is a failure with no kind (`other`)."""
    rest = m.group("rest").strip().rstrip(".").lower()
    return hit(m, seg, _ADNS_TEXTS.get(rest) or classify(rest) or "other")


# --- Apache Traffic Server ---

# (review) 8.x and 9.x: `(dns) DNS error 3 for [h]`, `WARNING: Unknown DNS error 16 for [h]` (the number only)
_ATS_RCODE = rx(
    r"(?:\b(?P<code>[A-Z]{4,8}):\s|\(dns\)\s|\bUnknown\s)DNS\serror\s(?P<number>\d{1,2})\sfor\s\[(?P<host>{H})\]"
)
# (review) the URL's host at most a name's length (a megabyte of 600-label hosts took 1.5 s)
_ATS_LOOKING_UP = rx(
    r"\bDNS\sError:\slooking\sup\s(?P<url>[a-z][a-z0-9+.\-]{1,15}://[^\s/]{1,253}(?:/[^\s]{0,2048})?)(?![^\s/])"
)
_ATS_TIMEOUT = rx(r"\(dns\)\stimeout\sfor\squery\s(?P<host>{H})")
# (review) DNS.cc retries after every time-out: the same name's records got later say it resolved
_ATS_GOT_RECORDS = rx(r"\bGot\s[1-9]\d{0,3}\sDNS\srecords\sfor\s\[(?P<host>{H})\]")
ATS_RETRY_LINES = 8
"""Lines after Traffic Server's time-out read for the same name's records got on a retry."""


def _ats_rcode(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = from_rcode(m.group("code")) if m.group("code") else from_rcode_number(m.group("number"))
    if m.group("code") == "NOERROR" or kind is None:
        return None  # (review) `NOERROR: DNS error 0`: no record of that type asked, the name answered
    return hit(m, seg, kind)


def _ats_timeout(m: re.Match[str], seg: Segment) -> Hit | None:
    return None if named_below(seg, ATS_RETRY_LINES, m.group("host"), _ATS_GOT_RECORDS) else hit(m, seg, "timeout")


# --- mesos-dns ---

_MESOS_EXCHANGE = rx(
    r"\bexchanger\.go:\d{1,5}:\s(?P<rest>[^\n]{1,200}?):\sexchanging\s&dns\.Msg\{[^\n]{0,800}?"
    r"Question:\[\]dns\.Question\{dns\.Question\{Name:\"(?P<host>{H})\""
)
# (review) an A question only: handleEmpty prints it for any type it holds no record of (AAAA, HTTPS: the name has A)
_MESOS_FAILED_LOOKING = rx(r"\bfailed\slooking\sfor\s;(?P<host>{H})\s+IN\s+A(?![\w])")


RULES: tuple[Rule, ...] = (
    Rule("vmod-dynamic-resolver-error", ("vmod-dynamic",), _VMOD_DYNAMIC, _vmod_dynamic),
    Rule("no-ip-found-for", (" found for ",), _NO_IP_FOUND, _no_ip_found),
    Rule("lighttpd-getaddrinfo-failed", ("getaddrinfo failed: ",), _LIGHTTPD_GETADDRINFO, by_rest(None, exact=True)),
    Rule("pound-querying-records", ("querying for ",), _POUND_QUERYING, _pound_querying),
    Rule("ats-dns-error-rcode", (": dns error ", "(dns) dns error ", "unknown dns error "), _ATS_RCODE, _ats_rcode),
    Rule(
        "ats-dns-error-looking-up",
        ("dns error: looking up ",),
        _ATS_LOOKING_UP,
        lambda m, seg: url_hit(m, seg, "other"),
    ),
    Rule("ats-dns-timeout-for-query", ("(dns) timeout for query ",), _ATS_TIMEOUT, _ats_timeout),
    # the exchanger logs only a failed exchange: a reason it does not classify is `other` (review: `network is
    # unreachable`, as LABELS.md reads Go's)
    Rule("mesos-dns-exchange", (": exchanging &dns.msg{",), _MESOS_EXCHANGE, by_rest("other")),
    Rule("mesos-dns-failed-looking-for", ("failed looking for ;",), _MESOS_FAILED_LOOKING, fixed("nxdomain")),
)
