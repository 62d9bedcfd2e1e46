"""Language runtimes and HTTP clients: Java, Node, Python, Ruby, PHP, .NET, Rust and Erlang/Elixir."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from checks.parsing.document import Segment
from checks.parsing.kinds import classify, classify_resolution
from checks.parsing.model import FailureKind
from checks.parsing.rules.base import Hit, Rule, by_rest, fixed, hit, rx

# --- Java: "java.net.UnknownHostException: NAME[: reason]" -------------------------------------------

_JAVA = rx(r"UnknownHostException:?\s{1,3}(?P<host>{H})(?::\s{0,3}(?=(?P<rest>[^\n;]{0,100})))?")
_UNABLE_TO_RESOLVE = rx(r"Unable\sto\sresolve\shost\s{1,3}{Q}(?P<host>{H}){Q}(?=(?P<rest>[^\n]{0,100}))")


def _unknown_host(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify(m.group("rest") or "")
    return hit(m, seg, kind if kind not in (None, "other") else "nxdomain")


# --- Node: "getaddrinfo ENOTFOUND NAME", or an error object with code and hostname fields ---------------

_NODE = rx(
    r"getaddrinfo\s{1,3}(?P<code>ENOTFOUND|EAI_AGAIN|EAI_FAIL|EAI_NODATA|EAI_NONAME)\b"
    r"(?:[ \t]{1,3}(?P<host>{H})(?::(?P<port>\d{1,5}))?)?"
)
_NODE_CODE = rx(r"""\bcode["']?\s{0,3}:\s{0,3}["'](?P<code>ENOTFOUND|EAI_AGAIN)["']""")
_HOSTNAME_FIELD = rx(r"""\bhostname["']?\s{0,3}[:=]\s{0,3}["'](?P<host>{H})["']""")
_NODE_KINDS: dict[str, FailureKind] = {
    "ENOTFOUND": "nxdomain",
    "EAI_NONAME": "nxdomain",
    "EAI_NODATA": "nxdomain",
    "EAI_AGAIN": "temporary",
}


def _hostname_field(seg: Segment, after: int) -> str | None:
    """Node prints the name as the error object's `hostname: 'x'` field, a few lines away."""
    for line in [seg.text[after:], *seg.lines_after(8), *seg.lines_before(4)]:
        f = _HOSTNAME_FIELD.search(line)
        if f:
            return f.group("host")
    return None


def _node(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = _NODE_KINDS.get(m.group("code").upper(), "other")
    if m.group("host"):
        return hit(m, seg, kind, port=m.group("port"))
    host = _hostname_field(seg, m.end())
    return hit(m, seg, kind, host=host) if host else None


def _node_code(m: re.Match[str], seg: Segment) -> Hit | None:
    host = _hostname_field(seg, m.end())
    return hit(m, seg, _NODE_KINDS[m.group("code").upper()], host=host) if host else None


# --- Python: urllib3/requests, redis-py, aiohttp -------------------------------------------------------

_FAILED_TO_RESOLVE = rx(r"Failed\sto\sresolve\s{1,3}(?P<q>{Q})?(?P<host>{H})(?(q){Q})(?=(?P<rest>[^\n]{0,160}))")
_HTTP_POOL = rx(
    r"""ConnectionPool\(host=['"](?P<host>{H})['"],\s{0,3}port=(?P<port>\d{1,5})\)(?=(?P<rest>[^\n]{0,600}))"""
)
_REDIS_PY = rx(r"Error\s-?\d{1,5}\sconnecting\sto\s(?P<host>{H}):(?P<port>\d{1,5})\.\s{0,3}(?=(?P<rest>[^\n]{0,100}))")
_AIOHTTP = rx(
    r"Cannot\sconnect\sto\shost\s(?P<host>{H}):(?P<port>\d{1,5})\sssl:[^\s\]]{1,40}\s\[(?P<rest>[^\]\n]{1,100})\]"
)


def _failed_to_resolve(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify(m.group("rest"))
    if kind in (None, "other") and not m.group("q"):
        return None  # "failed to resolve dependencies": a bare word with no resolver error after it
    if kind in (None, "other") and "unknownhostexception" in seg.lower:
        kind = "nxdomain"
    return hit(m, seg, kind or "other")


# --- Ruby, PHP, .NET, Rust, Erlang/Elixir -------------------------------------------------------------

_RUBY = rx(
    r"Failed\sto\sopen\sTCP\sconnection\sto\s(?P<host>{H})(?::(?P<port>\d{1,5}))?\s{0,3}"
    r"\(getaddrinfo:\s{0,3}(?P<rest>[^)\n]{0,100})\)"
)
_PHP_STREAM = rx(
    r"getaddrinfo\sfailed:\s{0,3}(?P<rest>[^\[\n]{0,100})\[(?:tcp|udp|ssl|tls)://(?P<host>{H})(?::(?P<port>\d{1,5}))?\]"
)
_PHP8 = rx(r"getaddrinfo\sfor\s(?P<host>{H})\sfailed:\s{0,3}(?=(?P<rest>[^\n]{0,100}))")
_DOTNET = rx(
    r"(?P<rest>No\ssuch\shost\sis\sknown|Name\sor\sservice\snot\sknown|Temporary\sfailure\sin\sname\sresolution"
    r"|Resource\stemporarily\sunavailable|Name\sdoes\snot\sresolve|(?:node|host)name\snor\sservname\sprovided,\sor\snot\sknown)"
    r"\.?\s{0,3}\((?P<host>{H}):(?P<port>\d{1,5})\)"
)
_REMOTE_NAME = rx(r"remote\sname\scould\snot\sbe\sresolved:\s{0,3}{Q}(?P<host>{H}){Q}")
_RUST = rx(r"failed\sto\slookup\saddress\sinformation:\s{0,3}(?=(?P<rest>[^\n\"]{0,100}))")
_RUST_TARGET = rx(
    r"""Domain\(["'](?P<host>{H})["']\)"""
    r"|for\surl\s\((?P<url>[^\s)]{1,2048})\)"
    r"""|url:\sSome\(["'](?P<url2>[^\s"']{1,2048})["']\)"""
)
_ELIXIR = rx(r"tcp\sconnect\s\((?P<host>{H}):(?P<port>\d{1,5})\):\s{0,3}(?=(?P<rest>[^\n]{0,100}))")


def _rust(m: re.Match[str], seg: Segment) -> Hit | None:
    """hyper/reqwest say "dns error: failed to lookup address information: ..." and name the URL elsewhere."""
    kind = classify_resolution(m.group("rest")) or "other"
    for target in _RUST_TARGET.finditer(seg.text):
        host = target.group("host")
        if host is None:
            try:
                host = urlsplit(target.group("url") or target.group("url2")).hostname
            except ValueError:
                host = None
        if host:
            return hit(m, seg, kind, host=host)
    return None


RULES: tuple[Rule, ...] = (
    Rule("java", ("unknownhostexception",), _JAVA, _unknown_host),
    Rule("unable-to-resolve-host", ("unable to resolve host ",), _UNABLE_TO_RESOLVE, _unknown_host),
    Rule("node", ("getaddrinfo e",), _NODE, _node),
    Rule("node-code", ("enotfound", "eai_again"), _NODE_CODE, _node_code),
    Rule("failed-to-resolve", ("failed to resolve",), _FAILED_TO_RESOLVE, _failed_to_resolve),
    Rule("http-pool", ("connectionpool(host=",), _HTTP_POOL, by_rest(None, resolution_only=True)),
    Rule("redis-py", ("connecting to",), _REDIS_PY, by_rest(None, resolution_only=True)),
    Rule("aiohttp", ("cannot connect to host",), _AIOHTTP, by_rest(None, resolution_only=True)),
    Rule("ruby", ("(getaddrinfo:",), _RUBY, by_rest("other", resolution_only=True)),
    Rule("php-stream", ("getaddrinfo failed",), _PHP_STREAM, by_rest("other", resolution_only=True)),
    Rule("php8", ("getaddrinfo for ",), _PHP8, by_rest("other", resolution_only=True)),
    Rule(
        "dotnet",
        ("not known", "no such host is known", "name resolution", "temporarily unavailable", "does not resolve"),
        _DOTNET,
        by_rest("other"),
    ),
    Rule("dotnet-remote-name", ("remote name could not be resolved",), _REMOTE_NAME, fixed("other")),
    Rule("rust", ("failed to lookup address information",), _RUST, _rust),
    Rule("elixir", ("tcp connect (",), _ELIXIR, by_rest(None, resolution_only=True)),
)
