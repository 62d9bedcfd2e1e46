r"""Configuration-management agents', robot middleware's, industrial clients' and shell sessions' own texts for a
failed look-up (issue #17, from held-out KH-KO's misses, spent; each rule named by the program and its format):

- CFEngine's bootstrap, `Could not resolve hostname 'h', unable to bootstrap` (cf-agent's `-B h`; a bare `could not
  resolve`, which LABELS.md reads as `nxdomain`, assumed: its `Unable to lookup hostname 'h' ... (getaddrinfo:
  <reason>)` above states the reason);
- Chef's knife, `ERROR: Network Error: getaddrinfo: <reason>` (its SocketError, no name) under knife bootstrap's own
  `Connecting to h` line: that line's name (without it, a knife command's server URL is nowhere in the paste);
- gopcua (OPC UA), `could not resolve address h:port` (a bare `could not resolve`, `nxdomain`, assumed; HAProxy's
  quoted `could not resolve address 'h'` states no reason, the generic rule's `other`);
- ROS 1's roscpp, `couldn't resolve publisher host [h]` (TransportTCP::connect when getaddrinfo fails; no reason:
  a bare `could not resolve`, `nxdomain`, assumed);
- an interactive `getent hosts h` at a shell prompt whose next line is that same prompt again: getent printed nothing,
  its answer when the name is not found (`other`: no reason stated; a VPN container's `/ # getent hosts h` then `/ #`).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import classify_resolution
from checks.parsing.rules.base import NEARBY, Hit, Rule, fixed, hit, rx
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
    Rule("getent-silent-at-prompt", ("getent hosts ", "getent ahosts"), _GETENT_AT_PROMPT, _getent_silent),
)
