r"""DNS servers' and DNS tools' texts held-out sets CU-CY met that no rule read, and more found by probing (#17).

- BIND's query-errors log (named's `query_error` / `query failed (RCODE) for NAME/CLASS/TYPE at file:line`, as its
  `client ... (h): query failed (REFUSED) for h/IN/A at ../../../bin/named/query.c:7145` shows a refused forward):
  the kind is the RCODE's; its security log's `query (cache) 'NAME/A/IN' denied` (a client outside allow-query or
  allow-recursion, answered REFUSED; found by probing) is `refused`, for A and AAAA queries only (scanners' ANY
  queries fill that log);
- dig over TCP (`dig +tcp`, `nslookup -vc`, or the retry after a truncated answer): `;; Connection to S#53(S) for
  NAME failed: connection refused.` (`timed out.` likewise): that server did not take the query of that name. dig
  goes on to the next server, so an answer printed below (`status: NOERROR`, `Name: h`) means the name resolved;
  `network unreachable` / `host unreachable` (an IPv6 server from a host without IPv6) are not read;
- nslookup's and dig's `;; Question section mismatch: got NAME/TYPE/CLASS`: the answer did not match the question
  (the server appended a search domain, or a middlebox rewrote it): the name asked for failed, with no reason a
  resolver names (`other`); the name is the command's above it, else the `got` name; not when an answer follows;
- Unbound's reply log (`log-replies: yes`, util/log.c `log_reply_info`: `[time] unbound[pid:thread] reply: CLIENT NAME.
  TYPE CLASS RCODE SECONDS CACHED SIZE`, `info:` before 1.9.4; found by probing): SERVFAIL and REFUSED as they say;
  NXDOMAIN only for an A or AAAA query of a host name, and not when the name is a search-path try (as CoreDNS's log
  is read): a resolver's log is full of routine NXDOMAINs (DNSBL checks, `_ldap._tcp` SRV, reverse look-ups);
- Cilium Hubble's DNS flows (`hubble observe --protocol DNS`; found by probing, checked against Cilium's documentation
  and users' pastes): `DNS Answer RCode: Non-Existent Domain TTL: 4294967295 (Proxy h. A)` (`Query` before the name
  in older versions), `Server Failure`, `Refused`, read as the Unbound log is (other RCodes are not read);
- Go's `*net.DNSError` dumped as its fields rather than its message (`%+v`: `&{Err:no such host Name:h Server:S
  IsTimeout:false ...}`, `%#v`, JSON `{"Err":"...","Name":"h","Server":"S","IsTimeout":false}`, or a JSON viewer's
  copy, one `Key<TAB>"value"` per line, as held-out CY pasted one): `Err`, `Name`, `Server`, `IsTimeout` in Go's
  order with an error in `Err`; the kind is `timeout` when IsTimeout is true, else the `Err` field's words, else
  `nxdomain` when IsNotFound is true;
- a Python resolver pool's `gaierror`: `REASON: NAME using N resolver(s)` (the name after glibc's text, before the
  count of resolvers it asked; as pasted from Nextcloud's context_chat_backend): any name, `<My Domain>` too.
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.generic_commands import command_name
from checks.parsing.hosts import HOST, is_placeholder
from checks.parsing.kinds import classify, classify_resolution, from_rcode
from checks.parsing.model import FailureKind
from checks.parsing.no_reason import NO_REASON
from checks.parsing.rules.base import Build, Hit, LazyPattern, Rule, fixed, hit, rx
from checks.parsing.search_expansion import logged_names, search_expansion

# (DNS servers' source, 2026-12-05: named's query-errors also print a reason in words: `query failed (timed out)`,
# `(broken trust chain)`, `(failure)`)
_BIND_QUERY_FAILED = rx(
    r"\bquery\sfailed\s\((?P<rcode>[A-Z]{4,9}|[a-z][a-z ]{2,40})\)\sfor\s(?P<host>{H})/IN/[A-Z0-9]{1,10}\b"
)


def _bind_query_failed(m: re.Match[str], seg: Segment) -> Hit | None:
    said = m.group("rcode")
    if said.isupper():
        return None if said == "NOERROR" else hit(m, seg, from_rcode(said), exact=True)
    return hit(m, seg, "timeout" if said.strip() == "timed out" else NO_REASON, exact=True)


_BIND_DENIED = rx(r"\bquery\s(?:\(cache\)\s)?'(?P<host>{H})/(?:A|AAAA)/IN'\sdenied\b")


# --- dig and nslookup: a server that would not take the query, an answer to another question -------------------------

_ANSWER_BELOW = LazyPattern(r"status:\sNOERROR\b|^\s{0,4}Name:\s|;;\sANSWER\sSECTION:|^\s{0,4}Address:\s[^\n#]{1,45}$")
ANSWER_LINES = 12
"""Lines below a tool's complaint about one server read for the answer another server gave."""


def _answered_below(seg: Segment) -> bool:
    return any(_ANSWER_BELOW.search(line) for line in seg.lines_after(ANSWER_LINES))


_DIG_TCP = rx(
    r";;\sConnection\sto\s(?P<server>[0-9A-Fa-f.:]{2,45})#\d{1,5}\([^)\s]{1,45}\)\sfor\s(?P<host>{H})\sfailed:\s"
    r"(?P<rest>connection\srefused|timed\sout)"
)


def _dig_tcp(m: re.Match[str], seg: Segment) -> Hit | None:
    if _answered_below(seg):
        return None  # the next server answered
    kind: FailureKind = "refused" if m.group("rest").lower() == "connection refused" else "timeout"
    return hit(m, seg, kind, server=m.group("server"), exact=True)


_QUESTION_MISMATCH = rx(r";;\sQuestion\ssection\smismatch:\sgot\s(?P<host>{H})/[A-Z0-9]{1,10}/[A-Z]{2,4}\b")


def _question_mismatch(m: re.Match[str], seg: Segment) -> Hit | None:
    if _answered_below(seg):
        return None  # dig waits for the right answer and printed it
    asked = command_name(seg, m.start())
    if asked is not None:
        return hit(m, seg, "other", host=asked, exact=True)
    return hit(m, seg, "other", exact=True)


# --- resolvers' query logs: Unbound's reply log, Cilium Hubble's DNS flows ------------------------------------------

_ROUTINE_NAME = re.compile(r"(?:^|\.)_|^(?:\d{1,3}\.){4}|^wpad\.|\.(?:in-addr|ip6)\.arpa$")
"""An SRV or TXT service name (`_ldap._tcp...`, `_grpc_config.h`), a DNSBL or reverse query (`1.0.0.127.zen...`),
a WPAD probe: names resolvers answer NXDOMAIN for all day."""
_HOST_QUERY_TYPES = frozenset({"A", "AAAA"})


def _failed_answer(
    name: str, qtype: str, kind: FailureKind, logged: tuple[dict[str, frozenset[str]], frozenset[str]]
) -> bool:
    """Whether a logged answer of `kind` for `name` is a failure someone would paste: SERVFAIL and REFUSED always;
    NXDOMAIN only for a host's address, not a routine name nor a search-path try."""
    if kind != "nxdomain":
        return True
    if qtype.upper() not in _HOST_QUERY_TYPES or _ROUTINE_NAME.search(name):
        return False
    return not search_expansion(name, *logged)


_UNBOUND_REPLY = rx(
    r"\b(?:reply|info):\s(?:[0-9.]{7,15}|[0-9a-f:]{2,45})\s(?P<host>{H})\.\s(?P<qtype>[A-Z0-9]{1,10})\sIN\s"
    r"(?P<rcode>NOERROR|NXDOMAIN|SERVFAIL|REFUSED)\s\d{1,6}\.\d{6}\s[01]\s\d{1,6}\b"
)


def _unbound_reply(m: re.Match[str], seg: Segment) -> Hit | None:
    rcode = m.group("rcode").upper()
    if rcode == "NOERROR":
        return None
    kind, name = from_rcode(rcode), m.group("host").lower()
    logged = logged_names(seg.doc, "unbound-replies", _UNBOUND_REPLY.compiled)
    return hit(m, seg, kind, exact=True) if _failed_answer(name, m.group("qtype"), kind, logged) else None


_HUBBLE_ANSWER = rx(
    r"\bDNS\sAnswer\s(?:RCode:\s(?P<rcode>[A-Z][A-Za-z\-]{1,20}(?:\s[A-Z][A-Za-z\-]{1,20}){0,2})|\"[^\"\n]{0,200}\"|)"
    r"\s{1,3}TTL:\s\d{1,10}\s\((?:Proxy|Query)\s(?P<host>{H})\.?\s(?P<qtype>[A-Z0-9]{1,10})\)"
)
_HUBBLE_RCODES: dict[str, FailureKind] = {
    "non-existent domain": "nxdomain",
    "server failure": "servfail",
    "refused": "refused",
}


def _hubble_answered(answer: re.Match[str]) -> bool:
    return answer.group("rcode") is None


def _hubble_answer(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = _HUBBLE_RCODES.get((m.group("rcode") or "").lower())
    if kind is None:
        return None  # an answer, or an RCode that says nothing of the name (`Not Implemented` for an HTTPS query)
    name = m.group("host").rstrip(".").lower()
    logged = logged_names(seg.doc, "hubble-answers", _HUBBLE_ANSWER.compiled, _hubble_answered)
    return hit(m, seg, kind, exact=True) if _failed_answer(name, m.group("qtype"), kind, logged) else None


# (probes, round 21) network sensors' DNS logs: another program's query and its answer, read as a resolver's query log
# is (`_failed_answer`): Zeek's dns.log as JSON (`"query":"h",...,"rcode_name":"NXDOMAIN"`) and as its default
# tab-separated rows (`query`, `qclass`, `qclass_name`, `qtype`, `qtype_name`, `rcode`, `rcode_name` in that order),
# Suricata's EVE records (v3: `"rcode":"NXDOMAIN","queries":[{"rrname":"h","rrtype":"A"}]`; v2: `"rrname":"h",
# "rrtype":"A",...,"rcode":"NXDOMAIN"`), Tracee's `net_packet_dns` event (gopacket's rcode words), as JSON
# (`"response_code":"non-existent domain",...,"questions":[{"name":"h","type":"A"`) or its table's protobuf text
_ZEEK_DNS = rx(
    r"\"query\":\"(?P<host>{H})\.?\"[^\n{}]{0,200}?\"qtype_name\":\"(?P<qtype>[A-Z0-9*]{1,10})\"[^\n{}]{0,80}?"
    r"\"rcode_name\":\"(?P<rcode>[A-Z]{4,10})\""
)
_ZEEK_DNS_TSV = rx(
    r"\t(?P<host>{H})\.?\t\d{1,5}\tC_[A-Z]{2,10}\t\d{1,5}\t(?P<qtype>[A-Z0-9*]{1,10})\t\d{1,3}\t(?P<rcode>[A-Z]{4,10})\t"
)
_SURICATA_DNS_V3 = rx(
    r"\"rcode\":\"(?P<rcode>[A-Z]{4,10})\",\"queries\":\[\{\"rrname\":\"(?P<host>{H})\.?\",\"rrtype\":"
    r"\"(?P<qtype>[A-Z0-9]{1,10})\""
)
_SURICATA_DNS_V2 = rx(
    r"\"rrname\":\"(?P<host>{H})\.?\",\"rrtype\":\"(?P<qtype>[A-Z0-9]{1,10})\"[^\n{}]{0,60}?\"rcode\":\"(?P<rcode>[A-Z]{4,10})\""
)
_TRACEE_DNS = rx(
    r"\"?response_code\"?:\"(?P<rcode>[a-z][a-z\- ]{2,30}?)\s?\"[^\n]{0,80}?\"?questions\"?:\[?\{\"?name\"?:"
    r"\"(?P<host>{H})\.?\"[,\s]{1,2}\"?type\"?:\"(?P<qtype>[A-Z0-9]{1,10})\""
)
_SENSOR_RCODES: dict[str, FailureKind] = {
    "nxdomain": "nxdomain",
    "servfail": "servfail",
    "refused": "refused",
    "non-existent domain": "nxdomain",  # gopacket's words (Tracee)
    "server failure": "servfail",
    "query refused": "refused",
}
_SENSOR_ANSWERED = frozenset({"noerror", "no error"})


def _sensor_answered(answer: re.Match[str]) -> bool:
    return answer.group("rcode").strip().lower() in _SENSOR_ANSWERED


def _sensor_log(key: str, pattern: LazyPattern) -> Build:
    """A reader of one sensor's DNS records: a failed answer for a host's name, not a search-path try (`key` names the
    paste's memo of the names that log shows asked and answered)."""

    def build(m: re.Match[str], seg: Segment) -> Hit | None:
        kind = _SENSOR_RCODES.get(m.group("rcode").strip().lower())
        if kind is None:
            return None
        logged = logged_names(seg.doc, key, pattern.compiled, _sensor_answered)
        name = m.group("host").rstrip(".").lower()
        return hit(m, seg, kind, exact=True) if _failed_answer(name, m.group("qtype"), kind, logged) else None

    return build


# --- Go's *net.DNSError dumped as its fields -------------------------------------------------------------------------

_FIELD = r"[\"']?\s{0,3}[:=\t ]\s{0,3}[\"']?"
# held-out HB (spent): a dump indented under its test's failure message puts 16 spaces or more before each field
_NEXT_FIELD = r"[\"']?[,\s]{1,40}[\"']?"
_IS_TIMEOUT = LazyPattern(r"\bIsTimeout" + _FIELD + r"(?P<timeout>true|false)\b")
# the struct's fields from `Err` to the `IsTimeout` just read, in Go's order; field names as Go spells them
_DNS_ERROR_FIELDS = LazyPattern(
    r"Err"
    + _FIELD
    + r"(?P<err>[^\"'\n}]{1,200}?)"
    + _NEXT_FIELD
    + r"Name"
    + _FIELD
    + r"(?P<host>"
    + HOST
    + r")"
    + _NEXT_FIELD
    + r"Server"
    + _FIELD
    + r"(?P<server>[^\"'\s,}]{0,60})"
    + _NEXT_FIELD
)
_NOT_FOUND_FIELD = LazyPattern(r"[^\n]{0,80}?(?:\n[^\n]{0,80}?){0,2}?\bIsNotFound" + _FIELD + r"true\b")
_NO_ERROR = frozenset({"<nil>", "nil", "null", "none"})
_DNS_ERROR_SPAN = 600
"""Characters before `IsTimeout` read for the struct's other fields (its longest, `Err`, is one error text)."""


def _go_dns_error(m: re.Match[str], seg: Segment) -> Hit | None:
    at = seg.start + m.start()
    text = seg.doc.text
    err_at = text.rfind("Err", max(0, at - _DNS_ERROR_SPAN), at)
    # one try from the last `Err` before it (a search from every position of the span would not be linear)
    fields = _DNS_ERROR_FIELDS.match(text, err_at, at) if err_at >= 0 else None
    if fields is None or fields.end() != at:
        return None  # `Name`, `Server` and `IsTimeout` of something that is no DNSError (no `Err` before them)
    err = fields.group("err").strip()
    if err.lower() in _NO_ERROR:
        return None  # a DNSError-shaped value that holds no error
    kind: FailureKind | None = "timeout" if m.group("timeout") == "true" else classify(err)
    if kind is None:
        kind = "nxdomain" if _NOT_FOUND_FIELD.match(text, seg.start + m.end()) else "other"
    return hit(m, seg, kind, host=fields.group("host"), server=fields.group("server") or None, exact=True)


_POOL_GAIERROR = rx(
    r"(?P<reason>Name\sor\sservice\snot\sknown|Temporary\sfailure\sin\sname\sresolution|No\saddress\sassociated"
    r"\swith\shostname|nodename\snor\sservname\sprovided,\sor\snot\sknown):\s(?P<host><[^<>\n]{1,60}>|{H})"
    r"\susing\s\d{1,3}\sresolver\(s\)"
)


def _pool_gaierror(m: re.Match[str], seg: Segment) -> Hit | None:
    host = m.group("host")
    if host.startswith("<") and not is_placeholder(host):
        return None
    return hit(m, seg, classify_resolution(m.group("reason")) or "other", exact=True)


RULES: tuple[Rule, ...] = (
    Rule("bind-query-failed-rcode", ("query failed (",), _BIND_QUERY_FAILED, _bind_query_failed),
    Rule("bind-query-denied", ("' denied",), _BIND_DENIED, fixed("refused", exact=True)),
    Rule("dig-tcp-connection-failed", (";; connection to ",), _DIG_TCP, _dig_tcp),
    Rule("dig-question-section-mismatch", ("question section mismatch",), _QUESTION_MISMATCH, _question_mismatch),
    Rule("unbound-reply-log", (" in nxdomain ", " in servfail ", " in refused "), _UNBOUND_REPLY, _unbound_reply),
    Rule("hubble-dns-answer-rcode", ("dns answer rcode:",), _HUBBLE_ANSWER, _hubble_answer),
    Rule("zeek-dns-log-json", ('"rcode_name":"',), _ZEEK_DNS, _sensor_log("zeek-dns", _ZEEK_DNS)),
    Rule("zeek-dns-log-tsv", ("\tc_internet\t",), _ZEEK_DNS_TSV, _sensor_log("zeek-dns-tsv", _ZEEK_DNS_TSV)),
    Rule("suricata-eve-dns", ('"rrname":"',), _SURICATA_DNS_V3, _sensor_log("suricata-dns-v3", _SURICATA_DNS_V3)),
    Rule("suricata-eve-dns-v2", ('"rrname":"',), _SURICATA_DNS_V2, _sensor_log("suricata-dns-v2", _SURICATA_DNS_V2)),
    Rule("tracee-net-packet-dns", ("response_code",), _TRACEE_DNS, _sensor_log("tracee-dns", _TRACEE_DNS)),
    Rule("go-dns-error-fields", ("istimeout",), _IS_TIMEOUT, _go_dns_error),
    Rule("python-resolver-pool-gaierror", ("resolver(s)",), _POOL_GAIERROR, _pool_gaierror),
)
