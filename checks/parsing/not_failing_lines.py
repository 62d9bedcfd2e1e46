"""Lines whose URL names no failure, for a host-less reason that looks for its name on the lines around it (issue #17,
held-out V).

- A status line: `Server up: http://localhost:3300`, `App listening on http://0.0.0.0:8080`, `Listening on
  http://...`: the program's own address, printed when it started, not what it failed to look up (Node's
  `getaddrinfo ENOTFOUND 1234` under it named `localhost`).
- A line that says the program connected (`Successfully connected to postgres://app@h:5432/app`): the name resolved
  then (probes, 2026-12-04).
- A line that says its command worked: ``Ran `curl https://www.docker.com` It worked.``: the name resolved there, and
  a line near it that runs the same URL again does not name the failure either (`worked_near`).
- A request answered with a success status (`GET https://api.github.com/... 200 OK`), and a link to read rather than
  a request: a GitHub issue or file, a documentation page, a Markdown link, a `see` pointer, a script's location
  (held-out ET-FA, spent; a noise test adding such lines around every labelled paste found them read as the name).
"""

from __future__ import annotations

import bisect
import functools
import re


@functools.cache
def _status() -> re.Pattern[str]:
    """Compiled on first use (a paste with no host-less reason never pays for it)."""
    return re.compile(  # review 2 (finding 8): the URL right after `on`/`at`/`:` (not `connecting to http://h`)
        r"(?:\b(?:server|app|application|service|api|backend|frontend)\s{1,3}(?:is\s{1,3})?"
        r"(?:up|running|listening|started|ready|live)\b[^\n]{0,40}?|^\W{0,3}(?:listening|running|serving))"
        r"(?:\s{1,3}(?:on|at)\s{1,3}|\s{0,3}:\s{0,3})https?://"
    )


@functools.cache
def _worked() -> re.Pattern[str]:
    return re.compile(r"\b(?:it|that|this|which)\s{1,3}(?:worked|works|succeeded|succeeds)\b")


@functools.cache
def _failing() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:fail(?:s|ed|ing|ure)?|errors?|can't|cannot|could\s?n[o']t|does\s?n[o']t|not\swork(?:ing)?|unable"
        r"|timed?\s?out|times\sout)\b"
    )


@functools.cache
def _connected() -> re.Pattern[str]:
    return re.compile(r"(?<!not\s)(?<!dis)\bconnected\s{1,3}to\b")


def _says_worked(low: str) -> bool:
    """The line says its command worked, and shows no failure itself (review 2, finding 8: `curl https://h works on
    the node but fails in the pod` names the failure)."""
    return ("work" in low or "succeed" in low) and bool(_worked().search(low)) and not _failing().search(low)


CODE_LOCATION = r"[^\s'\"()<>]{1,2048}?:\d{1,7}:\d{1,7}(?=[\s'\")>,]|$)"
"""A script's location after a URL's `//`: its path then `:line:column` (Deno's `at https://deno.land/x/a.ts:9:29`)."""


@functools.cache
def _reference() -> re.Pattern[str]:
    """A link to read, not a request (held-out ET-FA's context, spent: a paste's links near a host-less error): an
    issue, pull request or file on GitHub, a documentation page, a Markdown link's target, a `see` / `same as` pointer,
    a script's `line:column` location."""
    return re.compile(
        r"https?://(?:www\.)?github\.com/[^/\s]{1,100}/[^/\s]{1,100}/(?:issues|pull|discussions|blob|tree|wiki|commit)/"
        r"|https?://[^\s/]{1,253}/(?:[^\s]{0,200}/)?docs?/|\]\(https?://"
        r"|\b(?:see|same\sas|similar\sto|related|cf\.?)\s{1,3}:?\s{0,2}\[?https?://"
    )


@functools.cache
def _url_start() -> re.Pattern[str]:
    return re.compile(r"https?://")


@functools.cache
def _path_run() -> re.Pattern[str]:
    return re.compile(r"[^\s'\"()<>]+")


@functools.cache
def _location_end() -> re.Pattern[str]:
    return re.compile(r":\d{1,7}:\d{1,7}(?=[\s'\")>,]|$)")


def _code_location(low: str) -> bool:
    """`https?://` + `CODE_LOCATION` somewhere in `low` (a script's location), found in linear passes: the URLs'
    starts, the runs of path characters, the `:line:column` ends, then a bisection each. One regex search read up to
    2,048 characters after each `://`: a hostile line of URLs glued together took 31 ms a 16 kB line (session 55)."""
    ends = [m.start() for m in _location_end().finditer(low)]
    if not ends:
        return False
    runs = [(m.start(), m.end()) for m in _path_run().finditer(low)]
    run_starts = [start for start, _ in runs]
    for url in _url_start().finditer(low):
        rest = url.end()
        at = bisect.bisect_right(run_starts, rest) - 1  # the run of path characters holding the URL's rest
        if at < 0 or runs[at][1] <= rest:
            continue
        hi = min(runs[at][1], rest + 2048)  # CODE_LOCATION's {1,2048}? before the `:line:column`
        first = bisect.bisect_left(ends, rest + 1)
        if first < len(ends) and ends[first] <= hi:
            return True
    return False


@functools.cache
def _answered() -> re.Pattern[str]:
    """A response with a success status: the request on the line was answered."""
    return re.compile(r"\b2\d\d\s(?:ok|created|accepted|no\scontent)\b|\bhttp/\d(?:\.\d)?\s2\d\d\b")


def names_no_failure(line: str) -> bool:
    """The URL on `line` is a status line's own address, the line says its command worked or its request was answered,
    or the URL is a link to read (an issue, a documentation page, a script's location)."""
    low = line.lower()
    if "://" not in low:
        return False
    return bool(
        _status().search(low)
        or _says_worked(low)
        or (_connected().search(low) and not _failing().search(low))
        or (_answered().search(low) and not _failing().search(low))
        or _reference().search(low)
        or _code_location(low)
    )


LINE_SPAN = 2000
"""Characters either side of a name read for its line (a megabyte line is not read whole per name)."""


def names_no_failure_elsewhere(text: str, pos: int, at: int) -> bool:
    """The name at `pos` in `text` is on another line than the error at `at`, a line that names no failure (a link to
    read, a request answered: the noise test, 2026-12-05); the two are near each other (a window around the error)."""
    if text.find("\n", min(pos, at), max(pos, at)) == -1:
        return False  # the error's own line
    lo = max(0, pos - LINE_SPAN)
    start = text.rfind("\n", lo, pos) + 1 or lo
    end = text.find("\n", pos, pos + LINE_SPAN)
    return names_no_failure(text[start : min(len(text), pos + LINE_SPAN) if end == -1 else end])


def worked_near(host: str, lines: list[str]) -> bool:
    """One of `lines` (the lines around a host-less reason) runs a URL of `host` and says it worked."""
    low = host.lower()
    return any(low in line.lower() and "://" in line and _says_worked(line.lower()) for line in lines)
