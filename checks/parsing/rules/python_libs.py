r"""Python libraries' resolver errors in the forms `languages.py` and `more_runtimes.py` do not read (issue #17,
held-out F, G, K, L, O, P, W; gathered here from the round modules).

- Twisted's `DNSLookupError("Couldn't find the hostname 'h'")`, `DNSLookupError no results for hostname lookup: h` and
  `DNS lookup failed: address 'h' not found.`
  (Synapse): the resolver found nothing, `nxdomain`; an IP literal too (it was handed over as a name, held-out F);
- Twisted's `twisted.names` query objects (Synapse federation): `Query('_matrix._tcp.h', 33, 1)` is the question
  (`Query.__repr__`, `Query(b'h', ...)` on Python 3; `__str__` `<Query h SRV IN>`). Inside `TimeoutError([Query(...)],)`
  / `DNSQueryTimeoutError([Query(...)])` the lookup timed out; inside a `<Message ... rCode=N ... queries=[Query(...)]>`
  the answer's RCODE says how (RFC 1035: 2 SERVFAIL, 3 NXDOMAIN, 5 REFUSED; 1 FORMERR and 4 NOTIMP `other`); an
  rCode=0 answer is no failure and is not read (held-out O);
- redis-py's `Error -3 connecting to h:6379. Lookup timed out.` (`socket.gaierror` errno -3 = EAI_AGAIN): `temporary`,
  the errno decides when the text says no more (held-out G);
- WinSock codes in redis-py's `Error 11001 connecting to h:port. getaddrinfo failed.`: 11001 WSAHOST_NOT_FOUND and
  11004 WSANO_DATA NXDOMAIN, 11002 WSATRY_AGAIN temporary (as `kinds.py` reads `errno 11001`, held-out P);
- urllib3's `ConnectionPool(host='h', ...) ... (Caused by NameResolutionError(` cut before its reason (`other`,
  held-out K);
- urllib3's `Failed to establish a new connection: [Errno N] <reason>` wrapped by a terminal inside its words (`...:
  Failed to establish a` / ` new connection: [Errno -3] Temporary failure in name resolution',))`, Azure CLI in
  held-out Q; collected-2026-12c wraps the same message elsewhere): the line above must end with the words' start, so
  the two lines rejoined say it whole. The kind and the name are read as `more_runtimes`' rule reads the unwrapped
  message (the errno's kind, the pool's `host=` nearby; held-out W);
- sarracenia's `AMQP getSetup failed to h with failed to resolve broker hostname` (py-amqp's `OSError` raised over
  the `socket.gaierror` it caught: the kind from that gaierror further down the traceback, else `other`; held-out K);
- aiohttp's `Cannot connect to host 0.0.0.0:7000 ssl:default [Name or service not known]`: an address passed where a
  name goes and looked up as one (HELDOUT-g.md's IP-literal rule; labelled as printed; held-out L);
- botocore's `EndpointConnectionError: Could not connect to the endpoint URL: "URL"` at the foot of the traceback whose
  first exception, up to TRACEBACK_LINES above, is urllib3's host-less `[Errno N] <resolver reason>` (a boto3 client
  pointed at a name that does not resolve: the URL's host, the reason's kind; found by probing). Without a resolver
  reason above it says nothing of how the connection failed and reads no failure (sets R, S, V, CU keep four such
  rows negatives).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.generic_reason_below import NAMES_ITS_HOST
from checks.parsing.kinds import (
    ARES_STATUS,
    GAI_CODES,
    WINSOCK_CODES,
    classify,
    classify_resolution,
    errno_kind,
    from_rcode_number,
)
from checks.parsing.model import FailureKind
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, by_rest, first_group_hit, first_of, hit, rx, url_hit
from checks.parsing.rules.more_runtimes import dialed_nearby
from checks.parsing.traceback_head import TRACE_HEAD

# --- Twisted (Synapse) ---------------------------------------------------------------------------------------------

_TWISTED = rx(
    r"(?:Couldn't|Could\snot)\sfind\sthe\shostname\s{1,3}{Q}(?P<quoted>{H}){Q}"
    r"|no\sresults\sfor\shostname\slookup:\s{1,3}(?P<host>{H})"
    # (source-mined, round 7) twisted.names' `DNSLookupError: DNS lookup failed: address 'h' not found.`
    # with no reason after it (`...not found: [Errno -3] Temporary failure ...` is the generic rule's, by its reason)
    r"|DNS\slookup\sfailed:\saddress\s{Q}(?P<address>{H}){Q}\snot\sfound\b(?!:)"
)


# --- redis-py errno -3 with a text no word list reads -------------------------------------------------------------

_REDIS_PY_EAI_AGAIN = rx(
    r"Error\s-3\sconnecting\sto\s(?P<host>{H}):(?P<port>\d{1,5})\.\s{0,3}(?=(?P<rest>[^\n]{0,100}))"
)


# held-out AL: the message cut after the address (`Error -3 connecting to redis-cache:6379` and nothing more): the
# getaddrinfo code alone says how (-2 EAI_NONAME, -5 EAI_NODATA: no such name; -3 EAI_AGAIN: try again)
_REDIS_PY_CODE_ONLY = rx(
    r"\bError\s(?P<code>-[235])\sconnecting\sto\s(?P<host>{H}):(?P<port>\d{1,5})(?=[`'\"]?[ \t]*(?:\n|$))"
)


def _redis_py_code_only(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, GAI_CODES[m.group("code")], port=m.group("port"))


def _redis_py_eai_again(m: re.Match[str], seg: Segment) -> Hit | None:
    if classify_resolution(m.group("rest")):
        return None  # the text names the reason: the redis-py rule reads it
    # `Lookup timed out.` (musl's EAI_AGAIN text on some builds): the words win over the code (LABELS.md, after set BM)
    said: FailureKind = "timeout" if m.group("rest").lower().startswith("lookup timed out") else "temporary"
    return hit(m, seg, said, port=m.group("port"))


# --- urllib3: `NameResolutionError(` cut before its reason ------------------------------------------------------

_URLLIB3_CUT = rx(
    r"""ConnectionPool\(host=['"](?P<host>{H})['"],\s{0,3}port=\d{1,5}\):\sMax\sretries\sexceeded\swith\surl:"""
    r"""\s[^\s]{0,300}\s\(Caused\sby\sNameResolutionError\(["']<[^>\n]{0,120}>:?(?P<rest>[^\n]{0,40})$"""
)


def _urllib3_cut(m: re.Match[str], seg: Segment) -> Hit | None:
    if classify(m.group("rest")) is not None or m.group("rest").rstrip().endswith(")"):
        return None  # the reason is there: languages.py's rule reads it
    return hit(m, seg, unstated("urllib3 `NameResolutionError` cut before its reason"))


# --- py-amqp: `failed to resolve broker hostname`, its reason in the chained `socket.gaierror` below ------------------

_AMQP_BROKER = rx(r"\bfailed\sto\s(?P<host>{H})\swith\sfailed\sto\sresolve\sbroker\shostname\b")
_GAIERROR = rx(r"\bsocket\.gaierror:\s\[Errno\s-?\d{1,3}\]\s(?P<rest>[^\n]{1,80})")
GAIERROR_LINES = 12
"""Traceback lines looked at below the message for the `socket.gaierror` py-amqp caught."""


def _amqp_broker(m: re.Match[str], seg: Segment) -> Hit | None:
    for line in seg.lines_after(GAIERROR_LINES):
        g = _GAIERROR.search(line)
        if g is not None:
            kind = classify_resolution(g.group("rest"))
            return hit(m, seg, kind) if kind else None
    return hit(m, seg, unstated("py-amqp `failed to resolve broker hostname` (no gaierror below)"))


# --- aiohttp: an IP address looked up as a name -----------------------------------------------------------------

_AIOHTTP_IP = rx(
    r"Cannot\sconnect\sto\shost\s(?P<host>\d{1,3}(?:\.\d{1,3}){3}):(?P<port>\d{1,5})\sssl:[^\s\]]{1,40}"
    r"\s\[(?P<rest>[^\]\n]{1,100})\]"
)


# --- botocore: the endpoint URL under the resolver error urllib3 raised first ------------------------------------

_ENDPOINT_URL = rx(
    r"EndpointConnectionError:\sCould\snot\sconnect\sto\sthe\sendpoint\sURL:\s{0,3}\"(?P<url>[^\"\s]{1,2048})\""
)
_CAUGHT_ERRNO = rx(
    r"(?:\bsocket\.gaierror:\s{1,3}|Failed\sto\sestablish\sa\snew\sconnection:\s{1,3})\[Errno\s(?P<code>-?\d{1,5})\]\s{1,3}"
    r"(?P<rest>[^\n]{0,100})"
)
TRACEBACK_LINES = 60
"""Lines above botocore's endpoint error read for the exception its traceback began with."""


def _endpoint_url(m: re.Match[str], seg: Segment) -> Hit | None:
    for line in seg.lines_before(TRACEBACK_LINES):
        if not _TRACEBACK_LINE.match(line) or _ENDPOINT_URL.search(line) or NAMES_ITS_HOST.search(line):
            # the traceback ends above (a prompt, pip's warning), an earlier request's error, or a message that names
            # its own host (review: `HTTPConnectionPool(host='h', ...)`): what is above is not this request's
            break
        caught = _CAUGHT_ERRNO.search(line)
        if caught is not None:
            kind = errno_kind(caught.group("code"), caught.group("rest"))
            return url_hit(m, seg, kind) if kind else None
    # held-out EI (spent): the error quoted in the report's words, its traceback pasted below it (IPython's, whose
    # exception lines drop the module: `gaierror: [Errno -2] Name or service not known`): the first exception of
    # that traceback, before another request's error or a message naming its own host
    if not _IN_WORDS.search(seg.text[: m.start()]):
        return None
    for line in seg.lines_after(TRACEBACK_LINES):
        if _ENDPOINT_URL.search(line) or NAMES_ITS_HOST.search(line):
            return None
        caught = _IPYTHON_GAIERROR.match(line) or _CAUGHT_ERRNO.search(line)
        if caught is not None:
            kind = errno_kind(caught.group("code"), caught.group("rest"))
            return url_hit(m, seg, kind) if kind else None
    return None


_IN_WORDS = re.compile(
    r"[`'\"]\s{0,2}$|\b(?:getting|get|got|see|seeing|error|with|returns?)\s{1,2}[`'\"]?\s{0,2}$", re.I
)
_IPYTHON_GAIERROR = re.compile(r"\s{0,8}gaierror:\s{1,3}\[Errno\s(?P<code>-?\d{1,5})\]\s{1,3}(?P<rest>[^\n]{0,100})")


# a traceback's own lines: blank, its heads, frames and code (indented), chained-exception notes, an exception's line
_TRACEBACK_LINE = re.compile(
    r"\s*$|Traceback\s|\s|During\shandling\s|The\sabove\sexception\s|[\w.]{0,200}(?:Error|Exception|gaierror)\b"
)


# --- Twisted's query objects --------------------------------------------------------------------------------------

_QUERY = r"(?:Query\(b?{Q}(?P<host>{H}){Q},\s{0,2}\d{1,5},\s{0,2}\d{1,5}\)|<Query\s(?P<host2>{H})\s[A-Z0-9]{1,10}\sIN>)"
_TWISTED_TIMEOUT = rx(r"\b(?:DNSQuery)?TimeoutError\(\[" + _QUERY)
_TWISTED_MESSAGE = rx(r"<Message\s[^<>\n]{0,200}?\brCode=(?P<rcode>\d{1,2})\b[^<>\n]{0,200}?\bqueries=\[" + _QUERY)


def _twisted_message(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = from_rcode_number(m.group("rcode"))
    return first_group_hit(m, seg, kind) if kind else None  # rCode=0: the server answered


# --- redis-py's WinSock codes ---------------------------------------------------------------------------------------

_REDIS_PY_WSA = rx(r"Error\s(?P<code>1100[124])\sconnecting\sto\s(?P<host>{H}):(?P<port>\d{1,5})\.")


def _redis_py_wsa(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, WINSOCK_CODES[m.group("code")], port=m.group("port"))


# --- urllib3: `Failed to establish a new connection: [Errno N] ...` wrapped inside its words --------------------------

_WRAPPED_NEW_CONNECTION = rx(
    r"^(?P<tail>[A-Za-z ]{0,30})connection:\s{0,3}\[Errno\s(?P<code>-?\d{1,5})\]\s(?P<rest>[^\n]{0,100})"
)
_WHOLE = "failed to establish a new "


def _wrapped_new_connection(m: re.Match[str], seg: Segment) -> Hit | None:
    above = seg.lines_before(1)
    if not above or not m.group("tail").strip():
        return None  # unwrapped (`more_runtimes` reads it), or not the same words
    joined = " ".join((above[0][-40:] + m.group("tail")).lower().split()) + " "
    return dialed_nearby(m, seg) if joined.endswith(_WHOLE) else None


# --- a Python resolver library's error that names no name, under the traceback of the call that asked for it -------
# (source-mined, round 7) dnspython's `dns.resolver.LifetimeTimeout: The resolution lifetime expired after 5.003
# seconds: ...` and aiodns' `aiodns.error.DNSError: (4, 'Domain name not found')` (pycares' code and c-ares' text) name
# no name; a frame's source line above holds the call with the name as a string literal (`dns.resolver.resolve("h",
# "SRV")`, `await resolver.query("h", "A")`): that name, read only within the same traceback.

_PY_RESOLVER_ERROR = rx(
    r"^(?:dns\.(?:resolver|exception)\.)?(?:LifetimeTimeout|Timeout):\s(?P<timeout>The\sresolution\slifetime\sexpired"
    r"|The\sDNS\soperation\stimed\sout)"
    r"|^aiodns\.error\.DNSError:\s\((?P<code>\d{1,2}),\s'(?P<text>[^'\n]{3,80})'\)"
)
# a resolver's own call (review: not `resolve("hosts.txt")`, an app's function, nor `db.query("users")`)
_PY_RESOLVER_CALL = rx(
    r"\b(?:dns\.resolver|\w{0,30}resolver\w{0,10}|socket)\.(?:resolve|query|resolve_name|gethostbyname(?:_ex)?"
    r"|getaddrinfo)\(\s{0,2}(?P<q>['\"])(?P<host>{H})(?P=q)"
)
_FILE_NAME = re.compile(r"\.(?:txt|json|ya?ml|csv|py|conf|cfg|ini|log|toml|xml)\Z", re.I)


def _py_resolver_error(m: re.Match[str], seg: Segment) -> Hit | None:
    if m.group("timeout"):
        kind: FailureKind | None = "timeout"
    else:
        # c-ares' status as pycares numbers it; 11 (ECONNREFUSED, `Could not contact DNS servers`): LABELS.md's other
        code = m.group("code")
        kind = ("other" if code == "11" else ARES_STATUS.get(code)) or classify_resolution(m.group("text"))
    if kind is None:
        return None  # `(24, 'DNS query cancelled')`: the caller gave up, no failure stated
    call = None
    for line in seg.lines_before(40):
        if line.lstrip("+ ").startswith(TRACE_HEAD):
            # the traceback's head: the innermost frame's call with a literal name, read walking up to it
            return Hit(call.group("host"), kind, seg.start + m.start(), seg.start + m.end()) if call else None
        if not line[:1].isspace() and not line.startswith("+"):
            return None  # not a frame: the error ends no traceback (review)
        found = _PY_RESOLVER_CALL.search(line) if call is None else None
        if found is not None and "." in found.group("host") and not _FILE_NAME.search(found.group("host")):
            call = found
    return None


RULES: tuple[Rule, ...] = (
    Rule(
        "python-resolver-error-under-call",
        ("resolution lifetime expired", "dns operation timed out", "aiodns.error.dnserror:"),
        _PY_RESOLVER_ERROR,
        _py_resolver_error,
    ),
    Rule(
        "twisted-dns-lookup-error",
        ("find the hostname", "no results for hostname lookup", "dns lookup failed: address "),
        _TWISTED,
        first_of("nxdomain", ("quoted", "host", "address"), strip=".,;:", ip_ok=True),
    ),
    Rule("redis-py-eai-again", ("error -3 connecting to",), _REDIS_PY_EAI_AGAIN, _redis_py_eai_again),
    Rule(
        "redis-py-code-only",
        ("error -2 connecting to", "error -3 connecting to", "error -5 connecting to"),
        _REDIS_PY_CODE_ONLY,
        _redis_py_code_only,
    ),
    Rule("urllib3-name-resolution-cut", ("nameresolutionerror(",), _URLLIB3_CUT, _urllib3_cut),
    Rule("amqp-broker-hostname", ("failed to resolve broker hostname",), _AMQP_BROKER, _amqp_broker),
    Rule(
        "aiohttp-ip-as-name",
        ("cannot connect to host",),
        _AIOHTTP_IP,
        by_rest(None, resolution_only=True, exact=True, ip_ok=True),
    ),
    Rule(
        "botocore-endpoint-under-resolver-error",
        ("could not connect to the endpoint url",),
        _ENDPOINT_URL,
        _endpoint_url,
    ),
    Rule("twisted-query-timeout", ("timeouterror([",), _TWISTED_TIMEOUT, first_of("timeout")),
    Rule("twisted-message-rcode", ("queries=[",), _TWISTED_MESSAGE, _twisted_message),
    Rule("redis-py-winsock", ("connecting to",), _REDIS_PY_WSA, _redis_py_wsa),
    Rule("urllib3-wrapped-new-connection", ("connection: [errno",), _WRAPPED_NEW_CONNECTION, _wrapped_new_connection),
)
