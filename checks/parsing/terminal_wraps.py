"""A line a terminal (or `fold`) cut at its width, put back as one (issue #17, survey 7).

Copied from tmux, `less`, a CI log viewer or `fold`, a long error arrives cut at the screen's width: at exactly the
width (a hard wrap, the cut may fall inside a word) or at the last space within it (a word wrap: the next word would
not have fit). A person's paste of a screen is short; a longer text is a file, and its line breaks are its own.
Only the two widths terminals most often have are read, and a next line that opens a new log record (a timestamp, a
klog or syslog header, a level, a JSON object, a stack frame) is never joined. No line of the paste may be longer than
the width. A cut inside a word is joined as is only where the paste shows the terminal's cuts (two lines of exactly the
width, not counting lines drawn to the width such as pytest's `=====`), never before a test runner's gutter, a numbered
record or a program's prefix, and where a single cut falls inside a name the paste shows whole elsewhere (`lookup gith`
/ `ub.com` under a URL of `github.com`); elsewhere by a space, which reads as the line break did. `normalize` reads
the cuts on the text as the terminal showed it: before JSON escapes are undone and a collector's prefix is removed.
A word wrap's continuation may be indented under its line (2 to 12 spaces: textwrap's, a log viewer's) and wrapped
again; it is joined by one space. A word wrap may keep the space it broke at as the line's last character (`fold -s`,
some viewers): the line goes on as is.
"""

from __future__ import annotations

import functools
import itertools
import re

WIDTHS = (80, 120)
"""Terminal widths whose wraps are undone: the common default and the common wide one."""
SLACK = 25
"""A word-wrapped line is at most this much shorter than the width (the word that did not fit is shorter)."""
SCREEN = 64_000
"""Pastes longer than this are not a screen's copy: their line breaks are kept."""


_PROMPT = re.compile(r"\s{0,4}(?:[\w.@:~/-]{0,80}[$#%>]|PS [^>\n]{0,200}>|\[exit \d{1,3}\])(?:\s|$)")
"""A shell's prompt opening a line (`$ `, `root@host:~# `, `PS C:\\> `, `[exit 1]`): a new command, no piece of a cut
line."""


@functools.cache
def _record_start() -> re.Pattern[str]:
    return re.compile(
        r"\d{4}[-/.]\d\d[-/.]\d\d|\d\d:\d\d:\d\d|[IWEF]\d{4} |[{\[<>|#*-]|[A-Z][a-z]{2} [ \d]\d \d\d:"
        r"|(?:ERROR|ERR|WARN(?:ING)?|INFO|DEBUG|TRACE|FATAL|PANIC|CRITICAL|level=|time=|ts=)|at |Caused by|Traceback"
        r"|[^\W\d]{3,9}\.? {1,2}\d{1,2} \d\d:\d\d"  # syslog's header in any language (`avril 25 12:34:42`)
        r"|[WEN]: |(?:Err|Ign|Hit|Get):\d{1,4} "  # apt's records (held-out HF-HM, spent)
    )


@functools.cache
def _loose_start() -> re.Pattern[str]:
    """Openings of a new line a word wrap is not told from; a hard cut (exactly the width) may open on them
    (`UnknownHostExceptio` / `n: h`)."""
    return re.compile(
        r"[a-z][\w-]{0,30}: "  # a program's prefix (`rsync: `, `telnet: `)
        r"|\d+\.\d+ "  # a build step's elapsed seconds (`7.327 Err:3 …`)
        r"|[a-z][a-z0-9+.-]{1,15}://"  # a link on a line of its own
    )


@functools.cache
def _gutter() -> re.Pattern[str]:
    """Openings no cut leaves: a test runner's gutter (pytest's `E   `, `>   `), a numbered record (`511 info …`), a
    program's prefix (`make: `, `curl: `), a shell's report (`command terminated with …`)."""
    return re.compile(r"\S{1,2} {2,}|\d{1,7} [A-Za-z]|[a-z][\w-]{0,30}: |command terminated ")


@functools.cache
def _name_tail() -> re.Pattern[str]:
    """A cut name's last piece and the reason a resolver prints right after a name (`local: no such host`, `com: Name
    or service not known`): the opening of a program's prefix in shape, but a name going on. Only these tails, not
    every resolver phrase (`kinds.classify_resolution`): `curl: (6) Could not resolve host` after a line that ended in a
    name is a program's next message, not the name going on."""
    return re.compile(
        r"[a-z0-9][\w.-]{0,62}: (?:no such host|i/o timeout|server misbehaving|name or service not known|temporary "
        r"failure|nodename nor servname|try again|name does not resolve|no address associated|unknown host)",
        re.I,
    )


@functools.cache
def _decoration() -> re.Pattern[str]:
    """A line drawn to the width (pytest's `=====` and `____ test ____`, a table's rule): no cut of the terminal's."""
    return re.compile(r"([=_~*#─━═-])\1{3}")


def _same_prefix(last: str, nxt: str) -> bool:
    """Both lines open with the same word: a collector's prefix (`api-1  | `), not a line going on; or with the same
    `key=` (a logfmt log's records, `req=97b7… getaddrinfo failed …` / `req=2163… …`: session 56 found a log of 150
    such lines of 70 characters read as one paragraph a terminal had wrapped at 80)."""
    word = last.split(" ", 1)[0]
    if len(word) > 1 and nxt.startswith(word):
        return True
    key = _LOGFMT_KEY.match(last)
    return key is not None and nxt.startswith(key.group(0))


_LOGFMT_KEY = re.compile(r"[A-Za-z_][\w.-]{0,30}=")


def _name_cut(last: str, nxt: str, text: str) -> bool:
    """The cut fell inside a name the paste shows whole elsewhere (`lookup gith` / `ub.com on ...` under a URL of
    `github.com`): a single line of the width, cut, not a line that happens to be that long."""
    tail, head = _TAIL.search(last), _HEAD.match(nxt)
    if tail is None or head is None:
        return False
    name = tail.group(0) + head.group(0)
    return "." in name and len(name) >= NAME_SHOWN and _whole_name(name).search(text) is not None


NAME_SHOWN = 6
"""The shortest name a cut is told by (a shorter one, `a.io`, may be any two pieces)."""
_TAIL = re.compile(r"[A-Za-z0-9][\w.-]{0,252}\Z")
_HEAD = re.compile(r"[\w.-]{0,252}[A-Za-z0-9]")


def _whole_name(name: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w.-])" + re.escape(name) + r"(?![\w-])", re.I)


def _wrapped_at(
    last: str, nxt: str, widths: tuple[int, ...], cut: int | None, text: str = "", continued: bool = False
) -> str | None:
    """What joins `last` to `nxt` if a terminal cut one line there ("" for a hard wrap, " " for a word wrap).

    A line of exactly the width is a terminal's cut, joined as is, where the paste holds two or more of that width
    (`cut`: the labelled pastes hold such cuts inside a word, `getaddr` / `info`, `HTTPSConnect` / `ionPool`). A single
    one may as well be a line that happens to be that long (`… name resolution` / `fatal: …`): it is joined only when
    the next line could go on it, by a space unless the cut fell at one (a space between two words a cut split reads
    as the line break did). A word wrap goes on with a word that could go on a sentence (lower case, a digit, an
    opening bracket or quote) that would not have fit on the line; it may go on indented under the line (a word wrap's
    continuation, `Python's textwrap`, a log viewer's), and such a continuation may be wrapped again."""
    body = nxt.lstrip(" ")
    indent = len(nxt) - len(body)
    if (
        not body  # a blank line (or one of blanks)
        or _record_start().match(body)
        or "\t" in last  # tabs are not one column each
        or "\t" in nxt
        # an indented line (a stack frame), not a cut piece that opens on the one space the cut fell before, nor a
        # word wrap's continuation indented as the next one is
        or (last[0].isspace() and not (continued and _continues_at(last, indent)))
        or _same_prefix(last, nxt)
    ):
        return None
    if len(last) == cut and (
        not _gutter().match(nxt) or _name_tail().match(nxt) or _chain_cut_word(last, nxt, continued)
    ):
        return ""
    if _loose_start().match(nxt) or _gutter().match(nxt):
        return None
    word_wrapped = (INDENTS[0] <= indent <= INDENTS[1] or indent == 0) and not (
        _loose_start().match(body) or _gutter().match(body)
    )
    for width in widths:
        if len(last) == width:
            return "" if last[-1] == " " or nxt[0] == " " or _name_cut(last, nxt, text) else " "
        glue = _word_wrap(last, body, indent, width) if word_wrapped else None
        if glue is not None:
            return glue
    return None


def _chain_cut_word(last: str, nxt: str, continued: bool) -> bool:
    """Inside a run of cuts (`last` itself went on a cut line), a cut in a word goes on even where the piece after it
    looks like a program's prefix (`... a new conne` / `ction: [Errno -2] ...`; held-out FZ-GG, spent): a record that
    ended at exactly the width, right after a cut, is rarer than a word cut there. Not after a dotted name, which may
    well end its record (`ping: unknown host h.example.org` / `make: *** ...`)."""
    return (
        continued
        and last[-1:].isalpha()
        and nxt[:1].islower()
        and nxt[:1].isalpha()
        and "." not in last.rsplit(" ", 1)[-1]
    )


def _word_wrap(last: str, body: str, indent: int, width: int) -> str | None:
    """What joins a word wrap at `width` of `last` to the next line (`body`, under `indent` spaces), if it is one."""
    word = body.split(" ", 1)[0]
    if _kept_space_wrap(last, word, width) and not indent:
        return ""  # `fold -s`'s and some viewers' word wrap: the space stays at the line's end (held-out BV)
    if (
        width - SLACK <= len(last) < width
        and (
            body[0].islower()
            or body[0].isdigit()
            or body[0] == "("
            # a quoted word goes on only after a colon (PowerShell's `could not be resolved:` / `'h'`): after a whole
            # message (`... not found` / `"bitnami" has been added ...`) it opens the next one (the noise test)
            or (body[0] in "\"'" and last[-1] in ":=")
            or (indent and _opens_on(last, body))
        )
        and not last[-1].isspace()
        and len(last) + 1 + len(word) > width
    ):
        return " "
    return None


def _kept_space_wrap(last: str, word: str, width: int) -> bool:
    """`last` ends in the one space a word wrap broke at, and the next word would not have fit after it."""
    return (
        width - SLACK <= len(last) <= width
        and last[-1] == " "
        and not last[-2:-1].isspace()  # two spaces: Markdown's line break
        and len(last) + len(word) > width
    )


def _opens_on(last: str, body: str) -> bool:
    """An indented continuation may open on a capital where its line did not end a sentence (`Unhandled` /
    `    Exception: …`, `(OS` / `    Error: …`)."""
    return body[0].isupper() and last[-1] not in ".:;!?"


INDENTS = (2, 12)
"""The indentation (in spaces) a word wrap's continuation may have under its line."""


def _continues_at(last: str, indent: int) -> bool:
    """`last`, an indented line, is a wrap's continuation the next line goes on from: a cut piece that opens on the one
    space the cut fell before, or a word wrap's continuation indented as the next line is."""
    if last[0] == " " and not last[1:2].isspace():
        return True
    return INDENTS[0] <= indent <= INDENTS[1] and last[:indent] == " " * indent and not last[indent].isspace()


OTHER_WIDTH = 60
"""The narrowest width read from the paste itself (a console at another width: Docker for Windows', held-out BP)."""


RECORD_WIDTH = 100
"""The narrowest width read from two log records cut once each (a wide terminal's; prose is wrapped narrower)."""
TEMPLATE = 12
"""Opening characters two lines of one log template share (a time stamp, a pod's prefix); a line's cut goes on with
other text."""


def _other_width(lines: list[str], longest: int) -> int | None:
    """A width other than 80 or 120 that the paste shows a terminal cut at: its longest lines, two of exactly that
    length one right under the other (one line cut twice; two lines that merely happen to be as long are apart: a
    build log's `package …` lines, held-out BE), not drawn to it."""
    if longest < OTHER_WIDTH:
        return None
    at = [len(line) == longest and not _decoration().search(line) for line in lines]
    # (the second goes on the first: not a log line repeated word for word, nor a new record, nor one opening as the
    # first does, the same template that happens to be as long; the noise test, session 49: two `[date WARN ] ...
    # Temporary failure in name resolution` lines of 227 characters, three CoreDNS `pod[coredns]: ... i/o timeout`
    # lines of 175, glued a link below onto the last name)
    # (probes, round 23: a command and its one-line error that happen to be as long are no cut: a line cut twice goes
    # on below its second piece, on a line that is no blank and no shell's next prompt; review: a prompt or `[exit 1]`
    # below them)
    ended = len(lines)
    while ended and not lines[ended - 1].strip():
        ended -= 1
    pairs = zip(at, at[1:], lines, lines[1 : ended - 1], lines[2:ended], strict=False)
    if any(
        a
        and b
        and line[:TEMPLATE] != nxt[:TEMPLATE]
        and not _record_start().match(nxt.lstrip(" "))
        and (not after.strip() or not _PROMPT.match(after))
        for a, b, line, nxt, after in pairs
    ):
        return longest
    # held-out GX (spent): two records of a journal each cut once at the width (`... lookup kubernet` /
    # `es.service.consul on ...`, `... rkt api se` / `rvice: ...`): both go on, on the next line, with no record's
    # start, each cut inside a word; both are a log's records (review: two lines of a person's prose as long are no
    # cuts)
    if longest < RECORD_WIDTH:
        return None
    cuts = [
        (line, nxt)
        for a, line, nxt in zip(at, lines, lines[1:], strict=False)
        if a
        # (held-out HF-HM, spent: apt's `... Could` / ` not resolve 'h'`) or at the space between two words
        and (nxt[:1].isalnum() or (nxt[:1] == " " and nxt[1:2].isalnum()))
        and line[-1:].isalnum()
        and _record_start().match(line)
        and not _record_start().match(nxt)
    ]
    return longest if len(cuts) >= 2 and len({line[-TEMPLATE:] for line, _ in cuts}) == len(cuts) else None


def _cut_at(lines: list[str], width: int) -> int:
    """Lines the terminal may have cut at `width`: as long as it, not drawn to it, with a line after them, each text
    counted once (a log line repeated word for word is one line that happens to be that long, not two cuts: the noise
    test of 2026-12-05)."""
    return len(
        {
            line
            for line, nxt in itertools.pairwise(lines)
            if len(line) == width and nxt and not _decoration().search(line)
        }
    )


def rejoin_terminal_wraps(text: str) -> str:
    """`text` with each line a terminal cut at 80 or 120 columns joined back."""
    if len(text) > SCREEN or "\n" not in text:  # (unwrap_lines asks only for short ones; kept for direct callers)
        return text
    lines = text.split("\n")
    longest = max(len(line) for line in lines)
    widths = tuple(w for w in WIDTHS if longest <= w)  # `fold` or a terminal leaves no line longer than its width
    if widths:
        at_width = [_cut_at(lines, w) for w in widths]
        cut = next((w for w, n in zip(widths, at_width, strict=True) if n >= 2), None) or _other_width(lines, longest)
    else:
        cut = _other_width(lines, longest)  # its hard cuts only: no word wrap is read at a width the paste shows
        if cut is None:
            return text
    out, last, continued = [lines[0]], lines[0], False
    for line in lines[1:]:
        glue = _wrapped_at(last, line, widths, cut, text, continued) if len(last) >= WIDTHS[0] - SLACK else None
        if glue is None:
            out.append(line)
        elif line.startswith("  "):  # a continuation indented under the line (a word wrap's): one space, as read
            out[-1] += " " + line.lstrip(" ")
        else:
            out[-1] += glue + line
        last, continued = line, glue is not None
    return "\n".join(out)


_PAD = re.compile(r" {20,}")
PAD_WIDTH = 100
"""The narrowest terminal whose padded rows are read (`unpad_terminal_rows`): a table's columns are narrower."""
PAD_PREFIX = 80
"""Characters a log's own prefix (a time stamp, a container's name, a klog header) may add before the first row."""


def _rows_of_one_width(line: str, runs: list[re.Match[str]]) -> bool:
    """Every run of blanks ends one width after the one before it (the terminal's width, at least PAD_WIDTH), each
    after some text, and the first within PAD_PREFIX characters past one width (a prefix put before the pasted line)."""
    ends = [run.end() for run in runs]
    width = ends[1] - ends[0]
    return (
        width >= PAD_WIDTH
        and 0 <= ends[0] - width < PAD_PREFIX
        and all(b - a == width for a, b in itertools.pairwise(ends))
        and all(run.start() > end for run, end in zip(runs[1:], ends, strict=False))
        and len(line) - ends[-1] <= width
    )


def unpad_terminal_rows(text: str) -> str:
    """A record a terminal wrapped, pasted as one line with each of its rows padded with blanks to the terminal's width
    (held-out HF-HM, spent: Docker Compose's `diun | ... digest fr` + 111 blanks + `om HEAD request ...`, the cuts
    inside words): the blanks taken out where the runs of them end one width apart, at least twice (a table's wide
    column is neither so wide nor so regular)."""
    if " " * 20 not in text:
        return text
    out = []
    for line in text.split("\n"):
        runs = list(_PAD.finditer(line)) if len(line) >= 2 * PAD_WIDTH else []
        out.append(_PAD.sub("", line) if len(runs) >= 2 and _rows_of_one_width(line, runs) else line)
    return "\n".join(out)
