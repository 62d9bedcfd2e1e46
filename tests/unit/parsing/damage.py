"""What copying does to a paste, measured: `python -m tests.unit.parsing.damage [DAMAGE ...]`.

Every labelled paste with a failure that the parser reads right (and no longer than 4 000 characters) is damaged the
way a terminal, a browser or a chat client may damage it, and read again; the share read otherwise is printed per
damage. Names given on the command line also print the first rows read otherwise. A figure, not a test: the README
quotes it, `test_paste_damage.py` keeps examples of the damages the parser reads through.
"""

from __future__ import annotations

import json
import re
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

from checks.parsing import parse_failures

PASTES = Path(__file__).resolve().parents[2] / "fixtures" / "pastes"
LONGEST = 4000
SHOWN = 40


def _hard(width: int) -> Callable[[str], str]:
    def cut(text: str) -> str:
        out: list[str] = []
        for line in text.split("\n"):
            out.extend(line[at : at + width] for at in range(0, max(len(line), 1), width))
        return "\n".join(out)

    return cut


def _soft(width: int, indent: str) -> Callable[[str], str]:
    def wrap(text: str) -> str:
        out: list[str] = []
        for line in text.split("\n"):
            if len(line) <= width:
                out.append(line)
                continue
            parts = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False, subsequent_indent=indent)
            out.extend(parts or [line])
        return "\n".join(out)

    return wrap


def _smart_quotes(text: str) -> str:
    text = re.sub(r"(?<!\w)'", "\u2018", text).replace("'", "\u2019")
    return re.sub(r'(?<!\w)"', "\u201c", text).replace('"', "\u201d")


def _prefixed(prefix: str) -> Callable[[str], str]:
    return lambda text: "\n".join(prefix + line for line in text.split("\n"))


DAMAGES: dict[str, Callable[[str], str]] = {
    "hard80": _hard(80),
    "hard100": _hard(100),
    "hard120": _hard(120),
    "hard150": _hard(150),
    "hard200": _hard(200),
    "soft80-indented": _soft(80, " " * 7),
    "soft100-indented": _soft(100, "  "),
    "smart-quotes": _smart_quotes,
    "html-entities": lambda t: t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;"),
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "markdown-quote": _prefixed("> "),
    "cri-prefix": _prefixed("2024-05-01T10:00:00.123456789Z stderr F "),
    "compose-prefix": _prefixed("api-1  | "),
    "compose-prefix-hard80": lambda t: _hard(80)(_prefixed("api-1  | ")(t)),
    "escaped-json-hard80": lambda t: _hard(80)(json.dumps({"msg": t})[1:-1]),
    "no-break-spaces": lambda t: t.replace(" ", "\u00a0"),
    "zero-width-spaces": lambda t: t.replace(".", ".\u200b"),
}


def _read(text: str) -> set[tuple[str, str]]:
    return {(f.host.lower(), f.kind) for f in parse_failures(text)}


def rows_read_right() -> list[tuple[str, str, set[tuple[str, str]]]]:
    rows = []
    for path in sorted(PASTES.glob("*.jsonl")):
        for line in path.read_text().splitlines():
            row = json.loads(line)
            if not row["expected"] or len(row["text"]) > LONGEST:
                continue
            want = {(e["host"].lower(), e["kind"]) for e in row["expected"]}
            if _read(row["text"]) == want:
                rows.append((row["id"], row["text"], want))
    return rows


def main(names: list[str]) -> None:
    rows = rows_read_right()
    print(f"{len(rows)} labelled pastes read right")
    for name in names or list(DAMAGES):
        damaged = [(i, want, _read(DAMAGES[name](text))) for i, text, want in rows]
        otherwise = [(i, want, got) for i, want, got in damaged if got != want]
        print(f"{name:18} read otherwise {len(otherwise):5} ({len(otherwise) / len(rows):.1%})")
        if names:
            for i, want, got in otherwise[:SHOWN]:
                print(f"    {i[:45]} {sorted(want)[:2]} -> {sorted(got)[:3]}")


if __name__ == "__main__":
    main(sys.argv[1:])
