"""The marks a log collector, a terminal or a chat client puts on every line of a multi-line error: a dig answer, an
nslookup block or a wrapped stack trace under `kubectl logs --timestamps`, `docker compose logs`, `kubectl logs
--prefix`, klog's header, a journal's header, a Markdown code block's indentation (`checks/parsing/log_prefixes.py`),
docker's json-file log lines, trailing blanks, typographic quotes and Slack's second escaping of a page's entities
(`normalize.py`) reads as it does bare; every labelled paste the parser reads right reads the same under each of
them."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from checks.parsing import parse_failures
from checks.parsing.log_prefixes import strip_log_prefixes
from checks.parsing.terminal_wraps import rejoin_terminal_wraps

PASTES = Path(__file__).resolve().parents[2] / "fixtures" / "pastes"

_DIG = """; <<>> DiG 9.18.24 <<>> orders.shop.svc.cluster.local
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: SERVFAIL, id: 4242
;; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1"""

_NSLOOKUP = """Server:		10.96.0.10
Address:	10.96.0.10:53

** server can't find redis.cache.svc.cluster.local: NXDOMAIN"""

_PER_LINE: dict[str, Callable[[str], str]] = {
    "cri-log": lambda line: f"2026-12-02T07:00:00.123456789Z stdout F {line}",
    "kubectl-timestamps": lambda line: f"2026-12-02T07:00:00.123456789Z {line}",
    "compose": lambda line: f"orders-1  | {line}",
    "kubectl-prefix": lambda line: f"[pod/orders-7d9f/orders] {line}",
    "compose-and-stamp": lambda line: f"orders-1  | 2026-12-02 07:00:00,123 {line}",
    "klog": lambda line: f"E1202 07:00:00.123456       1 probe.go:42] {line}",
    "code-block": lambda line: f"    {line}",
    "journal": lambda line: f"Dec 05 05:00:00 node-1 orders[1234]: {line}",
    "buildkit": lambda line: f"#12 0.345 {line}",
}


def _each_line(text: str, prefix: Callable[[str], str]) -> str:
    return "\n".join(prefix(line) for line in text.split("\n"))


def _not_on_blank_lines(text: str, prefix: Callable[[str], str]) -> str:
    """A collector that writes nothing on an empty line (or a paste that lost the prefix there)."""
    return "\n".join(prefix(line) if line.strip() else line for line in text.split("\n"))


def _docker_json_file(text: str) -> str:
    line = '{{"log":{},"stream":"stderr","time":"2026-12-02T07:00:00.123456789Z"}}'
    return "\n".join(line.format(json.dumps(part + "\n")) for part in text.split("\n"))


def _typographic(text: str) -> str:
    quotes = iter("\u201c\u201d" * (text.count('"') // 2 + 1))
    return "".join(next(quotes) if c == '"' else "\u2019" if c == "'" else c for c in text)


def _trailing_blanks(text: str) -> str:
    """A terminal's blanks after each line; in a paste a terminal cut at its width, not after a line that fills the
    width already (held-out IB's `...: Erro` / `r resolving ...   `): a terminal pads no line past its width."""
    wrapped = rejoin_terminal_wraps(text) != text
    width = max(len(line) for line in text.split("\n"))
    return _each_line(text, lambda line: line if wrapped and len(line) == width else line + "   ")


_WHOLE: dict[str, Callable[[str], str]] = {
    "docker-json-file": _docker_json_file,
    "typographic-quotes": _typographic,
    "trailing-blanks": _trailing_blanks,
}


@pytest.mark.parametrize("wrap", sorted(_PER_LINE))
@pytest.mark.parametrize(
    ("block", "want"),
    [(_DIG, ("orders.shop.svc.cluster.local", "servfail")), (_NSLOOKUP, ("redis.cache.svc.cluster.local", "nxdomain"))],
    ids=["dig", "nslookup"],
)
def test_a_dns_tools_block_reads_the_same_under_a_prefix_on_every_line(
    block: str, want: tuple[str, str], wrap: str
) -> None:
    assert [(f.host, f.kind) for f in parse_failures(block)] == [want]
    assert [(f.host, f.kind) for f in parse_failures(_each_line(block, _PER_LINE[wrap]))] == [want]


def test_each_layer_is_removed_where_a_neighbour_has_one_of_its_kind() -> None:
    """The compose prefix is on both lines, the stamp only on the first (the second continues it): the first is
    removed from both, the stamp kept."""
    text = "app-1  | 2026-12-02 07:00:00 getaddrinfo for db.prod\napp-1  |  failed: Name does not resolve"
    assert strip_log_prefixes(text) == "2026-12-02 07:00:00 getaddrinfo for db.prod\n failed: Name does not resolve"
    stamped = "2026-12-02 07:00:00 a\n2026-12-02 07:00:01 b"
    assert strip_log_prefixes(stamped) == "a\nb"
    # a blank line between two stamped ones carries none: its neighbours are the lines beyond it
    gapped = "2026-12-02 07:00:00 Server: 10.96.0.10\n\n2026-12-02 07:00:01 ** server can't find x: NXDOMAIN"
    assert strip_log_prefixes(gapped) == "Server: 10.96.0.10\n\n** server can't find x: NXDOMAIN"
    lone = "2026-12-02 07:00:00 a\n\nplain b"  # no stamped line beyond the blank one: the stamp stays
    assert strip_log_prefixes(lone) == lone
    build = "#12 0.345 Server:\t\t10.96.0.10\n#12 0.346 Address:\t10.96.0.10#53"  # BuildKit's plain progress
    assert strip_log_prefixes(build) == "Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53"


def test_docker_json_file_lines_typographic_quotes_and_twice_escaped_entities_read_as_printed() -> None:
    docker = _docker_json_file("nslookup: can't resolve 'redis.cache'\nexit 1")
    assert docker.startswith('{"log":"nslookup: can\'t resolve \'redis.cache\'\\n","stream":"stderr"')
    assert [(f.host, f.kind) for f in parse_failures(docker)] == [("redis.cache", "nxdomain")]
    typed = "nslookup: can\u2019t resolve \u2018redis.cache\u2019"
    assert [(f.host, f.kind) for f in parse_failures(typed)] == [("redis.cache", "nxdomain")]
    slack = "could not translate host name &amp;quot;db.prod&amp;quot; to address: Name or service not known"
    assert [(f.host, f.kind) for f in parse_failures(slack)] == [("db.prod", "nxdomain")]


def test_a_single_prefixed_line_and_look_alikes_are_left_as_they_are() -> None:
    single = "2026-12-02T07:00:00Z dial tcp: lookup api.shop on 10.96.0.10:53: no such host\nnext: plain"
    assert strip_log_prefixes(single) == single
    pipes = "cat hosts | grep db\nsort names | uniq"  # a shell pipeline is no compose prefix
    assert strip_log_prefixes(pipes) == pipes
    tabs = "    \tutil.go:185: Error\n    \t\tcommand terminated"  # the spaces go, the program's tab stays
    assert strip_log_prefixes(tabs) == "\tutil.go:185: Error\n\t\tcommand terminated"


def _labelled_rows() -> list[dict[str, object]]:
    return [json.loads(line) for path in sorted(PASTES.glob("*.jsonl")) for line in path.open() if line.strip()]


_ASCII_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2018": "'", "\u2019": "'"})


def _reading(text: str) -> set[tuple[str, str, bool]]:
    """The failures read, a name's typographic quotes as ASCII ones (a name is reported with the quotes printed)."""
    return {(f.host.translate(_ASCII_QUOTES), f.kind, f.redacted) for f in parse_failures(text)}


@functools.cache
def _read_right_bare() -> tuple[tuple[str, str, frozenset[tuple[str, str, bool]]], ...]:
    """(id, text, reading) of every labelled paste whose reading is right bare (read once per test session)."""
    right = []
    for row in _labelled_rows():
        text = str(row["text"])
        bare = _reading(text)
        want = {(str(e["host"]), str(e["kind"])) for e in row["expected"]}  # type: ignore[attr-defined]
        if {(h, k) for h, k, _ in bare} == want:
            right.append((str(row["id"]), text, frozenset(bare)))
    return tuple(right)


_WRAPPINGS: dict[str, Callable[[str], str]] = {
    **{
        wrap: functools.partial(_each_line, prefix=_PER_LINE[wrap])
        for wrap in ("cri-log", "compose-and-stamp", "klog", "code-block", "journal")
    },
    "buildkit-not-on-blank-lines": functools.partial(_not_on_blank_lines, prefix=_PER_LINE["buildkit"]),
    **_WHOLE,
}


_PER_LINE_WRAPPINGS = frozenset(_WRAPPINGS) - frozenset(_WHOLE)
"""A collector's prefix on every line: not on a paste a terminal cut at its width (a terminal's continuation line
carries no prefix; with one, the cut lines are no longer as long as the width)."""


@pytest.mark.parametrize("wrap", sorted(_WRAPPINGS))
def test_every_labelled_paste_read_right_reads_the_same_under_each_per_line_prefix(wrap: str) -> None:
    """A log collector's prefix, a terminal's trailing blanks, typographic quotes change nothing the parser reads:
    checked on every labelled paste whose reading is right bare, one wrapping per test (each reads ~10,000 pastes)."""
    changed = [
        row_id
        for row_id, text, bare in _read_right_bare()
        if not (wrap in _PER_LINE_WRAPPINGS and rejoin_terminal_wraps(text) != text)
        and _reading(_WRAPPINGS[wrap](text)) != bare
    ]
    assert changed == []


def test_a_json_log_object_whose_message_holds_lines_reads_as_the_program_printed_them() -> None:
    """`{"level":"error","msg":"<a dig or ping transcript>"}`: each field on its own line, the message's lines under
    its key, so a block's first and last lines read as printed (a one-line JSON log is read as it is)."""
    for block, want in ((_NSLOOKUP, ("redis.cache.svc.cluster.local", "nxdomain")), (_DIG, None)):
        logged = json.dumps({"level": "error", "ts": 1733122800.5, "msg": block})
        expected = [(f.host, f.kind) for f in parse_failures(block)]
        assert [(f.host, f.kind) for f in parse_failures(logged)] == expected
        if want:
            assert expected == [want]
    pings = "root@nginx:/# ping my-nginx\nping: unknown host\nroot@nginx:/# ping kubernetes\nping: unknown host"
    logged_pings = json.dumps({"level": "error", "msg": pings})
    assert [(f.host, f.kind) for f in parse_failures(logged_pings)] == [
        ("my-nginx", "nxdomain"),
        ("kubernetes", "nxdomain"),
    ]
    one_line = '{"level":"error","msg":"dial tcp: lookup api.shop on 10.96.0.10:53: no such host"}'
    assert [(f.host, f.kind) for f in parse_failures(one_line)] == [("api.shop", "nxdomain")]
