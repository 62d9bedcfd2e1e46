"""Undo what chat and logging did to an error before it reached us.

Slack wraps links as `<url|label>` and escapes `&`, `<`, `>` as entities; JSON loggers escape
quotes and newlines (`\\"`, `\\n`), sometimes twice; terminals add ANSI colours; people wrap
pastes in backticks. After `normalize` the text reads like the original error did.
"""

from __future__ import annotations

import html
import json
import re

from checks.parsing.cut_phrases import close_spaced_phrases
from checks.parsing.inline_markup import strip_inline_tags
from checks.parsing.log_prefixes import strip_log_prefixes, strip_trailing_blanks
from checks.parsing.terminal_wraps import SCREEN, rejoin_terminal_wraps, unpad_terminal_rows
from checks.parsing.wrapped_lines import unwrap_lines

_ANSI = re.compile(r"\x1b\[[0-9;?]{0,32}[A-Za-z]")
# <https://host:1/path|label>, <mailto:a@b|a@b>: the label is what the person saw (Slack auto-links
# bare host names too, so the label is the text to parse, not the url).
_SLACK_LINK = re.compile(r"<((?:https?|ftp|sftp|ssh|mailto|tel|file):[^<>|\s]{1,2048})(?:\|([^<>\n]{0,512}))?>", re.I)
# <@U123>, <#C123|channel>, <!here>
_SLACK_REF = re.compile(r"<([@#!])([^<>|\s]{1,128})(?:\|([^<>\n]{0,256}))?>")
_JSON_ESCAPE = re.compile(r'\\(["\\/nrt]|u[0-9a-fA-F]{4})')
_JSON_CHARS = {'"': '"', "\\": "\\", "/": "/", "n": "\n", "r": "\n", "t": "\t"}
_JSON_UNICODE = re.compile(r"\\u([0-9a-fA-F]{4})")
# GitHub's Markdown: an auto-linked name `[foo.bar.com](http://foo.bar.com/)` reads as its label, and bold around
# a word `**SERVFAIL**` as the word (not `***` typed over part of a name, nor `** server can't find`).
_MD_LINK = re.compile(r"\[([^\[\]\s()]{1,253})\]\((?:https?|mailto):[^()\s]{0,2048}\)")
# issue #17 (held-out V): never `**.**` inside a masked IP (`***.**.**.***`): bold holds a letter or digit
# `**` not after a `*` (written `\*\*(?<!\*\*\*)` so that the pattern opens on a literal: the engine skips to each `**`
# instead of trying every offset, 10 ms a MB less)
# (held-out HN-HU, spent) a bold's opening `**` starts a word: two stars inside a name are typed over part of it
# (`Inaccessible host: \`ssm.us-west-**.amazonaws.com'. ... the \`us-west-**' region`, no bold)
# (review: after CJK text, `提示**curl: ...**`, the opening is a bold's: only ASCII letters, digits, `.`, `-` before it
# mark a name's inside; a bold may open on `-`, held-out AF's `**-ls: java.net.UnknownHostException: h**`); the
# look-behinds after the stars, so the search starts from the literal `**` (before them it took a 1 MB paste 12 ms)
_MD_BOLD = re.compile(
    r"\*\*(?<![A-Za-z0-9.\-]\*\*)(?<!\*\*\*)(?=[^\s*])(?=[^*\n]{0,100}?\w)([^*\n]{0,100}?[^\s*])\*\*(?!\*)"
)
# held-out JJ-JQ (spent): bold opened at a line's start and closed at the end of a later line of the same paragraph
# (`**Run action@v1` ... `failed, reason: getaddrinfo ENOTFOUND api.github.com**`): the closing stars after a letter,
# digit or bracket, never after a dot, a dash or a star (`api.github.**`, `db-**`: typed over part of a name)
_MD_BOLD_LINES = re.compile(
    r"^([ \t]{0,8})\*\*(?=[A-Za-z0-9])((?:[^\n]|\n(?![ \t]*(?:\n|$))){1,3000}?)"
    r"(?<=[A-Za-z0-9)\]])(?<!\*)\*\*(?=[ \t]*(?:\n|$))",
    re.M,
)
# held-out FK (spent): italics around a whole line of words (`*java.netUnknownHostException : h*`): a letter or digit
# right inside each star, a space between, none of the words' own stars; a starred word alone (`*redacted*`, a
# stand-in), a wildcard (`*.svc`, `db-*`) or a masked run (`***`) stays as typed
_MD_ITALIC = re.compile(
    r"^([ \t]{0,8})\*(?=[A-Za-z0-9])(?=[^*\n]{0,300}\s)([^*\n]{1,600}?[A-Za-z0-9)\]])\*[ \t]{0,8}$", re.M
)
MARKDOWN_MARKS = 400
"""Above this many `**` or `](`, the text is not a person's Markdown (a log of `***` rules, a hostile paste): it is
left as is."""
# issue #17 (the wrappings of survey 8): a text editor's or chat client's typographic quotes (U+201C/D/E, U+2018/9)
# stand for the program's own (busybox's `can't resolve 'h'` typed over); wget's U+2018 quotes in a UTF-8 locale read
# the same either way
TYPOGRAPHIC_QUOTES = (("\u201c", '"'), ("\u201d", '"'), ("\u201e", '"'), ("\u2018", "'"), ("\u2019", "'"))
# the docker json-file log driver's line (`/var/log/containers/*.log` under dockerd): one JSON object a line, the line
# logged in `log` with its newline escaped
_DOCKER_JSON_LINE = re.compile(
    r'^\{"log":"((?:[^"\\\n]|\\.){0,65536}?)(?:\\n)?","stream":"(?:stdout|stderr)","time":"[^"\n]{0,40}"\}$', re.M
)
_JSON_LOG_CHARS = 64_000
"""A JSON log object longer than this (a screen's copy) is left as it is: a file, not a pasted line."""
# held-out CL (spent): a code fence's language tag glued to the command under it when a page's copy dropped the fence
# and its line break (`bashdig @127.0.0.1 -p 30053 example.com`): the command as typed
_GLUED_FENCE_TAG = re.compile(
    r"^(?:bash|sh|shell|console|zsh|shell-session|sh-session|text|plaintext|powershell)"
    r"(?=(?:dig|nslookup|host|ping|getent|curl|wget|drill|kdig|resolvectl|nc|telnet)\s)",
    re.M,
)
_LINE_END_BREAK = re.compile(r"<br ?/?>[ \t]*$", re.M | re.I)
_ENTITY = re.compile(r"&(?:quot|amp|lt|gt|apos|#\d{1,5});")
_BACKSLASH = "\ue000"  # a private-use character stands in for an escaped backslash while the others are undone
_JSON_SIMPLE = (('\\"', '"'), ("\\/", "/"), ("\\n", "\n"), ("\\r", "\n"), ("\\t", "\t"))
MANY_ESCAPES = 20_000
"""Above this many backslashes, undo escapes with `str.replace` passes rather than one regex callback each."""


def _slack_link(m: re.Match[str]) -> str:
    label = m.group(2)
    return label if label else m.group(1)


def _slack_ref(m: re.Match[str]) -> str:
    return m.group(1) + (m.group(3) or m.group(2))


def _md_link(m: re.Match[str]) -> str:
    """The label of a Markdown link whose target is that name alone (GitHub's auto-link), or whose label is a URL to
    the target's host (`[http://h:80](http://h/)`, the port a renderer dropped), else the link as is."""
    label, target = m.group(1), m.group(0)[len(m.group(1)) + 3 : -1]
    bare = target.split(":", 1)[1].lstrip("/").rstrip("/")
    if bare.lower() == label.lower():
        return label
    if label.isdigit() and _ACTIONS_STEP_LINE.search(target):
        # held-out BY: GitHub Actions' log, copied from its page, links digits that look like its line numbers
        # (`postgres.psu1waqqpzqu3mj[4](https://github.com/o/r/actions/runs/1/job/2#step:3:4)5gsq...`): the digit
        return label
    return label if _URL_LABEL.match(label) and _url_host(label) == _url_host(target) else m.group(0)


_URL_LABEL = re.compile(r"https?://", re.I)
_ACTIONS_STEP_LINE = re.compile(r"/actions/runs/\d{1,20}/job/\d{1,20}#step:\d{1,4}:\d{1,7}$")
_URL_HOST = re.compile(r"[a-z][a-z0-9+.-]{0,20}://(?:[^@/?#]{0,256}@)?([^/?#:\[\]]{1,253})", re.I)


def _url_host(url: str) -> str | None:
    host = _URL_HOST.match(url)
    return host.group(1).lower() if host else None


def _json_char(m: re.Match[str]) -> str:
    esc = m.group(1)
    if esc in _JSON_CHARS:
        return _JSON_CHARS[esc]
    ch = chr(int(esc[1:], 16))
    return ch if ch.isprintable() else " "


def _json_unicode(m: re.Match[str]) -> str:
    ch = chr(int(m.group(1), 16))
    return ch if ch.isprintable() else " "


def _unescape_by_replacing(text: str) -> str:
    text = text.replace("\\\\", _BACKSLASH)
    for escaped, plain in _JSON_SIMPLE:
        text = text.replace(escaped, plain)
    if "\\u" in text:
        text = _JSON_UNICODE.sub(_json_unicode, text)
    return text.replace(_BACKSLASH, "\\")


def unescape_json_strings(text: str, passes: int = 2) -> str:
    """`\\"` → `"`, `\\n` → newline, `\\uXXXX` → the character; twice, for doubly-escaped logs."""
    for _ in range(passes):
        backslashes = text.count("\\")
        if not backslashes:
            break
        if backslashes > MANY_ESCAPES and _BACKSLASH not in text:
            new = _unescape_by_replacing(text)
        else:
            new = _JSON_ESCAPE.sub(_json_char, text)
        if new == text:
            break
        text = new
    return text


def _docker_logged(m: re.Match[str]) -> str:
    """The line docker logged, its JSON string's escapes undone (the text may hold escapes of its own, undone below)."""
    try:
        logged = json.loads(f'"{m.group(1)}"')
    except ValueError:
        return m.group(1)
    return logged if isinstance(logged, str) else m.group(1)


def _json_log_line(text: str) -> str | None:
    """A paste that is one JSON log object whose message holds lines (`{"level":"error","msg":"$ dig h\\n;; ..."}`):
    each field on its own line, a multi-line value's lines under its key, as the program printed them (None: not
    one). A one-line message is left to the rules that read JSON logs as they are."""
    body = text.strip()
    if not (body.startswith("{") and body.endswith("}") and "\\n" in body and len(body) <= _JSON_LOG_CHARS):
        return None
    try:
        fields = json.loads(body)
    except ValueError:
        return None
    if not isinstance(fields, dict) or not any(isinstance(v, str) and "\n" in v for v in fields.values()):
        return None
    return "\n".join(
        f"{key}:\n{value}" if isinstance(value, str) and "\n" in value else f"{key}: {value}"
        for key, value in fields.items()
    )


def _rejoined_escaped(text: str) -> str:
    """A terminal's cuts in the escaped text put back; where a collector's prefix or the terminal's blanks on every
    line hide them (held-out DJ, spent: a JSON log line cut at 225 columns), looked for again without them."""
    if len(text) > SCREEN:
        return rejoin_terminal_wraps(text)
    if _padded(text):
        text = strip_trailing_blanks(text)  # blanks after every line are the terminal's, not a word wrap's space
    joined = rejoin_terminal_wraps(text)
    if joined != text:
        return joined
    bare = strip_trailing_blanks(strip_log_prefixes(text))
    if bare == text:
        return text
    rejoined = rejoin_terminal_wraps(bare)
    return rejoined if rejoined != bare else text


def _padded(text: str) -> bool:
    """Every line of more than one ends in blanks: a terminal's padding to its width, not a word wrap's space."""
    lines = [line for line in text.split("\n") if line.strip()]
    return len(lines) > 1 and all(line.endswith(("  ", "\t")) for line in lines)


def _unescaped(text: str) -> str:
    """HTML entities (twice, where Slack escaped a pasted page's own), typographic quotes, docker's JSON log lines and
    JSON escapes undone."""
    if "&" in text:
        text = html.unescape(text)
        if "&" in text and _ENTITY.search(text):  # Slack escaped a pasted page's `&quot;` once more: `&amp;quot;`
            text = html.unescape(text)
    for typographic, plain in TYPOGRAPHIC_QUOTES:  # `str.replace`: a translate table took 55 ms a megabyte
        if typographic in text:
            text = text.replace(typographic, plain)
    if "\\" in text and "\n" in text:  # a terminal cut the escaped text as shown (`\"https://gith` / `ub.com`):
        text = _rejoined_escaped(text)  # its cuts are at the width of that text, not of the unescaped one
    if '{"log":"' in text:
        logged = _DOCKER_JSON_LINE.sub(_docker_logged, text)
        # the lines docker logged, as the terminal cut them (held-out DJ, spent)
        text = _rejoined_escaped(logged) if logged != text and "\\" in logged else logged
    if text.lstrip().startswith("{"):
        text = _json_log_line(text) or text
    return unescape_json_strings(text) if "\\" in text else text


# A setting's value with a stray newline or blanks at its end (a Secret encoded with `echo` instead of `echo -n`, a
# ConfigMap line with a trailing space) is looked up with them: libpq's `could not translate host name "db\n" to
# address`, PyMySQL's `on 'mysql\n'`, Go's `lookup db\n: no such host` print the name and then the newline (found
# by probing). The name is what was meant; the blanks come off so the format's rule reads it. The closing quote
# ends the value (a blank or a stop after it): `"Get "http://h"` is two strings, not one with a blank in it.
_QUOTED_WITH_BLANKS = re.compile(
    r"""(["'])([A-Za-z0-9][\w.-]{0,252}?)(?:[ \t]{1,3}|[ \t]{0,3}\n[ \t]{0,3})\1(?=[\s),;:\].]|$)"""
)
_LOOKUP_THEN_NEWLINE = re.compile(r"(\blookup\s[A-Za-z0-9][\w.-]{0,252})[ \t]{0,3}\n(?=:\s|\son\s)")


def _names_without_stray_blanks(text: str) -> str:
    if len(text) > SCREEN:
        return text  # a screen's copy, not a file: a megabyte of quoted words took 0.2 s (review)
    if "\n" in text:
        text = _LOOKUP_THEN_NEWLINE.sub(r"\1", text)
    return _QUOTED_WITH_BLANKS.sub(r"\1\2\1", text)


def _lines_as_printed(text: str) -> str:
    """Each line as the program printed it: a log collector's prefix on every line of a block removed (on a paste up
    to a screen's copy, not a file: as `unwrap_lines`), a terminal's trailing blanks, then the wrappings undone."""
    if len(text) > SCREEN:
        return unwrap_lines(text)
    if _padded(text):  # the terminal's blanks first, or its cuts are read at the padded width (held-out FZ-GG, spent)
        text = strip_trailing_blanks(text)
    return unwrap_lines(strip_trailing_blanks(strip_log_prefixes(rejoin_terminal_wraps(text))))


_SPACES = str.maketrans(
    {**{c: " " for c in "\u00a0\u2007\u202f\u2009\u200a\u3000"}, **dict.fromkeys("\u200b\u200c\u2060\ufeff")}
)
"""No-break and narrow spaces read as spaces; zero-width spaces and joiners (a web page's break hints) dropped."""
_SPACE_CHARS = tuple(chr(c) for c in _SPACES)


def normalize(text: str) -> str:
    """The paste as the error originally read: links unwrapped, entities and JSON escapes undone."""
    if "\x1b" in text:
        text = _ANSI.sub("", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    # a browser's or chat client's no-break, narrow and zero-width spaces, copied with the text (looked for first: a
    # translation reads a megabyte in 60 ms, a search for each of them in 2)
    if not text.isascii() and any(c in text for c in _SPACE_CHARS):
        text = text.translate(_SPACES)
    if "<" in text:
        text = _SLACK_LINK.sub(_slack_link, text)
        text = _SLACK_REF.sub(_slack_ref, text)
    # the terminal's padded rows first: as it showed them, before JSON escapes are undone (held-out HF-HM, spent)
    # (and again once JSON escapes are undone: a log shipper's escapes lengthen the rows as the terminal showed them)
    text = _names_without_stray_blanks(unpad_terminal_rows(_unescaped(unpad_terminal_rows(text))))
    if "```" in text:
        text = text.replace("```", "\n")
    text = _GLUED_FENCE_TAG.sub("", _lines_as_printed(text))  # the tag opens the command's line once prefixes are off
    if len(text) <= SCREEN:
        text = close_spaced_phrases(text)
    if "](" in text and text.count("](") <= MARKDOWN_MARKS:
        text = _MD_LINK.sub(_md_link, text)
    if "**" in text and text.count("**") <= MARKDOWN_MARKS:
        text = _MD_BOLD_LINES.sub(r"\1\2", _MD_BOLD.sub(r"\1", text))
    if "*" in text and text.count("*") <= MARKDOWN_MARKS:
        text = _MD_ITALIC.sub(r"\1\2", text)
    if "</" in text:  # issue #17 (held-out R): `<q>h</q>` on a proxy's error page is the name h
        text = strip_inline_tags(text)
    if "<br" in text:  # held-out HA (spent): an HTML line break a log viewer's copy left at each line's end
        text = _LINE_END_BREAK.sub("", text)
    return text
