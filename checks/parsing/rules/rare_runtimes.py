r"""Runtimes' and libraries' own wordings no general rule reads, for runtimes too rare for a module each (issue #17,
held-out F, G, H, S, U; gathered here from the round modules).

- Godot's `_resolve_hostname: getaddrinfo failed!` (no name, no reason): the URL or `connect_to_host("h")` of the
  script shown above it, `other` (H);
- Qt's `Host h not found` (`QNetworkReply::HostNotFoundError`, also as `QtNetwork Error 3 : Host h not found`; H);
- Zig's error names (`TemporaryNameServerFailure`, `NameServerFailure`) with the `git+https://` or `https://` URL of
  the command above (H);
- luvit's `{ errcode = 3, errstr = 'name error' }` for `dns.resolve4('h', ...)` (H);
- Julia's `DNSError: h, unknown node or service (EAI_NONAME)`: the name as printed (a library that looked up its URL's
  scheme reports `http`; H);
- Nim's `Error: unhandled exception: No such host is known.` with the target's URL several lines above (H);
- hickory's (trust-dns') debug dump `response_code: NXDomain` with the query's `name: Name("h")` nearby (H);
- Ruby's host-less `getaddrinfo: ... (SocketError)` under a `TCPSocket.new("h", port)` command (H);
- hyper/reqwest over trust-dns: `error sending request for url (URL): ... dns error: No connections available` — the
  kind from the text after `dns error:` (`other` when it names no resolver reason), the name from the URL (F);
- Postgrex's `tcp connect (127.0.0.1:5432): non-existing domain - :nxdomain`: Erlang's `inet` was handed the address
  as a name (a charlist/hostname mix-up) and its resolver said NXDOMAIN, so the printed address IS the name looked up
  (labelled as printed); the reason decides, an `econnrefused` there is a connect error and no hit (G);
- the RabbitMQ Kubernetes peer-discovery plugin's Erlang term `{failed_connect,[{to_address,{"h.",443}},
  {inet,[inet],nxdomain}]}`: the name from `to_address`, the reason from the `inet` tuple (only resolver atoms; G);
- Poco (ClickHouse's ZooKeeper client): `NoAddressFoundException`'s displayText `No address found: h` (Poco::Net
  `HostEntry` found no address for the name: `nxdomain`, `no_reason`), read only when the name ends the message
  (`, e.what()`, a line end) and Poco's or ClickHouse's words are on the line or the one above (S);
- Ruby aws-sdk-core v2's Seahorse `unable to connect to h; SocketError: getaddrinfo: <reason>` (CA);
- Haskell's http-client (stack, cabal): `HttpExceptionRequest Request { host = "h" ... }` then `(ConnectionFailure
  getAddrInfo: does not exist (Name does not resolve))` below the record: the record's `host`, the reason's kind
  (held-out FW's off-frame rows, spent);
- librdkafka's `Failed to resolve 'h:port': Bad address` (musl's EAI_NONAME text under some builds; HELDOUT-u.md labels
  it nxdomain, as every set labels busybox's `bad address 'h'`; U), also with `h:port` turned into a Markdown link by
  the tracker (`'[h:9092](http://h.com:9092/)'`: the link's text is what was printed; held-out JZ-KG, spent);
- wkhtmltopdf's (Qt's) `Failed to load URL, with network status code 3 and http status code 0 - Host h not found`
  (QNetworkReply's HostNotFoundError, code 3: the name as Qt printed it, any word; older builds print `- Host not
  found` alone, and the URL's host is the name; held-out JZ-KG, spent).

Triggers are ones other rules already use where the format holds one (each new trigger is one more search of every
paste: the 1 MB test's time grows with their number).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from checks.parsing.document import Segment
from checks.parsing.kinds import ERLANG_ATOMS, classify_resolution
from checks.parsing.model import FailureKind
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, by_rest, first_group_hit, fixed, hit, nearby_host, rx

# --- hyper/reqwest over trust-dns: `dns error: <anything but getaddrinfo's text>` -----------------------------------

_DNS_ERROR = rx(r"\bdns\serror:\s{0,3}(?!failed\sto\slookup)(?=(?P<rest>[^\n\"]{1,100}))")
# trust-dns / hickory texts that say the lookup failed but give no answer-level reason.
_NO_REASON = ("no connections available", "proto error")
# issue #17 (held-out AQ): an OS error that is no resolver's (`Device or resource busy (os error 16)`): EAI_SYSTEM's
# errno, English, a POSIX number (a localized WinSock text, `(os error 11001)`, is the generic rule's)
_POSIX_ERRNO = rx(r"[A-Za-z][A-Za-z ,']{2,80}\s\(os\serror\s\d{1,3}\)")
_FOR_URL = rx(r"for\surl\s\((?P<url>[^\s)]{1,2048})\)")


# survey 7: hickory's own texts (crates/net/src/error.rs, op/response_code.rs): `no records found for Query {...}`
# (NXDOMAIN or NODATA), `error response: Server Failure` / `Query Refused`, `[proto error: ]request timed out`
_HICKORY_KINDS: tuple[tuple[str, FailureKind], ...] = (
    ("no records found for", "nxdomain"),
    ("no record found for", "nxdomain"),
    ("error response: server failure", "servfail"),
    ("error response: query refused", "refused"),
    ("request timed out", "timeout"),
    ("proto error: request timed out", "timeout"),
)


# held-out DQ (spent): hickory's (trust-dns 0.1x) Display form names the query's parts (`no record found for name:
# web type: AAAA class: IN`, Sentry's relay) and its Debug form the `Query` (`no record found for Query { name:
# Name("web."), query_type: AAAA, ... }`): the name looked up, NXDOMAIN or no record of the type (nxdomain)
_HICKORY_QUERY = rx(
    r"\bno\srecords?\sfound\sfor\s(?:name:\s(?P<host>{H}?)\.?\stype:\s(?P<type>[A-Z]{1,10})\sclass:\sIN\b"
    r"|Query\s\{\sname:\sName\(\"(?P<host2>{H}?)\.?\"\),\squery_type:\s(?P<type2>[A-Z]{1,10})\b)"
)


def _hickory_query(m: re.Match[str], seg: Segment) -> Hit | None:
    if (m.group("type") or m.group("type2")) == "PTR":
        # a reverse look-up: LABELS.md, no failure (an SRV record a program needs, Linkerd's control plane's, is one:
        # sets I and AJ label it so)
        return None
    return first_group_hit(m, seg, "nxdomain")


# held-out EK (spent): the Debug form pretty-printed over lines (`no record found for Query {` / `name:
# Name("_mongodb._tcp.h."),` / `query_type: SRV,`; the MongoDB Rust driver's error)
_HICKORY_QUERY_OPEN = rx(r"\bno\srecords?\sfound\sfor\sQuery\s\{[ \t]*$")
_QUERY_NAME = rx(r"\s{0,12}name:\s{1,3}Name\(\"(?P<host>{H}?)\.?\"\),?\s{0,4}")
_QUERY_TYPE = re.compile(r"\s{0,12}query_type:\s{1,3}(?P<type>[A-Z]{1,10}),?\s{0,4}")


def _hickory_query_lines(m: re.Match[str], seg: Segment) -> Hit | None:
    below = seg.lines_after(2)
    name = _QUERY_NAME.fullmatch(below[0]) if below else None
    qtype = _QUERY_TYPE.fullmatch(below[1]) if name and len(below) > 1 else None
    if name is None or qtype is None or qtype.group("type") == "PTR":
        return None  # a reverse look-up: LABELS.md, no failure
    at = seg.line_end + 1 + name.start("host")
    return Hit(name.group("host"), "nxdomain", at, at + len(name.group("host")), exact=True)


def _hickory_kind(rest: str) -> FailureKind | None:
    low = rest.lower()
    return next((kind for text, kind in _HICKORY_KINDS if low.startswith(text)), None)


def _dns_error(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = m.group("rest")
    no_reason = rest.lower().startswith(_NO_REASON) or _POSIX_ERRNO.match(rest) is not None
    kind = _hickory_kind(rest) or classify_resolution(rest) or ("other" if no_reason else None)
    if kind is None:
        return None  # `dns error: <a localized OS text> (os error 11001)`: the generic rule reads that line
    text, lo = seg.around(m.start())
    for target in _FOR_URL.finditer(text, 0, m.start() - lo):
        try:
            host = urlsplit(target.group("url")).hostname
        except ValueError:
            continue
        if host:  # the request's own URL: a word there is the name (held-out BW)
            return hit(m, seg, kind, host=host, exact=True)
    near = nearby_host(seg, m.start())
    return hit(m, seg, kind, host=near[0], port=near[1]) if near else None


# --- Postgrex: an address handed to inet as a name -----------------------------------------------------------------

_POSTGREX = rx(
    r"\btcp\sconnect\s\((?P<host>{H}):(?P<port>\d{1,5})\):\s{0,3}"
    r"(?:non-existing\sdomain(?:\s-\s:nxdomain)?|:?nxdomain\b)"
)


# --- RabbitMQ peer discovery: Erlang `failed_connect` term ---------------------------------------------------------

_FAILED_CONNECT = rx(r"\{to_address,\s{0,3}\{\"(?P<host>{H})\",\s{0,3}\d{1,5}\}\}")
# (issue #17, held-out I: a line break typed inside the term, `{inet,[inet]\n,nxdomain}`, is read across)
_INET_REASON = rx(r"\{inet6?,\s{0,3}\[inet6?\]\s{0,3},\s{0,3}(?P<atom>nxdomain|eai_again|einval|nodata)\}")


def _failed_connect(m: re.Match[str], seg: Segment) -> Hit | None:
    text, lo = seg.around(m.end())
    tail = text[m.end() - lo : m.end() - lo + 400]
    for line in [tail, "\n".join([tail, *seg.lines_after(2)])]:
        reason = _INET_REASON.search(line)
        if reason:
            return hit(m, seg, ERLANG_ATOMS[reason.group("atom").lower()])
    return None  # econnrefused, timeout: a connect error after the name resolved


# held-out CK (spent): the same term pretty-printed across lines (rebar3's `Hex get_package request failed: {error,`
# then `{failed_connect,` / `[{to_address,` / `{"h",443}},` / `{inet,[inet],nxdomain}]}}`, each line indented)
_TO_ADDRESS_OPEN = rx(r"\{to_address,\s{0,3}$")
_ADDRESS_LINE = rx(r"^\s{0,80}\{\"(?P<host>{H})\",\s{0,3}(?P<port>\d{1,5})\}\}")


def _failed_connect_printed(m: re.Match[str], seg: Segment) -> Hit | None:
    below = seg.lines_after(2)
    address = _ADDRESS_LINE.match(below[0]) if below else None
    if address is None:
        return None
    reason = _INET_REASON.search("\n".join(below))
    if reason is None:
        return None
    kind = ERLANG_ATOMS[reason.group("atom").lower()]
    return hit(m, seg, kind, host=address.group("host"), port=address.group("port"))


# --- Godot: the name from the script above ---------------------------------------------------------------------------

_GODOT = rx(r"_resolve_hostname:\s{0,3}getaddrinfo\sfailed")
_GODOT_TARGET = rx(r"(?:\bhttps?://|connect_to_host\(\s{0,3}\")(?P<host>{H})")


def _godot(m: re.Match[str], seg: Segment) -> Hit | None:
    for line in seg.lines_before(8):
        target = _GODOT_TARGET.search(line)
        if target:
            return hit(m, seg, "other", host=target.group("host"))
    return None


# --- Qt: `Host NAME not found` ---------------------------------------------------------------------------------------

# Not `Host key not found in known_hosts` (a word, and words after it), not an HTTP page (a dotted name is required and
# the sentence must end at `not found`).
# held-out JB-JI (spent, off-frame): or in a Qt launcher's download log, `HTTP Status 0 ;error "Host h not found"`
_QT = rx(
    r"(?:\bError\s\d{1,3}\s?:\s|:\s|;error\s\")Host\s(?P<host>[A-Za-z0-9_\-]{1,63}(?:\.[A-Za-z0-9_\-]{1,63}){1,10})\snot\sfound(?=\s{0,3}$|[.)\]\"']"
    # held-out LV-MC (off-frame, spent): Multipass' URL downloader after Qt's text, `- trying cache.`
    r"|\s-\strying\scache\b)"
)


# --- wkhtmltopdf (Qt): `..., with network status code 3 and http status code 0 - Host h not found` -------------------

_WKHTMLTOPDF = rx(
    r"\bFailed\sto\sload\s\**(?:[a-z][a-z0-9+]{1,10}://)(?:[^\s/@\"'<>*]{1,256}@)?(?P<url_host>[^\s/:*\"'<>?#]{1,253})"
    r"\S{0,500}?,\swith\snetwork\sstatus\scode\s3\sand\shttp\sstatus\scode\s\d{1,3}\s-\s\**Host"
    r"(?:\s(?P<host>[A-Za-z0-9_\-]{1,63}(?:\.[A-Za-z0-9_\-]{1,63}){0,10}))?\snot\sfound\b"
)


def _wkhtmltopdf(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, "nxdomain", host=m.group("host") or m.group("url_host"), exact=True)


# --- Zig ---------------------------------------------------------------------------------------------------------

_ZIG = rx(r"\b(?P<code>TemporaryNameServerFailure|NameServerFailure)\b")
_ZIG_KINDS: dict[str, FailureKind] = {
    "temporarynameserverfailure": "temporary",
    "nameserverfailure": "servfail",
}
_URL_TARGET = rx(r"\b(?:git\+)?(?:https?|wss?|ssh)://(?:[^\s/@]{1,256}@)?(?P<host>{H})")


def _url_above(m: re.Match[str], seg: Segment, kind: FailureKind, lines: int) -> Hit | None:
    same = _URL_TARGET.search(seg.text, 0, m.start())
    if same:
        return hit(m, seg, kind, host=same.group("host"))
    for line in seg.lines_before(lines):
        target = _URL_TARGET.search(line)
        if target:
            return hit(m, seg, kind, host=target.group("host"))
    return None


def _zig(m: re.Match[str], seg: Segment) -> Hit | None:
    return _url_above(m, seg, _ZIG_KINDS[m.group("code").lower()], 4)


# --- luvit -----------------------------------------------------------------------------------------------------------

_LUVIT = rx(r"errcode\s=\s\d{1,2},\serrstr\s=\s'(?P<err>name\serror|server\sfailure|refused)'")
_LUVIT_CALL = rx(r"\bresolve[A-Za-z0-9]{0,8}\(\s{0,3}['\"](?P<host>{H})['\"]")
_LUVIT_KINDS: dict[str, FailureKind] = {"name error": "nxdomain", "server failure": "servfail", "refused": "refused"}


def _luvit(m: re.Match[str], seg: Segment) -> Hit | None:
    for line in seg.above(m.start(), 4):
        call = _LUVIT_CALL.search(line)
        if call:
            return hit(m, seg, _LUVIT_KINDS[" ".join(m.group("err").lower().split())], host=call.group("host"))
    return None


# --- Julia -----------------------------------------------------------------------------------------------------------

_JULIA = rx(r"\bDNSError:\s(?P<host>{H}),\s(?P<rest>[^\n]{1,120})")


def _julia(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = m.group("rest").lower()
    kind: FailureKind
    if "eai_again" in rest:
        kind = "temporary"
    elif "eai_noname" in rest or "eai_nodata" in rest:
        kind = "nxdomain"
    else:
        kind = classify_resolution(rest) or "other"
    return hit(m, seg, kind, exact=True)


# --- Nim ------------------------------------------------------------------------------------------------------------

_NIM = rx(r"unhandled\sexception:\s(?P<rest>No\ssuch\shost\sis\sknown|Name\sor\sservice\snot\sknown)")


def _nim(m: re.Match[str], seg: Segment) -> Hit | None:
    return _url_above(m, seg, "nxdomain", 12)


# --- hickory / trust-dns debug dump -------------------------------------------------------------------------------

_HICKORY = rx(r"\bresponse_code:\s(?P<code>NXDomain)\b")
_HICKORY_NAME = rx(r"\bname:\sName\(\"(?P<host>{H})\"\)")


def _hickory(m: re.Match[str], seg: Segment) -> Hit | None:
    for line in [*seg.lines_after(16), *seg.lines_before(16)]:
        name = _HICKORY_NAME.search(line)
        if name:
            return hit(m, seg, "nxdomain", host=name.group("host"))
    return None


# --- Ruby's host-less SocketError under the command that named the host ---------------------------------------------

# (probes, round 13) Ruby 3.4 prints the call's manual section and a new class (`getaddrinfo(3): ...
# (Socket::ResolutionError)`)
_RUBY_SOCKET_ERROR = rx(r"getaddrinfo(?:\(3\))?:\s[^\n]{1,80}\((?:Socket::Resolution|Socket)Error\)")
_RUBY_CALL = rx(r"\b(?:TCPSocket\.(?:new|open)|Socket\.tcp|Addrinfo\.tcp)\(\s{0,3}[\"'](?P<host>{H})[\"']")


def _ruby_socket_error(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group(0))
    if kind is None:
        return None
    for line in seg.above(m.start(), 4):
        calls = list(_RUBY_CALL.finditer(line))
        if calls:
            return hit(m, seg, kind, host=calls[-1].group("host"))
    return None


# --- aws-sdk-core (Ruby) v2's Seahorse: `unable to connect to h; SocketError: getaddrinfo: <reason>` --------------
# (held-out CA): the name the SDK connected to, before the reason; a name in prose after it is no failure

_SEAHORSE = rx(r"\bunable\sto\sconnect\sto\s`?(?P<host>{H})`?;\s{1,2}SocketError:\s(?=(?P<rest>[^\n]{1,120}))")


# --- Poco: `No address found: h` ------------------------------------------------------------------------------------

# (probes, round 12) Collabora Online's log line ends in its source file and line, `...: h| wsd/Storage.cpp:841`
_POCO_NO_ADDRESS = rx(r"\bNo\saddress\sfound:\s(?P<host>{H})(?=\s{0,3}(?:,|$|\|\s[\w/]{1,120}\.cpp:\d{1,6}[ \t]*$))")
# review 2 (finding 3): `No address found: h` is plain English too (`geocode failed. No address found: Springfield`):
# read only with Poco's or ClickHouse's own words on the line or the line above
_POCO_CONTEXT = re.compile(r"NoAddressFoundException|Poco::|DB::Exception|\bCode:\s?198\b|\|\swsd/[\w/]{1,80}\.cpp:\d")


def _poco_no_address(m: re.Match[str], seg: Segment) -> Hit | None:
    end = seg.text.find("\n", m.end())
    here = seg.text[seg.text.rfind("\n", 0, m.start()) + 1 : len(seg.text) if end == -1 else end]
    if not any(_POCO_CONTEXT.search(line) for line in (here, *seg.lines_before(1))):
        return None
    return hit(m, seg, unstated("Poco `No address found: h` (NoAddressFoundException)"))


# --- Haskell's http-client: the Request record above `(ConnectionFailure getAddrInfo: does not exist (...))` --------

_HASKELL_CONNECTION_FAILURE = rx(
    r"\bConnectionFailure\s(?:Network\.Socket\.)?getAddrInfo\b[^\n]{0,300}?:\sdoes\snot\sexist\s\((?P<rest>[^)\n]{1,80})\)"
)
_HASKELL_REQUEST_HOST = rx(r"^\s{0,12}host\s{1,40}=\s{1,4}\"(?P<host>{H})\"\s*$")
REQUEST_RECORD_LINES = 24
"""Lines above the exception looked at for its Request record's `host` field."""


def _haskell_connection_failure(m: re.Match[str], seg: Segment) -> Hit | None:
    record = seg.doc.memo.get("haskell-request-record")
    if record is None:  # searched once a paste: a megabyte of the exception alone reads no lines above each
        record = seg.doc.memo["haskell-request-record"] = "request {" in seg.doc.lower
    if not record:
        return None
    field = seg.first_above(_HASKELL_REQUEST_HOST, REQUEST_RECORD_LINES)
    kind = classify_resolution(m.group("rest"))
    return hit(m, seg, kind, host=field.group("host"), exact=True) if field is not None and kind else None


# --- librdkafka: `Failed to resolve 'h:port': Bad address` ----------------------------------------------------------

_RDKAFKA_BAD_ADDRESS = rx(
    r"\bFailed\sto\sresolve\s'(?P<link>\[)?(?P<host>{H}):(?P<port>\d{1,5})(?(link)\]\([^()\s]{1,300}\))':\sBad\saddress\b"
)


RULES: tuple[Rule, ...] = (
    Rule(
        "haskell-request-connection-failure",
        ("connectionfailure",),
        _HASKELL_CONNECTION_FAILURE,
        _haskell_connection_failure,
    ),
    Rule("hickory-query-parts", ("no record found for", "no records found for"), _HICKORY_QUERY, _hickory_query),
    Rule(
        "hickory-query-lines",
        ("no record found for query {", "no records found for query {"),
        _HICKORY_QUERY_OPEN,
        _hickory_query_lines,
    ),
    Rule("hyper-dns-error", ("dns error:",), _DNS_ERROR, _dns_error),
    Rule("postgrex-nxdomain", ("tcp connect (",), _POSTGREX, fixed("nxdomain", exact=True, ip_ok=True)),
    Rule("erlang-failed-connect", ("{to_address,",), _FAILED_CONNECT, _failed_connect),
    Rule("erlang-failed-connect-printed", ("{to_address,",), _TO_ADDRESS_OPEN, _failed_connect_printed),
    Rule("godot-resolve-hostname", ("getaddrinfo failed",), _GODOT, _godot),
    Rule("qt-host-not-found", (": host ", ';error "host '), _QT, fixed("nxdomain")),
    Rule("wkhtmltopdf-network-status-3", ("network status code 3",), _WKHTMLTOPDF, _wkhtmltopdf),
    Rule("zig-resolver-error", ("serverfailure",), _ZIG, _zig),
    Rule("luvit-dns-errstr", ("rcode = ",), _LUVIT, _luvit),
    Rule("julia-dnserror", ("dnserror: ",), _JULIA, _julia),
    Rule("nim-unhandled-no-host", ("no such host is known", "not known"), _NIM, _nim),
    Rule("hickory-response-code", ("nxdomain",), _HICKORY, _hickory),
    Rule(
        "ruby-socket-error-call",
        ("not known", "socketerror)", "resolutionerror)"),
        _RUBY_SOCKET_ERROR,
        _ruby_socket_error,
    ),
    Rule("seahorse-socket-error", ("; socketerror: ",), _SEAHORSE, by_rest(None, resolution_only=True, exact=True)),
    Rule("poco-no-address-found", ("no address found:",), _POCO_NO_ADDRESS, _poco_no_address),
    Rule(  # musl's EAI_NONAME text, as busybox prints it (`bad address 'h'`)
        "librdkafka-bad-address",
        ("bad address",),
        _RDKAFKA_BAD_ADDRESS,
        fixed(unstated("busybox `can't resolve 'h'` / `bad address 'h'`"), exact=True),
    ),
)
