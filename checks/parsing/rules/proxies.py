"""Proxies, RPC and brokers: nginx, Envoy, gRPC, Kafka clients, and client-go's HTTP trace."""

from __future__ import annotations

import re
from dataclasses import replace

from checks.parsing.document import Segment
from checks.parsing.hosts import is_ip
from checks.parsing.kinds import ARES_STATUS, classify
from checks.parsing.model import FailureKind
from checks.parsing.rules.base import Hit, Rule, by_rest, fixed, hit, named_below, rx

# --- nginx: "NAME could not be resolved (3: Host not found)", "host not found in upstream "NAME"" --------

_NGINX = rx(
    # held-out CC: the name with its port (`consul1:8600 could not be resolved (2: Server failure)`, APISIX's resolver)
    # (the name taken whole, as failure_statements' `_NAME`: nothing that may follow it starts a piece of a name)
    r"{NB}{Q}?(?P<host>(?>{H}))(?::(?P<port>\d{1,5}))?{Q}?\scould\snot\sbe\sresolved\s\((?P<num>\d{1,3}):\s"
    r"(?P<msg>[^)\n]{1,60})\)"
)
# ngx_http_upstream_jdomain and other resolver users: 'resolver failed, "NAME" (110: Operation timed out)'
_NGINX_RESOLVER_FAILED = rx(
    r"resolver\sfailed\s{0,3},?\s{0,3}{Q}?(?P<host>{H}){Q}?\s{0,3}\((?P<num>\d{1,3}):\s(?P<msg>[^)\n]{1,60})\)"
)
# nginx's resolver got an answer it could not use: "[error] 21#0: unexpected (DNS )?response for NAME"
_NGINX_UNEXPECTED = rx(
    r"\[error\]\s\d{1,10}#\d{1,10}:\s(?:\*\d{1,12}\s)?unexpected\s(?:DNS\s)?response\sfor\s(?P<host>{H})"
)
# held-out AN: the upstream as configured, scheme and port too (`no resolver defined to resolve http://h:80`)
_NGINX_NO_RESOLVER = rx(
    r"no\sresolver\sdefined\sto\sresolve\s{0,3}{Q}?(?:[a-z][a-z0-9+.-]{1,15}://)?(?P<host>{H})(?::\d{1,5})?{Q}?"
)
NGINX_CODES: dict[str, FailureKind] = {
    # nginx's resolver error numbers (ngx_resolver.c: the rcode, or the errno of the query socket)
    "3": "nxdomain",
    "110": "timeout",
    "2": "servfail",
    "5": "refused",
    "111": "refused",
}
# nginx's ngx_parse_url error as each caller words it: `in upstream "h"`, `in resolver "h"`, (source-mined) the
# stapling's `"ssl_stapling" ignored, host not found in OCSP responder "h" in the certificate ...`, the RTMP module's
# `in url "h/app/key"` (held-out DC, spent), and a directive's `in "h:1935" of the "listen" directive` (found then)
_NGINX_EMERG = rx(
    r'host\snot\sfound\sin\s(?:(?P<noun>upstream|resolver|url|OCSP\sresponder)\s{1,3})?"(?:[A-Za-z][\w+.-]{0,20}://)?(?P<host>{H})'
    r'(?::(?P<port>\d{1,5}))?(?:/[^"\s]{0,300})?"(?(noun)|\sof\sthe\s")'
)

# held-out JR-JY (spent): the same message retyped without its quotes (`host not found in upstream orthanc in
# etc/nginx/nginx.conf:56`): only where nginx's own `in FILE.conf:LINE` follows the name, so prose is not read
_NGINX_EMERG_UNQUOTED = rx(
    r"host\snot\sfound\sin\supstream\s(?P<host>{H})(?::(?P<port>\d{1,5}))?\sin\s/?[\w./-]{1,200}\.conf:\d{1,6}\b"
)


def _nginx(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, NGINX_CODES.get(m.group("num")) or classify(m.group("msg")) or "other", exact=True)


# held-out BJ (spent): the same line wrapped before its reason (`h could not be resolved ` / `(3: Host not found), ...`)
_NGINX_WRAPPED = rx(r"{NB}{Q}?(?P<host>(?>{H})){Q}?\scould\snot\sbe\sresolved[ \t]*$")
_NGINX_REASON_BELOW = rx(r"^\s{0,4}\((?P<num>\d{1,3}):\s(?P<msg>[^)\n]{1,60})\)")


def _nginx_wrapped(m: re.Match[str], seg: Segment) -> Hit | None:
    below = seg.lines_after(1)
    reason = _NGINX_REASON_BELOW.search(below[0]) if below else None
    if reason is None:
        return None
    return hit(m, seg, NGINX_CODES.get(reason.group("num")) or classify(reason.group("msg")) or "other", exact=True)


# --- Envoy: "dns resolution for NAME failed with c-ares status 12" --------------------------------------

_ENVOY = rx(
    r"dns\sresolution\s(?:for|without\srecords\sfor)\s(?P<host>{H})\s(?:failed\swith\s)?c-ares\sstatus\s"
    r"(?P<code>0x[0-9a-f]{1,4}|\d{1,2})"
)
# Envoy's newer resolver: "DNS resolution complete for NAME details cares_failure:Timeout while contacting ..."
_CARES_FAILURE = rx(r"\sfor\s(?P<host>{H})\s(?:details\s)?cares_failure:\s{0,3}(?=(?P<rest>[^\n]{0,100}))")
# gRPC core: "C-ares status is not ARES_SUCCESS qtype=A name=NAME is_balancer=0: Domain name not found"
_GRPC_ARES = rx(
    r"C-ares\sstatus\sis\snot\sARES_SUCCESS\sqtype=[A-Z]{1,6}\sname=(?P<host>{H})(?:\sis_balancer=\w{1,5})?:\s{0,3}"
    r"(?=(?P<rest>[^\n]{0,100}))"
)


_ENVOY_COMPLETED = rx(r"dns\sresolution\sfor\s(?P<host>{H})\scompleted\swith\sstatus\s0\b")
_ENVOY_REFRESHED = rx(r"DNS\srefresh\srate\sreset\sfor\s(?P<host>{H}),\srefresh\srate\b")
COMPLETED_LINES = 6
"""Lines after Envoy's failed attempt read for the same name's `completed with status 0` (a retry that resolved)."""


def _envoy(m: re.Match[str], seg: Segment) -> Hit | None:
    # held-out BK (spent): `failed with c-ares status 1` (ENODATA for one family) and then `completed with status 0`;
    # held-out CC: `dns resolution without records for h` and then `DNS refresh rate reset for h, refresh rate` (no
    # `(failure)`): the other family answered
    if named_below(seg, COMPLETED_LINES, m.group("host"), _ENVOY_COMPLETED, _ENVOY_REFRESHED):
        return None
    code = int(m.group("code"), 0)
    # held-out EJ (spent): Envoy prints c-ares' own text for ECONNREFUSED (11), `Could not contact DNS servers`, which
    # LABELS.md's sets label `other` (seven rows); Seastar prints the errno's text, `Connection refused`
    return hit(m, seg, "other" if code == _ARES_ECONNREFUSED else ARES_STATUS.get(str(code), "other"))


_ARES_ECONNREFUSED = 11


# held-out LF-LM (spent): Envoy's c-ares resolver says the query came back empty, `dns resolution without records for h`
# ending its line (ARES_SUCCESS with no address: `cares_resolution_without_records`), then its `completed with status 0`
# (every completed query's); an empty answer, as LABELS.md reads `No address associated with hostname` (`nxdomain`),
# unless the same name's `DNS refresh rate reset for h, refresh rate` follows (held-out CC: the other family answered)
# (review) the line ends there, or Istio's log format goes on (`\tthread=21`, a JSON `"msg"` closing)
_ENVOY_WITHOUT_RECORDS = rx(r"dns\sresolution\swithout\srecords\sfor\s(?P<host>{H})(?=[ \t]*(?:\n|$)|\tthread=|\\?\")")
# (review) the dynamic forward proxy's cache: `main thread resolve complete for host 'h': [93.184.216.34:443]` (an
# address: answered), and its refresh line, `DNS refresh rate reset for host 'h', refresh rate N ms`
_ENVOY_RESOLVED_TO = rx(r"resolve\scomplete\sfor\shost\s'(?P<host>{H})':\s\[[^\]\s]")
_ENVOY_CACHE_REFRESHED = rx(r"DNS\srefresh\srate\sreset\sfor\shost\s'(?P<host>{H})',\srefresh\srate\b")


def _envoy_without_records(m: re.Match[str], seg: Segment) -> Hit | None:
    host = m.group("host")
    # (review) dns_impl.cc treats ENODATA as success, and a DNS cluster then resets its refresh rate for an empty answer
    # too: the other family's `without records` for the same name says neither answered
    both_empty = named_below(seg, COMPLETED_LINES, host, _ENVOY_WITHOUT_RECORDS)
    answered = named_below(seg, COMPLETED_LINES, host, _ENVOY_REFRESHED, _ENVOY_CACHE_REFRESHED, _ENVOY_RESOLVED_TO)
    return hit(m, seg, "nxdomain") if both_empty or not answered else None


# --- gRPC: "name resolver error: produced zero addresses" (the name is the dns:/// target nearby);
#     gRPC core and Kafka: "DNS resolution failed for NAME" ------------------------------------------------

_ZERO_ADDRESSES = rx(r"produced\szero\saddresses")
ZERO_ADDRESSES_LINES = 12
"""Lines above gRPC's `produced zero addresses` read for the channel's `dns:///` target (source-mined, round 6:
grpc-go's channel log puts its `Resolver state updated: {...}` JSON, one field a line, between the two); beyond the
error's own line, only the nearest channel's target counts (review: not another channel's further up)."""
_CHANNEL_TARGET = re.compile(r"\btarget\s{0,3}[:=]?\s{0,3}\"?[a-z][a-z0-9+.\-]{0,15}:/", re.I)
_GRPC_TARGET = rx(r"\bdns:(?://[^/\s\"']{0,64})?/{0,3}(?P<host>{H})(?::(?P<port>\d{1,5}))?")
_DNS_RESOLUTION_FAILED = rx(
    r"DNS\sresolution\sfailed\sfor\s(?:service:\s{1,3}"
    # Envoy's cluster as Istio names it (`cluster outbound|80||legacy.example.com`): its host; another cluster's name
    # is no name (found by probing)
    r"|cluster\s{1,3}(?:in|out)bound\|\d{1,5}\|[^|\s]{0,60}\|"
    # a gRPC target's noun and scheme (`for target dns:///h:443`, as grpc-js words its newer message): the name after
    # (and a URL given as the target after it, `dns:http://h:443`: its host)
    r"|target\s{1,3}(?:[a-z][a-z0-9+.\-]{0,15}:(?://[^/\s\"']{0,64}(?=/))?/{0,3}){0,2}"
    # Kafka's ClientUtils before 2.1: `DNS resolution failed for url in bootstrap.servers: h:9092` (held-out CR)
    r"|url\s{1,3}in\s{1,3}[\w.]{1,40}:\s{1,3}"
    # held-out FT (spent): `for service https://<route url to the service>`, gRPC's noun before a URL, no name
    r"|(?!service:|cluster\s|target\s|url\s|service\s{1,3}[a-z][a-z0-9+.\-]{0,15}://))(?![\w.-]{1,80}\shost\b)"
    # survey 9: RAGFlow's `... for REST API connector URL '<url>'` (rules/application_texts.py reads the URL)
    r"(?!(?:[A-Za-z]{1,20}\s){0,4}URL\s['\"])"
    r"(?P<host>{H})(?::(?P<port>\d{1,5}))?(?=(?P<rest>[^\n]{0,200}))"
)


def _zero_addresses(m: re.Match[str], seg: Segment) -> Hit | None:
    for n, line in enumerate([seg.around(m.start())[0], *seg.lines_before(ZERO_ADDRESSES_LINES)]):
        if n and _CHANNEL_TARGET.search(line) and not _GRPC_TARGET.search(line):
            return None  # (review) the nearest channel's target is another scheme's (`xds:///payments`)
        target = _GRPC_TARGET.search(line)
        if target:
            return hit(m, seg, "other", host=target.group("host"), port=target.group("port"))
    return None


# --- kafka-python "DNS lookup failed for NAME:9092"; client-go "DNS Lookup for NAME resolved to []" -----

_DNS_LOOKUP_FAILED = rx(
    r"DNS\slookup\sfailed\sfor\s"
    # (source-mined, kafka-python's socks5 wrapper: `DNS lookup failed for proxy h:1080, gaierror(...)`) a role noun
    # before the name is no name
    r"(?:(?:proxy|broker|server|host|node|peer|upstream|endpoint)\s(?=[\w\-]{1,63}[.:]))?"
    r"(?P<host>{H})(?::(?P<port>\d{1,5}))?(?=(?P<rest>[^\n]{0,100}))"
)
_DIGITS_AND_DOTS = re.compile(r"[0-9.]{1,253}")


def _nginx_emerg(m: re.Match[str], seg: Segment) -> Hit | None:
    """nginx parses an IPv4 address itself: digits and dots it could not parse as one went to the resolver, and the
    slot holds the name looked up, as printed (held-out JZ-KG, spent: two addresses run together,
    `"192.168.2.236192.168.199.135"`)."""
    found = hit(m, seg, "nxdomain", port=m.group("port"))
    host = m.group("host").rstrip(".")  # (review) `"10.0.0.5."` is an address with its root's dot
    if _DIGITS_AND_DOTS.fullmatch(host) and not is_ip(host):
        return replace(found, exact=True, printed=True)
    return found


_RESOLVED_TO_NOTHING = rx(r"DNS\sLookup\sfor\s(?P<host>{H})\sresolved\sto\s\[\]")

RULES: tuple[Rule, ...] = (
    Rule("nginx", ("could not be resolved",), _NGINX, _nginx),
    Rule("nginx-wrapped", ("could not be resolved",), _NGINX_WRAPPED, _nginx_wrapped),
    Rule("nginx-emerg", ("host not found in ",), _NGINX_EMERG, _nginx_emerg),
    Rule(
        "nginx-emerg-unquoted", ("host not found in upstream ",), _NGINX_EMERG_UNQUOTED, fixed("nxdomain", exact=True)
    ),
    Rule("nginx-resolver-failed", ("resolver failed",), _NGINX_RESOLVER_FAILED, _nginx),
    Rule(
        "nginx-unexpected-response",
        ("unexpected response for", "unexpected dns response for"),
        _NGINX_UNEXPECTED,
        fixed("other", exact=True),
    ),
    Rule("nginx-no-resolver", ("no resolver defined",), _NGINX_NO_RESOLVER, fixed("other", exact=True)),
    Rule("envoy", ("c-ares status",), _ENVOY, _envoy),
    Rule(
        "envoy-without-records",
        ("dns resolution without records for ",),
        _ENVOY_WITHOUT_RECORDS,
        _envoy_without_records,
    ),
    Rule("envoy-cares-failure", ("cares_failure:",), _CARES_FAILURE, by_rest("other")),
    Rule("grpc-c-ares", ("not ares_success",), _GRPC_ARES, by_rest("other")),
    Rule("grpc-zero-addresses", ("produced zero addresses",), _ZERO_ADDRESSES, _zero_addresses),
    Rule("dns-resolution-failed", ("dns resolution failed for",), _DNS_RESOLUTION_FAILED, by_rest("other")),
    Rule("dns-lookup-failed", ("dns lookup failed for",), _DNS_LOOKUP_FAILED, by_rest("other", resolution_only=True)),
    Rule("client-go-trace", ("resolved to []",), _RESOLVED_TO_NOTHING, fixed("other")),
)
