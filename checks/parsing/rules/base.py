"""What every rule is made of: the `Rule`, the `Hit` it yields, and the builders rules share.

A `Rule` has lower-case literal `triggers` (one must occur in a segment before its regex runs), a
regex whose every quantifier is bounded, and a `build` function that turns a match into a `Hit` or
rejects it.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlsplit

from checks.parsing.document import Segment
from checks.parsing.function_slots import function_name_slot, help_link
from checks.parsing.hosts import HOST, NOT_BEFORE_HOST, QUOTE, clean_host, clean_server, is_placeholder, to_port
from checks.parsing.kinds import classify, classify_dotnet_socket, classify_resolution
from checks.parsing.model import FailureKind
from checks.parsing.not_failing_lines import names_no_failure, names_no_failure_elsewhere, worked_near
from checks.parsing.places_not_names import POSITION_WORDS
from checks.parsing.required_literals import Needed, matches_where_needed, needed


@dataclass(frozen=True)
class Hit:
    """A failing name as one rule read it: raw host, kind, where in the text, and what it named."""

    host: str
    kind: FailureKind
    start: int
    end: int
    server: str | None = None
    port: int | None = None
    exact: bool = False
    """The message puts the name in a fixed place: word-like (`null`) and all-digit names are kept."""
    ip_ok: bool = False
    """The tool tried to resolve an `ip:port` string: the IP is reported as the name."""
    assumed: bool = False
    """The message gives no reason and `kind` is how such messages are read (wget's "unable to resolve host
    address" as NXDOMAIN): another message in the paste that says how the same name failed wins over it."""
    quoted: bool = False
    """issue #17 (held-out N): the quotes around `host` were part of the string looked up (Go's `lookup "1.2.3.4": no
    such host`): the name is reported with them, as printed."""
    printed: bool = False
    """issue #17 (held-out P): the format's own slot holds what the program was given, and it is reported as printed
    even where it is no DNS name (PHP's `getaddrinfo for /tmp/sockets/redis.sock failed`, git's `(nil)`, redis-cli's
    `redis-cluster-proxy 172.0.0.100`); a run of `#` there (`######`) is a mask."""


Build = Callable[[re.Match[str], Segment], "Hit | None"]


@dataclass(frozen=True)
class Rule:
    name: str
    triggers: tuple[str, ...]
    regex: LazyPattern
    build: Build


class LazyPattern:
    """A regex compiled on its first use. The rules' hundred-odd regexes took about 0.17 s to compile, which
    every `podnet parse` paid on import; now a paste compiles only those of the rules its words trigger
    (and an empty paste none). Compiling twice in a race is harmless: the results are equal."""

    __slots__ = ("_compiled", "_flags", "_needed", "_needed_plain", "_source")

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source, self._flags = source, flags
        self._compiled: re.Pattern[str] | None = None
        self._needed: Needed | bool | None = False  # False until read
        self._needed_plain: Needed | bool | None = False

    @property
    def needed(self) -> Needed | None:
        """The words every match needs, and how far from its start (`required_literals`); None: none known."""
        if self._needed is False:
            self._needed = needed(self._source, self._flags)
        return self._needed  # type: ignore[return-value]

    @property
    def needed_in_plain_text(self) -> Needed | None:
        """`needed` for a text `plain_text` holds true of: there a name is a run of a name's characters, at most 253
        long, so a rule that opens with one (`h could not be resolved`) is searched from 301 characters before its
        reason's word, not from 16 000 (`HOST`'s placeholder pieces could make a match that long)."""
        if self._needed_plain is False:
            plain = self._source.replace(HOST, _HOST_IN_PLAIN_TEXT)
            self._needed_plain = self.needed if plain == self._source else needed(plain, self._flags)
        return self._needed_plain  # type: ignore[return-value]

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        return self._compiled

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, pos, endpos)

    def finditer_where_needed(self, string: str) -> Iterator[re.Match[str]]:
        """`finditer`'s matches, with no search where an ASCII `string` lacks a word every match needs (and, on a long
        one, only near those words): for a pattern tried on the lines around each of a paste's errors."""
        need = self.needed
        if need is None or not string.isascii():
            return self.compiled.finditer(string)
        return matches_where_needed(self.compiled, string, string.lower(), need)

    def search_where_needed(self, string: str) -> re.Match[str] | None:
        """`search(string)`, found as `finditer_where_needed` finds it."""
        return next(self.finditer_where_needed(string), None)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def fullmatch(self, string: str) -> re.Match[str] | None:
        return self.compiled.fullmatch(string)

    def findall(self, string: str) -> list[Any]:
        return self.compiled.findall(string)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count)


_HOST_IN_PLAIN_TEXT = r"[A-Za-z0-9_*\-][A-Za-z0-9_.*\-]{0,300}"
"""What `HOST` can match in a `plain_text`: the same words (none), at most 301 characters (it matches 253 at most)."""
_PLACEHOLDER_OPENERS = "<{$%["
_LONG_RUN = re.compile(r"(?<!\S)\S{300}")


def plain_text(text: str) -> bool:
    """Whether `text` has no character a placeholder piece of `HOST` opens with and no run of 300 non-blank characters:
    in it, a `HOST` match is a run of a name's characters, at most 253 long (its own bound)."""
    return not any(c in text for c in _PLACEHOLDER_OPENERS) and _LONG_RUN.search(text) is None


CONTAINER_ID = re.compile(r"[0-9a-f]{64}")
"""A container's or volume's full id (Docker's 64 hex digits): the name a mount helper was handed by a volume plugin
(held-out KX-LE), which the hash filter would drop elsewhere."""


def container_id_as_printed(found: Hit | None) -> Hit | None:
    """A mount helper's hit on the server it was given, read as printed when that is a container's id (`CONTAINER_ID`:
    mount.nfs' `Failed to resolve server 4ad1e90b...`, mount.cifs' `could not resolve address for 62bb2768...`)."""
    return replace(found, printed=True) if found is not None and CONTAINER_ID.fullmatch(found.host) else found


def rx(pattern: str) -> LazyPattern:
    """A case-insensitive rule regex; `{H}` stands for a host name, `{Q}` a quote, `{NB}` "not mid-word"."""
    return LazyPattern(pattern.replace("{H}", HOST).replace("{Q}", QUOTE).replace("{NB}", NOT_BEFORE_HOST), re.I)


def hit(
    m: re.Match[str],
    seg: Segment,
    kind: FailureKind,
    *,
    host: str | None = None,
    server: str | None = None,
    port: str | None = None,
    exact: bool = False,
    ip_ok: bool = False,
) -> Hit:
    """The hit for match `m`; the name is its `host` group unless the rule found it elsewhere."""
    if host is None:
        host = m.group("host")
        start, end = seg.start + m.start("host"), seg.start + m.end("host")
    else:
        start, end = seg.start + m.start(), seg.start + m.end()
    return Hit(host, kind, start, end, clean_server(server), to_port(port), exact, ip_ok)


def first_group_hit(
    m: re.Match[str],
    seg: Segment,
    kind: FailureKind,
    groups: tuple[str, ...] = ("host", "host2"),
    *,
    strip: str = "",
    ip_ok: bool = False,
) -> Hit:
    """An exact hit on the first of `groups` that matched (the last if none before it did), for a format whose
    alternatives name the host in different groups; `strip`: characters the format may print after the name."""
    which = next((name for name in groups[:-1] if m.group(name)), groups[-1])
    raw = m.group(which).rstrip(strip)
    start = seg.start + m.start(which)
    return Hit(raw, kind, start, start + len(raw), exact=True, ip_ok=ip_ok)


def first_of(
    kind: FailureKind, groups: tuple[str, ...] = ("host", "host2"), *, strip: str = "", ip_ok: bool = False
) -> Build:
    """A builder for a format of one kind whose alternatives name the host in different groups (`first_group_hit`)."""

    def build(m: re.Match[str], seg: Segment) -> Hit | None:
        return first_group_hit(m, seg, kind, groups, strip=strip, ip_ok=ip_ok)

    return build


def url_hit(
    m: re.Match[str], seg: Segment, kind: FailureKind, url_group: str = "url", *, exact: bool = False
) -> Hit | None:
    """A hit on the host of the URL in `url_group` (None when it has none, or is no URL); `exact`: see `Hit`."""
    try:
        parts = urlsplit(m.group(url_group))
        host = parts.hostname
    except ValueError:
        return None
    if not host:
        return None
    # as printed: `hostname` is lower-cased, and capitals typed over a label mark a stand-in (held-out GS, spent:
    # `http://AuroraVXXXXX.AuroraVXXXXXdom...`)
    at = parts.netloc.lower().rfind(host)
    return hit(m, seg, kind, host=parts.netloc[at : at + len(host)] if at >= 0 else host, exact=exact)


def named_below(seg: Segment, lines: int, host: str, *patterns: LazyPattern) -> bool:
    """Whether one of `patterns` names `host` (its `host` group, any case, a final dot aside) on the `lines` lines below
    the segment: a program's own line that the same name resolved or failed again (a retry's answer, the other family's
    empty one)."""
    name = host.lower().rstrip(".")
    for line in seg.lines_after(lines):
        for pattern in patterns:
            found = pattern.search(line)
            if found is not None and found.group("host").lower().rstrip(".") == name:
                return True
    return False


def group(m: re.Match[str], name: str) -> str | None:
    """A named group that only some rules' regexes have."""
    return m.groupdict().get(name)


NAMES_READ = 5000
"""Names a paste-wide pattern is read for (`names_in_paste`; a hostile paste of them)."""


def names_in_paste(seg: Segment, key: str, pattern: re.Pattern[str]) -> frozenset[str]:
    """The `host` groups of `pattern`'s matches in the whole paste (lower case, without a final dot), read once a paste
    under `key`: what a rule checks each hit against (a log's answered names) costs one pass, not one per hit."""
    cached = seg.doc.memo.get(key)
    if cached is None:
        found = set()
        for n, m in enumerate(pattern.finditer(seg.doc.text)):
            if n >= NAMES_READ:
                break
            found.add(m["host"].rstrip(".").lower())
        cached = seg.doc.memo[key] = frozenset(found)
    return cached  # type: ignore[return-value]


def fixed(kind: FailureKind, *, exact: bool = False, assumed: bool = False, ip_ok: bool = False) -> Build:
    """A builder for messages that always mean the same kind (`assumed`: see `Hit.assumed`; `ip_ok`: see `Hit`)."""

    def build(m: re.Match[str], seg: Segment) -> Hit | None:
        found = hit(m, seg, kind, port=group(m, "port"), exact=exact, ip_ok=ip_ok)
        return replace(found, assumed=True) if assumed else found

    return build


def by_group(kinds: Mapping[str, FailureKind], *, strip: str = "") -> Build:
    """A builder for a regex whose alternatives each name the host in a group of their own, one kind per group
    (`kinds`: group name -> kind): an exact hit on the group that matched."""

    def build(m: re.Match[str], seg: Segment) -> Hit | None:
        which = next(name for name in kinds if m.group(name))
        return first_group_hit(m, seg, kinds[which], (which,), strip=strip)

    return build


def by_rest(
    default: FailureKind | None, *, resolution_only: bool = False, exact: bool = False, ip_ok: bool = False
) -> Build:
    """Kind from the words after the name (the `rest` group); `default` when they say none (None: no hit)."""

    def build(m: re.Match[str], seg: Segment) -> Hit | None:
        rest = m.group("rest") or ""
        kind = (classify_resolution(rest) if resolution_only else classify(rest)) or default
        return hit(m, seg, kind, port=group(m, "port"), exact=exact, ip_ok=ip_ok) if kind else None

    return build


# --- The name a host-less message was about, from what the paste was dialing nearby --------------------

_NEAR_URL = rx(
    # `rabbitmq://h/`: MassTransit's bus address; `ssh://`, `git://`, `mqtt://`: what a client logged it dialled
    r"\b(?:https?|wss?|tcp|udp|ssl|tls|grpcs?|redis|rediss|mongodb(?:\+srv)?|postgres(?:ql)?|mysql|amqps?|nats"
    r"|ldaps?|smtps?|ftp|sftp|ssh|git|mqtts?|rabbitmq)://(?:[^\s/@\"'<>]{1,256}@)?(?P<host>{H})(?::(?P<port>\d{1,5}))?"
)
_NEAR_FIELD = rx(
    # (source-mined, session 53) past SQL Server's protocol prefix (`Server = tcp:h,1433`) and Rust's Option (`host=
    # Some("h")`)
    # held-out JJ-JQ (spent): not a usage's metavariable (clap's `'--entrypoint <HOST:PORT>...'`)
    # (probes, round 13) and the url crate's `host: Some(Domain("h"))`; never the word `Some` itself (`Some(Ipv4(...))`)
    r"(?<!<)\b(?:host(?:name)?|server|address)\s{0,3}[:=]\s{0,3}(?:tcp:|Some\((?:Domain\()?\"|(?!Some\())"
    r"{Q}?(?P<host>{H})(?![\w-])"
    r"(?::(?P<port>\d{1,5}))?"
    # not a phrase opening there (`Unable to reach server: rpc error: code = Unavailable ...`; found by probing)
    r"(?!\s{1,2}(?:error|errors|failed|failure|exception|timeout|timed)\b)"
)
_NEAR_PAREN = rx(r"\((?P<host>{H}):(?P<port>\d{1,5})\)")
# held-out IL-IS (spent): a client's log line that says where it sent the request, the name ending the line (the AL
# language extension's `Sending request to h`, then `Error: No such host is known.`): a dotted name or a mask there, not
# a word (`Sending request to OpenAI`, `... to backend`: a service's name in prose; review)
_NEAR_REQUEST_TO = rx(
    r"\bsending\s(?:an?\s|the\s)?(?:(?:GET|POST|PUT|PATCH|DELETE|HEAD)\s)?request\sto\s{Q}?(?P<host>{H}){Q}?"
    r"(?::(?P<port>\d{1,5}))?(?:\s\(attempt\s\d{1,3}(?:/\d{1,3})?\))?[ \t]{0,8}$"
)
_NEAR_HOST_PORT = rx(r"{NB}(?P<host>{H}):(?P<port>\d{1,5})(?![:.\d])")  # not a time (12:33:28)
# held-out LF-LM (spent): a quoted `name:port` on a line around (a traceback's call, `init_jaeger_tracer('svc',
# 'jaeger:6831')`, above the Rust panic PyO3 re-raised): the address a program was handed
_NEAR_QUOTED_HOST_PORT = rx(r"(?P<q>['\"])(?P<host>{H}):(?P<port>\d{1,5})(?P=q)")
_HOST_PORT_PATTERNS = (_NEAR_HOST_PORT, _NEAR_PAREN, _NEAR_QUOTED_HOST_PORT)


def _quoted_host_ports(line: str) -> list[tuple[int, str, str | None]]:
    """`_NEAR_QUOTED_HOST_PORT`'s names on a line above: a dotted name or a port of three digits or more, not an
    image's tag (`'alpine:3'`, `"redis:7"`, `'node:20'`: review) nor `localhost`."""
    return [
        found
        for found in _candidates(_NEAR_QUOTED_HOST_PORT, line)
        if ("." in found[1] or len(found[2] or "") >= 3) and found[1].lower() != "localhost"
    ]


_LOGGER_PLACE = re.compile(r"::(?:DEBUG|INFO|WARNING|ERROR|CRITICAL)::\[\Z")
_NODE_PROCESS = re.compile(r"\((?:node|electron):\d{1,7}\)", re.I)
_CUT = ("...", "\u2026")
NEARBY = 200
"""Host-less errors per paste whose name is looked for nearby (a log repeating one 50 000 times)."""
# `DB.php:45`, `main.go:228`: a source file and line, not a name and port.
_SOURCE_FILES = frozenset(
    [
        "php",
        "py",
        "js",
        "ts",
        "go",
        "java",
        "rb",
        "cs",
        "cc",
        "cpp",
        "c",
        "h",
        "rs",
        "kt",
        "scala",
        "dart",
        "ex",
        "exs",
        "erl",
        "lua",
        "sh",
        "pl",
        "swift",
        "m",
        "jsx",
        "tsx",
        "vue",
    ]
)


_CCTLD_SOURCE_SUFFIXES = frozenset(["py", "rs", "cc", "sh", "pl"])
"""Source files' suffixes that are also countries' top-level labels (`db.firma.pl`, `redis.cache.rs`)."""


def names_a_source_file(name: str) -> bool:
    """Whether `name` ends in a source file's suffix no name ends in (`tr-dht.c`, `main.go`): before `:line`, a place
    in code (review: not `db.firma.pl`)."""
    suffix = name.rsplit(".", 1)[-1].lower()
    return "." in name and suffix in _SOURCE_FILES and suffix not in _CCTLD_SOURCE_SUFFIXES


# (probes, round 12) the resource and line Chrome's console prints (`.../step1.html:1  Failed to load ...`); only after
# a dot, as a file's suffix: a Compose service so named is a name (`astro:4321`; review)
_WEB_FILES = frozenset(["html", "htm", "css", "mjs", "cjs", "svelte", "astro"])


_SEE_BEFORE = re.compile(r"\bsee:?\s{1,2}<?https?://\Z", re.I)


_PORT_AFTER = re.compile(r":\d")
_PORT_IN_PARENS = re.compile(r":\d{1,5}\)")
_FIELD_KEY = re.compile(r"(?:host(?:name)?|server|address)\s{0,3}[:=]")


def _may_name_near(pattern: LazyPattern, text: str) -> bool:  # noqa: PLR0911
    """False when `text` lacks what every match of `pattern` holds (a `:` and a digit after a `name:port`): found
    without the search, which on a long line of words tries a name at every word (0.1-0.3 ms a 5 kB window, and a
    paste of host-less errors looks around 200 of them)."""
    if pattern is _NEAR_HOST_PORT:
        return _PORT_AFTER.search(text) is not None
    if pattern is _NEAR_QUOTED_HOST_PORT:
        return ("'" in text or '"' in text) and _PORT_AFTER.search(text) is not None
    if pattern is _NEAR_PAREN:
        return _PORT_IN_PARENS.search(text) is not None
    if pattern is _NEAR_URL:
        return "://" in text
    if pattern is _NEAR_REQUEST_TO and text.isascii():  # (re.I folds a few non-ASCII letters to ASCII ones)
        return "request" in text.lower()
    if pattern is _NEAR_FIELD and text.isascii():  # (re.I folds a few non-ASCII letters to ASCII ones)
        return _FIELD_KEY.search(text.lower()) is not None  # case-sensitive: 4 times faster
    return True


def _process_or_logger_place(text: str, m: re.Match[str]) -> bool:
    """(probes, round 12) Node's warning prefix, `(node:18) UnhandledPromiseRejectionWarning: ...`; (probes, round 14)
    a Python logger's `::INFO::[module:line]` (SABnzbd's): no `name:port`."""
    return (
        _NODE_PROCESS.match(text, max(0, m.start() - 1), m.end() + 1) is not None
        or _LOGGER_PLACE.search(text, max(0, m.start("host") - 12), m.start("host")) is not None
    )


def _candidates(
    pattern: LazyPattern, text: str, below: bool = False, at: int | None = None
) -> list[tuple[int, str, str | None]]:
    """`pattern`'s names in `text`; `at`: the error's offset in `text`, whose window this is (a URL on another line
    of it that names no failure is skipped)."""
    out: list[tuple[int, str, str | None]] = []
    if not _may_name_near(pattern, text):
        return out
    for n, m in enumerate(pattern.finditer(text)):
        if n >= 20:
            break
        if m.group("host").endswith("..") or text.startswith(_CUT, m.end("host")):
            continue  # a name cut short in the log (`host=mari...`) is not the name
        if function_name_slot(m.group("host"), text, m.end("host")):
            continue  # issue #17 (held-out W): `server: php_network_getaddresses: getaddrinfo failed`, a C function
        if below and help_link(text, m.end("host")):
            continue  # issue #17 (held-out W): a wiki link printed under the error, not what was dialed
        if at is not None and names_no_failure_elsewhere(text, m.start(), at):
            continue  # the noise test (2026-12-05): a link to read or an answered request near the error
        if pattern is _NEAR_URL and _SEE_BEFORE.search(text, max(0, m.start("host") - 16), m.start("host")):
            # the noise test (session 49): `See https://h/docs/... for more.` glued onto the error's line by a joiner
            # (a cut sentence's): a page to read wherever it stands, never what was dialed
            continue
        if pattern in _HOST_PORT_PATTERNS and m.group("host").lower() in POSITION_WORDS:
            continue  # PowerShell's `At line:1 char:1`, an editor's `(line:12)`: a place in a script, not `name:port`
        if pattern is _NEAR_HOST_PORT and _process_or_logger_place(text, m):
            continue
        if (
            pattern is _NEAR_REQUEST_TO
            and "." not in m.group("host").strip(".")
            and not is_placeholder(m.group("host"))
        ):
            continue  # a word after `Sending request to` is a service's name in prose (`OpenAI`), not what was dialed
        host = clean_host(m.group("host"))
        # a source file's suffix is no top-level label in `main.go:228`, but a URL's host is a host (`https://get.helm.sh`)
        suffix = host.rsplit(".", 1)[-1] if host is not None else ""
        source_file = pattern is not _NEAR_URL and (
            suffix in _SOURCE_FILES or (suffix in _WEB_FILES and host is not None and "." in host)
        )
        if host is not None and not source_file and any(c.isalpha() for c in host):
            out.append((m.start(), m.group("host"), m.group("port")))
    return out


def nearby_host(seg: Segment, at: int, lines: int = 3, *, after: bool = True) -> tuple[str, str | None] | None:
    """The name (and port) a host-less resolver error was about: a URL, `host=`/`address:` field or
    `name:port` on its own line (nearest before `at`, else first after), else a URL, field or `(name:port)`
    on the `lines` lines before, then (unless `after` is False) after."""
    if not seg.doc.spend("nearby", NEARBY):
        return None
    text, lo = seg.around(at)
    at -= lo
    surest = _candidates(_NEAR_URL, text, at=at) or _candidates(_NEAR_FIELD, text)
    host_ports = _candidates(_NEAR_HOST_PORT, text)
    same = surest or host_ports
    # none of the surest kind before it: a `name:port` before it (`unable to connect to h:587 (...: getaddrinfo
    # failed ...)`) over a link after it (PHPMailer's wiki link; held-out BU)
    before = [c for c in same if c[0] < at] or [c for c in host_ports if c[0] < at]
    if before:
        return before[-1][1], before[-1][2]
    if same:
        return same[0][1], same[0][2]
    for nearest, group_ in ((-1, seg.lines_before(lines)), (0, seg.lines_after(lines) if after else [])):
        for line in group_:
            if names_no_failure(line):  # issue #17 (held-out V): `Server up: http://h`, a curl that worked
                continue
            found = (
                _candidates(_NEAR_URL, line, nearest == 0)
                or _candidates(_NEAR_FIELD, line)
                or _candidates(_NEAR_PAREN, line)
                or _candidates(_NEAR_REQUEST_TO, line)
                or (_quoted_host_ports(line) if nearest == -1 else [])
            )
            if found and worked_near(found[nearest][1], [*seg.lines_before(lines), *seg.lines_after(lines)]):
                return None  # the paste says the same name worked just above
            if found:
                return found[nearest][1], found[nearest][2]
    return None


NESTED_LOOKUP = re.compile(r"\s{0,3}[`'\"]{0,2}(?:dial\s(?:tcp|udp)[46]?:\s)?lookup\s{1,3}\S", re.I)
"""Go's own `lookup h` right after a wrapper's `lookup X:` (Dapr's `failed to lookup addresses: lookup h on S:53: no
such host`, found in its source): X is the wrapper's noun, the name is the inner one's. held-out LV-MC (spent): or
prose's verb before a quoted error (`DNS lookup fails:` then `lookup h: no such host` in backticks)."""

REASON_BELOW = 2
"""Lines under a message read for a reason it printed there (or the rest of a wrapped message)."""


def reason_below(seg: Segment, *, dotnet: bool = False) -> FailureKind | None:
    """The first resolver reason on the next REASON_BELOW lines (`dotnet`: .NET's EAGAIN text counts as one; issue #17,
    held-out R and S: NuGet's, Asterisk's and libpq's reasons printed under their message)."""
    for line in seg.lines_after(REASON_BELOW):
        kind = classify_dotnet_socket(line) if dotnet else classify_resolution(line)
        if kind is not None:
            return kind
    return None
