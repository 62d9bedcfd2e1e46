"""Lines whose URL names no failure, for a host-less reason that looks for its name on the lines around it (issue #17,
held-out V).

- A status line: `Server up: http://localhost:3300`, `App listening on http://0.0.0.0:8080`, `Listening on
  http://...`: the program's own address, printed when it started, not what it failed to look up (Node's
  `getaddrinfo ENOTFOUND 1234` under it named `localhost`).
- A line that says the program connected (`Successfully connected to postgres://app@h:5432/app`): the name resolved
  then (probes, 2026-12-04).
- A line that says its command worked: ``Ran `curl https://www.docker.com` It worked.``: the name resolved there, and
  a line near it that runs the same URL again does not name the failure either (`worked_near`).
"""

from __future__ import annotations

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


def names_no_failure(line: str) -> bool:
    """The URL on `line` is a status line's own address, or the line says its command worked."""
    low = line.lower()
    if "://" not in low:
        return False
    return bool(_status().search(low) or _says_worked(low) or (_connected().search(low) and not _failing().search(low)))


def worked_near(host: str, lines: list[str]) -> bool:
    """One of `lines` (the lines around a host-less reason) runs a URL of `host` and says it worked."""
    low = host.lower()
    return any(low in line.lower() and "://" in line and _says_worked(line.lower()) for line in lines)
