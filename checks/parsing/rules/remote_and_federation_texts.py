r"""Remote-shell, multi-cluster and VM tools' own texts for a failed look-up (issue #17, probes mined from the programs'
own source, round 20, session 70, in held-out LV-MC's settings; each rule named by the program and format):

- Qpid Proton's I/O layer (Skupper's router, the Qpid Dispatch router, ActiveMQ's AMQP clients), `proton:io <reason> -
  connect to h:port`: the name after `connect to`, the kind from the resolver's words before it (getaddrinfo's
  gai_strerror); the word `proton` before `:io` is no name;
- Liqo's gateway (`DNS "h" timeout`, `DNS "h" not found`): its own words for a look-up that timed out or found no
  address;
- Submariner's Lighthouse CoreDNS plugin, `plugin/lighthouse: No record found for "h."` and `Couldn't find a connected
  cluster or valid IPs for "h."` (or `valid record`): the name it answered with no record (as an empty answer,
  `nxdomain`);
- Tart (macOS VMs from OCI registries), Apple's `A server with the specified hostname could not be found.` under the
  `tart pull` / `tart clone` / `tart push` command above it: the image reference's registry
  (NSURLErrorCannotFindHost, read as the other Apple texts are: `nxdomain`);
- AsyncSSH, `Unable to canonicalize hostname "h"`: its `CanonicalizeHostname` search found no domain under which the
  name resolves, no resolver's reason (`other`);
- mosh's wrapper script, `could not resolve canonical name c for h: <reason>`: the canonical name it looked up (c),
  not the name the user typed.
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import classify_resolution
from checks.parsing.model import FailureKind
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, by_rest, fixed, hit, rx

# --- Qpid Proton: `proton:io <gai_strerror> - connect to h:port` ---

# (review) the libuv proactor's `proton:io: <uv_strerror> - on connect resolving h:port` (macOS, Windows)
_PROTON_IO = rx(
    r"\bproton:io:?\s(?P<rest>[^\n]{3,80}?)\s-\s(?:connect\sto|on\sconnect\sresolving)\s{1,2}(?P<host>{H}):(?P<port>\d{1,5})\b"
)


_UV_GAI_TEXTS: dict[str, FailureKind] = {
    "temporary failure": "temporary",  # libuv's uv_strerror for UV_EAI_AGAIN
    "unknown node or service": "nxdomain",  # UV_EAI_NONAME
    "no address": "nxdomain",  # UV_EAI_NODATA
}


def _proton_io(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("rest")) or _UV_GAI_TEXTS.get(m.group("rest").strip().lower())
    return hit(m, seg, kind, port=m.group("port"), exact=True) if kind else None


# --- Liqo's gateway ---

# (review) only as klog prints it, the message right after its header (`dns.go:71] `, or at the line's start where the
# paste's shared log prefix is read apart), in Liqo's case: not another program's `External DNS "h" not found` (a
# resource), nor a certificate test's `DNS "localhost" not found`
_LIQO_DNS = rx(
    r"(?:^|(?<=\n)|\.go:\d{1,5}\]\s)(?-i:DNS)\s\"(?P<host>{H})\"\s(?P<what>(?-i:timeout|not\sfound))"
    r"(?=[ \t]*(?:$|\r|\n|[,;.]))"
)


def _liqo_dns(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, "timeout" if m.group("what") == "timeout" else "nxdomain", exact=True)


# --- Submariner's Lighthouse plugin ---

_LIGHTHOUSE_NO_RECORD = rx(
    r"\bplugin/lighthouse:\s(?:No\srecord\sfound\sfor|Couldn't\sfind\sa\sconnected\scluster\sor\svalid\s(?:IPs|records?)\sfor)\s"
    r"\"(?P<host>{H})\""
)

# --- Tart: Apple's cannot-find-host under the command that named the registry ---

_APPLE_CANNOT_FIND_HOST = rx(r"\bA\sserver\swith\sthe\sspecified\shostname\scould\snot\sbe\sfound\.")
_TART_COMMAND = re.compile(
    # (`tart push <local vm> <ref>`: the words before the reference are options or the local name; its own `pulling
    # <ref>...` line too; a one-label registry with its port, review)
    r"\b(?:tart\s(?:pull|clone|push)\s(?:\S{1,100}\s){0,4}?|^pulling\s|^pushing\s\S{1,100}\sto\s)"
    r"(?P<host>[a-z0-9](?:[a-z0-9-]{0,62}\.)+[a-z0-9-]{1,63}|localhost|[a-z0-9][a-z0-9-]{0,62}(?=:\d))(?::\d{1,5})?/",
    re.I,
)
# (review) another command or prompt between them: Apple's message is that command's (`swift package resolve`, a
# `tart run` and the guest's own programs)
_OTHER_COMMAND = re.compile(r"\s{0,4}(?:\$|#|>|PS\s[^>\n]{0,60}>)\s|.*\btart\srun\b", re.I)
_PROGRESS = re.compile(r"\s{0,4}\d{1,3}%\s{0,4}$")
TART_LINES = 8
"""Lines above Apple's message read for the `tart pull` / `clone` / `push` that named the registry (its progress
lines under `CI`, one a percent, not counted)."""
TART_PROGRESS = 101


def _tart_cannot_find_host(m: re.Match[str], seg: Segment) -> Hit | None:
    counted = 0
    for line in seg.lines_before(TART_LINES + TART_PROGRESS):
        command = _TART_COMMAND.search(line)
        if command is not None:
            return hit(m, seg, unstated(_APPLE_FORMAT), host=command.group("host"), exact=True)
        if _OTHER_COMMAND.match(line):
            return None
        counted += _PROGRESS.match(line) is None
        if counted >= TART_LINES:
            return None
    return None


_APPLE_FORMAT = "Apple `A server with the specified hostname could not be found.`"

# --- AsyncSSH's hostname canonicalization ---

_ASYNCSSH_CANONICALIZE = rx(r"\bUnable\sto\scanonicalize\shostname\s\"(?P<host>{H})\"")
_ASYNCSSH_FORMAT = 'AsyncSSH `Unable to canonicalize hostname "h"`'

# --- mosh's canonical name ---

_MOSH_CANONICAL = rx(
    r"\bcould\snot\sresolve\scanonical\sname\s(?P<host>{H})\sfor\s[^\s:]{1,253}:\s(?P<rest>[^\n]{3,100})"
)


RULES: tuple[Rule, ...] = (
    Rule("proton-io-connect", ("proton:io ", "proton:io: "), _PROTON_IO, _proton_io),
    Rule("liqo-dns-timeout-not-found", ('dns "',), _LIQO_DNS, _liqo_dns),
    Rule("lighthouse-no-record", ("plugin/lighthouse: ",), _LIGHTHOUSE_NO_RECORD, fixed("nxdomain", exact=True)),
    Rule(
        "tart-apple-cannot-find-host",
        ("a server with the specified hostname could not be found.",),
        _APPLE_CANNOT_FIND_HOST,
        _tart_cannot_find_host,
    ),
    Rule(
        "asyncssh-canonicalize-hostname",
        ('unable to canonicalize hostname "',),
        _ASYNCSSH_CANONICALIZE,
        fixed(unstated(_ASYNCSSH_FORMAT), exact=True),
    ),
    Rule(
        "mosh-canonical-name",
        ("could not resolve canonical name ",),
        _MOSH_CANONICAL,
        by_rest(None, resolution_only=True, exact=True),
    ),
)
