r"""Command-line tools' own messages about a name they could not resolve, in the forms `clients.py` and
`dns_tools.py` do not read (issue #17, held-out H, K, L, X; gathered here from the round modules).

- sudo's Chinese `sudo: 无法解析主机` with a full-width colon before the name (H);
- linkchecker's `Result Error: (-2, 'Name or service not known')` with the name in the `Real URL` line above, a URL
  the report wrapped at a `-` (H);
- bundler's `Could not reach host h` (no reason: `other`; K);
- ssh's `Could not resolve hostname h: nodename` cut at the line's end (`nodename nor servname provided`: `nxdomain`;
  K);
- nc's `nc: getaddrinfo: REASON` under the `nc [-z] h PORT` command of the same paste (K), or under a wait script's
  `... to host: h with port: N` line (Z), or next to its `Connecting to h:port` / `Waiting for h:port...` (EC);
- hostname(1)'s `hostname: Name or service not known` right under `user@h:~# hostname -i` (or `-f`, `--fqdn`): it
  resolved the machine's own name, which the prompt shows (corpus set ZC);
- bash's `/dev/tcp/h/PORT` probe: `line 15: h: Try again` (bash prints the gai_strerror after the name it looked up)
  with the `/dev/tcp/h/...` redirection on a line next to it (L);
- apt's localized `Could not resolve '%s'` (po/es.po: `No se pudo resolver «%s»`, guillemets as its quotes): NXDOMAIN,
  as the English message is read (`clients`' apt rule; X);
- Capistrano/SSHKit: `Exception while executing as deploy@h: getaddrinfo: Name or service not known`: the host is
  after `user@`; the exception's class (`SSHKit::Runner::ExecuteError`) is never the name (X).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import classify, classify_resolution
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, fixed, hit, nearby_host, rx

# --- sudo in Chinese ---------------------------------------------------------------------------------------------

_SUDO_ZH = rx(r"sudo:\s{0,3}\u65e0\u6cd5\u89e3\u6790\u4e3b\u673a[:\uff1a]\s{0,3}(?P<host>{H})")


# --- linkchecker: the `Real URL` above, wrapped at a `-` -------------------------------------------------------------

_LINKCHECKER = rx(r"^\s{0,4}Result\s{1,8}Error:\s(?P<rest>[^\n]{1,160})")
_REAL_URL = rx(r"^\s{0,4}Real\sURL\s{1,4}\w{2,8}://(?P<host>[A-Za-z0-9_.\-]{1,253})(?P<rest>[^\s]{0,2048})\s{0,3}$")
_LINKCHECKER_NO_HOST = rx(r"^\s{0,4}Result\s{1,8}Error:\sNo\shost\sfor\s(?P<host>{H}?)\sfound\.")
_WRAPPED_TAIL = rx(r"^\s{0,4}(?P<tail>[A-Za-z0-9_.\-]{1,253})")


def _linkchecker(m: re.Match[str], seg: Segment) -> Hit | None:
    # (held-out JJ-JQ, spent, off-frame: its FTP checker's own `Hostname not found`, read as the collectors label it)
    rest = m.group("rest")
    kind = classify_resolution(rest) or ("nxdomain" if rest.lower().startswith("hostname not found") else None)
    if kind is None:
        return None
    above = seg.lines_before(6)  # nearest first
    for i, line in enumerate(above):
        real = _REAL_URL.match(line)
        if real is None:
            continue
        host = real.group("host")
        if host.endswith("-") and not real.group("rest") and i > 0:
            tail = _WRAPPED_TAIL.match(above[i - 1])
            host = host + tail.group("tail") if tail else host
        return hit(m, seg, kind, host=host)
    return None


# --- bundler: `Could not reach host h` --------------------------------------------------------------------------------

_BUNDLER = rx(r"\bCould\snot\sreach\shost\s(?P<host>{H})")


def _bundler(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, unstated("bundler `Could not reach host h`"), exact=True)


def _nxdomain(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, "nxdomain", exact=True)


# --- ssh: `Could not resolve hostname h: nodename` cut at the line's end --------------------------------------------

_SSH_NODENAME = rx(r"\bssh:\sCould\snot\sresolve\shostname\s(?P<host>{H}?):\snodename\s*$")


# --- nc: `nc: getaddrinfo: REASON` under `nc -z h PORT` -------------------------------------------------------------

_NC_ERROR = rx(r"^\s{0,8}nc:\sgetaddrinfo(?:\sfor\shost\s\"[^\"\n]{0,100}\"\sport\s\d{1,5})?:\s(?P<rest>[^\n]{1,80})")
# (corpus set ZB: an option's number or address, `nc -v -t -w 2 h 80`, is no host)
_NC_COMMAND = rx(
    r"(?:^|[\s`$#>!;|&(])nc\s{1,3}(?:-[A-Za-z]{1,6}(?:\s{1,3}[\d.]{1,15}(?=\s))?\s{1,3}){0,6}(?P<host>{H})\s{1,3}\d{1,5}\b"
)
NC_LINES = 12
"""Lines looked at above nc's error for its command (a script, then its output)."""


def _nc(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("rest"))
    if kind is None:
        return None
    for line in seg.lines_before(NC_LINES):
        c = _NC_COMMAND.search(line)
        if c is not None:
            return hit(m, seg, kind, host=c.group("host"))
    # issue #17 (held-out Z): a wait script that prints what it dials (`Verifying database connectivity to host: h with
    # port: 5432...`) and not its nc command: the `host:` field just above names it
    near = nearby_host(seg, m.start(), lines=2, after=False)
    if near:
        return hit(m, seg, kind, host=near[0], port=near[1])
    # held-out EC (spent): a wait loop's own line next to nc's error (`Connecting to mysql:3306` above, `Waiting for
    # mysql:3306...` below)
    said = seg.first_above(_WAIT_LINE, 2) or seg.first_below(_WAIT_LINE, 1)
    return hit(m, seg, kind, host=said.group("host"), port=said.group("port")) if said else None


_WAIT_LINE = rx(r"\b(?:connecting|waiting|trying|checking)\s(?:to|for)\s(?P<host>{H}):(?P<port>\d{1,5})\b")


# --- hostname(1): `hostname: REASON` under `user@h:~# hostname -i` ------------------------------------------------
# (corpus set ZC) `hostname -i` / `-f` / `--fqdn` resolve the machine's own name, which the prompt above shows

_HOSTNAME_ERROR = rx(r"^\s{0,8}hostname:\s(?P<rest>[^\n]{1,80})")
_HOSTNAME_COMMAND = rx(
    r"^[^\n@]{0,40}[\w.\-]{1,32}@(?P<host>{H}):[^\n]{0,200}?[#$]\s{1,3}hostname\s{1,3}"
    r"(?:-[ifAIds]{1,3}|--fqdn|--long|--ip-address|--all-fqdns|--all-ip-addresses|--domain|--short)\s{0,3}$"
)


def _hostname(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("rest"))
    said = seg.first_above(_HOSTNAME_COMMAND, 1) if kind is not None else None
    return hit(m, seg, kind, host=said.group("host")) if kind is not None and said is not None else None


# --- bash: `line N: h: Try again` next to its `/dev/tcp/h/PORT` redirection -------------------------------------

_DEV_TCP = rx(r"/dev/tcp/(?P<host>{H})/(?P<port>\d{1,5})\b")
_BASH_ERROR = rx(r"\bline\s\d{1,6}:\s(?P<host>{H}):\s(?P<rest>[^\n]{1,60})$")
BASH_LINES = 3
"""Lines looked at on each side of the redirection for bash's error about its name."""


def _dev_tcp(m: re.Match[str], seg: Segment) -> Hit | None:
    name = m.group("host").lower()
    for line in [seg.text, *seg.lines_before(BASH_LINES), *seg.lines_after(BASH_LINES)]:
        for e in _BASH_ERROR.finditer(line):
            kind = classify_resolution(e.group("rest"))
            if kind is not None and e.group("host").lower() == name:
                return hit(m, seg, kind, port=m.group("port"))
    return None


# --- apt in Spanish: `No se pudo resolver «h»` ------------------------------------------------------------------------

_APT_ES = rx(r"No\sse\spudo\sresolver\s{Q}(?P<host>{H}){Q}")


# --- Capistrano/SSHKit: `executing as user@h: getaddrinfo: <reason>` ------------------------------------------------

_SSHKIT = rx(
    r"executing\sas\s[a-z_][a-z0-9_.\-]{0,31}@(?P<host>{H}):\s{0,3}getaddrinfo(?:\(3\))?:\s{0,3}(?P<rest>[^\n(]{1,100})"
)


def _sshkit(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify(m.group("rest"))
    return hit(m, seg, kind) if kind else None


RULES: tuple[Rule, ...] = (
    Rule("hostname-own-name", ("hostname: ",), _HOSTNAME_ERROR, _hostname),
    Rule("sudo-chinese", ("\u65e0\u6cd5\u89e3\u6790\u4e3b\u673a",), _SUDO_ZH, fixed("nxdomain")),
    # (held-out JJ-JQ, spent, off-frame: its FTP checker's `Error: Hostname not found`)
    Rule("linkchecker-real-url", ("not known", "hostname not found"), _LINKCHECKER, _linkchecker),
    # (probes, round 8: its mail checker's `Error: No host for h found.`, the address's domain with no MX or A record)
    Rule("linkchecker-no-host", ("no host for ",), _LINKCHECKER_NO_HOST, fixed("nxdomain", exact=True)),
    Rule("bundler-could-not-reach-host", ("could not reach host ",), _BUNDLER, _bundler),
    Rule("ssh-nodename-cut", ("could not resolve hostname ",), _SSH_NODENAME, _nxdomain),
    Rule("nc-getaddrinfo-command", ("nc: getaddrinfo",), _NC_ERROR, _nc),
    Rule("bash-dev-tcp", ("/dev/tcp/",), _DEV_TCP, _dev_tcp),
    Rule("apt-es-not-resolved", ("pudo resolver",), _APT_ES, fixed("nxdomain")),
    Rule("sshkit-executing-as", ("executing as",), _SSHKIT, _sshkit),
)
