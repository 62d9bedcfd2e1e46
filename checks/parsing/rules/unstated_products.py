r"""Products' messages that say a name did not resolve and give no reason (`other` by the conventions,
`checks.parsing.no_reason`), in forms no other module reads (issue #17, held-out F, I; gathered here from the round
modules).

- the apiserver's `Post "https://h:443/...": notresolvable` (a webhook's Service name its resolver refused; F);
- etcd's `netutil: could not resolve host h:2380` (I);
- Logstash's `Failed to install template: h: unknown error {:level=>:error}` (Java's `UnknownHostException` message
  `h: unknown error`; I). (fluent-bit's `getaddrinfo(host='h'): Unknown error` is `survey3.py`'s.)
"""

from __future__ import annotations

from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Rule, fixed, rx

# --- The apiserver's `notresolvable` ------------------------------------------------------------------------------

_NOT_RESOLVABLE = rx(
    r"\b(?:Get|Post|Put|Patch|Delete|Head)\s{1,2}\"?https?://(?P<host>{H})(?::(?P<port>\d{1,5}))?[^\s\"]{0,2048}\"?:"
    r"\s{0,3}notresolvable\b"
)


# --- formats that state no reason -----------------------------------------------------------------------------------

_ETCD = rx(r"\bnetutil:\scould\snot\sresolve\shost\s(?P<host>{H}):(?P<port>\d{1,5})(?![\w.])")
_LOGSTASH_UNKNOWN = rx(r"(?:^|\s)(?P<host>{H}):\sunknown\serror\s\{:level=>")


RULES: tuple[Rule, ...] = (
    Rule("apiserver-notresolvable", ("notresolvable",), _NOT_RESOLVABLE, fixed("other")),
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
