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
- cifs.upcall's `Unable to resolve host address: h [<gai_strerror>]` (the kernel's upcall for a CIFS mount's server)
  and rpc.nfsd's `unable to resolve h:nfs: <gai_strerror>` (its `--host` and the service name, which is no host; not
  `ANYADDR`, no `--host` given, nor `Servname not supported`, the service missing from /etc/services);
- WPScan's `The url supplied 'https://h/' seems to be down (Couldn't resolve host name)` (libcurl's
  CURLE_COULDNT_RESOLVE_HOST text: `nxdomain`, as curl's `Could not resolve host`);
- mqttwarn's `Cannot connect to MQTT broker at h:1883: [Errno -2] Name or service not known` (paho's socket error:
  the reason gives the kind), the host quoted or not and an ini file's inline comment after it (`h  ; default`);
- LocalStack's DNS server, `Unable to get DNS result from upstream server S for domain h.: <dnspython's or the
  socket's text>` (the kind from it), its `Unable to determine fallback DNS. Please check if 'h' is reachable` (no
  reason: `other`), and its diagnose endpoint's `"h": "unable_to_resolve [Errno -2] Name or service not known"`;
- dnsx's output, a line of a name and its response code (`h [NXDOMAIN]`, `[SERVFAIL]`, `[REFUSED]`; an address there
  is a reverse look-up, no failure) and its JSON (`{"host":"h",...,"status_code":"NXDOMAIN"`);
- subscription-manager's `Unable to reach the server at h:443/rhsm` ending its output under a resolver's error (its
  traceback's `socket.gaierror: [Errno -2] ...` above: the kind from it; alone it is any connection error);
- JupyterHub's `Failed to bind hub to http://h:8081/hub/` over tornado's traceback ending in `socket.gaierror`;
- BusyBox's applets (nc, wget, telnet) given a list, `nc: bad address 'zk1:2181,zk2:2181,zk3:2181'`: the whole
  string went to the resolver (only a single colon's port is split off first, `zk1,zk2:2181`), as printed (LABELS.md);
  a list of addresses only is no name;
"""

from __future__ import annotations

import re
from dataclasses import replace

from checks.parsing.document import Segment
from checks.parsing.hosts import is_ip
from checks.parsing.kinds import classify_resolution
from checks.parsing.model import FailureKind
from checks.parsing.rules.base import Hit, Rule, by_rest, fixed, hit, rx, url_hit

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


# --- cifs.upcall, rpc.nfsd ---

_CIFS_UPCALL = rx(r"\bUnable\sto\sresolve\shost\saddress:\s(?P<host>{H})\s\[(?P<rest>[^\]\n]{1,80})\]")
# its syslog line (`rpc.nfsd[2231]: unable to ...`) and releases before 2015 (`... h:nfs to inet6 address: ...`) too; no
# `--host` given is `ANYADDR` (no name), and `Servname not supported` is `nfs` missing from /etc/services (review)
_RPC_NFSD = rx(
    r"\brpc\.nfsd(?:\[\d{1,7}\])?:\s(?:rpc\.nfsd:\s)?unable\sto\sresolve\s(?P<host>{H}):(?:nfs|\d{1,5})"
    r"(?:\sto\sinet6?\saddress)?:\s(?P<rest>[^\n]{1,80})"
)
_RPC_NFSD_KIND = by_rest(None, resolution_only=True, exact=True)


def _rpc_nfsd(m: re.Match[str], seg: Segment) -> Hit | None:
    if m.group("host") == "ANYADDR" or m.group("rest").lower().startswith("servname not supported"):
        return None
    return _RPC_NFSD_KIND(m, seg)


# --- WPScan ---

_WPSCAN = rx(
    r"\bThe\surl\ssupplied\s'(?P<url>https?://[^'\s]{1,2048})'\sseems\sto\sbe\sdown\s\(Couldn't\sresolve\shost\sname\)"
)


def _wpscan(m: re.Match[str], seg: Segment) -> Hit | None:
    return url_hit(m, seg, "nxdomain", exact=True)


# --- mqttwarn ---

_MQTTWARN = rx(
    r"\bCannot\sconnect\sto\sMQTT\sbroker\sat\s(?P<q>['\"])?(?P<host>{H})(?::\d{1,5})?(?(q)(?P=q))"
    r"[^\n\[]{0,60}\[Errno\s-?\d{1,3}\]\s"
    r"(?P<rest>[^\n]{1,80})"
)

# --- LocalStack ---

_LOCALSTACK_UPSTREAM = rx(
    r"\bUnable\sto\sget\sDNS\sresult\sfrom\supstream\sserver\s(?P<server>[0-9a-f.:]{2,45})\sfor\sdomain\s"
    r"(?P<host>{H}?)\.?:\s(?P<rest>[^\n]{1,120})"
)


_DNSPYTHON_TIMEOUT = "The DNS operation timed out"  # dnspython's Timeout, its seconds left out since 2.x
_SOCKET_ERRNO = re.compile(r"\[Errno\s\d{1,3}\]\s")


def _localstack_upstream(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = m.group("rest")
    kind = ("timeout" if rest.startswith(_DNSPYTHON_TIMEOUT) else classify_resolution(rest)) or (
        "other" if _SOCKET_ERRNO.match(rest) else None
    )
    return hit(m, seg, kind, server=m.group("server"), exact=True) if kind else None


_LOCALSTACK_FALLBACK = rx(
    r"\bUnable\sto\sdetermine\sfallback\sDNS\.\sPlease\scheck\sif\s'(?P<host>{H})'\sis\sreachable\b"
)
_LOCALSTACK_DIAGNOSE = rx(r"\"(?P<host>{H})\":\s?\"unable_to_resolve\s(?P<rest>\[Errno\s-\d{1,2}\][^\"\n]{1,80})\"")

# --- dnsx ---

# a row ends its line, or the next row follows it where a terminal's rejoined cut put them on one line
# (review) a dotted name and the code in capitals as dnsx prints them (miekg/dns' RcodeToString): not a word before a
# bracketed code in a test script's or a reporter's line (`First test passed [SERVFAIL]`, `Connection [refused]`)
_DNSX_RCODE_LINE = rx(
    r"(?:^|(?<=\s))(?P<host>[A-Za-z0-9_\-]{1,63}(?:\.[A-Za-z0-9_\-]{1,63}){1,20})\.?\s"
    r"\[(?P<rcode>(?-i:NXDOMAIN|SERVFAIL|REFUSED))\](?=[ \t]*$|[ \t]{1,3}[^\s\[\]]{1,253}\s\[[A-Z]{2,10}\])"
)
_DNSX_JSON = rx(
    r"^[ \t]{0,8}\{\"host\":\"(?P<host>{H})\",[^\n]{0,2000}?"
    r"\"status_code\":\"(?P<rcode>NXDOMAIN|SERVFAIL|REFUSED)\""
)
_RCODE_KINDS: dict[str, FailureKind] = {"nxdomain": "nxdomain", "servfail": "servfail", "refused": "refused"}


def _dnsx(m: re.Match[str], seg: Segment) -> Hit | None:
    if is_ip(m.group("host")):
        return None  # a reverse (PTR) look-up of an address: no failure (LABELS.md)
    return hit(m, seg, _RCODE_KINDS[m.group("rcode").lower()], exact=True)


# --- subscription-manager, JupyterHub: the name on the last line, the resolver's error above it ---

_SUBMAN_UNREACHABLE = rx(r"^Unable\sto\sreach\sthe\sserver\sat\s(?P<host>{H}):\d{1,5}(?:/[^\s:]{0,200})?[ \t]*$")
_GAIERROR = re.compile(r"\bsocket\.gaierror:\s\[Errno\s(?P<rest>-\d{1,2}\][^\n]{1,80})")
SUBMAN_TRACE_LINES = 14
"""Lines above subscription-manager's last line read for the traceback's gaierror (its frames between)."""


def _gaierror_kind(error: re.Match[str] | None) -> FailureKind | None:
    """The kind a traceback's `socket.gaierror: [Errno -N] <text>` line states (None: no such line)."""
    return classify_resolution("[Errno " + error.group("rest")) if error else None


def _subman_unreachable(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = _gaierror_kind(seg.first_above(_GAIERROR, SUBMAN_TRACE_LINES))
    return hit(m, seg, kind, exact=True) if kind else None


_JUPYTERHUB_BIND = rx(
    r"\bJupyterHub\s[a-z_]{1,20}:\d{1,5}\]\sFailed\sto\sbind\shub\sto\s(?P<url>https?://[^\s]{1,300})"
)
JUPYTERHUB_TRACE_LINES = 24
"""Lines under JupyterHub's `Failed to bind hub to` read for tornado's traceback's last line."""


def _jupyterhub_bind(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = _gaierror_kind(seg.first_below(_GAIERROR, JUPYTERHUB_TRACE_LINES))
    return url_hit(m, seg, kind, exact=True) if kind is not None else None


# --- BusyBox ---

_BUSYBOX_LIST = rx(r"\bbad\saddress\s'(?P<host>[^'\s,]{1,253}(?:,[^'\s,]{1,253}){1,16})'")


_ONE_PORT = re.compile(r"[^:]{1,2000}:\d{1,5}")


def _busybox_list(m: re.Match[str], seg: Segment) -> Hit | None:
    """The string as printed, but its port when it holds one colon (BusyBox splits that off first: review), and no
    name when the list holds only addresses (LABELS.md: an address with its port is labelled by the address)."""
    listed = m.group("host")
    if _ONE_PORT.fullmatch(listed):
        listed = listed.rsplit(":", 1)[0]
    pieces = [piece.rsplit(":", 1)[0] if piece.count(":") == 1 else piece for piece in listed.split(",")]
    if all(is_ip(piece) for piece in pieces if piece):
        return None
    start = seg.start + m.start("host")
    return Hit(listed, "nxdomain", start, start + len(listed), exact=True, printed=True)


RULES: tuple[Rule, ...] = (
    Rule("glusterfs-resolver-volfile-server", ("0-resolver: ",), _GLUSTER_RESOLVER, _gluster_volfile_server),
    Rule("glusterd-probe-getaddrinfo", ("glusterd_peerinfo_find_by_hostname",), _GLUSTERD_PEER_GAI, _glusterd_probe),
    Rule("cephadm-cannot-resolve-ip-for-host", ("cannot resolve ip for host ",), _CEPHADM, _cephadm),
    Rule("cifs-upcall-resolve-host", ("unable to resolve host address: ",), _CIFS_UPCALL, by_rest(None, exact=True)),
    Rule("rpc-nfsd-unable-to-resolve", ("rpc.nfsd",), _RPC_NFSD, _rpc_nfsd),
    Rule("wpscan-url-seems-down", ("seems to be down (couldn't resolve host name)",), _WPSCAN, _wpscan),
    Rule(
        "mqttwarn-cannot-connect-broker",
        ("connect to mqtt broker at ",),
        _MQTTWARN,
        by_rest(None, resolution_only=True, exact=True),
    ),
    Rule(
        "localstack-dns-upstream",
        ("unable to get dns result from upstream server ",),
        _LOCALSTACK_UPSTREAM,
        _localstack_upstream,
    ),
    Rule(
        "localstack-fallback-dns",
        ("unable to determine fallback dns",),
        _LOCALSTACK_FALLBACK,
        fixed("other", exact=True),
    ),
    Rule(
        "localstack-diagnose-endpoint",
        ('"unable_to_resolve [errno -',),
        _LOCALSTACK_DIAGNOSE,
        by_rest(None, exact=True),
    ),
    Rule("dnsx-rcode-line", (" [nxdomain]", " [servfail]", " [refused]"), _DNSX_RCODE_LINE, _dnsx),
    Rule("dnsx-json-status-code", ('"status_code":"',), _DNSX_JSON, _dnsx),
    Rule(
        "subscription-manager-unreachable",
        ("unable to reach the server at ",),
        _SUBMAN_UNREACHABLE,
        _subman_unreachable,
    ),
    Rule("jupyterhub-bind-hub", ("failed to bind hub to ",), _JUPYTERHUB_BIND, _jupyterhub_bind),
    Rule("busybox-bad-address-list", ("bad address '",), _BUSYBOX_LIST, _busybox_list),
)
