"""Python libraries' resolver errors in the forms the language rules do not read (rules/python_libs.py, gathered from
the round modules of held-out F, G, K, L, O, P, W): each rule reads its form, and each fires on one example."""

from __future__ import annotations

import pytest

from checks.parsing.rules.python_libs import RULES as PYTHON_LIB_RULES
from tests.unit.parsing.rounds import rules_that_fire, triples, unfired

EXAMPLES: tuple[tuple[str, str, set[tuple[str, str, bool]]], ...] = (
    ("twisted-dns-lookup-error", "DNSLookupError(\"Couldn't find the hostname 'matrix.org.cdn.cloudflare.net'\",)",
     {("matrix.org.cdn.cloudflare.net", "nxdomain", False)}),
    ("redis-py-eai-again",
     "consumer: Cannot connect to redis://redis:6379/0: Error -3 connecting to redis:6379. Lookup timed out..",
     {("redis", "timeout", False)}),  # the words over the code (LABELS.md, after held-out BM)
    ("redis-py-code-only", "Error: Error -3 connecting to redis-cache:6379",
     {("redis-cache", "temporary", False)}),
    ("redis-py-winsock", '{ "detail": "Error 11001 connecting to redis:6379. getaddrinfo failed." }',
     {("redis", "nxdomain", False)}),
    ("urllib3-name-resolution-cut",
     " urllib3.exceptions.MaxRetryError: HTTPSConnectionPool(host='archive.org', port=443): "
     "Max retries exceeded with url: /download/x.7z (Caused by NameResolutionError(\"<urllib3.connection."
     "HTTPSConnection object at 0x7f95583fb1d0>: F\n",
     {("archive.org", "other", False)}),
    # (cut once: the paste cut twice at its console's 132 columns is read whole since terminal_wraps reads that width)
    ("urllib3-wrapped-new-connection",
     "HTTPSConnectionPool(host='login.microsoftonline.com', port=443): Max retries exceeded with url: /organizations/"
     "v2.0/.well-known/openid-configuration (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object"
     " at 0x7f49e6046400>: Failed to establish a\n new connection: [Errno -3] Temporary failure in name resolution',))",
     {("login.microsoftonline.com", "temporary", False)}),
    ("amqp-broker-hostname", "AMQP getSetup failed to mq.acme.io with failed to resolve broker hostname",
     {("mq.acme.io", "other", False)}),
    ("aiohttp-ip-as-name",
     "aiohttp.client_exceptions.ClientConnectorError: Cannot connect to host 0.0.0.0:7000 ssl:default "
     "[Name or service not known]",
     {("0.0.0.0", "nxdomain", False)}),
    ("twisted-query-timeout", "TimeoutError([Query('_matrix._tcp.charity.az', 33, 1)],)",
     {("_matrix._tcp.charity.az", "timeout", False)}),
    ("twisted-message-rcode",
     "twisted.names.error.DNSNameError: <Message id=4 rCode=3 maxSize=0 flags=answer,recDes,recAv "
     "queries=[Query(b'nope.example.org', 1, 1)]>",
     {("nope.example.org", "nxdomain", False)}),
    ("botocore-endpoint-under-resolver-error",
     "urllib3.exceptions.NewConnectionError: <botocore.awsrequest.AWSHTTPConnection object at 0x7f3c>: Failed to "
     "establish a new connection: [Errno -2] Name or service not known\n\nDuring handling of the above exception, "
     "another exception occurred:\n\nbotocore.exceptions.EndpointConnectionError: Could not connect to the endpoint "
     'URL: "http://minio:9000/bucket/a.txt"',
     {("minio", "nxdomain", False)}),
    ("python-resolver-error-under-call",  # (source-mined, round 7) aiodns: the name in the call's frame above
     'Traceback (most recent call last):\n  File "/app/probe.py", line 14, in main\n'
     '    result = await resolver.query("notifications.svc.example.com", "A")\n'
     "aiodns.error.DNSError: (4, 'Domain name not found')",
     {("notifications.svc.example.com", "nxdomain", False)}),
)  # fmt: skip


@pytest.mark.parametrize(("case", "text", "want"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_python_lib_form(case: str, text: str, want: set[tuple[str, str, bool]]) -> None:
    assert set(triples(text)) == want, case
    assert case in rules_that_fire(text)


def test_every_python_lib_rule_fires() -> None:
    assert unfired(PYTHON_LIB_RULES, (e[1] for e in EXAMPLES)) == set()
