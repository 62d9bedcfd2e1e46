r"""Diagnostic checks' summaries, a security agent's and a database proxy's own words for a failed look-up (issue #17,
held-out MD-MK, spent: the sets were measured before these rules were written; each rule named by the program and
format):

- a DNS check's result line, `Failed DNS Resolution: h` (a chaos experiment's mitigation check prints one per
  Service): the name and no resolver's reason (`other`);
- a health check's `getent hosts h returned empty`: getent printed nothing for the name (exit 2, not found), no
  resolver's reason (`other`);
- a DNS tool's command in backticks summarised with an arrow and its outcome (`` Ran `nslookup h` → connection refused
  to 10.43.0.10:53 ``, an agent's diagnostic): the kind from the outcome's words; an outcome no resolver's reason reads
  (an answer) is no failure;
- OSSEC's agent (`ossec-agentd`, `src/client-agent/start_agent.c` and `os_net`): `Trying to connect to server h, port
  N.` then, within two lines, `getaddrinfo: <gai_strerror>`: the kind from glibc's text (`System error`: `other`);
- Wazuh's enrolment client, `agent-auth: ERROR: Could not resolve hostname: h`: the string it was handed, as printed
  (a bare `could not resolve`, LABELS.md: `nxdomain`);
- ProxySQL's monitor (`MySQL_Monitor.cpp`, `monitor_dns_resolver_thread`), `An error occurred while resolving
  hostname: h [-2]`: the string as printed (a socket's path too: ProxySQL resolved what its server list held), the
  kind from getaddrinfo's code;
- libpq's `could not translate host name "h..."` with the name elided inside its quotes and no reason after it: the
  name as printed, a stand-in (LABELS.md clause 1, `...` for what was left out), no reason (`other`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from checks.parsing.document import Segment
from checks.parsing.kinds import GAI_CODES, classify, classify_resolution
from checks.parsing.model import FailureKind
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, LazyPattern, Rule, fixed, hit, rx

_FAILED_DNS_RESOLUTION = rx(r"\bFailed\sDNS\sResolution:\s(?P<host>{H})(?=[ \t]*(?:$|\n|\r))")
_FAILED_DNS_RESOLUTION_FORMAT = "a DNS check's `Failed DNS Resolution: h`"
_GETENT_EMPTY = rx(
    r"\bgetent\sa?hosts\s(?P<host>{H})`?\s(?:returned|gave|printed)\s(?:empty|nothing|no\s(?:result|output|entr))"
)
_GETENT_EMPTY_FORMAT = "a check's `getent hosts h returned empty`"
_ARROW_OUTCOME = rx(
    r"`(?:nslookup|dig|drill|kdig|getent\sa?hosts|resolvectl\squery)\s(?:[-+][\w=.-]{1,30}\s){0,3}(?P<host>{H})"
    r"(?:\s@?[\w.:-]{1,64})?`\s{0,3}(?:\u2192|->|=>)\s{0,3}(?P<rest>[^\n]{1,160})"
)
_OSSEC_TRYING = rx(r"\bTrying\sto\sconnect\sto\sserver\s(?P<host>{H}),\sport\s\d{1,5}\.?(?=[ \t]*(?:$|\n|\r))")
_OSSEC_GETADDRINFO = re.compile(r"\bgetaddrinfo:\s(?P<reason>[A-Za-z][^\n]{0,80})")
_WAZUH_AGENT_AUTH = rx(
    r"\bagent-auth(?:\[\d{1,7}\])?:\s(?:ERROR|CRITICAL):\s(?:\(\d{4}\):\s)?Could\snot\sresolve\shostname:\s"
    r"(?P<host>[^\s'\"`]{1,253})"
)
_PROXYSQL_RESOLVING = LazyPattern(
    r"\bAn\serror\soccurred\swhile\sresolving\shostname:\s(?P<host>[^\s\[\]]{1,253})\s\[(?P<code>-?\d{1,3})\]",
    re.I,
)
_LIBPQ_ELIDED = rx(r"\bcould\snot\stranslate\shost\sname\s\"(?P<host>{H}(?:\.\.\.|\u2026))\"(?!\s{0,3}to\saddress)")
_LIBPQ_ELIDED_FORMAT = 'libpq `could not translate host name "h..."`, elided, no reason'


def _arrow_outcome(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("rest")) or classify(m.group("rest"))
    return hit(m, seg, kind, exact=True) if kind else None


def _ossec(m: re.Match[str], seg: Segment) -> Hit | None:
    for line in seg.lines_after(2):
        reason = _OSSEC_GETADDRINFO.search(line)
        if reason is not None:
            return hit(m, seg, classify_resolution(reason.group("reason")) or "other", exact=True)
    return None


def _printed(m: re.Match[str], seg: Segment, kind: FailureKind) -> Hit:
    return replace(hit(m, seg, kind, exact=True), printed=True)


def _proxysql(m: re.Match[str], seg: Segment) -> Hit | None:
    return _printed(m, seg, GAI_CODES.get(m.group("code"), "other"))


def _wazuh(m: re.Match[str], seg: Segment) -> Hit | None:
    return _printed(m, seg, "nxdomain")


def _libpq_elided(m: re.Match[str], seg: Segment) -> Hit | None:
    return _printed(m, seg, unstated(_LIBPQ_ELIDED_FORMAT))


RULES: tuple[Rule, ...] = (
    Rule(
        "check-failed-dns-resolution",
        ("failed dns resolution: ",),
        _FAILED_DNS_RESOLUTION,
        fixed(unstated(_FAILED_DNS_RESOLUTION_FORMAT), exact=True),
    ),
    Rule("check-getent-returned-empty", ("getent ",), _GETENT_EMPTY, fixed(unstated(_GETENT_EMPTY_FORMAT), exact=True)),
    Rule("dns-tool-arrow-outcome", ("\u2192", "->", "=>"), _ARROW_OUTCOME, _arrow_outcome),
    Rule("ossec-agentd-getaddrinfo", ("trying to connect to server ",), _OSSEC_TRYING, _ossec),
    Rule("wazuh-agent-auth-could-not-resolve", ("agent-auth",), _WAZUH_AGENT_AUTH, _wazuh),
    Rule("proxysql-resolving-hostname", ("while resolving hostname: ",), _PROXYSQL_RESOLVING, _proxysql),
    Rule("libpq-translate-host-name-elided", ('could not translate host name "',), _LIBPQ_ELIDED, _libpq_elided),
)
