r"""DNS servers' and DNS tools' texts held-out sets CU-CX met that no rule read (issue #17).

- BIND's query-errors log (named's `query_error` / `query failed (RCODE) for NAME/CLASS/TYPE at file:line`, as its
  `client ... (h): query failed (REFUSED) for h/IN/A at ../../../bin/named/query.c:7145` shows a refused forward):
  the kind is the RCODE's;
- dig over TCP (`dig +tcp`, or the retry after a truncated answer): `;; Connection to S#53(S) for NAME failed:
  connection refused.` (its `tcp_connected` text; `timed out` and `host unreachable` likewise): the server did not
  take the query of that name;
- nslookup's and dig's `;; Question section mismatch: got NAME/TYPE/CLASS`: the answer did not match the question
  (the server appended a search domain, or a middlebox rewrote it): the name asked for failed, with no reason a
  resolver names (`other`); the name is the command's above it, else the `got` name;
- gRPC core before 1.20 (Python, Ruby, PHP, C++ over it): `StatusCode.UNAVAILABLE` with `details = "Name resolution
  failure"` names no target; the target is the channel the paste creates (`grpc.insecure_channel('h:port')`,
  `secure_channel(`, Go's `grpc.Dial("h")`, Java's `forTarget("h")`), read only when the paste creates one channel
  (no reason: `other`);
- Unbound's reply log (`log-replies: yes`, util/log.c `log_reply_info`: `[time] unbound[pid:thread] reply: CLIENT NAME.
  TYPE CLASS RCODE SECONDS CACHED SIZE`, `info:` before 1.9.4): SERVFAIL and REFUSED as they say; NXDOMAIN unless the
  name is a search-path try (another name of the log it extends, or one with its first label answered), as CoreDNS's
  log is read (found by probing);
- Go's `*net.DNSError` dumped as its fields rather than its message (`%+v`: `&{Err:no such host Name:h Server:S
  IsTimeout:false ...}`, `%#v`, JSON `{"Err":"...","Name":"h","Server":"S","IsTimeout":false}`, or a JSON viewer's
  copy, one `Key<TAB>"value"` per line, as held-out CY pasted one): `Name` then `Server` then `IsTimeout`; the kind
  is `timeout` when IsTimeout is true, else the `Err` field's words, else `nxdomain` when IsNotFound is true;
- Cilium Hubble's DNS flows (`hubble observe --protocol DNS`): `DNS Answer RCode: Non-Existent Domain TTL: 4294967295
  (Proxy h. A)` (`Query` before the name in older versions, `Server Failure`, `Refused`): the kind the RCode's; a
  search-path try (another name of the flows it extends, or one with its first label answered, `DNS Answer "ip"`) is
  no failure, as in CoreDNS's log (found by probing, checked against Cilium's documentation and users' pastes);
- a Python resolver pool's `gaierror`: `REASON: NAME using N resolver(s)` (the name after glibc's text, before the
  count of resolvers it asked; as pasted from Nextcloud's context_chat_backend): any name, `<My Domain>` too.
"""

from __future__ import annotations

import re

from checks.parsing.document import Document, Segment
from checks.parsing.generic_commands import command_name
from checks.parsing.hosts import is_placeholder
from checks.parsing.kinds import classify, classify_resolution, from_rcode
from checks.parsing.model import FailureKind
from checks.parsing.rules.base import Hit, Rule, hit, rx
from checks.parsing.search_expansion import logged_names, search_expansion

_BIND_QUERY_FAILED = rx(r"\bquery\sfailed\s\((?P<rcode>[A-Z]{4,9})\)\sfor\s(?P<host>{H})/IN/[A-Z0-9]{1,10}\b")


def _bind_query_failed(m: re.Match[str], seg: Segment) -> Hit | None:
    rcode = m.group("rcode").upper()
    return None if rcode == "NOERROR" else hit(m, seg, from_rcode(rcode), exact=True)


_DIG_TCP = rx(
    r";;\sConnection\sto\s(?P<server>[0-9A-Fa-f.:]{2,45})#\d{1,5}\([^)\s]{1,45}\)\sfor\s(?P<host>{H})\sfailed:\s"
    r"(?P<rest>connection\srefused|timed\sout|host\sunreachable|network\sunreachable)"
)
_DIG_TCP_KINDS: dict[str, FailureKind] = {"connection refused": "refused", "timed out": "timeout"}


def _dig_tcp(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = _DIG_TCP_KINDS.get(m.group("rest").lower(), "other")
    return hit(m, seg, kind, server=m.group("server"), exact=True)


_QUESTION_MISMATCH = rx(r";;\sQuestion\ssection\smismatch:\sgot\s(?P<host>{H})/[A-Z0-9]{1,10}/[A-Z]{2,4}\b")


def _question_mismatch(m: re.Match[str], seg: Segment) -> Hit | None:
    asked = command_name(seg, m.start())
    if asked is not None:
        return hit(m, seg, "other", host=asked, exact=True)
    return hit(m, seg, "other", exact=True)


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


_GRPC_NAME_RESOLUTION = rx(r"\bdetails\s?=\s?\"Name\sresolution\sfailure\"")
_GRPC_CHANNEL = rx(
    r"\b(?:insecure_channel|secure_channel|grpc\.Dial(?:Context)?|grpc\.NewClient|forTarget)\(\s{0,2}(?:ctx,\s{0,2})?"
    r"[\"'](?:dns:(?://[^/\s\"']{0,64})?/{0,3})?(?P<host>{H})(?::[\w]{1,10})?[\"']"
)


def _channel_targets(doc: Document) -> frozenset[str]:
    """The targets of the gRPC channels a paste creates, read once per paste (a megabyte of the message must not read
    the paste once per line)."""
    cached = doc.memo.get("grpc-channels")
    if cached is None:
        cached = doc.memo["grpc-channels"] = frozenset(
            t.group("host").lower() for t in _GRPC_CHANNEL.finditer(doc.text)
        )
    return cached  # type: ignore[return-value]


def _grpc_name_resolution(m: re.Match[str], seg: Segment) -> Hit | None:
    targets = _channel_targets(seg.doc)
    if len(targets) != 1:
        return None  # no channel in the paste, or several: the message does not say which
    return hit(m, seg, "other", host=next(iter(targets)), exact=True)


_UNBOUND_REPLY = rx(
    r"\b(?:reply|info):\s(?:[0-9.]{7,15}|[0-9a-f:]{2,45})\s(?P<host>{H})\.\s(?P<qtype>[A-Z0-9]{1,10})\sIN\s"
    r"(?P<rcode>NOERROR|NXDOMAIN|SERVFAIL|REFUSED)\s\d{1,6}\.\d{6}\s[01]\s\d{1,6}\b"
)


def _unbound_reply(m: re.Match[str], seg: Segment) -> Hit | None:
    rcode = m.group("rcode").upper()
    if rcode == "NOERROR" or m.group("qtype").upper() == "PTR":
        return None
    logged = logged_names(seg.doc, "unbound-replies", _UNBOUND_REPLY.compiled)
    if rcode == "NXDOMAIN" and search_expansion(m.group("host").lower(), *logged):
        return None
    return hit(m, seg, from_rcode(rcode), exact=True)


_FIELD = r"[\"']?\s{0,3}[:=\t ]\s{0,3}[\"']?"
_NEXT_FIELD = r"[\"']?[,\s]{1,8}[\"']?"
_IS_TIMEOUT = rx(r"\bIsTimeout" + _FIELD + r"(?P<timeout>true|false)\b")
# the struct's fields before `IsTimeout`, in Go's order, ending where the `IsTimeout` just read begins
_DNS_ERROR_FIELDS = rx(
    r"\bErr"
    + _FIELD
    + r"(?P<err>[^\"'\n}]{0,200}?)"
    + _NEXT_FIELD
    + r"Name"
    + _FIELD
    + r"(?P<host>{H})"
    + _NEXT_FIELD
    + r"Server"
    + _FIELD
    + r"(?P<server>[^\"'\s,}]{0,60})"
    + _NEXT_FIELD
    + r"\Z"
)
_NOT_FOUND_FIELD = rx(r"[^\n]{0,80}?(?:\n[^\n]{0,80}?){0,2}?\bIsNotFound" + _FIELD + r"true\b")
_DNS_ERROR_SPAN = 600
"""Characters before `IsTimeout` read for the struct's other fields (its longest, `Err`, is one error text)."""


def _go_dns_error(m: re.Match[str], seg: Segment) -> Hit | None:
    at = seg.start + m.start()
    fields = _DNS_ERROR_FIELDS.search(seg.doc.text, max(0, at - _DNS_ERROR_SPAN), at)
    if fields is None:
        return None  # `Name`, `Server` and `IsTimeout` fields of something that is no DNSError (no `Err` before)
    kind: FailureKind | None = "timeout" if m.group("timeout").lower() == "true" else classify(fields.group("err"))
    if kind is None:
        kind = "nxdomain" if _NOT_FOUND_FIELD.match(seg.doc.text, seg.start + m.end()) else "other"
    return hit(m, seg, kind, host=fields.group("host"), server=fields.group("server") or None, exact=True)


_HUBBLE_ANSWER = rx(
    r"\bDNS\sAnswer\s(?:RCode:\s(?P<rcode>[A-Z][A-Za-z\-]{1,20}(?:\s[A-Z][A-Za-z\-]{1,20}){0,2})|(?P<ok>\"[^\"\n]{0,200}\"|))"
    r"\s{1,3}TTL:\s\d{1,10}\s\((?:Proxy|Query)\s(?P<host>{H})\.?\s[A-Z0-9]{1,10}\)"
)
_HUBBLE_RCODES: dict[str, FailureKind] = {
    "non-existent domain": "nxdomain",
    "server failure": "servfail",
    "refused": "refused",
}


def _hubble_answered(answer: re.Match[str]) -> bool:
    return answer.group("rcode") is None


def _hubble_answer(m: re.Match[str], seg: Segment) -> Hit | None:
    rcode = m.group("rcode")
    if rcode is None:
        return None
    kind = _HUBBLE_RCODES.get(rcode.lower(), "other")
    logged = logged_names(seg.doc, "hubble-answers", _HUBBLE_ANSWER.compiled, _hubble_answered)
    if kind == "nxdomain" and search_expansion(m.group("host").rstrip(".").lower(), *logged):
        return None
    return hit(m, seg, kind, exact=True)


RULES: tuple[Rule, ...] = (
    Rule("hubble-dns-answer-rcode", ("dns answer rcode:",), _HUBBLE_ANSWER, _hubble_answer),
    Rule("go-dns-error-fields", ("istimeout",), _IS_TIMEOUT, _go_dns_error),
    Rule("unbound-reply-log", (" in nxdomain ", " in servfail ", " in refused "), _UNBOUND_REPLY, _unbound_reply),
    Rule(
        "grpc-core-name-resolution-failure",
        ('"name resolution failure"',),
        _GRPC_NAME_RESOLUTION,
        _grpc_name_resolution,
    ),
    Rule("bind-query-failed-rcode", ("query failed (",), _BIND_QUERY_FAILED, _bind_query_failed),
    Rule("dig-tcp-connection-failed", (";; connection to ",), _DIG_TCP, _dig_tcp),
    Rule("dig-question-section-mismatch", ("question section mismatch",), _QUESTION_MISMATCH, _question_mismatch),
    Rule("python-resolver-pool-gaierror", ("resolver(s)",), _POOL_GAIERROR, _pool_gaierror),
)
