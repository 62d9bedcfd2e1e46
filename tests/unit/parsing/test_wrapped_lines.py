"""`checks.parsing.wrapped_lines` and `checks.parsing.terminal_wraps` as pure functions: each wrapping undone, the
text around it left as it was, text without a wrapping's marks returned unchanged, and hostile megabytes of the marks
read quickly."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from checks.parsing.terminal_wraps import SCREEN, rejoin_terminal_wraps
from checks.parsing.wrapped_lines import unwrap_lines
from tests.unit.parsing.speed import GUARD, best_of, megabyte_of


def test_terraform_box_marks_go_and_a_paragraph_is_one_line_again() -> None:
    text = (
        '╷\n│ Error: Get "https://k8s.example.com/api": dial tcp: lookup k8s.example.com on 10.0.0.2:53:\n'
        '│ no such host\n│ \n│   with provider["registry.terraform.io/hashicorp/kubernetes"],\n'
        "│   on main.tf line 1:\n╵"
    )
    lines = unwrap_lines(text).split("\n")
    assert (
        'Error: Get "https://k8s.example.com/api": dial tcp: lookup k8s.example.com on 10.0.0.2:53: no such host'
        in lines
    )
    assert '  with provider["registry.terraform.io/hashicorp/kubernetes"],' in lines  # indented lines stay apart


def test_a_markdown_quote_loses_its_marks_only_at_line_starts() -> None:
    assert unwrap_lines("> a => b\n>\n> c") == "a => b\n\nc"


def test_a_folded_block_scalar_reads_as_yaml_does_and_a_literal_one_keeps_its_lines() -> None:
    folded = "  message: >-\n    lookup a.b on\n    10.0.0.2:53: no such host\n\n  reason: Failed"
    assert unwrap_lines(folded) == "  message: lookup a.b on 10.0.0.2:53: no such host\n\n  reason: Failed"
    literal = "  message: |-\n    first line\n    second line\n  reason: Failed"
    assert unwrap_lines(literal) == literal


def test_a_folded_single_quoted_scalar_is_one_line_with_its_quotes_undoubled() -> None:
    text = "    message: 'Failed to resolve ''a.b''\n      ([Errno -3] Temporary failure)'\n    reason: Failed"
    assert (
        unwrap_lines(text)
        == "    message: 'Failed to resolve 'a.b' ([Errno -3] Temporary failure)'\n    reason: Failed"
    )
    closed = "    message: 'it''s one line'\n      next: 1"
    assert unwrap_lines(closed) == closed


def test_an_events_row_takes_the_lines_indented_to_its_message_column() -> None:
    text = (
        "Events:\n  Type     Reason  Age   From     Message\n  ----     ------  ----  ----     -------\n"
        "  Warning  Failed  12s   kubelet  dial tcp: lookup a.b on 10.0.0.2:53:\n"
        "                                  no such host\n"
        "  Normal   Pulled  10s   kubelet  pulled\n"
    )
    lines = unwrap_lines(text).split("\n")
    assert "  Warning  Failed  12s   kubelet  dial tcp: lookup a.b on 10.0.0.2:53: no such host" in lines
    assert "  Normal   Pulled  10s   kubelet  pulled" in lines


def test_a_terminal_cut_is_joined_as_it_was_and_a_word_wrap_with_its_space() -> None:
    hard = "x" * 80 + "\n" + "x" * 79 + "a\nb.c: no such host"  # two lines of the width: a terminal's cuts
    assert rejoin_terminal_wraps(hard) == "x" * 159 + "ab.c: no such host"
    once = "x" * 79 + "a\nb.c no such host"  # one: a space, as the line break read
    assert rejoin_terminal_wraps(once) == "x" * 79 + "a b.c no such host"
    assert rejoin_terminal_wraps("x" * 80 + "\nfatal: not a wrap") == "x" * 80 + "\nfatal: not a wrap"
    soft = "y" * 70 + " lookup\nabc.example.com on 10.0.0.2:53: no such host"
    assert rejoin_terminal_wraps(soft) == "y" * 70 + " lookup abc.example.com on 10.0.0.2:53: no such host"


@pytest.mark.parametrize(
    "text",
    [
        "x" * 81 + "\n" + "y" * 70 + " lookup\nabc.example.com",  # a line longer than 80: not cut at 80
        "y" * 70 + " lookup\nERROR abc.example.com",  # a new record
        "api-1  | " + "y" * 70 + "\napi-1  | next",  # the collector's prefix on both
        "    raise " + "y" * 66 + "\naiohttp.client_exceptions.ClientConnectorError",  # an indented line
        "y" * 70 + " lookup\nAbc",  # a capital: not told from a new line
        "short\nlines",
    ],
)
def test_lines_a_terminal_did_not_cut_stay_apart(text: str) -> None:
    assert rejoin_terminal_wraps(text) == text


def test_two_records_of_one_template_as_long_are_no_terminals_cut() -> None:
    # the noise test (session 49): log lines of one template are often exactly as long as each other; a line cut
    # twice goes on with other text, not the same time stamp or pod prefix, and not a new record
    pod = "default/coredns-7d575fbd9-r9rzd[coredns]: 2018/02/07 18:39:5{} [INFO] healthcheck of 10.0.0.2:53 failed"
    stamped = "[2023-06-04T14:41:2{}Z WARN ] to rr2.example.org:443: failed to lookup address information: Try again"
    link = "See https://kubernetes.io/docs/tasks/administer-cluster/dns-debugging-resolution/ for more."
    for template in (pod, stamped):
        text = "\n".join([template.format(1), template.format(2), link])
        assert rejoin_terminal_wraps(text) == text
    cut_twice = "a" * 150 + "\n" + "b" * 150 + "\nc.example.org: no such host"  # one line cut twice: joined
    assert rejoin_terminal_wraps(cut_twice) == "a" * 150 + "b" * 150 + "c.example.org: no such host"


def test_a_link_to_read_after_a_host_less_error_is_not_its_name() -> None:
    # `See https://...` is a page to read, wherever a joiner left it (a rule's window or the lines after the error)
    text = (
        "WARNING: Retrying (Retry(total=3)) after connection broken by 'NewConnectionError('<HTTPSConnection object at "
        "0x7f>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution')': /simple/x/ "
        "See https://kubernetes.io/docs/tasks/administer-cluster/dns-debugging-resolution/ for more."
    )
    assert parse_failures(text) == []


def _at_width(head: str, domain: str, width: int = 80) -> tuple[str, str]:
    """A line of exactly `width` columns ending in a name (its first label filled out to fit), and the name."""
    name = "api-" + "x" * (width - len(head) - len(domain) - 4) + domain
    return head + name, name


_PYTEST = _at_width("E   pycurl.error: (6, 'Could not resolve host: ", ".staging.example.com")
_NPM = _at_width("510 error network getaddrinfo ENOTFOUND ", ".npmjs.org")
_KUBECTL_EXEC = _at_width("curl: (6) Could not resolve host: ", ".payments.svc.cluster.local")
_MAKE = _at_width("ping: unknown host ", ".example.org")


@pytest.mark.parametrize(
    ("text", "name"),
    [  # a line that happens to be exactly the width, ending in a name, then an unrelated line (review 3, finding 1)
        ("_" * 35 + " test_api " + "_" * 35 + f"\n{_PYTEST[0]}\nE   assert 1 == 0\n" + "=" * 80, _PYTEST[1]),
        ("x" * 80 + f"\n{_NPM[0]}\n511 info run done\n" + "y" * 80, _NPM[1]),
        ("x" * 80 + f"\n{_KUBECTL_EXEC[0]}\ncommand terminated with exit code 6\n" + "y" * 80, _KUBECTL_EXEC[1]),
        ("x" * 80 + f"\n{_MAKE[0]}\nmake: *** [Makefile:12: test] Error 1\n" + "y" * 80, _MAKE[1]),
    ],
    ids=["pytest-gutter", "npm-numbered", "kubectl-exec-report", "make-prefix"],
)
def test_a_name_ending_a_line_of_the_width_is_not_glued_to_the_next_line(text: str, name: str) -> None:
    assert len(text.splitlines()[1]) == 80
    assert [f.host for f in parse_failures(text)] == [name]


def test_a_cut_before_a_names_last_label_and_its_reason_is_joined_as_is() -> None:
    """Review 4: `local: no such host` opens like a program's prefix (`make: `), but it is a cut name going on."""
    message = 'time="2024-01-01T00:00:00Z" level=error msg="dial tcp: lookup db-primary.prod.svc.cluster.local: no such'
    message += ' host"'
    pad = "x" * ((80 - message.index("local:") % 80) % 80)
    text = "\n".join((pad + message)[i : i + 80] for i in range(0, len(pad + message), 80))
    assert text.splitlines()[2].startswith("local: no such host")
    assert [(f.host, f.kind) for f in parse_failures(text)] == [("db-primary.prod.svc.cluster.local", "nxdomain")]


def test_lines_drawn_to_the_width_are_no_evidence_of_a_terminals_cuts() -> None:
    line, _ = _at_width("curl: (6) Could not resolve host: ", ".example.com")
    text = "=" * 80 + "\n" + line + "\nwhat next\n" + "=" * 80
    assert rejoin_terminal_wraps(text) == text.replace(line + "\n", line + " ")


def test_logfmt_records_opening_on_the_same_key_are_no_word_wrap() -> None:
    """Session 56: 150 records of about 70 characters, each opening on `req=<its id>`, read as one paragraph a
    terminal had word-wrapped at 80 (the next record's first word would not have fit): the last eight names were lost
    past the line's budget. Records opening on the same `key=` are a log's; a sentence's word wrap still joins."""
    log = "".join(
        f"req={i * 7919 % 9973:04d}ab getaddrinfo failed for svc{i}.internal: EAI_AGAIN\n" for i in range(150)
    )
    assert rejoin_terminal_wraps(log) == log
    assert len(parse_failures(log)) == 150
    wrapped = "Error: the worker could not reach the payments backend because lookup payments\nfailed"
    assert rejoin_terminal_wraps(wrapped) == wrapped.replace("\n", " ")


def test_a_long_paste_is_not_a_screen_and_keeps_its_lines() -> None:
    text = ("y" * 70 + " lookup\nabc.example.com\n") * (SCREEN // 80)
    assert rejoin_terminal_wraps(text) == text


def test_a_paste_longer_than_a_screen_keeps_all_but_terraforms_marks() -> None:
    quoted = "> lookup a.b on\n> 10.0.0.2:53: no such host\n" * (SCREEN // 40)
    assert unwrap_lines(quoted) == quoted
    assert unwrap_lines(quoted + "│ boxed") == quoted + "boxed"


@pytest.mark.parametrize(
    "piece",
    [
        "message: '",
        "  message: >-\n",
        "│ a\n",
        "> a\n",
        "  Type  Reason  Age  From  Message\n",
        "Reason\n",
        ": '" * 50,
        "╷\n│ a\n│ b\n╵\n",
    ],
)
def test_a_hostile_megabyte_of_a_wrappings_marks_is_read_quickly(piece: str) -> None:
    text = megabyte_of(piece)
    assert (
        best_of(3, lambda: parse_failures(text)) < GUARD
    )  # the whole parse, as the other hostile megabytes (about 15-50 ms here)
