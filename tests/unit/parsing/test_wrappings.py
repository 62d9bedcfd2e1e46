"""Issue #17, survey 7: a known resolver message reads the same in every wrapping a platform engineer pastes it in
(`tests/unit/parsing/wrappings.py`: messages by wrappings, built, not written out), and a message that is no DNS
failure names nothing in any of them."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from tests.unit.parsing.wrappings import MESSAGES, NEGATIVES, WRAPPERS

_PLAIN_BREAK = (
    "a plain line break between the name and the reason (or before the name): nothing marks it as a wrap, and "
    "joining every line to the next would merge unrelated log lines"
)
# (urllib3's NameResolutionError is read since held-out LV-MC: its `([Errno N] ...)` opening the next line after the
# quoted name is its reason)
XFAIL: dict[tuple[str, str], str] = {
    (m, w): _PLAIN_BREAK
    for w in ("word-wrap", "md-quote", "event-yaml-literal")
    for m in ("node-enotfound", "node-eai-again", "nginx", "coredns")
}
# (`fold -s` putting `Temporary failure in name resolution` on a line of its own is read since held-out BV: its space
# stays at the line's end, which tells the wrap from a new line)
XFAIL |= {
    (m, "get-events-hard-wrap"): "one terminal cut inside a word on a paste with no other line of that width: not told "
    "from a line that happens to be that long, so it is joined by a space (`misbe having`) or not at all when the "
    "next line opens like a program's prefix (`UnknownHostExceptio` / `n: h`)"
    for m in ("go-servfail", "java")
}
"""(message, wrapping) → why the parser does not read that cell yet (strict: a cell that starts passing fails)."""


def _reading(text: str) -> set[tuple[str, str]]:
    return {(f.host, f.kind) for f in parse_failures(text)}


def _cells() -> list[object]:
    cells: list[object] = []
    for w in WRAPPERS:
        for m in MESSAGES:
            why = XFAIL.get((m, w))
            marks = [pytest.mark.xfail(reason=why, strict=True)] if why else []
            cells.append(pytest.param(m, w, id=f"{w}-{m}", marks=marks))
    return cells


@pytest.mark.parametrize("msg_id", list(MESSAGES))
def test_each_bare_message_reads_as_stated(msg_id: str) -> None:
    msg, host, kind = MESSAGES[msg_id]
    assert _reading(msg) == {(host, kind)}


@pytest.mark.parametrize(("msg_id", "wrap_id"), _cells())
def test_a_wrapped_message_reads_as_the_bare_one(msg_id: str, wrap_id: str) -> None:
    msg, host, _ = MESSAGES[msg_id]
    pasted = WRAPPERS[wrap_id](msg, host)
    assert pasted != msg
    assert _reading(pasted) == _reading(msg)


@pytest.mark.parametrize(
    ("neg_id", "wrap_id"),
    [(n, w) for w in WRAPPERS for n in NEGATIVES],
    ids=[f"{w}-{n}" for w in WRAPPERS for n in NEGATIVES],
)
def test_a_wrapped_message_that_is_no_dns_failure_names_nothing(neg_id: str, wrap_id: str) -> None:
    msg, host = NEGATIVES[neg_id]
    assert parse_failures(msg) == []
    assert parse_failures(WRAPPERS[wrap_id](msg, host)) == []
