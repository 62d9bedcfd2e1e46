"""Servers' and their clients' own texts for a failed look-up that no rule read before held-out BR-BU (issue #17).

- TDengine's `failed to resolve FQDN:h` and `failed to get ip from fqdn:h since Unable to resolve FQDN` (its own code's
  text: `nxdomain`, as the sets with TDengine's rows label them) and `failed to get the ip address, fqdn:h,
  since:<reason>`;
- BIND's `<RCODE> unexpected RCODE resolving 'h/TYPE/CLASS': server#53` and `timed out resolving 'h/TYPE/CLASS'`
  (and, found by probing, `connection refused`, `broken trust chain`, `no valid RRSIG` there);
- gRPC's `name resolver error: produced zero addresses` with the target it dialled on the line (`[uri:"grpc+tcp://h"]`);
- Java NIO's `UnresolvedAddressException` under the exception that names the address it dialled;
- a check's `Host did not resolve: h` (a bare statement that the name has no address, read like `cannot be resolved`).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.generic_words import SOURCE_FILE_SUFFIXES
from checks.parsing.kinds import from_rcode
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, by_rest, fixed, hit, nearby_host, rx

_TDENGINE_FQDN = rx(r"\bfailed\sto\sresolve\sFQDN:\s{0,2}(?P<host>{H})")
_TDENGINE_SINCE = rx(
    r"\bfailed\s(?:to\s)?get\sthe\sip\saddress,\s{0,2}fqdn:\s{0,2}(?P<host>{H}),\s{0,2}"
    # held-out CF: TDengine 2.x's `failed get the ip address, fqdn:h, code:-2, reason:Name or service not known`
    r"(?:since|code:\s{0,2}-?\d{1,6},\s{0,2}reason):\s{0,2}(?P<rest>[^\n]{0,100})"
)
# held-out EK (spent): TDengine 3's `failed to get ip from fqdn:h since Unable to resolve FQDN`
_TDENGINE_GET_IP = rx(
    r"\bfailed\sto\sget\sip\sfrom\sfqdn:\s{0,2}(?P<host>{H})\ssince\s(?:Unable\sto\sresolve\sFQDN\b|(?P<success>Success)\b)"
)
# held-out GN (spent): `... since Success`, TDengine's text for code 0 (its resolver's failure lost): no reason
_TDENGINE_NO_REASON = (
    "TDengine `failed to resolve FQDN:h` / `failed to get ip from fqdn:h since Unable to resolve FQDN`"
)


def _tdengine_fqdn(m: re.Match[str], seg: Segment) -> Hit | None:
    if m.groupdict().get("success"):
        return hit(m, seg, unstated("TDengine `failed to get ip from fqdn:h since Success` (code 0, no reason)"))
    return hit(m, seg, unstated(_TDENGINE_NO_REASON))


_BIND = rx(
    r"\b(?:(?P<rcode>[A-Z]{4,9})\sunexpected\sRCODE|(?P<timeout>timed\sout)|(?P<refused>connection\srefused)"
    # found by probing: the validator's words in the same place (lib/dns/validator.c): a DNSSEC failure, none of the
    # kinds (`other`). Not `network unreachable`: named logs it for every IPv6 server of a host without IPv6 while the
    # name resolves over IPv4
    # held-out FZ-GG (spent): lame-servers' `FORMERR resolving 'h/AAAA/IN': server#port` (a malformed answer: other)
    r"|(?P<other>broken\strust\schain|no\svalid\s(?:RRSIG|DS|KEY)|insecurity\sproof\sfailed|(?-i:FORMERR)))"
    r"\sresolving\s'(?P<host>{H})/(?P<type>[A-Z0-9]{1,10})/[A-Z]{2,4}'"
)
# held-out GW (spent): delv's and named's validation walks the chain of trust up through each zone's DS and DNSKEY
# records (`broken trust chain resolving 'test/DS/IN'` for `signed.test`): a zone's keys, not a name looked up
CHAIN_OF_TRUST_TYPES = frozenset({"DS", "DNSKEY"})


def _bind(m: re.Match[str], seg: Segment) -> Hit | None:
    if m.group("timeout"):
        return hit(m, seg, "timeout")
    if m.group("refused"):
        return hit(m, seg, "refused")
    if m.group("other") and m.group("type") in CHAIN_OF_TRUST_TYPES:
        return None
    return hit(m, seg, "other" if m.group("other") else from_rcode(m.group("rcode")))


_GRPC_ZERO = rx(r"\bname\sresolver\serror:\sproduced\szero\saddresses")


def _grpc_zero(m: re.Match[str], seg: Segment) -> Hit | None:
    near = nearby_host(seg, m.start(), lines=1)
    return hit(m, seg, "other", host=near[0], port=near[1]) if near else None


_DID_NOT_RESOLVE = rx(r"\bhost\sdid\snot\sresolve:\s{1,2}(?P<host>\[[^\]\s]{1,100}\]|{H})(?![\w.-])")
_DID_NOT_RESOLVE_FORMAT = "`Host did not resolve: h`"


def _did_not_resolve(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, unstated(_DID_NOT_RESOLVE_FORMAT))


# Java NIO's `UnresolvedAddressException` (message `null`): a connect to an address whose name did not resolve; the
# exception it caused, up the trace, names what was dialled (`ConnectException: http://h:8080/...`, held-out BR)
_UNRESOLVED_ADDRESS = rx(r"\bjava\.nio\.channels\.UnresolvedAddressException\b")
_DIALLED = rx(
    r"(?:Exception|Error):\s{1,2}[^\n]{0,300}?(?:[a-z][a-z0-9+.\-]{1,15}://(?:[^\s/@\"'<>]{1,256}@)?(?P<url>{H})"
    r"|(?<![\w.\-/])(?P<hostport>{H}):(?=\d{1,5}\b))"
    # held-out CF: ZooKeeper's client logs the server it was connecting to (`Session 0x0 for server h:2181, unexpected
    # error, closing socket connection`) above the exception's trace
    r"|\bSession\s0x[0-9a-f]{1,16}\sfor\sserver\s(?P<zk>{H}):\d{1,5},\sunexpected\serror"
)
TRACE_LINES = 60
"""Lines a trace is read up for the exception that names the address (frames between)."""


TRACE_WALKS = 200
"""Traces walked up in one paste (a hostile line of the exception repeated: each walk reads up to TRACE_LINES)."""
OWN_LINE = 400
"""Characters of the exception's own line read before it (a megabyte line of it repeated stays linear)."""


def _unresolved_address(m: re.Match[str], seg: Segment) -> Hit | None:
    if not seg.doc.spend("unresolved-trace", TRACE_WALKS):
        return None
    own = seg.text[max(0, m.start() - OWN_LINE) : m.start()]
    for n, line in enumerate([own, *seg.lines_before(TRACE_LINES)]):
        if n and not line.strip():
            return None  # the end of the trace
        for dialled in _DIALLED.finditer(line):
            host = dialled.group("url") or dialled.group("hostport") or dialled.group("zk")
            if dialled.group("hostport") and "." in host and host.lower().rsplit(".", 1)[-1] in SOURCE_FILE_SUFFIXES:
                continue  # a frame's file and line (`ConnectException: null (Utils.java:1028)`; held-out BW)
            return hit(m, seg, "other", host=host)
    return None


# Apache MINA / SSHD: `DefaultConnectFuture[h]: Failed (UnresolvedAddressException) to execute` (its connect future
# prints the address it dialled; held-out CA's Metabase SSH tunnel): the name in the brackets, `other` as above
_MINA_CONNECT = rx(
    r"\bDefaultConnectFuture\[(?:[^\s@\]]{1,64}@)?(?P<host>{H})(?:/<unresolved>)?(?::(?P<port>\d{1,5}))?\]:\s{1,2}"
    r"Failed\s\((?:java\.nio\.channels\.)?UnresolvedAddressException\)"
)


RULES: tuple[Rule, ...] = (
    Rule("mina-connect-unresolved", ("unresolvedaddressexception)",), _MINA_CONNECT, fixed("other", exact=True)),
    Rule("java-unresolved-address", ("unresolvedaddressexception",), _UNRESOLVED_ADDRESS, _unresolved_address),
    Rule("tdengine-fqdn", ("failed to resolve fqdn:",), _TDENGINE_FQDN, _tdengine_fqdn),
    Rule("tdengine-get-ip", ("get ip from fqdn:",), _TDENGINE_GET_IP, _tdengine_fqdn),
    Rule("tdengine-since", ("get the ip address, fqdn:",), _TDENGINE_SINCE, by_rest("other")),
    Rule("bind-unexpected-rcode", ("resolving '",), _BIND, _bind),
    Rule("grpc-zero-addresses", ("produced zero addresses",), _GRPC_ZERO, _grpc_zero),
    Rule("host-did-not-resolve", ("did not resolve:",), _DID_NOT_RESOLVE, _did_not_resolve),
)
