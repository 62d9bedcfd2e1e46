r"""Libraries' and agents' own resolver messages no other module reads (issue #17, held-out Y).

- folly's `SocketAddress::getAddrInfo` (C++, e.g. Nebula Graph): `Failed to resolve address for 'h': <gai_strerror>
  (error=-2)`: the reason is glibc's text, read as such; the `(error=N)` folly prints is required;
- amphp/dns (PHP): `NoRecordException: No records returned for 'h' (DNAME)` (it always prints the asked types): the
  stub resolver got an answer with no record of any asked type: read as `nxdomain`, as hickory's NODATA is
  (`no_reason.py`);
- Hazelcast's Kubernetes discovery (DNS lookup mode): `DNS lookup for serviceDns 'h' failed: name not found` (its
  `javax.naming` `NameNotFoundException`): `nxdomain`;
- httplib2 (Python): `Unable to find the server at h` (`ServerNotFoundError`, raised on any `socket.gaierror`,
  the reason dropped), the name ending the message: no reason, `other` by the conventions, unless the traceback above
  it shows the `socket.gaierror` it caught (`During handling of the above exception ...`): that error's reason;
- Zabbix agent/proxy: `... started to fail (cannot resolve [h])` (`zbx_tcp_connect`, no reason; its parentheses
  required), the proxy's `Unable to connect to the server [h]:10051 [cannot resolve [h]]` in brackets: `other`;
- ceph's monitor discovery (`common/dns_resolve.cc`): `unable to get monitor info from DNS SRV with service name:
  ceph-mon` and `failed for service _ceph-mon._tcp` (no reason): the SRV name as ceph printed it, `other`, only on or
  under the first line; the name ends at its protocol label, so a log glued to it (`_ceph-mon._tcpmount error: ...`,
  kubelet's events) does not lengthen it;
- busybox nslookup's `nslookup: read: Connection refused` (the server's port 53 answered with an ICMP port
  unreachable): `refused` for the name of the `nslookup [-type=T] h [server]` command above it;
- (surveyed after held-out AZ-BC) mount.cifs's `mount error: could not resolve address for h: <gai_strerror>` (its
  `Unknown error` no reason: `other`); the Nagios plugins' `Invalid hostname/address - h` (`is_host()` failed to
  resolve the name it was given: no reason, `other`).
"""

from __future__ import annotations

import re

from checks.parsing.document import Document, Segment
from checks.parsing.kinds import classify_resolution
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, by_rest, container_id_as_printed, first_of, fixed, hit, rx
from checks.parsing.rules.dns_tools import queried_name

_FOLLY = rx(r"\bFailed\sto\sresolve\saddress\sfor\s'(?P<host>{H})':\s(?P<rest>[^\n]{1,120}?\(error=-?\d{1,4}\))")
_AMPHP = rx(r"\bNo\srecords\sreturned\sfor\s'(?P<host>{H})'\s\((?:[A-Z]{1,10}(?:,\s?)?){1,6}\)")
# (source-mined, session 53) the Kubernetes plugin's own DnsEndpointResolver ends the line at `failed` (its cause, an
# InterruptedException or a timeout, on the lines below): no reason, `other`
_HAZELCAST = rx(
    r"\bDNS\slookup\sfor\sserviceDns\s'(?P<host>{H})'\sfailed(?::\s(?P<rest>name\snot\sfound|[^\n\"]{1,80})|(?=\s*(?:\n|$)))"
)
_CIFS = rx(r"\bmount\serror:\scould\snot\sresolve\saddress\sfor\s(?P<host>{H}):\s(?=(?P<rest>[^\n]{1,100}))")
_NAGIOS_INVALID = rx(r"\bInvalid\shostname/address\s-\s(?P<host>{H})(?=\s*$)")
# amazon-efs-utils (mount.efs, the EFS CSI driver, ECS): `Failed to resolve "fs-id.efs.region.amazonaws.com" - check
# that your file system ID is correct.` on a socket.gaierror (held-out CF)
_EFS_UTILS = rx(
    r"\bFailed\sto\sresolve\s\"(?P<host>{H})\"(?:\s-\scheck\sthat\syour\sfile\ssystem\sID\sis\scorrect"
    # ... and when it found no mount target's address either
    r"|\.\sThe\sfile\ssystem\smount\starget\sip\saddress\scannot\sbe\sfound)"
    # (held-out HF-HM, spent) ECS's `failed to invoke EFS utils commands to set up EFS volumes: stderr: Failed to
    # resolve "fs-id.efs.` with the rest of the line cut off
    r"|\bEFS\sutils\scommands\b[^\n]{0,120}?\bFailed\sto\sresolve\s\"(?P<cut>{H})(?=\.?\s*$)"
)
# gcloud's network diagnostic (`gcloud init`, `gcloud info --run-diagnostics`): httplib2's ServerNotFoundError
# named after the URL it could not reach, one line per URL (held-out CA)
_GCLOUD_REACH = rx(
    r"\bCannot\sreach\s[a-z][a-z0-9+.\-]{1,15}://(?P<host>{H})(?::(?P<port>\d{1,5}))?(?:/[^\s()]{0,300})?"
    r"\s\((?:httplib2\.)?ServerNotFoundError\)"
)
_HTTPLIB2 = rx(r"\bUnable\sto\sfind\sthe\sserver\sat\s(?P<host>{H})(?=[ \t]*(?:\n|$|[\"')`]))")
# the traceback above httplib2's: Python's `gaierror: [Errno N] <text>` that httplib2 caught, then `During handling of
# the above exception, another exception occurred:` (source-mined, round 7): that cause says how the look-up failed
_GAIERROR = re.compile(r"(?:^|\s)(?:socket\.)?gaierror:\s(?P<reason>\[Errno\s-?\d{1,5}\]\s[^\n]{3,100})")
_DURING_HANDLING = "during handling of the above exception"
_HTTPLIB2_FRAME = re.compile(r"[/\\]httplib2[/\\]")
_TRACEBACK_HEADER = "Traceback (most recent call last)"


def _httplib2(m: re.Match[str], seg: Segment) -> Hit | None:
    above = seg.lines_before(40)
    # held-out LV-MC (spent): the traceback cut after the gaierror that httplib2's own frames raised (`File
    # ".../httplib2/__init__.py", ... in connect` above it), ServerNotFoundError quoted on its own below: read up to
    # that traceback's header (review: not another program's gaierror above it), Windows' paths too; past it, only
    # a cause chained to it (`During handling ...`)
    header = next((n for n, line in enumerate(above) if _TRACEBACK_HEADER in line), len(above))
    handled = any(_HTTPLIB2_FRAME.search(line) for line in above[:header])
    for n, line in enumerate(above):
        handled = handled and n != header
        if _DURING_HANDLING in line.lower():
            handled = True
            continue
        cause = _GAIERROR.search(line) if handled else None  # a wrapped frame's line may hold it
        if cause is not None:
            kind = classify_resolution(cause.group("reason"))
            return hit(m, seg, kind or unstated(_HTTPLIB2_FORMAT))
    return hit(m, seg, unstated(_HTTPLIB2_FORMAT))


_HTTPLIB2_FORMAT = "httplib2 `Unable to find the server at h`"
_ZABBIX = rx(r"[(\[]cannot\sresolve\s\[(?P<host>{H})\][)\]]")
_CEPH_SRV = rx(r"\bfailed\sfor\sservice\s(?P<host>_[a-z0-9][a-z0-9-]{0,62}\._(?:tcp|udp))")
_CEPH_ANNOUNCED = (
    "dns srv with service name"  # ceph's line before it (`unable to get monitor info from DNS SRV with …`)
)
# held-out JB-JI (spent): ceph's summary line alone (`unable to get monitor info from DNS SRV with service name:
# ceph-mon`, its `failed for service _ceph-mon._tcp` line not copied or printed with an empty name, `_._tcp`): the
# service name as printed (LABELS.md); with the SRV name anywhere in the paste, the `ceph-srv` rule reads that instead
# (review: the line ends with the name, not a grep's pattern quoting Ceph's words)
_CEPH_SRV_SERVICE = rx(
    r"(?<![A-Za-z])unable\sto\sget\smonitor\sinfo\sfrom\sDNS\sSRV\swith\sservice\sname:\s(?P<host>[a-z0-9][a-z0-9-]{0,62})"
    r"(?=[ \t*_`'\".]{0,4}(?:$|\r|\n))"  # held-out KX-LE (spent): a closing backtick or quote
)
_SRV_NAME_PRINTED = re.compile(r"\bfailed\sfor\sservice\s_[a-z0-9]", re.I)
_SRV_PRINTED_IN: list[tuple[Document, bool]] = []
"""The last paste asked about and whether it prints Ceph's SRV name anywhere (one search a paste, not one a line)."""


def _srv_name_printed(doc: Document) -> bool:
    last = _SRV_PRINTED_IN[0] if _SRV_PRINTED_IN else None
    if last is not None and last[0] is doc:
        return last[1]
    printed = _SRV_NAME_PRINTED.search(doc.lower) is not None
    _SRV_PRINTED_IN[:] = [(doc, printed)]
    return printed


_NSLOOKUP_READ_REFUSED = rx(r"^\s{0,8}nslookup:\sread:\sConnection\srefused\b")


def _hazelcast(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = (m.group("rest") or "").lower()
    return hit(m, seg, "nxdomain") if rest == "name not found" else by_rest("other")(m, seg)


_CIFS_KIND = by_rest(
    unstated("mount.cifs `could not resolve address for h: Unknown error`"), resolution_only=True, exact=True
)


def _cifs(m: re.Match[str], seg: Segment) -> Hit | None:
    # held-out KX-LE (spent): mount.cifs prints the server it was given, a container's id too (docker-volume-netshare's)
    return container_id_as_printed(_CIFS_KIND(m, seg))


def _ceph_srv(m: re.Match[str], seg: Segment) -> Hit | None:
    """ceph's SRV name, only by its own `unable to get monitor info from DNS SRV` (the same line, one of the two above
    or four below) or with ceph's service name: `failed for service _x._tcp` alone is any program's words."""
    near = [seg.lower[: m.start()], *(line.lower() for line in seg.lines_before(2))]
    # held-out AN: ceph's own service name (`_ceph-mon._tcp`), or its summary a few lines below (`unable to get
    # monitor info from DNS SRV with service name: ceph-mon`, after monclient's lines)
    below = [line.lower() for line in seg.lines_after(4)]
    if not (m.group("host").startswith("_ceph-") or any(_CEPH_ANNOUNCED in line for line in near + below)):
        return None
    return hit(m, seg, unstated("ceph `failed for service _ceph-mon._tcp`"), exact=True)


def _ceph_srv_service(m: re.Match[str], seg: Segment) -> Hit | None:
    if _srv_name_printed(seg.doc):
        return None  # the `ceph-srv` rule reads the SRV name Ceph printed, wherever in the paste (review)
    return hit(m, seg, unstated("ceph `unable to get monitor info from DNS SRV with service name: h`"), exact=True)


def _nslookup_read_refused(m: re.Match[str], seg: Segment) -> Hit | None:
    asked = queried_name(seg, m.start())
    return hit(m, seg, "refused", host=asked[0], server=asked[1]) if asked else None


RULES: tuple[Rule, ...] = (
    Rule("folly-getaddrinfo", ("failed to resolve address for '",), _FOLLY, by_rest("other", resolution_only=True)),
    Rule(
        "amphp-no-records",
        ("no records returned for '",),
        _AMPHP,
        fixed(unstated("amphp/dns `No records returned for 'h' (T)`"), exact=True),
    ),
    Rule("hazelcast-service-dns", ("dns lookup for servicedns '",), _HAZELCAST, _hazelcast),
    Rule(
        "httplib2-server-not-found",
        ("unable to find the server at ",),
        _HTTPLIB2,
        _httplib2,
    ),
    Rule(
        "efs-utils-failed-to-resolve",
        ("check that your file system id", "mount target ip address cannot be found", "efs utils commands"),
        _EFS_UTILS,
        first_of(
            unstated('efs-utils `Failed to resolve "h" - check that your file system ID is correct`'), ("host", "cut")
        ),
    ),
    Rule(
        "gcloud-cannot-reach",
        ("(servernotfounderror)",),
        _GCLOUD_REACH,
        fixed(unstated("gcloud `Cannot reach URL (ServerNotFoundError)`"), exact=True),
    ),
    Rule(
        "zabbix-cannot-resolve",
        ("(cannot resolve [", "[cannot resolve ["),
        _ZABBIX,
        fixed(unstated("Zabbix `cannot resolve [h]`")),
    ),
    Rule("ceph-srv", ("failed for service _",), _CEPH_SRV, _ceph_srv),
    Rule("ceph-srv-service-name", ("dns srv with service name:",), _CEPH_SRV_SERVICE, _ceph_srv_service),
    Rule(
        "cifs-could-not-resolve",
        ("could not resolve address for",),
        _CIFS,
        _cifs,
    ),
    Rule(
        "nagios-invalid-hostname",
        ("invalid hostname/address - ",),
        _NAGIOS_INVALID,
        fixed(unstated("Nagios plugins' `Invalid hostname/address - h`"), exact=True),
    ),
    Rule(
        "nslookup-read-refused", ("nslookup: read: connection refused",), _NSLOOKUP_READ_REFUSED, _nslookup_read_refused
    ),
)
