"""Formats found by probing on 2026-12-04 (fifth session) with messages of Python, Node.js, .NET and Go services and
managed clouds' add-ons (issue #17): each test names the runtime and the format."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from tests.unit.parsing.rounds import found

_GAIERROR_HEAD = (
    "Traceback (most recent call last):\n"
    '  File "/usr/local/lib/python3.11/socket.py", line 962, in getaddrinfo\n'
    "    for res in _socket.getaddrinfo(host, port, family, type, proto, flags):\n"
    "socket.gaierror: [Errno {code}] {reason}\n"
    "\n"
    "The above exception was the direct cause of the following exception:\n"
    "\n"
    "Traceback (most recent call last):\n"
    '  File "/usr/local/lib/python3.11/site-packages/urllib3/connection.py", line 218, in _new_conn\n'
    "    raise NewConnectionError(\n"
    "urllib3.exceptions.NewConnectionError: <botocore.awsrequest.AWSHTTPConnection object at 0x7f3c>: Failed to "
    "establish a new connection: [Errno {code}] {reason}\n"
    "\n"
    "During handling of the above exception, another exception occurred:\n"
    "\n"
    "Traceback (most recent call last):\n"
    '  File "/app/upload.py", line 12, in <module>\n'
    '    s3.upload_file("a.txt", "bucket", "a.txt")\n'
    '  File "/usr/local/lib/python3.11/site-packages/botocore/httpsession.py", line 493, in send\n'
    "    raise EndpointConnectionError(endpoint_url=request.url, error=e)\n"
)
_ENDPOINT = 'botocore.exceptions.EndpointConnectionError: Could not connect to the endpoint URL: "{url}"'


def test_botocores_endpoint_url_under_a_resolver_error_is_the_name() -> None:
    # boto3 / botocore: urllib3's host-less `[Errno -2] Name or service not known` first, the endpoint URL at the foot
    head = _GAIERROR_HEAD.format(code="-2", reason="Name or service not known")
    assert found(head + _ENDPOINT.format(url="http://minio:9000/bucket/a.txt")) == {("minio", "nxdomain")}
    again = _GAIERROR_HEAD.format(code="-3", reason="Temporary failure in name resolution")
    assert found(again + _ENDPOINT.format(url="https://s3.eu-west-1.amazonaws.com/")) == {
        ("s3.eu-west-1.amazonaws.com", "temporary")
    }


def test_botocores_endpoint_url_alone_or_under_another_error_is_no_failure() -> None:
    # without a resolver's reason above, the endpoint error says nothing of how the connection failed
    assert parse_failures(_ENDPOINT.format(url="https://sts.amazonaws.com/")) == []
    refused = _GAIERROR_HEAD.format(code="111", reason="Connection refused")
    assert parse_failures(refused + _ENDPOINT.format(url="http://minio:9000/bucket/a.txt")) == []
    # the reason above belongs to an earlier request's error when another endpoint error stands between
    earlier = _GAIERROR_HEAD.format(code="-2", reason="Name or service not known") + _ENDPOINT.format(
        url="http://minio:9000/a"
    )
    later = earlier + "\n" + _ENDPOINT.format(url="http://minio-b:9000/a")
    assert found(later) == {("minio", "nxdomain")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # libpq: a Secret encoded with `echo` (not `echo -n`): the value's newline inside the quotes, escaped or not
        (
            'psql: error: could not translate host name "postgres\n" to address: Name or service not known',
            {("postgres", "nxdomain")},
        ),
        (
            'OperationalError: could not translate host name "db.example.com\\n" to address: Name or service not known',
            {("db.example.com", "nxdomain")},
        ),
        # a ConfigMap value with a trailing blank
        (
            'could not translate host name "postgres " to address: Temporary failure in name resolution',
            {("postgres", "temporary")},
        ),
        # PyMySQL's repr of the value
        (
            "pymysql.err.OperationalError: (2003, \"Can't connect to MySQL server on 'mysql\\n' ([Errno -2] Name or "
            'service not known)")',
            {("mysql", "nxdomain")},
        ),
        # Go prints the name and its newline, then the rest of the message
        ("dial tcp: lookup redis\n: no such host", {("redis", "nxdomain")}),
        ("dial tcp: lookup redis\n on 10.96.0.10:53: no such host", {("redis", "nxdomain")}),
    ],
)
def test_a_names_stray_newline_or_blank_is_not_part_of_it(text: str, expected: set[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_quoted_words_with_blanks_are_no_names_for_it() -> None:
    # taking the blanks off a quoted word makes no failure of a text that states none
    assert parse_failures('echo "hello "\nprintf "%s\n" "world"') == []
    # a closing quote followed by a word is the next string's opening one: `"Get "http://h"` keeps its blank
    assert found('E {"e":"Get \\"http://h\\": dial tcp: lookup h: no such host"}') == {("h", "nxdomain")}
