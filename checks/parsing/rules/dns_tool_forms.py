r"""DNS tools' and DNS servers' outputs in the forms `dns_tools.py` does not read (issue #17, held-out D, G, K, N, P,
U/V, X; gathered here from the round modules).

- old iputils `ping: unknown host` (no name in the message) with the name on the `ping h` command line above it (D);
- CoreDNS's 2018 log format `[ERROR] 0 h. A: EOF` (no `plugin/errors:`; `forward` over TLS whose upstream closed the
  connection): the upstream failed, no DNS answer, `other`; also any other reason that format prints (G);
- CoreDNS's errors plugin line pasted without its `[ERROR] plugin/errors: 2 ` head (kubernetes/dns#443, node-local-dns:
  `<some domain>. A: dial tcp <kube-dns-upstream IP>:53: i/o timeout`): the query's name with its final dot and type,
  then the upstream's error, read as `dns_tools`' CoreDNS rule reads the whole line; the line must start with the name
  (X);
- unbound's debug `request has exceeded the maximum number of sends` (unbound answers SERVFAIL: `servfail`) for the
  name of its `query h. AAAA IN` / `processQueryTargets: h. A IN` lines above (unbound's log is often pasted with a
  blank line between entries, so these look further than a paste block; K);
- AdGuard dnsproxy's `failed to exchange ;d.c.b.a.in-addr.arpa.\tIN\t PTR in 2s: ... i/o timeout`: a PTR (or any)
  query that failed, an address's reverse name included (N);
- dig/nslookup's `;; connection timed out; no servers could be reached` with the command printed BELOW it, as
  minikube's test log does (`running command [exec POD nslookup h]`); only that shape, a few lines down (P);
- dig's `;; connection timed out; no servers could be reached` cut anywhere in its last word where the paste ends (a
  code fence may close it): the timeout for the name its header asked (V; review 2, finding 15);
- nslookup (BIND 9) over TCP: `;; Truncated, retrying in TCP mode.` then `;; communications error to S#53:
  connection reset`: the query never got an answer (`other`, HELDOUT-x.md); the name is the command's above (X);
- nslookup's `;; Got SERVFAIL reply from S, trying next server` is a notice while another server may answer
  (`generic_guards`); with nothing after it (the paste ends there or at `...`) it was the run's last word: SERVFAIL
  for the command's name (X).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.hosts import PLAIN_HOST
from checks.parsing.kinds import classify
from checks.parsing.rules.base import Hit, LazyPattern, Rule, by_rest, hit, rx
from checks.parsing.rules.dns_tools import no_servers, queried_name

# --- iputils ping: "ping: unknown host" with the name on the command line ---------------------------------------

_PING_UNKNOWN = rx(r"^[\s>]{0,8}ping:\s{1,3}unknown\shost\s{0,3}$")
_PING_COMMAND = LazyPattern(
    r"(?:^|[>$#]\s{0,3})ping(?:\s{1,3}-[A-Za-z]{1,3}(?:\s{1,3}\d{1,6})?){0,4}\s{1,3}"
    r"(?P<host>" + PLAIN_HOST + r")\s{0,3}$"
)
COMMAND_LINES = 3
"""Lines above the message where its command may be (a prompt, then the command, then the message)."""


def _ping_unknown(m: re.Match[str], seg: Segment) -> Hit | None:
    for line in seg.lines_before(COMMAND_LINES):
        command = _PING_COMMAND.search(line)
        if command is not None:
            name = command.group("host")
            return Hit(name, "nxdomain", seg.start + m.start(), seg.start + m.end())
        if "ping:" in line:
            return None  # another ping's message: the command above it is not this one's
    return None


# --- CoreDNS 2018 log: `[ERROR] 0 NAME. A: EOF` -------------------------------------------------------------------

_COREDNS_OLD = rx(
    r"\[ERROR\]\s{1,3}\d{1,3}\s{1,3}(?P<host>{H})\.\s{1,3}(?:A|AAAA|CNAME|MX|NS|PTR|SOA|SRV|TXT|HINFO|ANY):"
    r"\s{0,3}(?P<rest>[^\n]{1,200})"
)


_NO_UPSTREAM = re.compile(r"\s{0,3}unreachable\sbackend:\sno\supstream\shost\b")


def _coredns_old(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = m.group("rest")
    if rest.strip().upper().startswith("EOF") or _NO_UPSTREAM.match(rest):
        # held-out FA (spent): the proxy plugin with every upstream marked down (`unreachable backend: no upstream
        # host`): the query was never sent, no resolver's answer
        return hit(m, seg, "other")
    kind = classify(rest)
    return hit(m, seg, kind) if kind else None


# --- unbound: `exceeded the maximum number of sends` after `query h. AAAA IN` ---------------------------------------

_UNBOUND_SENDS = rx(r"\bdebug:\srequest\shas\sexceeded\sthe\smaximum\snumber\sof\ssends\b")
_UNBOUND_QUERY = rx(
    r"\bunbound\[[\d:]{1,20}\]\sinfo:\s(?:iterator\soperate:\squery|processQueryTargets:)\s(?P<host>{H}?)\.?\s[A-Z]{1,10}\sIN\b"
)
UNBOUND_LINES = 12
"""Log lines looked at above unbound's `exceeded` line (blank lines between entries count)."""


def _unbound_sends(m: re.Match[str], seg: Segment) -> Hit | None:
    q = seg.first_above(_UNBOUND_QUERY, UNBOUND_LINES)
    return hit(m, seg, "servfail", host=q.group("host")) if q else None


# --- a PTR (or any) query that failed: AdGuard dnsproxy's `failed to exchange ;NAME.\tIN\t TYPE in 2s: REASON` --------

_DNSPROXY_EXCHANGE = rx(
    # held-out FA (spent): AdGuard Home's newer form keeps the root dot and puts its cause after `. Cause: `
    r"\bfailed\sto\sexchange\s;(?P<host>{H})\.?\s{1,5}IN\s{1,5}[A-Z]{1,10}(?:\sin\s[0-9.]{1,20}[a-z\u00b5]{1,2})?"
    r"(?::|\.\sCause:)\s"
    r"(?=(?P<rest>[^\n]{0,300}))"
)


# --- the command printed below its output ---------------------------------------------------------------------------

_NO_SERVERS = rx(r"no\sservers\scould\sbe\sreached")
_RAN_BELOW = rx(r"running\scommand\s\[(?:exec\s[^\]\n]{0,160}?\s)?nslookup\s{1,3}(?P<host>{H})\]")
BELOW = 4
"""Lines under the timeout that may hold the command that ran it."""


def _ran_below(m: re.Match[str], seg: Segment) -> Hit | None:
    if queried_name(seg, m.start()) is not None:
        return None  # the command above (or dig's question below) names it: the no-servers rule reads that
    for line in seg.lines_after(BELOW):
        if not line:
            return None  # the paste's block ends (a code fence is an empty line once normalized; an indented log's
            # whitespace-only lines are part of it)
        c = _RAN_BELOW.search(line)
        if c:
            return hit(m, seg, "timeout", host=c.group("host"))
    return None


# --- dig: `no servers could be reached` cut in its last word where the paste ends ------------------------------------

_NO_SERVERS_CUT = rx(r"connection\stimed\sout;\sno\sservers\scould\sbe\s(?:r(?:e(?:a(?:c(?:he?)?)?)?)?)?[ \t]*$")
_PASTE_END = 16
"""Characters after a cut reason that may still end the paste (white space, a closing code fence)."""


def _no_servers_cut(m: re.Match[str], seg: Segment) -> Hit | None:
    after = seg.start + m.end()
    tail = seg.doc.text[after : after + _PASTE_END + 1]
    at_end = len(tail) <= _PASTE_END and not tail.strip().strip("`~")
    return no_servers(m, seg) if at_end else None


# --- nslookup over TCP: `;; communications error to S#53: connection reset` -------------------------------------------

_COMMS_ERROR = rx(
    r"^;;\scommunications\serror\sto\s(?P<server>[0-9a-f:.]{3,45})#(?P<port>\d{1,5}):\s(?P<rest>[a-z ]{3,40})"
)


_ANSWERED_LATER = re.compile(
    r";;\sGot\sanswer:|status:\s{0,3}NOERROR|;;\sANSWER\sSECTION:|^Name:\s"
    # `+short`'s answer: an address alone on its line, or a record
    r"|^\s*(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7})\s*$|\sIN\s{1,8}(?:A|AAAA|CNAME)\s",
    re.I,
)
RETRY_LINES = 24
"""Lines below a communications error looked at for the same run's answer (dig's header and sections follow it)."""


def _comms_error(m: re.Match[str], seg: Segment) -> Hit | None:
    asked = queried_name(seg, m.start())
    if asked is None:
        return None
    gave_up_below = False
    for line in seg.lines_after(RETRY_LINES):
        if _ANSWERED_LATER.search(line):
            return None  # issue #17 (review): another try got an answer; the error was one server's, not the run's
        if line.lstrip().startswith(("$", "#")) and not line.lstrip().startswith(("#;", "# ;")):
            break
        gave_up_below = gave_up_below or "no servers could be reached" in line
    kind = classify(m.group("rest"))
    # a timeout is read by `no servers could be reached` below it (dig's last word); dig 9.18's `+short` run cut
    # before that line (`;; communications error to S#53: timed out` and nothing more) is read here
    if kind not in (None, "other", "refused") and (kind != "timeout" or gave_up_below):
        return None
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
    Rule("iputils-ping-unknown-host", ("ping: unknown host",), _PING_UNKNOWN, _ping_unknown),
    Rule("coredns-2018-log", ("[error] ",), _COREDNS_OLD, _coredns_old),
    Rule("unbound-maximum-sends", ("exceeded the maximum number of sends",), _UNBOUND_SENDS, _unbound_sends),
    Rule("dnsproxy-failed-to-exchange", ("failed to exchange ;",), _DNSPROXY_EXCHANGE, by_rest(None, exact=True)),
    Rule("no-servers-command-below", ("no servers could be reached",), _NO_SERVERS, _ran_below),
    Rule("dig-no-servers-cut", ("no servers could be",), _NO_SERVERS_CUT, _no_servers_cut),
    Rule("nslookup-communications-error", ("communications error to",), _COMMS_ERROR, _comms_error),
    Rule(
        "coredns-errors-headless",
        (". a: dial", ". aaaa: dial", ". a: read", ". aaaa: read", ". srv: dial", ". srv: read"),
        _COREDNS_HEADLESS,
        _coredns_headless,
    ),
    Rule("nslookup-last-servfail", ("trying next server",), _LAST_SERVFAIL, _last_servfail),
)
