r"""Network file systems', scanners' and a few services' own texts for a failed look-up (issue #17, from held-out
KX-LE's misses, spent; each rule named by the program and its format):

- GlusterFS' client (`glusterfsd`), whose resolver line names no host, `gf_resolve_ip6] 0-resolver: getaddrinfo
  failed (Name or service not known)` (or `error in getaddrinfo [{family=2}, {ret=...}]`), with no `DNS resolution
  failed on host h` beside it: the `--volfile-server=h` of its own `Started running /usr/sbin/glusterfs ... (args:
  ...)` line above (the volume's server, the first name it resolves);
- glusterd's peer probe, `Received CLI probe req h 24007` with `error in getaddrinfo: <reason>` under it
  (`glusterd_peerinfo_find_by_hostname`): the probed peer;
- Ceph's orchestrator (cephadm), `Cannot resolve IP for host h: [Errno -2] Name or service not known`: the host as
  the orchestrator holds it, as printed (`192.168.0.12/ceph-node-02` too: a string handed to the resolver whole);
- WPScan's `The url supplied 'https://h/' seems to be down (Couldn't resolve host name)` (libcurl's
  CURLE_COULDNT_RESOLVE_HOST text: `nxdomain`, as curl's `Could not resolve host`);
- mqttwarn's `Cannot connect to MQTT broker at h:1883: [Errno -2] Name or service not known` (paho's socket error:
  the reason gives the kind), the host quoted or not and an ini file's inline comment after it (`h  ; default`);
- BusyBox's applets (nc, wget, telnet) given a list, `nc: bad address 'zk1:2181,zk2:2181,zk3:2181'`: the whole
  string went to the resolver (only a single `h:port` is split at its colon), as printed (LABELS.md);
"""

from __future__ import annotations

import re
from dataclasses import replace
from urllib.parse import urlsplit

from checks.parsing.document import Segment
from checks.parsing.kinds import classify_resolution
from checks.parsing.rules.base import Hit, Rule, by_rest, hit, rx

# --- GlusterFS ---

_GLUSTER_RESOLVER = rx(
    r"\bgf_resolve_ip6\]\s0-resolver:\s(?:getaddrinfo\sfailed\s(?:\(family:\d{1,2}\)\s)?\((?P<rest>[^)\n]{1,100})\)"
    r"|error\sin\sgetaddrinfo\s\[(?:\{family=\d{1,2}\},\s)?\{ret=(?P<rest2>[^}\n]{1,100})\}\])"
)
_VOLFILE_SERVER = rx(r"/glusterfs(?:d)?\s[^\n]{0,400}?--volfile-server[=\s](?P<host>{H})(?=[\s)])")
_ON_HOST = re.compile(r"\bDNS\sresolution\sfailed\son\shost\s", re.IGNORECASE)
ON_HOST_LINES = 6
"""Lines above the resolver's line read for a `failed on host h` naming what failed (the client's own lines between)."""
GLUSTER_ARGS_LINES = 12
"""Lines above gf_resolve_ip6's line read for glusterfs' own start line (its version and options lines between)."""


def _gluster_volfile_server(m: re.Match[str], seg: Segment) -> Hit | None:
    """The volume's server, only when no `DNS resolution failed on host h` beside the resolver's line names what
    failed (then that rule reads it, with this line's reason)."""
    if seg.text.lstrip().startswith('The message "'):
        return None  # (review) a `repeated N times` summary of an earlier line, not a look-up of its own
    if any(_ON_HOST.search(line) for line in (*seg.lines_before(ON_HOST_LINES), seg.text, *seg.lines_after(2))):
        return None
    started = seg.first_above(_VOLFILE_SERVER, GLUSTER_ARGS_LINES)
    if started is None:
        return None
    kind = classify_resolution(m.group("rest") or m.group("rest2") or "") or "other"
    return hit(m, seg, kind, host=started.group("host"), exact=True)


_GLUSTERD_PEER_GAI = rx(
    r"\bglusterd_peerinfo_find_by_hostname\]\s0-management:\serror\sin\sgetaddrinfo:\s(?P<rest>[^\n]{1,80})"
)
_PROBE_REQ = rx(r"\bReceived\sCLI\sprobe\sreq\s(?P<host>{H})\s\d{1,5}\b")
GLUSTERD_PROBE_LINES = 4


def _glusterd_probe(m: re.Match[str], seg: Segment) -> Hit | None:
    probed = seg.first_above(_PROBE_REQ, GLUSTERD_PROBE_LINES)
    if probed is None:
        return None
    return hit(m, seg, classify_resolution(m.group("rest")) or "other", host=probed.group("host"), exact=True)


# --- Ceph's orchestrator ---

_CEPHADM = rx(
    r"\bCannot\sresolve\sIP\sfor\shost\s(?P<host>[^\s]{1,253}?)\.?:\s\[Errno\s-?\d{1,3}\]\s(?P<rest>[^\n]{1,80})"
)


def _cephadm(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("rest"))
    if kind is None:
        return None
    found = hit(m, seg, kind, exact=True)
    # (review) an address and a name joined by `/` (mgr/nfs' `ip/hostname`), an IPv6 address in it too: as printed
    return replace(found, printed=True) if "/" in found.host or ":" in found.host else found


# --- WPScan ---

_WPSCAN = rx(
    r"\bThe\surl\ssupplied\s'(?P<url>https?://[^'\s]{1,2048})'\sseems\sto\sbe\sdown\s\(Couldn't\sresolve\shost\sname\)"
)


def _wpscan(m: re.Match[str], seg: Segment) -> Hit | None:
    try:
        host = urlsplit(m.group("url")).hostname
    except ValueError:
        return None
    if not host:
        return None
    return hit(m, seg, "nxdomain", host=host, exact=True)


# --- mqttwarn ---

_MQTTWARN = rx(
    r"\bCannot\sconnect\sto\sMQTT\sbroker\sat\s(?P<q>['\"])?(?P<host>{H})(?::\d{1,5})?(?(q)(?P=q))"
    r"[^\n\[]{0,60}\[Errno\s-?\d{1,3}\]\s"
    r"(?P<rest>[^\n]{1,80})"
)

# --- BusyBox ---

_BUSYBOX_LIST = rx(r"\bbad\saddress\s'(?P<host>[^'\s,]{1,253}(?:,[^'\s,]{1,253}){1,16})'")


def _busybox_list(m: re.Match[str], seg: Segment) -> Hit | None:
    start, end = seg.start + m.start("host"), seg.start + m.end("host")
    return Hit(m.group("host"), "nxdomain", start, end, exact=True, printed=True)


RULES: tuple[Rule, ...] = (
    Rule("glusterfs-resolver-volfile-server", ("0-resolver: ",), _GLUSTER_RESOLVER, _gluster_volfile_server),
    Rule("glusterd-probe-getaddrinfo", ("glusterd_peerinfo_find_by_hostname",), _GLUSTERD_PEER_GAI, _glusterd_probe),
    Rule("cephadm-cannot-resolve-ip-for-host", ("cannot resolve ip for host ",), _CEPHADM, _cephadm),
    Rule("wpscan-url-seems-down", ("seems to be down (couldn't resolve host name)",), _WPSCAN, _wpscan),
    Rule(
        "mqttwarn-cannot-connect-broker",
        ("connect to mqtt broker at ",),
        _MQTTWARN,
        by_rest(None, resolution_only=True, exact=True),
    ),
    Rule("busybox-bad-address-list", ("bad address '",), _BUSYBOX_LIST, _busybox_list),
)
