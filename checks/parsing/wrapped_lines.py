"""Lines a wrapping cut or marked, put back as the message read (issue #17, survey 7).

A resolver message copied from a tool's output arrives cut over several lines or with a mark at the start of each:

- Terraform's boxed diagnostic (`╷`, `│ Error: …`, `│ …`, `╵`): the box marks go, and the lines of one paragraph
  (Terraform word-wraps a paragraph to the terminal; its `  with …`/`  on …` lines are indented) are one line again;
- a Markdown quote (`> …` on every line): the marks go;
- a YAML folded block scalar (`message: >-` then indented lines, as go-yaml writes an Event): its lines are joined by
  spaces, which is what YAML reads (a literal `|` block's line breaks are the message's own and are kept);
- a YAML single-quoted scalar go-yaml folded at 80 columns (`message: 'Failed to pull … \\n    … host'`): joined by
  spaces, `''` read as `'`;
- `kubectl describe`'s Events table whose Message column a viewer wrapped onto indented lines: each such line joins
  the row above;
- a resolver's phrase, a continuation or a sentence cut at any width (`checks.parsing.cut_phrases`);
- a line a terminal cut at 80 or 120 columns (`checks.parsing.terminal_wraps`).

Each is guarded by a literal the wrapping cannot lack, so a paste without it costs one `in` test; all but the box are
looked for only on a paste of a screen's size (`unwrap_lines`).
"""

from __future__ import annotations

import functools
import re

from checks.parsing.cut_phrases import rejoin_cut_phrases
from checks.parsing.terminal_wraps import SCREEN, rejoin_terminal_wraps

_BOX_OPEN, _BOX_LINE, _BOX_CLOSE = "╷", "│", "╵"


@functools.cache
def _yaml_key() -> re.Pattern[str]:
    # `  message: >-`, `- message: >`, `    message: 'Failed …`: a key then a folded block or an opening quote
    return re.compile(r"( {0,40})(?:- )?[A-Za-z_][\w.-]{0,63}: ([>'])")


@functools.cache
def _events_header() -> re.Pattern[str]:
    return re.compile(r"[ \t]{0,8}Type[ \t]+Reason[ \t]+Age[ \t]+From[ \t]+(Message)[ \t]*")


QUOTED_LINES = 40
"""Lines a folded single-quoted scalar is read over at most (go-yaml folds a long message over a few)."""
MARKS = 1000
"""Occurrences of a wrapping's literal looked at per paste (a hostile paste repeating `: '` is read as it is)."""


def _marked_lines(text: str, literal: str, longest: int) -> list[tuple[int, int]]:
    """(start, end) of each line holding `literal` within `longest` characters of its start, in order."""
    found: list[tuple[int, int]] = []
    at, seen = text.find(literal), 0
    while at >= 0 and seen < MARKS:
        seen += 1
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if at - start <= longest and (not found or found[-1][0] != start):
            found.append((start, end))
        at = text.find(literal, end)
    return found


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


BOX_LINES = 200
"""Lines of one run of boxed lines whose paragraphs are joined (a diagnostic holds a few; a longer run only loses its
marks)."""


@functools.cache
def _box_run() -> re.Pattern[str]:
    # consecutive lines opening with Terraform's `│` (after at most 8 spaces: a CI runner's indent)
    return re.compile(r"(?m)^[ \t]{0,8}│[^\n]*(?:\n[ \t]{0,8}│[^\n]*)*")


@functools.cache
def _box_mark() -> re.Pattern[str]:
    return re.compile(r"(?m)^[ \t]{0,8}│ ?")


@functools.cache
def _quote_mark() -> re.Pattern[str]:
    return re.compile(r"(?m)^>(?: |$)")


def _join_paragraphs(box: str) -> str:
    """A box's lines without their marks, each paragraph's lines (not indented, not blank) as one line."""
    out: list[str] = []
    joinable = False
    for line in box.split("\n"):
        if not line.strip():
            joinable = False
            out.append("")
        elif joinable and not line.startswith(" "):
            out[-1] += " " + line
        else:
            joinable = not line.startswith(" ")
            out.append(line)
    return "\n".join(out)


def _unbox_run(m: re.Match[str]) -> str:
    bare = _box_mark().sub("", m.group(0))
    return _join_paragraphs(bare) if bare.count("\n") < BOX_LINES else bare


def _unbox(text: str) -> str:
    """Terraform's box marks off (`╷`/`╵` lines left blank), and a paragraph's lines inside the box joined."""
    text = _box_run().sub(_unbox_run, text)
    if _BOX_OPEN in text or _BOX_CLOSE in text:
        text = _box_edge().sub("", text)
    return text


@functools.cache
def _box_edge() -> re.Pattern[str]:
    return re.compile(r"(?m)^[ \t]{0,8}[╷╵][ \t]*$")


def _unquote_markdown(text: str) -> str:
    return _quote_mark().sub("", text)


def _single_quoted_end(line: str, at: int) -> int:
    """Offset just past the closing quote of a single-quoted scalar opened before `at`, or -1 (not closed here)."""
    i = line.find("'", at)
    while i >= 0:
        if line.startswith("''", i):
            i = line.find("'", i + 2)
            continue
        return i + 1
    return -1


def _next_line(text: str, at: int) -> tuple[int, int]:
    """(start, end) of the line after the one ending at `at` (start > len(text): there is none)."""
    end = text.find("\n", at + 1)
    return at + 1, len(text) if end < 0 else end


def _unfold_yaml(text: str) -> str:
    """Folded block scalars and folded single-quoted scalars as one line each."""
    heads = sorted({*_marked_lines(text, ": >", 110), *_marked_lines(text, ": '", 110)})
    out: list[str] = []
    done = 0
    for start, head_end in heads:
        end = head_end
        m = _yaml_key().match(text, start, end)
        if start < done or m is None:
            continue
        key_indent, rest = len(m.group(1)), text[m.end() : end].strip()
        parts: list[str] = []
        if m.group(2) == ">":
            if rest not in ("", "-", "+"):
                continue
            head = text[start : m.end() - 1]
            lo, hi = _next_line(text, end)
            while lo <= len(text) and (_indent(text[lo:hi]) > key_indent or not text[lo:hi].strip()):
                if text[lo:hi].strip():  # a blank line after the block stays
                    parts.append(text[lo:hi].strip())
                    end = hi
                lo, hi = _next_line(text, hi)
            joined = head + " ".join(parts)
        else:
            if _single_quoted_end(text[m.end() : end], 0) >= 0:
                continue
            head = text[start : m.end()]
            parts.append(text[m.end() : end].strip())
            lo, hi = _next_line(text, end)
            for _ in range(QUOTED_LINES):
                line = text[lo:hi]
                if lo > len(text) or _indent(line) <= key_indent or not line.strip():
                    break
                parts.append(line.strip())
                end = hi
                if _single_quoted_end(line, 0) >= 0:
                    break
                lo, hi = _next_line(text, hi)
            joined = head + " ".join(parts).replace("''", "'")
        out += (text[done:start], joined)
        done = end
    return "".join(out) + text[done:] if out else text


def _join_event_rows(text: str) -> str:
    """Rows of a `kubectl describe` Events table whose message goes on over lines indented to its Message column."""
    out: list[str] = []
    done = 0
    for start, head_end in _marked_lines(text, "Reason", 40):
        end = head_end
        m = _events_header().fullmatch(text, start, end)
        if start < done or m is None:
            continue
        column = m.start(1) - start
        out.append(text[done:end])
        lo, hi = _next_line(text, end)
        while lo <= len(text) and text[lo:hi].strip() and text[lo : lo + 1] in (" ", "\t"):
            line = text[lo:hi]
            out.append(" " + line.strip() if _indent(line) >= column - 2 else "\n" + line)
            end = hi
            lo, hi = _next_line(text, hi)
        done = end
    return "".join(out) + text[done:] if out else text


def unwrap_lines(text: str) -> str:
    """`text` with the wrappings above undone; text without their marks is returned as it is.

    Quotes, folded YAML, wrapped Events rows and a terminal's cuts are looked for on a paste up to a screen's copy
    (SCREEN, above Slack's 40 000-character message): a megabyte of log is a file, and four searches of it for marks
    it does not hold would cost it about 3 ms. Terraform's box mark is not ASCII: looking for it costs nothing."""
    if _BOX_LINE in text:
        text = _unbox(text)
    if len(text) > SCREEN:
        return text
    if text.startswith(">") or "\n>" in text:
        text = _unquote_markdown(text)
    if ": >" in text or ": '" in text:
        text = _unfold_yaml(text)
    if "Reason" in text:
        text = _join_event_rows(text)
    return rejoin_terminal_wraps(rejoin_cut_phrases(text))
