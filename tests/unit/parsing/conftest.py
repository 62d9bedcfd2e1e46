"""The parser's speed figures, printed at the end of the run (see `speed.py`)."""

from __future__ import annotations

import pytest

from tests.unit.parsing.speed import summary_lines


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    for line in summary_lines():
        terminalreporter.write_line(line)
