"""What every rule is made of: the `Rule`, the `Hit` it yields, and the builders rules share.

A `Rule` has lower-case literal `triggers` (one must occur in a segment before its regex runs), a
regex whose every quantifier is bounded, and a `build` function that turns a match into a `Hit` or
rejects it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from checks.parsing.document import Segment
from checks.parsing.hosts import HOST, NOT_BEFORE_HOST, QUOTE, clean_server, to_port
from checks.parsing.kinds import classify, classify_resolution
from checks.parsing.model import FailureKind


@dataclass(frozen=True)
class Hit:
    """A failing name as one rule read it: raw host, kind, where in the text, and what it named."""

    host: str
    kind: FailureKind
    start: int
    end: int
    server: str | None = None
    port: int | None = None


Build = Callable[[re.Match[str], Segment], "Hit | None"]


@dataclass(frozen=True)
class Rule:
    name: str
    triggers: tuple[str, ...]
    regex: re.Pattern[str]
    build: Build


def rx(pattern: str) -> re.Pattern[str]:
    """A case-insensitive rule regex; `{H}` stands for a host name, `{Q}` a quote, `{NB}` "not mid-word"."""
    return re.compile(pattern.replace("{H}", HOST).replace("{Q}", QUOTE).replace("{NB}", NOT_BEFORE_HOST), re.I)


def hit(
    m: re.Match[str],
    seg: Segment,
    kind: FailureKind,
    *,
    host: str | None = None,
    server: str | None = None,
    port: str | None = None,
) -> Hit:
    """The hit for match `m`; the name is its `host` group unless the rule found it elsewhere."""
    if host is None:
        host = m.group("host")
        start, end = seg.start + m.start("host"), seg.start + m.end("host")
    else:
        start, end = seg.start + m.start(), seg.start + m.end()
    return Hit(host, kind, start, end, clean_server(server), to_port(port))


def group(m: re.Match[str], name: str) -> str | None:
    """A named group that only some rules' regexes have."""
    return m.groupdict().get(name)


def fixed(kind: FailureKind) -> Build:
    """A builder for messages that always mean the same kind."""

    def build(m: re.Match[str], seg: Segment) -> Hit | None:
        return hit(m, seg, kind, port=group(m, "port"))

    return build


def by_rest(default: FailureKind | None, *, resolution_only: bool = False) -> Build:
    """Kind from the words after the name (the `rest` group); `default` when they say none (None: no hit)."""

    def build(m: re.Match[str], seg: Segment) -> Hit | None:
        rest = m.group("rest") or ""
        kind = (classify_resolution(rest) if resolution_only else classify(rest)) or default
        return hit(m, seg, kind, port=group(m, "port")) if kind else None

    return build
