r"""DNS servers' and DNS proxies' own logs that held-out FA met and no rule read (issue #17, spent data).

- dnsmasq's query log (`log-queries`): `reply NAME is NXDOMAIN` (or `cached` / `config`; `SERVFAIL`, `REFUSED`
  likewise), read as a failure of NAME unless the same log answers it (`reply NAME is 10.0.0.5`, `reply NAME is
  <CNAME>`) or answers the name NAME is a search-path try of (`reply h is 10.0.0.5` after `reply h.fritz.box is
  NXDOMAIN`), as a resolver's log is read elsewhere;
- AdGuard Home's structured dnsproxy log: `exchange failed upstream=U question=";NAME.<TAB>IN<TAB> A" ... err="..."`,
  the error's kind (its older form is `dns_tool_forms.py`'s);
- query logs of DNS proxies, Blocky's (`question_name=h question_type=A response_code=NXDOMAIN response_reason=...`)
  and dnscrypt-proxy's (tsv `h<TAB>A<TAB>NXDOMAIN`, ltsv `message:h<TAB>type:A<TAB>return:SERVER_TIMEOUT`): the code's
  kind, but not a block list's answer nor a name the same log answers (or answers the name it is a search-path try
  of); the generic rule leaves such lines to these rules; Blocky's debug log of one query too, `received response from
  upstream ... return_code=SERVFAIL`, the name its resolver's lines around it ask (`question=A (h.)`);
- PowerDNS Recursor's structured log of a query it gave up on: `msg="startDoResolve problem" error="..." ...
  qname="NAME"`: the error is the server's own (a socket it could not bind), no answer: `other`;
- the PowerDNS products' security poll (dnsdist, the Recursor, the Authoritative server): `Failed to retrieve security
  status update for 'VERSION' on NAME` (a TXT query of NAME under secpoll.powerdns.com): `other`, or the RCODE dnsdist
  logs above it (`Response code 'NXDomain' received from the secpoll stub resolver S for 'NAME.'`);
- Istio's DNS proxy (istio-agent's debug log): `upstream response for hostname "NAME." : ;; opcode: QUERY, status:
  SERVFAIL, ...`: the upstream's RCODE (SERVFAIL, REFUSED, NXDOMAIN);
- Technitium DNS Server's own log of a request it could not answer: `DNS Server failed to resolve the request 'NAME. A
  IN' using forwarders: F (IP), ...` (the forwarders are the servers asked, never the name), and its client's `DnsClient
  failed to (recursively) resolve the request 'NAME. A IN': REASON` (before 2023: `... the request with QNAME: NAME;
  QTYPE: A; ...`, `recursive resolution failed for QNAME: NAME; ...`): NAME, the kind from the reason after it, else
  from the exception on the next line (`request timed out`, `no response from name servers`,
  `DnsClientNoResponseException`: `timeout`; `SocketException (111): Connection refused` or WinSock's 10061:
  `refused`; `RCODE=ServerFailure`: `servfail`; a DNSSEC validation failure, a canceled task or anything else:
  `other`);
- Technitium DNS Server's JSON answer: its extended error's text, `returned RCODE=ServerFailure for NAME. A IN` (the
  RCODE's kind) and `Socket error for NAME. A IN: NetworkUnreachable` (the server could not reach the authority: it
  answers ServerFailure, `servfail`);
- (source-mined, session 50) Unbound's verbose log: the iterator's verdict (`... -- returning SERVFAIL`, `return error
  response SERVFAIL`, `query response was NXDOMAIN ANSWER`) under the query it names (`resolving h. A IN`, `response
  for h. A IN`; the validator's `validator operate: query h.` a few lines below an error response); AdGuard Home's query
  log as its API returns it (the question's name and `status`, not the client's name nor a block list's answer);
  Pi-hole FTL's debug `got error reply from S: h is REFUSED`; NextDNS CLI's `Query C UDP/53 C A h. profile (qry=/res=)
  Nms : <error>` (a deadline: `timeout`); Tailscale's `DNSQuery: failed to query "h": ...` and `tailscale dns query
  --json`'s `"Name"` above its `"ResponseCode": "RCodeNameError"`;
- gluetun's DNS over TLS: `exchanging over tls connection for request IN A NAME.: read tcp ...: i/o timeout`, NAME as
  printed (a mask or a template's `{TRACKER16}` included), the reason's kind;
- Blocky's prefetch of a popular name: `can't prefetch 'NAME' resolution failed: ...`, the upstream's reason; the Go
  HTTP client's `context deadline exceeded` ending it (a DNS-over-HTTPS upstream that did not answer in time) is
  `timeout`, as Tailscale's and the DNS drivers' rules read it;
- BIND giving up on a name (`gave up on resolving 'h/A'`, `loop detected resolving`, `exceeded max queries
  resolving`): `other`; dnsdist's `Had a downstream timeout from S (backend) for query for h.|A`: `timeout`; PowerDNS
  Recursor's system resolver `msg="Name did not resolve" ... name="h"` (LABELS.md's bare `does not resolve`), and its
  `Too much time waiting for h|A` under a SERVFAIL it sent (`timeout`, the reason it states);
- DNSSEC validation failures, Unbound's `validation failure <h. A IN>` and Knot Resolver's `[dnssec] validation
  failure: h. A`, as systemd-resolved's below: `other`;
- systemd-resolved: `DNSSEC validation failed for question NAME IN TYPE: REASON` (`incompatible-server`, `no-signature`
  ...): the look-up failed, no RCODE (`other`).
"""

from __future__ import annotations

import functools
import re

from checks.parsing.document import Segment
from checks.parsing.hosts import is_reverse_name
from checks.parsing.kinds import RCODES, classify, from_rcode_number
from checks.parsing.model import FailureKind
from checks.parsing.no_reason import NO_REASON
from checks.parsing.places_not_names import RECORD_TYPES
from checks.parsing.rules.base import Hit, Rule, by_rest, first_of, fixed, hit, rx, url_hit

_DEADLINE_AT_END = re.compile(r"context\sdeadline\sexceeded\W{0,3}$")


def _go_error_kind(error: str) -> FailureKind:
    """The kind a Go program's error chain ends on: `context deadline exceeded` (a DNS-over-HTTPS upstream, a query
    that did not answer in time) is `timeout`, as Tailscale's and the DNS drivers' rules read it; else what it says."""
    return "timeout" if _DEADLINE_AT_END.search(error) else (classify(error) or NO_REASON)


# --- dnsmasq's query log ---------------------------------------------------------------------------------------------

_DNSMASQ_REPLY = rx(r"\b(?:reply|cached|config)\s(?P<host>{H})\sis\s(?P<rcode>NXDOMAIN|SERVFAIL|REFUSED)\b")
_DNSMASQ_ANSWERED = rx(r"\breply\s(?P<host>{H})\sis\s(?:\d{1,3}\.\d|[0-9a-f]{0,4}:[0-9a-f:]{1,38}\b|<CNAME>)")


@functools.lru_cache(maxsize=8)
def _answered(text: str, log: str) -> frozenset[str]:
    """The names a server's log (`log`: dnsmasq, blocky, dnscrypt) answers anywhere in `text` (read once per paste and
    log: a str keeps its hash)."""
    return frozenset(m.group("host").lower().rstrip(".") for m in _ANSWERED[log].finditer(text))


def _tried_then_answered(name: str, text: str, log: str) -> bool:
    """The same log answers the name (a retry, another query type), or the name it is a search-path try of."""
    answered = _answered(text, log)
    labels = name.lower().rstrip(".").split(".")
    return any(".".join(labels[:n]) in answered for n in range(1, len(labels) + 1))


def _dnsmasq_reply(m: re.Match[str], seg: Segment) -> Hit | None:
    if _tried_then_answered(m.group("host"), seg.doc.text, "dnsmasq"):
        return None
    return hit(m, seg, RCODES[m.group("rcode").upper()])


# AdGuard Home's structured dnsproxy log (2024 on): `exchange failed upstream=U question=";h.\tIN\t A" ... err="..."`
_DNSPROXY_STRUCTURED = rx(
    r"\bexchange\sfailed\supstream=[^\s]{1,400}\squestion=\";(?P<host>{H})\.?\s{1,5}IN\s{1,5}[A-Z]{1,10}\"[^\n]{0,80}?"
    r"\serr=\"(?=(?P<rest>[^\n]{0,400}))"
)


# --- query logs of DNS proxies: Blocky's and dnscrypt-proxy's ----------------------------------------------------

_BLOCKY_QUERY = rx(
    r"\bquestion_name=(?P<host>{H})\.?\squestion_type=[A-Z0-9]{1,10}\sresponse_code=(?P<rcode>NXDOMAIN|SERVFAIL|REFUSED)"
    r"\sresponse_reason=\"?(?P<reason>[A-Z]{2,20})?"
)
# held-out FY (spent): Blocky's debug log of one query, `received response from upstream ... return_code=SERVFAIL
# upstream=...` with the question on the resolver's lines around it (`question=A (h.)`)
_BLOCKY_UPSTREAM_RCODE = rx(
    r"\breceived\sresponse\sfrom\supstream\b[^\n]{0,300}?\sreturn_code=(?P<rcode>NXDOMAIN|SERVFAIL|REFUSED)\b"
)
_BLOCKY_QUESTION = rx(r"\bquestion=[A-Z0-9]{1,10}\s\((?P<host>{H})\.?\)")
QUESTION_LINES = 3
"""Lines of Blocky's debug log looked at around an upstream's answer for the question it answers."""
_BLOCKY_ANSWERED = rx(r"\bquestion_name=(?P<host>{H})\.?\squestion_type=[A-Z0-9]{1,10}\sresponse_code=NOERROR\b")
# dnscrypt-proxy: `[time]<TAB>client<TAB>h<TAB>A<TAB>NXDOMAIN<TAB>31ms<TAB>server` (tsv) and `message:h<TAB>type:A<TAB>
# return:NXDOMAIN` (ltsv)
_DNSCRYPT_QUERY = rx(
    r"(?:^|\t)(?:message:)?(?P<host>{H})\.?\t(?:type:)?[A-Z0-9]{1,10}\t(?:return:)?"
    r"(?P<rcode>NXDOMAIN|SERVFAIL|SERVER_TIMEOUT|NETWORK_ERROR|SERVER_ERROR|NOT_READY)\t"
)
_DNSCRYPT_ANSWERED = rx(
    r"(?:^|\t)(?:message:)?(?P<host>{H})\.?\t(?:type:)?[A-Z0-9]{1,10}\t(?:return:)?(?:PASS|FORWARD|SYNTH|CLOAK)\t"
)
_DNSCRYPT_KINDS: dict[str, FailureKind] = {
    "NXDOMAIN": "nxdomain",
    "SERVFAIL": "servfail",
    "SERVER_TIMEOUT": "timeout",
    "NETWORK_ERROR": "other",
    "SERVER_ERROR": "other",
    "NOT_READY": "other",
}


_ANSWERED = {"dnsmasq": _DNSMASQ_ANSWERED, "blocky": _BLOCKY_ANSWERED, "dnscrypt": _DNSCRYPT_ANSWERED}


def _blocky_query(m: re.Match[str], seg: Segment) -> Hit | None:
    if (m.group("reason") or "").upper() == "BLOCKED":
        return None  # a block list's answer, not a failed look-up
    if _tried_then_answered(m.group("host"), seg.doc.text, "blocky"):
        return None
    return hit(m, seg, RCODES[m.group("rcode").upper()])


def _blocky_upstream_rcode(m: re.Match[str], seg: Segment) -> Hit | None:
    """The question on the nearest line above that names one, else below (the line that used the answer)."""
    for line in [*seg.lines_before(QUESTION_LINES), *seg.lines_after(QUESTION_LINES)]:
        question = _BLOCKY_QUESTION.search(line)
        if question is not None:
            host = question.group("host")
            if _tried_then_answered(host, seg.doc.text, "blocky"):
                return None
            return hit(m, seg, RCODES[m.group("rcode").upper()], host=host, exact=True)
    return None


# source-mined: `dnscrypt-proxy -resolve h` prints `Resolving [h] using S port 53`, then either its reason (`Unable to
# resolve: [Timeout]`, `[read udp ...: connection refused]`) or a report whose `Name servers  : name does not exist`
# is an NXDOMAIN; `No valid nameservers in 'file' while resolving [h]` is its forwarder's (no reason)
_DNSCRYPT_RESOLVE = rx(r"^\s{0,4}Resolving\s\[(?P<host>{H})\.?\]\susing\s[^\s]{1,100}\sport\s\d{1,5}\s*$")
_DNSCRYPT_RESOLVE_OUTCOME = re.compile(
    r"^\s{0,4}(?:Unable\sto\sresolve:\s\[(?P<reason>[^\]\n]{1,300})\]|Name\sservers\s{0,8}:\s(?P<nx>name\sdoes\snot\sexist)"
    r"|(?P<next>Resolving\s\[))",
    re.I,
)
RESOLVE_REPORT_LINES = 12
"""Lines of `dnscrypt-proxy -resolve`'s report read under its `Resolving [h]` line."""
_DNSCRYPT_NO_NAMESERVERS = rx(r"\bNo\svalid\snameservers\sin\s'[^'\n]{1,300}'\swhile\sresolving\s\[(?P<host>{H})\.?\]")


def _dnscrypt_resolve(m: re.Match[str], seg: Segment) -> Hit | None:
    for line in seg.lines_after(RESOLVE_REPORT_LINES):
        said = _DNSCRYPT_RESOLVE_OUTCOME.search(line)
        if said is None:
            continue
        if said.group("next"):
            return None
        if said.group("nx"):
            return hit(m, seg, "nxdomain", exact=True)
        reason = said.group("reason")
        return hit(m, seg, "timeout" if reason.strip().lower() == "timeout" else _go_error_kind(reason), exact=True)
    return None


def _dnscrypt_query(m: re.Match[str], seg: Segment) -> Hit | None:
    # (probes, round 21) not Zeek's tab-separated dns.log, whose `qtype_name`, `rcode` and `rcode_name` columns read
    # as dnscrypt-proxy's three (`AAAA<TAB>2<TAB>SERVFAIL`): a record type is no name (`zeek-dns-log-tsv` reads it)
    if m.group("host").upper() in RECORD_TYPES or _tried_then_answered(m.group("host"), seg.doc.text, "dnscrypt"):
        return None
    return hit(m, seg, _DNSCRYPT_KINDS[m.group("rcode").upper()])


# --- PowerDNS ---------------------------------------------------------------------------------------------------------

_PDNS_START_DO_RESOLVE = rx(r"msg=\"startDoResolve\sproblem\"[^\n]{0,600}?\sqname=\"(?P<host>{H})\.?\"")
_PDNS_SECPOLL = rx(
    r"Failed\sto\sretrieve\ssecurity\sstatus\supdate\sfor\s'[^'\n]{1,40}'\son\s(?P<host>{H})\.?(?=[\s:]|$)"
)

# dnsdist's secpoll stub resolver's answer (the line above its `Failed to retrieve ...`): the RCODE's kind
_PDNS_SECPOLL_RCODE = rx(
    r"Response\scode\s'(?P<rcode>NXDomain|ServFail|Refused)'\sreceived\sfrom\sthe\ssecpoll\sstub\sresolver\s"
    r"[^\s]{1,60}\sfor\s'(?P<host>{H})\.?'"
)
_SECPOLL_KINDS: dict[str, FailureKind] = {"nxdomain": "nxdomain", "servfail": "servfail", "refused": "refused"}


def _pdns_secpoll_rcode(m: re.Match[str], seg: Segment) -> Hit:
    return hit(m, seg, _SECPOLL_KINDS[m.group("rcode").lower()])


# BIND's resolver giving up on a name: `gave up on resolving 'h/A'`, `loop detected resolving 'h/A'`, `exceeded max
# queries resolving 'h/A'` (max-recursion-queries)
_BIND_GAVE_UP = rx(
    r"\b(?:gave\sup\son|loop\sdetected|exceeded\smax\squeries)\sresolving\s'(?P<host>{H})\.?(?:/[A-Z0-9]{1,10}){0,2}'"
)
# dnsdist: a backend that did not answer in time
_DNSDIST_TIMEOUT = rx(
    r"\bHad\sa\sdownstream\stimeout\sfrom\s[^\s]{1,60}(?:\s\([^)\n]{1,60}\))?\sfor\squery\sfor\s(?P<host>{H})\.?\|[A-Z0-9]{1,10}"
)
# held-out FY (spent): the Recursor's `msg="Sending SERVFAIL during resolve" error="Too much time waiting for h|A,
# timeouts: 5, ..."` (SyncRes giving up on a name whose servers did not answer in time): the reason its SERVFAIL states
# wins over the code it sent (LABELS.md), `timeout`
_PDNS_TOO_MUCH_TIME = rx(r"\bToo\smuch\stime\swaiting\sfor\s(?P<host>{H})\.?\|[A-Z0-9]{1,10}\b")
# PowerDNS Recursor's system resolver (forward zones by name): `msg="Name did not resolve" ... name="h"`
_PDNS_NAME_DID_NOT_RESOLVE = rx(r"msg=\"Name\sdid\snot\sresolve\"[^\n]{0,400}?\sname=\"(?P<host>{H})\.?\"")
# DNSSEC validation failures: Unbound's `validation failure <h. A IN>: ...` (or without the brackets) and Knot
# Resolver's `[dnssec] validation failure: h. A`
_VALIDATION_FAILURE = rx(r"\bvalidation\sfailure:?\s<?(?P<host>{H})\.\s[A-Z0-9]{1,10}(?:\sIN)?\b")

# --- Istio's DNS proxy ------------------------------------------------------------------------------------------------

_ISTIO_UPSTREAM_RESPONSE = rx(
    r"upstream\sresponse\sfor\shostname\s\"(?P<host>{H})\.?\"\s{0,2}:\s{0,2};;\sopcode:\sQUERY,\sstatus:\s"
    r"(?P<rcode>NXDOMAIN|SERVFAIL|REFUSED)\b"
)


def _by_rcode(m: re.Match[str], seg: Segment) -> Hit:
    return hit(m, seg, RCODES[m.group("rcode").upper()])


# --- Technitium -------------------------------------------------------------------------------------------------------

_TECHNITIUM_RCODE = rx(
    r"returned\sRCODE=(?P<rcode>ServerFailure|NameError|Refused)\sfor\s(?P<host>{H})\.\s[A-Z]{1,10}\sIN\b"
)
_TECHNITIUM_SOCKET = rx(r"\bSocket\serror\sfor\s(?P<host>{H})\.\s[A-Z]{1,10}\sIN:\s[A-Za-z]{2,40}")
_TECHNITIUM_KINDS: dict[str, FailureKind] = {"serverfailure": "servfail", "nameerror": "nxdomain", "refused": "refused"}
_TECHNITIUM_REQUEST = rx(
    r"\b(?:DNS\sServer|DnsClient)\sfailed\sto\s(?:recursively\s)?resolve\sthe\srequest\s'(?P<host>{H})\.\s"
    r"(?:\*\*)?[A-Z]{1,10}\sIN(?:\*\*)?'(?=(?P<rest>[^\n]{0,200}))"
)
# its older words (before 2023): `DNS Server failed to resolve the request with QNAME: h; QTYPE: A; QCLASS: IN;
# Forwarders: F;` and `DNS Server recursive resolution failed for QNAME: h; QTYPE: A; QCLASS: IN;` (held-out FY's
# off-frame rows, spent)
_TECHNITIUM_QNAME = rx(
    r"\bDNS\sServer\s(?:failed\sto\sresolve\sthe\srequest\swith|recursive\sresolution\sfailed\sfor)\sQNAME:\s"
    r"(?P<host>{H})\.?;\sQTYPE:\s[A-Z0-9]{1,10};(?=(?P<rest>[^\n]{0,200}))"
)
# what the server's reason (after the name, else the exception on the next line) says, in its own words
_TECHNITIUM_REASONS: tuple[tuple[re.Pattern[str], FailureKind], ...] = (
    # source-mined: `no valid response from name servers [...] at delegation d.` (every server answered, none usably:
    # a lame delegation), thrown as the same DnsClientNoResponseException as a time-out
    (re.compile(r"no\svalid\sresponse\sfrom\sname\sservers?", re.I), NO_REASON),
    (
        re.compile(
            r"request\stimed\sout|no\sresponse\sfrom\sname\sservers?|NoResponseException|\((?:110|10060)\)", re.I
        ),
        "timeout",
    ),
    (re.compile(r"Connection\srefused|\((?:111|10061)\)|RCODE=Refused", re.I), "refused"),
    (re.compile(r"RCODE=ServerFailure"), "servfail"),
    (re.compile(r"RCODE=NameError"), "nxdomain"),
)


# source-mined (TechnitiumLibrary's DnsClient): its NXDOMAIN exception's own words (`Domain does not exists: h; Name
# server: ...`, its spelling), a forwarder or name server whose own name has no address, and a NOTIFY that could not
# resolve the server it notifies
_TECHNITIUM_NXDOMAIN = rx(r"\bDomain\sdoes\snot\sexists?:\s(?P<host>{H})\.?(?=[;\s]|$)")
_TECHNITIUM_NO_ADDRESS = rx(
    r"\bNo\sIP\saddress\swas\sfound\sfor\sname\sserver:\s(?P<host>{H})\.?(?=[\s.;:,]|$)"
    r"|\bfailed\sto\snotify\sname\sserver\s'(?P<host2>{H})\.?'\sdue\sto\sfailure\sin\sresolving\sits\sIP\saddress"
)


def _technitium_request(m: re.Match[str], seg: Segment) -> Hit:
    rest = m.group("rest") or ""
    said = rest if rest.startswith(":") else " ".join(seg.lines_after(1))
    kind = next((k for reason, k in _TECHNITIUM_REASONS if reason.search(said[:300])), NO_REASON)
    return hit(m, seg, kind, exact=True)


def _technitium_rcode(m: re.Match[str], seg: Segment) -> Hit:
    return hit(m, seg, _TECHNITIUM_KINDS[m.group("rcode").lower()])


# --- Unbound's verbose log: a query's name, then the iterator's verdict (source-mined, iterator.c, mesh.c) ----------

_UNBOUND_VERDICT = rx(
    r"\bunbound\[[^\]\n]{1,20}\][^\n]{0,160}?(?:--\sreturning\s(?P<servfail>SERVFAIL)|return\serror\sresponse\s"
    r"(?P<error>SERVFAIL)|query\sresponse\swas\s(?P<nxdomain>NXDOMAIN)\sANSWER)"
)
# the query's name as the iterator logs it on starting (`resolving h. A IN`), on an answer (`response for h. A IN`) and
# as the validator logs it (`validator operate: query h.`, its type sometimes wrapped onto the next line)
_UNBOUND_QUERY_NAME = rx(
    r"\bunbound\[[^\]\n]{1,20}\][^\n]{0,40}?(?:resolving|response\sfor|(?:validator|iterator)\soperate:\squery)\s"
    r"(?P<host>{H})\.(?:\s(?P<qtype>[A-Z0-9]{1,10})\sIN)?\s*$"
)
VERBOSE_LINES = 8
"""Lines of Unbound's verbose log looked at above its verdict for the query's name (and a few below it)."""


def _unbound_verdict(m: re.Match[str], seg: Segment) -> Hit | None:
    query = seg.first_above(_UNBOUND_QUERY_NAME, VERBOSE_LINES)
    if query is None and m.group("error"):
        query = seg.first_below(_UNBOUND_QUERY_NAME, 4)  # the validator logs the query after the iterator's error
    if query is None or query.group("qtype") == "PTR" or is_reverse_name(query.group("host")):
        return None
    kind: FailureKind = "nxdomain" if m.group("nxdomain") else "servfail"
    return hit(m, seg, kind, host=query.group("host"), exact=True)


# --- AdGuard Home's query log as its API returns it (source-mined, internal/querylog/json.go) ------------------------

_ADGUARD_QUERY_LOG = rx(
    # the API's keys in its order (`question`, `reason`, `rules`, `status`): each span bounded by its own closing
    # character, not any text up to a later key (a megabyte of `"question":{...}` alone read in 0.3 s so)
    r"\"question\":\{[^{}\n]{0,200}?\"name\":\"(?P<host>{H})\.?\"[^{}\n]{0,60}\},\"reason\":\"(?P<reason>[A-Za-z]{1,40})\","
    r"\"rules\":\[[^\[\]\n]{0,600}\],\"status\":\"(?P<rcode>NXDOMAIN|SERVFAIL|REFUSED)\""
)


def _adguard_query_log(m: re.Match[str], seg: Segment) -> Hit | None:
    if m.group("reason").startswith("Filtered") or is_reverse_name(m.group("host")):
        return None  # a block list's answer (`FilteredBlackList`), not a failed look-up; a reverse look-up
    return hit(m, seg, RCODES[m.group("rcode").upper()], exact=True)


# --- Pi-hole FTL's debug log of dnsmasq's reply (source-mined, src/dnsmasq/forward.c) ---------------------------------

_FTL_ERROR_REPLY = rx(
    r"\bgot\serror\sreply\sfrom\s[^\s:]{1,60}:\s(?P<host>{H})\sis\s(?P<rcode>NXDOMAIN|SERVFAIL|REFUSED)\b"
)


def _ftl_error_reply(m: re.Match[str], seg: Segment) -> Hit | None:
    return None if is_reverse_name(m.group("host")) else hit(m, seg, RCODES[m.group("rcode").upper()], exact=True)


# --- NextDNS CLI's query log (source-mined, proxy/proxy.go: logged on an error even with query logging off) ----------

_NEXTDNS_QUERY = rx(
    r"\bQuery\s[0-9a-f.:\[\]]{3,60}\s[A-Z]{2,5}/\d{1,5}\s[^\s]{1,60}\s[A-Z0-9]{1,10}\s(?P<host>{H})\.\s[^\s]{1,60}\s"
    r"\(qry=\d{1,10}/res=\d{1,10}\)\s\d{1,7}ms\s[A-Za-z0-9]{0,8}:?\s?:?\s(?P<rest>[^\n]{1,300})"
)


def _nextdns_query(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = m.group("rest")
    if is_reverse_name(m.group("host")):
        return None
    kind = _go_error_kind(rest)
    if " lookup " in rest:
        kind = NO_REASON  # an upstream's own name failed to resolve (read on its own): the query's reason is that
    return hit(m, seg, kind, exact=True)


# --- Tailscale: the backend's DNS query and `tailscale dns query` (source-mined, ipn/ipnlocal, cmd/tailscale) ---------

_TAILSCALE_QUERY = rx(r"\bDNSQuery:\sfailed\sto\squery\s\"(?P<host>{H})\.?\":\s(?P<rest>[^\n]{1,300})")


def _tailscale_query(m: re.Match[str], seg: Segment) -> Hit:
    return hit(m, seg, _go_error_kind(m.group("rest")), exact=True)


_TAILSCALE_RCODE = rx(r"\"ResponseCode\":\s{0,2}\"RCode(?P<rcode>NameError|ServerFailure|Refused)\"")
_TAILSCALE_NAME = rx(r"\"Name\":\s{0,2}\"(?P<host>{H})\.?\"")
_TAILSCALE_KINDS: dict[str, FailureKind] = {"nameerror": "nxdomain", "serverfailure": "servfail", "refused": "refused"}
RESPONSE_LINES = 16
"""Lines of `tailscale dns query --json`'s answer looked at above its response code for the name asked."""


def _tailscale_rcode(m: re.Match[str], seg: Segment) -> Hit | None:
    name = _TAILSCALE_NAME.search(seg.text, 0, m.start()) or seg.first_above(_TAILSCALE_NAME, RESPONSE_LINES)
    if name is None or is_reverse_name(name.group("host")):
        return None
    return hit(m, seg, _TAILSCALE_KINDS[m.group("rcode").lower()], host=name.group("host"), exact=True)


# --- gluetun's DNS over TLS -------------------------------------------------------------------------------------------

_GLUETUN_EXCHANGE = rx(
    r"exchanging\sover\s(?:tls|https)\sconnection\sfor\srequest\sIN\s[A-Z]{1,10}\s"
    r"(?P<host>[^\s:]{1,253}?)\.:\s(?=(?P<rest>[^\n]{0,200}))"
)

# --- systemd-resolved -------------------------------------------------------------------------------------------------

_RESOLVED_DNSSEC = rx(r"DNSSEC\svalidation\sfailed\sfor\squestion\s(?P<host>{H})\.?\sIN\s[A-Z]{1,10}:\s[a-z-]{2,40}")

# --- hickory-dns's recursor and PowerDNS Recursor's answer line (source-mined) --------------------------------------

# hickory's recursor: `lookup error query=Query { name: Name("h."), query_type: A, query_class: IN } error=<why>`
_HICKORY_RECURSOR = rx(
    r"\blookup\serror\squery=Query\s\{\sname:\sName\(\"(?P<host>{H})\.?\"\),\squery_type:\s[A-Z0-9]{1,10},"
    r"\squery_class:\s[A-Z]{1,6}\s\}\serror=(?P<rest>[^\n]{1,300})"
)
# PowerDNS Recursor 5's structured `msg="Answer" ... qname="h." qtype="A" rcode="3"` (its keys in order)
_PDNS_ANSWER = rx(
    r"\bmsg=\"Answer\"(?:[^\nm]|m(?!sg=)){0,1500}?\sqname=\"(?P<host>{H})\.?\"\sqtype=\"[A-Z0-9]{1,10}\"\srcode=\"(?P<rcode>\d{1,2})\""
)


# its `msg="Sending SERVFAIL during resolve" error="<why>" ... qname="h."`: the query's name, never one its error names
_PDNS_SENDING_SERVFAIL = rx(
    r"\bmsg=\"Sending\sSERVFAIL\sduring\sresolve\"(?:\serror=\"(?P<rest>[^\"\n]{0,600})\")?(?:[^\nm]|m(?!sg=)){0,1500}?"
    r"\sqname=\"(?P<host>{H})\.?\""
)


def _pdns_answer(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = from_rcode_number(m.group("rcode"))
    return hit(m, seg, kind, exact=True) if kind else None


# --- Blocky's failed query and list download (source-mined) -------------------------------------------------------

# `ERROR error on processing request:upstream resolution failed ...: <why> client_ip=C question="A (h.)"`, and its
# debug `strict: resolution failed from resolver, cause: <chain> client_ip=C question="A (h.)"`
_BLOCKY_QUERY_FAILED = rx(
    r"\b(?:error\son\sprocessing\srequest:|resolution\sfailed\sfrom\sresolver,\scause:)\s?"
    # up to the first `question="` (a tempered token: it never runs past one, nor past the next such line's words)
    r"(?P<rest>(?:[^\nqr]|q(?!uestion=\")|r(?!esolution\sfailed\sfrom|equest:)){1,1200})"
    r"question=\"[A-Z0-9]{1,10}\s\((?P<host>{H})\.?\)\""
)
_NO_ANSWER_IN_TIME = re.compile(r"no\sresolver\sreturned\san\sanswer\sin\stime", re.I)
# a block list's download: `list_cache: Name resolution err: i/o timeout attempt=1/3 link="https://h/..."`
_BLOCKY_LIST_RESOLUTION = rx(
    r"\bName\sresolution\serr:\s(?P<rest>[^\n]{1,200}?)\sattempt=\d{1,3}/\d{1,3}\slink=\""
    r"(?P<url>[a-z][a-z0-9+.-]{1,15}://[^\"\s]{1,2000})\""
)


def _blocky_query_failed(m: re.Match[str], seg: Segment) -> Hit:
    rest = m.group("rest")
    return hit(m, seg, "timeout" if _NO_ANSWER_IN_TIME.search(rest) else _go_error_kind(rest), exact=True)


def _blocky_list_resolution(m: re.Match[str], seg: Segment) -> Hit | None:
    return url_hit(m, seg, _go_error_kind(m.group("rest")))


# --- Blocky's prefetch ---------------------------------------------------------------------------------------------

_BLOCKY_PREFETCH = rx(r"\bcan't\sprefetch\s'(?P<host>{H})\.?'\sresolution\sfailed:\s")
BLOCKY_CHAIN = 2000
"""Characters of Blocky's chain of upstream errors read for its last reason."""


def _blocky_prefetch(m: re.Match[str], seg: Segment) -> Hit:
    # the chain of upstream errors runs long: its end is read from the whole line, past a long line's window
    rest = seg.doc.text[seg.start + m.end() : min(seg.line_end, seg.start + m.end() + BLOCKY_CHAIN)]
    return hit(m, seg, _go_error_kind(rest))


RULES: tuple[Rule, ...] = (
    Rule("blocky-prefetch", ("can't prefetch '",), _BLOCKY_PREFETCH, _blocky_prefetch),
    Rule(
        "blocky-query-failed",
        ("error on processing request:", "resolution failed from resolver, cause:"),
        _BLOCKY_QUERY_FAILED,
        _blocky_query_failed,
    ),
    Rule("blocky-list-resolution", ("name resolution err: ",), _BLOCKY_LIST_RESOLUTION, _blocky_list_resolution),
    Rule("dnsmasq-reply-rcode", (" is nxdomain", " is servfail", " is refused"), _DNSMASQ_REPLY, _dnsmasq_reply),
    Rule("dnsproxy-exchange-failed", ("exchange failed upstream=",), _DNSPROXY_STRUCTURED, by_rest(None, exact=True)),
    Rule("blocky-query-log", ("question_name=",), _BLOCKY_QUERY, _blocky_query),
    Rule(
        "unbound-verbose-verdict",
        ("-- returning servfail", "return error response servfail", "query response was nxdomain answer"),
        _UNBOUND_VERDICT,
        _unbound_verdict,
    ),
    Rule("adguard-query-log", ('"question":{',), _ADGUARD_QUERY_LOG, _adguard_query_log),
    Rule("pihole-ftl-error-reply", ("got error reply from",), _FTL_ERROR_REPLY, _ftl_error_reply),
    Rule("nextdns-query", ("(qry=",), _NEXTDNS_QUERY, _nextdns_query),
    Rule("tailscale-dns-query", ("dnsquery: failed to query",), _TAILSCALE_QUERY, _tailscale_query),
    Rule("tailscale-dns-rcode", ('"responsecode":',), _TAILSCALE_RCODE, _tailscale_rcode),
    Rule("blocky-upstream-rcode", ("return_code=",), _BLOCKY_UPSTREAM_RCODE, _blocky_upstream_rcode),
    Rule(
        "dnscrypt-query-log",
        (
            "\tnxdomain\t",
            "\tservfail\t",
            "\tserver_timeout\t",
            "\tnetwork_error\t",
            "\tserver_error\t",
            "\tnot_ready\t",
            "return:",
        ),
        _DNSCRYPT_QUERY,
        _dnscrypt_query,
    ),
    Rule("pdns-start-do-resolve", ("startdoresolve problem",), _PDNS_START_DO_RESOLVE, fixed(NO_REASON, exact=True)),
    Rule("pdns-secpoll", ("failed to retrieve security status update",), _PDNS_SECPOLL, fixed(NO_REASON)),
    Rule("pdns-secpoll-rcode", ("from the secpoll stub resolver",), _PDNS_SECPOLL_RCODE, _pdns_secpoll_rcode),
    Rule("istio-dns-upstream-response", ("upstream response for hostname",), _ISTIO_UPSTREAM_RESPONSE, _by_rcode),
    Rule("technitium-rcode", ("returned rcode=",), _TECHNITIUM_RCODE, _technitium_rcode),
    Rule(
        "technitium-qname-failed",
        ("failed to resolve the request with qname:", "recursive resolution failed for qname:"),
        _TECHNITIUM_QNAME,
        _technitium_request,
    ),
    Rule(
        "technitium-request-failed",
        ("failed to resolve the request '", "failed to recursively resolve the request '"),
        _TECHNITIUM_REQUEST,
        _technitium_request,
    ),
    Rule("technitium-socket-error", ("socket error for ",), _TECHNITIUM_SOCKET, fixed("servfail")),
    Rule(
        "hickory-recursor-lookup-error",
        ("lookup error query=query {",),
        _HICKORY_RECURSOR,
        by_rest(NO_REASON, exact=True),
    ),
    Rule(
        "pdns-recursor-sending-servfail",
        ('msg="sending servfail during resolve"',),
        _PDNS_SENDING_SERVFAIL,
        by_rest("servfail", exact=True),  # SERVFAIL, unless its error states a reason (a time-out: that wins)
    ),
    Rule("pdns-recursor-answer", ('msg="answer"',), _PDNS_ANSWER, _pdns_answer),
    Rule("dnscrypt-resolve-command", ("resolving [",), _DNSCRYPT_RESOLVE, _dnscrypt_resolve),
    Rule(
        "dnscrypt-no-valid-nameservers",
        ("while resolving [",),
        _DNSCRYPT_NO_NAMESERVERS,
        fixed(NO_REASON, exact=True),
    ),
    Rule("technitium-nxdomain", ("domain does not exist",), _TECHNITIUM_NXDOMAIN, fixed("nxdomain", exact=True)),
    Rule(
        "technitium-no-server-address",
        ("no ip address was found for name server: ", "due to failure in resolving its ip address"),
        _TECHNITIUM_NO_ADDRESS,
        first_of(NO_REASON),
    ),
    Rule("gluetun-dot-exchange", ("connection for request in ",), _GLUETUN_EXCHANGE, by_rest(None, exact=True)),
    Rule(
        "bind-gave-up-resolving",
        ("gave up on resolving '", "loop detected resolving '", "exceeded max queries resolving '"),
        _BIND_GAVE_UP,
        fixed(NO_REASON, exact=True),
    ),
    Rule("dnsdist-downstream-timeout", ("had a downstream timeout from",), _DNSDIST_TIMEOUT, fixed("timeout")),
    Rule("pdns-too-much-time-waiting", ("too much time waiting for",), _PDNS_TOO_MUCH_TIME, fixed("timeout")),
    Rule("pdns-name-did-not-resolve", ('msg="name did not resolve"',), _PDNS_NAME_DID_NOT_RESOLVE, fixed("nxdomain")),
    Rule("dnssec-validation-failure", ("validation failure",), _VALIDATION_FAILURE, fixed(NO_REASON)),
    Rule("resolved-dnssec-failed", ("dnssec validation failed for question",), _RESOLVED_DNSSEC, fixed(NO_REASON)),
)
