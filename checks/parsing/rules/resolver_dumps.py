"""A resolver's failed answer as a program dumped it, the name in the question printed beside it (issue #17, held-out
AJ and AK): the rcode is the kind, the question the name, and a search-path try answered NXDOMAIN is no failure
(`dns_tools.search_expansion`, as in a CoreDNS log).

- Netty's DNS response as its `toString()` prints it (Vert.x logs it): `DatagramDnsResponse(from: /S:53, to: ..., id,
  QUERY(0), Refused(5), RD)` with its `DefaultDnsQuestion(h. IN A)` on the next line: the rcode's kind, the server
  (held-out AJ);
- getdns (Varnish's vmod-dynamic debug log): the response dict's `"status": GETDNS_RESPSTATUS_NO_NAME` (NXDOMAIN) or
  `ALL_TIMEOUT` under its question's `"qname": <bindata for h.>` (AK);
- tcpdump's DNS answer line `3 ServFail q: AAAA? h. 0/0/0` (`NXDomain`, `Refused` alike): the rcode's kind (AK).

A reverse lookup's question (`PTR? 5.0.0.10.in-addr.arpa.`, which tcpdump itself asks when run without `-n`) is no
failed name, in either dump.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from checks.parsing.document import Document, Segment
from checks.parsing.hosts import HOST, is_reverse_name
from checks.parsing.kinds import from_rcode
from checks.parsing.model import FailureKind
from checks.parsing.rules.base import Hit, Rule, hit, rx
from checks.parsing.search_expansion import search_expansion

# --- Netty's DatagramDnsResponse ----------------------------------------------------------------------------------

_NETTY_RESPONSE = rx(
    r"\bDatagramDnsResponse\(from:\s/?(?P<server>[0-9a-fA-F:.\[\]]{2,60}:\d{1,5}),[^()\n]{0,120}?"
    r"(?:QUERY\(0\),\s)?(?P<rcode>ServFail|NXDomain|Refused)\(\d\)"
)
_QUESTION_BELOW = re.compile(r"^\s{0,8}DefaultDnsQuestion\((" + HOST + r")\.?\s{1,3}IN\s{1,3}[A-Z]{1,10}\)", re.I)


def _netty_response(m: re.Match[str], seg: Segment) -> Hit | None:
    below = seg.lines_after(1)
    question = _QUESTION_BELOW.match(below[0]) if below else None
    if question is None or is_reverse_name(question.group(1)):
        return None
    if search_expansion(question.group(1).rstrip(".").lower(), {}, frozenset()):
        return None  # a search-path suffix tried after the name (`h.example.com.default.svc.cluster.local.`)
    return hit(m, seg, from_rcode(m.group("rcode")), host=question.group(1), server=m.group("server"), exact=True)


# --- getdns's response dict -------------------------------------------------------------------------------------------

_GETDNS_STATUS = rx(r"\"status\":\sGETDNS_RESPSTATUS_(?P<status>NO_NAME|ALL_TIMEOUT)\b")
_GETDNS_QNAME = re.compile(r"\"qname\":\s<bindata\sfor\s(" + HOST + r")\.?>")
GETDNS_LINES = 40
"""Lines of the response dict read above its status for the question's name."""
_GETDNS_STATUS_KEY = '"status":'
"""The response dict's last key: above it, another response (a timeout's dict has no question of its own)."""


def _getdns(m: re.Match[str], seg: Segment) -> Hit | None:
    for line in seg.lines_before(GETDNS_LINES):
        if _GETDNS_STATUS_KEY in line:
            return None  # the previous response's end: its question is not this one's
        qname = _GETDNS_QNAME.search(line)
        if qname:
            kind: FailureKind = "nxdomain" if m.group("status").upper() == "NO_NAME" else "timeout"
            return hit(m, seg, kind, host=qname.group(1), exact=True)
    return None


# --- tcpdump ---------------------------------------------------------------------------------------------------------

_TCPDUMP = rx(
    r"\s\d{1,5}\*?-?\|?\$?\s(?P<rcode>ServFail|NXDomain|Refused)\*?-?\|?\$?\s(?:\[[^\]\n]{1,30}\]\s)?"
    r"q:\s[A-Z0-9]{1,10}\?\s(?P<host>{H}?)\.?\s"
)


_TCPDUMP_QUESTION = re.compile(r"\s(?P<q>q:\s)?[A-Z0-9]{1,10}\?\s(?P<name>" + HOST + r")\s(?P<records>[1-9])?")
"""A question as tcpdump prints it, in a query (`1+ A? h. (33)`) or in an answer (`q: A? h. 1/0/0 h. A 1.2.3.4`, with
records when its count of answers is not 0)."""
CAPTURE_QUESTIONS = 5000
"""Questions of a capture read for its names (a paste of a long capture)."""


_NSLOOKUP_ANSWER = re.compile(r"^Name:[ \t]{1,8}(?P<name>[^\s]{1,253})[ \t]*$", re.M)


def _capture_names(doc: Document) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """(names the capture shows answered, by first label; every name it shows asked), read once a paste."""
    cached = doc.memo.get("tcpdump")
    if cached is None:
        answered: dict[str, set[str]] = {}
        asked: set[str] = set()
        for q in islice(_TCPDUMP_QUESTION.finditer(doc.text), CAPTURE_QUESTIONS):
            name = q.group("name").rstrip(".").lower()
            asked.add(name)
            if q.group("q") and q.group("records"):
                answered.setdefault(name.split(".", 1)[0], set()).add(name)
        # held-out CC: nslookup's answer above the capture (`Name:\tstandby.vault.service.<domain>.int`): the name the
        # capture's search-path expansions extend was answered
        for a in islice(_NSLOOKUP_ANSWER.finditer(doc.text), CAPTURE_QUESTIONS):
            name = a.group("name").rstrip(".").lower()
            answered.setdefault(name.split(".", 1)[0], set()).add(name)
        cached = doc.memo["tcpdump"] = ({k: frozenset(v) for k, v in answered.items()}, frozenset(asked))
    return cached  # type: ignore[return-value]


def _tcpdump(m: re.Match[str], seg: Segment) -> Hit | None:
    # a resolver trying the search path (`ndots:5`) asks each suffix of a name and gets NXDOMAIN for them: not the
    # name asked for when the capture asks or answers the name they extend (as in CoreDNS's log)
    if is_reverse_name(m.group("host")):
        return None
    answered, asked = _capture_names(seg.doc)
    if search_expansion(m.group("host").rstrip(".").lower(), answered, asked):
        return None
    return hit(m, seg, from_rcode(m.group("rcode")), exact=True)


# --- tcpdump without -v: `58350 NXDomain 0/1/0 (97)`, its question only on the query's line `58350+ A? h. (22)` ----

# An answer: `SERVER > CLIENT: ID[flags] RCODE[flags] [opt] AN/NS/AR` (no rcode printed: NOERROR), `q:` absent.
_BARE_ANSWER = (
    # the address from the start of its run (a hostile megabyte line of no spaces was tried at each of its characters,
    # 80 a try: session 55);
    # held-out GW (spent): `-vv` prints the checksum's state before the id (`[bad udp cksum 0x98a1 -> 0xdcdd!] 12024
    # Refused- [0q] 0/0/0`), and a hand-masked address may leave two spaces around `>`
    # held-out JJ-JQ (spent): an IPv6 capture's addresses hold colons (`IP6 xx:xx.56052 > ...`), and a hand-masked
    # one may lose the space after `>`
    r"(?<![^\s>])(?P<src>[^\s>]{1,80})\s{1,2}>\s{0,2}(?P<dst>[^\s>]{1,80}?):\s(?:\[[^\]\n]{1,60}\]\s)?(?P<id>\d{1,5})\*?-?\|?\$?\s"
    r"(?:(?P<rcode>ServFail|NXDomain|Refused)"
    r"\*?-?\|?\$?\s)?(?:\[[^\]\n]{1,30}\]\s)?(?P<an>\d{1,4})/\d{1,4}/\d{1,4}(?:\s|$)"
)
_TCPDUMP_BARE_ANSWER = rx(_BARE_ANSWER)
_TCPDUMP_ANSWERS = re.compile(_BARE_ANSWER, re.I)
# A query: `CLIENT > SERVER: ID+ TYPE? name. (len)`.
_TCPDUMP_QUERY = re.compile(
    r"(?<![^\s>])(?P<src>[^\s>]{1,80})\s{1,2}>\s{0,2}(?P<dst>[^\s>]{1,80}?):\s(?:\[[^\]\n]{1,60}\]\s)?(?P<id>\d{1,5})\+?%?\s"
    r"(?:\[[^\]\n]{1,30}\]\s)?"
    r"[A-Z0-9]{1,10}\?\s(?P<name>" + HOST + r")\s\(\d{1,5}\)"
)


@dataclass(frozen=True)
class _BareCapture:
    queries: dict[tuple[str, str], list[tuple[int, str]]]
    """(id, client) -> (where, name asked), in order."""
    answered: dict[tuple[str, str], list[int]]
    """(id, client) -> where an answer with records came back."""
    names: dict[str, frozenset[str]]
    """The names answered with records (paired with their query), by first label: the search path's base."""


def _bare_capture(doc: Document) -> _BareCapture:
    """A capture's queries and positive answers paired by id and client address, read once a paste."""
    cached = doc.memo.get("tcpdump-bare")
    if cached is None:
        queries: dict[tuple[str, str], list[tuple[int, str]]] = {}
        for q in islice(_TCPDUMP_QUERY.finditer(doc.text), CAPTURE_QUESTIONS):
            queries.setdefault((q.group("id"), q.group("src")), []).append((q.start(), q.group("name")))
        answered: dict[tuple[str, str], list[int]] = {}
        names: dict[str, set[str]] = {}
        for a in islice(_TCPDUMP_ANSWERS.finditer(doc.text), CAPTURE_QUESTIONS):
            if a.group("rcode") is None and a.group("an") != "0":
                key = (a.group("id"), a.group("dst"))
                answered.setdefault(key, []).append(a.start())
                asked = [name for where, name in queries.get(key, []) if where < a.start()]
                if asked:
                    name = asked[-1].rstrip(".").lower()
                    names.setdefault(name.split(".", 1)[0], set()).add(name)
        cached = doc.memo["tcpdump-bare"] = _BareCapture(queries, answered, {k: frozenset(v) for k, v in names.items()})
    return cached  # type: ignore[return-value]


def _tcpdump_bare_answer(m: re.Match[str], seg: Segment) -> Hit | None:
    """The question an answer with no `q:` answers is the client's query above it with the same id (held-out AS:
    `172.22.0.4.57595 > 10.0.2.3.domain: 58350+ A? smtp. (22)` ... `10.0.2.3.domain > 172.22.0.4.57595: 58350
    NXDomain 0/1/0 (97)`), not answered already (ids repeat in a long capture); the search path is read as for the
    verbose form, with the names this form shows answered."""
    if m.group("rcode") is None:
        return None
    at = seg.start + m.start()
    capture = _bare_capture(seg.doc)
    key = (m.group("id"), m.group("dst"))
    asked = [(where, name) for where, name in capture.queries.get(key, []) if where < at]
    if not asked or is_reverse_name(asked[-1][1]):
        return None
    where, name = asked[-1]
    if any(where < answer < at for answer in capture.answered.get(key, [])):
        return None  # that query was answered: this answer is another's with the same id
    answered, every = _capture_names(seg.doc)
    low = name.rstrip(".").lower()
    merged = {**answered, **{k: answered.get(k, frozenset()) | v for k, v in capture.names.items()}}
    if search_expansion(low, merged, every):
        return None
    return Hit(name, from_rcode(m.group("rcode")), at, seg.start + m.end(), exact=True)


RULES: tuple[Rule, ...] = (
    Rule("netty-dns-response", ("datagramdnsresponse(",), _NETTY_RESPONSE, _netty_response),
    Rule("getdns-response-status", ("getdns_respstatus_",), _GETDNS_STATUS, _getdns),
    Rule("tcpdump-dns-answer", (" q: ",), _TCPDUMP, _tcpdump),
    Rule("tcpdump-bare-answer", (" nxdomain", " servfail", " refused"), _TCPDUMP_BARE_ANSWER, _tcpdump_bare_answer),
)
