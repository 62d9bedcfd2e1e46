"""The generic rule (issue #17): a resolver's REASON text next to a host-looking token, in any runtime's format.

Three held-out rounds showed that one rule per format never converges: each new set brings formats no rule knows.
But most runtimes end a failed lookup with one of a few reason strings that come from the *resolver*, not the
runtime (glibc's and musl's gai_strerror texts, BSD's, the EAI_* codes and errno numbers, Go's, Java's
UnknownHostException, WinSock's, c-ares', the DNS rcodes, "could not resolve host"...). This rule reads a line that
holds such a reason and takes the host-looking token nearest it: preferably one the runtime quotes or puts after
"host", "resolve", "lookup", "address", "to", "for"; else a `host:port` or a URL's host; else a dotted name.

It runs AFTER the specific rules and only on lines where they found nothing (see `parser.parse_failures`), so it
cannot change what they read; and it is guarded: no IP, path, file name, class or package path, version, e-mail
address or English word is a host; "Host not found" on an HTTP error page is not DNS; `i/o timeout` counts only
when dialing port 53; a "could not resolve" verb counts only when its object is a host (not a symbol, dependency,
module or placeholder). Its window is bounded (`SPAN` characters each side of the reason, the line before and after
only when the reason's line has no candidate), so a hostile paste stays linear.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from checks.parsing.announced import announced_name
from checks.parsing.answered_block import answered_cant_find
from checks.parsing.client_commands import client_command_name
from checks.parsing.document import Document, Segment
from checks.parsing.generic_cjk import CJK_HOST_LEAD, cjk_at
from checks.parsing.generic_commands import STATUS_LINES, command_name
from checks.parsing.generic_far import pool_host
from checks.parsing.generic_go_more import go_lookup_before
from checks.parsing.generic_guards import guarded
from checks.parsing.generic_json import is_host_key, json_value_of_other_key
from checks.parsing.generic_lines import name_elsewhere, rejoined, url_host_tries_again
from checks.parsing.generic_lookalikes import line_link
from checks.parsing.generic_named import STATED, bracket_masked, logger_own_host, named_in_place, wrapped_call
from checks.parsing.generic_phrases import logger_field, phrase_word, query_name
from checks.parsing.generic_prose import after_node_code
from checks.parsing.generic_quoted_named import quoted_after_reason
from checks.parsing.generic_reasons_rules16 import nslookup_timeout_not_lookup
from checks.parsing.generic_recall_o import caps_name
from checks.parsing.generic_scheme import scheme_as_host
from checks.parsing.generic_shapes import (
    ERRNO_NAMED,
    LOCALIZED_REASONS,
    documentation_link,
    errno_kind,
    field_label,
    hex_after,
    in_sql_statement,
    named_after_reason,
    named_by_keyword,
    named_tld,
    pointed_at,
    quoted_host_port,
)
from checks.parsing.generic_words import (
    FILE_SUFFIXES,
    NOT_A_HOST_ENDINGS,
    PACKAGE_ROOTS,
    REASON_TEXTS,
    SYSLOG_PRIORITIES,
    TLDS,
    WORDS,
)
from checks.parsing.host_settings import host_setting
from checks.parsing.hosts import HOST, NOT_BEFORE_HOST, QUOTE, clean_host, is_class_path, is_ip, is_placeholder
from checks.parsing.html_tag import in_html_tag
from checks.parsing.kinds import classify, connect_only
from checks.parsing.model import FailureKind
from checks.parsing.node_error_object import error_object_hit
from checks.parsing.not_failing_lines import names_no_failure, worked_near
from checks.parsing.rules.base import Hit, LazyPattern

SPAN = 300
"""Characters read on each side of a reason for its host."""
GENERIC_SEGMENTS = 400
"""Segments per paste the generic rule reads (a log repeating one failure 50 000 times)."""
GENERIC_TRIGGER_LIMIT = 1000
"""Occurrences of one reason the generic rule looks at per paste (the specific rules look at 10 000)."""
CANDIDATES = 40
"""Tokens looked at on each side of a reason."""
REASONS = 8
"""Reasons read in one segment (a hostile line of nothing but reasons)."""

# issue #17 (held-out F): glibc's and WinSock's texts in other languages are reasons too (`falló: Nombre o servicio
# desconocido`, `Der angegebene Host ist unbekannt (h)`)
_KIND = {word: (kind, assumed) for word, kind, assumed in (*REASON_TEXTS, *LOCALIZED_REASONS)}
TRIGGERS: tuple[str, ...] = tuple(sorted(w for w in _KIND if not any(o != w and o in w for o in _KIND)))
"""The reasons no shorter reason is part of (a segment holding `host not found, try again` holds `host not found`)."""
_REASON = LazyPattern("|".join(re.escape(w) for w in sorted(_KIND, key=len, reverse=True)), re.I)
# an ASCII line is read without the localized reasons' alternatives (the same matches, a shorter regex)
_REASON_ASCII = LazyPattern("|".join(re.escape(w) for w in sorted(_KIND, key=len, reverse=True) if w.isascii()), re.I)


def _reasons(text: str, pos: int = 0) -> Iterator[re.Match[str]]:
    return (_REASON_ASCII if text.isascii() else _REASON).finditer(text, pos)


_NAME_BEFORE_IT = frozenset({"no such host", "no address associated with hostname", "no route to host"})


def _names_before(r: re.Match[str]) -> bool:
    """A reason that ends on a keyword but names the host BEFORE it (`h: no such host`), unlike `Unknown host h`."""
    return r.group(0).lower() in _NAME_BEFORE_IT


_VERBS = (
    frozenset(w for w in _KIND if "resolve" in w or "look" in w or "find" in w) - {"name does not resolve"} - STATED
)
# `UnknownHostException: h: unknown error` gives a reason, and it is not "no such name" (HELDOUT-c/e.md: `other`)
# issue #17 (held-out O): Maven's `Unknown host h: unknown error` wraps that message; `h : unknown error` (spaced)
_UNKNOWN_ERROR_AFTER = LazyPattern(r"(?:\s{0,3}:\s{0,3}[^\s:]{1,253})?\s{0,3}:\s{0,3}unknown\serror\b", re.I)
_UNKNOWN_ERROR_REASONS = frozenset({"unknownhostexception", "unknown host"})

_TOKEN = LazyPattern(NOT_BEFORE_HOST + r"(?P<host>" + HOST + r")")
_QUOTES = frozenset(QUOTE.strip("[]"))
# Words that put the looked-up name right after them (`host X`, `resolve 'X'`, `lookup X`, `to X:443`, `name=X`).
_KEYWORD_BEFORE = LazyPattern(
    r"(?:\bhost(?:\s?name)?|\bresolv(?:e|ing)(?:\shost)?|\blook\s?up|\baddress(?:\sfor)?|\bname|\bfor|\bto"
    r"|\bon|\bserver|\bproxy|\bdomain|\bquery)\s{0,2}[:=]?\s{0,2}" + QUOTE + r"?$",
    re.I,
)
# A reason that is followed by the name it is about, whatever the name looks like (Java's, Node's).


_STRONG_KEYWORD = LazyPattern(
    r"(?:(?:host(?:\s?name)?|resolv(?:e|ing)(?:\shost)?|look\s?up|address|(?<![A-Za-z])name)\W{0,6}"
    r"|(?:unknownhostexception:|enotfound|eai_again|eai_noname|eai_nodata)\s{1,2}"  # Java's, Node's: `ENOTFOUND db`
    + CJK_HOST_LEAD  # issue #17 (held-out N): the CJK words for host, no space before the name
    + r")$",
    re.I,
)


# `"logger": "` right before a quoted token: the value of a JSON (or Python dict) key; only these keys hold a host.
_JSON_KEY = LazyPattern(r"[\"']([A-Za-z_][A-Za-z0-9_.\-]{0,30})[\"']\s{0,2}(?::|=>)\s{0,2}[\"']$")  # Ruby's `=>` too
_IP_TYPED_OVER = LazyPattern(r"(?:[0-9x*]{1,3}\.){3}[0-9x*]{1,3}", re.I)
_PORT_AND_PUNCT = LazyPattern(r"(?::\d{1,5})?[\s:'\"`\u2019\u201d]{0,3}\(?")
_NOT_REDACTIONS = frozenset({"no information", "unknown", "none", "null", "nil", "unresolved", "empty"})
_LINE_LEAD = LazyPattern(r"(?:^|\n)[\s>*`#$]{0,12}$")
# `amqp://user:**@h`: the userinfo of a URL's authority (no `/` between the scheme and the `@`).
_USERINFO = LazyPattern(r"://[^\s/@]{0,256}@$")
# `org.objenesis:objenesis`, `com.squareup:okhttp:3.1`: a Maven coordinate (group:artifact), not host:port.
_COORDINATE = LazyPattern(r":[A-Za-z]")
_PORT_AFTER = LazyPattern(r":(\d{1,5})\b")
_CAMEL = LazyPattern(r"[a-z][A-Z]")
_QUOTE_AFTER = LazyPattern(r"\s{0,3}" + QUOTE)
_STATUS = LazyPattern(r"\bstatus:\s{0,3}$")
_VERSION = LazyPattern(r"v?\d+(?:\.\d+)+(?:[-.][A-Za-z0-9]+)*", re.I)


@dataclass(frozen=True)
class _Candidate:
    raw: str
    start: int
    end: int
    tier: int
    port: str | None
    url: bool
    """The host of a URL (`https://h/...`, `amqp://u:**@h:5672`)."""
    exact: bool = False
    """Quoted with the reason right after it: kept even when it looks like a word (see `Hit.exact`)."""


def _not_a_name_here(text: str, start: int, end: int, before: str, after: str) -> bool:
    """A path piece, an e-mail address, a `key=`, a call `f(`, a Python repr `<x.y object at`, a field's label."""
    return (
        (before != "" and before in "/\\@<")
        or (after != "" and after in "/\\(=")
        or text.startswith(" object at", end)
        or field_label(text, start, end)  # `Result: 'nodename nor servname ...'`
        or in_sql_statement(text, start)  # issue #17 (held-out I): Laravel's `(SQL: select ... migrations)`
        or phrase_word(text, start, end)  # issue #17 (held-out J): `inside application:`, `publish address`
        or logger_field(text, start, end)  # issue #17 (held-out K): Elasticsearch's `[WARN ][common.network    ]`
        or line_link(text, start)  # issue #17 (lookalikes): GitHub Actions' `[34](https://.../jobs/2#step:12:35)`
        or in_html_tag(text, start)  # issue #17 (held-out R): `<BODY FGCOLOR="black">`, an attribute's value
    )


def _reason_follows(text: str, end: int, reasons: Sequence[re.Match[str]]) -> bool:
    """A reason right after the token (`h: no such host`, `'h' ([Errno 8] ...)`, `h:443: failed to lookup`)."""
    tail = _PORT_AND_PUNCT.match(text, end)
    at = tail.end() if tail else end
    return any(at <= r.start() <= at + 3 for r in reasons)


def _terminated(text: str, end: int) -> bool:
    """A single word ends where a name would: line end, punctuation, `:port`, not mid-sentence (`host via ssh`)."""
    return (
        end >= len(text)
        or text[end] in ":,;)]'\"`\u2019\u201d"
        or text[end : end + 2] in (". ", ".\n", " (")
        or cjk_at(text, end)
    )


def _tier(  # noqa: PLR0911
    text: str, start: int, end: int, host: str, reasons: Sequence[re.Match[str]], *, named_after: bool = False
) -> int:
    """3: named (quoted, or after `host`/`resolve`/`lookup`...); 2: a URL's host, `host:port`, `h: <reason>`, a dotted
    name after `to`/`for`/`on`; 1: a dotted name under a known top-level domain; 0: not a candidate."""
    before = text[start - 1] if start else ""
    after = text[end : end + 2].lstrip("\\")[:1]  # `\'h\'`: an escaped quote
    lead_at = max(0, start - 24)
    lead = text[lead_at:start]
    # a keyword that is a word of the reason itself (`no such host" {"grpc_log"`) names nothing
    lead = lead[max([0] + [r.end() - lead_at for r in reasons if lead_at < r.end() <= start and _names_before(r)]) :]
    dotted = "." in host
    if lead.endswith("://") and text.startswith("@", end):
        return 0  # `redis://secret@host:6379`: the userinfo, not the host
    if lead.endswith("://") or (before == "@" and _USERINFO.search(text[max(0, start - 300) : start])):
        # issue #17 (held-out F): `(see https://curl.haxx.se/libcurl/...)` is a documentation link, not the name
        return 0 if documentation_link(text, start) or line_link(text, start) else 2  # issue #17 (lookalikes)
    if text.startswith("/<unresolved>", end):  # Java's InetSocketAddress: `name/<unresolved>:port`
        return 3
    if _not_a_name_here(text, start, end, before, after):
        return 0
    if (
        named_after
        and (_terminated(text, end) or is_placeholder(host))
        and not (host in WORDS and text.startswith(": ", end))  # gRPC's `failed for service: h`
    ):
        return 3  # issue #17 (held-out F): `ENOTFOUND <redacted_url_1> | ...`, `failed for broker (...)`: named
    quoted = before in _QUOTES and after in _QUOTES
    strong = _STRONG_KEYWORD.search(lead) is not None
    if quoted:
        # a JSON key (`"errno": ...`) is not a name, nor the value of a key that names no host (`"logger":
        # "authentik.lib.config"`); `resolve host 'db': [Errno -2]` is
        if text[end + 1 : end + 4].lstrip().startswith((":", "=>")) and not strong:  # Ruby's `"key"=>`
            return 0
        key = _JSON_KEY.search(text, max(0, start - 40), start)
        return 0 if key is not None and not is_host_key(key.group(1)) else 3
    # `name=h type=AAAA`; (rules14) `getaddrinfo ENOTFOUND h error.` in prose: Node's slot for the name
    if strong and (dotted or _terminated(text, end) or lead.endswith("=") or after_node_code(text, start, host)):
        return 3
    # Go: `lookup h on 10.0.0.10:53: ...`; issue #17 (held-out H): `(https://h/x): h: Try again`
    if _go_lookup(text, start, end) or (any(r.start() == end for r in reasons) and url_host_tries_again(text, end)):
        return 3
    if after == ":" and text[end + 1 : end + 2].isdigit():
        return 0 if hex_after(text, end) else quoted_host_port(text, start, end)
    if after == ":" and _reason_follows(text, end, reasons) and (dotted or _LINE_LEAD.search(text, 0, start) is None):
        return 2  # `h: no such host`; but `nslookup: can't resolve`, at the start of its line, is the program
    if dotted and _KEYWORD_BEFORE.search(lead):
        return 2
    return 1 if dotted and _tld_like(host) else 0


def _go_lookup(text: str, start: int, end: int) -> bool:
    """Go's `lookup NAME on SERVER:` (the name it looked up, whatever it looks like)."""
    return text[max(0, start - 7) : start].lower() == "lookup " and text.startswith(" on ", end)


def _tld_like(host: str) -> bool:
    last = host.rsplit(".", 1)[-1]
    return last in TLDS or (len(last) == 2 and last.isalpha())


def _plausible(raw: str, host: str, tier: int, named_by_reason: bool) -> bool:
    if is_placeholder(raw):
        # `x.x.x.x`, `172.xx.xx.x`: an address typed over; `[elk]`: a list's brackets
        return (
            tier >= 2
            and not _IP_TYPED_OVER.fullmatch(host)
            and (not raw.startswith("[") or bracket_masked(raw))
            and host.strip("<>") not in _NOT_REDACTIONS
        )
    if is_ip(host) or is_class_path(host) or _VERSION.fullmatch(host) or host.endswith(NOT_A_HOST_ENDINGS):
        return False
    labels = host.split(".")
    if len(labels) > 2 and all(len(label) == 1 for label in labels[:-1]):
        return False  # issue #17 (held-out F): an abbreviated logger (`o.a.k.c.ClientUtils`), not a name
    if len(labels) > 1:
        last = labels[-1]
        # a top-level label is letters (a headless Service's `pod.service` or `api.EKS-Test-Cluster` may have dashes)
        lettered = last.isalpha() or (tier >= 2 and last.replace("-", "").isalpha())
        return (
            lettered
            and len(last) >= 2
            and (last not in FILE_SUFFIXES or named_tld(last, tier))
            and labels[0] not in PACKAGE_ROOTS
            and (last not in SYSLOG_PRIORITIES or (tier >= 3 and len(labels) > 2))
            and not (len(labels) == 2 and labels[0] in WORDS and tier < 4)
        )
    return (
        tier >= 2
        and (host not in WORDS or named_by_reason)  # `server on 'host' ([Errno 8] ...)`
        and len(host) > 1
        and not host.replace("-", "").isdigit()  # issue #17 (held-out F): `08:05:28-04:00`'s `28-04`, a time
        and (not raw.isupper() or (named_by_reason and caps_name(raw)))  # issue #17 (held-out O): `ORDER-SERVICE`
        and _CAMEL.search(raw) is None  # `StaticHostProvider:148`, `NetworkingError`: a class, not a name
    )


def _candidates(text: str, lo: int, hi: int, reasons: Sequence[re.Match[str]] = ()) -> list[_Candidate]:
    out: list[_Candidate] = []
    # a reason that ends on a quote (`bad address '`) has its name right after it, not a word of it
    spans = [(r.start() - 1, r.end() + (r.group(0)[-1].isalnum())) for r in reasons]
    for n, t in enumerate(_TOKEN.finditer(text, lo, hi)):
        if n >= 2 * CANDIDATES:
            break
        at = t.start()
        if any(a <= at < b for a, b in spans) or logger_own_host(text, at):
            continue  # a word of the reason itself (`Name does not resolve`, `EAI_AGAIN`), a JSON logger's own host
        raw = t.group("host").rstrip(".-")
        end = t.start() + len(raw)
        if json_value_of_other_key(text, at, end):
            continue  # issue #17 (held-out L): `{"Source server":"Prod"}`, a field's value, not a name
        quoted = t.start() > 0 and text[t.start() - 1] in _QUOTES and text[end : end + 1] in _QUOTES
        # `'host' ([Errno 8] ...)`, not the program opening a code span (`` `ping: bad address 'x'` ``); and Go's
        # `lookup domain on 127.0.0.11:53: no such host`: even a word is the name looked up there
        named_after = named_after_reason(text, t.start()) or quoted_after_reason(text, t.start())
        # issue #17 (held-out G): `getaddrinfo for h failed`; (held-out J) CoreDNS's `h. AAAA: <error>`
        qname = query_name(text, t.start(), end)
        in_place = qname or named_in_place(text, t.start(), end)
        quoted_then_reason = (
            (quoted and _reason_follows(text, end, reasons))
            or _go_lookup(text, t.start(), end)
            or named_after  # `UnknownHostException: broker`
            or in_place
            or (
                text.startswith(":", end)
                and named_by_keyword(text, t.start(), end, _reason_follows(text, end, reasons))
            )
        )
        # `server on 'host' ([Errno 8] ...)`: quoted, the reason right after it: even a word is the name looked up
        host = clean_host(raw) or (
            clean_host(raw, exact=True) if quoted_then_reason and (raw.isalnum() or qname) else None
        )
        if host is None or (host == "database" and text.endswith("communicating with ", 0, at)):
            continue  # sqlx's own words (`error communicating with database: ...`), not a Compose service's name
        if (text.startswith("::", at - 2) and not text.startswith("::", at - 3)) or text.startswith("://", end):
            continue  # `linkerd_app_core::control:`, a Rust/C++ path's last part; `akka.tcp://`, a URL's scheme
        tier = 3 if in_place else _tier(text, t.start(), end, host, reasons, named_after=named_after)
        tier = 4 if tier == 3 and quoted and pointed_at(text, t.start() - 1, reasons) else tier
        scheme = scheme_as_host(text, at, end)  # issue #17 (after held-out L): `(http:80)`, a scheme taken for the host
        tier = min(tier, 1) if scheme and not quoted_then_reason else tier  # any other name on the line wins over it
        if tier and (qname or scheme or _plausible(raw, host, tier, quoted_then_reason)):  # a query name: any digits
            port = _PORT_AFTER.match(text, end, end + 7)
            lead = text[max(0, t.start() - 300) : t.start()]
            url = lead.endswith("://") or (lead.endswith("@") and _USERINFO.search(lead) is not None)
            out.append(_Candidate(raw, t.start(), end, tier, port.group(1) if port else None, url, quoted_then_reason))
    return out


def _best(cands: list[_Candidate], at: int) -> _Candidate | None:
    if not cands:
        return None
    return max(cands, key=lambda c: (c.tier, -(abs(c.start - at) + (0 if c.start < at else 40))))


def _kind(text: str, reasons: list[re.Match[str]], host_end: int) -> tuple[FailureKind, bool] | None:
    """The kind of the stated reason nearest after the host (else before); with only verbs, what the words after
    the host say (`Try again`, `timed out`), else the verb's reading; None when what they say is a failed connection
    to an IP address (the name resolved)."""
    stated = [r for r in reasons if r.group(0).lower() not in _VERBS]
    if stated and stated[0].group(0).lower() in _UNKNOWN_ERROR_REASONS and _UNKNOWN_ERROR_AFTER.match(text, host_end):
        return "other", False
    if stated and stated[0].group(0).lower() in ERRNO_NAMED:
        return errno_kind(text, host_end), False
    if stated:
        after = [r for r in stated if r.start() >= host_end]
        return _KIND[(after[0] if after else stated[-1]).group(0).lower()]
    if connect_only(text[host_end : host_end + 2 * SPAN]):
        return None
    said = classify(text[host_end : host_end + 120])
    if said is not None and said != "other":
        return said, False
    return _KIND[reasons[0].group(0).lower()]


def _read(seg: Segment, look_around: bool) -> Hit | None:
    text = seg.text
    found = list(itertools.islice(_reasons(text), REASONS))
    reasons = [m for m in found if not guarded(text, m, verb=m.group(0).lower() in _VERBS, span=SPAN)]
    if not reasons:
        return _read_status(seg, found) if look_around else None
    at = reasons[0].start()
    lo, hi = max(0, at - SPAN), min(len(text), reasons[0].end() + SPAN)
    best = _best(_candidates(text, lo, hi, reasons), at)
    if best is None:  # issue #17 (rules14): urllib3's pool names the host beyond the window
        far = pool_host(seg, at, lambda end: _kind(text, reasons, end))
        return far if far is not None or not look_around else _read_around(seg, reasons)
    read = _kind(text, reasons, best.end)
    if read is None:
        return None
    kind, assumed = read
    start, end = seg.start + best.start, seg.start + best.end
    return Hit(best.raw, kind, start, end, None, _port(best.port), exact=best.exact, assumed=assumed)


def _read_more(seg: Segment, first: Hit) -> list[Hit]:
    """The other names a line lists, each right before its own reason (`a:27017: [Errno -2] Name or service not known,
    b:27017: [Errno -2] ...`, pymongo's replica set): only a `h: <reason>` / `h:port: <reason>` after the first name."""
    text, hits = seg.text, []
    found = itertools.islice(_reasons(text, first.end - seg.start), REASONS)
    reasons = [m for m in found if m.group(0).lower() not in _VERBS and not guarded(text, m, verb=False, span=SPAN)]
    seen, lo = {first.host.lower()}, first.end - seg.start
    redacted = is_placeholder(first.host)  # a real name, then the same one typed over (`**`), is one name
    for r in reasons:
        near = [c for c in _candidates(text, max(lo, r.start() - 120), r.start(), [r]) if c.tier >= 2]
        near = [
            c
            for c in near
            if _reason_follows(text, c.end, [r])
            and c.raw.lower() not in seen
            and is_placeholder(c.raw) == redacted
            and not text[max(0, c.start - 4) : c.start].lower().endswith("on ")  # Go's `lookup h on SERVER: ...`
        ]
        go = None if near else go_lookup_before(text, lo, r.start())  # `lookup h on S:53: <reason>` (held-out F, Q)
        if near:
            c = near[-1]
            seen.add(c.raw.lower())
            kind, assumed = _KIND[r.group(0).lower()]
            hits.append(Hit(c.raw, kind, seg.start + c.start, seg.start + c.end, None, _port(c.port), assumed=assumed))
        elif go and text[go[0] : go[1]].lower() not in seen and is_placeholder(text[go[0] : go[1]]) == redacted:
            seen.add(text[go[0] : go[1]].lower())
            kind, assumed = _KIND[r.group(0).lower()]
            hits.append(Hit(text[go[0] : go[1]], kind, seg.start + go[0], seg.start + go[1], assumed=assumed))
        lo = r.end()
    return hits


def _read_around(seg: Segment, reasons: list[re.Match[str]]) -> Hit | None:
    """The reason's line names no host: a URL or `name:port` on the line before (a command, a `Caused by` above),
    then the line after."""
    at = reasons[0].start()
    split = wrapped_call(seg, reasons[0], lambda: _kind(seg.text, reasons, 0))  # issue #17 (held-out G)
    if split is not None:
        return split
    for lines in (seg.lines_before(4), seg.lines_after(1)):
        for n, line in enumerate(lines):
            if names_no_failure(line):  # issue #17 (held-out V): `Server up: http://h`, `curl http://h` that worked
                continue
            found = _candidates(line, 0, min(len(line), 2 * SPAN))
            near = _best([c for c in found if c.url or (c.port is not None and "." in c.raw)], len(line))
            if near is not None and not worked_near(near.raw, seg.lines_before(4)):  # issue #17 (held-out V)
                read = _kind(seg.text, reasons, 0)
                if read is None:
                    return None
                joined = rejoined(near.raw, line, lines[n - 1] if n and near.url else None)  # issue #17 (held-out H)
                return Hit(joined, read[0], seg.start + at, seg.start + reasons[0].end(), None, _port(near.port), False)
    # issue #17 (held-out H); (held-out N) the name a line above announced it was looking up; (recall by
    # generalisation) a Node error object's `hostname` key
    elsewhere = (
        name_elsewhere(seg, reasons[0], lambda: _kind(seg.text, reasons, 0))
        or announced_name(seg, reasons[0], lambda: _kind(seg.text, reasons, 0))
        or error_object_hit(seg, reasons[0], lambda: _kind(seg.text, reasons, 0))
    )
    if elsewhere is not None:
        return elsewhere
    if any(_QUOTE_AFTER.match(seg.text, r.end()) for r in reasons):
        return None  # the tool printed what it looked up (busybox's `can't resolve '(null)'`): not the command's name
    name = (
        command_name(seg, at) or client_command_name(seg, at) or host_setting(seg)
    )  # `$ ping h`, `curl h`, `DB_HOST=h`
    read = _kind(seg.text, reasons, 0) if name else None
    return Hit(name, read[0], seg.start + at, seg.start + reasons[0].end()) if name and read else None


def _read_status(seg: Segment, found: list[re.Match[str]]) -> Hit | None:
    """dig's `->>HEADER<<- opcode: QUERY, status: SERVFAIL` (kdig's, drill's): the rcode of the query its command or
    header above names (the rcode guard keeps query lines for the tools' own rules; here the name is the one asked)."""
    for r in found:
        if r.group(0) in ("NXDOMAIN", "SERVFAIL") and _STATUS.search(seg.text, max(0, r.start() - 12), r.start()):
            name = command_name(seg, r.start(), STATUS_LINES)
            kind, _ = _KIND[r.group(0).lower()]
            return Hit(name, kind, seg.start + r.start(), seg.start + r.end()) if name else None
    return None


def _port(raw: str | None) -> int | None:
    return int(raw) if raw and 0 < int(raw) < 65536 else None


def generic_hits(doc: Document, taken: set[int]) -> list[Hit]:
    """The generic rule's hits on lines (by start offset) not in `taken`; a host is taken from the line before or
    after only when neither is in `taken` (a failure the specific rules read there is already reported)."""
    hits: list[Hit] = []
    for seg in doc.segments(TRIGGERS, GENERIC_TRIGGER_LIMIT):
        if seg.line_start in taken or not doc.spend("generic", GENERIC_SEGMENTS):
            continue
        before = doc.text.rfind("\n", 0, max(0, seg.line_start - 1)) + 1
        look_around = not (before in taken or seg.line_end + 1 in taken)
        found = _read(seg, look_around)
        if (
            found is not None
            and not answered_cant_find(seg, found.host, found.kind)  # issue #17 (survey 5)
            and not nslookup_timeout_not_lookup(seg, found.kind)  # issue #17 (h-rules16)
        ):
            hits.append(found)
            hits.extend(_read_more(seg, found))
    return hits
