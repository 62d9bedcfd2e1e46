r"""Failed look-ups in the words of tools around clusters, as held-out IL-IS's misses showed them (issue #17, session
59; spent data), each format checked against the tool's source where it is public.

- Kerberos.NET (`KerberosTransportBase.cs`): `Cannot locate SRV record for <domain>`, thrown when the SRV query for
  the realm's KDC found none (`other`: the words say no record, not which answer);
- trippy: `failed to resolve target: h (<error>)`, its resolver's error in parentheses (`DNS lookup failed`: `other`;
  a resolver's text there gives its kind);
- a shell script's error trap that prints the command that failed with its status (`exit code 2: while executing
  command RESOLVEDIP=$(getent hosts h | awk ...)`): getent's status 2 is `key not found` (`other`: no reason stated;
  the text `One or more supplied key could not be found` is read by `bare_name_and_split_texts`).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import classify
from checks.parsing.rules.base import Hit, Rule, fixed, hit, rx

_KERBEROS_NET_SRV = rx(r"\bCannot\slocate\sSRV\srecord\sfor\s(?P<host>{H})(?![\w.\-])")

# the error in parentheses must be about the look-up (not `failed to resolve target: main (no such branch)`)
_TRIPPY_TARGET = rx(
    r"\bfailed\sto\sresolve\starget:\s(?P<host>{H})\s\((?P<rest>[^)\n]{0,80}(?:dns|lookup|resolv|name)[^)\n]{0,80})\)"
)


def _trippy_target(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, classify(m.group("rest")) or "other", exact=True)


# the status the trap printed, then the command, getent's database and the name as a whole token
_GETENT_STATUS_2 = rx(
    r"\bexit\s(?:code|status)\s2\b[^\n]{0,60}?\bwhile\sexecuting\scommand\s[^\n]{0,80}?"
    r"\bgetent\s(?:hosts|ahosts|ahostsv4|ahostsv6)\s(?P<host>{H})(?![\w.\-])"
)


RULES: tuple[Rule, ...] = (
    Rule("kerberos-net-srv", ("cannot locate srv record for",), _KERBEROS_NET_SRV, fixed("other", exact=True)),
    Rule("trippy-resolve-target", ("failed to resolve target:",), _TRIPPY_TARGET, _trippy_target),
    Rule("script-trap-getent-status", ("while executing command",), _GETENT_STATUS_2, fixed("other", exact=True)),
)
