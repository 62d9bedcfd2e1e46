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
