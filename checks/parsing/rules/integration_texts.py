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
from checks.parsing.places_not_names import PROTOCOL_WORDS
from checks.parsing.rules.base import Hit, Rule, hit, rx

# the earliest releases said which transport (`Cannot locate UDP SRV record for _kerberos._udp.REALM`); the HTTPS
# transport its own words (`Cannot locate a KDC Proxy endpoint for REALM`)
_KERBEROS_NET_SRV = rx(
    r"\bCannot\slocate\s(?:(?:UDP|TCP)\s)?SRV\srecord\sfor\s(?P<host>{H})(?![\w.\-])"
    r"|\bCannot\slocate\sa\sKDC\sProxy\sendpoint\sfor\s(?P<proxy>{H})(?![\w.\-])"
)


def _kerberos_net_srv(m: re.Match[str], seg: Segment) -> Hit | None:
    """A realm's name: dotted, or a single label in capitals as realms are written (`DOMAIN`); a lower-case word there
    is a sentence's (`Cannot locate SRV record for the realm`; review)."""
    name = m.group("host") or m.group("proxy")
    exact = "." in name.strip(".") or (name.isupper() and name.rstrip(".") not in PROTOCOL_WORDS)
    return hit(m, seg, "other", host=name, exact=exact) if exact else None


# trippy's error in parentheses is its resolver's (`DNS lookup failed`), in whole words (not `failed to resolve target:
# main (no such branch named main)`, `... (unknown target name)`, `(could not resolve tag ...)`: reviews)
_TRIPPY_TARGET = rx(
    r"\bfailed\sto\sresolve\starget:\s(?P<host>{H})\s\((?P<rest>[^)\n]{0,80}?"
    r"(?:\bdns\b|\blook\s?up\b|\bname\sresolution\b|\bnodename\b|\bservname\b)[^)\n]{0,80})\)"
)


def _trippy_target(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, classify(m.group("rest")) or "other", exact=True)


# the status a shell's error trap printed, then the command it ran: getent first, or in `$(...)` assigned to a variable
# (not a command that only mentions it: `grep -q "getent hosts h"`; review); the name a whole token, quoted or not, and
# no port after it (getent is handed the string, `h:443` is no look-up of `h`); a variable is the script's, no name
GETENT = r"getent\s(?:hosts|ahosts|ahostsv4|ahostsv6)\s(?P<q>{Q})?(?P<host>(?>{H}))(?(q){Q})(?![\w.\-:])"
_GETENT_STATUS_2 = rx(
    r"\bexit\s(?:code|status)\s2\b[^\n]{0,60}?\bwhile\sexecuting\scommand:?\s(?:[A-Za-z_][A-Za-z0-9_]{0,40}=)?(?:\$\()?"
    # (review) run under sudo or timeout
    + r"(?:sudo\s(?:-\S{1,20}\s){0,3}|timeout\s(?:-\S{1,20}\s){0,3}\d{1,5}[smh]?\s)*"
    + GETENT
    # Python's subprocess (`Command 'getent hosts h' returned non-zero exit status 2.`)
    + r"|\bCommand\s['\"]"
    + GETENT.replace("(?P<q>", "(?P<q2>").replace("(?(q)", "(?(q2)").replace("P<host>", "P<host2>")
    + r"['\"]\sreturned\snon-zero\sexit\sstatus\s2\b"
    # its list form (`subprocess.run(["getent", "hosts", h])`): `Command '['getent', 'hosts', 'h']' returned ...`
    + r"|\bCommand\s['\"]\[['\"]getent['\"],\s['\"](?:hosts|ahosts|ahostsv4|ahostsv6)['\"],\s"
    + r"['\"](?P<host3>(?>{H}))['\"]\]"
    + r"['\"]\sreturned\snon-zero\sexit\sstatus\s2\b"
)


def _getent_status_2(m: re.Match[str], seg: Segment) -> Hit | None:
    name = m.group("host") or m.group("host2") or m.group("host3")
    return None if name.startswith("$") else hit(m, seg, "other", host=name, exact=True)


RULES: tuple[Rule, ...] = (
    Rule(
        "kerberos-net-srv",
        ("srv record for", "kdc proxy endpoint for"),
        _KERBEROS_NET_SRV,
        _kerberos_net_srv,
    ),
    Rule("trippy-resolve-target", ("failed to resolve target:",), _TRIPPY_TARGET, _trippy_target),
    Rule(
        "script-trap-getent-status",
        ("while executing command", "returned non-zero exit status 2"),
        _GETENT_STATUS_2,
        _getent_status_2,
    ),
)
