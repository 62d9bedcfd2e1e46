"""Calico's label selector language, the practical part of it, as a pure parser and matcher.

Supported: `all()`, `has(k)`, `k == "v"`, `k != "v"`, `k in {"a", "b"}`, `k not in {…}`,
`k contains "s"`, `k starts with "s"`, `k ends with "s"`, `!`, `&&`, `||` and parentheses, strings in
single or double quotes (https://docs.tigera.io/calico/latest/reference/resources/networkpolicy#selectors).
Anything else raises `UnsupportedSelector` naming the expression: the step then says it could not
evaluate that policy, rather than guess.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import lru_cache

Labels = Mapping[str, str]
Matcher = Callable[[Labels], bool]

_TOKEN = re.compile(
    r"""\s*(?:
      (?P<str>"[^"]*"|'[^']*')
    | (?P<op>==|!=|&&|\|\||!|\(|\)|\{|\}|,)
    | (?P<word>[A-Za-z0-9_./-]+)
    )""",
    re.VERBOSE,
)


_STRING_OPS: dict[str, Callable[[str | None, str], bool]] = {
    "==": lambda have, want: have == want,
    "!=": lambda have, want: have != want,
    "contains": lambda have, want: have is not None and want in have,
    "starts with": lambda have, want: have is not None and have.startswith(want),
    "ends with": lambda have, want: have is not None and have.endswith(want),
}


class UnsupportedSelector(ValueError):
    """A selector podnet does not evaluate (a syntax it does not know, or one that is not valid)."""


def _tokens(text: str) -> list[str]:
    out: list[str] = []
    pos = 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None or m.end() == pos:
            raise UnsupportedSelector(f"selector {text!r}: cannot read it at {text[pos:]!r}")
        out.append(m.group(m.lastgroup or "word"))
        pos = m.end()
    return out


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.toks = _tokens(text)
        self.i = 0

    def peek(self, offset: int = 0) -> str | None:
        j = self.i + offset
        return self.toks[j] if j < len(self.toks) else None

    def take(self, expected: str | None = None) -> str:
        tok = self.peek()
        if tok is None or (expected is not None and tok != expected):
            raise UnsupportedSelector(f"selector {self.text!r}: expected {expected or 'more'}, found {tok!r}")
        self.i += 1
        return tok

    def parse(self) -> Matcher:
        if not self.toks:
            return lambda labels: True  # an empty selector selects everything
        matcher = self.or_()
        if self.peek() is not None:
            raise UnsupportedSelector(f"selector {self.text!r}: unexpected {self.peek()!r}")
        return matcher

    def or_(self) -> Matcher:
        parts = [self.and_()]
        while self.peek() == "||":
            self.take()
            parts.append(self.and_())
        return parts[0] if len(parts) == 1 else (lambda labels: any(p(labels) for p in parts))

    def and_(self) -> Matcher:
        parts = [self.unary()]
        while self.peek() == "&&":
            self.take()
            parts.append(self.unary())
        return parts[0] if len(parts) == 1 else (lambda labels: all(p(labels) for p in parts))

    def unary(self) -> Matcher:
        if self.peek() == "!":
            self.take()
            inner = self.unary()
            return lambda labels: not inner(labels)
        return self.primary()

    def string(self) -> str:
        tok = self.take()
        if len(tok) < 2 or tok[0] not in "\"'" or tok[-1] != tok[0]:
            raise UnsupportedSelector(f"selector {self.text!r}: expected a quoted string, found {tok!r}")
        return tok[1:-1]

    def primary(self) -> Matcher:
        tok = self.take()
        if tok == "(":
            inner = self.or_()
            self.take(")")
            return inner
        if tok == "all" and self.peek() == "(":
            self.take("(")
            self.take(")")
            return lambda labels: True
        if tok == "has" and self.peek() == "(":
            self.take("(")
            key = self.take()
            self.take(")")
            return lambda labels: key in labels
        if tok[0] in "\"'(){},!&|=":
            raise UnsupportedSelector(f"selector {self.text!r}: unexpected {tok!r}")
        return self.comparison(tok)

    def comparison(self, key: str) -> Matcher:
        op = self.take()
        if op in ("starts", "ends", "not") and self.peek() in ("with", "in"):
            op = f"{op} {self.take()}"
        if op in ("in", "not in"):
            values = self.set_()
            negate = op == "not in"
            return lambda labels: (labels.get(key) in values) != negate
        test = _STRING_OPS.get(op)
        if test is None:
            raise UnsupportedSelector(f"selector {self.text!r}: operator {op!r} is not one podnet evaluates")
        value = self.string()
        return lambda labels: test(labels.get(key), value)

    def set_(self) -> frozenset[str]:
        self.take("{")
        values: set[str] = set()
        while self.peek() != "}":
            values.add(self.string())
            if self.peek() == ",":
                self.take()
        self.take("}")
        return frozenset(values)


@lru_cache(maxsize=512)
def compile_selector(text: str) -> Matcher:
    """The selector as a function of a label set; raises UnsupportedSelector."""
    return _Parser(text).parse()


def matches(selector: str | None, labels: Labels) -> bool:
    """Does `selector` (None or empty: everything) select `labels`? Raises UnsupportedSelector."""
    return compile_selector((selector or "").strip())(labels)
