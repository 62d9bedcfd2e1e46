r"""Configuration-management agents', robot middleware's, industrial and download clients' and shell sessions' own
texts for a failed look-up (issue #17, from held-out KH-KO's misses, spent, and the fourteenth round of probes from
programs' source; each rule named by the program and its format):

- CFEngine's bootstrap, `Could not resolve hostname 'h', unable to bootstrap` (cf-agent's `-B h`; a bare `could not
  resolve`, which LABELS.md reads as `nxdomain`, assumed: its `Unable to lookup hostname 'h' ... (getaddrinfo:
  <reason>)` above states the reason);
- Chef's knife, `ERROR: Network Error: getaddrinfo: <reason>` (its SocketError, no name) under knife bootstrap's own
  `Connecting to h` line: that line's name (without it, a knife command's server URL is nowhere in the paste);
- gopcua (OPC UA), `could not resolve address h:port` (a bare `could not resolve`, `nxdomain`, assumed; HAProxy's
  quoted `could not resolve address 'h'` states no reason, the generic rule's `other`);
- ROS 1's roscpp, `couldn't resolve publisher host [h]` (TransportTCP::connect when getaddrinfo fails; no reason:
  a bare `could not resolve`, `nxdomain`, assumed);
- MAVROS' libmavconn, `mavconn: udp0: resolve error: Host not found (authoritative)` (Boost.Asio's texts: `nxdomain`,
  `non-authoritative), try again later`: `temporary`) under its `FCU URL: udp://bind:port@remote:port` / `GCS URL` /
  mavros_router's `url: tcp://h:port` line: the URL's remote host, else its bind host; `udp0` is mavconn's channel
  (probes, round 14);
- ROS 2's DDS layers: Cyclone DDS' `add_peer_addresses: h: unknown address` (and a partition's or SPDP address, and
  `h: address name resolution failure`), Fast
  DDS' `Unable to resolve peer h`; ROS 1's xmlrpcpp `Couldn't find an AF_INET address for [h]` and roslaunch's `local
  hostname 'h' does not map to an IP address` (bare statements: `nxdomain`; probes, round 14);
- Fast DDS' IP locator, `IPv4 h error format. Expected X.X.X.X or valid DNS name` right under its `Error Host not
  found (authoritative) when execution the DNS request` (Boost.Asio's words give the kind; probes, round 14);
- a Java server's bind on a name that did not resolve, Velocity's `Can't bind to h/<unresolved>:port` and
  BungeeCord's `Could not bind to host h/<unresolved>:port` (`other`, as LABELS.md reads R2DBC's `<unresolved>`);
- SABnzbd's URL grabber, `Error "<urlopen error [Errno -2] Name or service not known>" trying to get the url URL` (its
  logger's `[urlgrabber:137]` is no name; probes, round 14);
- an interactive `getent hosts h` at a shell prompt whose next line is that same prompt again: getent printed nothing,
  its answer when the name is not found (`other`: no reason stated; a VPN container's `/ # getent hosts h` then `/ #`).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.hosts import is_ip
from checks.parsing.kinds import classify_resolution
from checks.parsing.model import FailureKind
from checks.parsing.rules.base import NEARBY, Hit, Rule, fixed, hit, rx, url_hit
from checks.parsing.rules.integration_texts import GETENT

_CFENGINE = rx(r"\bCould\snot\sresolve\shostname\s'(?P<host>{H})',\sunable\sto\sbootstrap\b")

_KNIFE = rx(r"\bERROR:\sNetwork\sError:\sgetaddrinfo:\s(?P<rest>[^\n]{1,120})")
# (review) Chef 15 and later: `Connecting to h using ssh`
_KNIFE_CONNECTING = re.compile(
    r"[ \t]{0,8}Connecting\sto\s(?P<host>[A-Za-z0-9][A-Za-z0-9.\-]{0,252})(?:\susing\s[a-z]{2,10})?[ \t]*"
)
KNIFE_LINES = 3
"""Lines above knife's error read for its `Connecting to h` line (bootstrap prints nothing between)."""


def _knife(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("rest"))
    if kind is None or not seg.doc.spend("nearby", NEARBY):
        return None
    for line in seg.lines_before(KNIFE_LINES):
        connecting = _KNIFE_CONNECTING.fullmatch(line)
        if connecting is not None:
            return hit(m, seg, kind, host=connecting.group("host"), exact=True)
    return None


_ROSCPP = rx(r"\bcouldn't\sresolve\spublisher\shost\s\[(?P<host>{H})\]")

# gopcua's `opcua: could not resolve address h:4840` (its dialer's words over net.ResolveTCPAddr, whose error it drops):
# a bare `could not resolve`; HAProxy's quoted `could not resolve address 'h'.` (the generic rule's, `other`) is not it
_GOPCUA = rx(r"\bcould\snot\sresolve\saddress\s(?P<host>{H}):(?P<port>\d{1,5})\b")


_GETENT_AT_PROMPT = rx(
    r"(?:^|(?<=\n))[ \t]{0,8}(?P<prompt>[^\s#$%>][^\n#$%>]{0,60}?[#$%>]|[#$%>])[ \t]{1,3}"
    + GETENT.replace("(?P<q>", "(?P<q3>").replace("(?(q)", "(?(q3)")
    + r"[ \t]*(?=\n|$)"
)


def _getent_silent(m: re.Match[str], seg: Segment) -> Hit | None:
    """Only when the shell's prompt comes back on the next line, nothing printed between (not an output left out)."""
    below = seg.lines_after(1)
    prompt = " ".join(m.group("prompt").split())
    after = " ".join(below[0].split()) if below else ""
    if not after.startswith(prompt) or m.group("host").startswith("$"):
        return None
    if len(prompt) == 1 and after != prompt:
        return None  # a bare `#` / `$` is also a comment's or a quote's mark: only the prompt alone again (review)
    return hit(m, seg, "other", exact=True)


# --- MAVROS (libmavconn): `mavconn: udp0: resolve error: <Boost.Asio text>`, the name in its URL line above ---------

_MAVCONN = rx(
    r"\bmavconn:\s(?:udp|tcp|udp-b|udp-pb|tcp-l)\d{1,3}:\sresolve\serror:\s"
    r"Host\snot\sfound\s\((?P<auth>authoritative|non-authoritative)\)"
)
# `FCU URL: udp://bind:port@remote:port`, `GCS URL: udp://@h:14550`, mavros_router's `url: tcp://h:5760`
_MAVLINK_URL = re.compile(
    r"\b(?:FCU\sURL|GCS\sURL|url):\s(?:udp|tcp|udp-b|udp-pb|tcp-l)://"
    r"(?P<bind>[A-Za-z0-9.\-]{0,253})(?::\d{1,5})?(?:@(?P<remote>[A-Za-z0-9.\-]{0,253})(?::\d{1,5})?)?(?=[\s/]|$)"
)
MAVLINK_LINES = 8
"""Lines above mavconn's resolve error read for the URL it was handed (its INFO lines between)."""
MAVCONN_BELOW = 4
"""Lines below it read for which address failed (`Bind address resolve failed` / `Remote address resolve failed.`)."""


def _mavconn(m: re.Match[str], seg: Segment) -> Hit | None:
    """The URL's host mavconn resolved when it failed: the bind host first (review: its source resolves the bind address
    first and gives up there, `Bind address resolve failed`), the remote one after `@` once a `Bind address:` line or
    `Remote address resolve failed.` shows the bind address resolved; mavconn's `udp0` is its channel, never a name."""
    if not seg.doc.spend("nearby", NEARBY):
        return None
    kind: FailureKind = "nxdomain" if m.group("auth").lower() == "authoritative" else "temporary"
    below = " ".join(seg.lines_after(MAVCONN_BELOW)).lower()
    bound = "remote address resolve failed" in below and "bind address resolve failed" not in below
    for line in seg.lines_before(MAVLINK_LINES):
        if "Bind address:" in line:
            bound = bound or "bind address resolve failed" not in below
        url = _MAVLINK_URL.search(line)
        if url is not None:
            remote, bind = url.group("remote"), url.group("bind")
            name = (remote if bound or not bind else bind) or bind
            return hit(m, seg, kind, host=name, exact=True) if name and not is_ip(name) else None
    return None


# --- ROS 2's DDS layers and ROS 1's tools ---------------------------------------------------------------------------

_ROS_TEXTS = rx(
    # Cyclone DDS (ddsi_tran / ddsi_config, `GVERROR("%s: %s: unknown address", msgtag, ...)`): a peer's, a
    # partition's, an external or multicast address' name (a port after it too; review) that getaddrinfo did not resolve
    r"\b(?:add_peer_address(?:es)?|(?:[a-z]{2,20}\s){0,2}address):\s(?P<cyclone>{H})(?::\d{1,5})?:\sunknown\saddress\b"
    r"|\s(?P<cyclone2>{H}):\saddress\sname\sresolution\sfailure\b"
    # Fast DDS (a static peer, ROS_STATIC_PEERS): its locator from the name, ending the line or rcl's message (review:
    # not `unable to resolve peer name h`, `... peer dependency conflicts`)
    r"|\bUnable\sto\sresolve\speer\s(?P<fastdds>{H})(?=[ \t]*(?:$|\n|\r|,\sat\s))"
    # ROS 1's xmlrpcpp (Windows, or before 2011 everywhere; AF_INET6 too, review) and roslaunch's check of the local
    # hostname
    r"|\bCouldn't\sfind\san\sAF_INET6?\saddress\sfor\s\[(?P<xmlrpc>{H})\](?::\s(?P<rest>[^\n]{1,120}))?"
    r"|\blocal\shostname\s['\"](?P<local>{H})['\"]\sdoes\snot\smap\sto\san\sIP\saddress\b"
)
_CYCLONE_KEYWORDS = frozenset({"multicast", "any", "auto", "default", "none", "localhost"})


def _ros_texts(m: re.Match[str], seg: Segment) -> Hit | None:
    which = next(g for g in ("cyclone", "cyclone2", "fastdds", "xmlrpc", "local") if m.group(g))
    name = m.group(which).rstrip(".")
    if which.startswith("cyclone") and name.lower() in _CYCLONE_KEYWORDS:
        return None  # Cyclone's keywords in an address' place (`spdp address: multicast: ...`; review)
    if which == "fastdds" and not any(c in name for c in ".-_0123456789"):
        return None  # a word in prose (`Unable to resolve peer keys.`; review): a peer's name has a dot, dash or digit
    kind = classify_resolution(m.group("rest") or "") or "nxdomain"  # a bare `could not be resolved`: LABELS.md
    return hit(m, seg, kind, host=m.group(which), exact=True)


# Fast DDS' IP locator: `IPv4 h error format. Expected X.X.X.X or valid DNS name` right under its `Error Host not found
# (authoritative) when execution the DNS request` (Boost.Asio's text for the look-up): without that line, a format error
_FASTDDS_FORMAT = rx(r"\bIPv[46]\s(?P<host>{H})\serror\sformat\.\sExpected\s")
_FASTDDS_DNS = re.compile(r"\bError\s(?P<text>[^\n]{3,120}?)\swhen\sexecution\sthe\sDNS\srequest\b")
FASTDDS_LINES = 2
"""Lines above Fast DDS' format warning read for its DNS request's error (logged just before it)."""


def _fastdds_format(m: re.Match[str], seg: Segment) -> Hit | None:
    if not seg.doc.spend("nearby", NEARBY):
        return None
    dns = seg.first_above(_FASTDDS_DNS, FASTDDS_LINES)
    if dns is None:
        return None
    # Asio's text (`Host not found (authoritative)`; Windows' `No such host is known`, review): its kind, else `other`
    return hit(m, seg, classify_resolution(dns.group("text")) or "other", exact=True)


# Java's server bind on a name that did not resolve, `Can't bind to h/<unresolved>:port` (Velocity) / `Could not bind
# to host h/<unresolved>:port` (BungeeCord) over UnresolvedAddressException: `other`, as LABELS.md reads R2DBC's
_BIND_UNRESOLVED = rx(r"\b(?:Can't|Could\snot|Failed\sto)\sbind\sto\s(?:host\s)?(?P<host>{H})/<unresolved>:\d{1,5}")


# --- SABnzbd's URL grabber: `Error "<urlopen error [Errno -2] ...>" trying to get the url URL` -----------------------

_SABNZBD_GRAB = rx(
    r"\bError\s\"<urlopen\serror\s(?P<rest>[^>\n]{1,160})>\"\strying\sto\sget\sthe\surl\s(?P<url>[a-z]{3,5}://\S{1,2048})"
)


def _sabnzbd_grab(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("rest"))
    return url_hit(m, seg, kind) if kind else None


RULES: tuple[Rule, ...] = (
    Rule(
        "cfengine-bootstrap-could-not-resolve",
        ("unable to bootstrap",),
        _CFENGINE,
        fixed("nxdomain", exact=True, assumed=True),
    ),
    Rule("knife-network-error-connecting-above", ("network error: getaddrinfo: ",), _KNIFE, _knife),
    Rule("gopcua-could-not-resolve-address", ("could not resolve address ",), _GOPCUA, fixed("nxdomain", assumed=True)),
    Rule(
        "roscpp-publisher-host",
        ("couldn't resolve publisher host [",),
        _ROSCPP,
        fixed("nxdomain", exact=True, assumed=True),
    ),
    Rule("mavconn-resolve-error-url-above", ("resolve error: host not found (",), _MAVCONN, _mavconn),
    Rule(
        "ros-dds-and-ros1-name-texts",
        (
            ": unknown address",
            ": address name resolution failure",
            "unable to resolve peer ",
            "find an af_inet address for [",
            "find an af_inet6 address for [",
            "does not map to an ip address",
        ),
        _ROS_TEXTS,
        _ros_texts,
    ),
    Rule("fastdds-ip-locator-format-under-dns-error", ("error format. expected ",), _FASTDDS_FORMAT, _fastdds_format),
    Rule("java-bind-unresolved", ("/<unresolved>:",), _BIND_UNRESOLVED, fixed("other", exact=True)),
    Rule("sabnzbd-urlgrabber-error", ("trying to get the url ",), _SABNZBD_GRAB, _sabnzbd_grab),
    Rule("getent-silent-at-prompt", ("getent hosts ", "getent ahosts"), _GETENT_AT_PROMPT, _getent_silent),
)
