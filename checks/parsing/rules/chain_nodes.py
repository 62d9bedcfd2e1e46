r"""Blockchain nodes' own wordings for a failed look-up (issue #17, held-out DV, spent).

- bitcoind (and its forks) binding its RPC server to a name: `Binding RPC on address h port N failed.` with libevent's
  host-less `getaddrinfo: <reason>` between its announcement and that line;
- litep2p (Polkadot SDK's networking): `DnsError(ResolveError("h"))` for a `/dns/h/tcp/...` address, no reason;
- libp2p's `/dns4/h/tcp/N/...` multiaddr with the transport's resolver reason after it on its line;
- jvm-libp2p's `Could not resolve /dns4/h/... to an IP address` (held-out JJ-JQ, spent), no reason.
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import classify_resolution, from_rcode
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, fixed, hit, rx

_BITCOIND_BIND = rx(r"\bBinding\sRPC\son\saddress\s(?P<host>{H})\sport\s(?P<port>\d{1,5})\sfailed\b")
_LIBEVENT_GAI = re.compile(r"\blibevent:\sgetaddrinfo:\s(?P<rest>[^\n]{1,120})", re.I)
_BITCOIND_LINES = 3
"""Lines above the failed bind read for libevent's error (the server's start-up lines come between)."""


def _bitcoind_bind(m: re.Match[str], seg: Segment) -> Hit | None:
    said = seg.first_above(_LIBEVENT_GAI, _BITCOIND_LINES)
    kind = classify_resolution(said.group("rest")) if said else None
    return hit(m, seg, kind, port=m.group("port"), exact=True) if kind else None


_LITEP2P = rx(r"\bDnsError\(ResolveError\(\"(?P<host>{H})\"\)\)")


# libp2p's multiaddr of a name (`/dns4/h/tcp/443/...`) with the transport's resolver error on its line (Substrate's
# `Error while dialing /dns4/h/tcp/443/x-parity-wss/...: ... failed to lookup address information: <reason>`); not
# `/dnsaddr/h`, whose TXT name `_dnsaddr.h` is what Go's resolver then prints
_MULTIADDR = rx(r"/dns[46]?/(?P<host>{H})/(?:tcp|udp|ip4|ip6|p2p|quic)\b(?P<rest>[^\n]{0,600})")


_OTHER_MULTIADDR = re.compile(r"/dns[46]?/([^/\s]{1,253})/")
_GO_LOOKUP = re.compile(r"\blookup\s[^\s:]{1,253}(?:\son\s|:\s)", re.I)


def _multiaddr(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = m.group("rest")
    others = {a.group(1).lower() for a in _OTHER_MULTIADDR.finditer(rest)} - {m.group("host").lower()}
    if _GO_LOOKUP.search(rest) or others:
        # a resolver's own line names its name; another name's multiaddr may be the one whose error is stated (the
        # same one repeated, Substrate's `Transport([(/dns/h/tcp/443, ...)])`, is this one)
        return None
    kind = classify_resolution(rest)
    return hit(m, seg, kind, exact=True) if kind else None


# held-out JJ-JQ (spent): jvm-libp2p (Teku, Maru), `Libp2pException: Could not resolve /dns4/h/tcp/9000/p2p/<id> to an
# IP address`, no resolver's reason
_LIBP2P_TO_IP = rx(r"\bCould\snot\sresolve\s/dns[46]?/(?P<host>{H})(?:/[^\s]{0,300})?\sto\san\sIP\saddress\b")


# probes, round 8 (session 62):
# - Besu's discovery over Vert.x, `Error while resolving TXT records on domain: h` with the DnsException's `DNS query
#   error occurred: RCODE` below;
# - Besu's `Invalid IP address 'enode://<id>@h:port' (or DNS query resolved an invalid IP)` (no reason: `other`);
# - go-ethereum's `DNS lookup of static node failed ... name=h err="node does not provide a resolved IP"` (`other`);
# - Lighthouse's `Failed to parse or resolve address h.` (`other`)
_VERTX_TXT = rx(r"\bError\swhile\sresolving\s[A-Z]{1,6}\srecords\son\sdomain:\s(?P<host>{H})")
_VERTX_RCODE = re.compile(r"\bDNS\squery\serror\soccurred:\s(?P<rcode>[A-Z]{4,10})\b")


def _vertx_txt(m: re.Match[str], seg: Segment) -> Hit | None:
    below = seg.lines_after(1)
    said = _VERTX_RCODE.search(below[0]) if below else None
    return hit(m, seg, from_rcode(said["rcode"]), exact=True) if said else None


_BESU_ENODE = rx(
    r"\bInvalid\sIP\saddress\s'enode://[0-9a-fA-F]{16,200}@(?P<host>{H}):\d{1,5}'\s\(or\sDNS\squery\sresolved\san\sinvalid\sIP\)"
)
_GETH_STATIC_NODE = rx(r"\bDNS\slookup\sof\sstatic\snode\sfailed\s{1,40}id=\S{1,80}\sname=(?P<host>{H})")
_LIGHTHOUSE_ADDRESS = rx(r"\bFailed\sto\sparse\sor\sresolve\saddress\s(?P<host>{H}?)\.?(?::\d{1,5})?(?=[\s,;]|$)")


RULES: tuple[Rule, ...] = (
    Rule("bitcoind-rpc-bind", ("binding rpc on address",), _BITCOIND_BIND, _bitcoind_bind),
    Rule(
        "litep2p-resolve-error",
        ("dnserror(resolveerror(",),
        _LITEP2P,
        fixed(unstated('litep2p `DnsError(ResolveError("h"))`'), exact=True),
    ),
    Rule("libp2p-dns-multiaddr", ("/dns4/", "/dns6/", "/dns/"), _MULTIADDR, _multiaddr),
    Rule(
        "jvm-libp2p-to-an-ip-address",
        ("could not resolve /dns",),
        _LIBP2P_TO_IP,
        # (assumed: the UnknownHostException it wraps, stating a reason, wins)
        fixed(unstated("jvm-libp2p `Could not resolve /dns4/h/... to an IP address`"), exact=True, assumed=True),
    ),
    Rule("vertx-txt-records", ("error while resolving ",), _VERTX_TXT, _vertx_txt),
    Rule(
        "besu-enode-invalid-ip",
        ("or dns query resolved an invalid ip",),
        _BESU_ENODE,
        fixed(unstated("a node's own words for a peer's name it could not resolve (no reason)"), exact=True),
    ),
    Rule(
        "geth-static-node",
        ("dns lookup of static node failed",),
        _GETH_STATIC_NODE,
        fixed(unstated("a node's own words for a peer's name it could not resolve (no reason)"), exact=True),
    ),
    Rule(
        "lighthouse-parse-or-resolve",
        ("failed to parse or resolve address ",),
        _LIGHTHOUSE_ADDRESS,
        fixed(unstated("a node's own words for a peer's name it could not resolve (no reason)"), exact=True),
    ),
)
