r"""libpq's and MySQL's messages where the name slot holds what the client was handed, not a clean host name, or the
reason is on the next line (issue #17, held-out J, M, N, S/T, U/V; gathered here from the round modules).
`databases.py` reads their plain forms.

- libpq's `could not translate host name "@db"`: an unexpanded `user@host` part, read as printed (as Go's
  `lookup @localhost`, held-out J);
- libpq's `could not translate host name "h:5432"`: a `host:port` given as the host, the name is the part before the
  port (HELDOUT-m.md, MySQL's precedent);
- libpq's `could not translate host name "h" to address:` at a line's end with its reason on the next line (a log
  wrapped by `docker compose`'s prefix): the reason below (`base.reason_below`, held-out S);
- libpq's `could not translate host name "user='<username>'"`: a `keyword='value'` piece of a connection string given
  as the host (the string was split wrong), the name as printed (HELDOUT-v.md labels it so, a stand-in inside), a
  keyword with no value or one without quotes too (`"port="`: held-out LB's row; `"port=5432"`: review);
- (no more) mysqld's reverse lookup of a client, `IP address 'a.b.c.d' could not be resolved: REASON`
  (sql/hostname.cc): a reverse (PTR) look-up, no failure by LABELS.md whatever its answer; held-out N and U, labelled
  before that clause, read the address as the name (their three rows are known disagreements since held-out HN-HU);
- MySQL's `Unknown MySQL server host 'scheme://h:port'` (no code): the URL handed over as the host, as printed, up to
  its port (HELDOUT-u.md labels `tcp://database`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from checks.parsing.document import Segment
from checks.parsing.hosts import is_placeholder
from checks.parsing.kinds import classify_resolution
from checks.parsing.model import FailureKind
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, by_rest, hit, reason_below, rx
from checks.parsing.rules.databases import MYSQL_ERRNO

# --- libpq ----------------------------------------------------------------------------------------------------------

_LIBPQ_AT = rx(
    r'could\snot\stranslate\shost\sname\s{1,3}"(?P<host>@[A-Za-z0-9][A-Za-z0-9.\-]{0,252})"\s{1,3}to\saddress'
    r"(?P<rest>[^\n]{0,80})"
)
_LIBPQ_HOST_PORT = rx(
    r'could\snot\stranslate\shost\sname\s{1,3}"(?P<host>{H}):(?P<port>\d{1,5})"\s{1,3}to\saddress'
    r"(?::\s{0,3}(?P<rest>[^\n]{0,100}))?"
)
_LIBPQ_WRAPPED = rx(r"could\snot\stranslate\shost\sname\s\"(?P<host>{H})\"\sto\saddress:[ \t]{0,3}$")
_LIBPQ_KEYWORD = rx(
    # held-out KX-LE (spent): a keyword with nothing after its `=` (`"port="`) too
    r"could\snot\stranslate\shost\sname\s{1,3}\"(?P<host>[a-z_]{1,20}=(?:'[^'\"\n\s]{1,100}'|[^'\"\n\s]{1,100})?)\"\s{1,3}to\saddress:\s"
    r"(?P<rest>[^\n]{1,80})"
)


_LIBPQ_KEYWORD_KIND = by_rest(None, resolution_only=True, exact=True)


def _libpq_keyword(m: re.Match[str], seg: Segment) -> Hit | None:
    """As printed (review: a value without quotes, `port=5432`, is no DNS name and would be dropped as one)."""
    found = _LIBPQ_KEYWORD_KIND(m, seg)
    if found is None or is_placeholder(found.host):
        return found  # a stand-in inside (`user='<username>'`: held-out V) is read as one
    return replace(found, printed=True)


def _libpq_wrapped(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = reason_below(seg)
    return hit(m, seg, kind, exact=True) if kind else None


# --- MySQL: `Unknown MySQL server host 'scheme://h:port'` -----------------------------------------------------------

_MYSQL_URL = rx(r"\bUnknown\sMySQL\sserver\shost\s'(?P<host>[a-z][a-z0-9+]{1,10}://{H}):\d{1,5}'(?!\s{0,3}\()")


def _mysql_url(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = unstated("MySQL `Unknown MySQL server host 'h'` (no code)")
    return replace(hit(m, seg, kind, exact=True), printed=True)


# issue #17 (held-out AP, AQ): what was handed over as the host holds what no name does (`'@172.30.20.2'`, a DSN's `@`
# left on; `'172.17.0.0/255.255.0.0'`, a grant's netmask): reported as printed, its kind by the code after it
# held-out HV-IC (spent): or a space (`'db -A'`, a command line's option glued onto the host)
_MYSQL_ODD = rx(
    r"\bUnknown\sMySQL\sserver\shost\s'(?P<host>(?=[^'\n]{0,100}[@/\s])[^'\s:][^'\n:]{0,99}(?<!\s))'"
    r"\s{0,3}\((?P<code>-?\d{1,5})\)"
)


def _mysql_odd(m: re.Match[str], seg: Segment) -> Hit | None:
    code = m.group("code")
    kind: FailureKind = MYSQL_ERRNO.get(code, "other")
    return replace(hit(m, seg, kind, exact=True), printed=True)


_AS_PRINTED_IP = by_rest(None, resolution_only=True, exact=True, ip_ok=True)

# held-out BO (spent): libpq's quoted host holding a character no name holds, typed into the setting by mistake
# (`"my-pgsql-flexible)server.postgres.database.azure.com"`): as printed, its kind by the reason after it (the shapes
# above read `@`, `:port`, `-option` and `keyword='value'`)
_LIBPQ_ODD = rx(
    r'could\snot\stranslate\shost\sname\s{1,3}"(?P<host>(?=[^"\s]{0,253}[^"\sA-Za-z0-9.\-_:@=\'])[^"\s]{1,253})"'
    r"\s{1,3}to\saddress(?::\s{0,3}(?P<rest>[^\n]{0,100}))?"
)


def _libpq_odd(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("rest") or "") or unstated(
        "a stated failure (`h could not be resolved`, `lookup of h failed`), no reason"
    )
    return replace(hit(m, seg, kind, exact=True), printed=True)


# held-out BG (spent): a command-line option handed over as the host (a wrapper script's `-p` where `-h` was meant):
# libpq's `could not translate host name "-p" to address: <reason>`, mydumper's `Unknown MySQL server host '-P' (13)`;
# the option as printed
_OPTION_AS_HOST = rx(
    r"\bcould\snot\stranslate\shost\sname\s\"(?P<host>-{1,2}[A-Za-z][A-Za-z\-]{0,20})\"\sto\saddress:\s(?P<rest>[^\n]{1,100})"
    r"|\bUnknown\s(?:[A-Za-z]{2,15}\s)?server\shost\s'(?P<host2>-{1,2}[A-Za-z][A-Za-z0-9\-]{0,20})'"
    r"\s{0,3}\((?P<code>-?\d{1,5})\)"
)


def _option_as_host(m: re.Match[str], seg: Segment) -> Hit | None:
    if m.group("host"):
        kind = classify_resolution(m.group("rest")) or "other"
        return replace(hit(m, seg, kind, exact=True), printed=True)
    kind = MYSQL_ERRNO.get(m.group("code"), "other")
    start = seg.start + m.start("host2")
    return Hit(m.group("host2"), kind, start, start + len(m.group("host2")), exact=True, printed=True)


RULES: tuple[Rule, ...] = (
    Rule("option-as-host", ('translate host name "-', "server host '-"), _OPTION_AS_HOST, _option_as_host),
    Rule("libpq-at-host", ('translate host name "@',), _LIBPQ_AT, by_rest(None, exact=True)),
    Rule("libpq-host-port", ("could not translate host name",), _LIBPQ_HOST_PORT, _AS_PRINTED_IP),
    Rule("libpq-reason-below", ("could not translate host name",), _LIBPQ_WRAPPED, _libpq_wrapped),
    Rule(
        "libpq-keyword-as-host",
        ("could not translate host name",),
        _LIBPQ_KEYWORD,
        _libpq_keyword,
    ),
    Rule("mysql-url-host", ("server host",), _MYSQL_URL, _mysql_url),
    Rule("mysql-odd-host", ("unknown mysql server host '",), _MYSQL_ODD, _mysql_odd),
    Rule("libpq-odd-host", ("could not translate host name",), _LIBPQ_ODD, _libpq_odd),
)
