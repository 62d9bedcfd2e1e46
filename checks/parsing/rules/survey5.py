"""Formats from a fifth survey (issue #17): the DNS TOOLS' own outputs (dig, host, nslookup, kdig, curl,
Resolve-DnsName...), read from their source, where the name stands where only the tool's own shape says.

Most of what the tools print when a lookup fails is read already (`rules/dns_tools.py`, `generic_commands.py`,
`more_formats.py`, the generic rule; `tests/unit/parsing/test_survey5.py` pins every output surveyed). Only these were
not:

- BIND 9's dig, host and nslookup when the SERVER given by name (`dig @coredns h`, `nslookup h coredns`) does not
  resolve (bin/dig/dighost.c `set_nameserver`/`get_address`: `fatal("couldn't get address for '%s': %s", opt,
  isc_result_totext(result))`, printed as `dig: couldn't get address for 'NAME': not found`); ldns' tools print the
  same words with `gai_strerror` after them. The name is the server's; `not found` is ISC_R_NOTFOUND (NXDOMAIN),
  `timed out` ISC_R_TIMEDOUT; a bare `failure` (ISC_R_FAILURE) no reason, `other` (probes, round 7);
- curl when the resolver's time runs out (lib/multi.c: `failf(data, "Resolving timed out after %" FMT_TIMEDIFF_T "
  milliseconds", ...)`, as `curl: (28) Resolving timed out after 2001 milliseconds`): no name in the message; the
  name is the URL of the `curl` command above it (`kubectl exec ... -- curl backend-svc:3000 --max-time 2`), or the
  URL Guzzle (PHP) appends: `cURL error 28: Resolving timed out after 5000 milliseconds (see https://curl.haxx.se/
  libcurl/c/libcurl-errors.html) for https://NAME/path`;
- Knot's kdig when every try of a server timed out (src/utils/common/netio.c: `WARN("response timeout for %s\\n",
  net->remote_str)`, `WARN("connection timeout for %s\\n", ...)`; src/utils/kdig/kdig_exec.c: `ERR("failed to query
  server %s@%s(%s)\\n", ...)`, WARN in older versions): `;; WARNING: response timeout for 10.96.0.10@53(UDP)` ...
  `;; ERROR: failed to query server 10.96.0.10@53(UDP)`, the name on the `kdig` command above. Read only when a
  timeout line is above it (kdig's `can't connect to` states no reason), and not when an answer's header follows;
- the traditional netcat (nc 1.10, netcat.c `gethostpoop`: `holler("%s: forward host lookup failed: ", name)`, then
  glibc's hstrerror text): `NAME: forward host lookup failed: Host name lookup failure` is TRY_AGAIN (temporary),
  which the generic rule read as a bare `lookup failed` (its text has "look" in it, so it counts as a verb there);
  `inverse host lookup failed` (`nc -l` naming its peer's address) is not a failed name;
- nslookup when the name has no record of the type asked, NODATA (old BIND's nslookup, as "DNS and BIND" ch. 11.7
  shows it: `*** No address (A) records available for NAME`; Windows' nslookup: `*** No internal type for both IPv4
  and IPv6 Addresses (A+AAAA) records available for NAME`), read as NXDOMAIN like `*** Can't find NAME: No answer`,
  and not when an `Address:` under the answer's `Name:` is above it;
- PowerShell's Resolve-DnsName when the name has no record of the type asked (Win32 DNS_INFO_NO_RECORDS, 9501: "No
  records found for given DNS query."): `Resolve-DnsName : NAME : No records found for given DNS query`, NODATA,
  read as NXDOMAIN like nslookup's `*** Can't find NAME: No answer`.
"""

from __future__ import annotations

import re

from checks.parsing.curl_command import curl_command_name
from checks.parsing.document import Segment
from checks.parsing.generic_commands import command_name, looked_up_name
from checks.parsing.kinds import classify_resolution
from checks.parsing.model import FailureKind
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, hit, rx
from checks.parsing.url_before import url_before

# --- BIND's dig/host/nslookup (and ldns): the server given by name did not resolve -----------------------------------

_GET_ADDRESS = rx(r"couldn't\sget\saddress\sfor\s'(?P<host>{H})':\s{0,3}(?P<rest>[^\n]{0,80})")


_BIND_FAILURE = "BIND's `dig: couldn't get address for 'h': failure` (ISC_R_FAILURE, no reason)"


def _get_address(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = m.group("rest").lower()
    kind: FailureKind | None
    if rest.startswith("not found"):
        kind = "nxdomain"
    elif rest.startswith("timed out"):
        kind = "timeout"
    elif rest.rstrip().rstrip(".") == "failure":
        kind = unstated(_BIND_FAILURE)  # ISC_R_FAILURE: the look-up failed, no reason (source-mined, round 7)
    else:
        kind = classify_resolution(rest)  # ldns: gai_strerror's text
    if kind is None or looked_up_name(m.group("host")) is None:
        return None
    return hit(m, seg, kind, exact=True)


# --- curl: "Resolving timed out after N milliseconds", the name on the command above or Guzzle's `for URL` ----------

_RESOLVING_TIMED_OUT = rx(r"Resolving\stimed\sout\safter\s\d{1,9}\smilliseconds(?P<rest>[^\n]{0,160})")
_GUZZLE_FOR = rx(r"\)\sfor\s[a-z][a-z0-9+]{1,10}://(?:[^\s/@\"'<>]{1,256}@)?(?P<host>{H})")


# curl's progress meter (lib/progress.c): its two header lines and a line of figures each update, here with nothing
# received yet (`0 0 0 0 ...`): a transfer whose lookup failed received nothing, and one that shows bytes looked up its
# name (the error below is another's)
_PROGRESS_METER = re.compile(
    r"[ \t]{0,40}(?:(?:%[ \t]{1,8}Total[ \t]{1,8}%[ \t]{1,8}Received|Dload[ \t]{1,8}Upload)\b[^\n]{0,200}"
    r"|0(?:[ \t]{1,8}0){3}(?:[ \t]{1,8}[\d.kMG]{1,6}){2,5}(?:[ \t]{1,8}[\d:-]{7,8}){3}[ \t]{1,8}[\d.kMG]{1,6})"
    r"[ \t]{0,8}"
)
METER_LINES = 6
"""Lines of curl's progress meter read over, up to the line that names the URL (a script's `Checking h...`)."""


def _url_above_meter(seg: Segment) -> str | None:
    """issue #17 (held-out AI): the URL that the line right above curl's progress meter ends with, under which curl
    printed its error (a script echoes what it checks, then runs curl without `-s`)."""
    skipped = 0
    for line in seg.lines_before(METER_LINES):
        if _PROGRESS_METER.fullmatch(line):
            skipped += 1
            continue
        return url_before(line) if skipped else None  # the URL the line ends with (`Checking connection to URL`)
    return None


# probes, round 10: Julia's Downloads (`RequestError: Resolving timed out after N milliseconds while requesting URL`);
# R's curl package, the host in brackets ending the line above (`Timeout was reached [h]:`)
_WHILE_REQUESTING = rx(r"^\swhile\srequesting\s[a-z][a-z0-9+]{1,10}://(?:[^\s/@\"'<>]{1,256}@)?(?P<host>{H})")
_BRACKETED_ABOVE = rx(r"\bTimeout\swas\sreached\s\[(?P<host>{H})\]:?[ \t]*$")
_BRACKETED_BEFORE = rx(r"\bTimeout\swas\sreached\s\[(?P<host>{H})\]:?[ \t]{1,3}\Z")


def _resolving_timed_out(m: re.Match[str], seg: Segment) -> Hit | None:
    told = _WHILE_REQUESTING.search(m.group("rest")) or _GUZZLE_FOR.search(m.group("rest"))
    if told is None:  # (review: the line's own URL first, then R's bracket before it on the line or the line above)
        line_above = seg.lines_before(1)
        told = _BRACKETED_BEFORE.search(seg.text, max(0, m.start() - 300), m.start()) or (
            _BRACKETED_ABOVE.search(line_above[0]) if line_above else None
        )
    if told is not None:
        name = looked_up_name(told.group("host"))
        return hit(m, seg, "timeout", host=name) if name else None
    before = url_before(seg.text[: m.start()].rsplit("\n", 1)[-1])  # issue #17 (held-out O): Guzzle's URL before it
    if before is not None:
        name = looked_up_name(before)
        return hit(m, seg, "timeout", host=name) if name else None
    name = curl_command_name(seg, m.start(), 4)
    if name is None and (above := _url_above_meter(seg)) is not None:
        name = looked_up_name(above)
    return hit(m, seg, "timeout", host=name) if name else None


# --- Knot's kdig: ";; ERROR: failed to query server 10.96.0.10@53(UDP)" after its timeouts ---------------------------

_KDIG_FAILED = rx(
    r";;\s(?:ERROR|WARNING):\sfailed\sto\squery\sserver\s(?P<server>\[?[0-9a-f:.]{2,45}\]?)@(?P<port>\d{1,5})"
    r"\((?:UDP|TCP|TLS|HTTPS|QUIC)\)"
)
_KDIG_TIMEOUT = re.compile(r";;\sWARNING:\s(?:response|connection)\stimeout\sfor\s")
_KDIG_HEADER = re.compile(r"->>HEADER<<-")
_KDIG_LINES = 12  # three tries of each server, a blank line between servers, the command


def _kdig_failed(m: re.Match[str], seg: Segment) -> Hit | None:
    above = seg.above(m.start(), _KDIG_LINES)
    if not any(_KDIG_TIMEOUT.search(line) for line in above[1 : _KDIG_LINES // 2 + 1]):
        return None  # `can't connect to`, `failed to send query`: no reason stated
    if any(_KDIG_HEADER.search(line) for line in seg.lines_after(4)):
        return None  # the next server answered
    name = command_name(seg, m.start(), _KDIG_LINES)
    server = m.group("server").strip("[]") + ":" + m.group("port")
    return hit(m, seg, "timeout", host=name, server=server) if name else None


# --- the traditional netcat: "NAME: forward host lookup failed: Host name lookup failure" -----------------------------

_NC_FORWARD = rx(r"{NB}(?P<host>{H}):\sforward\shost\slookup\sfailed:\s(?P<rest>[^\n]{0,60})")
# glibc's hstrerror texts (resolv/herror.c `h_errlist`), what nc prints after the colon
_HSTRERROR: tuple[tuple[str, FailureKind], ...] = (
    ("unknown host", "nxdomain"),  # HOST_NOT_FOUND
    ("host name lookup failure", "temporary"),  # TRY_AGAIN
    ("no address associated with name", "nxdomain"),  # NO_ADDRESS (NO_DATA)
)


def _nc_forward(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = m.group("rest").lower()
    kind = next((k for text, k in _HSTRERROR if rest.startswith(text)), None)
    return hit(m, seg, kind, exact=True) if kind and looked_up_name(m.group("host")) else None


# --- nslookup (old BIND, Windows): "*** No address (A) records available for NAME" (NODATA) --------------------------

_NO_RECORDS_AVAILABLE = rx(r"\*\*\*\s{0,3}No\s[A-Za-z0-9 ()+\-]{1,80}?\srecords\savailable\sfor\s(?P<host>{H})")
_ANSWER_NAME = re.compile(r"^\s*Name:\s")
_ANSWER_ADDRESS = re.compile(r"^\s*Address(?:es)?:\s")


def _no_records_available(m: re.Match[str], seg: Segment) -> Hit | None:
    """NODATA unless the block above answers: an `Address:` under the answer's `Name:` (Windows prints `Name:` alone
    before this line when the name has no address)."""
    address = False
    for line in seg.lines_before(6):
        if _ANSWER_ADDRESS.match(line):
            address = True
        elif _ANSWER_NAME.match(line):
            if address:
                return None
            break
    return hit(m, seg, "nxdomain") if looked_up_name(m.group("host")) else None


# --- PowerShell Resolve-DnsName: NODATA ------------------------------------------------------------------------------

_RESOLVE_DNSNAME_NO_RECORDS = rx(
    r"Resolve-DnsName\s{0,3}:\s{0,3}(?P<host>{H})\s{0,3}:\s{0,3}No\srecords\sfound\sfor\sgiven\sDNS\squery"
)


def _no_records(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, "nxdomain", exact=True)


RULES: tuple[Rule, ...] = (
    Rule("bind-server-address", ("couldn't get address for",), _GET_ADDRESS, _get_address),
    Rule("curl-resolving-timed-out", ("resolving timed out after",), _RESOLVING_TIMED_OUT, _resolving_timed_out),
    Rule("kdig-failed-to-query", ("failed to query server",), _KDIG_FAILED, _kdig_failed),
    Rule("nc-forward-host-lookup", ("forward host lookup failed",), _NC_FORWARD, _nc_forward),
    Rule("nslookup-no-records-available", ("records available for",), _NO_RECORDS_AVAILABLE, _no_records_available),
    Rule(
        "resolve-dnsname-no-records",
        ("no records found for given dns query",),
        _RESOLVE_DNSNAME_NO_RECORDS,
        _no_records,
    ),
)
