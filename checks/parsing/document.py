"""The normalized paste, cut into the few short pieces worth reading.

A 1 MB log holds a handful of failures. `Document.segments` finds the cheap literal triggers with
`str.find` over the lower-cased text, and hands the rules only the lines (or, on a very long line,
the windows) around them; rules that need the lines before or after (dig, nslookup, Node's error
objects) ask the document for them.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

from checks.parsing.required_literals import Needed, matches_where_needed

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")

LONG_LINE = 4000
"""Lines longer than this are read only in windows around each trigger."""
WINDOW = 700
"""Characters kept on each side of a trigger on a long line."""
REPEATS = 50
"""An identical stretch of text is read at most this many times (a log repeating one line 50 000 times); lines that
differ only in the time stamp that starts them count as identical."""
_LINE_STAMP = re.compile(
    r"\s*[\[(]?(?:[IWEF]\d{4} |\d{4}[-/]\d\d[-/]\d\d[T ]|[A-Z][a-z]{2} [ \d]\d )?"
    r"\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?[\])]?(?![:\w])"  # not an IPv6 address's `10:20:30::5`
)
"""A log line's leading time stamp: klog's `I1202 07:00:00.123456`, ISO 8601, syslog's `Dec  2 07:00:00`."""
NEAR = 600
"""Characters a rule reads on each side of its match when it looks for more on the same line (a URL, a command)."""
WINDOWS_PER_LINE = 200
"""Windows read on one long line (the rules' budget per line runs out well before)."""
LINE_CHARS = WINDOWS_PER_LINE * 2 * WINDOW
"""Characters of one long line read at most: as many as WINDOWS_PER_LINE separate windows hold. Where triggers are
dense, windows merge (up to LONG_LINE each) and the window count alone let a hostile line be read almost whole."""
CHUNK = 65_536
"""Characters whose trigger occurrences are found before the reader decides whether to skip ahead."""
TRIGGER_LIMIT = 10_000
"""Occurrences of one trigger read per paste (a hostile line repeating a near-match 50 000 times)."""
LOOKAROUNDS = 1000
"""How many times per paste rules may read the lines around a match (dig output, Node error objects)."""
LOOK_CHARS = 2_000_000
"""Characters past LOOK_LINE_FREE of each neighbouring line handed to a reader, per paste (session 55: a hostile
megabyte of 16 kB lines of URLs, each ending in a host-less reason, had each of the generic rule's segments hand 24
lines of 4,000 characters each way to a dozen readers' regexes: 2 s). A log of short lines costs nothing, and a few
hundred kB of 1-2 kB lines is read whole (a review's log of 120 such pairs)."""
LOOK_LINE_FREE = 500
LOOK_LINES = 24
"""Lines read on a first look around a line (most readers ask for 1 to 16; a later one reads what the first read)."""
LINE_FINDS = 4096
"""Searches of long neighbouring lines kept per paste (`Document.search_line`; at most LONG_LINE characters each)."""


def _lower_same_length(text: str) -> str:
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)


class Searches(Protocol):
    """A compiled pattern (`re.Pattern`, or a rule's lazily compiled one)."""

    def search(self, string: str) -> re.Match[str] | None: ...


def _first_match(pattern: Searches, line: str) -> re.Match[str] | None:
    """`pattern.search(line)` for a long neighbouring line: a pattern that knows the words its matches need is not run
    on an ASCII line lacking them, and is run only before them where it can say how far (`required_literals`, as the
    rules' pass does): a megabyte of 1.6 kB lines spent 26 ms in the client commands' regex on lines naming none."""
    need = getattr(pattern, "needed", None)
    compiled = getattr(pattern, "compiled", None)
    if isinstance(need, Needed) and isinstance(compiled, re.Pattern) and line.isascii():
        return next(matches_where_needed(compiled, line, line.lower(), need), None)
    return pattern.search(line)


@dataclass(frozen=True)
class Segment:
    """A stretch of one line (usually all of it) that contains at least one trigger."""

    doc: Document
    start: int
    text: str
    lower: str
    line_start: int
    line_end: int
    triggers: frozenset[str]
    """The triggers that occur in this segment (so only the rules they belong to run)."""

    def around(self, start: int, end: int | None = None) -> tuple[str, int]:
        """The text within NEAR characters of `start`..`end` (offsets in `text`), and where it starts."""
        lo = max(0, start - NEAR)
        return self.text[lo : min(len(self.text), (start if end is None else end) + NEAR)], lo

    def lines_before(self, n: int) -> list[str]:
        return self.doc.looked_around(self.line_start, n, before=True)

    def above(self, at: int, n: int) -> list[str]:
        """This line's text before `at` (an offset in `text`), then the `n` lines above it, nearest first."""
        return [self.text[:at], *self.lines_before(n)]

    def lines_after(self, n: int) -> list[str]:
        return self.doc.looked_around(self.line_end, n, before=False)

    def first_above(self, pattern: Searches, n: int) -> re.Match[str] | None:
        """The first match of `pattern` in the `n` lines above this one, nearest first (a format's name on a line
        of its own above the error: a command, a connection's announcement, a configuration line)."""
        return next(filter(None, (self.doc.search_line(pattern, line) for line in self.lines_before(n))), None)

    def first_below(self, pattern: Searches, n: int) -> re.Match[str] | None:
        """The first match of `pattern` in the `n` lines below this one, nearest first."""
        return next(filter(None, (self.doc.search_line(pattern, line) for line in self.lines_after(n))), None)


_CHARSET_FROM = 64 * 1024  # below this, a search is cheaper than the paste's set of characters


@functools.lru_cache(maxsize=4096)
def _chars_of(trigger: str) -> frozenset[str]:
    return frozenset(trigger)


_LETTERS = re.compile(r"[a-z]+")
# bytes other than a-z become spaces: the paste's runs of letters, split in C (a regex's findall is three times slower)
_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))


@functools.lru_cache(maxsize=4096)
def _whole_words_of(trigger: str) -> tuple[str, ...]:
    """The runs of letters `trigger` bounds on both sides with a non-letter of its own (`could not resolve host` ->
    `not`, `resolve`; its first and last runs may be parts of longer words of a paste, so they do not count):
    wherever the trigger occurs, each of these is a whole run of letters of the paste too."""
    return tuple(m.group() for m in _LETTERS.finditer(trigger) if m.start() > 0 and m.end() < len(trigger))


PERIOD_PROBE = 256
"""Characters of a paste's start looked for again to find whether it repeats (and the longest trigger searched in its
first periods)."""

EDGE_WORDS = 20_000
"""Distinct runs of letters up to which a paste's runs are sorted for `_edges_fit` (about 5 ms at this many)."""


@functools.lru_cache(maxsize=4096)
def _edge_runs_of(trigger: str) -> tuple[str | None, str | None]:
    """`trigger`'s first run of letters if a non-letter of the trigger follows it and it starts the trigger (then
    any paste holding the trigger has a run ending in it), and its last run if a non-letter precedes it and it ends
    the trigger (a run starting with it)."""
    runs = list(_LETTERS.finditer(trigger))
    if not runs:
        return None, None
    first, last = runs[0], runs[-1]
    head = first.group() if first.start() == 0 and first.end() < len(trigger) else None
    tail = last.group() if last.end() == len(trigger) and last.start() > 0 else None
    return head, tail


def _has_prefix(ordered: list[str], prefix: str) -> bool:
    at = bisect.bisect_left(ordered, prefix)
    return at < len(ordered) and ordered[at].startswith(prefix)


_SEEN_TRIGGERS: set[str] = set()
"""Every trigger any pass has searched for: a later pass's trigger that holds one of them (the generic rule's `could
not resolve host: ` holds the specific rules' `could not resolve host`) is absent when that one was."""


@functools.lru_cache(maxsize=16)
def _search_order(triggers: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """`triggers` shortest first, each with the shorter triggers it contains, of this pass or an earlier one (`could
    not resolve` in `could not resolve host`): once a contained one is found absent, the longer one is absent too,
    without reading the paste again."""
    order = sorted(set(triggers), key=len)
    _SEEN_TRIGGERS.update(order)
    known = sorted(_SEEN_TRIGGERS, key=len)
    return tuple((t, tuple(s for s in known if len(s) < len(t) and s in t)) for t in order)


class Document:
    """The normalized paste with its lower-cased twin (same offsets), and the look-arounds it allows."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lower = _lower_same_length(text)
        self._lookarounds_left = LOOKAROUNDS
        self._look_chars_left = LOOK_CHARS
        self._spent: dict[str, int] = {}
        self.memo: dict[str, object] = {}
        """What rules read once per paste (every query CoreDNS's log plugin shows)."""
        self._stripped: dict[tuple[str, int, int], str] = {}
        """Each whole-line window's text without its stamps, by its raw text and where its middle line lies."""
        self._absent: set[str] = set()
        """Triggers found nowhere in the paste: the generic rule's pass does not search again for what the specific
        rules' pass did not find (each search reads the whole paste)."""
        self._chars: frozenset[str] | None = None
        self._words: frozenset[str] = frozenset()
        self._sorted: list[str] | None = None
        self._backwards: list[str] = []
        self._ascii = self.lower.isascii()
        self._looked: dict[tuple[int, bool], tuple[int, list[str]]] = {}
        self._line_finds: dict[tuple[object, str], re.Match[str] | None] = {}
        self._ran_out = False
        self._window: str | None = None

    def _may_hold(self, trigger: str) -> bool:
        """False when `trigger` has a character, or a whole run of letters, the paste has nowhere: found without a
        search. Each search for an absent trigger reads the whole paste (0.3-0.5 ms a MB), and there are hundreds of
        triggers; the paste's set of characters (5 ms a MB, once) rules out most of them on a long paste of few
        characters, such as a hostile line that repeats one near-match, and its set of runs of letters (7 ms a MB,
        once) most of the rest on a log, whose lines repeat a few templates' words."""
        if len(self.lower) < _CHARSET_FROM:
            # a short paste: only the cheap test, that an ASCII paste holds no trigger with a non-ASCII letter
            return trigger.isascii() or not self._ascii
        if self._chars is None:
            self._chars = frozenset(self.lower)
            letters = self.lower.encode("ascii", "replace").translate(_LETTERS_ONLY).decode("ascii")
            self._words = frozenset(letters.split())  # one decode, not one a word
        if not _chars_of(trigger) <= self._chars:
            return False
        return all(word in self._words for word in _whole_words_of(trigger)) and self._edges_fit(trigger)

    def _edges_fit(self, trigger: str) -> bool:
        """Whether the paste has a run of letters ending in `trigger`'s first run (where a non-letter of the trigger
        follows it) and one starting with its last (where one precedes it): `gethostbyname(` needs a run ending in
        `gethostbyname`. Each is a binary search in the paste's runs, sorted once (forwards and backwards), on a
        paste of few distinct runs: a long near-match line, a repeated log."""
        if len(self._words) > EDGE_WORDS:
            return True
        if self._sorted is None:
            self._sorted = sorted(self._words)
            self._backwards = sorted(word[::-1] for word in self._words)
        first, last = _edge_runs_of(trigger)
        return (first is None or _has_prefix(self._backwards, first[::-1])) and (
            last is None or _has_prefix(self._sorted, last)
        )

    def looked_around(self, edge: int, n: int, *, before: bool) -> list[str]:
        """Up to `n` lines before the line starting at `edge` (or after the one ending there). Reading them spends a
        look-around once per line and direction: the readers that try one source of a name after another on the same
        host-less line (a URL above, a command, a setting) share what the first read."""
        key = (edge, before)
        seen = self._looked.get(key)
        if seen is not None and (seen[0] >= n or len(seen[1]) < seen[0]):
            return self._handed(seen[1][:n])  # read as far as asked, or as far as the paste goes
        if not self.spend_lookaround():
            return []
        want = max(n, LOOK_LINES)  # as far as any reader asks, so the next one reads it from here
        lines = self.lines_before(edge, want) if before else self.lines_after(edge, want)
        self._looked[key] = (want, lines)
        return self._handed(lines[:n])

    def search_line(self, pattern: Searches, line: str) -> re.Match[str] | None:
        """`pattern.search(line)` for a neighbouring line, read once per paste when the line is long: each line is a
        neighbour of the dozen or so errors around it, and a reader asks each the same (a log of 1-2 kB lines each
        ending in a host-less reason had every line read by the same regexes 16 to 30 times)."""
        if len(line) <= LOOK_LINE_FREE or len(line) > LONG_LINE:
            return pattern.search(line)  # a short line costs less than the memo; a longer one is no neighbour
        key = (pattern, line)
        if key in self._line_finds:
            return self._line_finds[key]
        found = _first_match(pattern, line)
        if len(self._line_finds) < LINE_FINDS:
            self._line_finds[key] = found
        return found

    def _handed(self, lines: list[str]) -> list[str]:
        """`lines`, charged to the paste's LOOK_CHARS (what a reader's regexes will read); none once it is spent."""
        self._look_chars_left -= sum(len(line) - LOOK_LINE_FREE for line in lines if len(line) > LOOK_LINE_FREE)
        if self._look_chars_left < 0:
            self._ran_out = True
            return []
        return lines

    def spend_lookaround(self) -> bool:
        """False once the paste has used up its look-arounds (thousands of identical dig lines)."""
        self._lookarounds_left -= 1
        self._ran_out |= self._lookarounds_left < 0
        return self._lookarounds_left >= 0

    def spend(self, budget: str, limit: int, n: int = 1) -> bool:
        """False once `budget` has been spent more than `limit` times (or units: `n` a call) on this paste."""
        used = self._spent.get(budget, 0) + n
        self._spent[budget] = used
        self._ran_out |= used > limit
        return used <= limit

    def left(self, budget: str, limit: int) -> int:
        """What is left of `budget` on this paste (none once it is spent: the paste is then read in part)."""
        left = max(0, limit - self._spent.get(budget, 0))
        self._ran_out |= not left
        return left

    @property
    def ascii(self) -> bool:
        """Whether the paste is all ASCII (where a case-insensitive literal is a substring of `lower`)."""
        return self._ascii

    @property
    def ran_out(self) -> bool:
        """Whether a reader was refused a budget (look-arounds, the generic rule's segments): it skipped something
        it would have read, so the paste was read in part."""
        return self._ran_out

    def line_bounds(self, pos: int) -> tuple[int, int]:
        start = self.text.rfind("\n", 0, pos) + 1
        end = self.text.find("\n", pos)
        return start, (len(self.text) if end == -1 else end)

    def lines_before(self, line_start: int, n: int) -> list[str]:
        """Up to `n` lines before the line starting at `line_start`, nearest first."""
        out: list[str] = []
        end = line_start - 1
        while end >= 0 and len(out) < n:
            start = self.text.rfind("\n", 0, end) + 1
            out.append(self.text[start : min(end, start + LONG_LINE)])
            end = start - 1
        return out

    def lines_after(self, line_end: int, n: int) -> list[str]:
        """Up to `n` lines after the line ending at `line_end`, nearest first."""
        out: list[str] = []
        start = line_end + 1
        while start <= len(self.text) and len(out) < n:
            end = self.text.find("\n", start)
            end = len(self.text) if end == -1 else end
            out.append(self.text[start : min(end, start + LONG_LINE)])
            start = end + 1
        return out

    def trigger_positions(self, triggers: Iterable[str], limit: int = TRIGGER_LIMIT) -> list[tuple[int, str]]:
        """Every (offset, trigger) in the text, in order of offset (at most `limit` of each trigger)."""
        return [p for chunk in self._chunks(tuple(triggers), limit, lambda: -1) for p in chunk]

    def _searched(self) -> str:
        """The text a trigger's first occurrence is looked for in: the whole paste, or, where the paste repeats one
        stretch over and over (a hostile line of one near-match, or of every rule's near-matches), its first two
        periods: any trigger that occurs at all occurs there first, and one that does not is absent without reading
        the megabyte (each such search took about 0.5 ms a MB, for a hundred triggers and more)."""
        if self._window is None:
            low, self._window = self.lower, self.lower
            if len(low) >= _CHARSET_FROM:
                period = low.find(low[:PERIOD_PROBE], 1)
                if 0 < period <= len(low) // 4 and low[period:] == low[:-period]:
                    self._window = low[: 2 * period + PERIOD_PROBE]
        return self._window

    def _first_finds(self, triggers: tuple[str, ...]) -> dict[str, int]:
        """Where each trigger first occurs; the ones that occur nowhere are remembered as absent."""
        found: dict[str, int] = {}
        absent = self._absent
        searched = self._searched()
        for t, inside in _search_order(triggers):
            if t in absent:
                continue
            text = searched if len(t) <= PERIOD_PROBE else self.lower  # (no trigger is longer; exact all the same)
            if any(s in absent for s in inside) or not self._may_hold(t) or (at := text.find(t)) == -1:
                absent.add(t)
            else:
                found[t] = at
        return found

    def _chunks(
        self, triggers: tuple[str, ...], limit: int, skip_to: Callable[[], int]
    ) -> Iterator[list[tuple[int, str]]]:
        """The (offset, trigger) pairs, sorted, a CHUNK of text at a time. Each trigger's occurrences are found as one
        `str.find` after another (non-overlapping, at most `limit`), but in step with the reader: after each chunk
        `skip_to()` may name an offset the reader will ignore everything before (the rest of a long line whose windows
        are spent), and the finds resume there instead of crawling through it."""
        low = self.lower
        left = dict.fromkeys(triggers, limit)
        upcoming = self._first_finds(triggers) if limit > 0 else {}
        pos = 0
        while upcoming:
            end = pos + CHUNK
            found: list[tuple[int, str]] = []
            for t, first in list(upcoming.items()):
                n, at = left[t], first
                while at != -1 and at < end and n:
                    found.append((at, t))
                    n -= 1
                    at = low.find(t, at + len(t))
                left[t] = n
                if at == -1 or not n:
                    del upcoming[t]
                else:
                    upcoming[t] = at
            found.sort()
            yield found
            pos = max(end, skip_to())
            for t, at in list(upcoming.items()):
                if at < pos:
                    nxt = low.find(t, pos)
                    if nxt == -1:
                        del upcoming[t]
                    else:
                        upcoming[t] = nxt

    def _unstamped(self, start: int, end: int, line_start: int, line_end: int) -> str:
        """What makes a segment the same as another: its text without a leading time stamp (when it is a whole line)
        and the lines before and after it so stripped (a repeated error whose name is on the line above is a new
        failure when that line names another)."""
        if start != line_start or end != line_end:
            return self.text[start:end]
        before = self.text.rfind("\n", 0, max(0, line_start - 1)) + 1 if line_start else line_start
        after = self.text.find("\n", line_end + 1)
        after = len(self.text) if after == -1 else after
        raw = (self.text[before:after], line_start - before, line_end - before)
        key = self._stripped.get(raw)
        if key is None:  # (a log repeating its lines strips each window once)
            window, head, tail = raw
            parts = (window[:head], window[head:tail], window[tail:])
            key = "\x00".join(p[m.end() :] if (m := _LINE_STAMP.match(p)) else p for p in parts)
            self._stripped[raw] = key
        return key

    def segments(self, triggers: Iterable[str], limit: int = TRIGGER_LIMIT) -> Iterator[Segment]:
        """The stretches of text around each trigger, in order; on a long line, windows of at most LONG_LINE
        characters (overlapping when triggers are dense)."""
        spans: list[tuple[int, int, int, int, set[str]]] = []
        line_start, line_end, windows, chars = -1, -1, 0, 0

        def spent_line_end() -> int:  # the rest of a long line whose windows are spent is never read
            return line_end if windows > WINDOWS_PER_LINE or chars > LINE_CHARS else -1

        for chunk in self._chunks(tuple(triggers), limit, spent_line_end):
            for at, trigger in chunk:
                if not line_start <= at < line_end:
                    line_start, line_end = self.line_bounds(at)
                    windows = chars = 0
                if line_end - line_start <= LONG_LINE:
                    start, end = line_start, line_end
                elif windows > WINDOWS_PER_LINE or chars > LINE_CHARS:
                    continue
                else:
                    start = at - WINDOW if at - WINDOW > line_start else line_start
                    end = at + WINDOW if at + WINDOW < line_end else line_end
                if spans and spans[-1][2] == line_start and start <= spans[-1][1] and end - spans[-1][0] <= LONG_LINE:
                    prev = spans[-1]
                    prev[4].add(trigger)
                    if end > prev[1]:
                        chars += end - prev[1]
                        spans[-1] = (prev[0], end, line_start, line_end, prev[4])
                else:
                    spans.append((start, end, line_start, line_end, {trigger}))
                    windows += 1
                    chars += end - start
        seen: dict[str, int] = {}
        for start, end, line_start, line_end, found in spans:
            text = self.text[start:end]
            key = self._unstamped(start, end, line_start, line_end)
            seen[key] = times = seen.get(key, 0) + 1
            if times <= REPEATS:
                yield Segment(self, start, text, self.lower[start:end], line_start, line_end, frozenset(found))
