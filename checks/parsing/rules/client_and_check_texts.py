"""Failed look-ups as held-out HF-HM's misses showed them (issue #17, session 55; spent data): clients, checks and
daemons whose words no rule knew.

- Varnish's VCL compiler: `DNS lookup(h): <gai_strerror>` (a backend's `.host`), the reason after it;
- hitch (the TLS proxy): `{getaddrinfo-backend}: <gai_strerror>` names no name; the backend setting does
  (`backend = "[h]:8443"`, `--backend=[h]:8443`, `-b '[h]:80'`; probes, round 18) on its line or one of the five above
  it, the nearest hitch command's own (a root prompt's `# hitch ...` is no comment);
- a Rust anyhow chain's numbered causes: `1. DNS error for h` then `2. <cause>` (hickory / reqwest under a proxy's
  `Failed to query DNS`): the next cause's reason, or none (`failed to lookup address information` alone, Rust's
  std prefix with nothing after it: `other`);
- Oracle's Cluster Verification Utility: `PRVG-10048 : Name "h" was not resolved to an address of the specified type
  by name servers ...` (no address of that type: NXDOMAIN, as LABELS.md reads EAI_NODATA's words);
- the MongoDB Java driver: `com.mongodb.MongoSocketException: h: <resolver's text>`, or the bare `h` ending the line
  (held-out HV-IC, spent: `other`) (the wrapped
  UnknownHostException's message: `carts-db: Try again`);
- fasthttp (VictoriaMetrics' vmagent): `... to "https://h:8428/...": couldn't find DNS entries for the given domain.`
  (its ErrNoDNSEntries): NXDOMAIN;
- the Datadog Agent's DNS check: `DNS resolution of h has failed.` with dnspython's exception ending the traceback
  under it (`NXDOMAIN`, `Timeout`): that exception's kind, else no reason;
- Home Assistant's ESPHome integration: `Can't connect to ESPHome API for NAME (h): Error resolving IP address: ...`;
- drill (ldns): `Error: error sending query: <ldns status>` under the `drill h` command (LDNS_STATUS_NETWORK_ERR's
  `Could not send or receive, because of network error`: no resolver's reason, `other`).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.generic_commands import command_name
from checks.parsing.kinds import classify_resolution
from checks.parsing.model import FailureKind
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, by_rest, fixed, hit, rx

_VARNISH_VCC = rx(r"\bDNS\slookup\((?P<host>{H})\):\s(?P<rest>[^\n]{2,100})")
_BY_RESOLUTION = by_rest(None, resolution_only=True, exact=True)


_HITCH = rx(r"\{getaddrinfo-backend\}:\s(?P<rest>[^\n]{3,100})")
# (probes, round 18) or its short option, `-b '[h]:80'`
_HITCH_BACKEND = rx(r"(?:\bbackend\s{0,2}=\s{0,2}|\s-b\s{1,2})[\"']?\[(?P<host>{H})\]:\d{1,5}")
# (probes, round 18) a shell's prompt before the hitch command (`# hitch --backend=...`, root's), no comment
_HITCH_COMMAND = re.compile(r"^\s{0,4}(?:\S{0,80}[#$]\s{1,2})?hitch\s")


def _hitch(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("rest"))
    if kind is None:
        return None
    setting = _HITCH_BACKEND.search(seg.text, 0, m.start())
    for line in seg.lines_before(5) if setting is None else ():
        command = _HITCH_COMMAND.match(line) is not None
        if command or not line.lstrip().startswith(("#", ";")):  # (review) not a commented-out backend
            setting = _HITCH_BACKEND.search(line)
            if setting is not None or command:
                break  # (review, round 18) the nearest hitch command's own backend, or none
    if setting is None:
        return None
    return Hit(setting.group("host"), kind, seg.start + m.start(), seg.start + m.end(), exact=True)


# anyhow's `{:#}`-style `N. cause` and its `{:?}` / eyre's `    N: cause` (review)
_CHAIN_DNS_ERROR = rx(r"^\s{0,8}\d{1,2}[.:]\sDNS\serror\sfor\s(?P<host>{H})\s*$")
_CHAIN_NEXT = re.compile(r"^\s{0,8}\d{1,2}[.:]\s(?P<cause>[^\n]{3,160})")
_RUST_NO_REASON = "a Rust chain's `DNS error for h` over `failed to lookup address information` (no reason)"


def _chain_dns_error(m: re.Match[str], seg: Segment) -> Hit | None:
    below = seg.lines_after(1)
    cause = _CHAIN_NEXT.match(below[0]) if below else None
    if cause is None:
        return None
    kind: FailureKind | None = classify_resolution(cause.group("cause"))
    if kind is None and cause.group("cause").strip().lower() == "failed to lookup address information":
        kind = unstated(_RUST_NO_REASON)
    return hit(m, seg, kind, exact=True) if kind else None


_CLUVFY = rx(r"\bPRVG-10048\s:\sName\s\"(?P<host>{H})\"\swas\snot\sresolved\sto\san\saddress\b")
# held-out HV-IC (spent): or the bare name ending the line (the UnknownHostException's message alone: `other`); the
# name an atomic whole token (a megabyte of long not-quite names tried each shorter one against both endings: review)
_MONGO_SOCKET = rx(
    r"\bMongoSocketException:\s(?P<host>(?>{H}))"
    r"(?::\s(?P<rest>[^\n]{2,100})|(?::(?P<port>\d{1,5}))?[ \t]{0,3}(?=\n|$))"
)


def _mongo_socket(m: re.Match[str], seg: Segment) -> Hit | None:
    if m.group("rest") is None:
        return hit(m, seg, "other", port=m.group("port"), exact=True)
    return _BY_RESOLUTION(m, seg)


_FASTHTTP_NO_ENTRIES = rx(
    r"\"[a-z][a-z0-9+.\-]{1,15}://(?P<host>{H})(?::\d{1,5})?(?:/[^\"\s]{0,300})?\":\scouldn't\sfind\sDNS\sentries\s"
    r"for\sthe\sgiven\sdomain\b"
)

# the check's own sentence, ending its line (review: not prose that goes on)
_DD_DNS_CHECK = rx(r"\bDNS\sresolution\sof\s(?P<host>{H})\shas\sfailed\.?\s*$")
# dnspython's exception ending the traceback: its module's name, or a bare name alone on its line (not any `Timeout:`)
_DD_EXCEPTION = re.compile(
    r"^[+\s]{0,8}(?:dns\.(?:resolver|exception)\.(?P<exc>NXDOMAIN|NoAnswer|NoNameservers|Timeout|LifetimeTimeout)\b"
    r"|(?P<bare>NXDOMAIN|NoAnswer|NoNameservers|LifetimeTimeout)\s*$)"
)
DNSPYTHON_EXCEPTION_KINDS: dict[str, FailureKind] = {
    # dnspython's exception class names, lower-cased (also FreeIPA's `DNS record not found: <class>`)
    "nxdomain": "nxdomain",
    "noanswer": "nxdomain",
    "nonameservers": "servfail",
    "timeout": "timeout",
    "lifetimetimeout": "timeout",
}
_DD_FORMAT = "Datadog's DNS check `DNS resolution of h has failed.` (no exception under it)"


def _dd_dns_check(m: re.Match[str], seg: Segment) -> Hit | None:
    """The exception that ends the traceback printed under the check's message, within a dozen lines."""
    for line in seg.lines_after(12):
        exc = _DD_EXCEPTION.match(line)
        if exc is not None:
            return hit(m, seg, DNSPYTHON_EXCEPTION_KINDS[(exc.group("exc") or exc.group("bare")).lower()], exact=True)
    return hit(m, seg, unstated(_DD_FORMAT), exact=True)


_ESPHOME = rx(
    r"\bCan't\sconnect\sto\sESPHome\sAPI\sfor\s[^\n()]{1,80}\((?P<host>{H})\):\sError\sresolving\sIP\saddress\b"
    r":?\s?(?P<rest>[^\n]{0,120})"
)
_ESPHOME_FORMAT = "ESPHome `Can't connect to ESPHome API for N (h): Error resolving IP address:` (no reason)"


_DRILL_SENDING = rx(r"^Error:\serror\ssending\squery:\s(?P<rest>[^\n]{3,120})")
_DRILL_FORMAT = "drill `Error: error sending query: <ldns status>` under `drill h` (no resolver reason)"


def _drill_sending(m: re.Match[str], seg: Segment) -> Hit | None:
    name = command_name(seg, m.start())
    if name is None:
        return None
    kind = classify_resolution(m.group("rest")) or unstated(_DRILL_FORMAT)
    return Hit(name, kind, seg.start + m.start(), seg.start + m.end())


RULES: tuple[Rule, ...] = (
    Rule("varnish-vcc-dns-lookup", ("dns lookup(",), _VARNISH_VCC, _BY_RESOLUTION),
    Rule("hitch-getaddrinfo-backend", ("{getaddrinfo-backend}:",), _HITCH, _hitch),
    Rule("rust-chain-dns-error-for", ("dns error for ",), _CHAIN_DNS_ERROR, _chain_dns_error),
    Rule("cluvfy-prvg-10048", ("prvg-10048",), _CLUVFY, fixed("nxdomain", exact=True)),
    Rule("mongo-java-socket-exception", ("mongosocketexception: ",), _MONGO_SOCKET, _mongo_socket),
    Rule(
        "fasthttp-no-dns-entries",
        ("couldn't find dns entries for the given domain",),
        _FASTHTTP_NO_ENTRIES,
        fixed("nxdomain", exact=True),
    ),
    Rule("datadog-dns-check-failed", ("has failed",), _DD_DNS_CHECK, _dd_dns_check),
    Rule(
        "esphome-error-resolving",
        ("error resolving ip address",),
        _ESPHOME,
        by_rest(unstated(_ESPHOME_FORMAT), resolution_only=True, exact=True),
    ),
    Rule("drill-error-sending-query", ("error sending query:",), _DRILL_SENDING, _drill_sending),
)
