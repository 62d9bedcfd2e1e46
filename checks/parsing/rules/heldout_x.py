r"""Formats held-out X missed (issue #17, HELDOUT-x.md: pastes from pods, nodes and controllers). Each reads a name
where its format puts it.

- apt's localized `Could not resolve '%s'` (po/es.po: `No se pudo resolver «%s»`, guillemets as its quotes): NXDOMAIN,
  as the English message is read (`clients`' apt rule).
- Capistrano/SSHKit: `Exception while executing as deploy@h: getaddrinfo: Name or service not known`: the host is
  after `user@`; the exception's class (`SSHKit::Runner::ExecuteError`) is never the name.
- (Netty's `failed to resolve 'h' after N queries` folded by YAML is `jvm_clients`'.)
- nslookup (BIND 9) over TCP: `;; Truncated, retrying in TCP mode.` then `;; communications error to S#53:
  connection reset`: the query never got an answer (`other`, HELDOUT-x.md); the name is the command's above.
- CoreDNS's errors plugin line pasted without its `[ERROR] plugin/errors: 2 ` head (kubernetes/dns#443, node-local-dns:
  `<some domain>. A: dial tcp <kube-dns-upstream IP>:53: i/o timeout`): the query's name with its final dot and type,
  then the upstream's error, read as `dns_tools`' CoreDNS rule reads the whole line; the line must start with the name.
- nslookup's `;; Got SERVFAIL reply from S, trying next server` is a notice while another server may answer
  (`generic_guards`); with nothing after it (the paste ends there or at `...`) it was the run's last word: SERVFAIL
  for the command's name.
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import classify
from checks.parsing.rules.base import Hit, Rule, fixed, hit, rx
from checks.parsing.rules.dns_tools import queried_name

# --- apt in Spanish: `No se pudo resolver «h»` ------------------------------------------------------------------------

_APT_ES = rx(r"No\sse\spudo\sresolver\s{Q}(?P<host>{H}){Q}")

# --- Capistrano/SSHKit: `executing as user@h: getaddrinfo: <reason>` ------------------------------------------------

_SSHKIT = rx(r"executing\sas\s[a-z_][a-z0-9_.\-]{0,31}@(?P<host>{H}):\s{0,3}getaddrinfo:\s{0,3}(?P<rest>[^\n(]{1,100})")


def _sshkit(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify(m.group("rest"))
    return hit(m, seg, kind) if kind else None


# --- nslookup over TCP: `;; communications error to S#53: connection reset` -------------------------------------------

_COMMS_ERROR = rx(
    r"^;;\scommunications\serror\sto\s(?P<server>[0-9a-f:.]{3,45})#(?P<port>\d{1,5}):\s(?P<rest>[a-z ]{3,40})"
)


def _comms_error(m: re.Match[str], seg: Segment) -> Hit | None:
    asked = queried_name(seg, m.start())
    if asked is None:
        return None
    kind = classify(m.group("rest"))
    if kind not in (None, "other", "refused"):
        return None  # a timeout or refusal is read by the reason's own rules
    server = f"{m.group('server')}:{m.group('port')}"
    return hit(m, seg, kind or "other", host=asked[0], server=server)


# --- nslookup's last word: `;; Got SERVFAIL reply from S, trying next server` and nothing after it -------------------

_LAST_SERVFAIL = rx(r"^;;\sGot\sSERVFAIL\sreply\sfrom\s(?P<server>[0-9a-f:.]{3,45}),\strying\snext\sserver\s*$")
_NOTHING_MORE = re.compile(r"^\s*(?:\.{3}|\u2026)?\s*$")


def _last_servfail(m: re.Match[str], seg: Segment) -> Hit | None:
    if not all(_NOTHING_MORE.match(line) for line in seg.lines_after(3)):
        return None  # another server answered, or said something else: the notice is not the outcome
    asked = queried_name(seg, m.start())
    return hit(m, seg, "servfail", host=asked[0], server=m.group("server")) if asked else None


# --- CoreDNS's errors line without its head: `NAME. A: dial tcp S:53: i/o timeout` ----------------------------------

_COREDNS_HEADLESS = rx(
    r"^\s{0,8}(?P<host>{H})\.\s(?:A|AAAA|SRV|PTR|MX|TXT|CNAME|NS|SOA|HTTPS):\s"
    r"(?P<rest>(?:dial|read|write)\s(?:tcp|udp)[46]?\s[^\n]{0,200})"
)
_UPSTREAM = re.compile(r"\s([0-9a-fA-F:.\[\]]{3,47}:\d{1,5}):")


def _coredns_headless(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify(m.group("rest"))
    if kind is None:
        return None
    upstream = _UPSTREAM.search(m.group("rest"))
    return hit(m, seg, kind, server=upstream.group(1) if upstream else None, exact=True)


RULES: tuple[Rule, ...] = (
    Rule("apt-es-not-resolved", ("pudo resolver",), _APT_ES, fixed("nxdomain")),
    Rule("sshkit-executing-as", ("executing as",), _SSHKIT, _sshkit),
    Rule("nslookup-communications-error", ("communications error to",), _COMMS_ERROR, _comms_error),
    Rule(
        "coredns-errors-headless",
        (". a: dial", ". aaaa: dial", ". a: read", ". aaaa: read", ". srv: dial", ". srv: read"),
        _COREDNS_HEADLESS,
        _coredns_headless,
    ),
    Rule("nslookup-last-servfail", ("trying next server",), _LAST_SERVFAIL, _last_servfail),
)
