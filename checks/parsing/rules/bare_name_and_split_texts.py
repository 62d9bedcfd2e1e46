"""Failed look-ups as held-out HV-IC's misses showed them (issue #17, session 57; spent data): messages that hold only
the bare name, messages whose name and reason stand on different lines, and tools' own wording.

- Ruby's Resolv (RubyGems' SRV look-up, `Resolv::ResolvError`): `DNS result has no information for h` (no record:
  `nxdomain`);
- (the MongoDB Java driver's bare `MongoSocketException: h` is `client_and_check_texts.py`'s rule's, one search;)
- the JDK's `InetAddress.getLocalHost()` failure wrapped with only its `h: h` (the machine's own name twice, as the
  UnknownHostException builds it, the resolver's text cut off: `RuntimeException: 454bc5dbade1: 454bc5dbade1` above a
  `getHostname`/`getLocalHost` frame): `other`;
- glibc's getent: `getent hosts h` with its exit status 2's text, `One or more supplied key could not be found in the
  database` (`nxdomain`);
- .NET's HttpClient on Linux: `HttpRequestException: Resource temporarily unavailable` (EAI_AGAIN as .NET says it)
  with no `(h:port)` after it, the request's URL ending the line above (`temporary`);
- mesos-dns' resolver log: the query name on one `resolver.go:N:` line (`h.`), the upstream's error on the next (`read
  udp S:53: connection refused` / `i/o timeout`);
- reqwest's (and its forks') `Debug` of an error: `url: "https://h/", source: ... ConnectError("dns error", ...)`, the
  kind from the resolver's text inside it when there is one, else `other`;
- Chromium's `ERR_NAME_NOT_RESOLVED` named in a reporter's sentence, the URL after it in the same sentence.
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import classify_resolution
from checks.parsing.model import FailureKind
from checks.parsing.rules.base import Hit, Rule, fixed, hit, rx

_RUBY_RESOLV = rx(r"\bDNS\sresult\shas\sno\sinformation\sfor\s(?P<host>{H})")


_LOCAL_HOST_BARE = rx(r"Exception:\s(?P<host>(?>{H}))(?![\w.\-]):\s(?P=host)[ \t]{0,3}(?=\n|$)")
_LOCAL_HOST_FRAME = re.compile(r"\b(?:getLocalHost|getHostname|getHostName|getCanonicalHostName)\b")
FRAME_LINES = 4
"""Lines under the `h: h` message where the frame of the JDK's own-name look-up must show."""


def _local_host_bare(m: re.Match[str], seg: Segment) -> Hit | None:
    """Only with the frame that looked up the machine's own name below it: `h: h` alone is any message's repetition."""
    frames = seg.lines_after(FRAME_LINES)
    if not any(line.lstrip().startswith("at ") and _LOCAL_HOST_FRAME.search(line) for line in frames):
        return None
    return hit(m, seg, "other", exact=True)


# the name a whole token (no shorter one is tried: review, a megabyte of long names took 1.7 s), and no other getent
# command between it and the text (review: `getent hosts h1` works, but `getent hosts h2` exits 2: ...)
_GETENT = rx(
    r"\bgetent\s(?:hosts|ahosts|ahostsv4|ahostsv6)\s(?P<host>{H})(?![\w.\-])(?:(?!getent\s)[^\n]){0,200}?"
    r"One\sor\smore\ssupplied\skey\scould\snot\sbe\sfound\sin\sthe\sdatabase"
)

_DOTNET_EAGAIN = rx(r"\bHttpRequestException:\sResource\stemporarily\sunavailable[ \t]{0,3}(?=\n|$)")
_URL_AT_END = re.compile(
    r"\b[a-z][a-z0-9+.\-]{1,15}://(?P<host>[A-Za-z0-9_.\-]{1,253})(?::\d{1,5})?(?:/[^\s]{0,2048})?\s*$"
)


_ERROR_WORDS = re.compile(r"\b(?:error|exception|fail(?:ed|ure)?|unable|could\snot|cannot)\b", re.I)


def _dotnet_eagain(m: re.Match[str], seg: Segment) -> Hit | None:
    """The URL ending the line right above, on a line that says something failed (the application's `An error occurred
    while accessing <URL>` over .NET's exception; not a host's `Now listening on: http://localhost:5000`: review)."""
    above = seg.lines_before(1)
    url = _URL_AT_END.search(above[0]) if above else None
    if url is None or _ERROR_WORDS.search(above[0], 0, url.start()) is None:
        return None
    return hit(m, seg, "temporary", host=url.group("host"))


_MESOS_DNS_NAME = rx(r"\bresolver\.go:\d{1,5}:\s(?P<host>{H})\.[ \t]{0,3}(?=\n|$)")
_MESOS_DNS_ERROR = re.compile(
    r"\bresolver\.go:\d{1,5}:\sread\sudp\s[0-9a-fA-F.:\[\]]{3,64}:53:\s(?P<rest>connection\srefused|i/o\stimeout)"
)
_UPSTREAM_KIND: dict[str, FailureKind] = {"connection refused": "refused", "i/o timeout": "timeout"}


def _mesos_dns(m: re.Match[str], seg: Segment) -> Hit | None:
    """The query name's line, its upstream error on the next line (mesos-dns logs the two apart)."""
    below = seg.lines_after(1)
    error = _MESOS_DNS_ERROR.search(below[0]) if below else None
    return hit(m, seg, _UPSTREAM_KIND[error.group("rest").lower()], exact=True) if error else None


# the host a whole token and the path from its `/` (review: a megabyte of long URLs backtracked into the host: 0.76 s)
_REQWEST_DEBUG = rx(
    r"\burl:\s\"[a-z][a-z0-9+.\-]{1,15}://(?:[^\s/@\"]{1,256}@)?(?P<host>{H})(?![\w.\-])(?::(?P<port>\d{1,5}))?"
    r"(?:[/?#][^\s\"]{0,2048})?\",\ssource:\s[^\n]{0,300}?\bConnectError\(\"dns\serror\",\s(?P<rest>[^\n]{0,300})"
)


def _reqwest_debug(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, classify_resolution(m.group("rest")) or "other", port=m.group("port"))


# Chromium's net error named in a sentence, its URL after it (`ERR_NAME_NOT_RESOLVED error, e.g. with this site
# https://h/.`); a name before the code is not read (review: `calls api.x.com fine, but the iframe gives
# ERR_NAME_NOT_RESOLVED`), nor one past a sentence's end
_CHROMIUM_CODE_THEN_URL = rx(
    r"\bERR_NAME_NOT_RESOLVED\b(?![:\w])(?:e\.g\.|i\.e\.|[^\n.!?]){0,60}?(?<![\w/])https?://(?P<host>{H})(?![\w.\-])"
)

RULES: tuple[Rule, ...] = (
    Rule("ruby-resolv-no-information", ("dns result has no information for",), _RUBY_RESOLV, fixed("nxdomain")),
    Rule("jdk-local-host-bare", ("exception: ",), _LOCAL_HOST_BARE, _local_host_bare),
    Rule("getent-key-not-found", ("supplied key could not be found",), _GETENT, fixed("nxdomain")),
    Rule("dotnet-http-eagain-url-above", ("resource temporarily unavailable",), _DOTNET_EAGAIN, _dotnet_eagain),
    Rule("mesos-dns-name-then-error", ("resolver.go:",), _MESOS_DNS_NAME, _mesos_dns),
    Rule("reqwest-debug-dns-error", ('connecterror("dns error"',), _REQWEST_DEBUG, _reqwest_debug),
    Rule("chromium-code-then-url", ("err_name_not_resolved",), _CHROMIUM_CODE_THEN_URL, fixed("nxdomain")),
)
