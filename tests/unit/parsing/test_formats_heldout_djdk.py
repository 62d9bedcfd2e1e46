"""Formats held-out sets DJ and DK (issue #17, not counting) met that no rule read, each by program and format, with
the look-alikes that must stay unread (the sets' own rows are scored in test_heldout.py)."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from checks.parsing import parse_failures
from tests.unit.parsing.rounds import found


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # tornado (Datadog's agent): the exception's repr after the request's URL
            "Response: HTTPResponse(_body=None,buffer=None,code=599,effective_url='https://app.datadoghq.com/intake?"
            "api_key=###',error=gaierror(11001, 'getaddrinfo failed'),headers={},reason='Unknown')",
            {("app.datadoghq.com", "nxdomain")},
        ),
        (
            "HTTPResponse(code=599,effective_url='http://api.corp.test/v1',error=gaierror(-3, 'Temporary failure in "
            "name resolution'))",
            {("api.corp.test", "temporary")},
        ),
        (  # GlassFish: its words for the local host, the exception naming what was looked up
            "JVM, Localhost: Failed to resolve localhost: java.net.UnknownHostException: docker001: docker001: Name or "
            "service not known",
            {("docker001", "nxdomain")},
        ),
    ],
)
def test_the_rounds_formats_are_read(text: str, want: set[tuple[str, str]]) -> None:
    assert found(text) == want


def test_failed_to_resolve_with_the_same_name_in_the_exception_reads_it_once() -> None:
    text = "Failed to resolve db.corp.test: java.net.UnknownHostException: db.corp.test: Name or service not known"
    assert found(text) == {("db.corp.test", "nxdomain")}


@pytest.mark.parametrize("text", ["error=gaierror(11001, 'getaddrinfo failed')", "raise gaierror(-2, msg)"])
def test_the_repr_alone_names_nothing(text: str) -> None:
    assert parse_failures(text) == []


def _cut_json_log() -> str:
    """go-zero's etcd client: a JSON log line with escaped quotes that a terminal cut at its width, inside the name."""
    record = (
        '{"level":"warn","logger":"etcd-client","msg":"retrying of unary invoker failed","attempt":0,"error":"rpc '
        "error: code = DeadlineExceeded desc = latest balancer error: last connection error: connection error: desc = "
        '\\"transport: Error while dialing: dial tcp: lookup apisix-etcd-0.apisix-etcd-headless.default.svc.cluster.'
        'local: no such host\\""}'
    )
    if (record.index("etcd-headless") + 3) % 2:
        record = record.replace('"attempt":0', '"attempt":10')
    width = (record.index("etcd-headless") + 3) // 2  # the second cut falls inside the name
    lines = [record[i : i + width] for i in range(0, len(record), width)]
    assert len(lines) == 3 and len(lines[0]) == len(lines[1]) == width
    return "\n".join(lines)


@pytest.mark.parametrize(
    "wrap",
    [
        lambda line: line,
        lambda line: f"E1202 07:00:00.123456       1 probe.go:42] {line}",  # klog's header on every line
        lambda line: f"2026-12-02T07:00:00.123456789Z stdout F {line}",  # the CRI log format
        lambda line: f"{line}   ",  # the terminal's blanks after every line
        lambda line: '{"log":' + json.dumps(line + "\n") + ',"stream":"stderr","time":"2026-12-02T07:00:00Z"}',
    ],
    ids=["bare", "klog", "cri-log", "trailing-blanks", "docker-json-file"],
)
def test_a_json_log_line_a_terminal_cut_reads_whole_under_each_lines_prefix(wrap: Callable[[str], str]) -> None:
    text = "\n".join(wrap(line) for line in _cut_json_log().split("\n"))
    assert found(text) == {("apisix-etcd-0.apisix-etcd-headless.default.svc.cluster.local", "nxdomain")}
