r"""Formats the fourteenth held-out set missed (issue #17, HELDOUT-n.md). The general causes (a host-less failure
under a line that announced the lookup, CJK letters around a name, the word `resolved` never a name, a quoted name
kept as printed) live in `announced.py`, `generic_cjk.py` and `hosts.py`; here are the formats of their own.

An IP address is reported as the name only where the format's own name slot holds it (`ip_ok`, one guard each):
- a reverse lookup's address: mysqld's `IP address 'a.b.c.d' could not be resolved: REASON` (`sql_clients`'; Rust's
  `lookup_addr("a.b.c.d")` printed with `dbg!` is a user's own code, not a library's message: left unread);
- a PTR query that failed: dnsproxy's `failed to exchange ;d.c.b.a.in-addr.arpa.\tIN\t PTR in 2s: ... i/o timeout`;
- an `ip:port` string handed to the resolver as a name (ioredis' `getaddrinfo ENOTFOUND 127.0.0.1:6379` and MySQL's
  `Unknown MySQL server host '127.0.0.1:8003'` are read by their formats' own rules); the MongoDB Java driver's
  `MongoSocketException: 10.10.4.37: unknown error` (`jvm_clients`');
A connect to an address (`dial tcp 1.2.3.4:443: i/o timeout`) is no lookup and none of these reads it.

Formats of their own:
- Lettuce's `Unable to connect to h/<unresolved>:6379` (`jvm_clients`');
- wget's `unable to resolve host address 'h'` right under the `failed: REASON.` its `Resolving h...` line ended with
  (BuildKit lost the `Resolving` prefix): the stated reason, not the format's assumed NXDOMAIN.
"""

from __future__ import annotations

from checks.parsing.rules.base import Rule, by_rest, rx

_IPV4 = r"(?:\d{1,3}\.){3}\d{1,3}"
_IP = r"(?:" + _IPV4 + r"|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})"

# --- a PTR (or any) query that failed: AdGuard dnsproxy's `failed to exchange ;NAME.\tIN\t TYPE in 2s: REASON` --------

_DNSPROXY_EXCHANGE = rx(
    r"\bfailed\sto\sexchange\s;(?P<host>{H})\s{1,5}IN\s{1,5}[A-Z]{1,10}(?:\sin\s[0-9.]{1,20}[a-z\u00b5]{1,2})?:\s"
    r"(?=(?P<rest>[^\n]{0,300}))"
)


RULES: tuple[Rule, ...] = (
    Rule("dnsproxy-failed-to-exchange", ("failed to exchange ;",), _DNSPROXY_EXCHANGE, by_rest(None, exact=True)),
)
