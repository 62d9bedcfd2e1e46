r"""Fetching clients' own texts for a failed look-up (issue #17, held-out JR-JY's misses, spent, in-frame and
off-frame, and the tenth round of probes rendered from programs' own source; each rule named by the program and its
format):

- MiniDNS (Smack's resolver, Java), `ResolutionUnsuccessfulException: Asking for h.<TAB>IN<TAB>SRV yielded an error
  response NX_DOMAIN` (its RCODE names);
- Zig's package fetch, `error: unable to connect to server: UnknownHostName` (std.net's error names:
  `UnknownHostName` and `HostLacksNetworkAddresses` no address, `TemporaryNameServerFailure`, `NameServerFailure` no
  more said) with the manifest's `.url = "URL"` under it, or `zig fetch URL` above it;
- Unleash's webhook address check, `ValidationError: Hostname did not resolve: h` (its look-up returned no address;
  a bare `did not resolve`, `nxdomain` by LABELS.md);
- Guile's getaddrinfo error as Guix prints it, `guix substitute: warning: h: host not found: <gai_strerror>`: the
  reason after `host not found` says which (`Temporary failure in name resolution`);
- Nix's downloads, `unable to download 'URL': Couldn't resolve host name (6)` (older releases `Couldn't resolve
  hosts`, curl's code alone) and the older Perl substituter's `could not download 'URL' (Curl error 6)`: the URL's
  host;
- HTTPie, `http: error: gaierror: [Errno N] <reason>` naming no host: the host of the `http` / `https` command above
  it (its URL given without a scheme as often as with one);
- Qpid Proton's I/O layer, `proton:io: <gai_strerror> - connect to  h:port` (musl's and glibc's bare `Try again`
  too: EAI_AGAIN);
- the Haskell curl binding's result code after the URL (darcs' `Not a repository: http://h/repo
  (CouldNotResolveHost)`: libcurl's CURLE_COULDNT_RESOLVE_HOST, `nxdomain` as curl's own words read).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.hosts import PLAIN_HOST
from checks.parsing.kinds import GAI_CODES, classify_resolution
from checks.parsing.model import FailureKind
from checks.parsing.rules.base import Hit, Rule, fixed, hit, rx

_MINIDNS = rx(
    r"\bAsking\sfor\s(?P<host>{H})\s{1,3}IN\s{1,3}[A-Z]{1,6}\s{1,3}yielded\san\serror\sresponse\s(?P<rcode>[A-Z_]{4,12})\b"
)
_MINIDNS_RCODES: dict[str, FailureKind] = {"NX_DOMAIN": "nxdomain", "SERVER_FAIL": "servfail", "REFUSED": "refused"}
_ZIG_FETCH = rx(
    r"\berror:\sunable\sto\s[a-z][a-z ]{3,60}:\s"
    r"(?P<err>UnknownHostName|HostLacksNetworkAddresses|TemporaryNameServerFailure|NameServerFailure)\b"
)
_ZIG_ERRORS: dict[str, FailureKind] = {
    "unknownhostname": "nxdomain",
    "hostlacksnetworkaddresses": "nxdomain",
    "temporarynameserverfailure": "temporary",
    "nameserverfailure": "other",
}
_ZIG_URL_BELOW = rx(r"^\s{0,40}\.url\s=\s\"(?:git\+)?[a-z]{2,6}://(?:[^\s/@\"'<>]{1,256}@)?(?P<host>{H})")
_ZIG_FETCH_ABOVE = rx(
    r"\bzig\sfetch\s(?:--[\w-]{1,30}(?:=\S{1,100})?\s){0,4}[a-z+]{2,10}://(?:[^\s/@\"'<>]{1,256}@)?(?P<host>{H})"
)
_UNLEASH_VALIDATION = rx(r"\bHostname\sdid\snot\sresolve:\s(?P<host>{H})")
# a plain name (no placeholder pieces: a dotted name is required anyway, and `{H}` searched wide windows; review)
_HOST_NOT_FOUND_REASON = rx(r"{NB}(?P<host>" + PLAIN_HOST + r"):\shost\snot\sfound:\s(?P<rest>[^\n]{1,80})")
_NIX_DOWNLOAD = rx(
    r"\b(?:unable\sto\s(?:download|upload)|could\snot\sdownload)\s[\'\u2018](?:[a-z][a-z0-9+]{1,10})://"
    r"(?:[^\s/@\"'<>]{1,256}@)?(?P<host>{H})(?::(?P<port>\d{1,5}))?[^\s\'\u2019]{0,300}[\'\u2019]"
    r"(?::\sCouldn't\sresolve\shost(?:s|\sname)\b|\s\(Curl\serror\s6\))"
)
_HTTPIE_GAIERROR = rx(r"^https?:\serror:\sgaierror:\s\[Errno\s(?P<code>-?\d{1,2})\]\s(?P<rest>[^\n]{1,80})")
_HTTPIE_COMMAND = rx(r"(?:^|[$%#>]\s)https?\s(?P<args>[^\n]{1,600})")
# a URL as HTTPie takes it: a scheme, or a dotted name, a name with a port, `localhost` (review: not an option's value
# given as its own word, `--timeout 5`, `--session alice`)
_HTTPIE_URL = re.compile(
    r"(?:https?://)?(?:[^\s/@\"'<>]{1,256}@)?(?P<host>[A-Za-z0-9_][A-Za-z0-9_\-]{0,62}(?:\.[A-Za-z0-9_\-]{1,63}){1,10}"
    r"|[A-Za-z0-9_][A-Za-z0-9_\-]{0,62}(?=:\d)|localhost)(?::\d{1,5})?(?:/\S{0,300})?"
)
_HTTPIE_LINES = 3
_PROTON_IO = rx(
    r"\bproton:io:\s(?P<rest>[^\n]{1,60}?)\s-\s(?:connect\sto|listen\son)\s{1,2}(?P<host>{H}):(?P<port>\d{1,5})"
)
_CURL_CODE_AFTER_URL = rx(
    r"\b(?:https?|ftp)://(?:[^\s/@\"'<>]{1,256}@)?(?P<host>{H})(?::(?P<port>\d{1,5}))?(?:/[^\s()]{0,300})?"
    r"\s{1,2}\(CouldNotResolveHost\)"
)


def _minidns(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, _MINIDNS_RCODES.get(m.group("rcode").upper(), "other"), exact=True)


def _zig_fetch(m: re.Match[str], seg: Segment) -> Hit | None:
    below = seg.lines_after(1)
    url = _ZIG_URL_BELOW.search(below[0]) if below else None
    if url is None:
        url = next((f for line in seg.lines_before(2) if (f := _ZIG_FETCH_ABOVE.search(line))), None)
    kind = _ZIG_ERRORS[m.group("err").lower()]
    return hit(m, seg, kind, host=url.group("host"), exact=True) if url is not None else None


def _host_not_found_reason(m: re.Match[str], seg: Segment) -> Hit | None:
    if "." not in m.group("host").strip("."):
        return None  # a dotted name only: `Detailed message: host not found: <reason>` is a label's word
    kind = classify_resolution(m.group("rest"))
    return hit(m, seg, kind, exact=True) if kind else None


def _httpie_gaierror(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = GAI_CODES.get(m.group("code")) or classify_resolution(m.group("rest"))
    command = seg.first_above(_HTTPIE_COMMAND, _HTTPIE_LINES)
    if kind is None or command is None or "--proxy" in command.group("args"):
        return None  # (review) through a proxy, the proxy's name is the one looked up
    for word in command.group("args").split()[:12]:
        if word.startswith("-") or word.isupper():
            continue  # an option, or the method (`POST`)
        url = _HTTPIE_URL.fullmatch(word)
        if url is not None:
            return hit(m, seg, kind, host=url.group("host"), exact=True)
    return None


def _proton_io(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("rest"))
    return hit(m, seg, kind, port=m.group("port"), exact=True) if kind else None


RULES: tuple[Rule, ...] = (
    Rule(
        "unleash-hostname-did-not-resolve",
        ("hostname did not resolve: ",),
        _UNLEASH_VALIDATION,
        fixed("nxdomain", exact=True),
    ),
    Rule(
        "zig-fetch-error-name",
        ("unknownhostname", "hostlacksnetworkaddresses", "nameserverfailure"),
        _ZIG_FETCH,
        _zig_fetch,
    ),
    Rule("guile-host-not-found-reason", (": host not found: ",), _HOST_NOT_FOUND_REASON, _host_not_found_reason),
    Rule(
        "nix-download-couldnt-resolve",
        ("couldn't resolve host", "(curl error 6)"),
        _NIX_DOWNLOAD,
        fixed("nxdomain", exact=True),
    ),
    Rule("httpie-gaierror-command-above", ("error: gaierror: [errno ",), _HTTPIE_GAIERROR, _httpie_gaierror),
    Rule("qpid-proton-io-connect", ("proton:io: ",), _PROTON_IO, _proton_io),
    Rule("minidns-error-response", ("yielded an error response",), _MINIDNS, _minidns),
    Rule(
        "haskell-curl-could-not-resolve-host",
        ("(couldnotresolvehost)",),
        _CURL_CODE_AFTER_URL,
        fixed("nxdomain", exact=True),
    ),
)
