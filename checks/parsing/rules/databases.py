"""Database drivers: libpq/psycopg, the MySQL/MariaDB client, and drivers that print `host:port: [Errno -N]`
(pymongo). Redis and MongoDB clients for Node and Python are read by the language rules."""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.model import FailureKind
from checks.parsing.rules.base import Hit, Rule, by_rest, hit, rx

_PSYCOPG = rx(
    r'could\snot\stranslate\shost\sname\s{1,3}"(?P<host>{H})"\s{1,3}to\saddress(?::\s{0,3}(?=(?P<rest>[^\n]{0,100})))?'
)
_MYSQL = rx(
    r"Unknown\s(?:MySQL\s)?server\shost\s{1,3}{Q}(?P<host>{H})(?::(?P<port>\d{1,5}))?{Q}\s{0,3}\((?P<code>-?\d{1,5})\)"
)
# The number MySQL prints is the resolver's error: -3 EAI_AGAIN, 11 EAGAIN, 110 ETIMEDOUT, 111 ECONNREFUSED.
_MYSQL_ERRNO: dict[str, FailureKind] = {"-3": "temporary", "11": "temporary", "110": "timeout", "111": "refused"}
_ERRNO_AFTER_HOST = rx(r"{NB}(?P<host>{H}):(?P<port>\d{1,5}):\s{0,3}\[Errno\s(?P<code>-[235])\]")


def _mysql(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, _MYSQL_ERRNO.get(m.group("code"), "nxdomain"), port=m.group("port"))


def _errno_after_host(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, "temporary" if m.group("code") == "-3" else "nxdomain", port=m.group("port"))


RULES: tuple[Rule, ...] = (
    Rule("psycopg", ("translate host name",), _PSYCOPG, by_rest("other")),
    Rule("mysql", ("server host",), _MYSQL, _mysql),
    Rule("errno-after-host", ("[errno -",), _ERRNO_AFTER_HOST, _errno_after_host),
)
