r"""Formats the ninth held-out set missed (issue #17, HELDOUT-i.md) (the host-less resolver error read with a setting's
host is `setting_named`'):

- (PDO's `php_network_getaddresses` error whose stack trace cuts the DSN's host is `php_network`'s);
- etcd's `netutil: could not resolve host h:2380` (no reason: `other`, `checks.parsing.no_reason`);
- (fluent-bit's `getaddrinfo(host='h'): Unknown error` is rules/survey3.py's: no reason, `other`);
- Logstash's `Failed to install template: h: unknown error {:level=>:error}` (Java's `UnknownHostException`
  message `h: unknown error`, no reason: `other`).
"""

from __future__ import annotations

from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Rule, fixed, rx

# --- formats that state no reason -----------------------------------------------------------------------------------

_ETCD = rx(r"\bnetutil:\scould\snot\sresolve\shost\s(?P<host>{H}):(?P<port>\d{1,5})(?![\w.])")
_LOGSTASH_UNKNOWN = rx(r"(?:^|\s)(?P<host>{H}):\sunknown\serror\s\{:level=>")


RULES: tuple[Rule, ...] = (
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
