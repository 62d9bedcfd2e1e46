"""Failed look-ups as a GSLB controller and NNG-based MQTT tools print them, from the twenty-third round
of probes rendered from programs' own source (issue #17, session 72; fetch only):

- k8gb's zone delegation, `NS query for z via S:53 failed with rcode SERVFAIL` (the zone's NS query: the kind from the
  rcode's name), its `ExposedIPResolutionError` events, `failed to resolve hostname h: dig error: ... err: <reason>`
  (the kind from the exchange's last error: `i/o timeout`, `connection refused`) and `hostname h resolved to no IP
  addresses` (no reason: `other`);
- NNG's tools (nngcat, NanoMQ's nanomq_cli): `Unable to dial on <URL>: <reason>`, and `nng_dialer_start: <reason>` or
  `Failed connecting socket<N>: <reason>` under the command line that names the one URL it dials (`--dial`,
  `--connect`, `--url`; nanomq_cli's `-h` over them); NNG maps getaddrinfo's EAI_NONAME to `Address invalid` (no
  resolver's words: `other`; not for `localhost`, where it is connect's EADDRNOTAVAIL) and EAI_AGAIN to `Try again`
  (`temporary`);
- (Eclipse Paho C's WinSock codes are read by its rule in `rules/broker_and_shipper_texts.py`.)
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from checks.parsing.document import Segment
from checks.parsing.kinds import classify_resolution, last_go_reason_kind
from checks.parsing.model import FailureKind
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, fixed, hit, rx

# (review: an edge DNS server given by name, `via dns1.corp.example:53`)
_K8GB_NS_QUERY = rx(
    r"\bNS\squery\sfor\s(?P<host>{H})\svia\s(?:[0-9a-fA-F.:\[\]]{2,45}|[A-Za-z0-9.\-]{1,253}:\d{1,5})\sfailed\swith"
    r"\srcode\s(?P<rcode>[A-Z]{4,10})\b"
)
_RCODES: dict[str, FailureKind] = {"SERVFAIL": "servfail", "REFUSED": "refused", "NXDOMAIN": "nxdomain"}
_K8GB_DIG = rx(r"\bfailed\sto\sresolve\shostname\s(?P<host>{H}):\sdig\serror:\s(?P<rest>[^\n]{0,400})")
_K8GB_NO_ADDRESSES = rx(r"\bhostname\s(?P<host>{H})\sresolved\sto\sno\sIP\saddresses\b")
_K8GB_NO_ADDRESSES_FORMAT = "k8gb `hostname h resolved to no IP addresses`"

_NNG_REASONS: dict[str, FailureKind] = {"address invalid": "other", "try again": "temporary"}
_NNG_DIAL_ON = rx(r"\bUnable\sto\sdial\son\s(?P<url>[a-z][a-z0-9+.\-]{1,20}://[^\s]{1,2048}?):\s(?P<rest>[^\n]{1,200})")
_NNG_BARE = rx(r"\b(?:nng_dialer_start|Failed\sconnecting\ssocket<\d{1,6}>):\s(?P<rest>Address\sinvalid|Try\sagain)\b")
_NNG_COMMAND_URL = re.compile(r"--(?:dial|connect|url)[=\s][\"']?(?P<url>[a-z][a-z0-9+.\-]{1,20}://[^\s\"']{1,2048})")
# (review: nanomq_cli builds its URL from `-h`/`-p`, which overrides `--url`)
_NANOMQ_HOST_OPTION = re.compile(r"\bnanomq_cli\s[^\n]{0,400}?\s-h\s[\"']?(?P<host>[A-Za-z0-9_.\-]{1,253})")
_NNG_COMMAND_LINES = 3


def _k8gb_ns_query(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, _RCODES.get(m.group("rcode"), "other"), exact=True)


def _k8gb_dig(m: re.Match[str], seg: Segment) -> Hit | None:
    """The exchange's last error is Go's (`read udp ...: i/o timeout`): its last reason printed, up to the clause's end,
    else `other`; none where no exchange was made (review: `empty edgeDNSServer.Host`), or where the error is the edge
    server's own look-up (`lookup edge-dns... no such host`: Go's rule reads that name)."""
    rest = m.group("rest")
    if "err: " not in rest:
        return None
    last = re.split(r"[;)]", rest.rsplit("err: ", 1)[-1], maxsplit=1)[0]
    if "lookup " in last.lower():
        return None
    return hit(m, seg, last_go_reason_kind(last) or "other", exact=True)


def _nng_kind(reason: str) -> FailureKind | None:
    return _NNG_REASONS.get(reason.strip().lower()) or classify_resolution(reason)


def _url_name(url: str) -> str | None:
    try:
        return urlsplit(url).hostname
    except ValueError:
        return None


def _nng_dial_on(m: re.Match[str], seg: Segment) -> Hit | None:
    kind, name = _nng_kind(m.group("rest")), _url_name(m.group("url"))
    # (review: `Address invalid` is also connect's EADDRNOTAVAIL, so `localhost`, which resolves, is no failed look-up)
    return hit(m, seg, kind, host=name, exact=True) if kind and name and name != "localhost" else None


def _dialled_name(line: str) -> str | None:
    """The one name the command line dials: nanomq_cli's `-h`, else its only `--dial` / `--connect` / `--url` URL (two
    dialers: `socket<N>` does not say which failed, review)."""
    option = _NANOMQ_HOST_OPTION.search(line)
    if option is not None:
        return option.group("host")
    urls = [u.group("url") for u in _NNG_COMMAND_URL.finditer(line)]
    return _url_name(urls[0]) if len(urls) == 1 else None


def _nng_bare(m: re.Match[str], seg: Segment) -> Hit | None:
    for line in seg.lines_before(_NNG_COMMAND_LINES):
        if _NNG_COMMAND_URL.search(line) or _NANOMQ_HOST_OPTION.search(line):
            name = _dialled_name(line)
            kind = _nng_kind(m.group("rest"))
            return hit(m, seg, kind, host=name, exact=True) if kind and name and name != "localhost" else None
    return None


RULES: tuple[Rule, ...] = (
    Rule("k8gb-ns-query-rcode", ("ns query for ",), _K8GB_NS_QUERY, _k8gb_ns_query),
    Rule("k8gb-resolve-hostname-dig-error", (": dig error: ",), _K8GB_DIG, _k8gb_dig),
    Rule(
        "k8gb-resolved-to-no-addresses",
        ("resolved to no ip addresses",),
        _K8GB_NO_ADDRESSES,
        fixed(unstated(_K8GB_NO_ADDRESSES_FORMAT), exact=True),
    ),
    Rule("nng-unable-to-dial-on", ("unable to dial on ",), _NNG_DIAL_ON, _nng_dial_on),
    Rule("nng-dialer-reason-under-command", ("nng_dialer_start: ", "failed connecting socket<"), _NNG_BARE, _nng_bare),
)
