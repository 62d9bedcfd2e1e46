r"""Names as printed in their format's own slot, whatever they look like (the conventions label what the program was
given; `Hit.printed`), for formats no other module reads (issue #17, held-out K, P; gathered here from the round
modules).

- wget's `unable to resolve host address '=1418351668788372'` (a query value handed over as the host; K);
- urllib3's `ConnectionPool(host='false', ...)` (a setting's word handed over as the host; K);
- PHP's `getaddrinfo for /tmp/sockets/redis.sock failed: <reason>` (a socket path handed to the resolver; P);
- redis-cli's `Could not connect to Redis at redis-cluster-proxy 172.0.0.100:6379: <reason>` (all between `at ` and the
  port, a name with a space in it; P).
"""

from __future__ import annotations

import re
from dataclasses import replace

from checks.parsing.document import Segment
from checks.parsing.hosts import HOST
from checks.parsing.kinds import classify_resolution
from checks.parsing.model import FailureKind
from checks.parsing.rules.base import Hit, LazyPattern, Rule, hit, rx

# --- names looked up as printed -------------------------------------------------------------------------------------

_WGET_QUOTED = rx(
    r"\bwget:\sunable\sto\sresolve\shost\saddress\s[\u2018'\"](?P<host>[^\s\u2018\u2019'\"]{1,253})[\u2019'\"]"
)
_HOST_NAME = LazyPattern(HOST)
_POOL_WORD = rx(
    r"""ConnectionPool\(host=['"](?P<host>false|true|none|null|undefined|nil)['"],\s{0,3}port=\d{1,5}\)"""
    r"""(?=(?P<rest>[^\n]{0,600}))"""
)


# issue #17 (held-out AE): wget's `Resolving false (false)... failed: <reason>`: a setting's `false` (a proxy variable,
# an empty template value) handed to wget as the host, looked up as printed
_WGET_RESOLVING_WORD = rx(
    r"\bResolving\s(?P<host>false|true|none|null|undefined|nil)\s\((?P=host)\)\.\.\.\sfailed:\s(?=(?P<rest>[^\n]{0,100}))"
)


def _wget_quoted(m: re.Match[str], seg: Segment) -> Hit | None:
    if _HOST_NAME.fullmatch(m.group("host")):
        return None  # an ordinary name: more_formats / localized read it
    return hit(m, seg, "nxdomain", exact=True)


def _word_by_rest(m: re.Match[str], seg: Segment) -> Hit | None:
    """A word printed as the host (`false`, `null`), read only where the text after it states a resolver's reason."""
    kind = classify_resolution(m.group("rest"))
    return hit(m, seg, kind, exact=True) if kind else None


# --- names as printed -----------------------------------------------------------------------------------------------

_REASON = r"(?=(?P<rest>[^\n]{0,120}))"
# PHP: a path (it starts with `/`) where the name goes; a name is read by the PDO rules already.
_PHP_PATH = rx(r"getaddrinfo\sfor\s(?P<host>/[A-Za-z0-9_.\-/]{1,200})\sfailed:\s" + _REASON)
# redis-cli (`Could not connect to Redis at %s:%d: %s`): the host string is printed whole; only a string with a space
# is read here, two words as redis-cluster-proxy printed them (a plain name is the glibc-reason rule's).
_REDIS_CLI = rx(
    r"Could\snot\sconnect\sto\sRedis\sat\s(?P<host>[A-Za-z0-9_.\-]{1,253}\s[A-Za-z0-9_.\-]{1,253}):(?P<port>\d{1,5}):\s"
    + _REASON
)


def _printed(m: re.Match[str], seg: Segment, kind: FailureKind | None) -> Hit | None:
    if kind is None:
        return None
    return replace(hit(m, seg, kind, port=m.groupdict().get("port"), exact=True), printed=True)


def _php_path(m: re.Match[str], seg: Segment) -> Hit | None:
    return _printed(m, seg, classify_resolution(m.group("rest")))


def _redis_cli(m: re.Match[str], seg: Segment) -> Hit | None:
    return _printed(m, seg, classify_resolution(m.group("rest")))


RULES: tuple[Rule, ...] = (
    Rule("wget-quoted-as-printed", ("unable to resolve host address",), _WGET_QUOTED, _wget_quoted),
    Rule("urllib3-pool-word-host", ("connectionpool(host=",), _POOL_WORD, _word_by_rest),
    Rule("wget-resolving-word-host", ("... failed",), _WGET_RESOLVING_WORD, _word_by_rest),
    Rule("php-getaddrinfo-path", ("getaddrinfo for ",), _PHP_PATH, _php_path),
    Rule("redis-cli-spaced-host", ("could not connect to redis at",), _REDIS_CLI, _redis_cli),
)
