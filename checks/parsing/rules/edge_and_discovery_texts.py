r"""Edge runtimes', discovery libraries' and proxies' own texts for a failed look-up (issue #17, probes mined from the
programs' own source, round 19, session 69, in held-out LN-LU's settings; each rule named by the program and format):

- Bun (0.1.x, Zig's `std.net.getAddressList` under its fetch), `error: fetch() failed <Zig error>` then `url: "<url>"`:
  the URL's host, the kind Zig's name for the getaddrinfo code (`UnknownHostName` EAI_NONAME and
  `HostLacksNetworkAddresses` EAI_NODATA `nxdomain`, `TemporaryNameServerFailure` EAI_AGAIN `temporary`,
  `NameServerFailure` EAI_FAIL `other`, as glibc's `Non-recoverable failure` is read);
- WasmEdge's socket library (`wasmedge_wasi_socket`'s DNS client over dns-parser), `Error resolving "h": <rcode>`
  (dns-parser's ResponseCode: `NameError`, `ServerFailure`, `Refused`; any other `other`);
- SmallRye Stork's DNS service discovery (Quarkus), `Failure resolving name h with <server>: <exception>`: Vert.x's
  `DnsException: DNS query error occurred: <RCODE>` gives the rcode's kind, any other exception its text's;
- px (the NTLM proxy), `Failed to load PAC url: <url>: <curl code>, `: libcurl's code 6 (CURLE_COULDNT_RESOLVE_HOST)
  `nxdomain`, 28 (CURLE_OPERATION_TIMEDOUT) `timeout` only when its debug lines above say `Resolving timed out`;
- Garage (S3-compatible store), `Unable to parse and/or resolve peer hostname <node id>@h:port` and its CLI's
  `Unable to parse or resolve node specification: <node id>@h:port`: it drops the resolver's error (`other`), read
  only with a node id (64 hex digits) before the `@`.
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import RCODES, classify
from checks.parsing.model import FailureKind
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, fixed, hit, rx, url_hit

# --- Bun: Zig's getaddrinfo errors under fetch() ---

_BUN_FETCH = rx(
    r"\bfetch\(\)\sfailed\s(?P<error>UnknownHostName|HostLacksNetworkAddresses|TemporaryNameServerFailure"
    r"|NameServerFailure)\b"
)
_BUN_URL = re.compile(r"^\s{0,8}url:\s\"(?P<url>[a-z][a-z0-9+.\-]{1,15}://[^\"\s]{1,2048})\"")
_ZIG_ERRORS: dict[str, FailureKind] = {
    "UnknownHostName": "nxdomain",
    "HostLacksNetworkAddresses": "nxdomain",
    "TemporaryNameServerFailure": "temporary",
    "NameServerFailure": "other",
}


def _bun_fetch(m: re.Match[str], seg: Segment) -> Hit | None:
    below = seg.lines_after(1)
    url = _BUN_URL.match(below[0]) if below else None
    return url_hit(url, seg, _ZIG_ERRORS[m.group("error")]) if url else None


# --- WasmEdge's socket library: dns-parser's response codes ---

_WASMEDGE_RESOLVING = rx(
    r"\bError\sresolving\s\"(?P<host>{H})\":\s(?P<rcode>NameError|ServerFailure|Refused|FormatError|NotImplemented)\b"
)
_DNS_PARSER_CODES: dict[str, FailureKind] = {"NameError": "nxdomain", "ServerFailure": "servfail", "Refused": "refused"}


def _wasmedge_resolving(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, _DNS_PARSER_CODES.get(m.group("rcode"), "other"), exact=True)


# --- SmallRye Stork: DNS service discovery ---

_STORK_FAILURE = rx(
    r"\bFailure\sresolving\sname\s(?P<host>{H})\swith\s[^\n:]{1,60}?(?::\d{1,5})?:\s(?P<rest>[^\n]{1,300})"
)
_VERTX_RCODE = re.compile(r"DNS\squery\serror\soccurred:\s(?P<rcode>[A-Z]{4,10})\b")


def _stork_failure(m: re.Match[str], seg: Segment) -> Hit | None:
    rcode = _VERTX_RCODE.search(m.group("rest"))
    kind = RCODES.get(rcode.group("rcode"), "other") if rcode else classify(m.group("rest"))
    return hit(m, seg, kind, exact=True) if kind else None


# --- px: its PAC file's URL, libcurl's code ---

_PX_PAC = rx(r"\bFailed\sto\sload\sPAC\surl:\s(?P<url>https?://[^\s]{1,2048}?):\s(?P<code>6|28),")
_RESOLVING_TIMED_OUT = re.compile(r"\bResolving\stimed\sout\safter\s\d{1,7}\smilliseconds")
PAC_LINES = 6
"""Lines above px's `Failed to load PAC url` read for libcurl's `Resolving timed out` (its debug output)."""


def _px_pac(m: re.Match[str], seg: Segment) -> Hit | None:
    if m.group("code") == "6":
        return url_hit(m, seg, "nxdomain")
    resolving = any(_RESOLVING_TIMED_OUT.search(line) for line in seg.lines_before(PAC_LINES))
    return url_hit(m, seg, "timeout") if resolving else None


# --- Garage: a peer's node id and address ---

_GARAGE_PEER = rx(
    r"\bUnable\sto\sparse\s(?:and/)?or\sresolve\s(?:peer\shostname\s|node\sspecification:\s)[0-9a-f]{64}@"
    r"(?P<host>{H}):(?P<port>\d{1,5})\b"
)


RULES: tuple[Rule, ...] = (
    Rule("bun-fetch-zig-dns-error", ("fetch() failed ",), _BUN_FETCH, _bun_fetch),
    Rule("wasmedge-dns-parser-rcode", ('error resolving "',), _WASMEDGE_RESOLVING, _wasmedge_resolving),
    Rule("stork-failure-resolving-name", ("failure resolving name ",), _STORK_FAILURE, _stork_failure),
    Rule("px-pac-url-curl-code", ("failed to load pac url: ",), _PX_PAC, _px_pac),
    Rule(
        "garage-unable-to-resolve-peer",
        ("unable to parse and/or resolve peer hostname ", "unable to parse or resolve node specification: "),
        _GARAGE_PEER,
        fixed(unstated("Garage `Unable to parse and/or resolve peer hostname id@h:port`"), exact=True),
    ),
)
