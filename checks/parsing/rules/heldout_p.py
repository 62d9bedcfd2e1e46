r"""Formats the sixteenth held-out set missed (issue #17, HELDOUT-p.md). Each reads a name where its format puts it;
the general parts (`Hit.printed`: a slot's text reported as printed; a narrower stand-in label rule in `hosts.py`)
live in `rules/base.py`, `parser.py` and `hosts.py`.

- Names as printed in their format's slot (the conventions label what the program was given): PHP's
  `getaddrinfo for /tmp/sockets/redis.sock failed: <reason>` (a socket path handed to the resolver), redis-cli's
  `Could not connect to Redis at redis-cluster-proxy 172.0.0.100:6379: <reason>` (all between `at ` and the port, a
  name with a space in it). (Node's `getaddrinfo EAI_AGAIN "localhost"` and `######` are `node_getaddrinfo`'s.)
- (WinSock codes in redis-py's `Error 11001 connecting to h:port.` are `python_libs`'.)
- (Kafka's Java client `Can't resolve address: h/<unresolved>:port` is `jvm_clients`', dig's `no servers could be
  reached` with the command printed below `dns_tool_forms`'.)
- A resolver reason broken by the terminal mid-word at a fixed width (`h: h: Name or service not kn` / `own`): read
  when the long line ends inside the reason and the next line starts with the rest of it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from checks.parsing.document import Segment
from checks.parsing.kinds import classify_resolution
from checks.parsing.model import FailureKind
from checks.parsing.rules.base import Hit, LazyPattern, Rule, hit, rx

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


# --- a reason broken by the terminal mid-word -----------------------------------------------------------------------

_REASONS: dict[str, FailureKind] = {
    "name or service not known": "nxdomain",
    "no address associated with hostname": "nxdomain",
    "temporary failure in name resolution": "temporary",
    "nodename nor servname provided, or not known": "nxdomain",
}
_LEADS = ("Name or service not", "No address associated", "Temporary failure in", "nodename nor servname")


def _prefixes(rest: str) -> str:
    """A regex for any non-empty proper prefix of `rest` (nested optionals: it fails at the first differing letter,
    so a whole reason on a long line of them costs a few steps)."""
    out = ""
    for ch in reversed(rest[1:-1]):
        out = f"(?:{re.escape(ch)}{out})?" if out else f"(?:{re.escape(ch)})?"
    return re.escape(rest[0]) + out


# The fragment first, case as the C library prints it (a literal start), ending where the line does.
_WRAPPED = LazyPattern(
    r"(?P<frag>"
    + "|".join(
        re.escape(lead) + _prefixes(reason[len(lead) :])
        for lead in _LEADS
        for reason in _REASONS
        if reason.startswith(lead.lower())
    )
    + r")(?=\n|$)"
)
_NAME_BEFORE = rx(r"{NB}(?P<host>{H}):\s(?:{H}:\s)?\Z")
_NEXT_WORD = re.compile(r"[A-Za-z]{1,30}")
WIDTH = 72
"""A line the terminal broke is at least this long (terminals are 80 columns or wider)."""


def _wrapped_kind(frag: str, rest: str) -> FailureKind | None:
    joined = frag + rest
    for reason, kind in _REASONS.items():
        # mid-word: the fragment is no whole reason, and the next line completes the word it ends in
        if reason != frag and reason.startswith(joined) and reason[len(joined) : len(joined) + 1] in ("", " ", ","):
            return kind
    return None


def _wrapped(m: re.Match[str], seg: Segment) -> Hit | None:
    end = seg.start + m.end()
    doc = seg.doc.text
    line_start = doc.rfind("\n", 0, end) + 1
    if end - line_start < WIDTH or not doc.startswith("\n", end):
        return None
    rest = _NEXT_WORD.match(doc, end + 1)
    kind = _wrapped_kind(m.group("frag").lower(), rest.group(0).lower()) if rest else None
    if kind is None:
        return None
    at = seg.start + m.start()
    name = _NAME_BEFORE.search(doc, max(line_start, at - 600), at)
    if name is None:
        return None
    return Hit(name.group("host"), kind, name.start("host"), name.end("host"))


RULES: tuple[Rule, ...] = (
    Rule("php-getaddrinfo-path", ("getaddrinfo for ",), _PHP_PATH, _php_path),
    Rule("redis-cli-spaced-host", ("could not connect to redis at",), _REDIS_CLI, _redis_cli),
    Rule(
        "reason-wrapped-mid-word",
        ("or service not", "no address associated", "temporary failure in", "nodename nor servname"),
        _WRAPPED,
        _wrapped,
    ),
)
