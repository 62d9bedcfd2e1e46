r"""Network-automation and routing software's own texts for a failed look-up (issue #17, the tenth round of probes
rendered from programs' own source, session 63; each rule named by the program and its format):

- Netmiko, `DNS failure--the hostname you provided was not resolvable in DNS: h:22` (its socket.gaierror caught: no
  address, `nxdomain` as LABELS.md reads a bare `could not be resolved`) and its dispatcher's `Device failed due to a
  DNS failure, hostname h` (`other`); its `TCP connection to device failed.` naming the device only in the
  `Device settings: TYPE h:22` line under the socket.gaierror it caught (the errno's kind); NAPALM and Nornir print
  Netmiko's;
- Junos PyEZ (NAPALM's Junos driver), `ConnectUnknownHostError(h)` (`nxdomain`);
- Ansible's verbose connection line `<h> ESTABLISH ... CONNECTION FOR USER: u on PORT p TO h` above a task's `fatal:
  [...]: FAILED! => {..."msg": "[Errno -2] Name or service not known"}` (the errno's kind): the name dialed;
- FRR's BMP target, `bmp[h]: hostname resolution failed: <c-ares text>`, and nhrpd's `Resolving 'h'` above `Resolving
  failed (<c-ares text>)` (c-ares' `Could not contact DNS servers` says no more: `other`).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import GAI_CODES, classify_resolution
from checks.parsing.rules.base import Hit, Rule, fixed, hit, rx

_NETMIKO_NOT_RESOLVABLE = rx(r"\bnot\sresolvable\sin\sDNS:\s(?P<host>{H})(?::(?P<port>\d{1,5}))?")
_NETMIKO_DISPATCHER = rx(r"\bDevice\sfailed\sdue\sto\sa\sDNS\sfailure,\shostname\s(?P<host>{H})")
_PYEZ_UNKNOWN_HOST = rx(r"\bConnectUnknownHostError\((?!(?:self|None)\))(?P<host>{H})\)")  # not `(self)`
# Netmiko's `TCP connection to device failed.` names the device only in its `Device settings:` line, lines under the
# socket.gaierror it caught
_NETMIKO_DEVICE_SETTINGS = rx(r"^Device\ssettings:\s[a-z][a-z0-9_]{1,40}\s(?P<host>{H}):(?P<port>\d{1,5})\s*$")
_GAIERROR_ABOVE = rx(r"\bsocket\.gaierror:\s\[Errno\s(?P<code>-?\d{1,2})\]\s(?P<rest>[^\n]{1,80})")
_NETMIKO_TCP_FAILED = rx(r"\bTCP\sconnection\sto\sdevice\sfailed\.")
_DEVICE_SETTINGS_LINES = 14
_ANSIBLE_FATAL_ERRNO = rx(
    r"\bfatal:\s\[[^\]\n]{1,100}\]:\s(?:FAILED|UNREACHABLE)!\s=>\s\{[^\n]{0,300}?\"msg\":\s\"\[Errno\s(?P<code>-?\d{1,2})\]"
    r"\s(?P<rest>[^\"\n]{1,80})\""
)
_ANSIBLE_ESTABLISH = rx(
    r"^<{H}>\sESTABLISH\s[A-Z_ ]{2,40}CONNECTION\sFOR\sUSER:\s\S{1,64}\son\sPORT\s\d{1,5}\sTO\s(?P<host>{H})"
)
_ESTABLISH_LINES = 3
_ANSIBLE_RESULT = re.compile(r"\s{0,8}(?:ok|changed|fatal|failed|skipping|unreachable|included):\s\[", re.I)
_FRR_BMP = rx(r"\bbmp\[(?P<host>{H})\]:\shostname\sresolution\sfailed:\s(?P<rest>[^\n]{1,80})")
_NHRP_RESOLVING_FAILED = rx(r"\bResolving\sfailed\s\((?P<rest>[^)\n]{1,80})\)")
_NHRP_RESOLVING = rx(r"\bResolving\s'(?P<host>{H})'")


def _ansible_fatal_errno(m: re.Match[str], seg: Segment) -> Hit | None:
    if "://" in m.group(0):
        return None  # the task's own URL (`"url": "https://h/..."`) is what failed: the URL rules read it
    kind = GAI_CODES.get(m.group("code")) or classify_resolution(m.group("rest"))
    if not kind:
        return None
    dialed: set[str] = set()
    for line in seg.lines_before(_ESTABLISH_LINES):
        if _ANSIBLE_RESULT.match(line):
            break  # (review) another host's result between them: connections above it are not this one's
        found = _ANSIBLE_ESTABLISH.search(line)
        if found is not None:
            dialed.add(found.group("host"))
    # one connection only: with two hosts' connections above, which one failed is not said (review)
    return hit(m, seg, kind, host=dialed.pop(), exact=True) if len(dialed) == 1 else None


def _netmiko_device_settings(m: re.Match[str], seg: Segment) -> Hit | None:
    if seg.first_above(_NETMIKO_TCP_FAILED, _DEVICE_SETTINGS_LINES) is None:
        return None
    caught = seg.first_above(_GAIERROR_ABOVE, _DEVICE_SETTINGS_LINES)
    if caught is None:
        return None
    kind = GAI_CODES.get(caught.group("code")) or classify_resolution(caught.group("rest"))
    return hit(m, seg, kind, port=m.group("port"), exact=True) if kind else None


def _frr_bmp(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, classify_resolution(m.group("rest")) or "other", exact=True)


def _nhrp_resolving_failed(m: re.Match[str], seg: Segment) -> Hit | None:
    asked = seg.first_above(_NHRP_RESOLVING, 1)
    if asked is None:
        return None
    return hit(m, seg, classify_resolution(m.group("rest")) or "other", host=asked.group("host"), exact=True)


RULES: tuple[Rule, ...] = (
    Rule(
        "netmiko-not-resolvable", ("not resolvable in dns: ",), _NETMIKO_NOT_RESOLVABLE, fixed("nxdomain", exact=True)
    ),
    Rule("netmiko-dispatcher-dns-failure", ("due to a dns failure",), _NETMIKO_DISPATCHER, fixed("other", exact=True)),
    Rule("junos-pyez-unknown-host", ("connectunknownhosterror(",), _PYEZ_UNKNOWN_HOST, fixed("nxdomain", exact=True)),
    Rule("ansible-fatal-errno-established", ('"msg": "[errno ',), _ANSIBLE_FATAL_ERRNO, _ansible_fatal_errno),
    Rule("netmiko-device-settings", ("device settings: ",), _NETMIKO_DEVICE_SETTINGS, _netmiko_device_settings),
    Rule("frr-bmp-hostname-resolution", ("hostname resolution failed: ",), _FRR_BMP, _frr_bmp),
    Rule("frr-nhrp-resolving-failed", ("resolving failed (",), _NHRP_RESOLVING_FAILED, _nhrp_resolving_failed),
)
