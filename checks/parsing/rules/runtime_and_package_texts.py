r"""Runtimes', package managers' and shells' own texts for a failed look-up (issue #17, from held-out LN-LU's misses,
spent; each rule named by the program and its format):

- PowerShell's error record of `Resolve-DnsName` when its first line (`Resolve-DnsName : h : DNS name does not
  exist`) is not in the paste: `+ CategoryInfo : ResourceUnavailable: (h:String) [Resolve-DnsName], Win32Exception`
  then `+ FullyQualifiedErrorId : DNS_ERROR_RCODE_NAME_ERROR,Microsoft.DnsClient.Commands.ResolveDnsName`, either
  line wrapped by the console at its width: the name is the record's target, the kind the id's Win32 DNS code
  (`DNS_ERROR_RCODE_NAME_ERROR` 9003 and `DNS_INFO_NO_RECORDS` 9501 as the tool's own first line reads them,
  `..._SERVER_FAILURE` 9002, `..._REFUSED` 9005, `ERROR_TIMEOUT` 1460); any other id is no look-up's failure read;
- Dapr's mDNS name resolution (components-contrib `nameresolution/mdns`), `couldn't find service: <app id>` inside
  the sidecar's invoke error (`fail to invoke, id: X, err: couldn't find service: X`; `failed to invoke` since 1.x):
  no address for the app id on the local network, no resolver's reason (`other`); and its `timeout waiting for
  address for app id X` (`timeout`). Only in that frame (review: Windows' service manager, getservbyname's misses
  and Bluetooth print `Couldn't find service:` too);
- docker-icloudpd's start-up check, `Cannot find h IP address - retrying` and `... IP address. Please check your DNS`
  (its `nslookup` of Apple's name gave none): no reason (`other`), those two endings only;
- Composer's `<url> could not be fully loaded (<message>), package information was loaded from the local cache`,
  when the message is libcurl's resolving time-out itself with no URL of its own (`Resolving timed out after N
  milliseconds`): the repository URL's host timed out. (A message naming what it fetched, `curl error 6 while
  downloading <url>: ...` or `The "<url>" file could not be downloaded: ...`, is read by the curl and PHP rules.)
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.model import FailureKind
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, hit, named_below, rx, url_hit

# --- PowerShell: Resolve-DnsName's error record ---

_PS_CATEGORY = rx(r"\bCategoryInfo\s{1,30}:\s(?P<body>[^\n]{1,240})")
# the record's target and its cmdlet once the console's wrapping is undone (it wraps at its width, mid-word too)
_PS_TARGET = re.compile(r"[A-Za-z]{1,40}:\s?\((?P<host>[^()\s:]{1,253}):String\)\s?\[Resolve-DnsName\]")
_SPLIT_INDENT = re.compile(r"(?<=\S) {4,5}(?=\S)")
# a line that is no continuation: another field, a cmdlet's first line (`Resolve-DnsName : h : ...`), a prompt
_PS_FIELD = re.compile(r"\s{0,8}(?:\+?\s{0,4}[A-Za-z][A-Za-z-]{1,40}\s{0,30}:\s|PS\s[^>\n]{0,200}>|[$#>]\s)")
_PS_ERROR_ID = re.compile(r"\s{0,8}\+?\s{0,4}FullyQualifiedErrorId\s{1,30}:\s(?P<id>[A-Za-z0-9_\\]{2,80})")
# (review) Resolve-DnsName prints the rcode's ids without `DNS_ERROR_` too (`RCODE_SERVER_FAILURE`, in Microsoft's
# own DNS documents' output)
_WIN32_DNS_IDS: dict[str, FailureKind] = {
    "RCODE_NAME_ERROR": "nxdomain",
    "DNS_INFO_NO_RECORDS": "nxdomain",  # as survey5 reads `No records found for given DNS query`
    "RCODE_SERVER_FAILURE": "servfail",
    "RCODE_REFUSED": "refused",
    "ERROR_TIMEOUT": "timeout",
}
RECORD_LINES = 6
"""Lines below a record's CategoryInfo read for its continuation and its FullyQualifiedErrorId (each may wrap)."""


def _unwrapped(first: str, lines: list[str]) -> tuple[str, list[str]]:
    """A record field's text with the console's continuation lines joined on (lines starting no field of their own:
    no `+`, no `Name :`; review: not a prompt or another record's first line), and the lines left after them.
    (Review) Windows 10's console copies a wrapped field as one line, the formatter's 4-space indent left mid-word
    (`...database.wind    ows.net:String)`): those runs are taken out too."""
    text = first
    for i, line in enumerate(lines):
        if not line.strip() or line.lstrip().startswith("+") or _PS_FIELD.match(line):
            return _SPLIT_INDENT.sub("", text), lines[i:]
        text += line.strip()
    return _SPLIT_INDENT.sub("", text), []


def _ps_record(m: re.Match[str], seg: Segment) -> Hit | None:
    category, rest = _unwrapped(m.group("body"), seg.lines_after(RECORD_LINES))
    # (review) a record flattened onto one line (a chat client's paste): its id on the same line
    category, _, same_line = category.partition("+ FullyQualifiedErrorId")
    target = _PS_TARGET.match(category)
    if target is None:
        return None
    if same_line:
        rest = ["+ FullyQualifiedErrorId" + same_line]
    if not rest:
        return None
    field, _ = _unwrapped(rest[0], rest[1:])
    error_id = _PS_ERROR_ID.match(field)  # the record's next field only (not a later record's)
    if error_id is None:
        return None
    code = error_id.group("id").replace("\\", "").removeprefix("DNS_ERROR_")  # (review) Markdown's `DNS\_ERROR`
    kind = _WIN32_DNS_IDS.get(code)
    return hit(m, seg, kind, host=target.group("host"), exact=True) if kind else None


# --- Dapr's mDNS name resolution ---

_DAPR_MDNS = rx(
    r"\binvoke,\sid:\s[^\s,]{1,253},\serr:\s(?:(?P<gone>couldn't\sfind\sservice:\s)|timeout\swaiting\sfor\saddress\sfor\s"
    r"app\sid\s)(?P<host>[A-Za-z0-9][A-Za-z0-9.\-]{0,252}?)(?=[\"'\s,;)}\]\\]|\.?$)"
)


def _dapr_mdns(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = unstated("Dapr mDNS `couldn't find service: id`") if m.group("gone") else "timeout"
    return hit(m, seg, kind, exact=True)


# --- docker-icloudpd ---

_ICLOUDPD = rx(
    r"\bCannot\sfind\s(?P<host>[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){0,9}\.[A-Za-z][A-Za-z0-9\-]{0,62})\sIP\s"
    r"address(?:(?P<retrying>\s-\sretrying)|\.\sPlease\scheck\syour\sDNS)"
)
# (review) its retry loop's success, `IP address for h: <ip>`: the name resolved in the end
_ICLOUDPD_FOUND = rx(r"\bIP\saddress\sfor\s(?P<host>[A-Za-z0-9.\-]{1,253}):\s\d{1,3}(?:\.\d{1,3}){3}\b")
RETRY_LINES = 20
"""Lines below docker-icloudpd's `- retrying` read for its loop's success."""


def _icloudpd(m: re.Match[str], seg: Segment) -> Hit | None:
    if m.group("retrying") and named_below(seg, RETRY_LINES, m.group("host"), _ICLOUDPD_FOUND):
        return None
    return hit(m, seg, unstated("docker-icloudpd `Cannot find h IP address`"), exact=True)


# --- Composer ---

_COMPOSER_NOT_LOADED = rx(
    r"(?P<url>https?://[^\s()\"']{1,2048}?)\scould\snot\sbe\sfully\sloaded\s\((?P<rest>[^()\n]{1,240})\)"
)


def _composer_not_loaded(m: re.Match[str], seg: Segment) -> Hit | None:
    # libcurl's CURLE_OPERATION_TIMEDOUT while resolving says so (not `Connection timed out after N`, a connect's)
    return url_hit(m, seg, "timeout") if m.group("rest").lower().startswith("resolving timed out") else None


RULES: tuple[Rule, ...] = (
    Rule("powershell-resolve-dnsname-record", ("categoryinfo",), _PS_CATEGORY, _ps_record),
    Rule(
        "dapr-mdns-couldnt-find-service",
        ("couldn't find service: ", "timeout waiting for address for app id "),
        _DAPR_MDNS,
        _dapr_mdns,
    ),
    Rule(
        "icloudpd-cannot-find-ip",
        (" ip address - retrying", " ip address. please check your dns"),
        _ICLOUDPD,
        _icloudpd,
    ),
    Rule("composer-not-fully-loaded", (" could not be fully loaded (",), _COMPOSER_NOT_LOADED, _composer_not_loaded),
)
