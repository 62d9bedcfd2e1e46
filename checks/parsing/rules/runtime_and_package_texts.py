r"""Runtimes', package managers' and shells' own texts for a failed look-up (issue #17, from held-out LN-LU's misses,
spent; each rule named by the program and its format):

- PowerShell's error record of `Resolve-DnsName` when its first line (`Resolve-DnsName : h : DNS name does not
  exist`) is not in the paste: `+ CategoryInfo : ResourceUnavailable: (h:String) [Resolve-DnsName], Win32Exception`
  then `+ FullyQualifiedErrorId : DNS_ERROR_RCODE_NAME_ERROR,Microsoft.DnsClient.Commands.ResolveDnsName`, either
  line wrapped by the console at its width: the name is the record's target, the kind the id's Win32 DNS code
  (`DNS_ERROR_RCODE_NAME_ERROR` 9003 and `DNS_INFO_NO_RECORDS` 9501 as the tool's own first line reads them,
  `..._SERVER_FAILURE` 9002, `..._REFUSED` 9005, `ERROR_TIMEOUT` 1460); any other id is no look-up's failure read;
- Dapr's mDNS name resolution (components-contrib `nameresolution/mdns`), `couldn't find service: <app id>` (the
  sidecar's `fail to invoke, id: X, err: couldn't find service: X`): no address for the app id on the local network,
  no resolver's reason (`other`);
- docker-icloudpd's start-up check, `Cannot find h IP address` (its `nslookup` of Apple's name gave none): no reason
  (`other`), a dotted name only;
- Composer's `<url> could not be fully loaded (<libcurl's message>), package information was loaded from the local
  cache`: the URL's host, when the message is a resolver's (`Resolving timed out after N milliseconds`, `Could not
  resolve host: h`), its kind.
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import classify_resolution
from checks.parsing.model import FailureKind
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, fixed, hit, rx, url_hit

# --- PowerShell: Resolve-DnsName's error record ---

_PS_RECORD_TARGET = rx(
    # the console wraps a record's lines at its width, anywhere (`[Resolve-` / `   DnsName]`)
    r"\bCategoryInfo\s{1,30}:\s[A-Za-z]{1,40}:\s\((?P<host>{H}):String\)\s\[Resolve-(?:(?P<whole>DnsName\])|\s{0,3}$)"
)
_WRAPPED_TOOL = re.compile(r"\s{0,8}DnsName\]")
_PS_ERROR_ID = re.compile(r"\bFullyQualifiedErrorId\s{1,30}:\s(?P<id>[A-Z][A-Z0-9_]{2,60})(?:,|\s*$)", re.M)
_WIN32_DNS_IDS: dict[str, FailureKind] = {
    "DNS_ERROR_RCODE_NAME_ERROR": "nxdomain",
    "DNS_INFO_NO_RECORDS": "nxdomain",  # as survey5 reads `No records found for given DNS query`
    "DNS_ERROR_RCODE_SERVER_FAILURE": "servfail",
    "DNS_ERROR_RCODE_REFUSED": "refused",
    "ERROR_TIMEOUT": "timeout",
}
RECORD_LINES = 4
"""Lines below a record's CategoryInfo read for its FullyQualifiedErrorId (the two are adjacent, each may wrap)."""


def _ps_record(m: re.Match[str], seg: Segment) -> Hit | None:
    lines = seg.lines_after(RECORD_LINES)
    if not m.group("whole") and not (lines and _WRAPPED_TOOL.match(lines[0])):
        return None
    below = "\n".join(lines)
    error_id = _PS_ERROR_ID.search(below)
    kind = _WIN32_DNS_IDS.get(error_id.group("id")) if error_id else None
    return hit(m, seg, kind, exact=True) if kind else None


# --- Dapr's mDNS name resolution ---

_DAPR_MDNS = rx(r"\bcouldn't\sfind\sservice:\s(?P<host>[A-Za-z0-9][A-Za-z0-9.\-]{0,252}?)(?=[\"'\s,;)}\]]|\.?$)")


# --- docker-icloudpd ---

_ICLOUDPD = rx(r"\bCannot\sfind\s(?P<host>[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){1,10})\sIP\saddress\b")


# --- Composer ---

_COMPOSER_NOT_LOADED = rx(
    r"(?P<url>https?://[^\s()\"']{1,2048}?)\scould\snot\sbe\sfully\sloaded\s\((?P<rest>[^()\n]{1,240})\)"
)


def _composer_not_loaded(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = m.group("rest")
    # libcurl's CURLE_OPERATION_TIMEDOUT while resolving says so (not `Connection timed out after N`, a connect's)
    kind = "timeout" if rest.lower().startswith("resolving timed out") else classify_resolution(rest)
    return url_hit(m, seg, kind) if kind else None


RULES: tuple[Rule, ...] = (
    Rule("powershell-resolve-dnsname-record", ("[resolve-",), _PS_RECORD_TARGET, _ps_record),
    Rule(
        "dapr-mdns-couldnt-find-service",
        ("couldn't find service: ",),
        _DAPR_MDNS,
        fixed(unstated("Dapr mDNS `couldn't find service: id`"), exact=True),
    ),
    Rule(
        "icloudpd-cannot-find-ip",
        ("cannot find ",),
        _ICLOUDPD,
        fixed(unstated("docker-icloudpd `Cannot find h IP address`"), exact=True),
    ),
    Rule("composer-not-fully-loaded", (" could not be fully loaded (",), _COMPOSER_NOT_LOADED, _composer_not_loaded),
)
