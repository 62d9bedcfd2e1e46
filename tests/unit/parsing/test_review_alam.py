"""Review of the issue #17 AL/AM changes: pastes that are no DNS failure but are worded like the stated shapes."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures


@pytest.mark.parametrize(
    "text",
    [
        # a database's or a cache's records, not DNS records
        "no records found for user.id=42 in table users.accounts",
        "no entries for cache.key.v2 in /var/cache",
        "No addresses found for contact.email in CRM export",
        # a source or config file where the name would be
        "Cannot find module './utils/helper.js'\n./utils/helper.js could not be resolved",
        "app.properties could not be resolved",
        "resolution failed for package.json dependencies",
        "ENOTFOUND: package.json",
        # a package's version, not a name (a top-level label is never all digits)
        "ResolvePackageNotFound:\n  - python=3.12.1\nresolution of numpy-1.26.0 failed",
        # code and other things that are said not to resolve
        "Promise api.fetchUser did not resolve within 5000ms",
        "java.lang.IllegalStateException: Bean com.acme.UserService could not be resolved",
        "    result = gethostbyname(self.host) returned None",
        "The entity name ns1.foo cannot be resolved",
        "jinja2.exceptions.UndefinedError: 'config.host' is undefined\nvalue config.host could not be resolved",
    ],
)
def test_a_non_dns_line_in_a_stated_shape_reads_no_name(text: str) -> None:
    assert parse_failures(text) == []


@pytest.mark.parametrize(
    ("text", "host", "kind"),
    [
        ("no A records found for api.corp.io", "api.corp.io", "nxdomain"),
        ("lookup: no DNS records found for host: grafana.monitoring", "grafana.monitoring", "nxdomain"),
        ("no addresses found for host: db-1.corp.io", "db-1.corp.io", "nxdomain"),
        ("no IP addresses found for cache.corp.io", "cache.corp.io", "nxdomain"),
    ],
)
def test_dns_records_stated_missing_are_still_read(text: str, host: str, kind: str) -> None:
    assert {(f.host, f.kind) for f in parse_failures(text)} == {(host, kind)}


def test_a_connection_announced_above_an_indented_body_is_not_the_failure_below_it() -> None:
    # the lines between are no traceback's code (no `File` line above them): they count, and the pool's connection is
    # then too far above the failure to be its
    text = (
        "DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): pypi.org:443\n"
        '    {\n      "name": "x",\n      "version": "1.0"\n    }\n'
        "socket.gaierror: [Errno -2] Name or service not known"
    )
    assert parse_failures(text) == []


def test_a_connection_announced_above_its_traceback_is_still_read() -> None:
    text = (
        "DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): pypi.org:443\n"
        "Traceback (most recent call last):\n"
        '  File "/usr/lib/python3/socket.py", line 955, in getaddrinfo\n'
        "    for res in _socket.getaddrinfo(host, port, family, type, proto, flags):\n"
        "               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"
        '  File "/usr/lib/python3/site-packages/urllib3/connection.py", line 60, in create_connection\n'
        "    raise err\n"
        "socket.gaierror: [Errno -2] Name or service not known"
    )
    assert {(f.host, f.kind) for f in parse_failures(text)} == {("pypi.org", "nxdomain")}
