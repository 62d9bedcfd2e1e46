r"""Formats held-out X missed (issue #17, HELDOUT-x.md: pastes from pods, nodes and controllers). Each reads a name
where its format puts it.

- apt's localized `Could not resolve '%s'` (po/es.po: `No se pudo resolver «%s»`, guillemets as its quotes): NXDOMAIN,
  as the English message is read (`clients`' apt rule).
- Capistrano/SSHKit: `Exception while executing as deploy@h: getaddrinfo: Name or service not known`: the host is
  after `user@`; the exception's class (`SSHKit::Runner::ExecuteError`) is never the name.
- (Netty's `failed to resolve 'h' after N queries` folded by YAML is `jvm_clients`'.)
- (nslookup's TCP communications error and last SERVFAIL, CoreDNS's headless errors line: `dns_tool_forms`'.)
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import classify
from checks.parsing.rules.base import Hit, Rule, fixed, hit, rx

# --- apt in Spanish: `No se pudo resolver «h»` ------------------------------------------------------------------------

_APT_ES = rx(r"No\sse\spudo\sresolver\s{Q}(?P<host>{H}){Q}")

# --- Capistrano/SSHKit: `executing as user@h: getaddrinfo: <reason>` ------------------------------------------------

_SSHKIT = rx(r"executing\sas\s[a-z_][a-z0-9_.\-]{0,31}@(?P<host>{H}):\s{0,3}getaddrinfo:\s{0,3}(?P<rest>[^\n(]{1,100})")


def _sshkit(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify(m.group("rest"))
    return hit(m, seg, kind) if kind else None


RULES: tuple[Rule, ...] = (
    Rule("apt-es-not-resolved", ("pudo resolver",), _APT_ES, fixed("nxdomain")),
    Rule("sshkit-executing-as", ("executing as",), _SSHKIT, _sshkit),
)
