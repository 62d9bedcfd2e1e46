"""Resolvers and DNS tools: Go's resolver, CoreDNS's errors, loop and log plugins, nslookup (BIND, busybox, Windows),
dig, host, dog, DnsClient and miekg/dns users."""

from __future__ import annotations

import re
from dataclasses import replace

from checks.parsing.answered_block import answered_expansion
from checks.parsing.document import Document, Segment
from checks.parsing.hosts import HOST, is_ip, is_reverse_name, typed_word
from checks.parsing.kinds import GO_REASONS, RCODES, classify, from_rcode, from_rcode_number, go_reason_kind
from checks.parsing.model import FailureKind
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import NESTED_LOOKUP, Hit, LazyPattern, Rule, hit, rx
from checks.parsing.rules.go_lookups import IPV6_PIECES, go_wrapped, spaced_name_at
from checks.parsing.search_expansion import LOG_LINES, logged_names, search_expansion

# --- Go: "dial tcp: lookup NAME on 10.96.0.10:53: read udp ...: i/o timeout" -------------------------

_GO = rx(
    # issue #17 (held-out AN): or a word in another script typed in the name's slot (`lookup 我的域名 on [::1]:53:`,
    # "my domain name"): the reporter's stand-in for theirs, reported as printed (hosts.typed_word)
    # held-out ID-IK (spent): never `on`, the word before the server when a reporter cut the name out (`lookup on
    # [someipAddress] no such host`); the server a placeholder too (`lookup <hostname> on <ip>: read udp ...`)
    # (session 59: nor `on` with the server cut out too, `lookup on: no such host`)
    # held-out IT-JA (spent): or a placeholder glued to `lookup`, the space lost with the paste's markup
    r"(?P<dial>dial\s(?:tcp|udp)[46]?:\s)?lookup(?:\s{1,3}|(?=<[A-Za-z]))(?!on[\s:])"
    r"(?P<host>{H}|[^\x00-\x7f\s]{1,40}(?:[-_][^\x00-\x7f\s]{1,40}){0,3})"
    r"(?:\s{1,3}on\s{1,3}(?P<server>\[[0-9a-f:.]{2,45}\](?::\d{1,5})?|[^\s\[\]]{1,64}?:\d{1,5}"
    r"|<[A-Za-z][\w\-]{0,30}>(?::\d{1,5})?(?=:)))?"
    r"(?P<sep>\s{0,3}:|\s{1,3}(?=\S)|[ \t]{0,3}$|(?<=\d)(?=[\"'`]))(?=(?P<rest>[^\n]{0,200}))"
)


_GO_CONTINUATION = re.compile(
    # held-out FL (spent): or the addresses elided by the reporter (`read udp ... i/o timeout`)
    r"\s{0,8}(?:(?:read|write)\b[^\n]{0,120}?(?::\s{1,2}|\s\.\.\.\s))?(?:"
    + "|".join(re.escape(reason).replace(r"\ ", r"\s") for reason in GO_REASONS)
    + ")"
)
"""The rest of Go's chain at a line's start: `[read udp a->b:53: ]<reason>` (not another log record's words)."""


def _next_line_reason(seg: Segment, rest: str) -> FailureKind | None:
    """The reason of a Go lookup error whose line ends before it: Terraform's diagnostics box (`│ ` before each line)
    wrapped at the terminal's width, or a chain copied from a terminal with its line broken after a colon (`read udp
    a->b:53: ` / `read: connection refused`, issue #17, held-out AH) where the next line goes on in Go's words."""
    below = seg.lines_after(1)
    if not below:
        return None
    line = below[0].lstrip()
    if line.startswith("\u2502"):
        return classify(line[1:])
    if rest.rstrip().endswith(":") and _GO_CONTINUATION.match(below[0]):
        return classify(below[0])
    return _reason_across_wrap(rest.rstrip(), line.rstrip())


_GO_REASON = re.compile("|".join(re.escape(reason).replace(r"\ ", r"\s") for reason in GO_REASONS), re.I)
_PORT_WRAPPED = re.compile(r"\d{1,5}:\s{1,2}(?:read:\s{1,2})?")


def _reason_across_wrap(left: str, right: str) -> FailureKind | None:
    """Go's reason broken by a terminal's wrap: a soft wrap between its words (snap's `read: connection` / `refused`,
    the next line indented), or a hard one inside the server's address (`...->192.168.65.1:` / `53: i/o timeout.`,
    Docker for Windows' fixed width): the reason only if it straddles the break or follows the wrapped port."""
    if not right or len(right) > 400:
        return None
    port = _PORT_WRAPPED.match(right) if left.endswith(":") else None
    cut = len(left)
    for sep in (" ", ""):
        joined = left + sep + right
        for r in _GO_REASON.finditer(joined, max(0, cut - 30), cut + 40):
            after_port = port is not None and sep == "" and r.start() == cut + port.end()
            if r.start() < cut < r.end() or after_port:
                return go_reason_kind(r.group(0))
    return None


_URL_AFTER_SCHEME = re.compile(r"//(?:[^\s/@]{1,256}@)?(" + HOST + r")")
"""The host of a URL whose scheme the `lookup` slot read as the name (`lookup http://h:5044: ...`)."""

_ELIDED_SERVER = re.compile(r"on\s(?:\.{3}|\u2026)")
"""`lookup h on ...`: the reporter elided the server and the reason (issue #17, held-out AI)."""

# `tcp: ` right before `lookup` (read in `_go`, not as an alternative of `_GO`'s opening: that doubled the regex's cost
# on every line holding `lookup `)
_NET_BEFORE = re.compile(r"(?<![\w/\-])(?:tcp|udp)[46]?:\s\Z")
# survey 7: pgx's `hostname resolving error: lookup h: operation was canceled` (its own words before Go's error)
_PGX_BEFORE = re.compile(r"hostname\sresolving\serror:\s\Z")


_SERVER_ELIDED = re.compile(r"on\s{1,3}[0-9a-fA-F.:\[\]]{1,45}(?:\.\.\.|\u2026)[\"'`]?\s*$")


def _go_short(m: re.Match[str], seg: Segment) -> tuple[bool, Hit | None]:
    """Go's line that stops at the name or its server (whether it does, and what it reads): `dial tcp: lookup h on
    S:53"` (a log's quoted message cut there, held-out CB: no reason), or `lookup h` with `on S:53: <reason>` on the
    next line; or an empty name (`lookup  on 10.96.0.10:53: no such host`, found by probing: no name to read)."""
    if m.group("host").lower() == "on" and _ADDRESS_SERVER.match(m.group("rest").lstrip()):
        return True, None
    if m.group("dial") and _SERVER_ELIDED.match(m.group("rest")):
        # held-out HF-HM (spent): ECS's `dial tcp: lookup registry-1.docker.io on 172.31.0...`, the message cut
        # inside the server's address: Go's failed look-up, its reason cut off
        kind = unstated("a stated failure (`h could not be resolved`, `lookup of h failed`), no reason")
        return True, hit(m, seg, kind, exact=True)
    if not m.group("sep") and m.group("dial") and m.group("server"):
        kind = unstated("a stated failure (`h could not be resolved`, `lookup of h failed`), no reason")
        return True, hit(m, seg, kind, server=m.group("server"), exact=True)
    if not m.group("sep").strip() and not m.group("rest").strip():
        # held-out CB: the name ends its line and Go's server and reason go on below (a paste broken by hand:
        # `lookup h` / `  on 172.18.0.2:53: no such host`), read as go_lookups reads `dial tcp: lookup h` so wrapped
        wrapped = go_wrapped(m, seg)
        if wrapped is None and m.group("dial") and not seg.lines_after(1):
            # held-out EH (spent): `dial tcp: lookup registry-1.docker.io ` ending the paste, the rest cut off: Go's
            # failed look-up, no reason left
            kind = unstated("a stated failure (`h could not be resolved`, `lookup of h failed`), no reason")
            return True, hit(m, seg, kind, exact=True)
        return True, wrapped
    return False, None


_BEFORE_GO_REASON = re.compile(r"(?P<printed>[0-9a-f:]{2,40}?):\s", re.I)


def _ipv6_pieces_at(text: str, at: int) -> bool:
    """Whether Go's printed name at `at`, up to its `: <reason>`, is an IPv6 address's pieces (`lookup fe80:: ...`)."""
    printed = _BEFORE_GO_REASON.match(text, at)
    return printed is not None and IPV6_PIECES.fullmatch(printed.group("printed")) is not None


def _go(m: re.Match[str], seg: Segment) -> Hit | None:
    if not m.group("host").isascii():
        return _go_typed_word(m, seg)
    short, found = _go_short(m, seg)
    if short:
        return found
    has_colon = ":" in m.group("sep")
    net = not m.group("dial") and _NET_BEFORE.search(seg.text, max(0, m.start() - 7), m.start()) is not None
    if (
        (has_colon and m.group("rest").startswith(": "))
        or _ipv6_pieces_at(seg.text, m.start("host"))
        or (not has_colon and not (m.group("dial") or net))
        or (has_colon and not m.group("server") and NESTED_LOOKUP.match(m.group("rest")))
        or (m.group("dial") and not has_colon and spaced_name_at(seg.text, m.start("host")))
    ):
        # "lookup table for the config": Go always puts a colon after the name; (source-mined) Dapr's `failed to
        # lookup addresses: lookup h ...`: the inner lookup names the host; held-out HV-IC (spent): `dial tcp: lookup
        # nsqd node1: i/o timeout`, the two words the name Go looked up (the `go-lookup-spaced` rule's)
        # held-out MD-MK (spent): `lookup my.local.registry:: no such host` (a URL's `h::9005`): Go looked up the
        # name with its colon, read as printed (`go-lookup-as-printed`); `lookup fda1:5099:ee66:: no such host` (an
        # IPv6 address left unbracketed in a URL, cut at its last colon): an address's pieces, no name (LABELS.md)
        return None
    # issue #17 (held-out X): `tcp: lookup <registry> i/o timeout`, Go's `dial tcp: lookup h: <reason>` retyped with
    # `dial` and the colon lost: the network before `lookup` says it is Go's, the reason must still follow
    # (held-out FL, spent: the line ends on the server's `:53:`, the separator's colon ends it)
    ended = m.group("rest") if m.group("rest").strip() else m.group("sep")
    kind = _cut_reason(seg, m.group("rest")) or classify(m.group("rest")) or _next_line_reason(seg, ended)
    # held-out DI (spent): weave's `lookup 192.168.51.101192.168.51.102: invalid domain name` (two addresses run
    # together in its peer list): the string as looked up, no resolver's reason (`other`)
    invalid = has_colon and _INVALID_NAME.match(m.group("rest")) is not None
    # held-out DI (spent): `lookup h on S:53: dial udp S:53: connect: resource temporarily unavailable`: the socket
    # to the server failed (EAGAIN), no resolver's answer; as LABELS.md's `connect: network is unreachable`, `other`
    # (a refused port stays `refused`, a timed-out one `timeout`)
    if invalid or (kind == "temporary" and _DIAL_CONNECT_FAILED.match(m.group("rest"))):
        kind = "other"
    if kind is None:
        elided = m.group("dial") is not None and _ELIDED_SERVER.match(m.group("rest")) is not None
        resolving = _PGX_BEFORE.search(seg.text, max(0, m.start() - 30), m.start()) is not None
        # held-out DE (spent): `listen tcp: lookup localhost: no DNS servers` (an old Go's words): the network before
        # `lookup` says it is Go's own line, as `dial` does
        if not (elided or (has_colon and (m.group("dial") or m.group("server") or resolving or net))):
            return None
        kind = "other"
    # `lookup SERVER on 10.0.0.2:53: no such host`; (held-out BT) `listen tcp: lookup 0.0.0: no such host`: Go's own
    # line, the name as it looked it up
    exact = bool(m.group("dial") or m.group("server") or (net and has_colon))
    url = _URL_AFTER_SCHEME.match(m.group("rest")) if m.group("sep").endswith(":") else None
    if url is not None:  # issue #17 (held-out AK): `lookup http://logstash:5044: no such host`, a URL handed over
        # (corpus set R: `dial tcp: lookup PLAINTEXT://192.168.100.5:9092: no such host`, the URL's address as printed)
        return hit(m, seg, kind, host=url.group(1), server=m.group("server"), exact=True, ip_ok=bool(m.group("dial")))
    # held-out DE (spent): etcd's `lookup 0.0.0.0:7001: no such host`: an address and port handed to the resolver as
    # one name (Go parses a bare address without looking it up), reported as the address
    address = is_ip(m.group("host")) and m.group("sep").endswith(":") and _PORT_AFTER.match(m.group("rest")) is not None
    # held-out JB-JI (spent): `lookup <bucket_name><domain_name>on <ip>:53: no such host`, the space before Go's `on`
    # lost after a reporter's placeholder: the placeholder alone is the name
    glued_on = m.group("host").endswith(">on") and _GLUED_ON_SERVER.match(m.group("rest")) is not None
    return hit(
        m,
        seg,
        kind,
        host=m.group("host")[:-2] if glued_on else None,
        server=m.group("server"),
        exact=exact or address or invalid or glued_on,
        ip_ok=address,
    )


_GLUED_ON_SERVER = re.compile(r"(?:<[A-Za-z][\w\-]{0,30}>|\[?[0-9A-Fa-f:.]{2,45}\]?):53:\s")


CUT_REASON = 6
"""The fewest characters of Go's reason read where the line cuts it (`no such hos`)."""


def _cut_reason(seg: Segment, rest: str) -> FailureKind | None:
    """held-out EH (spent): Go's reason cut where its line ends (`lookup h on [2001:4860:4860::8844]:53: no such hos`,
    a terminal's or a paste's cut): the reason it is the start of, where only one starts so; not where the next line
    goes on in words (`read: connection` / `reset by peer`, a wrap)."""
    if len(rest) >= 200:
        return None  # the line goes on past what `rest` holds
    tail = rest.rstrip().rsplit(": ", 1)[-1].strip().lower()
    kinds = {kind for reason, kind in GO_REASONS.items() if reason.startswith(tail) and reason != tail}
    if len(tail) < CUT_REASON or len(kinds) != 1:
        return None
    below = seg.lines_after(1)  # read only for a cut reason: a look-around a paste has a budget of
    return None if below and below[0].lstrip()[:1].islower() else kinds.pop()


_DIAL_CONNECT_FAILED = re.compile(r"\s{0,2}dial\s(?:udp|tcp)[46]?\s\S{1,60}:\s(?:connect|socket):\s", re.I)
_INVALID_NAME = re.compile(r"\s{0,2}invalid\sdomain\sname\b", re.I)


_PORT_AFTER = re.compile(r"\d{1,5}(?:\s{1,3}on\s[^\s]{1,64})?:\s")
"""The port after an address Go looked up as a name, then its colon (`lookup 0.0.0.0:7001: no such host`)."""

_ADDRESS_SERVER = re.compile(r"\[[0-9a-fA-F:.]{2,45}\]:\d{1,5}|\d{1,3}(?:\.\d{1,3}){3}:\d{1,5}")
"""The server Go's resolver names: an address and port (`[::1]:53`, `10.96.0.10:53`), not a word (`on db:5432`)."""


def _go_typed_word(m: re.Match[str], seg: Segment) -> Hit | None:
    """Only with Go's server, an address, and the colon after it: a lookup table in prose (`lookup 表 为空`) is
    none."""
    server = m.group("server")
    if not (typed_word(m.group("host")) and server and _ADDRESS_SERVER.fullmatch(server) and ":" in m.group("sep")):
        return None
    kind = classify(m.group("rest")) or "other"
    return replace(hit(m, seg, kind, server=m.group("server"), exact=True), printed=True)


# --- CoreDNS: "[ERROR] plugin/errors: 2 NAME. A: read udp a->b:53: i/o timeout" ----------------------

_COREDNS = rx(
    r"plugin/errors:\s{1,3}\d{1,3}\s{1,3}(?P<host>{H})\s{1,3}[A-Z0-9]{1,10}:\s{0,3}(?=(?P<rest>[^\n]{0,200}))"
)
_UPSTREAM = re.compile(r"->(\[[0-9a-fA-F:.]{2,45}\]:\d{1,5}|[0-9.]{7,15}:\d{1,5})")


def _coredns(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = m.group("rest")
    upstream = _UPSTREAM.search(rest)
    return hit(m, seg, classify(rest) or "other", server=upstream.group(1) if upstream else None, exact=True)


# --- CoreDNS's loop plugin: the HINFO probe it saw come back ---------------------------------------------

_COREDNS_LOOP = rx(r"(?:Query:\s{0,3}\"|Seen\s\")HINFO\s(?:IN\s)?(?P<host>{H})")


def _coredns_loop(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, "other", exact=True) if "plugin/loop" in seg.around(m.start())[0] else None


# --- CoreDNS's log plugin: `"A IN name. udp 50 false 512" NXDOMAIN qr,aa,rd 143 0.0001s` -----------------

LOG_QUERY = rx(
    r"\"(?P<qtype>[A-Z0-9]{1,10})\sIN\s(?P<host>{H})\s(?:udp|tcp)\s\d{1,6}\s(?:true|false)\s\d{1,6}\"\s"
    r"(?P<rcode>[A-Z]{4,9})\b"
)


_NO_ANSWER_RCODES = frozenset({"FORMERR", "NOTIMP"})
"""RCODEs that answer no name (the server could not read or will not serve the query): a failed look-up, no kind of
its own (`other`)."""


def log_queries(doc: Document) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """(names the log plugin shows answered NOERROR, by first label; every name it shows asked), read once."""
    return logged_names(doc, "coredns-log", LOG_QUERY.compiled)


def _log_query(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = RCODES.get(m.group("rcode"))
    if kind is None and m.group("rcode") in _NO_ANSWER_RCODES and m.group("qtype") not in ("HINFO", "ANY"):
        # held-out EJ (spent): NodeLocal DNSCache's `"A IN h. udp 38 false 512" FORMERR qr,rd`; not where the same
        # name was answered (an AAAA's NOTIMP beside its A's NOERROR, a retry without EDNS: review), nor for ANY
        name = m.group("host").rstrip(".").lower()
        answered, _ = log_queries(seg.doc)
        kind = None if name in answered.get(name.split(".", 1)[0], frozenset()) else "other"
    if kind is None:
        return None
    if m.group("qtype") == "HINFO":  # the loop plugin's probe is meant to get NXDOMAIN, not SERVFAIL or REFUSED
        return hit(m, seg, kind, exact=True) if kind != "nxdomain" else None
    answered, asked = log_queries(seg.doc)
    name = m.group("host").rstrip(".").lower()
    if search_expansion(name, answered, asked):
        return None
    if kind == "nxdomain" and m.group("qtype") == "AAAA" and name in answered.get(name.split(".", 1)[0], frozenset()):
        # held-out GO (spent): a server answering AAAA NXDOMAIN for a name whose A it answered NOERROR (the name
        # exists; an address family it has no record of): no failure
        return None
    if kind == "servfail":  # the SERVFAIL answered because the forward failed: the failure is the error's
        kind = errored_names(seg.doc).get(name, kind)
    return hit(m, seg, kind)


# CoreDNS's errors plugin naming the query whose forward failed: `[ERROR 0 h. A] bad upstream ...` (before 1.2),
# `[ERROR] plugin/errors: 2 h. A: read udp ...: i/o timeout`, and the error after it
_ERROR_LINE = LazyPattern(
    r"\[ERROR(?:\s\d{1,5}\s(?P<old>[^\s\]]{1,253})\s[A-Z0-9]{1,10}\]|\]\splugin/errors:\s\d{1,5}\s(?P<new>[^\s]{1,253})"
    r"\s[A-Z0-9]{1,10}:)(?P<error>[^\n]{0,300})"
)


def errored_names(doc: Document) -> dict[str, FailureKind]:
    """The names CoreDNS's errors plugin logged a failed forward for, with the kind its error says, read once per
    paste: the SERVFAIL its log plugin shows for such a name is the answer that failure caused (held-out CW, spent)."""
    cached = doc.memo.get("coredns-errors")
    if cached is None:
        names: dict[str, FailureKind] = {}
        for n, e in enumerate(_ERROR_LINE.finditer(doc.text)):
            if n >= LOG_LINES:
                break
            kind = classify(e.group("error"))
            if kind is not None and kind != "servfail":
                names.setdefault((e.group("old") or e.group("new")).rstrip(".").lower(), kind)
        cached = doc.memo["coredns-errors"] = names
    return cached  # type: ignore[return-value]


# --- nslookup: "** server can't find NAME: NXDOMAIN", busybox "nslookup: can't resolve 'NAME'" -------

_NS_SERVER = re.compile(
    r"^\s*(?:Server|Address(?:\s1)?):\s{1,20}([0-9.]{7,15}|[0-9a-fA-F:]{2,45})(?:[#:](\d{1,5}))?\s*$"
)


def _nslookup_server(seg: Segment) -> str | None:
    """The server nslookup printed at its top ("Address: 10.96.0.10#53"), a few lines up."""
    for line in seg.lines_before(6):
        m = _NS_SERVER.match(line)
        if m:
            return f"{m.group(1)}:{m.group(2) or 53}"
    return None


# "** server can't find NAME: NXDOMAIN" (BIND, busybox), "*** UnKnown can't find NAME: Non-existent domain"
# (Windows), "*** Can't find NAME: No answer" (busybox: no record of that type).
_CANT_FIND = rx(
    r"\*{2,3}\s{0,3}(?:[^\s*]{1,100}\s)?can'?t\sfind\s(?P<host>{H}):\s{0,3}(?P<msg>[A-Za-z][A-Za-z \-]{0,40})"
)
_CANT_FIND_KINDS: tuple[tuple[str, FailureKind], ...] = (
    ("nxdomain", "nxdomain"),
    ("non-existent domain", "nxdomain"),
    ("servfail", "servfail"),
    ("server failed", "servfail"),
    ("refused", "refused"),
    ("no response from server", "timeout"),
    ("timed out", "timeout"),
    ("no answer", "nxdomain"),
    # issue #17 (survey 5): Windows nslookup's documented diagnostics (nslookup__notes.htm)
    ("query refused", "refused"),
    ("connection refused", "refused"),
    ("no records", "nxdomain"),
    ("server failure", "servfail"),
)
_CANT_RESOLVE = rx(r"nslookup:\s{1,3}can'?t\sresolve\s{1,3}{Q}?(?P<host>{H}){Q}?(?=(?P<rest>[^\n]{0,80}))")
_ANSWER_NAME = re.compile(r"^\s*Name:\s")
_BLOCK_START = re.compile(r"^\s*(?:Server:\s|.{0,80}[#$>]\s{0,3}nslookup\s)|server\scan'?t\sfind\s")


def _no_answer_counts(seg: Segment) -> bool:
    """busybox prints "No answer" for each name and type without records, also when another type answered.
    It is a failure only in nslookup output (a Server: header or an NXDOMAIN above) with no answer in it."""
    for line in seg.lines_before(14):
        if _ANSWER_NAME.match(line):
            return False
        if _BLOCK_START.search(line):
            return True
    return False


def _answered_below(seg: Segment, host: str) -> bool:
    """issue #17 (held-out Y): busybox prints a type's "No answer" before the other type's answer as often as after
    it (`*** Can't find h: No answer`, a blank line, `Name: h` / `Address: ...`): the same name answered below,
    within the same run's output, means only that type had no record."""
    for line in seg.lines_after(6):
        if _BLOCK_START.search(line):
            return False
        if _ANSWER_NAME.match(line):
            return line.split(":", 1)[1].strip().rstrip(".").lower() == host.rstrip(".").lower()
    return False


def _cant_find(m: re.Match[str], seg: Segment) -> Hit | None:
    if is_reverse_name(m.group("host")):
        return None  # issue #17 (held-out AZ): `nslookup <address>`'s reverse look-up; LABELS.md: no failure
    msg = m.group("msg").lower()
    kind: FailureKind = next((k for word, k in _CANT_FIND_KINDS if msg.startswith(word)), "other")
    if msg.startswith("no answer") and (not _no_answer_counts(seg) or _answered_below(seg, m.group("host"))):
        return None
    if kind == "nxdomain" and answered_expansion(seg, m.group("host")):
        return None  # issue #17 (survey 5): busybox's search-path NXDOMAINs around the answer
    found = hit(m, seg, kind, server=_nslookup_server(seg))
    # held-out JJ-JQ (spent): an empty label (`pcscf..ims.mnc001.mcc001.3gppnetwork.org`, a name built from an unset
    # part) is what was asked, reported as printed
    return replace(found, printed=True) if ".." in m.group("host").strip(".") else found


def _cant_resolve(m: re.Match[str], seg: Segment) -> Hit | None:
    # busybox's old nslookup prints no reason; like curl's "Could not resolve host", read as NXDOMAIN.
    return hit(m, seg, classify(m.group("rest")) or "nxdomain", server=_nslookup_server(seg))


# --- dig: ";; connection timed out; no servers could be reached", "status: SERVFAIL" -------------------

# an option and its value: dig's (-p port, -t type, ...) and host's (-R retries, -W wait, -N ndots, -m flag; case
# matters: `host -r name` is a flag, its name follows)
_SKIP_ARG = (
    r"(?:(?:-[pbcfkqtxy]|(?-i:-[RWNm]))\s{1,3}[^\s]{1,100}|[@+\-][^\s]{1,100}|(?:A|AAAA|SRV|TXT|HINFO|PTR|MX|NS|ANY|CNAME|SOA)(?=\s))"
    r"\s{1,3}"
)
# (held-out GM's off-frame row, spent: c-ares' adig prints `; <<>> c-ares DiG 1.34.5 <<>> h`)
_DIG_HEADER = rx(
    r"<<>>\s{1,3}(?:c-ares\s)?DiG\s[^<\n]{0,60}<<>>\s{1,3}(?P<args>(?:" + _SKIP_ARG + r"){0,6})(?P<host>{H})"
)
_COMMAND = rx(
    r"(?<![\w.\-])(?:nslookup|dig|host|dog|doggo|kdig|drill|dug)\s{1,3}"
    # issue #17 (held-out BB): a message's `host unreachable`, `host not found`: the word, not host(1) and a name
    r"(?!(?:unreachable|not|is|was|down|unknown)(?![\w.\-]))"
    # issue #17 (held-out AD): never another tool's name (`kubectl exec -ti dig -- nslookup h`: a pod named dig)
    # (the options atomic: a name refused here is no match, not an option's value taken instead: `dig -c CH host`)
    r"(?P<args>(?>(?:" + _SKIP_ARG + r"){0,6}))(?!-|(?:nslookup|dig|host|dog|doggo|kdig|drill|dug)(?![\w.\-]))"
    r"['\"]?(?P<host>{H})"  # held-out CM (spent): the shell's quotes around the name (`nslookup -type=a 'h' 'S'`)
)
_DIG_AT = re.compile(r"@\[?([0-9a-fA-F:.]{3,45})\]?")
# dig ";name. IN A"; kdig and drill ";; name. IN A" (issue #17)
_QUESTION = rx(r"^;(?:;\s{1,3})?(?P<host>{H})\s{1,40}IN\s{1,40}[A-Z]{1,10}\s*$")
# nslookup -debug (Windows): "    portal.example.com, type = A, class = IN"; DnsClient: "Questions : {x.com. IN A}"
_QUESTION_OTHER = rx(
    r"^(?:(?P<host>{H}),\stype\s=\s[A-Z]{1,10},\sclass\s=\sIN|Questions\s{0,20}:\s{0,3}\{(?P<host2>{H})\sIN\s)"
)


_URL_GIVEN = re.compile(r"://[^\s/]{1,253}")


def _as_given(line: str, m: re.Match[str]) -> str:
    """issue #17 (held-out M): `dig http://h`: the tool looks up the URL's text as one name (its QUESTION section shows
    `;http://h.`), so the name is the URL up to its path as printed, never the scheme alone (HELDOUT-m.md)."""
    url = _URL_GIVEN.match(line, m.end("host"))
    return m.group("host") + url.group(0) if url else m.group("host")


# issue #17 (held-out AH): interactive nslookup, the name typed at its prompt (`> rancher-metadata`; the `> ` is gone
# when the paste was read as a Markdown quote), not one of its commands (`> server 10.0.0.10`, `> set debug`); read
# only under `nslookup` run with no argument (the interactive session)
_NSLOOKUP_COMMAND = r"(?:server|lserver|set|exit|ls|root|finger|view|help)\b"
_PROMPT = rx(r"^(?:>\s)?(?!" + _NSLOOKUP_COMMAND + r")(?P<host>{H})$")
PROMPT_LINE = 260
"""The longest line read as a name typed at the prompt (`> ` and a name of at most 253 characters)."""
_TYPED_COMMAND = re.compile(r"(?:>\s)?" + _NSLOOKUP_COMMAND, re.I)
_INTERACTIVE = re.compile(r"(?:^|\n)[ \t]{0,8}(?:[$#>][ \t]{0,3})?nslookup[ \t]{0,8}(?:\n|$)")


def _typed_at_prompt(seg: Segment, line: str) -> re.Match[str] | None:
    first = seg.doc.memo.get("interactive-nslookup")  # where the paste first runs it (searched once a paste)
    if first is None:
        found = _INTERACTIVE.search(seg.doc.lower)
        first = seg.doc.memo["interactive-nslookup"] = found.start() if found else len(seg.doc.lower)
    text = line.strip()
    if not (isinstance(first, int) and first < seg.line_start) or len(text) > PROMPT_LINE:
        return None
    m = _PROMPT.match(text)
    return m if m and any(c.isalpha() for c in m.group("host")) else None  # a name, not `---` or `1`


# held-out EI (spent): dig's header with its start cut off by the excerpt (` @208.67.222.222 myip.opendns.com`), read
# only as the line right above dig's own `; (1 server found)`: its arguments, the name last
_SERVERS_FOUND = re.compile(r";\s\(\d{1,3}\sservers?\sfound\)")
_HEADER_CUT = rx(r"\s{0,8}(?P<args>(?:" + _SKIP_ARG + r"){0,6})(?P<host>{H})\.?\s{0,8}")


def _queried_name(seg: Segment, at: int, before: int = 8) -> tuple[str, str | None] | None:
    """The name (and `@server`) a dig/nslookup/host run asked for: its command, DiG header or nslookup prompt above
    it, else dig's QUESTION SECTION below."""
    # (two rules ask it of each `no servers could be reached`; the segment's bounds too: on a long line segments
    # overlap, and the same error read from two of them sees different text around it; review)
    key = f"queried-name:{seg.start}:{len(seg.text)}:{at}:{before}"
    if key not in seg.doc.memo:
        seg.doc.memo[key] = _read_queried_name(seg, at, before)
    return seg.doc.memo[key]  # type: ignore[return-value]


def _command_near(text: str, end: int) -> re.Match[str] | None:
    """The command on the error's own line: the last one typed before the error (held-out KP-KW, spent: `Docker
    network=host mode ... "nslookup -type=a -port=53 h. 127.0.0.1; connection timed out; ...`: the nearest command
    ran, not a word `host` earlier in the prose), else the first after it."""
    last = None
    for m in _COMMAND.finditer_where_needed(text):
        if m.start() >= end:
            return last or m
        last = m
    return last


def _read_queried_name(seg: Segment, at: int, before: int) -> tuple[str, str | None] | None:
    prompts = True  # below the interactive session's start: a name typed at its prompt is read
    header_next = False  # the line above dig's `; (1 server found)` is its header
    near, lo = seg.around(at)
    for n, line in enumerate([near, *seg.lines_before(before)]):
        m = (
            _DIG_HEADER.search_where_needed(line)
            or (_command_near(line, at - lo) if n == 0 else _COMMAND.search_where_needed(line))
            or (_HEADER_CUT.fullmatch(line) if header_next else None)
        )
        if m:
            server = _DIG_AT.search(line, m.start())
            return _as_given(line, m), (f"{server.group(1)}:53" if server else None)
        header_next = _SERVERS_FOUND.fullmatch(line.strip()) is not None
        if prompts and (_INTERACTIVE.fullmatch(line.lower()) or _TYPED_COMMAND.match(line.strip())):
            # the `nslookup` that starts the session (it, and the lines above it, were not typed at it), or a command
            # typed after the last name (`> server dns.corp`: what failed below is the command's, not that name's)
            prompts = False
        typed = _typed_at_prompt(seg, line) if prompts else None
        if typed:
            return typed.group("host"), None
    ssh_block = _SSH_ERROR in seg.around(at)[0].lower()  # the command below is the one that failed only in that block
    for line in seg.lines_after(before):
        q = _QUESTION.match(line.strip()) or _QUESTION_OTHER.match(line.strip())
        if q:
            return q.group("host") or q.group("host2"), None
        ssh_block = ssh_block or _SSH_ERROR in line.lower()
        if ssh_block and _RAN_BELOW.match(line):
            ran = _COMMAND.search(line)
            if ran:
                return _as_given(line, ran), None
    return None


# docker-machine's and CRC's `ssh command error:` block, the command under the error it printed (`ERRO Failed internal
# DNS query: ;; connection timed out; no servers could be reached` / `command : host -R 3 foo.apps-crc.testing`), read
# only once that block's first line is seen (a `command : dig h` line below an unrelated failure says nothing of it)
_RAN_BELOW = re.compile(r"\s{0,8}command\s{0,3}:\s{0,3}(?:sudo\s{1,3})?(?:nslookup|dig|host)\s")
_SSH_ERROR = "ssh command error:"


queried_name = _queried_name
"""For rules elsewhere that read another tool's output under its command line (`dug`, `drill`)."""


def _question_below(seg: Segment) -> str | None:
    for line in seg.lines_after(10):
        q = _QUESTION_OTHER.match(line.strip())
        if q:
            return q.group("host") or q.group("host2")
    return None


_NO_SERVERS = rx(r"no\sservers\scould\sbe\sreached")
_UPDATE_OPCODE = re.compile(r"opcode:\s{0,3}UPDATE\b", re.I)
# held-out JB-JI (spent): `status: NOTIMP`, the server does not implement the query (an AAAA one through a VM's NAT
# resolver): the look-up failed, no RCODE above says how (`other`)
_DIG_STATUS = rx(r"status:\s{0,3}(?P<code>NXDOMAIN|SERVFAIL|REFUSED|NOTIMP|Non-Existent\sDomain)\b")
_COMMS_REFUSED = re.compile(
    r"communications\serror\sto\s[^\s]{1,60}:\s{0,3}connection\srefused"
    # issue #17 (survey 5): busybox's `nslookup: read: ...` / `nslookup: write to 'S': ...` (bb_perror_msg) and
    # dig +tcp's `;; Connection to S#53(S) for h failed: connection refused.` (dighost.c tcp_connected)
    r"|nslookup:\s(?:read|write\sto\s'[^'\n]{1,60}'):\s{0,3}connection\srefused"
    r"|;;\sConnection\sto\s[^\s]{1,80}\sfor\s[^\s]{1,253}\sfailed:\s{0,3}connection\srefused",
    re.I,
)
_COMMS_UNREACHABLE = re.compile(r"communications\serror\sto\s[^\s]{1,60}:\s{0,3}(?:host|network)\sunreachable")
# nslookup -debug: "opcode = QUERY, id = 2, rcode = NXDOMAIN" with the QUESTIONS below.
_RCODE_EQ = rx(r"rcode\s=\s(?P<code>NXDOMAIN|SERVFAIL|REFUSED)\b")


def _this_run(lines: list[str]) -> list[str]:
    """`lines` (nearest first) up to and including the command that started this run (`$ dig h`): what an earlier
    run printed is not this one's."""
    out = []
    for line in lines:
        out.append(line)
        if _COMMAND.search(line) is not None and not line.lstrip().startswith(";"):
            break
    return out


def no_servers(m: re.Match[str], seg: Segment) -> Hit | None:
    asked = _queried_name(seg, m.start())
    if not asked:
        return None
    above = [seg.around(m.start())[0], *_this_run(seg.lines_before(10))]
    refused = any(_COMMS_REFUSED.search(line) for line in above)
    # issue #17 (held-out BB): dig's `;; communications error to S#53: host unreachable` above it and no timeout
    # (`no servers could be reached` alone): the server could not be reached at all, `other` (LABELS.md)
    unreachable = not refused and any(_COMMS_UNREACHABLE.search(line) for line in above)
    timed_out = any("timed out" in line.lower() for line in above)
    kind: FailureKind = "refused" if refused else ("other" if unreachable and not timed_out else "timeout")
    return hit(m, seg, kind, host=asked[0], server=asked[1])


# c-ares' adig prints ares_strerror's text after `;; ` where dig prints its status (held-out GM's off-frame row, spent:
# `;; Could not contact DNS servers`, ARES_ECONNREFUSED: `other`)
_ADIG_ERROR = rx(
    r"^;;\s(?P<rest>Could\snot\scontact\sDNS\sservers|Timeout\swhile\scontacting\sDNS\sservers|Domain\sname\snot\sfound"
    r"|DNS\sserver\s(?:returned|refused|claims|does\snot)\s[^\n]{3,60})\s*$"
)


# held-out IT-JA (spent): dig could not parse the answer it got (`;; Warning: Message parser reports malformed message
# packet.`, `;; Got bad packet: bad label type`; dighost.c): the name asked got no usable answer (`other`)
_DIG_BAD_PACKET = rx(r"^;;\s(?:Warning:\sMessage\sparser\sreports\smalformed\smessage\spacket|Got\sbad\spacket:)")


# held-out LF-LM (spent): not the header's `status: NOERROR` alone (`ANSWER: 1` in its flags and no answer section
# printed: the record dig could not parse)
_DIG_ANSWERED = re.compile(r"ANSWER\sSECTION|^\s*(?:\d{1,3}\.){3}\d{1,3}\s*$|^\s*[0-9a-f:]{2,39}\s*$", re.I)
DIG_ANSWER_LINES = 24
"""Lines looked at under dig's warning for the answer it may print anyway (up to its `;; Query time` / `;; SERVER`
lines: the warning comes before dig's banner, header, OPT pseudo-section and question; review)."""
_DIG_RUN_END = (";; Query time", ";; SERVER:")


def _dig_bad_packet(m: re.Match[str], seg: Segment) -> Hit | None:
    # dig prints the warning and then the answer when it could parse enough of it (review): an answer section or
    # `+short`'s address below is no failure
    for line in seg.lines_after(DIG_ANSWER_LINES):
        if _DIG_ANSWERED.search(line):
            return None
        if line.startswith(_DIG_RUN_END):
            break
    asked = _queried_name(seg, m.start())
    return hit(m, seg, "other", host=asked[0], server=asked[1]) if asked else None


def _adig_error(m: re.Match[str], seg: Segment) -> Hit | None:
    asked = _queried_name(seg, m.start())
    if not asked:
        return None
    return hit(m, seg, classify(m.group("rest")) or "other", host=asked[0], server=asked[1])


def _dig_status(m: re.Match[str], seg: Segment) -> Hit | None:
    if _UPDATE_OPCODE.search(seg.text, max(0, m.start() - 40), m.start()):
        return None  # survey 7: a DNS UPDATE refused (external-dns' RFC 2136 provider, nsupdate): no look-up failed
    asked = _queried_name(seg, m.start(), before=12)
    code = "NXDOMAIN" if m.group("code").lower() == "non-existent domain" else m.group("code")
    if not asked or (code.upper() == "NOTIMP" and not _address_query(seg, m.start())):
        return None
    return hit(m, seg, from_rcode(code), host=asked[0], server=asked[1], exact="://" in asked[0])


_OPCODE_QUERY = re.compile(r"opcode:\s{0,3}QUERY\b", re.I)
_QUESTION_TYPE = re.compile(r"^;[^\s;]{1,253}\s+(?:IN\s+)?([A-Z0-9]{1,10})\s*$")
_OTHER_QTYPES = frozenset(
    {"ANY", "HTTPS", "SVCB", "MX", "TXT", "NS", "SOA", "SRV", "PTR", "CAA", "DS", "DNSKEY", "AXFR", "IXFR", "CNAME"}
)


def _address_query(seg: Segment, at: int) -> bool:
    """(review) NOTIMP is a failed look-up only for a QUERY of a name's addresses: a server that does not implement
    ANY, HTTPS or a NOTIFY says nothing of the name. The question's type below the header, else dig's arguments."""
    if _OPCODE_QUERY.search(seg.text, max(0, at - 40), at) is None:
        return False
    for line in seg.lines_after(8):
        q = _QUESTION_TYPE.match(line.strip())
        if q is not None:
            return q.group(1).upper() in ("A", "AAAA")
    return not any(
        word.upper() in _OTHER_QTYPES for line in seg.lines_before(12) if "<<>>" in line for word in line.split()
    )


def _rcode_eq(m: re.Match[str], seg: Segment) -> Hit | None:
    host = _question_below(seg)
    if host is None:
        asked = _queried_name(seg, m.start())
        host = asked[0] if asked else None
    return hit(m, seg, from_rcode(m.group("code")), host=host) if host else None


# --- dog: "Error [network]: Connection refused (os error 111)" under the `dog NAME` command --------------

_DOG = rx(r"Error\s\[network\]:\s{0,3}(?P<rest>[^\n]{1,100})")


def _dog(m: re.Match[str], seg: Segment) -> Hit | None:
    asked = _queried_name(seg, m.start(), before=3)
    kind = classify(m.group("rest"))
    return hit(m, seg, kind, host=asked[0], server=asked[1]) if asked and kind else None


# --- DnsClient (.NET, PowerShell): "Query 42931 => NAME IN A on 10.0.0.2:53 timed out or is a transient error"

_DNSCLIENT = rx(r"Query\s\d{1,10}\s=>\s(?P<host>{H})\sIN\s[A-Z]{1,10}\son\b(?P<rest>[^\n]{0,100})")
_SERVER_AT = re.compile(r"([0-9a-fA-F:.\[\]]{2,60}:\d{1,5})")


def _dnsclient(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = " ".join([m.group("rest"), *seg.lines_after(1)])
    server = _SERVER_AT.search(rest)
    return hit(m, seg, classify(rest) or "other", server=server.group(1) if server else None)


# --- miekg/dns users (kt-connect...): "Failed to lookup NAME. ... error="response code 5"" --------------------

_RESPONSE_CODE = rx(r"Failed\sto\slookup\s(?P<host>{H})[^\n]{0,120}?response\scode\s(?P<code>\d{1,2})\b")


def _response_code(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = from_rcode_number(m.group("code"))
    return hit(m, seg, kind) if kind else None


# --- host: "Host NAME not found: 3(NXDOMAIN)" -----------------------------------------------------------

_HOST_CMD = rx(r"Host\s{1,3}(?P<host>{H})\s{1,3}not\sfound:\s{0,3}\d{1,2}\((?P<code>[A-Z]{3,9})\)")


_HOST_ANSWERED = rx(r"^(?P<host>{H})\.?\shas\s(?:IPv6\s)?address\s")
HOST_ANSWER_LINES = 6
"""Lines above `host`'s `not found` read for its answer to the same name (an A record before the AAAA query's)."""


def _host_cmd(m: re.Match[str], seg: Segment) -> Hit | None:
    # held-out BJ (spent): `h has address 10.89.0.2` then `Host h not found: 3(NXDOMAIN)` (the AAAA and MX queries
    # of `host h`): the name resolved
    for line in seg.lines_before(HOST_ANSWER_LINES):
        answered = _HOST_ANSWERED.search(line.strip())
        if answered is not None and answered.group("host").lower().rstrip(".") == m.group("host").lower().rstrip("."):
            return None
    return hit(m, seg, from_rcode(m.group("code")))


RULES: tuple[Rule, ...] = (
    Rule("go", ("lookup ", "lookup<"), _GO, _go),
    Rule("coredns", ("plugin/errors",), _COREDNS, _coredns),
    Rule("coredns-loop", ("plugin/loop",), _COREDNS_LOOP, _coredns_loop),
    Rule("coredns-log", ('" nxdomain', '" servfail', '" refused', '" formerr', '" notimp'), LOG_QUERY, _log_query),
    Rule("nslookup-cant-find", ("can't find", "cant find"), _CANT_FIND, _cant_find),
    Rule("nslookup-cant-resolve", ("can't resolve", "cant resolve"), _CANT_RESOLVE, _cant_resolve),
    Rule("no-servers", ("no servers could be reached",), _NO_SERVERS, no_servers),
    Rule("dig-bad-packet", ("malformed message packet", "got bad packet:"), _DIG_BAD_PACKET, _dig_bad_packet),
    Rule(
        "adig-error",
        (
            ";; could not contact dns servers",
            ";; timeout while contacting dns",
            ";; domain name not found",
            ";; dns server ",
        ),
        _ADIG_ERROR,
        _adig_error,
    ),
    Rule(
        "dig-status",
        ("status: nxdomain", "status: servfail", "status: refused", "status: notimp", "status: non-existent domain"),
        _DIG_STATUS,
        _dig_status,
    ),
    Rule("nslookup-debug-rcode", ("rcode = ",), _RCODE_EQ, _rcode_eq),
    Rule("dog", ("error [network]",), _DOG, _dog),
    Rule("dnsclient", ("=> ",), _DNSCLIENT, _dnsclient),
    Rule("response-code", ("response code",), _RESPONSE_CODE, _response_code),
    Rule("host-cmd", ("not found:",), _HOST_CMD, _host_cmd),
)
