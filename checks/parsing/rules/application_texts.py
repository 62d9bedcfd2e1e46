"""Self-hosted applications', Python libraries' and observability tools' own texts for a failed look-up, read from
their sources (issue #17, surveys 9 to 11; split out of `driver_and_tool_texts.py`, survey 8's drivers and tools).

- libcurl's `Resolving timed out after N milliseconds` with the URL or host its caller adds after it (FreshRSS, Matomo);
- applications' own words (`app-texts`): mailcow's acme and watchdog, unbound's health check, SSRF guards, canonical
  names, empty answers, `error resolving the ip address of`, `could not be resolved`, `trying to resolv...`;
- a URL's `DNS resolution failed for <url>`;
- the home lab's daemons: Transmission's announcer, a configured proxy host, `bad ip or hostname provided`, a DNS
  fallback, Finagle's `Caught UnknownHostException resolving host 'h'`;
- qBittorrent's download errors, ProxySQL's `An error occurred while resolving hostname: h [N]`, Prefect's API URL,
  Sealos' `DNS server returned error code: RCODE for domain h`, an image pull's `DNS resolution failed`, Fabric's
  `GroupException` connection, Cortex/Thanos' `dns+` / `dnssrv+` addresses, Playwright's `page.goto` with the URL it
  was navigating to.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from checks.parsing.document import Segment
from checks.parsing.kinds import (
    GAI_CODES,
    classify,
    classify_resolution,
    from_rcode,
)
from checks.parsing.model import FailureKind
from checks.parsing.rules.base import Hit, Rule, by_group, by_rest, first_group_hit, hit, rx, url_hit
from checks.parsing.rules.languages import NODE_KINDS

# --- survey 9: self-hosted applications, Python libraries, observability ---------------------------------------------

# libcurl's `Resolving timed out after N milliseconds` with the URL or host its caller adds after it (FreshRSS' `[url]`,
# Matomo's `Hostname requested was: h`)
_CURL_TIMEOUT_THEN_HOST = rx(
    r"\bResolving\stimed\sout\safter\s\d{1,9}\smilliseconds(?:\.\sHostname\srequested\swas:\s(?P<host>{H})"
    # source-mined: Symfony HttpClient's `... milliseconds for "https://h/..."`
    r"|\s(?:for\s\")?\[?(?P<url>https?://[^\s\]\"]{1,2048})\]?)"
)


def _curl_timeout_then_host(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, "timeout", exact=True) if m.group("host") else url_hit(m, seg, "timeout")


_APP_TEXTS = rx(
    # mailcow: acme's `No A or AAAA record found for hostname h` (an empty `dig +short`), the watchdog's `Domain h was
    # not found by the server`, unbound's health check giving up
    r"\bNo\sA\sor\sAAAA\srecord\sfound\sfor\shostname\s(?P<none>{H})"
    r"|\bDomain\s(?P<notfound>{H})\swas\snot\sfound\sby\sthe\sserver"
    r"|\bDNS\sResolution\snot\spossible\safter\s\d{1,3}\sattempts\sfor\s(?P<gaveup>{H}?)\.{0,3}\s"
    # WeKan's SSRF guard
    r"|\bSSRF_GUARD:\s(?:DNS\sresolution\sfailed|No\sDNS\srecords\sreturned)\sfor:\s(?P<ssrf>{H})"
    # Paramiko's `CouldNotCanonicalize: h` (the name as given, no reason)
    r"|\bCouldNotCanonicalize:\s(?P<canon>{H})"
    # RAGFlow's SSRF guards: `Hostname 'h' resolved to no addresses.`, `hostname='h' resolved to no addresses`, Go's
    # `ssrf: h has no A/AAAA records`
    r"|\bhost(?:name)?(?:=|\s)'(?P<noaddr>{H})'\sresolved\sto\sno\saddresses\b"
    r"|\bssrf:\s(?P<norecords>{H})\shas\sno\sA/AAAA\srecords\b"
    # survey 10: Knative's `Error resolving the IP address of "h"`, WildFly mail's `Host name [h] could not be
    # resolved!` (read like `Could not resolve 'h'`), Dragonfly's `Dns error generic:99, host: h` and `Error resolving
    # dns to h (phase: N): generic:113`, pgcat's resolver time-outs (`There was an error trying to resolv h: (request
    # timed out).`, `Error trying to resolve h, (ResolveError { kind: Timeout })`)
    r"|\bError\sresolving\sthe\sIP\saddress\sof\s\"(?P<knative>{H})\""
    r"|\bHost\sname\s\[(?P<wildfly>{H})\]\scould\snot\sbe\sresolved\b"
    r"|\bDns\serror\sgeneric:\d{1,4},\shost:\s(?P<dfly>{H})"
    r"|\bError\sresolving\sdns\sto\s(?P<dfly2>{H})\s\(phase:"
    r"|\berror\strying\sto\sresolv\s(?P<pgcat>{H}):\s\(request\stimed\sout\)"
    r"|\bError\strying\sto\sresolve\s(?P<pgcat2>{H}),\s\(ResolveError\s\{\skind:\sTimeout\b"
)
_APP_KINDS: dict[str, FailureKind] = {
    "none": "nxdomain",
    "notfound": "nxdomain",
    "gaveup": "other",
    "ssrf": "other",
    "canon": "other",
    "noaddr": "nxdomain",
    "norecords": "nxdomain",
    "knative": "other",
    "wildfly": "nxdomain",
    "dfly": "other",
    "dfly2": "other",
    "pgcat": "timeout",
    "pgcat2": "timeout",
}


# RAGFlow's connector: `DNS resolution failed for REST API connector URL '<url>': <gaierror>`
_URL_RESOLUTION_FAILED = rx(
    r"\bDNS\sresolution\sfailed\sfor\s(?:[A-Za-z]{1,20}\s){0,4}URL\s['\"](?P<url>[a-z][a-z0-9+]{1,10}://[^'\"\s]{1,2048})"
    r"['\"]:?\s(?P<rest>[^\n]{0,120})"
)


def _url_resolution_failed(m: re.Match[str], seg: Segment) -> Hit | None:
    return url_hit(m, seg, classify(m.group("rest")) or "other")


# --- survey 11 --------------------------------------------------------------------------------------------------------

_HOME_LAB = rx(
    # Transmission's UDP announcer: `Couldn't look up 'h:port' in IPv4: <gai_strerror> (-2)`
    r"\bCouldn't\slook\sup\s'(?P<host>{H}):\d{1,5}'\sin\sIPv[46]:\s(?P<rest>[^\n]{1,100})"
    # Sonarr / Radarr / Prowlarr's proxy check, Tautulli's IP checker
    r"|\bFailed\sto\sresolve\sthe\sIP\sAddress\sfor\sthe\sConfigured\sProxy\sHost\s(?P<host2>{H})"
    r"|\bBad\sIP\sor\shostname\sprovided:\s(?P<host3>{H})"
    # Homepage's proxy: `DNS fallback failed for h: lookup error=ENOTFOUND, resolve error=...`
    r"|\bDNS\sfallback\sfailed\sfor\s(?P<host4>{H}):\slookup\serror=(?P<code>[A-Z_]{4,20})"
    # Finagle's resolver: `Caught UnknownHostException resolving host 'h'`
    r"|\bCaught\sUnknownHostException\sresolving\shost\s'(?P<host5>{H})'"
)


def _home_lab(m: re.Match[str], seg: Segment) -> Hit | None:
    if m.group("host"):
        return first_group_hit(m, seg, classify_resolution(m.group("rest")) or "other", ("host",))
    if m.group("host4"):
        return first_group_hit(m, seg, NODE_KINDS.get(m.group("code"), "other"), ("host4",))
    kind: FailureKind = "nxdomain" if m.group("host5") else "other"
    return first_group_hit(m, seg, kind, ("host2", "host3", "host5"), strip=".")


# qBittorrent: the URL of a download, then Qt's `The remote host name was not found (invalid hostname)` or Boost's
# `Host not found ...` as its error (probes, round 9: its `Failed to add torrent. Source: "URL". Reason: "..."`)
_QBITTORRENT = rx(
    r"\b(?:at\s'|URL:\s\"|Source:\s\")(?P<url>https?://[^\s'\"]{1,2048})['\"]\.?\s(?:Reason:\s\"?|Error:\s\"?)"
    r"(?P<rest>[^\n]{1,120})"
)


def _qbittorrent(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = m.group("rest")
    if rest.lower().startswith("the remote host name was not found"):
        return url_hit(m, seg, "nxdomain")
    kind = classify_resolution(rest)
    return url_hit(m, seg, kind) if kind else None


# ProxySQL's monitor: `An error occurred while resolving hostname: h [-2]` (getaddrinfo's code); (source-mined,
# session 52) `An exception occurred while resolving hostname: h [std::bad_alloc]`, `An unknown exception has occurred
# while resolving hostname: h` (no resolver's reason: `other`)
_PROXYSQL = rx(
    r"\bAn\s(?:error|(?:unknown\s)?exception)\s(?:has\s)?occurred\swhile\sresolving\shostname:\s(?P<host>{H})"
    r"(?:\s\[(?:(?P<code>-?\d{1,4})|[\w:]{1,60})\]|(?=[ \t]*(?:\n|$)))"
)


def _proxysql(m: re.Match[str], seg: Segment) -> Hit | None:
    code = m.group("code")
    return hit(m, seg, GAI_CODES.get(code, "other") if code else "other", exact=True)


# Prefect: the client's `Failed to reach API at <url>` / the CLI's `Could not connect to API at: <url>` under the
# resolver's reason a few lines above (httpx's `ConnectError: [Errno -2] Name or service not known`)
_PREFECT_API = rx(
    r"\b(?:Could\snot\sconnect\sto\sAPI\sat:|Failed\sto\sreach\sAPI\sat)\s(?P<url>https?://[^\s'\"]{1,2048})"
)
_ERRNO_REASON = rx(r"\[Errno\s-?\d{1,5}\]\s(?P<rest>[^\n]{1,100})")
PREFECT_REASON_LINES = 8
"""Lines above Prefect's API error read for the resolver's reason (a traceback's frames between)."""


def _prefect_api(m: re.Match[str], seg: Segment) -> Hit | None:
    reason = seg.first_above(_ERRNO_REASON, PREFECT_REASON_LINES)
    kind = classify_resolution(reason.group("rest")) if reason else None
    return url_hit(m, seg, kind) if kind else None


# Sealos' resolver: `DNS server returned error code: REFUSED for domain h` (the RCODE's kind)
_SEALOS_RCODE = rx(r"\bDNS\sserver\sreturned\serror\scode:\s(?P<rcode>[A-Z]{3,9})\sfor\sdomain\s(?P<host>{H})")


def _sealos_rcode(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, from_rcode(m.group("rcode")), exact=True)


# Rainbond's builder: `[ImagePull] Pull image <image> failed: DNS resolution failed` (the image's registry)
_IMAGE_PULL = rx(r"\bPull\simage\s(?P<image>[^\s/]{1,253}/[^\s]{1,1024})\sfailed:\sDNS\sresolution\sfailed\b")


def _image_pull(m: re.Match[str], seg: Segment) -> Hit | None:
    registry = m.group("image").split("/", 1)[0]
    if "." not in registry and ":" not in registry and registry != "localhost":
        return None  # a Docker Hub path (`library/nginx`): no registry host named
    return hit(m, seg, "other", host=registry.split(":", 1)[0], exact=True)


# Fabric's GroupException: `{<Connection host=h>: gaierror(-2, 'Name or service not known')}`
_FABRIC_GROUP = rx(
    r"<Connection\shost=['\"]?(?P<host>{H})['\"]?(?:\suser=[^>\s]{1,64})?(?:\sport=\d{1,5})?>:\s"
    r"(?:socket\.)?gaierror\(-?\d{1,5},\s'(?P<rest>[^'\n]{1,100})'\)"
)

# Cortex: memberlist's `failed to resolve members` with its `addrs=dns+h:port,dnssrv+_x._tcp.h` (each name, no
# reason), the store-gateway's `no address resolved for the store-gateway service addresses dns+h:port`
_CORTEX_ADDRESS = rx(r"(?:\baddrs=|,|\bservice\saddresses\s)(?:dns|dnssrv|dnssrvnoa)\+(?P<host>{H})(?::\d{1,5})?")
_CORTEX_LEADS = ('failed to resolve members"', "no address resolved for the ")


def _cortex_address(m: re.Match[str], seg: Segment) -> Hit | None:
    line = seg.around(m.start())[0].lower()
    return hit(m, seg, "other", exact=True) if any(lead in line for lead in _CORTEX_LEADS) else None


# Playwright: the browser's code, the URL in the `Call log:` below (`- navigating to "https://h/", ...`)
_PLAYWRIGHT = rx(r"\b(?:page|frame)\.goto:\s(?:NS_ERROR_UNKNOWN_HOST|Couldn't\sresolve\shost\sname)\b")
_NAVIGATING = rx(r"navigating\sto\s\"(?P<url>https?://[^\s\"]{1,2048})\"")
CALL_LOG_LINES = 3
"""Lines under Playwright's error read for its `Call log:` navigation."""


def _playwright(m: re.Match[str], seg: Segment) -> Hit | None:
    nav = seg.first_below(_NAVIGATING, CALL_LOG_LINES)
    if nav is None:
        return None
    try:
        host = urlsplit(nav.group("url")).hostname
    except ValueError:
        return None
    return hit(m, seg, "nxdomain", host=host, exact=True) if host else None


RULES: tuple[Rule, ...] = (
    Rule("curl-timeout-then-host", ("resolving timed out after",), _CURL_TIMEOUT_THEN_HOST, _curl_timeout_then_host),
    Rule(
        "app-texts",
        (
            "record found for hostname",
            "was not found by the server",
            "dns resolution not possible after",
            "ssrf_guard:",
            "couldnotcanonicalize:",
            "resolved to no addresses",
            "has no a/aaaa records",
            "error resolving the ip address of",
            "could not be resolved",
            "dns error generic:",
            "error resolving dns to",
            "trying to resolv",
        ),
        _APP_TEXTS,
        by_group(_APP_KINDS, strip="."),
    ),
    Rule("url-resolution-failed", ("dns resolution failed for ",), _URL_RESOLUTION_FAILED, _url_resolution_failed),
    Rule(
        "home-lab-texts",
        (
            "couldn't look up '",
            "configured proxy host",
            "bad ip or hostname provided:",
            "dns fallback failed for",
            "caught unknownhostexception resolving host",
        ),
        _HOME_LAB,
        _home_lab,
    ),
    Rule("qbittorrent-download", ("reason: ", "error: "), _QBITTORRENT, _qbittorrent),
    Rule("proxysql-resolving", ("occurred while resolving hostname",), _PROXYSQL, _proxysql),
    Rule("prefect-api", ("connect to api at:", "failed to reach api at"), _PREFECT_API, _prefect_api),
    Rule("sealos-rcode", ("dns server returned error code:",), _SEALOS_RCODE, _sealos_rcode),
    Rule("image-pull-dns", ("failed: dns resolution failed",), _IMAGE_PULL, _image_pull),
    Rule("fabric-group-exception", ("<connection host=",), _FABRIC_GROUP, by_rest("other", exact=True)),
    Rule("cortex-address", ("dns+", "dnssrv+", "dnssrvnoa+"), _CORTEX_ADDRESS, _cortex_address),
    Rule("playwright-goto", ("ns_error_unknown_host", "couldn't resolve host name"), _PLAYWRIGHT, _playwright),
)
