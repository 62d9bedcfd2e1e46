r"""Package managers' and build tools' own texts for a failed look-up, read from their sources (issue #17, survey 7).

- apk 3.x (Alpine, in every `docker build` of an Alpine image): `WARNING: fetching <url>: DNS: transient error (try
  again later)` / `DNS: name does not exist` / `DNS: no address for host` / `DNS: non-recoverable failure` / `DNS:
  address family for host not supported` (its words for getaddrinfo's codes): the repository URL's host. apk 2.x's
  `ERROR: <url>: temporary error (try again later)` is libfetch's FETCH_TEMP, which getaddrinfo's EAI_AGAIN sets
  (apk maps FETCH_RESOLV to ENXIO): `temporary`, the URL's host (LABELS.md; held-out JD and KM's three rows say so,
  P and V's two no failure; read since KH-KO, spent); its `Unable to lock database: temporary error` names no URL;
- GLib's GResolver record look-ups (flatpak, ostree, any GIO program): `Temporarily unable to resolve “h”` (TRY_AGAIN),
  `No DNS record of the requested type for “h”` (NOT_FOUND), `Error resolving “h”` with no reason or `: Malformed DNS
  packet` (`other`);
- libcurl's `Resolving timed out after N milliseconds` where its line names no host (cargo's `Caused by:` under
  `failed to download from `URL``, Homebrew's `==> Downloading URL` above `curl: (28) ...`, Nix's `unable to download
  'URL': Timeout was reached (28) Resolving timed out ...`, Vagrant's `URL: [...]` above `Error: ...`): the URL on
  that line or the lines just above;
- Apache Ivy (sbt 0.13 and 1.x, Ant): `[warn] Host h not found. url=<url>` (its URLHandler's words for an
  UnknownHostException, held-out CT): `nxdomain`, as LABELS.md reads `Host not found`.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from checks.parsing.document import Segment
from checks.parsing.model import FailureKind
from checks.parsing.rules.base import Hit, Rule, hit, names_in_paste, rx, url_hit

_APK = rx(
    r"(?:\b(?:fetching|updating\sand\sopening|updating|opening\sfrom\scache|Ignoring)\s|(?:\b|(?<=\[\dm)|(?<=\[\d\dm))ERROR:\s"
    # held-out LF-LM (spent): an older apk's `fetch <url>` lines, then `<url>: temporary error (try again later)` at a
    # line's start, its `ERROR: ` not printed
    r"|(?:^|(?<=\n))[ \t]{0,4})"
    r"(?P<url>https?://[^\s]{1,2048}?):\s(?P<rest>DNS:\s[a-z][a-z ()\-]{3,60}|temporary\serror\s\(try\sagain\slater\))"
)
_APK_TEXTS: dict[str, FailureKind] = {
    "dns: transient error (try again later)": "temporary",
    "dns: name does not exist": "nxdomain",
    "dns: no address for host": "nxdomain",
    "dns: non-recoverable failure": "other",
    "dns: address family for host not supported": "other",
    # apk 2.x: libfetch's FETCH_TEMP as EAGAIN's text; getaddrinfo's EAI_AGAIN is what sets it for a URL (FETCH_RESOLV
    # is ENXIO's `No such device or address`); a lock's EAGAIN names no URL (LABELS.md, after held-out KH-KO)
    "temporary error (try again later)": "temporary",
}


def _apk(m: re.Match[str], seg: Segment) -> Hit | None:
    text = m.group("rest").strip().lower()
    kind = _APK_TEXTS.get(text)
    if kind is None:
        return None
    found = url_hit(m, seg, kind)
    if found is not None and text.startswith("temporary") and _resolved_in_paste(seg, found.host):
        return None  # (review) FETCH_TEMP is also an HTTP 503's: the name resolved elsewhere in the paste
    return found


# apk's index line for a repository it fetched (`v3.17.3-95-g... [https://h/alpine/v3.17/main]`), wget's `Resolving
# h... 151.101.2.133` or `Connecting to h (h)|...|`: the name resolved (each read once a paste, names_in_paste)
_RESOLVED: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("apk-index-line", re.compile(r"\[[a-z]{3,5}://(?P<host>[A-Za-z0-9.\-]{1,253})[:/]", re.IGNORECASE)),
    ("wget-resolving", re.compile(r"\bResolving\s(?P<host>[A-Za-z0-9.\-]{1,253})\.{3}\s\d", re.IGNORECASE)),
    (
        "wget-connecting",
        re.compile(r"\bConnecting\sto\s(?P<host>[A-Za-z0-9.\-]{1,253})\s\((?P=host)\)\|", re.IGNORECASE),
    ),
)


def _resolved_in_paste(seg: Segment, host: str) -> bool:
    name = host.rstrip(".").lower()
    return any(name in names_in_paste(seg, key, pattern) for key, pattern in _RESOLVED)


_GLIB = rx(
    r"\b(?P<text>Temporarily\sunable\sto\sresolve|No\sDNS\srecord\sof\sthe\srequested\stype\sfor|Error\sresolving)\s"
    r"[\u201c\"](?P<host>{H})[\u201d\"](?P<rest>:\sMalformed\sDNS\spacket|[ \t]*(?:$|\n))"
)
_GLIB_KINDS: dict[str, FailureKind] = {
    "temporarily unable to resolve": "temporary",
    "no dns record of the requested type for": "nxdomain",
    "error resolving": "other",
}


def _glib(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, _GLIB_KINDS[" ".join(m.group("text").lower().split())], exact=True)


_CURL_RESOLVING_TIMEOUT = rx(r"\bResolving\stimed\sout\safter\s\d{1,7}\smilliseconds")
# the tools' own words for the URL being fetched (a URL merely near the timeout is not it: tests of held-out O)
_FETCHING = rx(
    r"\bfailed\sto\sdownload\sfrom\s`(?P<cargo>[a-z]{3,8}://[^`\s]{1,2048})`"
    r"|==>\sDownloading\s(?P<brew>https?://[^\s]{1,2048})"
    r"|\bunable\sto\s(?:download|upload)\s'(?P<nix>[a-z]{3,8}://[^'\s]{1,2048})':"
    r"|^\s{0,4}URL:\s\[?\"?(?P<vagrant>https?://[^\s\"\]]{1,2048})"
    # probes, round 8: WordPress' Requests retrying (`Retrying HTTP request to URL (retry 1/3) after transient error:
    # cURL error 28: ...`), SuiteCRM's client logging its call on the line above
    r"|\bRetrying\sHTTP\srequest\sto\s(?P<wp>https?://[^\s]{1,2048})\s\(retry\s\d{1,3}/\d{1,3}\)\safter\stransient\serror:"
    r"|\bHTTP\sclient\scall:\s(?P<suite>https?://[^\s]{1,2048})"
    # probes, round 18: hurl's source line above its caret under the request (`  7 | GET https://h/...`)
    r"|^\s{0,8}\d{1,6}\s\|\s(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s(?P<hurl>https?://[^\s]{1,2048})"
)
# probes, round 8: Magento's ece-tools names the service's address after libcurl's link (`... milliseconds (see
# https://curl.haxx.se/libcurl/c/libcurl-errors.html) for h:9200`)
_FOR_HOST_AFTER = rx(r"\s\(see\s[^\s)]{1,200}\)\sfor\s(?P<host>{H}):\d{1,5}[ \t]{0,3}$")
_CURL_LINES = 6
"""Lines above curl's host-less resolving timeout read for the URL its tool was fetching."""
# minikube's registry check (pkg/minikube/node/start.go runs `curl -sS -m 2 https://<registry>/` in the node and, when
# it fails, prints its stderr and then `This container is having trouble accessing https://<registry>`) names the URL
# below curl's text (held-out CZ, spent)
_MINIKUBE_ACCESSING = rx(r"\bThis\s(?:container|VM)\sis\shaving\strouble\saccessing\s(?P<url>https?://[^\s]{1,2048})")
_MINIKUBE_LINES = 3


def _curl_resolving_timeout(m: re.Match[str], seg: Segment) -> Hit | None:
    for line in [seg.text[max(0, m.start() - 2500) : m.start()], *seg.lines_before(_CURL_LINES)]:
        fetching = _FETCHING.search(line)
        if fetching is not None:
            return _url_host_hit(m, seg, next(u for u in fetching.groups() if u))
    named_after = _FOR_HOST_AFTER.compiled.match(seg.text, m.end(), seg.text.find("\n", m.end()) % (len(seg.text) + 1))
    if named_after is not None:
        return hit(m, seg, "timeout", host=named_after.group("host"))
    for line in seg.lines_after(_MINIKUBE_LINES):
        accessing = _MINIKUBE_ACCESSING.search(line)
        if accessing is not None:
            return _url_host_hit(m, seg, accessing.group("url"))
    return None


def _url_host_hit(m: re.Match[str], seg: Segment, url: str) -> Hit | None:
    """The URL's host timed out resolving."""
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return hit(m, seg, "timeout", host=host) if host else None


_IVY_HOST_NOT_FOUND = rx(r"\bHost\s(?P<host>{H})\snot\sfound\.\surl=")


RULES: tuple[Rule, ...] = (
    Rule("ivy-host-not-found", ("not found. url=",), _IVY_HOST_NOT_FOUND, lambda m, seg: hit(m, seg, "nxdomain")),
    Rule("apk-dns-texts", ("dns: ", ": temporary error (try again later)"), _APK, _apk),
    Rule(
        "glib-record-lookup",
        ("temporarily unable to resolve", "no dns record of the requested type", "error resolving \u201c"),
        _GLIB,
        _glib,
    ),
    Rule(
        "curl-resolving-timeout-nearby",
        ("resolving timed out after",),
        _CURL_RESOLVING_TIMEOUT,
        _curl_resolving_timeout,
    ),
)
