"""Formats the second held-out set missed (issue #17, HELDOUT-b.md) and their relatives, by format:

- WinSock's texts ("No such host is known", 11001; "This is usually a temporary error during hostname resolution",
  11002; "...no data of the requested type was found", 11004) printed by PowerShell (`Invoke-WebRequest: No such host
  is known.`) or .NET with the name elsewhere: on the command line, in a URI, in a `Target`/`ComputerName` field or
  on a nearby line;
- PowerShell's `Test-Connection` ("Testing connection to computer 'X' failed: Cannot resolve the target name.") and
  `Resolve-DnsName` ("Resolve-DnsName : X : DNS name does not exist");
- libcurl's reason-less "Couldn't resolve host name: URL" / "Couldn't resolve host name for URL", composer's
  "curl error 6 while downloading URL: reason";
- Apache httpd mod_proxy's "DNS lookup failure for: X" (AH00898 and its HTML error page; the kind from APR's
  `(EAI N)reason` before it on the error log's line);
- the Haskell `dns` library's DNSError (`dug: user error (ServerFailure)`) and drill's `rcode: SERVFAIL`, with the
  name from the command line above or the question section below;
- Rust's hickory-resolver error in its Debug form (`NoRecordsFound { query: Query { name: Name("h.") ...`);
- "Unable to resolve X to an IP address" (shell scripts' own check, BigBlueButton's bbb-install.sh).
"""

from __future__ import annotations

import re
from dataclasses import replace

from checks.parsing.curl_command import curl_command_name
from checks.parsing.document import Segment
from checks.parsing.hosts import PLAIN_HOST, clean_host, is_class_path
from checks.parsing.kinds import TECHNITIUM_RCODE_NAMES, TECHNITIUM_RCODES, classify, classify_resolution, from_rcode
from checks.parsing.model import FailureKind
from checks.parsing.rules.base import NEARBY, NESTED_LOOKUP, Hit, Rule, by_rest, fixed, hit, nearby_host, rx
from checks.parsing.rules.dns_tools import queried_name

# --- WinSock texts without the name after them ------------------------------------------------------------------

_WINSOCK = rx(
    r"(?P<text>No\ssuch\shost\sis\sknown"
    r"|This\sis\susually\sa\stemporary\serror\sduring\shostname\sresolution"
    r"|The\srequested\sname\sis\svalid,?\sbut\sno\sdata\sof\sthe\srequested\stype\swas\sfound)"
    r"(?!\.?\s{0,3}\((?:{H})(?::\d{1,5})?\))"  # ".NET: No such host is known. (name:443)": the `dotnet` rule's
)
_WINSOCK_KINDS: tuple[tuple[str, FailureKind], ...] = (
    ("no such host", "nxdomain"),
    ("temporary error", "temporary"),
    ("no data", "nxdomain"),
)
# What PowerShell puts before the message: `Invoke-WebRequest:`, `Test-Connection :`; .NET's exception class or
# `SocketException (11001):`; a `Message :` field. Any other word before a colon is the name itself ("NAME: No such
# host is known", Java on Windows), which the rules for those formats read.
_LEAD = re.compile(r"([^\s:'\"()\[\]]{1,300})\s{0,3}:\s{0,3}$")
_CMDLET = re.compile(r"[A-Z][a-z]{1,20}-[A-Z][A-Za-z]{1,40}")
_LEAD_WORDS = frozenset({"message", "error", "exception", "reason", "status", "warning", "fatal", "details", "iwr"})
# `Target : x`, `ComputerName : x`, `-ComputerName x`, `Test-Connection x`, `Resolve-DnsName x`, `ping x`
_PS_TARGET = rx(
    r"(?:\b(?:Target(?:Name)?|ComputerName|Destination|RemoteAddress|HostName)\s{0,30}:\s{1,3}"
    r"|-(?:ComputerName|TargetName|Target|Name|Destination)\s{1,3}"
    r"|\b(?:Test-Connection|Test-NetConnection|tnc|Resolve-DnsName|ping|nslookup)\s{1,3}"
    # (session 59) Invoke-WebRequest's and Invoke-RestMethod's `-Uri http://h/...`, echoed under the error
    r"|-Uri\s{1,3}{Q}?[A-Za-z][A-Za-z0-9+.\-]{1,10}://(?:[^\s/@\"']{1,64}@)?)"
    r"{Q}?(?P<host>" + PLAIN_HOST + r")"
)


def _named_before(seg: Segment, at: int) -> bool:
    line, lo = seg.around(at)
    # (speed: a match ends at the end and spans at most 307 characters; the same search over the last 310 of them)
    lead = _LEAD.search(line[max(0, at - lo - 310) : at - lo])
    if lead is None:
        return False
    word = lead.group(1)
    host = clean_host(word)
    return not (host is None or is_class_path(host) or _CMDLET.fullmatch(word) or host in _LEAD_WORDS)


def _ps_target(seg: Segment, at: int) -> str | None:
    if not seg.doc.spend("powershell-target", NEARBY):
        return None
    # each line's target read once a paste (a log of such errors looks at each line from nine errors around it)
    read: dict[str, str | None] = seg.doc.memo.setdefault("powershell-target-lines", {})  # type: ignore[assignment]
    for text in [seg.around(at)[0], *seg.lines_before(4), *seg.lines_after(4)]:
        if text not in read:
            read[text] = _ps_target_in(text)
        if read[text] is not None:
            return read[text]
    return None


def _ps_target_in(text: str) -> str | None:
    for t in _PS_TARGET.finditer_where_needed(text):
        host = clean_host(t.group("host"))
        if host and any(c.isalpha() for c in host) and not host.startswith("-"):
            return t.group("host")
    return None


def _winsock(m: re.Match[str], seg: Segment) -> Hit | None:
    if _named_before(seg, m.start()):
        return None
    low = m.group("text").lower()
    kind = next(k for word, k in _WINSOCK_KINDS if word in low)
    near = nearby_host(seg, m.start(), lines=4, after=False)  # below: docs links, not what was dialed
    if near is not None:
        return hit(m, seg, kind, host=near[0], port=near[1])
    target = _ps_target(seg, m.start())
    return hit(m, seg, kind, host=target) if target else None


# --- PowerShell: Test-Connection, Resolve-DnsName, Test-NetConnection ---------------------------------------------

_TEST_CONNECTION = rx(
    r"Testing\sconnection\sto\scomputer\s{Q}(?P<host>{H}){Q}\sfailed:\s{0,3}(?=(?P<rest>[^\n]{0,120}))"
)
_RESOLVE_DNSNAME = rx(r"Resolve-DnsName\s{0,3}:\s{0,3}(?P<host>{H})\s{0,3}:\s{0,3}(?=(?P<rest>[^\n]{0,120}))")
_WINDOWS_DNS_WORDS: tuple[tuple[str, FailureKind], ...] = (
    ("cannot resolve the target name", "nxdomain"),  # Test-Connection (PowerShell 7)
    ("dns name does not exist", "nxdomain"),  # DNS_ERROR_RCODE_NAME_ERROR (9003)
    ("dns server failure", "servfail"),  # DNS_ERROR_RCODE_SERVER_FAILURE (9002)
    ("dns operation refused", "refused"),  # DNS_ERROR_RCODE_REFUSED (9005)
    ("timeout period expired", "timeout"),  # ERROR_TIMEOUT (1460)
)


def _windows_dns(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = m.group("rest").lower()
    kind = next((k for word, k in _WINDOWS_DNS_WORDS if word in rest), None) or classify_resolution(rest)
    if kind is None and rest.strip():  # the console wrapped the message (`... because the timeout` / `period expired`)
        below = seg.lines_after(1)
        wrapped = f"{rest.rstrip()} {below[0].strip().lower()}" if below else ""
        kind = next((k for word, k in _WINDOWS_DNS_WORDS if word in wrapped), None)
    return hit(m, seg, kind, exact=True) if kind else None  # "failed: Error due to lack of resources": not DNS


# --- libcurl / composer ---------------------------------------------------------------------------------------------

_URL_HOST = r"[a-z][a-z0-9+]{1,10}://(?:[^\s/@\"'<>]{1,256}@)?(?P<host>" + PLAIN_HOST + r")(?::(?P<port>\d{1,5}))?"
# "Couldn't resolve host name: URL" (libcurl's CURLE_COULDNT_RESOLVE_HOST text, then the URL), dnf's "... for URL" with
# no "[reason]" after it: no reason given, read like curl's "Could not resolve host": NXDOMAIN, assumed.
_CURL_HOST_NAME_URL = rx(
    r"Couldn't\sresolve\shost\sname(?::|\sfor)\s{0,3}" + _URL_HOST + r"(?![^\s\[]{0,2048}\s{0,3}\[)"
)
# composer: "curl error 6 while downloading https://repo.packagist.org/packages.json: getaddrinfo() thread failed..."
_COMPOSER_CURL_6 = rx(
    r"curl\serror\s6\swhile\sdownloading\s" + _URL_HOST + r"[^\s:]{0,2048}:\s{0,3}(?=(?P<rest>[^\n]{0,160}))"
)


def _assumed_nxdomain(m: re.Match[str], seg: Segment) -> Hit | None:
    return replace(hit(m, seg, "nxdomain", port=m.group("port")), assumed=True)


# curl's "Could not resolve host" with no name after it (a static curl build): the name is the one on the `curl`
# command line above.
_CURL_BARE = rx(r"Could\snot\sresolve\shost:?[ \t]{0,3}$")


def _curl_bare(m: re.Match[str], seg: Segment) -> Hit | None:
    host = curl_command_name(seg, m.start(), 3)
    return hit(m, seg, "nxdomain", host=host) if host else None


# --- Test-NetConnection: "WARNING: Name resolution of NAME failed" (no reason: other) -------------------------------

_NAME_RESOLUTION_OF = rx(r"Name\sresolution\sof\s(?P<host>{H})\sfailed(?=(?P<rest>[^\n]{0,100}))")

# --- Technitium DNS Server's query log: "QNAME: x; QTYPE: A; QCLASS: IN; RCODE: ServerFailure", "DNS Server failed
#     to resolve the request with QNAME: x; ..." with the exception (RCODE=..., or a timeout) on the next line ------

_TECHNITIUM_QUERY = rx(
    r"QNAME:\s(?P<host>{H});\sQTYPE:\s\w{1,10};\sQCLASS:\s\w{1,6};\sRCODE:\s(?P<code>" + TECHNITIUM_RCODE_NAMES + r")\b"
)
_TECHNITIUM_FAILED = rx(r"failed\sto\sresolve\sthe\srequest\swith\sQNAME:\s(?P<host>{H});")
_TECHNITIUM_RCODE = re.compile(r"RCODE=(" + TECHNITIUM_RCODE_NAMES + r")\b", re.I)


def _technitium_query(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, TECHNITIUM_RCODES[m.group("code").lower()], exact=True)


def _technitium_failed(m: re.Match[str], seg: Segment) -> Hit | None:
    """The exception's RCODE within 3 lines below (survey6's `technitium-rcode` leaves this form to this rule), else
    the reason on the next line."""
    rcode = seg.first_below(_TECHNITIUM_RCODE, 3)
    below = "".join(seg.lines_after(1))
    kind = TECHNITIUM_RCODES[rcode.group(1).lower()] if rcode else classify(below) or "other"
    return hit(m, seg, kind, exact=True)


# --- Docker Desktop's DNS: "failed to lookup NAME.: name exists but no relevant records" (NODATA) --------------------

_DOCKER_DESKTOP = rx(r"failed\sto\slookup\s(?P<host>{H}):\s{0,3}(?=(?P<rest>[^\n\"]{0,100}))")


def _docker_desktop(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = m.group("rest")
    if NESTED_LOOKUP.match(rest):
        return None
    kind = "nxdomain" if rest.lower().startswith("name exists but no relevant records") else classify_resolution(rest)
    return hit(m, seg, kind) if kind else None


# --- HAProxy at start-up: "'server be/app1' : could not resolve address 'NAME'." (no reason: other) -----------------

_HAPROXY = rx(r"could\snot\sresolve\saddress\s{Q}(?P<host>{H}){Q}")

# --- systemd-resolved's resolvectl: "NAME: resolve call failed: 'NAME' not found" ----------------------------------

_RESOLVECTL = rx(r"{NB}(?P<host>{H}):\sresolve\scall\sfailed:\s(?=(?P<rest>[^\n]{0,160}))")
_RESOLVECTL_WORDS: tuple[tuple[str, FailureKind], ...] = (
    ("not found", "nxdomain"),  # NXDOMAIN
    ("does not have any rr of the requested type", "nxdomain"),  # NODATA
    # no answer after every retry: labelled `other` like c-ares' `Could not contact DNS servers` (LABELS.md, after
    # held-out FF; the survey had read it `timeout`)
    ("all attempts to contact name servers or networks failed", "other"),
    ("query timed out", "timeout"),  # issue #17 (survey 5): DNS_TRANSACTION_TIMEOUT
    ("connection timed out", "timeout"),  # held-out GW (spent): the bus call's ETIMEDOUT, resolved never answered
    ("returned error servfail", "servfail"),  # RCODE_FAILURE, its rcode's name at the end
    ("returned error refused", "refused"),
    ("returned error nxdomain", "nxdomain"),
)


def _resolvectl(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = m.group("rest").lower()
    kind = next((k for word, k in _RESOLVECTL_WORDS if word in rest), None) or classify_resolution(rest) or "other"
    return hit(m, seg, kind, exact=True)


# --- RubyGems' UnknownHostError: "no such name (URL)", "timed out (URL)" (its resolver's NXDOMAIN and timeout) ----

# held-out HV-IC (spent): `UnknownHostError: no such name https://h/...` with no parenthesis (older RubyGems)
_RUBYGEMS = rx(r"(?P<reason>no\ssuch\sname\s\(?|timed\sout\s\()" + _URL_HOST)


def _rubygems(m: re.Match[str], seg: Segment) -> Hit | None:
    if m.group("reason").lower().startswith("no"):
        return hit(m, seg, "nxdomain", port=m.group("port"))
    # "timed out (URL)" is the resolver's only under UnknownHostError (a FetchError's "timed out" is the download's)
    near = seg.around(m.start())[0] + "".join(seg.lines_before(2))
    return hit(m, seg, "timeout", port=m.group("port")) if "unknownhosterror" in near.lower() else None


# --- OpenBSD netcat: 'nc: getaddrinfo for host "NAME" port 2223: <reason>'; tinc: "Error looking up NAME port 655:
#     <reason>" -------------------------------------------------------------------------------------------------------

_NC = rx(r"getaddrinfo\sfor\shost\s{Q}(?P<host>{H}){Q}\sport\s(?P<port>\d{1,5}):\s{0,3}(?=(?P<rest>[^\n]{0,100}))")
_TINC = rx(r"Error\slooking\sup\s(?P<host>{H})\sport\s(?P<port>\d{1,5}):\s{0,3}(?=(?P<rest>[^\n]{0,100}))")


# --- Apache httpd mod_proxy: "AH00898: DNS lookup failure for: NAME returned by /path", "Reason: <strong>DNS lookup
#     failure for: NAME</strong>" (no reason given: other) ---------------------------------------------------------

GLUED_AFTER_PORT = r":\d{1,5}[A-Za-z_]"
"""A port with a word glued to it (`127.0.0.1:8080sogo`, a ProxyPass target missing its `/`): the one shape
rules/cluster_daemons.py reads as printed; every other name (with a port, a path, a masked port) is read here."""
_MOD_PROXY = rx(
    r"DNS\slookup\sfailure\sfor:\s{0,3}(?P<host>{H})"
    # issue #17 (held-out AC): not a name with something glued after its port (`127.0.0.1:8080sogo`): that string is
    # read as printed (rules/cluster_daemons.py)
    r"(?![A-Za-z0-9_.*\-]|" + GLUED_AFTER_PORT + r")"
)


def _mod_proxy(m: re.Match[str], seg: Segment) -> Hit | None:
    """The reason APR prints before the message on the error log's line (`(EAI 2)Name or service not known: AH00898:
    DNS lookup failure for: h`), else none stated: other."""
    before = seg.text[seg.text.rfind("\n", 0, m.start()) + 1 : m.start()]
    stated = _APR_EAI.search(before)
    kind = (classify_resolution(stated.group("reason")) if stated else None) or "other"
    return hit(m, seg, kind, exact=True)


# the client Apache 2.4 names between the reason and the message (`: [client 10.0.0.1:5555] AH00898:`)
_APR_EAI = re.compile(
    r"\(EAI\s-?\d{1,3}\)(?P<reason>[^:\n]{1,80}):\s{0,3}(?:\[client\s[^\]\n]{1,80}\]\s{0,3})?(?:AH\d{5}:\s{0,3})?\Z"
)

# --- The Haskell `dns` library's DNSError (dug, and Haskell programs: "Left ServerFailure"); drill's header ---------

_HASKELL_DNS_ERROR = rx(
    r"(?:\bdug:\s(?:user\serror\s)?\(?|\bLeft\s\(?)"
    r"(?P<code>ServerFailure|NameError|OperationRefused|TimeoutExpired|RetryLimitExceeded)\b"
)
_HASKELL_KINDS: dict[str, FailureKind] = {
    "serverfailure": "servfail",
    "nameerror": "nxdomain",
    "operationrefused": "refused",
    "timeoutexpired": "timeout",
    "retrylimitexceeded": "timeout",
}
_DRILL = rx(r";;\s->>HEADER<<-\sopcode:\s\w{1,10},\srcode:\s(?P<code>NXDOMAIN|SERVFAIL|REFUSED)\b")


def _haskell_dns_error(m: re.Match[str], seg: Segment) -> Hit | None:
    asked = queried_name(seg, m.start(), before=3)
    kind = _HASKELL_KINDS[m.group("code").lower()]
    return hit(m, seg, kind, host=asked[0], server=asked[1]) if asked else None


def _drill(m: re.Match[str], seg: Segment) -> Hit | None:
    asked = queried_name(seg, m.start(), before=6)
    return hit(m, seg, from_rcode(m.group("code")), host=asked[0], server=asked[1]) if asked else None


# --- Rust's hickory-resolver (trust-dns), its error's Debug form as `{:?}` and `unwrap()` print it: `ResolveError {
#     kind: NoRecordsFound { query: Query { name: Name("h."), query_type: A, ... }, ..., response_code: NXDomain } }` --
#     (its Display form, `no record found for Query { name: ...`, is the generic rule's)

_HICKORY_DEBUG = rx(
    r"NoRecordsFound\s\{\s{0,3}query:\s{0,3}Query\s\{\s{0,3}name:\s{0,3}Name\(\"(?P<host>{H})\.?\"\)"
    r"(?=[^\n]{0,300}?\bresponse_code:\s{0,3}(?P<code>[A-Za-z]{2,12}))?"
)
_HICKORY_CODES: dict[str, FailureKind] = {"servfail": "servfail", "refused": "refused"}


def _hickory_debug(m: re.Match[str], seg: Segment) -> Hit | None:
    """NXDomain and NoError (NODATA) are both no record: nxdomain; ServFail and Refused say the server's answer."""
    return hit(m, seg, _HICKORY_CODES.get((m.group("code") or "").lower(), "nxdomain"), exact=True)


# --- "Unable to resolve NAME to an IP address" (a script's own check before it dials) -------------------------------

# survey 8: ProFTPD's trace adds gai_strerror (`... to an IPv4 address: Name or service not known`)
_TO_AN_IP = rx(
    r"Unable\sto\sresolve\s{Q}?(?P<host>{H}){Q}?\sto\san?\sIP(?:v[46])?\saddress(?::\s(?=(?P<rest>[^\n]{1,100})))?"
)


RULES: tuple[Rule, ...] = (
    Rule(
        "winsock-text-name-elsewhere",
        ("no such host is known", "temporary error during hostname resolution", "no data of the requested type"),
        _WINSOCK,
        _winsock,
    ),
    Rule("powershell-test-connection", ("testing connection to computer",), _TEST_CONNECTION, _windows_dns),
    Rule("powershell-resolve-dnsname", ("resolve-dnsname",), _RESOLVE_DNSNAME, _windows_dns),
    Rule("libcurl-host-name-url", ("couldn't resolve host name",), _CURL_HOST_NAME_URL, _assumed_nxdomain),
    Rule("composer-curl-error-6", ("curl error 6 while",), _COMPOSER_CURL_6, by_rest("other", resolution_only=True)),
    Rule("apache-mod-proxy-dns", ("dns lookup failure for",), _MOD_PROXY, _mod_proxy),
    Rule(
        "haskell-dns-error",
        ("serverfailure", "nameerror", "operationrefused", "timeoutexpired", "retrylimitexceeded"),
        _HASKELL_DNS_ERROR,
        _haskell_dns_error,
    ),
    Rule("drill-rcode", ("rcode: ",), _DRILL, _drill),
    Rule("hickory-no-records-found-debug", ("norecordsfound {",), _HICKORY_DEBUG, _hickory_debug),
    Rule("unable-to-resolve-to-an-ip", ("unable to resolve ",), _TO_AN_IP, by_rest("other", exact=True)),
    Rule("curl-could-not-resolve-host-bare", ("could not resolve host",), _CURL_BARE, _curl_bare),
    Rule(
        "test-netconnection-name-resolution",
        ("name resolution of ",),
        _NAME_RESOLUTION_OF,
        by_rest("other", resolution_only=True, exact=True),
    ),
    Rule("technitium-query-log", ("qname: ",), _TECHNITIUM_QUERY, _technitium_query),
    Rule("technitium-failed-to-resolve", ("failed to resolve the request",), _TECHNITIUM_FAILED, _technitium_failed),
    Rule("docker-desktop-failed-to-lookup", ("failed to lookup ",), _DOCKER_DESKTOP, _docker_desktop),
    Rule("haproxy-could-not-resolve-address", ("could not resolve address",), _HAPROXY, fixed("other", exact=True)),
    Rule("resolvectl-resolve-call-failed", ("resolve call failed",), _RESOLVECTL, _resolvectl),
    Rule("rubygems-unknown-host-error", ("no such name ", "timed out ("), _RUBYGEMS, _rubygems),
    Rule("openbsd-nc-getaddrinfo", ("getaddrinfo for host",), _NC, by_rest("other", resolution_only=True, exact=True)),
    Rule("tinc-error-looking-up", ("error looking up ",), _TINC, by_rest(None, resolution_only=True, exact=True)),
)
