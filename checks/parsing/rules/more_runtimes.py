"""More runtimes and tools (issue #17): librdkafka, Erlang/Elixir, Node's `dns` module (MongoDB `mongodb+srv`),
Netty's resolver, git over git://, rsync, apk/dnf/Maven, Apple's NSURLErrorCannotFindHost, "NAME: <glibc reason>",
`host`'s "has no X record", Elasticsearch's discovery, the AWS SDK for Java and Python's
`gaierror`/urllib3 `NewConnectionError`/`urlopen error` without a name."""

from __future__ import annotations

import re
from dataclasses import replace

from checks.parsing.document import Segment
from checks.parsing.doubled_search import doubled_search_name
from checks.parsing.generic_lookalikes import unless_participle  # issue #17 (lookalikes)
from checks.parsing.generic_shapes import role_word
from checks.parsing.generic_words import FILE_SUFFIXES, PROSE_WORDS, TLDS
from checks.parsing.hosts import PLAIN_HOST
from checks.parsing.kinds import GAI_CODES, WINSOCK_CODES, classify_resolution
from checks.parsing.model import FailureKind
from checks.parsing.not_failing_lines import names_no_failure
from checks.parsing.places_not_names import LIBPQ_RESOLVED_SERVER, POSITION_WORDS, region_before
from checks.parsing.prose_phrase import ends_prose_phrase
from checks.parsing.rules.base import Hit, Rule, by_rest, fixed, hit, nearby_host, rx
from checks.parsing.rules.go_lookups import IPV6_PIECES

# --- librdkafka: "Failed to resolve 'NAME:9092': Name or service not known (after 67ms in state CONNECT)" -------

_RDKAFKA = rx(r"Failed\sto\sresolve\s{Q}(?P<host>{H}):(?P<port>\d{1,5}){Q}:\s{0,3}(?=(?P<rest>[^\n]{0,120}))")

# --- Erlang/Elixir: {failed_connect,[{to_address,{"NAME",443}},{inet,[inet],nxdomain}]} ------------------------

_ERL_TO_ADDRESS = rx(
    r"to_address,\s{0,3}\{\s{0,3}{Q}(?P<host>{H}){Q},\s{0,3}(?P<port>\d{1,5})\s{0,3}\}\s{0,3}\}"
    r"[^\n]{0,80}?\[:?inet6?\],\s{0,3}:?(?P<reason>[a-z_]{1,20})\}"
)
# {:error, :nxdomain}, {error,nxdomain}, %Mint.TransportError{reason: :nxdomain}, %HTTPoison.Error{reason: :nxdomain}:
# the name is the one the call a line or two above was given.
_ERL_NXDOMAIN = rx(r"\{:?error,\s{0,3}:?nxdomain\}|reason:\s{0,3}:nxdomain\b")
_ERL_TARGET = rx(
    r"\b[a-z][a-z0-9+]{1,10}://(?:[^\s/@\"'<>]{1,256}@)?(?P<u>{H})"
    r"|\{:?host,\s{0,3}{Q}(?P<t>{H}){Q}\}"
    r"|\(\s{0,3}(?::[a-z_]{1,12},\s{0,3})?{Q}(?P<a>{H}){Q}\s{0,3}(?P<port>,\s{0,3}\d{1,5})?"
    # (held-out DH's off-frame, gen_smtp: `{network_failure,"smtp.gmail.com",{error,nxdomain}}`) the name right before
    # the error tuple in the same term (read on the line's text before the error)
    r"|\{\s{0,3}[a-z_]{1,30},\s{0,3}\"(?P<e>{H})\",\s{0,3}\Z"
)


def _erl_to_address(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, "nxdomain", port=m.group("port")) if m.group("reason") == "nxdomain" else None


def _erl_nxdomain(m: re.Match[str], seg: Segment) -> Hit | None:
    line, lo = seg.around(m.start())
    before = line[: m.start() - lo]
    if LIBPQ_RESOLVED_SERVER.search(before):
        # (probes, round 21) libpq's `connection to server at "h" (203.0.113.24), port N failed: FATAL: ...
        # {:error, :nxdomain}`: h resolved; the error is the server's own (Supavisor's upstream look-up)
        return None
    # then the lines below: ExUnit prints the failing call under the error ("code: assert get("http://x:9200")")
    for text in [before, *reversed(seg.lines_before(4)), *seg.lines_after(2)]:
        if text is not before and names_no_failure(text):
            continue  # the noise test (2026-12-05): a link to read or an answered request near the error
        found = None
        for t in _ERL_TARGET.finditer(text):
            name = t.group("u") or t.group("t") or t.group("e")
            if name is None and t.group("a") and ("." in t.group("a") or t.group("port")):
                name = t.group("a")
            if name:
                found = name  # the nearest: the last on the line
        if found:
            return hit(m, seg, "nxdomain", host=found)
    return None


# --- Node's dns module (MongoDB's mongodb+srv://, gamedig...): "querySrv ENOTFOUND _mongodb._tcp.NAME" ---------

_NODE_METHODS = ("A", "Aaaa", "Any", "Caa", "Cname", "Mx", "Naptr", "Ns", "Ptr", "Soa", "Srv", "Txt")
# each query method and a c-ares code (they all start with E): never the bare word `query`, which every database log has
_NODE_QUERY_CODE = tuple(f"query{method.lower()} e" for method in _NODE_METHODS)
_NODE_DNS = rx(
    r"\bquery(?:" + "|".join(_NODE_METHODS) + r")\s"
    r"(?P<code>ENOTFOUND|ENODATA|ETIMEOUT|ECONNREFUSED|ESERVFAIL|EREFUSED|EAI_AGAIN|ECANCELLED"
    # issue #17 (held-out O): c-ares codes no convention gives a kind (`querySrv EBADRESP h`): `other`
    r"|EFORMERR|ENOTIMP|EBADRESP|EBADQUERY|EBADNAME|EBADFAMILY|EOF|EFILE|ENOMEM|EDESTRUCTION|EBADSTR)"
    # held-out BZ: the method and code in backticks in prose, the name after them (`` `queryA ESERVFAIL` h ``)
    r"`?\s(?P<host>{H})"
)
_NODE_DNS_KINDS: dict[str, FailureKind] = {
    "ENOTFOUND": "nxdomain",
    "ENODATA": "nxdomain",
    "ETIMEOUT": "timeout",
    "ECONNREFUSED": "refused",  # c-ares could not contact the DNS server
    "EREFUSED": "refused",
    "ESERVFAIL": "servfail",
    "EAI_AGAIN": "temporary",
}


def _node_dns(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, _NODE_DNS_KINDS.get(m.group("code").upper(), "other"), exact=True)


# --- Netty's resolver: "DefaultDnsQuestion(NAME. IN A) failure", the exception on the next line ------------------

_NETTY_QUESTION = rx(r"DefaultDnsQuestion\((?P<host>{H})\sIN\s[A-Z]{1,10}\)\sfailure")
_NETTY_SERVER = rx(r"\[/?(?P<server>[0-9a-fA-F:.\[\]]{2,60}:\d{1,5})\]")


def _netty_question(m: re.Match[str], seg: Segment) -> Hit | None:
    after = " ".join([seg.around(m.end())[0][-300:], *seg.lines_after(1)])
    if "TimeoutException" not in after and "timed out" not in after:
        if doubled_search_name(m.group("host"), "nxdomain"):
            # held-out FS (spent): a search-path try of a name that had its namespace (`x.ns.svc.ns.svc.cluster.
            # local.`), its failure unstated: Netty going on down the search list (LABELS.md: no failure), as
            # doubled_search reads such a try's NXDOMAIN
            return None
        return hit(m, seg, "other", exact=True)
    server = _NETTY_SERVER.search(after)
    return hit(m, seg, "timeout", server=server.group("server") if server else None, exact=True)


# --- git over git://: "fatal: unable to look up NAME (port 9418) (Temporary failure in name resolution)", and
#     "fatal: unable to connect to NAME:" with "NAME: <reason>" on the next line -----------------------------------

_GIT_LOOK_UP = rx(r"unable\sto\slook\sup\s(?P<host>{H})\s\(port\s(?P<port>\d{1,5})\)\s\((?P<rest>[^)\n]{1,100})\)")
# held-out HV-IC (spent): a remote's `user@host:path` handed over whole (`unable to look up git@gitlab.com:repo (port
# 9418)`): what git looked up, as printed, without the user (LABELS.md)
_GIT_LOOK_UP_PATH = rx(
    r"unable\sto\slook\sup\s(?:[A-Za-z0-9_.\-]{1,64}@)?(?P<host>{H}:[^\s()@]{1,200})\s\(port\s(?P<port>\d{1,5})\)"
    r"\s\((?P<rest>[^)\n]{1,100})\)"
)


def _git_look_up_path(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("rest")) or "other"
    return replace(hit(m, seg, kind, port=m.group("port"), exact=True), printed=True)


_GIT_CONNECT = rx(r"fatal:\sunable\sto\sconnect\sto\s(?P<host>{H}):[ \t]{0,3}$")


def _git_connect(m: re.Match[str], seg: Segment) -> Hit | None:
    name = m.group("host")
    for line in seg.lines_after(1):
        if line.strip().lower().startswith(name.lower() + ":"):
            kind = classify_resolution(line.strip()[len(name) + 1 :])
            return hit(m, seg, kind) if kind else None
    return None


# --- rsync daemon mode: "rsync: getaddrinfo: NAME 873: Name or service not known" ------------------------------

_RSYNC = rx(r"rsync:\sgetaddrinfo:\s{1,3}(?P<host>{H})\s(?P<port>\d{1,5}):\s{0,3}(?=(?P<rest>[^\n]{0,100}))")
# issue #17 (held-out BB): the name rsync was given, quoted, with a space in it (`"myhostname replaced" 23456:`)
_RSYNC_QUOTED = rx(
    r"rsync:\sgetaddrinfo:\s{1,3}\"(?P<host>[A-Za-z0-9_.\-]{1,253}(?:\s[A-Za-z0-9_.\-]{1,253}){1,3})\"\s(?P<port>\d{1,5}):"
    r"\s{0,3}(?=(?P<rest>[^\n]{0,100}))"
)


def _rsync_quoted(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("rest"))
    return replace(hit(m, seg, kind, port=m.group("port"), exact=True), printed=True) if kind else None


# --- host: "NAME has no SRV record" (NODATA, read as NXDOMAIN) unless the same run printed an answer for NAME -----

_HOST_NO_RECORD = rx(r"{NB}(?P<host>{H})\shas\sno\s(?:A|AAAA|SRV|MX|TXT|PTR|CNAME|NS|SOA|CAA)\srecord\b")
_ANSWERS = (" has address ", " has ipv6 address ", " is an alias for ", " mail is handled by ", " has srv record ")


def _host_no_record(m: re.Match[str], seg: Segment) -> Hit | None:
    name = m.group("host").rstrip(".").lower()
    low = seg.doc.lower
    return None if any(f"{name}{a}" in low or f"{name}.{a}" in low for a in _ANSWERS) else hit(m, seg, "nxdomain")


# --- "hostname 'NAME' cannot be resolved" (tcppinglib and others): a name, no reason -----------------------------

_CANNOT_BE_RESOLVED = rx(
    r"\bhost(?:\s?name)?\s{1,3}{Q}(?P<host>{H}){Q}\s{1,3}(?:cannot|could\snot|can'?t)\sbe\sresolved"
    r"(?=(?P<rest>[^\n]{0,100}))"
)

# --- Elasticsearch discovery: "failed to resolve host [NAME:9300]" (the UnknownHostException below says how),
#     "timed out after [5s] resolving host [NAME]" --------------------------------------------------------------

_ES_RESOLVE = rx(
    # (probes, round 10: the setting's name after the time, `([discovery.seed_resolver.timeout]=5s)`)
    r"(?P<timeout>timed\sout\safter\s\[\d{1,6}m?s\]\s(?:\(\[[\w.]{1,60}\]=\d{1,6}m?s\)\s)?)?"
    r"(?:failed\sto\sresolve|resolving)\shost\s"
    r"\[(?P<host>{H})(?::(?P<port>\d{1,5}))?\]"
)


def _es_resolve(m: re.Match[str], seg: Segment) -> Hit | None:
    if m.group("timeout"):
        return hit(m, seg, "timeout", port=m.group("port"), exact=True)
    if not m.group(0).lower().startswith("failed"):
        return None  # "resolving host [x]" alone is not a failure
    after = " ".join([seg.around(m.end())[0], *seg.lines_after(3)])
    kind = classify_resolution(after.split("UnknownHostException", 1)[-1]) if "UnknownHostException" in after else None
    kind = kind or ("nxdomain" if "UnknownHostException" in after else "other")
    return hit(m, seg, kind, port=m.group("port"), exact=True)


# --- AWS SDK for Java: "Unable to execute HTTP request: NAME: Name or service not known" --------------------------

# The message is the UnknownHostException's: the name alone (read like a bare UnknownHostException, NXDOMAIN), or
# "NAME: <glibc reason>". "Unable to execute HTTP request: Connect to ... failed: connect timed out" is not DNS.
_AWS_JAVA = rx(
    r"Unable\sto\sexecute\sHTTP\srequest:\s{0,3}(?P<host>{H})(?::\s{0,3}(?=(?P<rest>[^\n]{0,100}))|[ \t]{0,3}$)",
)


def _aws_java(m: re.Match[str], seg: Segment) -> Hit | None:
    if m.group("rest") is not None:
        kind = classify_resolution(m.group("rest"))
        return hit(m, seg, kind) if kind else None
    return hit(m, seg, "nxdomain") if "." in m.group("host").strip(".") else None


# --- Python "gaierror: [Errno -2] ...", urllib3's NewConnectionError
#     "Failed to establish a new connection: [Errno -3] ...": no name in the message; it is what was dialed nearby --

_GAIERROR = rx(
    r"(?:gaierror:?\s{0,3}\(?|Failed\sto\sestablish\sa\snew\sconnection:\s{0,3}|urlopen\serror\s)"
    r"\[Errno\s(?P<code>-?\d{1,5})\]\s"
    r"(?P<rest>[^\n]{0,100})"
)
_ERRNO_KINDS: dict[str, FailureKind] = {**GAI_CODES, **WINSOCK_CODES, "8": "nxdomain", "-4": "other"}
"""issue #17 (held-out X): Python's `[Errno -4]` is only ever socket.gaierror's EAI_FAIL (glibc's `Non-recoverable
failure in name resolution`, musl's `Non-recoverable error`): the resolver failed, saying no more (`other`)."""


def _near(kind_of: re.Match[str]) -> FailureKind | None:
    code = kind_of.groupdict().get("code")
    kind = classify_resolution(kind_of.group("rest"))
    by_code = _ERRNO_KINDS.get(code) if code else None
    # "[Errno 11001] getaddrinfo failed": the words say only "failed", the code says how
    return by_code if by_code and kind in (None, "other") else kind


def dialed_nearby(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = _near(m)
    near = nearby_host(seg, m.start()) if kind else None
    return hit(m, seg, kind, host=near[0], port=near[1]) if kind and near else None


# --- Package managers and build tools that name the URL: apk "ERROR: URL: DNS lookup error", dnf/yum "Curl error (6):
#     Couldn't resolve host name for URL [...]", Maven "Could not transfer artifact A from/to R (URL): NAME" (the
#     message of an UnknownHostException is the bare name) ---------------------------------------------------------

_URL_HOST = r"[a-z][a-z0-9+]{1,10}://(?:[^\s/@\"'<>]{1,256}@)?(?P<host>" + PLAIN_HOST + r")"
_APK = rx(_URL_HOST + r"[^\s:]{0,300}:\sDNS\slookup\serror")
# with a "[reason]" after the URL; without one, see more_formats' libcurl-host-name-url
_DNF = rx(r"Couldn't\sresolve\shost\sname\sfor\s" + _URL_HOST + r"(?=[^\s\[]{0,2048}\s{0,3}\[(?P<said>[^\]\n]{0,40}))")
_CURL_WORDS = "could not resolve host"
_CUT_HERE = re.compile(r"[ \t]*(?:\n|\r|$)")


def _dnf(m: re.Match[str], seg: Segment) -> Hit | None:
    """librepo's reason in brackets is curl's (`[Could not resolve host: h]`, the curl rule reads it and its kind);
    held-out LV-MC (spent): cut by the journal's pager (`[Could not res>`), the start of curl's words is curl's bare
    `Could not resolve host` (LABELS.md: `nxdomain`); any other bracket states no reason dnf's rule can read."""
    said = m.group("said").rstrip(">\u2026").lower()
    cut = len(said) >= 6 and _CUT_HERE.match(seg.text, m.end("said")) is not None
    # (review) or cut after them, inside the name (`[Could not resolve host: mirrors.fedo>`)
    curl_cut = cut and (said == _CURL_WORDS[: len(said)] or said.startswith(_CURL_WORDS))
    return hit(m, seg, "nxdomain" if curl_cut else "other")


_MAVEN = rx(
    r"Could\snot\stransfer\sartifact\s\S{1,300}\sfrom/to\s\S{1,100}\s\(" + _URL_HOST + r"[^)\s]{0,300}\):\s"
    # held-out JR-JY (off-frame, spent): Leiningen's Aether prints UnknownHostException's `h: unknown error` there
    r"(?P<named>" + PLAIN_HOST + r")(?P<unknown>:\sunknown\serror\b)?(?=\s|$)"
)


def _maven(m: re.Match[str], seg: Segment) -> Hit | None:
    same = m.group("named").rstrip(".").lower() == m.group("host").rstrip(".").lower()
    if not same:
        return None  # "...: Connect to host:443 failed": it resolved
    # the bare UnknownHostException's message: a `Caused by` below that states the resolver's reason wins (source-mined,
    # session 53: `Caused by: java.net.UnknownHostException: h: Temporary failure in name resolution`)
    if m.group("unknown"):
        return hit(m, seg, "other")  # LABELS.md: `UnknownHostException: h: unknown error` says no more
    return replace(hit(m, seg, "nxdomain"), assumed=True)


# --- "NAME: <glibc's reason>" as many tools print it (ping, telnet, git, Java's UnknownHostException, Maven...): the
#     reason is one of getaddrinfo's own texts, and the name is the word before it -----------------------------------

_GLIBC_REASON = rx(
    r":\s{1,3}(?P<rest>Name\sor\sservice\snot\sknown|Temporary\sfailure\sin\sname\sresolution"
    r"|(?:node|host)name\snor\sservname\sprovided,?\sor\snot\sknown|No\saddress\sassociated\swith\shostname"
    r"|Name\sdoes\snot\sresolve)"
)
# (held-out KH-KO, spent) musl's gai_strerror for EAI_AGAIN (Alpine's JVMs: `UnknownHostException: h: Try again`,
# the exception's class often left out of an application's log line): only as the line's last words, after a dotted
# name (`... failed: Try again later` and `server: Try again.` are prose)
_MUSL_TRY_AGAIN = rx(r":\s(?P<rest>Try\sagain)(?=[ \t]*(?:$|\n|[)\]\"'`]))")
_TOKEN_BEFORE = re.compile(r"[^\s\"'`(\[{<>,;=|*]{1,300}$")
_PORT_SUFFIX = re.compile(r":\d{1,5}$")
_SSH_SPACED_BEFORE = re.compile(r"\bssh:\sCould\snot\sresolve\shostname\s[\w.-]{1,63}(?:\s[^\s:]{1,63}){0,10}\s\Z")
_CANONICAL_NAME_FOR_BEFORE = re.compile(r"\bcould\snot\sresolve\scanonical\sname\s\S{1,253}\sfor\s\Z")
_APR_CODE = re.compile(r"E\d{6}|NU\d{4}")  # APR's (svn), NuGet's diagnostic codes (survey 7)
_NOT_NAMES = frozenset(
    {
        "by",
        "error",
        "err",
        "errno",
        "exception",
        "failed",
        "fatal",
        "warning",
        "info",
        "debug",
        "reason",
        "cause",
        "message",
        "msg",
        "detail",
        "details",
        "status",
        "result",
        "getaddrinfo",
        "gethostbyname",
        "initialize",  # held-out IT-JA (spent): Ruby's TCPSocket names its call (`(initialize: <gai_strerror>)`)
        # Kong's PostgreSQL connector: `failed to retrieve PostgreSQL server_version_num: <LuaSocket's text>`, the
        # query it was making (rules/survey3.py reads the host from KONG_PG_HOST)
        "server_version_num",
        # the other resolver functions (issue #17, held-out B round): "nc: getnameinfo: Temporary failure in name
        # resolution" is netcat's reverse lookup, not a name
        "getnameinfo",
        # probes, round 8: Sofia-SIP's `su_getaddrinfo(h, 5060) for udp: <reason>`, the transport it resolved for
        "udp",
        "tcp",
        "tls",
        "sctp",
        "gethostbyaddr",
        "gethostbyname2",
        "getaddrinfow",
        "res_query",
        "res_search",
        "resolve",
        "lookup",
        "information",
        "address",
        "addresses",
        "host",
        "hostname",
        "name",
        "resolution",
        "dns",
        "socket",
        "connect",
        "connection",
        "request",
        "the",
        "a",
        "to",
        "of",
        "for",
        "is",
        "was",
        "with",
        "and",
        "or",
        "not",
        "no",
        "found",  # issue #17 (held-out C): postfix's "host/service h/port not found: Name or service not known"
        # issue #17 (held-out AC): pronouns, Mesos's `the DNS service may not be able to resolve it: <gai_strerror>`
        # (the name is quoted earlier on the line: rules/cluster_daemons.py)
        "it",
        "them",
        "this",
        "that",
        # survey 11: the address family asked (Transmission's `Couldn't look up 'h:port' in IPv4: <reason>`)
        "ipv4",
        "ipv6",
    }
)


# .NET on Linux names the host after glibc's text, `(h:port)` (rules/languages.py' dotnet): the word before the
# colon is the program's (`Unable to connect to proxy: ...`, `... not known: Name or service not known (h:443)`)
_DOTNET_NAME_AFTER = re.compile(r"\.?[ \t]{0,3}\((?P<name>[A-Za-z0-9_.\-]{1,253}):\d{1,5}\)")


def _glibc_reason_unless_dotnet(m: re.Match[str], seg: Segment) -> Hit | None:
    after = _DOTNET_NAME_AFTER.match(seg.text, m.end())
    name = after.group("name").lower() if after else ""
    # (probes, round 14: Jackett's and Prowlarr's messages) not a logger's `(file.py:412)` or `(line:57)` (review)
    if after and name.rsplit(".", 1)[-1] not in FILE_SUFFIXES and name not in POSITION_WORDS:
        return None
    return _glibc_reason(m, seg)


# review: only after a look-up's call (`getaddrinfo lo::`); not a log level (`warn:: ...`), nor after an exception's
# name whose own rule reads the name (`UnknownHostException: h:: ...`)
_LOOKUP_CALL_BEFORE = re.compile(r"\b(?:getaddrinfo|gethostbyname2?|resolve|resolving|lookup)\s\Z", re.I)


def _glibc_reason(m: re.Match[str], seg: Segment) -> Hit | None:
    before = seg.text[max(0, m.start() - 300) : m.start()]
    token = _TOKEN_BEFORE.search(before)
    if token is None:
        return None
    raw = _PORT_SUFFIX.sub("", token.group(0)).rstrip(".")
    # held-out MD-MK (spent): `getaddrinfo lo:: Name or service not known`: the string looked up ended in a colon (the
    # format's `%s: ` after it), read as printed
    ipv6 = IPV6_PIECES.fullmatch(raw) is not None  # review: `getaddrinfo fd00:: ...`, an IPv6 address's pieces
    colon = (
        raw.endswith(":") and raw.count(":") == 1 and _LOOKUP_CALL_BEFORE.search(before, 0, token.start()) is not None
    )
    raw = raw[:-1] if colon else raw
    low = raw.lower()
    if (
        ipv6
        or low in _NOT_NAMES
        or low in PROSE_WORDS  # a program's prose before glibc's text (`failed to resolve endpoint: ...`)
        or not raw
        or not re.fullmatch(PLAIN_HOST, raw)
        # the last word of a name with spaces ssh printed (`hostname my laptop: ...`): rules/clients.py reads it whole
        or _SSH_SPACED_BEFORE.search(before, 0, token.start()) is not None
        # (probes, round 20) mosh's `could not resolve canonical name c for h: <reason>`: c failed (its rule), h is
        # the name the user typed
        or _CANONICAL_NAME_FOR_BEFORE.search(before, 0, token.start()) is not None
        or any(label.endswith(("error", "exception")) for label in low.split("."))  # `SocketAddressError.UnknownHost`
    ):
        return None
    if (
        _APR_CODE.fullmatch(raw)
        or role_word(before, token.start(), token.start() + len(raw))
        # `Unable to reach identity provider: Name or service not known`: the program's words (found by probing)
        or (raw.isalpha() and ends_prose_phrase(before, token.start()))
    ):
        # Subversion's `svn: E670002: Name or service not known`: APR's error code, not a name; survey 7: the Redis
        # replica's `Unable to connect to MASTER: <reason>` (rules/broker_clients.py reads the master's line above)
        return None
    # Postfix's `hostname h does not resolve to address A: <reason>`: h failed, not the address; (review, session 58)
    # `... for tenant t in region eu-west-1: <reason>`: a cloud region's code, not the name
    # "maven: Temporary failure...", "sendmail: Name or service not known": the program, not a name
    if (
        before[: token.start()].endswith("resolve to address ")
        or region_before(before, token.start())
        or ("." not in raw and not before[: token.start()].strip(" \t>*`#$"))
    ):
        return None
    kind = classify_resolution(m.group("rest"))
    start = seg.start + token.start()
    if kind and colon:
        return Hit(raw + ":", kind, start, start + len(raw) + 1, exact=True, printed=True)
    return Hit(raw, kind, start, start + len(raw)) if kind else None


def _musl_try_again(m: re.Match[str], seg: Segment) -> Hit | None:
    """Only after a name under a top-level label names end in (review: not `settings.json`, `john.doe`, `v1.2.3`)."""
    found = _glibc_reason(m, seg)
    if found is None or "." not in found.host.strip("."):
        return None
    last = found.host.strip(".").rsplit(".", 1)[-1].lower()
    return found if last in TLDS or (len(last) == 2 and last.isalpha() and last not in FILE_SUFFIXES) else None


# --- Apple's URL loading system: NSURLErrorCannotFindHost (-1003), "A server with the specified hostname could not be
#     found." with the URL in NSErrorFailingURLStringKey (or dialed nearby); no reason given: read like curl's,
#     NXDOMAIN, assumed

_APPLE_CANNOT_FIND_HOST = rx(
    r"A\sserver\swith\sthe\sspecified\shostname\scould\snot\sbe\sfound|未能找到使用指定主机名的服务器"
)


def _apple(m: re.Match[str], seg: Segment) -> Hit | None:
    near = nearby_host(seg, m.start())
    return replace(hit(m, seg, "nxdomain", host=near[0], port=near[1]), assumed=True) if near else None


RULES: tuple[Rule, ...] = (
    Rule("librdkafka", ("failed to resolve",), _RDKAFKA, by_rest("other", resolution_only=True, exact=True)),
    Rule("erlang-to-address", ("to_address",), _ERL_TO_ADDRESS, _erl_to_address),
    Rule("erlang-nxdomain", ("nxdomain",), _ERL_NXDOMAIN, _erl_nxdomain),
    Rule("node-dns-query", _NODE_QUERY_CODE, _NODE_DNS, _node_dns),
    Rule("netty-question", ("defaultdnsquestion(",), _NETTY_QUESTION, _netty_question),
    Rule("git-look-up", ("unable to",), _GIT_LOOK_UP, by_rest("other", resolution_only=True)),
    Rule("git-look-up-path", ("unable to look up",), _GIT_LOOK_UP_PATH, _git_look_up_path),
    Rule("git-connect", ("unable to",), _GIT_CONNECT, _git_connect),
    Rule("rsync-getaddrinfo", ("rsync: getaddrinfo",), _RSYNC, by_rest("other", resolution_only=True)),
    Rule("rsync-getaddrinfo-quoted", ('rsync: getaddrinfo: "',), _RSYNC_QUOTED, _rsync_quoted),
    Rule("host-no-record", (" record",), _HOST_NO_RECORD, _host_no_record),
    Rule(
        "name-cannot-be-resolved",
        ("be resolved",),
        _CANNOT_BE_RESOLVED,
        by_rest("other", resolution_only=True, exact=True),
    ),
    Rule("elasticsearch-resolve-host", ("host [",), _ES_RESOLVE, _es_resolve),
    Rule("aws-sdk-java", ("unable to",), _AWS_JAVA, _aws_java),
    Rule("apk-dns-lookup-error", ("dns lookup error",), _APK, fixed("other")),
    Rule("dnf-couldnt-resolve-host-name", ("couldn't resolve host name",), _DNF, _dnf),
    Rule("maven-transfer-unknown-host", ("could not transfer artifact",), _MAVEN, _maven),
    Rule(
        "host-colon-glibc-reason",
        ("not known", "name resolution", "does not resolve", "no address associated"),
        _GLIBC_REASON,
        unless_participle(_glibc_reason_unless_dotnet),  # issue #17 (lookalikes)
    ),
    Rule("host-colon-musl-try-again", (": try again",), _MUSL_TRY_AGAIN, unless_participle(_musl_try_again)),
    Rule(
        "apple-cannot-find-host",
        ("specified hostname could not be found", "未能找到使用指定主机名的服务器"),
        _APPLE_CANNOT_FIND_HOST,
        _apple,
    ),
    Rule(
        "python-gaierror",
        ("gaierror", "failed to establish a new connection", "urlopen error"),
        _GAIERROR,
        dialed_nearby,
    ),
)
