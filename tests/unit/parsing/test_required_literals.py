"""The words a regex needs (`checks/parsing/required_literals.py`): the rules' pass skips a rule whose words a segment
lacks and searches a long segment only before each of them. Both must find exactly what a whole search finds: every
rule's regex is compared on the corpus's and the probes' long texts and on seeded random texts made of the pieces
the rules look for."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from checks.parsing import parse_failures
from checks.parsing.announced import _ANNOUNCED as ANNOUNCED
from checks.parsing.client_commands import _CLIENT as CLIENT
from checks.parsing.client_commands import CURL_COMMAND
from checks.parsing.document import Document, _first_match
from checks.parsing.generic_commands import _COMMAND as COMMAND
from checks.parsing.generic_commands import _DIG_HEADER as DIG_HEADER
from checks.parsing.generic_kind import _REASON_ASCII
from checks.parsing.host_settings import _PROSE as PROSE
from checks.parsing.host_settings import _SETTING as SETTING
from checks.parsing.required_literals import SHORTEST, WINDOWED_FROM, finditer_near, holds, needed
from checks.parsing.rules import RULES
from tests.unit.parsing.speed import best_of

FIXTURES = Path(__file__).parents[2] / "fixtures"


def _long_texts() -> list[str]:
    texts = []
    for path in sorted((FIXTURES / "pastes").rglob("*.jsonl")):
        for line in path.read_text().splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    for path in sorted((FIXTURES / "probes" / "source-mined").glob("*.txt")):
        texts += path.read_text().split("\n====\n")
    return [t for t in texts if len(t) >= WINDOWED_FROM and t.isascii()]


_PIECES = [
    "lookup ", "no such host", " on 10.0.0.10:53", ": ", "could not resolve ", "did not resolve", "'", '"', "a.b",
    "db-1.ns.svc", "<node>", "${HOST}", " ", "  ", "\n", "getaddrinfo ", "ENOTFOUND ", "failed ", "(", ")", "x" * 50,
    "Name or service not known", "[Errno -2] ", "host ", "resolve ", "Temporary failure in name resolution", "/v1",
    "UnknownHostException: ", "dial tcp: ", ":443", "https://", "NXDOMAIN", "SERVFAIL", "Could not resolve host: ",
]  # fmt: skip


def _random_texts(words: list[str], rng: random.Random, n: int) -> list[str]:
    texts = []
    for _ in range(n):
        parts: list[str] = []
        size = rng.randint(WINDOWED_FROM, 3000)
        while sum(map(len, parts)) < size:
            parts.append(rng.choice(_PIECES + words * 3))
        texts.append("".join(parts))
    return texts


def _same_matches(pattern: re.Pattern[str], need: object, text: str) -> tuple[bool, int]:
    low = text.lower()
    whole = [m.span() for m in pattern.finditer(text)]
    near = [m.span() for m in finditer_near(pattern, text, low, need)] if holds(low, need) else []  # type: ignore[arg-type]
    return whole == near, len(whole)


def test_every_rules_regex_finds_the_same_matches_searched_near_its_words() -> None:
    """Every rule's regex, on the corpus's and probes' long ASCII texts and on six random texts each built from its
    own words and the rules' pieces: the windowed search finds the same spans as a whole search (and the texts hold
    matches, so the comparison is not of empty lists)."""
    rng = random.Random(17)
    texts = _long_texts()
    assert len(texts) > 300
    differ: list[str] = []
    matched = 0
    for rule in RULES:
        need = rule.regex.needed
        words = [w for ws in (need.all_of if need else ()) for w in ws if w.isascii()]
        for text in (*texts[::5], *_random_texts(words, rng, 6)):
            same, found = _same_matches(rule.regex.compiled, need, text)
            matched += found > 0
            if not same:
                differ.append(rule.name)
    assert not differ
    assert matched > 250


def test_most_rules_have_words_and_a_window() -> None:
    """The filter is worth its code: most rules' regexes need a word, and most of those a bounded window."""
    needs = [rule.regex.needed for rule in RULES]
    assert sum(n is not None for n in needs) > 0.9 * len(RULES)
    assert sum(n is not None and n.lead is not None and n.reach is not None for n in needs) > 0.8 * len(RULES)


@pytest.mark.parametrize(
    ("source", "all_of", "lead"),
    [
        (r"\blookup\s(?P<host>x)", (("lookup",),), 0),
        # `re` takes the common `d` out of the branches: the words are put back together
        (r"(?:did\snot|didn't|does\snot|doesn't)\sresolve\b", ("did", "didn't", "does", "doesn't"), None),
        (r"x{0,3}abc", (("abc",),), 3),
        (r"a(?:xyz)+b", (("xyz",),), 1),
        (r"lookup(?=x)zed", (("lookupzed",),), 0),  # zero-width: the letters on either side are next to each other
    ],
)
def test_the_words_a_regex_needs(source: str, all_of: object, lead: int | None) -> None:
    need = needed(source)
    assert need is not None
    if isinstance(all_of, tuple) and all(isinstance(w, str) for w in all_of):
        assert all_of in need.all_of
    else:  # the sets of words long enough to put a window at; the short ones follow them
        assert tuple(ws for ws in need.all_of if min(map(len, ws)) >= SHORTEST) == all_of and need.lead == lead


@pytest.mark.parametrize(
    ("source", "phrase"),
    [
        (r"(?P<host>[a-z.]{1,50})\scould\snot\sbe\sresolved\s\(", ((" could not be resolved (",), 50)),
        (r"\bNo\sA\sor\sAAAA\srecord\sfound\sfor\s(?P<n>x)", (("no a or aaaa record found for ",), 0)),
        (r"(?:could|can)\s?not\sbe\sresolved\b", (("not be resolved",), 6)),  # after the longest branch and `\s?`
        (r"x{0,3}(?:abc\tdef\sg)+", (("abc def g",), 3)),  # a tab, like `\s`, stands for any one blank
        # each branch's longest, at the longest branch's lead
        (
            r"(?:No\shost\sfound|Unknown\shost\sname)\sfor\s(?P<n>x)",
            (("no host found", "unknown host name"), 0),
        ),
        (r"x(?:No\s+host\s+found|Unknown\s+host)", None),  # no longer than the words: `found` or `unknown`
        (r"lookup\s{1,3}(?P<h>\w+)", None),  # blanks repeated: no phrase longer than the word
        (r"resolve[\s,]host", None),  # a class of blanks and more is not a blank
    ],
)
def test_the_phrases_a_regex_needs(source: str, phrase: tuple[tuple[str, ...], int] | None) -> None:
    need = needed(source)
    assert need is not None and need.phrases == phrase


def test_rules_searched_near_their_phrases_find_what_a_whole_search_finds() -> None:
    """The rules whose windows are put at a phrase: on texts dense with the phrase's words and with the phrase itself,
    its blanks any of `re`'s (tab, newline, two spaces where one is needed), the same spans as a whole search."""
    rng = random.Random(60)
    phrased = [rule for rule in RULES if rule.regex.needed is not None and rule.regex.needed.phrases is not None]
    assert len(phrased) > 40
    matched = 0
    for rule in phrased:
        phrases = rule.regex.needed.phrases[0]  # type: ignore[union-attr]
        words = [word for phrase in phrases for word in phrase.split()]
        blanks = (" ", "\t", "\n", "  ", "\x0b")
        variants = [phrase.replace(" ", blank) for phrase in phrases for blank in blanks] + words
        for text in _random_texts(variants * 2 + words, rng, 4):
            same, found = _same_matches(rule.regex.compiled, rule.regex.needed, text)
            assert same, rule.name
            matched += found > 0
    assert matched > 40


def test_a_look_ahead_inside_a_look_ahead_reaches_as_far_as_both() -> None:
    """(review) The reach was the widest look-ahead alone; one nested in another reads past both."""
    source = r"lookup(?=.{10}(?=.{10}z))"
    text = "x " * 700 + "lookup0123456789abcdefghijz"
    assert _same_matches(re.compile(source, re.I), needed(source), text) == (True, 1)


def test_no_words_where_a_branch_has_none_nor_where_re_folds_a_letter_to_ascii() -> None:
    short = needed(r"(?:foo|ba)x")  # `ba` is too short to put a window at; a segment without it or `foo` has no match
    assert short is not None and short.lead is None and short.all_of == (("ba", "foo"), ("x",))
    assert not holds("foo", short) and holds("xfoo", short)
    for word in ("\u212aube", "\u017fvc", "\u0130ngress"):  # the Kelvin sign matches `k` case-insensitively, and so on
        assert needed(word) is None
    assert needed(r"a(?:xyz)+b") is not None and needed(r"a(?:xyz)+b").reach is None  # type: ignore[union-attr]
    need = needed("Ping\\s?要求找不到主機\\s(?P<host>\\S+)")
    assert need is not None and any(not w.isascii() for ws in need.all_of for w in ws)
    assert not holds("ping a.b could not resolve", need)  # an ASCII text cannot hold the Chinese words


def test_a_many_word_alternation_is_found_the_same_near_its_words() -> None:
    """The generic rule's reasons (a trie-built alternation whose words are 145 fragments): the windowed search finds
    the same matches as a whole one, from any position."""
    rng = random.Random(5)
    for text in _random_texts([], rng, 40) + _long_texts()[::7]:
        for pos in (0, 37):
            near = finditer_near(_REASON_ASCII.compiled, text, text.lower(), _REASON_ASCII.needed, pos)
            assert [m.span() for m in near] == [m.span() for m in _REASON_ASCII.finditer(text, pos)]


def test_a_neighbouring_lines_search_is_read_once_and_answers_as_the_regex() -> None:
    doc = Document("x\n" * 3)
    pattern = re.compile(r"DB_HOST=(\S+)")
    line = "a" * 600 + " DB_HOST=db "
    first, again = doc.search_line(pattern, line), doc.search_line(pattern, line[:-1] + " ")
    assert first is not None and again is first and first.group(1) == "db"
    assert doc.search_line(pattern, "short DB_HOST=x").group(1) == "x"  # type: ignore[union-attr]


def test_the_readers_of_neighbouring_lines_find_what_their_regex_finds() -> None:
    """The look-around readers' patterns (commands, clients, curl, announcements, settings) searched on a long line only
    where their words are: the same first match, groups and all, as a whole search, on the corpus's lines and on lines
    glued from them (session 58)."""
    patterns = [COMMAND, DIG_HEADER, CLIENT, CURL_COMMAND, ANNOUNCED, SETTING, PROSE]
    lines = [line for text in _long_texts() for line in text.splitlines()]
    rng = random.Random(58)
    pieces = [line for line in lines if 5 < len(line) < 300]
    lines += [" ".join(rng.choice(pieces) for _ in range(rng.randint(4, 14))) for _ in range(400)]
    found = 0
    for line in lines:
        for pattern in patterns:
            whole = pattern.search(line)
            near = _first_match(pattern, line)
            assert (whole and (whole.span(), whole.groupdict())) == (near and (near.span(), near.groupdict()))
            found += whole is not None
    assert found > 50


def test_a_log_repeating_one_failure_then_naming_another_is_read_whole() -> None:
    """(review, session 56) A budget of tokens spent on lines that named nothing new (tried, then dropped) cut this
    31-line log of long lines after 28 repeats: the second name, on the last line, was lost. Such a log is read
    whole."""
    line = (
        "{ts} WARN  [http-nio-8080-exec-{i}] com.acme.payments.gateway.client.RetryingHttpClient - attempt {i} of 60 "
        "for request id={i}7a{i}c tenant=acme region=eu-west-1 route=/v2/ledger/entries method=POST user agent okhttp "
        "4.12 span trace {i}f3e9 sampled true; upstream call to {host} failed, will retry in 500ms: Temporary failure "
        "in name resolution (worker pool alpha, circuit closed, queue depth 12, backoff linear, max attempts 60, "
        "timeout 30s, keepalive on, tls on, proxy off, dns cache off, ipv6 off, pool size 8)\n"
    )
    hosts = ["ledger.payments.svc.cluster.local"] * 30 + ["fx-rates.payments.svc.cluster.local"]
    log = "".join(line.format(ts=f"2024-05-01 10:00:{i:02d}", i=i, host=h) for i, h in enumerate(hosts))
    read = parse_failures(log)
    assert {f.host for f in read} == set(hosts) and not read.partial
    named = "".join(f"{i * 7919 % 9973} getaddrinfo failed for svc{i}.internal: EAI_AGAIN\n" for i in range(150))
    read = parse_failures(named)
    assert len(read) == 150 and not read.partial


@pytest.mark.parametrize("unit", ["$ ping a.b; ", "DB_HOST=a.b ", "https://x.y/z?a=b ", "http://a.b.c:80/"])
@pytest.mark.parametrize("reason", [" no such host", " NXDOMAIN", " could not resolve"])
def test_a_hostile_megabyte_of_distinct_long_lines_parses_quickly(unit: str, reason: str) -> None:
    """Session 56: the URL-line megabytes with a number opening each line (so no line repeats another, as a real
    log's request ids make them) took 0.35-0.47 s: every line was a new segment for the rules and the generic rule.
    The rules' pass is now fast on them; the generic rule's candidates still take 0.21-0.35 s here (printed figures:
    over the 0.2 s goal)."""
    line = unit * (1600 // len(unit)) + reason
    lines, size = [], 0
    while size < 1_000_000:
        lines.append(f"{len(lines)} {line}")
        size += len(lines[-1]) + 1
    text = "\n".join(lines)
    assert best_of(3, lambda: parse_failures(text)) < 1.0
