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

import functools
import ipaddress
import itertools
import re

from checks.parsing import host_settings
from checks.parsing.announced import announced_name
from checks.parsing.answered_block import answered_cant_find
from checks.parsing.client_commands import client_command_name
from checks.parsing.document import Document, Segment
from checks.parsing.function_slots import function_name_slot, help_link
from checks.parsing.generic_candidates import (
    CANDIDATES,
    Candidate,
    best_candidate,
    candidates,
    plausible_listed,
    reason_follows,
)
from checks.parsing.generic_commands import HTTP_STATUS, STATUS_LINES, answered_below_command, command_name
from checks.parsing.generic_far import pool_host
from checks.parsing.generic_go_more import go_lookup_before
from checks.parsing.generic_guards import cut_object_not_a_host, guarded, object_cut_at_line_end
from checks.parsing.generic_json import is_host_key
from checks.parsing.generic_kind import KIND, SPAN, TRIGGERS, VERBS, reasons_in, stated_kind
from checks.parsing.generic_lines import name_elsewhere, rejoined
from checks.parsing.generic_named import wrapped_call
from checks.parsing.generic_reason_below import hostless_reason_below
from checks.parsing.generic_reasons_aiohttp import bracket_window, capped
from checks.parsing.generic_reasons_timeouts import nslookup_timeout_not_lookup
from checks.parsing.hosts import QUOTE, is_placeholder
from checks.parsing.node_error_object import error_object_hit
from checks.parsing.not_failing_lines import names_no_failure, names_no_failure_elsewhere, worked_near
from checks.parsing.prose_phrase import ends_prose_phrase
from checks.parsing.rules.base import Hit, LazyPattern
from checks.parsing.traceback_head import before_traceback, traceback_calls

GENERIC_SEGMENTS = 200
"""Segments per paste the generic rule reads (each may read the lines around it for a name: a megabyte of host-less
resolver errors read at 400 took 0.2 s of the parser's 0.2 s). Past it the paste is read in part
(`Document.ran_out`)."""
GENERIC_TOKENS = 6000
"""Tokens per paste the generic rule reads for a name around its reasons (session 55: a hostile megabyte of lines of
URLs, each ending in a host-less reason, read 80 at each of its segments; a review's log of 160 lines, each naming its
URL among a time stamp's, a thread's and a logger's words, reads about 27 a line, 4,300 in all). Past it, or where a
window is cut short by it, the paste is read in part."""
GENERIC_TRIGGER_LIMIT = 1000
"""Occurrences of one reason the generic rule looks at per paste (the specific rules look at 10 000)."""
REASONS = 8
"""Reasons read in one segment (a hostile line of nothing but reasons)."""

_QUOTE_AFTER = LazyPattern(r"\s{0,3}" + QUOTE)
_STATUS = LazyPattern(r"\bstatus:\s{0,3}$")


def _read(seg: Segment, look_around: bool) -> Hit | None:  # noqa: PLR0911
    text = seg.text
    found = list(itertools.islice(reasons_in(text), REASONS))
    reasons = capped([m for m in found if not guarded(text, m, verb=m.group(0).lower() in VERBS, span=SPAN)])
    tokens = seg.doc.left("generic-tokens", GENERIC_TOKENS) if reasons else 0  # none left: the paste is read in part
    if not tokens or _object_is_an_address(text, reasons[0]) or _object_is_an_api_object(text, reasons):
        return _read_status(seg, found) if look_around and not reasons else None
    if reasons[0].group(0).lower() in VERBS and object_cut_at_line_end(text, reasons[0].end()):
        below = seg.lines_after(1)
        if below and cut_object_not_a_host(text, reasons[0].end(), below[0]):
            return None
    at = reasons[0].start()
    lo, hi = bracket_window(text, reasons[0]) or (max(0, at - SPAN), min(len(text), reasons[0].end() + SPAN))
    verb_end = reasons[0].end() if reasons[0].group(0).lower() in VERBS else None
    window = candidates(text, lo, hi, reasons, min(2 * CANDIDATES, tokens))
    seg.doc.spend("generic-tokens", GENERIC_TOKENS, window.tokens)
    if window.tokens == tokens < 2 * CANDIDATES:
        # cut short by the budget: the paste is read in part, and the window names nothing (review, session 58: its
        # first tokens alone gave `up` of `giving up: <reason>` on a long log's last line)
        seg.doc.spend("generic-tokens", GENERIC_TOKENS, 1)
        return None
    best = best_candidate(
        [c for c in window if not names_no_failure_elsewhere(text, c.start, at)],
        at,
        verb_end,
    )
    if best is not None and (
        _bare_word_for_an_atom(reasons[0], best)
        or _word_of_prose(text, reasons, best)
        or _not_the_named_hostname(text, reasons[0], best)
        or (reasons[0].group(0).lower() in _OBJECT_ONLY and not 0 <= best.start - reasons[0].end() <= OBJECT_GAP)
    ):
        best = None
    if best is None:  # issue #17 (rules14): urllib3's pool names the host beyond the window
        far = pool_host(seg, at, lambda end: stated_kind(text, reasons, end))
        if far is not None or not look_around or _NPM_FIELD.match(seg.text):
            return far  # held-out AN: npm's `code EAI_AGAIN` field: its `request to URL failed` line names the host
        return _read_around(seg, reasons)
    read = stated_kind(text, reasons, best.end)
    if read is None or _after_own_exchange(text, reasons[0], best):
        return None
    kind, assumed = read
    if kind == "other" and all(r.group(0).lower() in VERBS for r in reasons):
        kind = hostless_reason_below(seg) or kind  # a statement over the runtime's host-less error says how
    start, end = seg.start + best.start, seg.start + best.end
    return Hit(best.raw, kind, start, end, None, _port(best.port), exact=best.exact, assumed=assumed)


_OBJECT_ONLY = frozenset({"fail to resolve", "fails to resolve"})
"""Verbs of a reporter's sentence (held-out HV-IC, spent: `it fail to resolve h`): the name is their object, right
after them, or none (review: `Bundler fails to resolve the Gemfile: ... https://rubygems.org/`, `some nodes fail to
resolve while others (h) work`)."""
OBJECT_GAP = 3
"""Characters between such a verb and its object at most (a space, a quote)."""

_HOSTNAME_OBJECT = re.compile(
    # ssh's `Could not resolve hostname X: <reason>` (or X ending the line): one token, then its colon or the line's end
    r"\s{1,2}host\s?name\s{1,2}[\"'`]?[A-Za-z0-9_*<$][^\s\"'`]{0,252}[\"'`]?(?::|[ \t]*$)",
    re.I,
)


def _not_the_named_hostname(text: str, reason: re.Match[str], best: Candidate) -> bool:
    """`Could not resolve hostname X` (ssh's words) names X, whatever X is: another token on the line is not the name
    (held-out HV-IC, spent: `... workspace 'ws***' ... : ssh: Could not resolve hostname error::`, a setting's
    value handed to ssh as the host, is no failure of the workspace's name)."""
    if reason.group(0).lower() not in VERBS:
        return False
    named = _HOSTNAME_OBJECT.match(text, reason.end())
    return named is not None and not named.start() < best.start < named.end()  # not the token after `hostname`


_API_KIND_OBJECT = re.compile(
    r"\s{1,2}(?:the\s)?(?:pod|secret|configmap|deployment|statefulset|daemonset|replicaset|namespace|serviceaccount"
    r"|persistentvolumeclaim)s?(?![\w.\-])(?!\s{1,2}(?:name|host|address)\b)",
    re.I,
)
# `dial tcp 1.2.3.4:53: i/o timeout` with no `lookup h on`: the program talks to a DNS server itself (an RFC 2136
# update, a zone transfer, a propagation check), and the name it asked is not in Go's error
_DIALED_DNS_SERVER = re.compile(r"\bdial\s(?:tcp|udp)\s(?:\d{1,3}\.){3}\d{1,3}:53:\s{1,2}\Z")
_QUOTED_OBJECT = re.compile(r"\s{0,2}['\"`]?(?P<object>[0-9A-Fa-f:.\[\]%]{2,60})['\"`]?(?=[\s,;)]|$)")


def _object_is_an_address(text: str, reason: re.Match[str]) -> bool:
    """The reason's object right after it is an IP address (busybox's `ping6: bad address 'f00d::c0a8:...'`; held-out
    FZ-GG, spent): an address, no name (LABELS.md), whatever word stands before the reason."""
    if not reason.group(0).rstrip().endswith(_QUOTES) and not text.startswith(_QUOTES, reason.end()):
        return False
    quoted = _QUOTED_OBJECT.match(text, reason.end())
    if quoted is None:
        return False
    try:
        ipaddress.ip_address(quoted.group("object").strip("[]").split("%", 1)[0])
    except ValueError:
        return False
    return True


def _object_is_an_api_object(text: str, reasons: list[re.Match[str]]) -> bool:
    """Only verbs, and their object a Kubernetes object (linkerd's `failed to lookup pod: pod "x" not found`; held-out
    GL, spent): a look-up through the API, no name."""
    verbs_only = all(r.group(0).lower() in VERBS for r in reasons)
    return verbs_only and _API_KIND_OBJECT.match(text, reasons[0].end()) is not None


def _after_own_exchange(text: str, reason: re.Match[str], best: Candidate) -> bool:
    """A program's own exchange with a DNS server failed (`dial tcp 1.2.3.4:53: i/o timeout`; held-out GO, spent): a
    token after the reason is not the name it asked."""
    return best.start >= reason.end() and _DIALED_DNS_SERVER.search(text, 0, reason.start()) is not None


def _bare_word_for_an_atom(reason: re.Match[str], best: Candidate) -> bool:
    """Erlang's `:nxdomain` carries no name: a bare word before it is the program's own (`Failed to send host report:
    :nxdomain`; held-out BW), not a name, unless quoted or with a port."""
    return reason.group(0).lower() == ":nxdomain" and best.raw.isalpha() and not (best.exact or best.url or best.port)


_QUOTES = ("'", '"', "`")
_OBJECT_SLOT = re.compile(
    r":?\s{1,3}(?:(?:the\s)?(?:(?:upstream|server|remote|peer|broker|backend)\s)?"
    r"(?:host\s?name|host|name|address|domain|server)(?:\s{0,2}:)?\s{1,3}(?:for\s)?)?"
)
# a structured log's host key (`host=keycloak`, `hostname="db"`): the word is the key's value, not the program's prose
_KEY_BEFORE = re.compile(r"(?<![\w.\-])([A-Za-z_][\w.\-]{0,30})=[\"']?\Z")


def _in_host_slot(text: str, start: int) -> bool:
    key = _KEY_BEFORE.search(text, max(0, start - 34), start)
    return key is not None and is_host_key(key.group(1))


_PREDICATE_BEFORE = re.compile(r"\b(?:be|been|is|are|was|were|not)\s\Z", re.I)


def _word_of_prose(text: str, reasons: list[re.Match[str]], best: Candidate) -> bool:
    """A bare word of letters is the program's prose, not a name, where only a verb says the look-up failed
    (`failed to construct tracer: Error resolving address`, `select: failed to resolve git src`, `cannot resolve
    workspace image: hostname required`) or where it is a predicate (`RGW REST API cannot be reached: Name or service
    not known`); held-out CF-CH. A name so bare is read where a resolver's reason follows it, or quoted, or with a
    port."""
    if not best.raw.isalpha() or best.exact or best.url or best.port or text[best.end : best.end + 1] in _QUOTES:
        return False
    if _in_host_slot(text, best.start):
        return False  # (probing, undotted names) logfmt's `host=keycloak` after the message's verb
    if _PREDICATE_BEFORE.search(text, 0, best.start) is not None or ends_prose_phrase(text, best.start):
        return True
    if not all(r.group(0).lower() in VERBS for r in reasons):
        return False
    # the verb's own object is a name (`unable to resolve host ubuntu: ...`): not a word before the verb, nor one
    # after other words (`cannot resolve workspace image: hostname required`)
    verb = reasons[0]
    return best.start < verb.start() or _OBJECT_SLOT.fullmatch(text, verb.end(), best.start) is None


def _read_more(seg: Segment, first: Hit) -> list[Hit]:
    """The other names a line lists, each right before its own reason (`a:27017: [Errno -2] Name or service not known,
    b:27017: [Errno -2] ...`, pymongo's replica set): only a `h: <reason>` / `h:port: <reason>` after the first name."""
    text, hits = seg.text, []
    listed = _listed_after(text, first, seg.start)
    hits += listed
    found = itertools.islice(reasons_in(text, first.end - seg.start), REASONS)
    reasons = capped(
        [m for m in found if m.group(0).lower() not in VERBS and not guarded(text, m, verb=False, span=SPAN)]
    )
    seen, lo = {first.host.lower(), *(h.host.lower() for h in listed)}, first.end - seg.start
    redacted = is_placeholder(first.host)  # a real name, then the same one typed over (`**`), is one name
    for n, r in enumerate(reasons):
        # an earlier reason's words are no name either (`Host name lookup failure : Resource temporarily unavailable`)
        near = [c for c in candidates(text, max(lo, r.start() - 120), r.start(), reasons[: n + 1]) if c.tier >= 2]
        near = [
            c
            for c in near
            if reason_follows(text, c.end, [r])
            and c.raw.lower() not in seen
            and is_placeholder(c.raw) == redacted
            and not text[max(0, c.start - 4) : c.start].lower().endswith("on ")  # Go's `lookup h on SERVER: ...`
        ]
        go = None if near else go_lookup_before(text, lo, r.start())  # `lookup h on S:53: <reason>` (held-out F, Q)
        if near:
            c = near[-1]
            seen.add(c.raw.lower())
            kind, assumed = KIND[r.group(0).lower()]
            hits.append(Hit(c.raw, kind, seg.start + c.start, seg.start + c.end, None, _port(c.port), assumed=assumed))
        elif go and text[go[0] : go[1]].lower() not in seen and is_placeholder(text[go[0] : go[1]]) == redacted:
            seen.add(text[go[0] : go[1]].lower())
            kind, assumed = KIND[r.group(0).lower()]
            hits.append(Hit(text[go[0] : go[1]], kind, seg.start + go[0], seg.start + go[1], assumed=assumed))
        lo = r.end()
    return hits


_LISTED = re.compile(
    r"\.?(?P<q>[`'\"])(?:,\s{1,2}(?:and\s{1,2}|or\s{1,2})?|\s{1,2}(?:and|or|&)\s{1,2})(?P=q)"
    r"(?P<host>[A-Za-z0-9_][A-Za-z0-9_.\-]{0,252})\.?(?P=q)"
)
LISTED = 8
"""Names read from one list after the first (`` `a.` and `b.` ``)."""
# what may follow the list's last name: the sentence's or line's end, or a parenthesis (not a key's `:`, not `is fine`)
_LIST_END = re.compile(r"[ \t]*(?:$|[.;)](?:\s|$)|,?\s\()")


def _listed_after(text: str, first: Hit, seg_start: int) -> list[Hit]:
    """held-out ID-IK (spent): the names a reporter lists after the quoted one the rule read, each quoted alike
    (`failing NXDOMAIN DNS lookups to `a.` and `b.``): the same failure for each. Each must be a plausible dotted
    name under a public top-level label, and the list must end the sentence (review: a dict's next key, `'b' is
    fine`)."""
    at = first.end - seg_start
    if not 0 < first.start - seg_start <= at <= len(text) or text[first.start - seg_start - 1] not in "`'\"":
        return []
    found: list[tuple[str, int]] = []
    while len(found) < LISTED and (m := _LISTED.match(text, at)) is not None:
        name = m.group("host").rstrip(".")
        if not plausible_listed(name):
            return []
        found.append((name, m.start("host")))
        at = m.end()
    if not found or _LIST_END.match(text, at) is None:
        return []
    return [
        Hit(name, first.kind, seg_start + start, seg_start + start + len(name), assumed=first.assumed)
        for name, start in found
    ]


@functools.lru_cache(maxsize=64)
def _line_candidates(line: str) -> tuple[Candidate, ...]:
    """A neighbouring line's candidates: a log of host-less errors reads each line as the neighbour of five."""
    return tuple(candidates(line, 0, min(len(line), 2 * SPAN)))


_NPM_FIELD = re.compile(r"\s{0,8}npm\s(?:ERR!|error)\s(?:code|errno|syscall)\s", re.I)


def _read_around(seg: Segment, reasons: list[re.Match[str]]) -> Hit | None:
    """The reason's line names no host: a URL or `name:port` on the line before (a command, a `Caused by` above),
    then the line after."""
    at = reasons[0].start()
    split = wrapped_call(seg, reasons[0], lambda: stated_kind(seg.text, reasons, 0))  # issue #17 (held-out G)
    if split is not None:
        return split
    # held-out BW: a traceback's error, the request's URL logged above the traceback
    head = before_traceback(seg)
    calls = traceback_calls(seg)  # (source-mined, httpx) the failing call's frame
    for below, lines in ((False, seg.lines_before(4)), (True, seg.lines_after(1)), (False, head), (False, calls)):
        for n, line in enumerate(lines):
            if not below and HTTP_STATUS.match(line):
                break  # (review) a response's status line above: the request named above it was answered
            if names_no_failure(line):  # issue #17 (held-out V): `Server up: http://h`, `curl http://h` that worked
                continue
            found = [  # review 2 (finding 1): a C function's name, a wiki link printed under the error (as base.py)
                c
                for c in _line_candidates(line)
                if not function_name_slot(c.raw, line, c.end) and not (below and help_link(line, c.end))
            ]
            near = best_candidate([c for c in found if c.url or _names_an_endpoint(c, line)], len(line))
            if near is not None and not worked_near(near.raw, seg.lines_before(4)):  # issue #17 (held-out V)
                read = stated_kind(seg.text, reasons, 0)
                if read is None:
                    return None
                joined = rejoined(near.raw, line, lines[n - 1] if n and near.url else None)  # issue #17 (held-out H)
                return Hit(joined, read[0], seg.start + at, seg.start + reasons[0].end(), None, _port(near.port), False)
    # issue #17 (held-out H); (held-out N) the name a line above announced it was looking up; (recall by
    # generalisation) a Node error object's `hostname` key
    elsewhere = (
        name_elsewhere(seg, reasons[0], lambda: stated_kind(seg.text, reasons, 0))
        or announced_name(seg, reasons[0], lambda: stated_kind(seg.text, reasons, 0))
        or error_object_hit(seg, reasons[0], lambda: stated_kind(seg.text, reasons, 0))
    )
    if elsewhere is not None:
        return elsewhere
    if any(
        _QUOTE_AFTER.match(seg.text, r.end()) and not _in_code_span(seg.text, r) and not _quoted(seg.text, r)
        for r in reasons
    ):
        return None  # the tool printed what it looked up (busybox's `can't resolve '(null)'`): not the command's name
    name = (  # `$ ping h`, `curl h`, `DB_HOST=h` (only where the block's settings name one host: review 2, finding 9)
        command_name(seg, at) or client_command_name(seg, at, head) or host_settings.only(seg)
    )
    # not where the command's own output above the reason shows the name resolved
    read = stated_kind(seg.text, reasons, 0) if name and not answered_below_command(seg, at) else None
    return Hit(name, read[0], seg.start + at, seg.start + reasons[0].end()) if name and read else None


def _names_an_endpoint(c: Candidate, line: str) -> bool:
    """A `name:port` on a neighbouring line: dotted, or a single label the line says it was connecting to
    (`Connecting to postgres:5432...`; synthetic phrase probe, session 53), not an image's `postgres:16`, nor one it
    says it connected to (that name resolved; review)."""
    if c.port is None:
        # (source-mined, round 7: Odoo's `Mail delivery failed via SMTP server 'h'.` above a bare gaierror) a dotted
        # name quoted after the word `server`, a failed line's server: the endpoint it was connecting to
        return (
            "." in c.raw
            and _QUOTED_SERVER_BEFORE.search(line, max(0, c.start - 12), c.start) is not None
            and (_FAILED_WORD.search(line, 0, c.start) is not None)
            and _ANSWERED_WORDS.search(line) is None
        )
    return "." in c.raw or _CONNECTING_BEFORE.search(line, 0, c.start) is not None


_QUOTED_SERVER_BEFORE = re.compile(r"\bserver\s{1,2}['\"]\Z", re.I)
_FAILED_WORD = re.compile(
    r"\b(?:deliver\w{0,4}|connect\w{0,4}|send\w{0,4}|reach\w{0,4})\b[^\n]{0,40}?\b(?:fail(?:ed|ure)?|error)\b"
    r"|\b(?:fail(?:ed|ure)?|unable|could\snot|cannot)\s(?:to\s)?(?:deliver|connect|send|reach)\w{0,4}\b",
    re.I,
)
# (review) a line that says the server answered: credentials, permissions or an HTTP status (the name resolved)
_ANSWERED_WORDS = re.compile(
    r"\b(?:auth\w{0,12}|credential\w{0,2}|password|permission|forbidden|unauthori[sz]ed|HTTP)\b", re.I
)


# (source-mined, session 53) and Rust's anyhow context `Error: resolving h:9000` above its `Caused by:` chain
_CONNECTING_BEFORE = re.compile(r"\b(?:connect(?:ing)?|dial(?:ing)?|resolving)\s{1,2}(?:to\s{1,2})?\Z", re.I)


def _quoted(text: str, r: re.Match[str]) -> bool:
    """The reason is itself a quoted sentence (Pgpool-II's `getaddrinfo failed "Name or service not known"`;
    source-mined, session 52): the quote after it closes it, it opens no name. Not a quoted code or a program's own
    verb (`"code": "ENOTFOUND"`, `"message": "lookup failed"`: a JSON value)."""
    inside = r.start() > 0 and r.end() < len(text) and text[r.start() - 1] == text[r.end()] and text[r.end()] in "\"'"
    return inside and " " in r.group(0) and r.group(0).lower() not in VERBS  # a resolver's words, not `lookup failed`


def _in_code_span(text: str, r: re.Match[str]) -> bool:
    """The reason is a Markdown code span's whole text (``ping: `unknown host` ``): its backticks quote no name."""
    return text[r.start() - 1 : r.start()] == "`" and text[r.end() : r.end() + 1] == "`"


def _read_status(seg: Segment, found: list[re.Match[str]]) -> Hit | None:
    """dig's `->>HEADER<<- opcode: QUERY, status: SERVFAIL` (kdig's, drill's): the rcode of the query its command or
    header above names (the rcode guard keeps query lines for the tools' own rules; here the name is the one asked)."""
    for r in found:
        if r.group(0) in ("NXDOMAIN", "SERVFAIL") and _STATUS.search(seg.text, max(0, r.start() - 12), r.start()):
            name = command_name(seg, r.start(), STATUS_LINES)
            kind, _ = KIND[r.group(0).lower()]
            return Hit(name, kind, seg.start + r.start(), seg.start + r.end()) if name else None
    return None


def _port(raw: str | None) -> int | None:
    return int(raw) if raw and 0 < int(raw) < 65536 else None


def generic_hits(doc: Document, taken: set[int], stop: int | None = None) -> list[Hit]:
    """The generic rule's hits on lines (by start offset) not in `taken`, before `stop` (where the specific rules
    stopped reading); a host is taken from the line before or after only when neither is in `taken` (a failure the
    specific rules read there is already reported)."""
    hits: list[Hit] = []
    for seg in doc.segments(TRIGGERS, GENERIC_TRIGGER_LIMIT):
        if stop is not None and seg.start >= stop:
            break
        if seg.line_start in taken or not doc.spend("generic", GENERIC_SEGMENTS):
            continue
        before = doc.text.rfind("\n", 0, max(0, seg.line_start - 1)) + 1
        look_around = not (before in taken or seg.line_end + 1 in taken)
        found = _read(seg, look_around)
        if (
            found is not None
            and not answered_cant_find(seg, found.host, found.kind)  # issue #17 (survey 5)
            and not nslookup_timeout_not_lookup(seg, found.kind)  # issue #17: a retry answered
        ):
            hits.append(found)
            hits.extend(_read_more(seg, found))
    return hits
