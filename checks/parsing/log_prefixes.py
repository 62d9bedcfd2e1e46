"""The prefix a log collector puts before every line of a multi-line error (issue #17, the wrappings of survey 7).

`kubectl logs --timestamps` and the CRI's log files (`2026-12-02T07:00:00.123456789Z stdout F `), `docker compose
logs` (`app-1  | `), `kubectl logs --prefix` (`[pod/api-0/api] `), klog's header (`E1202 07:00:00.123456    1
main.go:42] `) and a CI console's time of day (`11:21:45 `) start each line of a dig answer, an nslookup block or a
stack trace. The readers of those blocks read lines as the tool printed them: `Server:` at a line's start, a `Caused
by:` under the error. A prefix is removed only where the line before or after carries a prefix of the same kind: a
single prefixed line is read as it is (the rules read it there already). A journal's or syslog's header (`Dec 05
05:00:00 node-1 app[1234]: `) is removed the same way, from a block of lines that each carry one (a traceback a
service wrote to the journal); a single line keeps it, with the program's name some readers use. A blank line between
two prefixed ones is passed over when the neighbours are looked at (a collector that writes nothing on an empty line),
and BuildKit's plain progress (`#12 0.345 `) is a collector's prefix like compose's.
"""

from __future__ import annotations

import re

_OUTER = re.compile(
    r"(?P<compose>[a-z0-9][\w.-]{0,62} {1,40}\| ?)|(?P<kubectl>\[pod/[^\]\s]{1,250}\] )"
    # BuildKit's plain progress (`docker build --progress=plain`, every CI's image build): `#12 0.345 ` before each
    # line a build step's command printed
    r"|(?P<buildkit>#\d{1,4} \d{1,5}\.\d{3} )"
)
_INNER = re.compile(
    r"(?P<stamp>\[?\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?(?:Z|[+-]\d\d:?\d\d)?\]?"
    r"(?: (?:stdout|stderr) [FP])?(?: |$))"  # the CRI's log file adds the stream and whether the line is whole
    r"|(?P<klog>[IWEF]\d{4} \d\d:\d\d:\d\d\.\d{6} +\d+ [\w.-]{1,80}:\d{1,6}\](?: |$))"
    # held-out CJ (spent): a CI console's time of day before every line (Jenkins' Timestamper: `11:21:45 `)
    r"|(?P<clock>\[?\d\d:\d\d:\d\d(?:[.,]\d{1,6})?\]?(?: |$))"
    # a journal's or syslog's header before every line of one program's multi-line message (`journalctl -u app`:
    # `Dec 05 05:00:00 node-1 app[1234]: `)
    r"|(?P<journal>[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d [\w.\-]{1,64} [\w.\-/@]{1,64}(?:\[\d{1,9}\])?: )"
)


_QUOTE = re.compile(r"(?:> ?){0,4}")
"""A Markdown quote's marks before the collector's prefix (`> web-1  | ...`): kept, the prefix after them is read."""


def _layers(line: str) -> tuple[int, tuple[str | None, int], tuple[str | None, int]]:
    """Where `line`'s quote marks end, its outer prefix (compose, kubectl's) and the inner one after it (a time stamp,
    klog's header): each as (kind or None, where it ends)."""
    quoted = _QUOTE.match(line)
    start = quoted.end() if quoted else 0
    outer = _OUTER.match(line, start)
    at = outer.end() if outer else start
    inner = _INNER.match(line, at)
    return (
        start,
        (outer.lastgroup if outer else None, at),
        (inner.lastgroup if inner else None, inner.end() if inner else at),
    )


def _paired(kinds: list[str | None], n: int, blank: list[bool]) -> bool:
    """Whether line `n`'s prefix kind is the kind of the nearest line before or after it that is not blank (a
    collector that writes no prefix on an empty line, or a paste that lost it there, leaves blank lines between the
    prefixed ones of one block: `Server:` above a blank line above `** server can't find`)."""
    kind = kinds[n]
    if kind is None:
        return False
    before = next((kinds[i] for i in range(n - 1, -1, -1) if not blank[i]), None)
    after = next((kinds[i] for i in range(n + 1, len(kinds)) if not blank[i]), None)
    return kind in (before, after)


def _dedented(lines: list[str]) -> list[str]:
    """`lines` without the spaces every one that is not blank starts with (a tab is the program's own)."""
    common = min((len(line) - len(line.lstrip(" ")) for line in lines if line.strip()), default=0)
    return [line[common:] for line in lines] if common else lines


def strip_log_prefixes(text: str) -> str:
    """`text` with each prefix layer removed from every line whose neighbour has a prefix of that kind in that layer
    (a compose prefix before a stamped line and before its unstamped continuation is removed from both); once more
    where that uncovered another collector's (a CRI file's stamp before a quoted paste of compose's lines)."""
    once = _strip_once(text)
    return _strip_once(once) if once != text else once


def _strip_once(text: str) -> str:
    lines = text.split("\n")
    if len(lines) < 2:
        return text
    first = next((line for line in lines if line.strip()), "")
    if first.startswith(" "):  # a Markdown code block's indentation before every line (held-out HB, spent: under
        lines = _dedented(lines)  # the fence's own line, a blank one once `normalize` took the fence off)
    layers = [_layers(line) for line in lines]
    outer = [o[0] for _, o, _ in layers]
    inner = [i[0] for _, _, i in layers]
    blank = [not line.strip(" \t>") for line in lines]
    out = []
    for n, (line, (start, (_, outer_end), (_, inner_end))) in enumerate(zip(lines, layers, strict=True)):
        head = line[:start] + ("" if _paired(outer, n, blank) else line[start:outer_end])
        middle = "" if _paired(inner, n, blank) else line[outer_end:inner_end]
        out.append(head + middle + line[inner_end:])
    return "\n".join(out)


def strip_trailing_blanks(text: str) -> str:
    """`text` without the spaces and tabs a terminal or an editor left at the end of its lines (a line of nothing but
    blanks, or blanks under a Markdown quote's `>`, stays as it is: some readers end a block there, some do not)."""
    if " \n" not in text and "\t\n" not in text and not text.endswith((" ", "\t")):
        return text
    return "\n".join(line.rstrip(" \t") if line.strip(" \t>") else line for line in text.split("\n"))
