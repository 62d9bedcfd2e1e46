"""What a paste goes through between the terminal and the chat (issue #17, recall by generalisation): a browser's or
chat client's no-break and zero-width spaces, a console's hard cut at a width other than 80 or 120, a cut of the text
as the terminal showed it (escaped JSON, a collector's prefix), a single cut inside a name shown whole elsewhere. The
parser reads
the failure through them as it reads the clean text; lines that merely happen to be as long are left as they are."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from checks.parsing.terminal_wraps import rejoin_terminal_wraps
from tests.unit.parsing.speed import GUARD, best_of, megabyte_of

CLEAN = (
    'psql: error: could not translate host name "pg-main.db.svc" to address: Temporary failure in name resolution',
    "dial tcp: lookup registry.corp.example on 10.96.0.10:53: no such host",
    "java.net.UnknownHostException: kafka-0.kafka-headless: Name or service not known",
    "curl: (6) Could not resolve host: api.internal.example",
)


def found(text: str) -> set[tuple[str, str]]:
    return {(f.host, f.kind) for f in parse_failures(text)}


@pytest.mark.parametrize("text", CLEAN)
def test_no_break_spaces_read_as_spaces(text: str) -> None:
    assert found(text.replace(" ", "\u00a0")) == found(text) != set()


@pytest.mark.parametrize("text", CLEAN)
def test_zero_width_spaces_are_dropped(text: str) -> None:
    assert found(text.replace(".", ".\u200b").replace(":", "\ufeff:")) == found(text) != set()


def test_a_line_a_console_cut_twice_at_its_own_width_is_read_whole() -> None:
    # Docker for Windows' console: one long line cut at 90 columns, twice, the cuts inside words
    line = (
        "docker.exe: error pulling image configuration: Get https://cdn.example.net/registry-v2/blobs/sha256/aa/"
        "aabbccddeeff00112233445566778899/data?Expires=1498216864: dial tcp: lookup cdn.example.net on "
        "192.168.65.1:53: read udp 192.168.65.2:44796->192.168.65.1:53: i/o timeout"
    )
    cut = "\n".join(line[i : i + 90] for i in range(0, len(line), 90))
    assert found(cut) == found(line) == {("cdn.example.net", "timeout")}


def test_two_lines_that_merely_have_the_same_length_are_not_joined() -> None:
    # a build log: the two longest lines are as long by chance and apart; the second's name must not take the next word
    text = (
        'package golang.org/x/tools/cmd/cover: unrecognized import path "golang.org/x/tools/cmd/cover"\n'
        "# cd .; git clone https://github.com/tools/godep /go/src/github.com/tools/godep\n"
        "fatal: unable to access 'https://github.com/tools/godep/': Could not resolve host: github.com\n"
        "package github.com/tools/godep: exit status 128"
    )
    assert found(text) == {("github.com", "nxdomain")}


def test_a_hostile_megabyte_of_no_break_and_zero_width_spaces_parses_quickly() -> None:
    line = megabyte_of("lookup\u00a0a.b\u200b:\u00a0no such host ")
    elapsed = best_of(2, lambda: parse_failures(line))
    assert elapsed < GUARD, f"{elapsed:.3f}s"


def _cut(text: str, width: int) -> str:
    return "\n".join(text[i : i + width] for i in range(0, len(text), width))


def test_a_single_cut_inside_a_name_the_paste_shows_whole_elsewhere_is_joined_as_is() -> None:
    # one line cut once at 80 columns, inside the name Go looked up; the URL above shows the name whole
    tail = 'Get "https://github.com/org/charts.git/info/refs": dial tcp: lookup gith'
    line = "E1203 " + "x" * (80 - 6 - len(tail) - 1) + " " + tail + "ub.com on 10.96.0.10:53: server misbehaving"
    assert line[:80].endswith("lookup gith")
    cut = _cut(line, 80)
    assert found(cut) == found(line) == {("github.com", "servfail")}


def test_a_cut_of_escaped_json_is_read_at_the_width_the_terminal_showed() -> None:
    # the terminal cut the log line as printed, with its `\"` escapes (inside the name, twice at 80 columns);
    # unescaped, its lines are no longer 80 wide
    line = (
        '{"level":"error","msg":"failed \\"sync\\" of \\"app\\"' + "." * 55 + ': Post \\"https://10.0.0.1/v2/\\": dial '
        'tcp: lookup registry.corp.example on 10.96.0.10:53: no such host"}'
    )
    assert "lookup regis\ntry" in _cut(line, 80)
    assert found(_cut(line, 80)) == found(line) == {("registry.corp.example", "nxdomain")}


@pytest.mark.parametrize("dots", [7, 35])
def test_a_cut_of_a_prefixed_log_line_is_read_at_the_width_the_terminal_showed(dots: int) -> None:
    # Compose's service prefix is part of what the terminal cut, the pieces after it carry none; a piece may open on
    # the space the cut fell before (7) or go on inside the name (35)
    line = (
        "worker-1  | " + "." * dots + " sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not "
        'translate host name "postgres-primary.db.svc" to address: Temporary failure in name resolution'
    )
    text = "worker-1  | Starting worker\n" + _cut(line, 80) + "\nworker-1 exited with code 1"
    assert found(text) == {("postgres-primary.db.svc", "temporary")}


def test_a_word_wrap_of_80_columns_indented_under_the_line_reads_as_one_line() -> None:
    # a viewer's word wrap: the first line exactly 80 wide, the rest indented under it
    first = "FATA unable to reach database: dial tcp: lookup pg-one on 10.96.0.10:53: no such"
    assert len(first) == 80
    assert found(first + "\n       host.") == {("pg-one", "nxdomain")}


def test_a_word_wrap_shorter_than_80_columns_goes_on_indented_under_its_line() -> None:
    # textwrap's or a log viewer's word wrap: each line ends where the next word would not have fit, and every
    # continuation is indented under the first; the reason is on the second line, the name on the first
    text = "Get https://reg.corp.io/v2/: dial tcp: lookup reg.corp.io on 192.168.1.1:53:\n       server misbehaving"
    assert len(text.split("\n", maxsplit=1)[0]) < 80
    assert found(text) == {("reg.corp.io", "servfail")}


def test_an_indented_continuation_may_open_on_a_capital_and_be_wrapped_again() -> None:
    # Flutter's log line wrapped three times: `Unhandled` / `Exception: …`, `(OS` / `Error: …`
    text = (
        "E/flutter ( 3472): [ERROR:flutter/lib/ui/ui_dart_state.cc(177)] Unhandled\n"
        "       Exception: SocketException: Failed host lookup: 'api.weather.io' (OS\n"
        "       Error: No address associated with hostname, errno = 7)"
    )
    assert found(text) == {("api.weather.io", "nxdomain")}


def test_an_indented_stack_frame_or_setting_under_a_long_line_is_not_a_wrap() -> None:
    # a frame (`at …`) and a setting (`host: …`) open their own lines, however long the line above
    for text in (
        "a" * 60 + " failed to open the connection\n    at java.base/java.net.Socket.connect(Socket.java:583)",
        "a" * 60 + " settings of the service\n  host: db",
    ):
        assert rejoin_terminal_wraps(text) == text
