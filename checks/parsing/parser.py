"""`parse_failures`: every distinct failed name lookup in a paste, in order of first appearance."""

from __future__ import annotations

import re
from dataclasses import replace
from urllib.parse import urlsplit

from checks.parsing.asked_name import asked_name
from checks.parsing.cut_names import cut_fragments
from checks.parsing.document import Document
from checks.parsing.doubled_search import doubled_search_name
from checks.parsing.generic import generic_hits
from checks.parsing.generic_json import in_message_template
from checks.parsing.host_answers import answered_above
from checks.parsing.hosts import (
    clean_host,
    describes_a_name,
    dialed_url,
    host_after_userinfo,
    is_empty_key,
    is_placeholder,
    is_reverse_name,
    typed_word,
    without_userinfo,
)
from checks.parsing.k8s_names import service_and_namespace
from checks.parsing.masked_twins import without_masked_twins
from checks.parsing.model import DnsFailure, Failures
from checks.parsing.normalize import TYPOGRAPHIC_QUOTES, normalize, unescape_json_strings
from checks.parsing.required_literals import finditer_near, holds
from checks.parsing.reverse_checks import blocked_after_resolving, blocked_answers, resolved_then_checked
from checks.parsing.rules import RULES, RULES_BY_TRIGGER, TRIGGERS, Hit
from checks.parsing.rules.base import plain_text
from checks.parsing.srv_base import srv_bases
from checks.parsing.stated_placeholders import StandIns
from checks.parsing.url_lookup import url_field_copies
from checks.parsing.url_words import url_word_host

EXCERPT = 240
"""Longest excerpt kept as evidence; longer lines are cut around the failing name."""
MATCHES_PER_RULE = 200
"""A rule stops reading a line after this many matches (a pathological line cannot stall the parse)."""
NAMES_READ = 1000
"""Different names (as the rules found them, lower-cased, without a final dot) read per paste: a megabyte of 10 000
different failing names is read up to the line that names the 1 001st, and the answer says it was read in part
(`Failures.partial`). Each name costs its checks (the rule's own reading, placeholder, stand-in, Service): read whole,
that megabyte took 0.9 s."""
FRUITLESS_SEGMENTS = 600
"""Segments (lines, or windows of a long line) the specific rules read per paste without finding a name not met
before, after which the rest is not read and the answer says so: a megabyte of host-less resolver errors, or of one
failure under a new request id on every line, took 0.5 s. A log of a few thousand lines that name no failure (a
CoreDNS query log, a build's output, a retry loop) is still read to the failure after them; a log repeating one line
is read REPEATS times (`Document.segments`)."""
LINE_BUDGET = 2_000_000
"""Characters the rules may read, all together, on one line: a hostile line of near-matches for every rule
(each window starts all of them) is read only up to this, and the lines after it still are."""


_MASK_CHARS = frozenset("#*")
_CUT_MARKS = ('"...', '"\u2026')


def _cut_short(doc: Document, hit: Hit) -> bool:
    """A name the log cut short: strace prints `"Couldn't resolve host 'www.examp"...` before the full text."""
    return doc.text.startswith(_CUT_MARKS, hit.end) and doc.text[hit.start : hit.end] == hit.host


FILTERED_FROM = 400
"""Segments this long or longer have each rule's needed words looked for before its regex runs
(`required_literals`); below it the regexes are cheaper than the check."""


def _hits(doc: Document) -> tuple[list[Hit], int, bool]:
    """The specific rules' hits, the offset where reading stopped (the paste's length, or the segment that would
    have added a name past NAMES_READ, or the one after FRUITLESS_SEGMENTS found no new name), and whether some of
    the paste was not read (it stopped before the end, or a line's LINE_BUDGET ran out)."""
    hits: list[Hit] = []
    line, left = -1, LINE_BUDGET
    over_budget = False
    matches: dict[int, int] = {}
    met: set[str] = set()
    fruitless = 0
    for seg in doc.segments(TRIGGERS):
        if fruitless >= FRUITLESS_SEGMENTS:
            return sorted(hits, key=lambda h: h.start), seg.start, True
        indexes = sorted({i for t in seg.triggers for i in RULES_BY_TRIGGER[t]})
        if seg.line_start != line:
            line, left, matches = seg.line_start, LINE_BUDGET, {}
        left -= len(seg.text) * len(indexes)
        if left < 0:
            over_budget = True
            continue
        found: list[Hit] = []
        long = doc.ascii and len(seg.text) >= FILTERED_FROM  # (a short segment's regexes cost less than the filter)
        seen: dict[str, bool] = {}  # the needed words this segment was found to hold or lack, for all its rules
        plain = long and plain_text(seg.text)  # (its names are short: windows before each word can be too)
        for index in indexes:
            rule = RULES[index]
            need = (rule.regex.needed_in_plain_text if plain else rule.regex.needed) if long else None
            if need is not None and not holds(seg.lower, need, seen):
                continue  # a word its regex needs is absent: not run
            matches_of = (
                rule.regex.finditer(seg.text)
                if need is None
                else finditer_near(rule.regex.compiled, seg.text, seg.lower, need)
            )
            for m in matches_of:
                matches[index] = n = matches.get(index, 0) + 1
                if n > MATCHES_PER_RULE:
                    break
                hit = rule.build(m, seg)
                if hit is not None and not _cut_short(doc, hit):
                    found.append(hit)
        new = {h.host.rstrip(".").lower() for h in found} - met  # `S0.shop.` is `s0.shop` met again
        if new and len(met) >= NAMES_READ:
            return sorted(hits, key=lambda h: h.start), seg.start, True
        hits += found
        met |= new
        fruitless += not new
    return sorted(hits, key=lambda h: h.start), len(doc.text), over_budget


def _excerpt(doc: Document, hit: Hit) -> str:
    start, end = doc.line_bounds(hit.start)
    if end - start > EXCERPT:
        start, end = max(start, hit.start - 100), min(end, hit.end + EXCERPT - 100)
    return doc.text[start:end].strip()


def _failure(doc: Document, hit: Hit, host: str, redacted: bool) -> DnsFailure:
    line_start, line_end = doc.line_bounds(hit.start)
    near = doc.text[max(line_start, hit.start - 1500) : min(line_end, hit.end + 500)]
    url, url_port = dialed_url(near, host, hit.start - max(line_start, hit.start - 1500))
    service, namespace = (None, None) if redacted else service_and_namespace(host)
    return DnsFailure(
        host=host,
        kind=hit.kind,
        server=hit.server,
        url=url,
        port=hit.port if hit.port is not None else url_port,
        service=service,
        namespace=namespace,
        excerpt=_excerpt(doc, hit),
        redacted=redacted,
    )


def _name_of(doc: Document, hit: Hit) -> tuple[str | None, bool]:
    """`_host`, but no name in a structured log's message template (its `{HostName}` is a slot, not a name)."""
    return (None, False) if in_message_template(doc.text, hit.start) else _host(doc, hit)


_JOINED = re.compile(r"[/:,]|%20")
_MASK_RUN = re.compile(r"x{3,}|y{3,}|z{3,}|\*{3,}", re.I)


def _stand_in_piece(piece: str) -> bool:
    """A piece of a joined name that is a stand-in by the label and domain rules: a dotted name or a masked one
    (`xxx`, `xxx-node-02`); a lone word LABELS.md counts only as a whole name (`url`, `fqdn`) is no stand-in here
    (review)."""
    return (
        bool(piece)
        and ("." in piece or not piece.isalpha() or _MASK_RUN.fullmatch(piece) is not None)
        and is_placeholder(piece)
    )


def _printed_stand_in(printed: str, raw: str) -> bool:
    """Whether a name read as printed (without its user) is a stand-in."""
    head = printed.split("/", 1)[0]  # issue #17 (held-out Y): a name with a path (`zeebe.xxx.com/gateway`)
    return bool(
        set(printed) <= _MASK_CHARS
        or typed_word(printed)
        # held-out FU (spent): or the word `hostname` there (gRPC's `dns:hostname/namespace`)
        or ("/" in printed and bool(head) and (is_placeholder(head) or head.lower() in SLOT_WORDS))
        or _says_replaced(printed)
        # held-out IT-JA (spent): `.....eks.amazonaws.com`, dots typed for the first labels (`...` alone, curl handed
        # a README's elision, is what was looked up: held-out R; two, an empty label: review)
        or (printed.startswith("...") and printed.strip(".") != "")
        # held-out MD-MK (spent): or the rest elided after it inside the slot's quotes (libpq's `"fs-pgbouncer..."`)
        or (printed.endswith(("...", "\u2026")) and printed.rstrip(".\u2026") != "")
        or is_empty_key(printed)
        or _TEMPLATE.fullmatch(printed) is not None
        # held-out KH-KO (spent): a shell variable left in a path handed to the resolver (`/cloudsql/$PROJECT:...`)
        or _SHELL_VARIABLE.search(printed) is not None
        or (printed != raw and is_placeholder(printed))  # a stand-in behind a user (`root@my-redacted-host.com`)
        # held-out KX-LE (review): a stand-in among names joined as handed over (cephadm's `192.168.0.12/xxx-node-02`,
        # GlusterFS' `gfs1.domain.com:gfs2.domain.com`, a list `zk1.domain.com:2181,zk2...`)
        or (_JOINED.search(printed) is not None and any(_stand_in_piece(p) for p in _JOINED.split(printed)))
        # (review, session 70) ssh's name with spaces holding a mark (`host1 <your-ip>`, `web1 {{ ansible_host }}`)
        or (" " in printed and is_placeholder(printed))
        # held-out ML-MS (review): a stand-in inside quotes typed into a setting (fluent-bit's `''logs.xxx.com''`)
        or (
            len(printed) > 2
            and printed[0] in _QUOTE_CHARS
            and printed[-1] == printed[0]
            and is_placeholder(printed[1:-1])
        )
    )


def _host(doc: Document, hit: Hit) -> tuple[str | None, bool]:
    """The hit's name (None: not a name) and whether it is a placeholder."""
    in_url = _url_name(doc.text, hit)
    if in_url is not None:
        return in_url
    if hit.quoted:  # issue #17 (held-out N): the quotes are part of the name looked up
        inner = clean_host(hit.host[1:-1], exact=True, ip_ok=True) if len(hit.host) > 2 else None
        return (f'"{inner}"' if inner is not None else None), False
    if hit.printed:  # issue #17 (held-out P): the format's slot holds it, as printed
        printed = without_userinfo(hit.host)
        return printed.lower(), _printed_stand_in(printed, hit.host)
    behind = host_after_userinfo(doc.text, hit.end)  # held-out BI: `penpot:penpot@postgres`
    if behind is not None:
        return clean_host(behind, hit.exact, hit.ip_ok), is_placeholder(behind)
    word = hit.host.lower()
    if (
        word in SLOT_WORDS
        and (hit.exact or _quoted_in(doc.text, hit))
        and (word != "name" or _ends_line(doc.text, hit))
    ):
        # LABELS.md: the word `hostname` where the name stands (`lookup Hostname on ...`, `Cannot resolve host
        # 'hostname'`) is the reporter's stand-in; in prose (`Could not resolve hostname`) it is no name at all
        return hit.host.lower(), True
    return clean_host(hit.host, hit.exact, hit.ip_ok), is_placeholder(hit.host)


# held-out ED, EJ (spent): a URL handed to the resolver as a name (gRPC's c-ares `DNS resolution failed for
# https://h:443: C-ares status is not ARES_SUCCESS qtype=A name=https://h:443`, nginx-otel's endpoint): a rule that
# reads a name up to a colon takes the scheme; LABELS.md labels the URL's host
_SCHEMES = frozenset({"http", "https", "grpc", "grpcs", "tcp", "udp", "ws", "wss", "tls", "ssl", "dns"})
_URL_AT = re.compile(r"[A-Za-z][A-Za-z0-9+.-]{0,15}://[^\s\"'<>,;()\[\]{}]{1,300}")


def _url_name(text: str, hit: Hit) -> tuple[str | None, bool] | None:
    """The name where the hit is a URL's part: a slot word as its host (issue #17, held-out L: `tls://hostname:6379`),
    or its scheme read as the name (held-out ED, EJ)."""
    word = url_word_host(text, hit.start, hit.end)
    if word is not None:
        return word, True
    behind_scheme = _url_after_scheme(text, hit)
    if behind_scheme is not None:
        return clean_host(behind_scheme, hit.exact), is_placeholder(behind_scheme)
    return None


def _url_after_scheme(text: str, hit: Hit) -> str | None:
    if hit.host.lower() not in _SCHEMES or not text.startswith("://", hit.end):
        return None
    line_end = text.find("\n", hit.end)
    # c-ares' `name=https` after it: gRPC looked up the scheme itself (collected-2026-12's chirpstack row)
    if re.search(r"\bname=" + re.escape(hit.host) + r"(?![:\w])", text[hit.end : None if line_end < 0 else line_end]):
        return None
    m = _URL_AT.match(text, hit.start)
    try:
        return urlsplit(m.group()).hostname if m else None
    except ValueError:
        return None


# LABELS.md (clause 1): `${...}`, `{{ ... }}` as printed are stand-ins, an unsubstituted one too (APISIX's `${{VAR}}`;
# held-out CK, spent; set V, labelled before LABELS.md, said otherwise)
_TEMPLATE = re.compile(r"\$?\{\{?[^{}\n]{1,100}\}\}?")
_SHELL_VARIABLE = re.compile(r"\$(?:[A-Za-z_][A-Za-z0-9_]{1,60}\b|\{[A-Za-z_]|\()")
_REPLACED_WORDS = frozenset({"replaced", "removed", "redacted", "hidden", "masked"})


def _says_replaced(printed: str) -> bool:
    """LABELS.md (clause 3, the reporter says so): a printed name of several words, one of which says it was put in
    for the real one (rsync's `"myhostname replaced"`); (clause 2) or one of which names the slot, the words
    describing the name instead of giving it (`"hostname of the database"`, held-out DO, spent)."""
    words = printed.lower().split()
    return (len(words) > 1 and any(w in _REPLACED_WORDS for w in words)) or describes_a_name(printed)


SLOT_WORDS = frozenset({"hostname", "name"})  # `name`: held-out IT-JA (spent), .NET's `...: 'name'`
"""Words for a name's slot that a reporter leaves where their name stood."""


_LINE_END_AFTER = re.compile(r"['\"\u2019]?[ \t.]*(?:$|\r|\n)")


def _ends_line(text: str, hit: Hit) -> bool:
    """`name` as the slot word only where the message ends with it (.NET's `...: 'name'`), not a program's word for a
    property (`Could not resolve 'name' property`; review)."""
    return _LINE_END_AFTER.match(text, hit.end) is not None


def _quoted_in(text: str, hit: Hit) -> bool:
    before, after = text[hit.start - 1 : hit.start], text[hit.end : hit.end + 1]
    return bool(before) and before == after and before in "'\"`"


_SOURCE_LINE = re.compile(
    r"\s{0,16}(?:raise\s|throw\s|return\s|(?:self\.)?log(?:ger|ging)?\.\w{1,20}\(|print\(|console\.\w{1,10}\(|fmt\.\w{1,12}\()"
)
"""A program's own source line as a traceback shows it: a placeholder in it is the format's slot, not a stand-in."""


_PORT_TAIL = re.compile(r"[a-z0-9]:\d{1,5}\Z")
_CONNINFO_TAIL = re.compile(r"[a-z0-9](?:\s[a-z_]{2,30}=[^\s]{0,200}){1,12}\Z")


_QUOTE_CHARS = frozenset("\"'")
TYPED_NAMES = 20
"""Quoted names looked up as printed in one paste (each adds a branch to one search of it)."""
# `normalize`'s typographic quotes: what each ASCII quote of a name may have been printed as
_TYPOGRAPHIC = frozenset(typed for typed, _ in TYPOGRAPHIC_QUOTES)
_AS_ASCII = str.maketrans(dict(TYPOGRAPHIC_QUOTES))
_TYPED_QUOTE = {
    plain: "[" + re.escape(plain) + "".join(typed for typed, ascii_ in TYPOGRAPHIC_QUOTES if ascii_ == plain) + "]"
    for plain in _QUOTE_CHARS
}


def _typed_quotes(text: str, hosts: list[str]) -> dict[str, str]:
    """Each quoted name of `hosts` as the paste printed it, with typographic quotes (held-out HA, spent: Node's
    `getaddrinfo ENOTFOUND “db”`, a configuration's quotes handed to the resolver with the name): the reading is done
    on ASCII quotes (`normalize`), the name is reported as printed. One search of the paste for all of them (review:
    a search each took seconds on a megabyte of quoted names)."""
    quoted = sorted({h for h in hosts if _QUOTE_CHARS & set(h)})[:TYPED_NAMES]
    if not quoted:
        return {}
    if not any(c in text for c in _TYPOGRAPHIC):
        if "\\u20" not in text:
            return {}
        text = unescape_json_strings(text)  # a JSON log's `\u201c`
        if not any(c in text for c in _TYPOGRAPHIC):
            return {}
    pattern = re.compile("|".join("".join(_TYPED_QUOTE.get(c, re.escape(c)) for c in h) for h in quoted), re.I)
    printed: dict[str, str] = {}
    for m in pattern.finditer(text):
        as_read = m.group(0).translate(_AS_ASCII).lower()
        if as_read in quoted and m.group(0) != as_read and as_read not in printed:
            printed[as_read] = m.group(0).lower()
            if len(printed) == len(quoted):
                break
    return printed


# the keys and options that set the name a client dials (`hostname=`, `"host": `, `REDIS_HOST=`, `XMPP_SERVER:`,
# `--host `), or a URL's authority
_CONFIGURED = re.compile(
    r"(?:(?:host(?:name)?|server|address)[\"']?\s{0,2}[=:]\s{0,2}[\"']?|--host(?:name)?[=\s]\s{0,2}|://)"
    r"(?P<host>[a-z0-9_\-]{1,63}(?:\.[a-z0-9_\-]{1,63}){0,20})"
)
CONFIGURED_READ = 5000
"""Configured names read per paste (a hostile paste of them)."""


def _configured(doc: Document, host: str) -> bool:
    """held-out JJ-JQ (spent): whether the paste shows `host` configured as the name to dial (`[hostname=h ...]`,
    `host: h`, `://h`): a name with `svc` twice so set (a chart's values that put a namespace in twice) was asked as
    printed, not made by a search path (Jitsi's `UnknownHostException: h.ns.svc.kube-system.svc.cluster.local`). The
    paste's configured names are read once."""
    names = doc.memo.get("configured")
    if names is None:
        found: set[str] = set()
        for n, m in enumerate(_CONFIGURED.finditer(doc.lower)):
            if n >= CONFIGURED_READ:
                break
            found.add(m.group("host"))
        names = doc.memo["configured"] = frozenset(found)
    return host.rstrip(".").lower() in names  # type: ignore[operator]


def _without_printed_heads(kept: list[DnsFailure], stated: set[tuple[str, str]]) -> list[DnsFailure]:
    """Failures without the head of a string looked up as printed, which other readings take from it as a name."""
    # held-out EX (spent): ssh handed `h.:48787` prints `Could not resolve hostname h:48787`, the string as looked up;
    # the host part other readings take from it (`h`, port 48787) is that same failure
    heads = {f.host.rsplit(":", 1)[0] for f in kept if _PORT_TAIL.search(f.host)}
    # held-out ML-MS (spent): libpq handed a connection string as its host (`"localhost port=5432 dbname=d"`): the name
    # at its head, as only the reporter's words take it, is that same failure (review: not where a message of its own
    # states the head failing, `could not translate host name "db"` below)
    conninfo = {f.host.split(" ", 1)[0] for f in kept if _CONNINFO_TAIL.search(f.host)}
    if not heads and not conninfo:
        return kept
    return [f for f in kept if f.host not in heads and (f.host not in conninfo or (f.host, f.kind) in stated)]


def parse_failures(text: str) -> Failures:
    """The DNS-resolution failures in `text` (a chat message, a log, a stack trace), one per (host, kind).

    When a message says only that a name failed ("other", or a kind only assumed for such messages, like wget's
    "unable to resolve host address") and another says how, the specific one wins.
    A placeholder name (`*****`, `<node>`, `$(VAR)`) is reported with `redacted=True` and no Service.
    """
    return parse_with(text)


def parse_with(text: str, *, specific: bool = True, generic: bool = True) -> Failures:
    """`parse_failures` with the specific rules, the generic rule (`checks.parsing.generic`), or both: the generic
    rule reads only lines where the specific ones found no name. One of them alone is for measuring it."""
    doc = Document(normalize(text))
    hits, stop, partial = _hits(doc) if specific else ([], len(doc.text), False)
    named = {id(h): _name_of(doc, h) for h in hits}
    if generic:
        taken = {doc.line_bounds(h.start)[0] for h in hits if named[id(h)][0] is not None}
        more = [h for h in generic_hits(doc, taken, stop) if not _cut_short(doc, h)]
        hits = sorted(hits + more, key=lambda h: h.start)
    found: dict[tuple[str, str], DnsFailure] = {}
    stated: set[tuple[str, str]] = set()  # (host, kind) that some message states, not only assumes
    offsets: dict[tuple[str, str], list[int]] = {}
    blocked = blocked_answers(doc.lower)
    for hit in hits:
        host, placeholder = named.get(id(hit)) or _name_of(doc, hit)
        if host is None or (doubled_search_name(host, hit.kind) and not _configured(doc, host)):
            continue  # issue #17 (held-out X): `x.default.svc.default.svc.cluster.local`, a search-path try
        if placeholder and _SOURCE_LINE.match(doc.text, doc.line_bounds(hit.start)[0]):
            continue  # source-mined: a traceback's code line, `raise ValueError(f"Could not resolve: {hostname}")`
        if (
            is_reverse_name(host)
            or resolved_then_checked(doc.text, hit.end)
            or (blocked and blocked_after_resolving(blocked, doc.lower, host, hit.start))
        ):
            # a PTR look-up (dnsproxy's `failed to exchange ;4.3.2.1.in-addr.arpa. IN PTR`): LABELS.md; (source-mined,
            # round 7) a name that resolved, then failed a check (pg_auto_failover's `"h" to a local IP address`);
            # held-out JJ-JQ (spent): or whose answer the client's own policy blocked (Synapse's IP blacklist)
            continue
        asked = asked_name(doc, hit.start, host, placeholder=placeholder)  # held-out AR, BD: not its expansion
        if asked:
            host, placeholder = asked, placeholder and is_placeholder(asked)
        offsets.setdefault((host, hit.kind), []).append(hit.start)
        if not hit.assumed and hit.kind != "other":
            stated.add((host, hit.kind))
        if (host, hit.kind) not in found:
            found[(host, hit.kind)] = _failure(doc, hit, host, placeholder)
    stated_hosts = {host for host, _ in stated}
    # issue #17 (held-out R): a URL handed to the resolver as a name (`getaddrinfo ENOTFOUND redis://redis:6379`) is
    # the name looked up; its host part read from the error object's `hostname:` field below is that same failure
    copies = url_field_copies(doc.text, offsets)
    found = {key: f for key, f in found.items() if key not in copies}
    kept = [f for key, f in found.items() if key in stated or key[0] not in stated_hosts]
    # source-mined (Kafka's `Can't resolve address: h:9092` over `UnresolvedAddressException`): two messages that
    # both only say the name failed, one in words a kind is assumed for, the other with no kind: one failure
    assumed = {f.host for f in kept if f.kind != "other" and f.host not in stated_hosts}
    kept = [f for f in kept if f.kind != "other" or f.host not in assumed]
    bases = srv_bases([f.host for f in kept if f.kind != "other"])  # issue #17 (held-out Y): see srv_base
    if bases:
        kept = [f for f in kept if f.kind != "other" or f.host.rstrip(".").lower() not in bases]
    # held-out BJ (spent): `host h`'s A answer before its AAAA query's `Host h not found: 3(NXDOMAIN)`; held-out FA
    # (spent): busybox nslookup's A answer before its AAAA query's `** server can't find h: SERVFAIL`
    kept = [
        f
        for f in kept
        if f.kind not in ("nxdomain", "servfail")
        or not all(answered_above(doc, at, f.host) for at in offsets[(f.host, f.kind)])
    ]
    kept = _without_printed_heads(kept, stated)
    cut = cut_fragments(doc.lower, [f.host for f in kept])  # issue #17 (held-out AB): a name a terminal cut
    if cut:
        kept = [f for f in kept if f.host not in cut]
    kept = without_masked_twins(kept, lambda f: {doc.line_bounds(at)[0] for at in offsets.get((f.host, f.kind), ())})
    if any(_QUOTE_CHARS & set(f.host) for f in kept):
        printed = _typed_quotes(text, [f.host for f in kept])
        kept = [replace(f, host=printed.get(f.host, f.host)) for f in kept]
    said = StandIns(doc.lower)
    failures = Failures(
        replace(f, redacted=True, service=None, namespace=None) if not f.redacted and said.says_stand_in(f.host) else f
        for f in kept
    )
    failures.partial = partial or doc.ran_out
    return failures
