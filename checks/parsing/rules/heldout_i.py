r"""Formats the ninth held-out set missed (issue #17, HELDOUT-i.md), and the general cause behind two of them:

- a resolver error that names no host, with the host in a `*_HOST=` / `PGHOST=` / `--host` setting of the same paste:
  Kong's (libpq's EAI_NONAME text) `host or service not provided, or not known` under
  `docker run -e "KONG_PG_HOST=kong-db" ...`, Laravel's PDO `php_network_getaddresses: getaddrinfo failed: Name does not
  resolve (SQL: select ...)` over a `.env` with `DB_HOST=mysql` (the SQL statement's words are never the host);
- (PDO's `php_network_getaddresses` error whose stack trace cuts the DSN's host is `php_network`'s);
- etcd's `netutil: could not resolve host h:2380` (no reason: `other`, `checks.parsing.no_reason`);
- (fluent-bit's `getaddrinfo(host='h'): Unknown error` is rules/survey3.py's: no reason, `other`);
- Logstash's `Failed to install template: h: unknown error {:level=>:error}` (Java's `UnknownHostException`
  message `h: unknown error`, no reason: `other`).
"""

from __future__ import annotations

import re

from checks.parsing import host_settings
from checks.parsing.document import Segment
from checks.parsing.kinds import classify_resolution
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, fixed, hit, rx

# --- a host-less resolver error, the host in a setting of the same paste ------------------------------------------

_HOSTLESS = rx(
    # (after Kong's `failed to retrieve PostgreSQL server_version_num:` the Kong rule reads it, with kong.conf's key)
    r"(?<!server_version_num:\s)\bhost\sor\sservice\snot\sprovided,\sor\snot\sknown(?P<rest>)"
    r"|\bphp_network_getaddresses:\sgetaddrinfo\sfailed:\s(?P<reason>[^\n(]{1,80})\(SQL:\s"
)


def _hostless(m: re.Match[str], seg: Segment) -> Hit | None:
    reason = m.group("reason")
    kind = classify_resolution(reason) if reason else "nxdomain"  # EAI_NONAME's text (libpq)
    if kind is None:
        return None
    host = host_settings.nearest(seg)
    return hit(m, seg, kind, host=host) if host else None


# --- formats that state no reason -----------------------------------------------------------------------------------

_ETCD = rx(r"\bnetutil:\scould\snot\sresolve\shost\s(?P<host>{H}):(?P<port>\d{1,5})(?![\w.])")
_LOGSTASH_UNKNOWN = rx(r"(?:^|\s)(?P<host>{H}):\sunknown\serror\s\{:level=>")


RULES: tuple[Rule, ...] = (
    Rule(
        "hostless-resolver-error-with-setting",
        ("host or service not provided", "php_network_getaddresses"),
        _HOSTLESS,
        _hostless,
    ),
    Rule(
        "etcd-could-not-resolve",
        ("netutil: could not resolve host",),
        _ETCD,
        fixed(unstated("etcd `netutil: could not resolve host h:port`"), exact=True),
    ),
    Rule(
        "logstash-unknown-error",
        (": unknown error {:level=>",),
        _LOGSTASH_UNKNOWN,
        fixed(unstated("Logstash `h: unknown error`"), exact=True),
    ),
)
