r"""Diagnostic checks' summaries, security agents' and a database proxy's own words for a failed look-up (issue #17,
held-out MD-MK, spent: the sets were measured before these rules were written; and the twenty-first round of probes
from programs' own source; each rule named by the program and format):

- a DNS check's result line, `Failed DNS Resolution: h` (a chaos experiment's mitigation check prints one per
  Service; SREGym's newer `Failed DNS resolution for h`): the name and no resolver's reason (`other`); a count or a
  status word in the slot is no name; Airflow's `Database hostname 'h' failed DNS resolution: <status>` takes its kind
  from the status word;
- a health check's `getent hosts h returned empty`: getent printed nothing for the name (exit 2, not found), no
  resolver's reason (`other`);
- a DNS tool's command, in backticks or bare (not `dig`, an English verb), summarised with an arrow and its outcome
  (`` Ran `nslookup h` → connection refused to 10.43.0.10:53 ``, an agent's diagnostic): the kind from the outcome's
  words up to the next clause; an outcome that opens with an answer is no failure, an empty one (`-> (empty)`, `-> no
  answer`) says no reason (`other`);
- OSSEC (`ossec-hids`: `src/client-agent/start_agent.c`, `os_net`): agentd's `Trying to connect to server h, port N.`
  with os_net's own `getaddrinfo: <gai_strerror>` within two lines below, a daemon's `Unable to connect to 'h'.` (error
  1216) with it above (`System error`: `other`), and `'h' does not resolve to an address.` (a bare `does not resolve`,
  LABELS.md: `nxdomain`);
- Wazuh's enrolment client, `agent-auth: ERROR: Could not resolve hostname: h`, handed a command line's pieces
  (`10.0.0.5=WAZUH_AGENT_GROUP=web`): the string as printed (a bare `could not resolve`, LABELS.md: `nxdomain`); a name
  there reads as any rule's;
- ProxySQL's monitor (`MySQL_Monitor.cpp`, `monitor_dns_resolver_thread`) handed a socket's path, `An error occurred
  while resolving hostname: /path [-2]`: the path as printed, the kind from getaddrinfo's code (a name in that slot is
  `proxysql-resolving`'s);
- libpq's `could not translate host name "h..."` with the name elided inside its quotes and no reason after it: the
  name as printed, a stand-in (LABELS.md clause 1, `...` for what was left out), no reason (`other`);
- LitmusChaos' experiments (`litmus-go`), `Unknown host: {h}, it won't be included in the scope of chaos`: the name in
  its braces (`Unknown host`: `nxdomain`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from checks.parsing.document import Segment
from checks.parsing.kinds import GAI_CODES, classify, classify_resolution
from checks.parsing.model import FailureKind
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, fixed, hit, rx

# a check's result line opens with a capital (`[❌] Failed DNS Resolution: svc`; SREGym's newer `Failed DNS resolution
# for h`); not Airflow's `hostname 'h' failed DNS resolution: dns_temporary_failure` (its own rule)
_FAILED_DNS_RESOLUTION = rx(r"(?-i:\bF)ailed\sDNS\sResolution(?::\s|\sfor\s)(?P<host>{H})\.?(?=[ \t]*(?:$|\n|\r))")
# Apache Airflow's database discovery (`airflow/utils/db_discovery.py`): the status word after the name
_AIRFLOW_DB_DNS = rx(
    r"\bDatabase\shostname\s'(?P<host>{H})'\sfailed\sDNS\sresolution:\s"
    r"(?P<status>unknown_hostname|dns_temporary_failure|dns_permanent_failure)\b"
)
_AIRFLOW_STATUS: dict[str, FailureKind] = {
    "unknown_hostname": "nxdomain",
    "dns_temporary_failure": "temporary",
    "dns_permanent_failure": "other",
}
_FAILED_DNS_RESOLUTION_FORMAT = "a DNS check's `Failed DNS Resolution: h`"
_GETENT_EMPTY = rx(
    r"\bgetent\sa?hosts\s(?P<host>{H})`?\s(?:returned|gave|printed)\s(?:empty|nothing|no\s(?:result|output|entr))"
)
_GETENT_EMPTY_FORMAT = "a check's `getent hosts h returned empty`"
_ARROW_OUTCOME = rx(
    # the command in backticks or bare (`Ran nslookup h → ...`)
    # (bare, not `dig` / `drill`, English verbs: `dig into logs -> timeout`)
    r"(?:(?P<tick>`)(?:nslookup|dig|drill|kdig|getent\sa?hosts|resolvectl\squery)"
    r"|(?<![\w-])(?:nslookup|kdig|getent\sa?hosts|resolvectl\squery))\s"
    # options, a dig option's value too (`-t A`, `-p 5353`, `-c IN`), before the name
    r"(?:-[tpcb]\s[\w.:]{1,40}\s|[-+][\w=.-]{1,30}\s){0,3}(?P<host>{H})"
    r"(?:\s@?[\w.:-]{1,64})?(?(tick)`)\s{0,3}(?:\u2192|->|=>)\s{0,3}(?P<rest>\(empty\)|[^\n;,(`]{1,160})"
)
_ARROW_EMPTY_FORMAT = "a DNS tool's command with an arrow and an empty outcome (`-> (empty)`, `-> no answer`)"
_OSSEC_TRYING = rx(r"\bTrying\sto\sconnect\sto\sserver\s(?P<host>{H}),\sport\s\d{1,5}\.?(?=[ \t]*(?:$|\n|\r))")
# os_net's own line, with nothing but OSSEC's time stamp before it (not another daemon's `ossec-maild: getaddrinfo:`)
_OSSEC_GETADDRINFO = re.compile(
    r"^\s{0,4}(?:\d{4}/\d\d/\d\d\s\d\d:\d\d:\d\d\s)?getaddrinfo:\s(?P<reason>[A-Za-z][^\n]{0,80})"
)
# an outcome with nothing in it: the tool printed no address (`dig +short` empty, getent's exit 2), no reason
_ARROW_EMPTY = re.compile(
    r"\s{0,3}(?:\(?empty\)?|nothing|no\s(?:answer|address|output|results?)\b|exit\s(?:code|status)\s2\b|fail(?:s|ed)\b)",
    re.I,
)
# an outcome that says the name resolved or the tool got an answer, before any failure's words
_ARROW_ANSWERED = re.compile(
    r"\s{0,3}(?:(?:\d{1,3}\.){3}\d{1,3}|[0-9a-f]{0,4}:[0-9a-f:]{2,40}|resolv|works|worked|answer|ok\b|success|fine"
    r"|noerror|returns?\s(?:\d|an?\s)|gave\s\d)",
    re.I,
)
# the words a check prints in a result's slot that are no name
_STATUS_WORDS = frozenset(
    {"none", "yes", "no", "true", "false", "ok", "timeout", "critical", "warning", "error", "n/a"}
)
# (probes, round 21) OSSEC's `'h' does not resolve to an address.` (os_net's OS_IsValidIP / agent config check) and
# a daemon's `Unable to connect to 'h'.` (error 1216) under getaddrinfo's own line
_OSSEC_DOES_NOT_RESOLVE = rx(r"\bWARN:\s'(?P<host>{H})'\sdoes\snot\sresolve\sto\san\saddress\b")
_OSSEC_DOES_NOT_RESOLVE_FORMAT = "OSSEC `'h' does not resolve to an address.`"
_OSSEC_UNABLE_TO_CONNECT = rx(r"\(1216\):\sERROR:\sUnable\sto\sconnect\sto\s'(?P<host>{H})'")
# LitmusChaos' experiments (litmus-go, `Unknown host: {h}`): the name in braces, its resolver's error dropped
_LITMUS_UNKNOWN_HOST = rx(r"\bUnknown\shost:\s\{(?P<host>{H})\},\sit\swon't\sbe\sincluded\b")
_WAZUH_AGENT_AUTH = rx(
    r"\bagent-auth(?:\[\d{1,7}\])?:\s(?:ERROR|CRITICAL):\s(?:\(\d{4}\):\s)?Could\snot\sresolve\shostname:\s"
    r"(?P<host>[^\s'\"`<>(){}]{1,253}=[^\s'\"`<>(){}]{0,200})"
)
_WAZUH_AGENT_AUTH_FORMAT = "Wazuh agent-auth `Could not resolve hostname: h` (a string that is no name)"
# (a name in that slot is `proxysql-resolving`'s, rules/application_texts.py)
_PROXYSQL_RESOLVING_PATH = rx(
    r"\bAn\serror\soccurred\swhile\sresolving\shostname:\s[`'\"]?(?P<path>/[^\s\[\]`'\"]{1,253})[`'\"]?"
    r"\s\[(?P<code>-?\d{1,3})\]"
)
_LIBPQ_ELIDED = rx(r"\bcould\snot\stranslate\shost\sname\s\"(?P<host>{H}(?:\.\.\.|\u2026))\"(?!\s{0,3}to\saddress)")
_LIBPQ_ELIDED_FORMAT = 'libpq `could not translate host name "h..."`, elided, no reason'


def _arrow_outcome(m: re.Match[str], seg: Segment) -> Hit | None:
    """review: the outcome is read up to the next clause (`;`, `,`, `(`, a backtick) and only where it does not open
    with an answer (`-> 10.1.2.3`, `-> resolves`, `-> works now (was: refused)`)."""
    if _ARROW_ANSWERED.match(m.group("rest")):
        return None
    if _ARROW_EMPTY.match(m.group("rest")):
        return hit(m, seg, unstated(_ARROW_EMPTY_FORMAT), exact=True)
    kind = classify_resolution(m.group("rest")) or classify(m.group("rest"))
    # only an outcome that says how: a bare `can't resolve` is read by the rules of those words
    return hit(m, seg, kind, exact=True) if kind and kind != "other" else None


def _ossec_getaddrinfo(lines: list[str]) -> FailureKind | None:
    """The kind of os_net's own `getaddrinfo: <gai_strerror>` among `lines` (`System error`: `other`), if one is."""
    for line in lines:
        reason = _OSSEC_GETADDRINFO.search(line)
        if reason is not None:
            return classify_resolution(reason.group("reason")) or "other"
    return None


def _ossec(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = _ossec_getaddrinfo(seg.lines_after(2))  # agentd's server, then the look-up's line
    return hit(m, seg, kind, exact=True) if kind else None


def _ossec_unable_to_connect(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = _ossec_getaddrinfo(seg.lines_before(2))  # the look-up's line, then a daemon's error 1216
    return hit(m, seg, kind, exact=True) if kind else None


def _airflow_db_dns(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, _AIRFLOW_STATUS[m.group("status").lower()], exact=True)


def _printed(m: re.Match[str], seg: Segment, kind: FailureKind) -> Hit:
    return replace(hit(m, seg, kind, exact=True), printed=True)


def _proxysql_path(m: re.Match[str], seg: Segment) -> Hit | None:
    """A socket's path is what ProxySQL was handed (its server list's entry), read as printed."""
    start = seg.start + m.start("path")
    kind = GAI_CODES.get(m.group("code"), "other")
    return Hit(m.group("path"), kind, start, start + len(m.group("path")), exact=True, printed=True)


def _failed_dns_resolution(m: re.Match[str], seg: Segment) -> Hit | None:
    """review: a count or a status in the slot (`Failed DNS resolution: 4`, `: none`) is no name."""
    name = m.group("host")
    if name.lower() in _STATUS_WORDS or not any(c.isalpha() for c in name):
        return None
    return hit(m, seg, unstated(_FAILED_DNS_RESOLUTION_FORMAT), exact=True)


def _wazuh(m: re.Match[str], seg: Segment) -> Hit | None:
    return _printed(m, seg, unstated(_WAZUH_AGENT_AUTH_FORMAT))


def _libpq_elided(m: re.Match[str], seg: Segment) -> Hit | None:
    return _printed(m, seg, unstated(_LIBPQ_ELIDED_FORMAT))


RULES: tuple[Rule, ...] = (
    Rule(
        "check-failed-dns-resolution",
        ("failed dns resolution: ", "failed dns resolution for "),
        _FAILED_DNS_RESOLUTION,
        _failed_dns_resolution,
    ),
    Rule("airflow-db-hostname-failed-dns", ("' failed dns resolution: ",), _AIRFLOW_DB_DNS, _airflow_db_dns),
    Rule("check-getent-returned-empty", ("getent ",), _GETENT_EMPTY, fixed(unstated(_GETENT_EMPTY_FORMAT), exact=True)),
    Rule("dns-tool-arrow-outcome", ("\u2192", "->", "=>"), _ARROW_OUTCOME, _arrow_outcome),
    Rule("ossec-agentd-getaddrinfo", ("trying to connect to server ",), _OSSEC_TRYING, _ossec),
    Rule(
        "ossec-does-not-resolve-to-an-address",
        ("does not resolve to an address",),
        _OSSEC_DOES_NOT_RESOLVE,
        fixed(unstated(_OSSEC_DOES_NOT_RESOLVE_FORMAT), exact=True),
    ),
    Rule(
        "ossec-unable-to-connect-1216",
        ("(1216): error: unable to connect to '",),
        _OSSEC_UNABLE_TO_CONNECT,
        _ossec_unable_to_connect,
    ),
    Rule("litmus-unknown-host-braces", ("unknown host: {",), _LITMUS_UNKNOWN_HOST, fixed("nxdomain", exact=True)),
    Rule("wazuh-agent-auth-could-not-resolve", ("agent-auth",), _WAZUH_AGENT_AUTH, _wazuh),
    Rule("proxysql-resolving-socket-path", ("while resolving hostname: /",), _PROXYSQL_RESOLVING_PATH, _proxysql_path),
    Rule("libpq-translate-host-name-elided", ('could not translate host name "',), _LIBPQ_ELIDED, _libpq_elided),
)
