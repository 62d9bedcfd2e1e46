"""A host-less resolver failure under a line that ANNOUNCED the lookup (issue #17, held-out N).

Many programs log what they are about to look up, then the failure without the name: istio's `Attempting to lookup
address: h` above `Error: lookup failed for udp address: i/o timeout`, urllib3's `Starting new HTTP connection (1): h`
above its `NewConnectionError(…: [Errno -3] …)`, net-ssh's `establishing connection to h:22` above knife's `Network
Error: getaddrinfo: Name or service not known`, dockerd's debug `Querying ext dns udp:S for
h.[28]` above `external resolution failed, read udp ...: i/o timeout`, elasticsearch-py's request line `POST
http://h:9200/_bulk` above urllib3's traceback ending in `socket.gaierror: [Errno -2] Name or service not known`,
a traceback's code line `socket.gethostbyname("h")` above its `gaierror` (held-out BA).
The failure takes the name the nearest such line above announced, within the same paste block (a blank line ends
it) and at most `LINES` lines up.

Guards: only an announcement (a lookup / resolve / query verb with the name in its noun's slot: `address: h`,
`host h`, `dns S for h`; an HTTP request line's URL; a connection's opening, only right above the failure), never a
name merely mentioned; the name must clean as a
host (no word like `address`, no IP); an undotted name only from a URL with a port or a `: `-introduced slot; and
no line from the announcement down reports that it worked (`Connected.`, `... ok`, a request line's `200`): the
failure below is then about something else.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from checks.parsing.document import Segment
from checks.parsing.hosts import HOST, clean_host
from checks.parsing.model import FailureKind
from checks.parsing.rules.base import Hit, LazyPattern

LINES = 10
"""Lines looked at above the failure for the announcement (a Python traceback between them is about 8)."""

_ANNOUNCED = LazyPattern(
    # `Attempting to lookup address: h`, `Looking up host h`, `Resolving hostname: h`, `querying name h`
    r"\b(?:look(?:ing)?\s?up|resolv(?:e|ing)|query(?:ing)?)\s(?:of\s)?(?:the\s)?(?:address|host(?:\s?name)?|name|domain)"
    r"(?P<colon>\s{0,2}:)?\s{1,3}[\"'`]?(?P<host>" + HOST + r")"
    # dockerd: `Querying ext dns udp:1.2.3.4 for h.[28]`
    r"|\bquerying\s(?:ext(?:ernal)?\s)?dns\s[^\s]{1,80}\sfor\s(?P<dns>" + HOST + r")"
    # issue #17 (held-out O): httpcore's trace `connection.connect_tcp.started host='h' port=6333`
    r"|\bconnect_(?:tcp|unix_socket)\.started\shost=['\"](?P<trace>" + HOST + r")['\"]\sport=\d{1,5}\b"
    # issue #17 (held-out AC): urllib3's `Starting new HTTPS connection (1): h:443` (its debug log opens each
    # connection of a pool so), net-ssh's `establishing connection to h:22` (knife, Capistrano, Vagrant's debug log)
    r"|\bStarting\snew\sHTTPS?\sconnection\s\(\d{1,6}\):\s(?P<pool>" + HOST + r")(?::\d{1,5})?(?:\s|$)"
    r"|\bestablishing\sconnection\sto\s(?P<ssh>" + HOST + r"):\d{1,5}\b"
    # corpus set L: a program's own `Rank 1 will connect to TCPStore server at h:29500` / `Connecting to broker at
    # h:9092` (a connection's opening, with its port: only right above the failure)
    r"|\b(?:will\s|about\sto\s)?connect(?:ing)?\sto\s(?:[A-Za-z][\w\-]{0,30}\s){0,3}?(?:at|on)\s"
    r"(?P<conn>" + HOST + r"):\d{1,5}\b"
    # held-out HV-IC (spent): a program's own `Connecting to Postgres using role "r" on host "h:5432" in database "d"`
    r"|\bconnect(?:ing)?\sto\s[^\n]{0,80}?\bon\shost\s{1,3}[\"'](?P<conn_quoted>" + HOST + r"):\d{1,5}[\"']"
    # a request line: `POST http://h:9200/_bulk`
    r"|\b(?:GET|POST|PUT|DELETE|HEAD|PATCH)\shttps?://(?P<url>[A-Za-z0-9_.\-]{1,253})(?P<port>:\d{1,5})?[/\s?]"
    # issue #17 (held-out BA): the resolver call in a traceback's code line, `socket.gethostbyname("front")`
    # held-out BJ (spent): a socket's own `s.connect(("dns.google", 80))` / `socket.create_connection(("h", 443))`;
    # survey 9: paramiko's `client.connect('h', port=22)`
    r"|\b(?:(?:gethostbyname(?:_ex)?|getaddrinfo)\(|(?:connect(?:_ex)?|create_connection)\(\(?)\s{0,2}[\"']"
    r"(?P<call>" + HOST + r")[\"']",
    re.I,
)
# a line that says the lookup or the request worked: `Connected.`, `Resolving hostname: db.svc ok`, `GET h/x 200`
_SUCCEEDED = re.compile(
    r"\b(?:connected|connection\sestablished|succeeded|successful(?:ly)?|resolved\sto|ok)\b|\s[23]\d\d(?:\s|$)"
    # a connection past its lookup: ssh's banner and authentication, urllib3's reused connection and response
    r"|\bremote\sis\s|\bauthenticat|\bresetting\sdropped\sconnection|\bresponse\sheaders|\"\s[1-5]\d\d\s",
    re.I,
)
_WORDS = ("look", "resolv", "quer", "connect", "http", "gethostbyname", "getaddrinfo(")
"""A word every announcement holds (its verb, a trace's `connect_tcp`, a request line's URL): a line with none is not
searched (the announcement's pattern tries each word of a long line)."""
HEAD = 800
"""Characters of a line read for an announcement or a success: announcements open their line or follow a log prefix
(the longest in the labelled pastes ends at character 131), and each line above every failure is read, so a paste of
2 KB lines would otherwise cost two searches of 2 KB per line per failure."""
_CALL_OF_A_VARIABLE = re.compile(r"\bgethostbyname(?:_ex)?\(\s{0,2}[^\s\"')]")
"""The user's own resolver call given a variable (`socket.gethostbyname(sys.argv[1])`): the call that failed names no
literal, so a quoted call above it (a script's other call) is not the failing one. Not `getaddrinfo(host, ...)`, which
every library frame of a traceback shows (urllib3's `create_connection`) under the request that named the host."""
_PROMPT_LINE = re.compile(r"\s{0,4}(?:>>>|\$|#|PS\s[^>]{0,80}>)\s")
"""A command or REPL prompt: what a quoted call above it printed was another run's."""
_TRACEBACK_LINE = re.compile(r"Traceback \(most recent call last\):|\s+File \"")
"""A Python traceback's header and `  File ...` lines; the indented lines under a `File` line are its code: urllib3's
debug `Starting new HTTPS connection (1): h:443` may stand above the traceback of that connection's `gaierror`
(held-out AL); the lines counted between a connection's announcement and the failure are the others (an indented
line under no `File` line, a body or a build step's output, counts)."""
CONNECTION_LINES = 2
"""Lines a connection's announcement (urllib3's pool, net-ssh) may stand above the failure: it announces a connection,
not a lookup, so only the failure right under it is that connection's."""


_OPENINGS = ("pool", "ssh", "conn", "conn_quoted")
"""The pattern's groups for a connection's opening (not a lookup's announcement): only right above the failure."""


def _opened(m: re.Match[str]) -> str | None:
    """The name a connection's opening names, if `m` is one."""
    return next((m.group(g) for g in _OPENINGS if m.group(g)), None)


_WORD_AFTER = re.compile(r"[ \t][A-Za-z]")


def _name(m: re.Match[str]) -> str | None:
    if m.group("host"):
        raw, loose = m.group("host"), m.group("colon") is not None
        if raw.isalpha() and _WORD_AFTER.match(m.string, m.end("host")):
            return None  # held-out CG: `Error resolving address: Unrecognized service`, a phrase in the slot
    elif m.group("trace"):
        raw, loose = m.group("trace"), True
    elif m.group("dns"):
        raw, loose = m.group("dns"), True
    elif (opened := _opened(m)) is not None:
        raw, loose = opened, True
    elif m.group("call"):
        raw, loose = m.group("call"), True
    else:
        raw, loose = m.group("url"), m.group("port") is not None
    host = clean_host(raw)
    if host is None or ("." not in host and not loose):
        return None
    return raw.rstrip(".")


def announced_name(
    seg: Segment, reason: re.Match[str], kind_of: Callable[[], tuple[FailureKind, bool] | None]
) -> Hit | None:
    """The hit for a host-less `reason` under a line that announced which name it was looking up (nearest first)."""
    n = 0  # lines passed that are not a Python traceback's (`Traceback ...`, `  File "...", line N`, its code)
    crossed_prompt = False
    indented = 0  # indented lines passed since the last line counted: a traceback's code if a `File` line is above
    for line in seg.lines_before(LINES):
        head = line[:HEAD]
        low = head.lower()
        m = seg.doc.search_line(_ANNOUNCED, head) if any(word in low for word in _WORDS) else None
        if (
            not line.strip()  # the paste block ends: what is above it is another message
            or _SUCCEEDED.search(head)  # it worked: the failure below is not this lookup's
            # issue #17 (review): the failing call took a variable, or the quoted one is an earlier run's
            or ("gethostbyname" in low and _CALL_OF_A_VARIABLE.search(head) is not None)
            or (m is not None and m.group("call") is not None and crossed_prompt)
        ):
            return None
        crossed_prompt = crossed_prompt or _PROMPT_LINE.match(line) is not None
        if m and _opened(m) and n + indented >= CONNECTION_LINES:
            return None
        found = _name(m) if m else None
        if _TRACEBACK_LINE.match(line):
            indented = 0
        elif line[:1].isspace():
            indented += 1
        else:
            n, indented = n + indented + 1, 0
        if found is not None:
            read = kind_of()
            return (
                Hit(found, read[0], seg.start + reason.start(), seg.start + reason.end(), assumed=read[1])
                if read is not None
                else None
            )
    return None
