"""The literal words a regex cannot match without, and how far from a match's start they stand: a rule whose regex
needs `lookup` is not run on a segment that holds no `lookup`, and one that needs `resolve` within 300 characters of
its start is only tried in the 300 characters before each `resolve`.

Most rules' regexes are case-insensitive, and Python's `re` scans case-insensitive text a character at a time (about
50 MB/s); a regex that opens with a name (`(?P<host>...) could not resolve`) tries the name's alternatives at every
character. On a log of distinct 1.6 kB lines each ending in a host-less reason, the seven Go-resolver rules that
trigger on `no such host` spent 0.13 s looking for a `lookup` none of the lines held, and the rule for `h did not
resolve` 0.08 s trying a name at each of a megabyte's characters. A `str.find` of the lower-cased segment answers
the first; windows before each find answer the second. Where the words stand in a run with single blanks between them
(`\\scould\\snot\\sbe\\sresolved`), the windows are put at the whole run, found in a twin of the text whose blanks are
all spaces: a log dense with `resolved` has few `could not be resolved`.

`needed(source)` reads the regex's parse tree (`re._parser`; no answer when it cannot): sets of lower-case words,
every match holding one word of each (a sequence's items are all needed: its runs of literal characters, a group's or
a repeated item's own words; an alternation needs one of its branches' words, so each branch must have some), the
most characters between a match's start and a word of the set the windows are put at, and the most characters a
match and its look-aheads read. The filters are used on ASCII text only: there, a case-insensitive match of a literal
is exactly a substring of the lower-cased text, and a word with a non-ASCII character cannot match at all (words
with the four characters `re` folds to ASCII letters, such as the Kelvin sign, are not kept).
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

_sre: Any
_sre_parse: Any
try:  # private modules: without them no regex has needed words, and every rule runs on every segment as before
    _sre = importlib.import_module("re._constants")
    _sre_parse = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover
    _sre = _sre_parse = None

SHORTEST = 3
"""Words shorter than this are found almost everywhere: no window is put at them. A set of them is still checked
(after the longer ones) before a long segment is searched: a tcpdump answer's `>` is absent from most segments that
hold its rcode's word."""
UNBOUNDED = 1 << 20
"""A width at least this large is no bound (`re`'s own is 2**64 for `+` and `*`)."""
WINDOWED_FROM = 1200
"""Texts shorter than this are searched whole (windows cost more than they save)."""


ALL_OF = 4
"""Sets of needed words checked per regex (the most selective)."""


@dataclass(frozen=True)
class Needed:
    all_of: tuple[tuple[str, ...], ...]
    """Sets of lower-case words: every match holds one word of each set."""
    words: tuple[str, ...]
    """The set whose `lead` is shortest among the most selective: where the windows are put."""
    lead: int | None
    """The most characters from a match's start to the start of the word it holds; None: no bound."""
    reach: int | None
    """The most characters a match and its look-aheads read from the match's start; None: no bound."""
    phrases: tuple[tuple[str, ...], int] | None = None
    """Words and the blanks between them, every match holding one of the set (`could\\snot\\sbe\\sresolved`: `could not
    be resolved`, each blank standing for any one blank), with the most characters from a match's start to it: where
    the windows are put when its shortest is longer than the words' (a log dense with `resolved` holds few `could not
    be resolved`). None: no such set."""


_Found = tuple[tuple[str, ...], "int | None"]


def _bounded(width: int) -> int | None:
    return width if width < UNBOUNDED else None


def _add(a: int | None, b: int | None) -> int | None:
    return None if a is None or b is None else a + b


def _better(a: _Found | None, b: _Found | None) -> _Found | None:
    """The more selective (the longer shortest word, then fewer words, then a bounded and shorter lead)."""
    if a is None or b is None:
        return a or b

    def rank(f: _Found) -> tuple[int, int, int]:
        return (min(map(len, f[0])), -len(f[0]), -(UNBOUNDED if f[1] is None else f[1]))

    return a if rank(a) >= rank(b) else b


def _width(sub: Any, items: list[Any]) -> int | None:
    return _bounded(_sre_parse.SubPattern(sub.state, items).getwidth()[1])


def _one_blank(op: Any, av: Any) -> bool:
    return bool(op == _sre.IN and av == [(_sre.CATEGORY, _sre.CATEGORY_SPACE)])


def _phrases(sub: Any) -> list[tuple[tuple[str, ...], int]]:
    """The runs of literal characters and single blanks (`\\s`, a space) of a parsed sequence, its groups' and its
    repeated items' (the first repetition holds them), each as a set with a bounded lead from the sequence's start
    (blanks as spaces); an alternation gives the set of its branches' longest, when each branch has one."""
    found: list[tuple[tuple[str, ...], int]] = []
    run: list[str] = []
    run_lead: int | None = 0
    offset: int | None = 0

    def close() -> None:
        nonlocal run
        phrase = "".join(run)
        if phrase.strip() and run_lead is not None and _kept(phrase):
            found.append(((phrase,), run_lead))
        run = []

    for op, av in sub.data:
        if op == _sre.LITERAL or _one_blank(op, av):
            if not run:
                run_lead = offset
            run.append(" " if op != _sre.LITERAL or chr(av) in _BLANKS else _lowered(av))
            offset = _add(offset, 1)
            continue
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue
        close()
        inner: list[tuple[tuple[str, ...], int]] = []
        if op == _sre.SUBPATTERN:
            inner = _phrases(av[-1])
        elif op == _sre.ATOMIC_GROUP:
            inner = _phrases(av)
        elif op == _sre.BRANCH:
            bests = [_longest_phrases(_phrases(branch)) for branch in av[1]]
            if all(b is not None for b in bests):
                either = tuple(sorted({p for b in bests if b for p in b[0]}))
                inner = [(either, max(b[1] for b in bests if b))]
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            inner = _phrases(av[2])
        if offset is not None:
            found += [(phrases, offset + lead) for phrases, lead in inner]
        offset = _add(offset, _width(sub, [(op, av)]))
    close()
    return found


def _shortest_phrase(found: tuple[tuple[str, ...], int]) -> int:
    return min(len(p.strip()) for p in found[0])


def _longest_phrases(found: list[tuple[tuple[str, ...], int]]) -> tuple[tuple[str, ...], int] | None:
    """The most selective set: the longest shortest phrase, then the fewest phrases, then the shortest lead."""
    return min(found, key=lambda f: (-_shortest_phrase(f), len(f[0]), f[1]), default=None)


_BLANKS = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"
"""The ASCII characters `\\s` matches."""
_TO_SPACE = str.maketrans(dict.fromkeys(_BLANKS[1:], " "))
_LAST_SPACED: list[tuple[str, str]] = [("", "")]


def _spaced(low: str) -> str:
    """`low` with every blank a space (same length), for finding phrases; the last one is kept (the rules tried on
    a segment share it), in one tuple so that threads never pair one text with another's twin."""
    last = _LAST_SPACED[0]
    if last[0] is low:
        return last[1]
    spaced = low.translate(_TO_SPACE)
    _LAST_SPACED[0] = (low, spaced)
    return spaced


def _of_sequence(sub: Any) -> list[_Found]:
    """The needed words of a parsed sequence (every one of the sets is needed), each with its lead from the
    sequence's start."""
    found: list[_Found] = []
    run: list[str] = []
    run_lead: int | None = 0
    offset: int | None = 0  # the most characters the items so far can span

    def close() -> None:
        nonlocal run
        word = "".join(run)
        if word and _kept(word):  # a short one too: it filters nothing, but its absence rules a segment out
            found.append(((word,), run_lead))
        run = []

    for op, av in sub.data:
        if op == _sre.LITERAL:
            if not run:
                run_lead = offset
            run.append(_lowered(av))
            offset = _add(offset, 1)
            continue
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # zero-width: the literals on either side are next to each other in the text
        if op == _sre.BRANCH and run:  # `re` takes a common start out of the branches: `d(?:id\snot|oesn't)`
            heads = [_literal_head(branch) for branch in av[1]]
            words = {"".join(run) + head for head in heads}
            if all(heads) and min(map(len, words)) >= SHORTEST and all(map(_kept, words)):
                found.append((tuple(sorted(words)), run_lead))
        close()
        inner: list[_Found] = []
        if op == _sre.SUBPATTERN:
            inner = _of_sequence(av[-1])
        elif op == _sre.ATOMIC_GROUP:
            inner = _of_sequence(av)
        elif op == _sre.BRANCH:
            bests = [_best(_of_sequence(branch)) for branch in av[1]]
            if all(b is not None for b in bests):
                either = tuple(sorted({w for b in bests if b for w in b[0]}))
                leads = [b[1] for b in bests if b]
                inner = [(either, None if None in leads else max(lead for lead in leads if lead is not None))]
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            inner = _of_sequence(av[2])  # the first repetition holds them
        found += [(words, _add(offset, lead)) for words, lead in inner]
        offset = _add(offset, _width(sub, [(op, av)]))
    close()
    return found


_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")
"""The characters a case-insensitive `re` matches to ASCII letters (capital I with a dot, dotless i, long s and the
Kelvin sign; every code point tried): a word holding one may match ASCII text that lacks it."""


def _lowered(code: int) -> str:
    """The literal lower-cased, except the four (kept as they are, so `_kept` drops their word)."""
    char = chr(code)
    return char if char in _FOLDS_TO_ASCII else char.lower()


def _kept(word: str) -> bool:
    return _FOLDS_TO_ASCII.isdisjoint(word)


def _literal_head(sub: Any) -> str:
    """The literal characters a parsed sequence starts with (past zero-width assertions)."""
    head: list[str] = []
    for op, av in sub.data:
        if op == _sre.LITERAL:
            head.append(_lowered(av))
        elif op not in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            break
    return "".join(head)


def _best(found: list[_Found]) -> _Found | None:
    best: _Found | None = None
    for f in found:
        best = _better(best, f)
    return best


def _lookahead_reach(sub: Any) -> int | None:
    """A bound on the characters the tree's look-aheads read past the match's end: the sum of their widths (a
    look-ahead nested in another reads from inside it, so the sum bounds any chain; review: the largest alone did not,
    `lookup(?=.{10}(?=.{10}z))`). 0 without one."""
    most = 0
    for op, av in sub.data:
        children: list[Any] = []
        if (op == _sre.ASSERT and av[0] == 1) or (op == _sre.ASSERT_NOT and av[0] == 1):
            width = _bounded(av[1].getwidth()[1])
            if width is None:
                return None
            most += width
            children = [av[1]]
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            children = [av[1]]
        elif op == _sre.SUBPATTERN:
            children = [av[-1]]
        elif op == _sre.ATOMIC_GROUP:
            children = [av]
        elif op == _sre.BRANCH:
            children = list(av[1])
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            children = [av[2]]
        elif op == _sre.GROUPREF_EXISTS:
            children = [c for c in av[1:] if c is not None]
        for child in children:
            reach = _lookahead_reach(child)
            if reach is None:
                return None
            most += reach
    return most


_COMMON = frozenset(" \t\n.:/-_=,;'\"()[]{}")


def _commonness(words: tuple[str, ...]) -> tuple[bool, tuple[str, ...]]:
    """Short sets whose words hold only punctuation or blanks found in most lines last (a `>` rules out more than a
    `:`)."""
    return (all(set(w) <= _COMMON for w in words), words)


@functools.cache
def needed(source: str, flags: int = re.I) -> Needed | None:
    """What every match of `source` needs (see the module's docstring); None when no word is known."""
    if _sre_parse is None:
        return None
    try:
        tree = _sre_parse.parse(source, flags)
        found = _of_sequence(tree)
        sets = {f[0] for f in found}
        long = [f for f in found if min(map(len, f[0])) >= SHORTEST]
        short = sorted(sets - {f[0] for f in long}, key=_commonness)[:ALL_OF]  # after the long ones, never windowed
        best = _best(long)
        if best is None:
            return Needed(tuple(short), (), None, None) if short else None
        windowed = _best([f for f in long if f[1] is not None]) or best
        every = sorted({f[0] for f in long}, key=lambda words: -min(map(len, words)))[:ALL_OF] + short
        lookahead = _lookahead_reach(tree)
        phrases = _longest_phrases(_phrases(tree))
        if phrases is not None and _shortest_phrase(phrases) <= min(map(len, windowed[0])):
            phrases = None
        return Needed(tuple(every), windowed[0], windowed[1], _add(_bounded(tree.getwidth()[1]), lookahead), phrases)
    except Exception:
        return None


def holds(low: str, need: Needed | None, seen: dict[str, bool] | None = None) -> bool:
    """Whether lower-cased ASCII text `low` may hold a match of a regex that needs `need`; `seen`: which words `low`
    was found to hold or lack (the rules tried on one segment share most of their words: `resolved`, `host`)."""
    if need is None:
        return True
    if seen is None:
        return all(any(w in low for w in words) for words in need.all_of)
    return all(any(_held(low, w, seen) for w in words) for words in need.all_of)


def _held(low: str, word: str, seen: dict[str, bool]) -> bool:
    found = seen.get(word)
    if found is None:
        found = seen[word] = word in low
    return found


def _anchors(low: str, need: Needed) -> tuple[str, tuple[str, ...], int]:
    """Where the windows are put: the text to find in, the words to find, the most characters before them."""
    if need.phrases is not None:
        return _spaced(low), *need.phrases
    assert need.lead is not None
    return low, need.words, need.lead


def windows(low: str, need: Needed) -> list[tuple[int, int]]:
    """The stretches of `low` where a match may start (merged, in order): up to `need.lead` characters before each
    of its words."""
    hay, words, lead = _anchors(low, need)
    starts: list[int] = []
    for word in words:
        at = hay.find(word)
        while at != -1:
            starts.append(at)
            at = hay.find(word, at + 1)
    starts.sort()
    out: list[tuple[int, int]] = []
    assert need.reach is not None
    for at in starts:
        lo = max(0, at - lead)
        if out and lo <= out[-1][1] + need.reach + 2:  # the last window's search reaches it: one search, not two
            out[-1] = (out[-1][0], at)
        else:
            out.append((lo, at))
    return out


def finditer_near(
    pattern: re.Pattern[str], text: str, low: str, need: Needed | None, pos: int = 0
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text, pos)`, the same matches, searching only where a match may start (ASCII `text`, `low` its
    lower-cased twin). Each window is searched up to `need.reach` past its last start (and two more characters, for
    a `\\b` or `$` at a match's end): no match and no look-ahead reads past that, so the cut changes nothing."""
    if need is None or need.lead is None or len(text) - pos < WINDOWED_FROM:
        return pattern.finditer(text, pos)  # (no generator in between: most segments are short)
    if need.reach is None:
        return _from_first_word(pattern, text, low, need, pos)
    return _windowed(pattern, text, low, need, pos)


def _from_first_word(pattern: re.Pattern[str], text: str, low: str, need: Needed, pos: int) -> Iterator[re.Match[str]]:
    """`finditer_near` for a regex whose matches have no bound on their length (`\\s*$`): no match starts more than
    `need.lead` characters before the first of its words, nor after the last, so the search starts there, and the
    same matches follow (a search from `pos` finds none before it; `^` and look-behinds read the text before it
    either way)."""
    hay, words, lead = _anchors(low, need)
    found = [at for at in (hay.find(word, pos) for word in words) if at != -1]
    if not found:
        return
    last = max(hay.rfind(word) for word in words)
    for m in pattern.finditer(text, max(pos, min(found) - lead)):
        if m.start() > last:
            return
        yield m


def matches_where_needed(
    pattern: re.Pattern[str], text: str, low: str, need: Needed, pos: int = 0
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text, pos)`'s matches for ASCII `text` (`low` its lower-cased twin): none when `low` lacks a
    word every match holds, else searched only where a match may start (`finditer_near`)."""
    return finditer_near(pattern, text, low, need, pos) if holds(low, need) else iter(())


def _windowed(pattern: re.Pattern[str], text: str, low: str, need: Needed, pos: int) -> Iterator[re.Match[str]]:
    assert need.reach is not None
    for lo, hi in windows(low, need):
        pos = max(pos, lo)
        end = min(len(text), hi + need.reach + 2)
        while pos <= hi:
            m = pattern.search(text, pos, end)
            if m is None or m.start() > hi:
                break
            yield m
            pos = m.end() if m.end() > m.start() else m.end() + 1
