"""Language runtimes and HTTP clients: Java, Node, Python, Ruby, PHP, .NET, Rust, Dart/Flutter, Haskell,
libwebsockets and Erlang/Elixir."""

from __future__ import annotations

import re
from dataclasses import replace
from urllib.parse import urlsplit

from checks.parsing.document import Segment
from checks.parsing.generic_guards import object_not_a_host
from checks.parsing.generic_lookalikes import unless_lookalike  # issue #17 (lookalikes)
from checks.parsing.generic_named import logger_own_host
from checks.parsing.generic_phrases import phrase_word
from checks.parsing.generic_words import WORDS
from checks.parsing.hosts import describes_a_name, is_ip, is_placeholder
from checks.parsing.kinds import GAI_CODES, classify, classify_resolution, connect_only
from checks.parsing.localized_words import LOCALIZED_RESOLUTION_WORDS
from checks.parsing.model import FailureKind
from checks.parsing.netty_cause import netty_cause_below, netty_search_expansion
from checks.parsing.no_reason import unstated
from checks.parsing.places_not_names import POSITION_WORDS
from checks.parsing.rules.base import (
    NESTED_LOOKUP,
    Build,
    Hit,
    Rule,
    by_rest,
    fixed,
    hit,
    names_a_source_file,
    nearby_host,
    rx,
)

# --- Java: "java.net.UnknownHostException: NAME[: reason]" -------------------------------------------

# Not a class name after it (`UnknownHostException java.net.UnknownHostException: NAME`: the name follows the second).
_JAVA = rx(
    # (held-out CN, spent: `.slack.com`, an empty first label where a template's workspace was unset: as printed)
    # (found by probing) without its colon, not a `catch` clause's variable (`catch (UnknownHostException e)`)
    # held-out FK (spent): a reporter's spaced colon (`UnknownHostException : h`), FusionAuth's `: Message: h`;
    # Elasticsearch's nested causes print the message in brackets (`nested: UnknownHostException[h]; `)
    r"UnknownHostException(?:\s{0,2}:\s{1,3}(?:Message:\s{1,3})?|\[(?=[^\]\s]{1,253}\])|\s{1,3}(?![A-Za-z_$][\w$]{0,30}\s{0,2}[)|]))"
    # (source-mined, session 53) not the JDK's `getByAddress` error (`UnknownHostException: addr is of illegal length`)
    r"(?![\w.$]{0,200}(?:Exception|Error)\b)(?!Search\sdomain\squery)(?!addr\sis\sof\sillegal\slength)(?P<host>\.?{H})"
    r"(?::\s{0,3}(?=(?P<rest>[^\n;]{0,100})))?"
)
# the exception's name in a sentence: a verb's `-ing` form after it, no colon, and a sentence's small word after that
# (`UnknownHostException pointing to internal DNS`; not `UnknownHostException metadata  java.net...`)
# (review: `UnknownHostException mysql when the app starts` names `mysql`: only a verb's `-ing` form is prose)
_PROSE_AFTER_BARE = re.compile(
    r"[a-z]{2,20}ing (?:to|for|when|while|because|on|in|at|with|from|is|was|and|or|that|which|if|the|an?|by|of)\b"
)
# `UnknownHostException: http://keycloak:8080`, `... jdbc:postgresql://pg:5432/app`: a URL given where a host goes
_URL_AS_NAME = rx(
    r"(?:jdbc:)?[A-Za-z][\w+.-]{0,20}://(?:[^\s/@]{1,100}@)?(?P<host>{H})(?::\d{1,5})?(?:/[^\s:]{0,200})?"
    r"(?::\s{0,3}(?=(?P<rest>[^\n;]{0,100})))?"
)
# held-out CM (spent): a line ending in the name, then the exception's class alone after it (`h UnknownHostException`:
# the reporter's shorthand of Java's `UnknownHostException: h`), a log collector's prefix before it or not
_NAME_BEFORE_CLASS = rx(r"(?:^|(?<=\s))(?P<host>{H})\s(?:java\.net\.)?UnknownHostException\s*$")


def _name_before_class(m: re.Match[str], seg: Segment) -> Hit | None:
    # a dotted name only: a word there is a sentence's (`Getting UnknownHostException`, `Caused by ...`)
    return hit(m, seg, "nxdomain") if "." in m.group("host").strip(".") else None


_UNABLE_TO_RESOLVE = rx(r"Unable\sto\sresolve\shost\s{1,3}{Q}(?P<host>{H}){Q}(?=(?P<rest>[^\n]{0,100}))")


# issue #17 (held-out B): InetAddress.getLocalHost's "UnknownHostException: NAME: NAME: unknown error" (the
# machine's own name, then the lookup's exception repeating it): a reason is given and it does not say "no such name"
# (HELDOUT-b.md labels it `other`).
# issue #17 (held-out C and E): the one-name form "UnknownHostException: NAME: unknown error" gives a reason that is
# not "no such name" either: `other`, as both held-out sets label it. corpus.jsonl's gofabric8-100 labels it
# nxdomain: a known disagreement, recorded in tests/unit/parsing/test_corpus_and_speed.py.
# survey 7: `h: System error` (EAI_SYSTEM, the JDK's text for it) is no "no such name" either (ping's, libpq's `System
# error` rows are labelled `other`)
_UNKNOWN_ERROR = re.compile(r"\s{0,3}(?:unknown|system)\serror\b", re.I)
_UNKNOWN_REASON = re.compile(r"(?P<again>[^\s:]{1,253}):\s{0,3}(?:unknown|system)\serror\b", re.I)


# issue #17 (held-out O): `UnknownHostException: **{hostname}** : unknown error`, a space before the colon
_SPACED_UNKNOWN_ERROR = re.compile(r"\s{1,3}:\s{0,3}unknown\serror\b", re.I)


def _unable_to_resolve_host(m: re.Match[str], seg: Segment) -> Hit | None:
    """gRPC-java's and Android's `Unable to resolve host h`; sudo's own message is read by rules/clients.py."""
    if seg.text[max(0, m.start() - 8) : m.start()].rstrip().lower().endswith("sudo:"):
        return None
    return _unknown_host(m, seg)


_LOCALIZED_PHRASES = tuple(phrase for phrase, _ in LOCALIZED_RESOLUTION_WORDS)


# survey 7 (OkHttp's own UnknownHostException messages): `<Dns object> returned no addresses for h` (RouteSelector),
# `Broken system behaviour for dns lookup of h` (Dns.SYSTEM), `BootstrapDns called for h instead of <DoH server>`;
# DnsOverHttps' `private hosts not resolved` / `public hosts not resolved` name no host at all
_OKHTTP_SENTENCE = rx(
    r"(?:[^\s]{1,200}\sreturned\sno\saddresses\sfor|Broken\ssystem\sbehaviou?r\sfor\sdns\slookup\sof"
    r"|BootstrapDns\scalled\sfor)\s(?P<host>{H})|(?:private|public)\shosts\snot\sresolved\b"
)


# held-out IT-JA (spent): a reporter quoting the exception's message after a verb of saying (`an UnknownHostException
# saying 'Unknown host opencast'`): the name is in the quote, the verb is none
_SAYING = rx(
    r"(?:saying|stating|says|states|with\s(?:the\s)?message)\b"
    r"(?:\s{1,3}{Q}(?:Unknown\shost\s{1,3})?(?P<host>{H}){Q})?"
)


# survey 8: Hadoop's NetUtils `UnknownHostException: Invalid host name: local host is: ...; destination host is: "h"`
# (rules/driver_and_tool_texts.py reads the destination)
# survey 11: Finagle's `Caught UnknownHostException resolving host 'h'` (rules/application_texts.py)
_HAZELCAST_CAUSE = re.compile(r"Cause\s=>\s(?:java\.net\.)?\Z")
_SENTENCE = ("can not resolve ", "cannot resolve ", "invalid host name: ", "resolving host ")
# held-out DR (spent): the JDK on Windows puts the OS's message first and the name in brackets after it
# (`UnknownHostException: This is usually a temporary error during hostname resolution ... (h)`, WinSock's
# WSATRY_AGAIN; `No such host is known (h)` is localized.py's): a sentence in the name's place, the name after it
_OS_MESSAGE_THEN_NAME = rx(
    r"(?P<rest>[A-Z][a-z]{0,20}\s[a-z][^()\n]{1,240}?)\s\((?P<host>{H})(?:/<unresolved>)?\)[ \t.]*(?:\n|$)"
)


_CLASS_TAIL = re.compile(r"\.[A-Z][a-z0-9]{1,30}[A-Z][A-Za-z0-9]{0,60}\Z")  # a class's name: no top-level label


def _os_message_then_name(m: re.Match[str], seg: Segment) -> Hit | None:
    # corpus set R: a logger's class in parentheses ending the line (Armeria's `... (com.linecorp.armeria.client.
    # logging.LoggingClient)`) is no name
    host = m.group("host")
    if _CLASS_TAIL.search(host):
        return None
    # WSANO_RECOVERY (11003) says the look-up failed, no more: `other` (found by probing)
    kind = classify_resolution(m.group("rest")) or ("other" if "non-recoverable" in m.group("rest").lower() else None)
    return hit(m, seg, kind, exact=True) if kind else None


_CAPITALISED_SENTENCE = re.compile(r"[A-Z][a-z]{0,20}\s[a-z][a-z-]{1,20}\s[a-z]")
# held-out DS (spent): the reporter's words in braces typed over the name (`UnknownHostException: {Docker Host
# Hostname}: No address associated with hostname`): a stand-in (LABELS.md clause 1), read as printed
_BRACED_WORDS = rx(
    r"UnknownHostException:\s{1,3}"
    r"(?P<host>\{[A-Za-z][\w.\- ]{0,60}\s[\w.\- ]{0,60}\}|<[A-Za-z][\w.\- ]{0,60}\s[\w.\- ]{0,60}>)"
    r"(?::\s{0,3}(?=(?P<rest>[^\n]{0,100})))?"
)


def _braced_words(m: re.Match[str], seg: Segment) -> Hit:
    return replace(hit(m, seg, classify(m.group("rest") or "") or "nxdomain", exact=True), printed=True)


_OS_MESSAGE_AFTER_CLASS = rx(r"UnknownHostException:\s{1,3}(?=[A-Z][a-z]{0,20}\s[a-z])")


def _os_message_after_class(m: re.Match[str], seg: Segment) -> Hit | None:
    said = _OS_MESSAGE_THEN_NAME.match(seg.text, m.end())
    return _os_message_then_name(said, seg) if said else None


_NON_SOCKET_INFO = rx(
    # held-out GI (spent): a JDK's `getLocalHost` message with its redaction object's default `toString` glued before
    # the host (`jdk.internal.util.Exceptions$NonSocketInfo@17af6f3dpod-name: Temporary failure ...`); the hash is
    # Integer.toHexString's, up to eight digits
    r"jdk\.internal\.util\.Exceptions\$NonSocketInfo@[0-9a-f]{1,8}(?P<host>{H}):\s{0,3}(?=(?P<rest>[^\n;]{0,100}))"
)


def _in_a_sentence(m: re.Match[str], seg: Segment) -> bool:
    """held-out HN-HU (spent): the exception's name in a sentence, no colon after it, a word and a sentence's small word
    after that (`exposed as a UnknownHostException pointing to internal DNS`)."""
    between = seg.text[m.start() : m.start("host")]
    return ":" not in between and "[" not in between and _PROSE_AFTER_BARE.match(seg.text, m.start("host")) is not None


def _unknown_host(m: re.Match[str], seg: Segment) -> Hit | None:
    # held-out AX: a localized OS message in the name's place (`UnknownHostException: Der angegebene Host ist unbekannt
    # (h)`): its first word is no name (rules/localized.py reads the name after it)
    if (
        seg.lower.startswith(_LOCALIZED_PHRASES, m.start("host"))
        or seg.lower.startswith(_SENTENCE, m.start("host"))
        # held-out DR (spent): a sentence in the name's place (the JDK on Windows' OS message, the name in brackets
        # after it, `java-os-message-then-name` reads it)
        or _CAPITALISED_SENTENCE.match(seg.text, m.start("host"))
        or _in_a_sentence(m, seg)
    ):
        return None  # held-out BF: HBase's `UnknownHostException: can not resolve h,port,code` (broker_clients.py)
    sentence = _OKHTTP_SENTENCE.match(seg.text, m.start("host")) or _SAYING.match(seg.text, m.start("host"))
    if sentence is not None:
        return hit(sentence, seg, "nxdomain", exact=True) if sentence.group("host") else None
    # LABELS.md: a URL handed to the resolver is labelled by its host (found by probing); a JDK's redaction object
    # glued before the host is no part of it
    shaped = _URL_AS_NAME.match(seg.text, m.start("host")) or _NON_SOCKET_INFO.match(seg.text, m.start("host"))
    if shaped is not None:
        return hit(shaped, seg, classify(shaped.group("rest") or "") or "nxdomain", ip_ok=True)
    host = m.group("host")
    if (
        host.startswith("{")
        and host.endswith("}")
        and _HAZELCAST_CAUSE.search(m.string, max(0, m.start() - 40), m.start())
    ):
        return hit(m, seg, "nxdomain", host=host[1:-1], exact=True)  # held-out CD: Hazelcast's `Cause => X {message}`
    rest = m.group("rest") or ""
    if m.group("rest") is None and _SPACED_UNKNOWN_ERROR.match(m.string, m.end("host")):
        return hit(m, seg, "other")
    kind = classify(rest)
    bare = False
    if kind in (None, "other"):
        again = _UNKNOWN_REASON.match(rest)
        unknown = _UNKNOWN_ERROR.match(rest) is not None
        kind = "other" if unknown or (again and again.group("again").lower() == m.group("host").lower()) else "nxdomain"
        bare = kind == "nxdomain" and m.group("rest") is None
    # held-out DE (spent): `UnknownHostException:  10.201.13.54: Name or service not known`: Java parses an address
    # without looking it up, so an address here was handed over mangled (a space before it, a port, a fourth dot)
    # held-out DG (spent): `UnknownHostException: a: <the resolver's words>`: with the resolver's reason after its
    # colon, the slot holds the name looked up, even a one-letter one
    named = m.group("rest") is not None and len(host) == 1 and host.isalnum()
    # (an address only with a resolver's words after it: the JDK's own `10.0.0.5: invalid IPv6 address literal` parsed
    # it and looked nothing up; review)
    resolved = m.group("rest") is not None and classify_resolution(m.group("rest")) is not None
    found = hit(m, seg, kind, exact=m.group("host").startswith(".") or named, ip_ok=resolved)
    # held-out GI (spent): the JDK caches a failed look-up and throws a bare `UnknownHostException: h` for it after
    # the first, whose message states the resolver's reason: the bare one's `nxdomain` is only assumed
    return replace(found, assumed=True) if bare else found


# --- Node: "getaddrinfo ENOTFOUND NAME", or an error object with code and hostname fields ---------------

_NODE = rx(
    r"getaddrinfo\s{1,3}(?P<code>ENOTFOUND|EAI_AGAIN|EAI_FAIL|EAI_NODATA|EAI_NONAME)\b"
    r"(?:[ \t]{1,3}(?P<host>{H})(?::(?P<port>\d{1,5}))?)?"
)
_NODE_CODE = rx(r"""\bcode["']?\s{0,3}:\s{0,3}["'](?P<code>ENOTFOUND|EAI_AGAIN)["']""")
# (source-mined, session 53) node-redis hands getaddrinfo `h:port` whole: its `hostname` field says so (`"redis:6379"`)
_HOSTNAME_FIELD = rx(r"""\bhostname["']?\s{0,3}[:=]\s{0,3}["'](?P<host>{H})(?::\d{1,5})?["']""")
_HTTP_CALL_NEXT = re.compile(r":\s(?:Head|Get|Post|Put)\s\\?\"[a-z][a-z0-9+.-]{1,15}://")
_URL_FIELD = rx(r"""["']url["']\s{0,3}:\s{0,3}["'][a-z][a-z0-9+.-]{1,15}://(?:[^\s/@"']{1,256}@)?(?P<host>{H})""")
_HOSTNAME_DESCRIBED = rx(
    r"""\bhostname["']?\s{0,3}[:=]\s{0,3}["'](?P<host>[a-z][a-z_-]{0,30}(?:\s[a-z_-]{1,30}){1,6})["']"""
)
# Node's getaddrinfo codes (upper case, as printed) and their kinds
NODE_KINDS: dict[str, FailureKind] = {
    "ENOTFOUND": "nxdomain",
    "EAI_NONAME": "nxdomain",
    "EAI_NODATA": "nxdomain",
    "EAI_AGAIN": "temporary",
}


def _hostname_field(seg: Segment, after: int) -> str | None:
    """Node prints the name as the error object's `hostname: 'x'` field, a few lines away: the one after the code
    first (held-out AY: a bunyan JSON line's own `"hostname"`, the pod's, comes before its error object's)."""
    text, lo = seg.around(after)
    # held-out KP-KW (spent): nor the next bunyan line's own (`..."code":"EAI_AGAIN"}}` then
    # `{"name":"UNMS","hostname":"0308462e8ecd","pid":4578,...`), the machine that logged it
    ahead = _HOSTNAME_FIELD.search(text, after - lo)
    if ahead and not logger_own_host(text, ahead.start("host")):
        return ahead.group("host")
    below = seg.first_below(_HOSTNAME_FIELD, 8)
    if below and not logger_own_host(below.string, below.start("host")):
        return below.group("host")
    start = max(0, after - lo - 600)
    # (source-mined, session 53) not a JSON logger's own `hostname` (pnpm's pino-style `"hostname":"runner-7f9c2",
    # "pid":4211`), the machine that logged it
    behind = [
        f
        for f in _HOSTNAME_FIELD.finditer(text[start : after - lo])
        if not logger_own_host(text, start + f.start("host"))
    ]
    if behind:
        return behind[-1].group("host")
    above = seg.first_above(_HOSTNAME_FIELD, 4)
    # probes, round 10: nor the logger's own on the line above, where the JSON's escaped line breaks were undone
    # (pino's `{"level":50,...,"pid":31,"hostname":"pod-x","err":{..."stack":"FetchError: ...\n    at ...` above
    # `"code":"ENOTFOUND"}`)
    if above is None or logger_own_host(above.string, above.start("host")):
        return None
    return above.group("host")


_BROKEN_BY_SPACES = re.compile(r"\.\s{1,2}[A-Za-z]")


def _whole_elsewhere(text: str, m: re.Match[str]) -> str | None:
    """The name after the code broken by spaces (`mongodb1. corp. com`), printed whole elsewhere on its line (the
    driver's own `[mongodb1.corp.com:27017]`): that one."""
    head = m.group("host").rstrip(".")
    if not _BROKEN_BY_SPACES.match(text, m.start("host") + len(head)):
        return None
    whole = re.search(r"(?<![\w.\-])" + re.escape(head) + r"\.[A-Za-z0-9][A-Za-z0-9.\-]{0,252}", text)
    return whole.group(0).rstrip(".") if whole else None


# held-out CO (spent): a URL's scheme handed to getaddrinfo as the name (`getaddrinfo EAI_AGAIN https`, a host option
# given `https://...` and cut at its colon) is what was looked up, even before someone's prose
_NODE_SLOT_WORDS = WORDS - frozenset({"http", "https"})


def _node(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = NODE_KINDS.get(m.group("code").upper(), "other")
    if m.group("host"):
        # `getaddrinfo ENOTFOUND until restart` in someone's sentence: the sentence's word, not a name
        if m.group("host").lower() in _NODE_SLOT_WORDS:
            return None
        if seg.text.startswith("://", m.end("host")):
            return None  # issue #17 (held-out R): `getaddrinfo ENOTFOUND redis://redis:6379`, read as printed
        # `getaddrinfo ENOTFOUND 127.0.0.1:6379`: an `ip:port` string handed to the resolver as a name (HELDOUT-n.md)
        as_printed = m.group("port") is not None and is_ip(m.group("host"))
        whole = _whole_elsewhere(seg.text, m)
        if whole is not None:  # held-out BQ (spent): `ENOTFOUND mongodb1. corp. com`, the name broken by spaces
            return hit(m, seg, kind, host=whole)
        return hit(m, seg, kind, port=m.group("port"), exact=as_printed, ip_ok=as_printed)
    host = _hostname_field(seg, m.end())
    return hit(m, seg, kind, host=host) if host else None


# issue #17 (held-out G): a structured log whose error message names the host itself (pino's `"message":"getaddrinfo
# EAI_AGAIN db"`): its `"hostname"` field is the logging process's own (a container id), not the name looked up.
_MESSAGE_NAMES_HOST = rx(r"getaddrinfo\s(?:ENOTFOUND|EAI_AGAIN)\s{1,3}{H}")


def _node_code(m: re.Match[str], seg: Segment) -> Hit | None:
    text, lo = seg.around(m.start())
    # held-out BW: bunyan's flattened `err` object puts the message before its `code` (`"err":{"message":"getaddrinfo
    # ENOTFOUND h ...",...,"code":"ENOTFOUND"}`, its `stack`'s line breaks undone), pino's after it
    if _MESSAGE_NAMES_HOST.search(text, max(0, m.start() - lo - 600), m.start() - lo + 300) or (
        seg.text.startswith('"') and seg.first_above(_MESSAGE_NAMES_HOST, 3)
    ):
        return None  # the `node` rule reads the name from the message
    kind = NODE_KINDS[m.group("code").upper()]
    host = _hostname_field(seg, m.end())
    if host:
        return hit(m, seg, kind, host=host)
    # (source-mined, session 53) undici's `fetch failed` whose cause holds the code alone: the request's `"url"` field
    # on the same JSON line (pnpm's request-retry log)
    url = _URL_FIELD.search(text, max(0, m.start() - lo - 600), m.end() - lo + 600)
    if url is not None:
        return hit(m, seg, kind, host=url.group("host"))
    # held-out DO (spent): the reporter's words typed over the field's value (`"hostname":"hostname of the
    # database"`), read as printed: `parser` flags a printed name that describes one a stand-in
    described = _HOSTNAME_DESCRIBED.search(text, max(0, m.start() - lo - 300), m.end() - lo + 300)
    if described is None or not describes_a_name(described.group("host")):
        return None
    return replace(hit(m, seg, kind, host=described.group("host")), printed=True)


# --- Python: urllib3/requests, redis-py, aiohttp -------------------------------------------------------

_EXCEPTION_NAMES = rx(r"{Q}?:\s{1,3}(?:java\.net\.)?UnknownHostException:\s{1,3}(?P<host>{H})")
_FAILED_TO_RESOLVE = rx(
    # issue #17 (survey after held-out AZ-BC): SSSD's fail-over `Failed to resolve server 'h': <c-ares text>`, a noun
    # before the quoted name
    # (source-mined: JGroups' DNS_PING `failed to resolve query h, ex: ...`: the query's name after its noun)
    r"Failed\sto\sresolve\s{1,3}(?:(?:server|host(?:name)?|address|domain)\s(?={Q})|query\s(?=[A-Za-z0-9]))?"
    # survey 8: a URL given for the name (ory's `failed to resolve https://h/path: lookup h: ...`), Python's bytes
    # repr of it (Synapse's `Failed to resolve b'_matrix-fed._tcp.h'`)
    r"(?:[a-z][a-z0-9+]{1,10}://(?=[A-Za-z0-9]))?(?:b(?={Q}))?"
    # held-out CD: librdkafka's `'h:port'`, the port inside the quotes
    # held-out DR (spent): a JDBC URL's options after the port, inside the quotes (`'localhost:22467;encrypt=false'`)
    r"(?P<q>{Q})?(?P<host>{H})(?(q)(?::(?P<port>\d{1,5})(?:;[^'\"\s]{1,200})?)?{Q})(?=(?P<rest>[^\n]{0,160}))"
)
_HTTP_POOL = rx(
    r"""ConnectionPool\(host=['"](?P<host>{H})['"],\s{0,3}port=(?P<port>\d{1,5})\)(?=(?P<rest>[^\n]{0,600}))"""
)
# source-mined (urllib3 under requests): `HTTPSConnectionPool(host='pypi.org', ...) (Caused by ProxyError('Unable to
# connect to proxy', NameResolutionError(... Failed to resolve 'proxy' ...)))`: the proxy's name failed, not the pool's
_VIA_PROXY = re.compile(r"ProxyError\(|to\sproxy\b", re.I)
_POOL_REASON = by_rest(None, resolution_only=True)


# held-out EE (spent): the pool's line wrapped after `port=443):` (certbot's log quoted in a PR, indented), its
# `Max retries exceeded ...` and the reason on the next lines
_POOL_GOES_ON = re.compile(r"\s{0,8}(?:Max\sretries\sexceeded|\(Caused\sby)", re.I)
POOL_LINES = 2


def _http_pool(m: re.Match[str], seg: Segment) -> Hit | None:
    if not m.group("rest").strip(" \t:"):
        below = seg.lines_after(POOL_LINES)
        if not below or _POOL_GOES_ON.match(below[0]) is None:
            return None
        rest = " ".join(below)
        kind = None if _VIA_PROXY.search(rest) else classify_resolution(rest)
        return hit(m, seg, kind, port=m.group("port")) if kind else None
    if _VIA_PROXY.search(m.group("rest")):
        return None
    if _EMPTY_LIST in m.group("rest"):
        # source-mined: Patroni's own `getaddrinfo returns an empty list` inside urllib3's NewConnectionError
        return hit(m, seg, "other", port=m.group("port"))
    return _POOL_REASON(m, seg)


_EMPTY_LIST = "getaddrinfo returns an empty list"


_REDIS_PY = rx(r"Error\s-?\d{1,5}\sconnecting\sto\s(?P<host>{H}):(?P<port>\d{1,5})\.\s{0,3}(?=(?P<rest>[^\n]{0,100}))")
# survey 7: tornado's CaresResolver (`C-Ares returned error %s: %s while resolving %s`)
_TORNADO_CARES = rx(r"\bC-Ares\sreturned\serror\s\d{1,3}:\s(?P<rest>[^\n]{1,120}?)\swhile\sresolving\s(?P<host>{H})")
_AIOHTTP = rx(
    r"Cannot\sconnect\sto\shost\s(?P<host>{H}):(?P<port>\d{1,5})\sssl:[^\s\]]{1,40}\s\[(?P<rest>[^\]\n]{1,100})"
    r"(?P<closed>\])?"
)
_CLOSES_BRACKET = re.compile(r"\s{0,4}([^\]\[]{1,100})\]")


def _aiohttp(m: re.Match[str], seg: Segment) -> Hit | None:
    """The reason in brackets; held-out GT (spent): wrapped inside them by the paste (`[Timeout` / `while contacting DNS
    servers]`), the line below closes it."""
    rest = m.group("rest")
    if not m.group("closed"):
        below = seg.lines_after(1)
        closing = _CLOSES_BRACKET.match(below[0]) if below and m.end() == len(seg.text.rstrip()) else None
        if closing is None:
            return None
        rest = f"{rest} {closing.group(1)}"
    kind = classify_resolution(rest)
    return hit(m, seg, kind, port=m.group("port")) if kind else None


# Netty's DnsResolveContext: `Failed to resolve 'h' [A(1)] after 2 queries` (the record types since 4.1.9x)
_AFTER_QUERIES = re.compile(r"['\"]?\s{0,3}(?:\[[A-Za-z0-9(), ]{1,60}\]\s{0,3})?after\s\d{1,4}\squeries\b", re.I)
_QUOTED_NEXT = rx(r"\s{1,3}{Q}")
_TO_SOMETHING = rx(r"\s{1,3}to\s{1,3}[a-z]")
# "failed to resolve control-plane component", "failed to resolve SRV record": the word says what kind of thing (or
# which record type) failed, not which name (Linkerd's control-plane client)
# (held-out DV, spent: libp2p's `Failed to resolve addr /dnsaddr/h: lookup ...`, a multiaddr after the noun)
_NOUN_NEXT = rx(
    # (source-mined, session 52: Jaeger's `failed to resolve backend version: ...`)
    r"\s{1,3}(?:component|record|records|entry|entries|lookups?|refs?|versions?|paths?|revision|digest|dependency"
    r"|dependencies)\b|\s{1,3}/[a-z0-9]{2,10}/"
)
_WORD_NEXT = re.compile(r"\s{1,3}[A-Za-z][a-zA-Z]{1,30}\b(?![.\-][A-Za-z0-9])")
_RECORDS_NEXT = re.compile(r"\\?['\"]?\s{1,3}records?\b", re.I)
_REF_FIELD = re.compile(r"[a-z]{2,20}Refs?")
_RECORD_TYPES = frozenset({"a", "aaaa", "srv", "txt", "mx", "cname", "ptr", "ns", "soa", "caa", "ipv4", "ipv6", "ip"})


def _noun_phrase(host: str, rest: str) -> bool:
    """`failed to resolve UDP address: lookup h: ...`: a dotless word, another word, and no reason of its own right
    after them (`Failed to resolve kafka-0 address: no such host` names kafka-0, held-out J)."""
    if "." in host:
        return False
    word = _WORD_NEXT.match(rest)
    if word is None:
        return False
    tail = rest[word.end() :]
    own = tail.startswith(":") and not tail[1:].lstrip().lower().startswith("lookup ")
    return not (own and classify_resolution(tail[:80]) is not None)


_POSSESSIVE = ("'s ", "\u2019s ")
"""survey 8: Kuma's `failed to resolve dataplane's domain name`: a thing's name, the name in the error after it."""


def _failed_to_resolve(m: re.Match[str], seg: Segment) -> Hit | None:
    # issue #17 (held-out AH): Netty's search-path expansion of an original name (`service_messages` reads that one)
    if (
        netty_search_expansion(m.string, m.start())
        or m.group("rest").startswith(_POSSESSIVE)
        # source-mined (Grafana Alloy's `failed to resolve \"AAAA\" records: lookup h ...`): a quoted record type
        or (m.group("host").lower() in _RECORD_TYPES and _RECORDS_NEXT.match(m.group("rest")) is not None)
        or (
            not m.group("q")
            and (
                _QUOTED_NEXT.match(m.group("rest"))
                or (
                    "." not in m.group("host")
                    and (
                        _TO_SOMETHING.match(m.group("rest"))
                        or _NOUN_NEXT.match(m.group("rest"))
                        or m.group("host").lower() in _RECORD_TYPES
                        # issue #17 (held-out AR): etcd's `failed to resolve URL Host` (rules/more_clients.py reads it)
                        or (m.group("host").lower() == "url" and m.group("rest").lower().startswith(" host"))
                        # issue #17 (held-out AQ): a camelCase reference field (Tekton's `taskRef`, Flux's `sourceRef`)
                        or _REF_FIELD.fullmatch(m.group("host")) is not None
                        or phrase_word(m.string, m.start("host"), m.end("host"))
                        # held-out FG (spent): smokeping_prober's `failed to resolve pinger: lookup true on S:53: no
                        # such host`: a bare word before Go's own `lookup h` is the wrapper's noun, h the name
                        or (m.group("rest").startswith(":") and NESTED_LOOKUP.match(m.group("rest"), 1) is not None)
                        # (source-mined, session 53) oras' `failed to resolve v1: Head "http://registry:5000/...":
                        # dial tcp: lookup registry ...`: a tag resolved by an HTTP request, its URL's host the name
                        or _HTTP_CALL_NEXT.match(m.group("rest")) is not None
                        # held-out KP-KW (spent): go-socks5's `failed to resolve destination[h]`, the noun with
                        # the name in brackets after it (Go's own `lookup h` follows)
                        or m.group("rest").startswith("[")
                    )
                )
            )
        )
    ):
        # "failed to resolve reference "ghcr.io/x:main"": the word names what the quoted text is; issue #17
        # (held-out G): Knative's "failed to resolve image to digest": a noun, not a name
        return None
    if (
        connect_only(m.group("rest"))
        or (not m.group("q") and _noun_phrase(m.group("host"), m.group("rest")))
        or (not m.group("q") and object_not_a_host(seg.text, m.start("host") - 1))
    ):
        # "failed to resolve image: ... dial tcp 104.244.46.244:443: i/o timeout": the name resolved; survey 7:
        # `failed to resolve UDP address: lookup h: no such host` (flannel, telegraf), `failed to resolve node name
        # when configured server="h"` (fluentd), `... addresses for endpoints`: a bare word with more words after it
        # is a noun phrase, the name and its reason are further on; the objects the generic rule's guard knows are
        # no host (`failed to resolve members`, dskit's memberlist)
        return None
    rest = m.group("rest")
    named = _EXCEPTION_NAMES.match(rest)
    if named is not None and named.group("host").lower() != m.group("host").lower():
        # held-out DJ (spent): GlassFish's `Failed to resolve localhost: java.net.UnknownHostException: docker001:
        # ...`: its words for the local host; the exception names what was looked up (the java rule reads it)
        return None
    queries = _AFTER_QUERIES.match(rest)
    if queries and not rest[queries.end() :].lstrip().startswith(
        ":"
    ):  # issue #17 (held-out O): what follows Netty's message (`-- Will try again in 1.5 s`) is not its reason
        rest = rest[: queries.end()]
    if m.group("q") and not rest.strip(" \t'\""):
        # held-out LV-MC (spent): urllib3's NameResolutionError broken after the quoted name (`Failed to resolve 'h'`
        # / `([Errno -3] Temporary failure in name resolution)"))`): its gaierror on the next line is the reason
        # (review) a blank line between them, or the parenthesis lost
        below = [line for line in seg.lines_after(2) if line.strip()][:1]
        if below and _ERRNO_PARENS.match(below[0]):
            rest = below[0]
    kind = classify(rest)
    if kind in (None, "other") and not m.group("q"):
        return None  # "failed to resolve dependencies": a bare word with no resolver error after it
    if kind in (None, "other") and ("queries" in m.group("rest") or "search domain query" in m.group("rest")):
        # Netty: "UnknownHostException: failed to resolve 'x' after 2 queries", its cause a few frames below (issue
        # #17, survey4: its rcode or its timeout, in either Netty's format)
        cause = netty_cause_below(seg)
        if cause:
            return hit(m, seg, cause[0], server=cause[1], port=m.group("port"))
    # source-mined (Netty's DnsNameResolver): `Failed to resolve 'h', couldn't setup transport: [id: ...]`, its DNS
    # socket never opened (a SocketException below): no server answered, no reason for the name (`other`)
    if (
        kind in (None, "other")
        and not _NO_TRANSPORT.match(rest)
        and (
            "unknownhostexception" in seg.lower
            or queries
            or _SEARCH_DOMAINS in rest.lower()
            # held-out DR (spent): the older DnsNameResolverContext's message (LABELS.md: nxdomain), no class name on
            # the line (vert.x's `Future{cause=failed to resolve 'h'. Exceeded max queries per resolve 4 }`)
            or _EXCEEDED.match(rest) is not None
            # held-out DW (spent): Netty's record types after the quoted name (`Failed to resolve 'h' [A(1)]`), its
            # DnsResolveContext's message cut before `after N queries`
            or _NETTY_RECORD_TYPES.match(rest) is not None
        )
    ):
        # issue #17 (held-out O): Netty's `failed to resolve 'h' after N queries` IS an UnknownHostException's message
        # (DnsResolveContext), however the log broke the class name over lines: read as that exception (nxdomain)
        kind = "nxdomain"
    if (
        kind is None
        and m.group("q")
        and _VERB_ONLY.fullmatch(seg.text, m.start(), m.start("q"))
        and _NOTHING_SAID_AFTER.match(rest)
    ):
        # held-out LV-MC (spent): the quoted name and nothing after it up to a closing mark (`--Failed to resolve
        # 'influxdb'--`, `` `Failed to resolve 'h'` ``): a bare `could not resolve 'h'` (LABELS.md: `nxdomain`); not
        # with a noun before the name (Redis Sentinel's `Failed to resolve hostname 'h'`: LABELS.md, `other`)
        kind = unstated(_BARE_FAILED_TO_RESOLVE)
    return hit(m, seg, kind or "other", port=m.group("port"))


_BARE_FAILED_TO_RESOLVE = "a bare `Failed to resolve 'h'` (quoted, nothing after it)"
_VERB_ONLY = re.compile(r"Failed\sto\sresolve\s{1,3}", re.I)
# (review) a JSON string's, a logfmt value's or parentheses' close too (`{"msg":"Failed to resolve 'h'"}`); not a
# bracket's (the MongoDB PHP driver's `[Failed to resolve 'h']` list: held-out C labels it `other`)
_NOTHING_SAID_AFTER = re.compile(r"[ \t]{0,2}(?:$|\r|\n|`|--|\.(?:\s|$)|[\")}])")


_ERRNO_PARENS = re.compile(r"\s{0,8}\(?\[Errno\s-?\d{1,5}\]\s")
_NETTY_RECORD_TYPES = re.compile(r"['\"]?\s{0,3}\[(?:A|AAAA)\(\d{1,2}\)(?:,\s?(?:A|AAAA)\(\d{1,2}\))?\]")
_NO_TRANSPORT = re.compile(r"['\"]?,\scouldn't\ssetup\stransport\b", re.I)
_EXCEEDED = re.compile(r"['\"]?\.\s{0,3}Exceeded\smax\squeries\sper\sresolve\s\d", re.I)
# held-out DR (spent): what Netty was handed between its quotes when it is no host name (`failed to resolve
# '192.168.1.175]' after 6 queries`, a stray bracket from a config's list): looked up as printed, read so; a name or
# `name:port` in the quotes is `_FAILED_TO_RESOLVE`'s
_NETTY_AS_PRINTED = rx(
    r"\bfailed\sto\sresolve\s'(?P<host>[^'\s]{1,253})'"
    r"(?=\s{1,3}(?:\[[A-Za-z0-9(), ]{1,60}\]\s{0,3})?after\s\d{1,4}\squeries)"
)
# (a backslash: the paste's JSON escapes undone, the name no longer as printed; `%s`: a template's verb)
# (a list or a port: `'redis:6379,redis-2:6379'` names its first host, `_FAILED_TO_RESOLVE`'s; review)
_NOT_AS_PRINTED = re.compile(r"<|://|\\|%[a-z]|,|:\d")
_QUOTED_NAME = re.compile(r"[A-Za-z0-9_*][A-Za-z0-9_.*\-]{0,252}(?::\d{1,5}(?:;[^'\s]{0,200})?)?")


def _netty_as_printed(m: re.Match[str], seg: Segment) -> Hit | None:
    printed = m.group("host")
    if (
        _QUOTED_NAME.fullmatch(printed)
        or _NOT_AS_PRINTED.search(printed)
        or printed.startswith(("[", "{", "$", "%"))  # a stand-in (`'[hostname]'`: the placeholder rules read it)
        or not any(c.isalnum() for c in printed)
    ):
        return None  # a name or a URL (other rules'), or what the paste or a template did to one
    cause = netty_cause_below(seg)
    return replace(hit(m, seg, cause[0] if cause else "nxdomain", exact=True, ip_ok=True), printed=True)


_SEARCH_DOMAINS = "and search domain query for configured domains failed as well"
"""Netty's `SearchDomainUnknownHostException` message (an UnknownHostException's), wherever the class name went
(issue #17, held-out AB: a Strimzi status YAML puts it on a `reason:` line of its own)."""


# --- Ruby, PHP, .NET, Rust, Erlang/Elixir -------------------------------------------------------------

_RUBY = rx(
    r"Failed\sto\sopen\sTCP\sconnection\sto\s(?P<host>{H})(?::(?P<port>\d{1,5}))?\s{0,3}"
    # held-out IT-JA (spent): `(initialize: name or service not known)`, JRuby's TCPSocket naming its call (read only
    # with a resolver's words after it: `initialize: connection refused` is no look-up's; review); Ruby 3.3+ names
    # getaddrinfo's manual section (`(getaddrinfo(3): ...)`)
    r"\((?:getaddrinfo(?:\(3\))?|(?P<call>initialize)):\s{0,3}(?P<rest>[^)\n]{0,100})\)"
)
_RUBY_BY_REST = by_rest("other", resolution_only=True)


def _ruby(m: re.Match[str], seg: Segment) -> Hit | None:
    if m.group("call") and classify_resolution(m.group("rest")) is None:
        return None
    return _RUBY_BY_REST(m, seg)


_PHP_STREAM = rx(
    r"getaddrinfo\sfailed:\s{0,3}(?P<rest>[^\[\n]{0,100}+)\[(?:tcp|udp|ssl|tls)://(?P<host>{H})(?::(?P<port>\d{1,5}))?\]"
)
# (held-out KH-KO, spent) PHP prints the DSN's host as given, whatever its characters (`getaddrinfo for 17227! failed`,
# a password's tail where a connection string was split wrong): the word between `for` and `failed` is what was asked
_PHP8 = rx(
    r"getaddrinfo\sfor\s(?:(?P<host>{H})|(?P<odd>[^\s'\"`<>:/()\[\]$%;,]{1,253}?))\sfailed:\s{0,3}(?=(?P<rest>[^\n]{0,100}))"
)


def _php8(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = m.group("rest")
    kind = classify_resolution(rest)
    if kind is None and m.end("rest") == len(seg.text):
        # held-out DQ (spent): Symfony Console's error box (Laravel's artisan, Composer) cuts a long line at its width,
        # mid-word (`failed: Name does n` / `ot resolve`): the next line, its indentation off, goes on with it
        below = seg.lines_after(1)
        kind = classify_resolution(rest.rstrip() + below[0].strip()) if below else None
    if m.group("odd"):  # no name's characters: the string as looked up (review: never a URL, a stand-in's `$`/`%`)
        return replace(hit(m, seg, kind or "other", host=m.group("odd")), printed=True)
    return hit(m, seg, kind or "other")


_DOTNET = rx(
    r"(?P<rest>No\ssuch\shost\sis\sknown|Name\sor\sservice\snot\sknown|Temporary\sfailure\sin\sname\sresolution"
    r"|Resource\stemporarily\sunavailable|Name\sdoes\snot\sresolve|(?:node|host)name\snor\sservname\sprovided,\sor\snot\sknown"
    # survey 8: WSANO_DATA (11004) as .NET prints it on Windows
    r"|The\srequested\sname\sis\svalid,\sbut\sno\sdata\sof\sthe\srequested\stype\swas\sfound)"
    r"\.?\s{0,3}\((?P<host>{H}):(?P<port>\d{1,5})\)"
)
_DOTNET_BY_REST = by_rest("other")


def _dotnet(m: re.Match[str], seg: Segment) -> Hit | None:
    if names_a_source_file(m.group("host")) or m.group("host").lower() in POSITION_WORDS:
        return None  # (held-out KH-KO, spent) Transmission's `... name resolution (tr-dht.c:126)`: its source line
    return _DOTNET_BY_REST(m, seg)


_REMOTE_NAME = rx(r"remote\sname\scould\snot\sbe\sresolved:\s{0,3}{Q}(?P<host>{H}){Q}")
_RUST = rx(r"failed\sto\slookup\saddress\sinformation:\s{0,3}(?=(?P<rest>[^\n\"]{0,100}))")
_RUST_TARGET = rx(
    r"""Domain\(["'](?P<host>{H})["']\)"""
    r"|for\surl\s\((?P<url>[^\s)]{1,2048})\)"
    r"""|url:\s(?:Some\()?["'](?P<url2>[^\s"']{1,2048})["']"""
)
_REQWEST_DOMAIN = rx(r"""\bhost:\sSome\(Domain\(["']({H})["']\)\)""")
REQWEST_URL = 8192
"""How far before a Rust resolver error reqwest's Debug print of the Url is looked for (its path and query)."""
_ELIXIR = rx(r"tcp\sconnect\s\((?P<host>{H}):(?P<port>\d{1,5})\):\s{0,3}(?=(?P<rest>[^\n]{0,100}))")


_MARKDOWN_LINK = re.compile(r"\[(?P<url>[A-Za-z][\w+.-]{0,20}://[^\]\s]{1,2048})\]\(")


def _url_host(url: str) -> str | None:
    # held-out EW (spent): a URL a reporter turned into a Markdown link (`for url ([https://h/...]())`)
    link = _MARKDOWN_LINK.match(url)
    if link is not None:
        url = link.group("url")
    try:
        host = urlsplit(url).hostname
    except ValueError:
        host = None
    # `error sending request for url (<url>)`: the whole URL a stand-in; but not a real URL whose query is
    # percent-encoded (`?audience=https%3A%2F%2F...`, no `%VAR%`; held-out CJ, spent)
    return host or (url if is_placeholder(url) else None)


_SHADOWSOCKS_BEFORE = re.compile(r"\berr(?:or)?:\sdns\sresolve\s[^\s:]{1,253}:\d{1,5}\serror:\s\Z")


def _rust(m: re.Match[str], seg: Segment) -> Hit | None:
    """hyper/reqwest say "dns error: failed to lookup address information: ..." and name the URL elsewhere:
    `Domain("x")`, `for url (...)`, `url: Some("...")`, any URL on the line, or one on the lines around."""
    if _SHADOWSOCKS_BEFORE.search(seg.text, max(0, m.start() - 300), m.start()) is not None:
        return None  # probes, round 16: shadowsocks-rust names it right before (its own rule reads it)
    kind = classify_resolution(m.group("rest")) or "other"
    for target in _RUST_TARGET.finditer(seg.around(m.start())[0]):
        host = target.group("host") or _url_host(target.group("url") or target.group("url2"))
        if host:  # the request's own URL or Domain: a word there is the name (`http://server:60072/`; held-out BW)
            return hit(m, seg, kind, host=host, exact=True)
    # issue #17 (held-out AP): reqwest's Debug print puts the Url (a long path, a token in its query) before the
    # error: its `host: Some(Domain("h"))` further back on the same line
    domains = _REQWEST_DOMAIN.compiled.findall(seg.text, max(0, m.start() - REQWEST_URL), m.start())
    if domains:
        return hit(m, seg, kind, host=domains[-1])
    chained = _chain_head_host(seg, m.start()) or _pretty_debug_url(seg)
    if chained:
        return hit(m, seg, kind, host=chained)
    near = nearby_host(seg, m.start())
    return hit(m, seg, kind, host=near[0], port=near[1]) if near else None


# (probes, round 14) reqwest's error pretty-printed (`{:#?}`, Vaultwarden's icon fetcher): `url: "URL",` (reqwest 0.12)
# or the Url struct's `Domain(` then `"h",` (0.11; review) some lines above the resolver's text, every line between
# indented (the Debug struct's fields) under its `reqwest::Error {` header
_PRETTY_URL = re.compile(r"\s{2,16}url:\s(?:Some\()?\"(?P<url>[a-z][a-z0-9+.\-]{1,15}://[^\s\"]{1,2048})\"")
_PRETTY_DOMAIN = re.compile(r"\s{2,24}Domain\(\s*")
_PRETTY_NAME = re.compile(r"\s{2,28}\"(?P<host>[A-Za-z0-9_.\-]{1,253})\",?\s*")
DEBUG_LINES = 24
"""Lines above a pretty-printed reqwest error read for its URL (the Url struct's fields take about twenty)."""


def _pretty_debug_url(seg: Segment) -> str | None:
    found: str | None = None
    below = ""
    for line in seg.lines_before(DEBUG_LINES):
        if not line[:1].isspace():
            # the block header: only a reqwest error print names its request URL so (review: not a config `url:`)
            return found if found is not None and "Error {" in line else None
        if found is None:
            url = _PRETTY_URL.match(line)
            name = _PRETTY_NAME.fullmatch(below) if _PRETTY_DOMAIN.fullmatch(line) else None
            found = _url_host(url.group("url")) if url is not None else name.group("host") if name is not None else None
        below = line
    return None


# survey 7: an anyhow / eyre error chain, `Error: error sending request for url (URL)` then `Caused by:` and its
# numbered causes one per line (`1: dns error`, `2: failed to lookup address information: ...`)
_CHAIN_ITEM = re.compile(r"\s{0,12}(?:\d{1,2}:\s[^\n]{0,300}|Caused\sby:\s{0,3}|Location:[^\n]{0,300}|)\Z", re.I)
CHAIN_LINES = 12
"""Lines above a chained cause read for the chain's head."""


def _chain_head_host(seg: Segment, at: int) -> str | None:
    """The URL host of the chain's head above a cause at `at`, where every line between is the chain's."""
    if at > 40 or not _CHAIN_CAUSE.match(seg.text[:at]):
        return None
    return _chain_head_above(seg)


def _chain_head_above(seg: Segment) -> str | None:
    """The URL host of the chain's head above this cause's line, where every line between is the chain's."""
    for line in seg.lines_before(CHAIN_LINES):
        target = _FOR_URL_HEAD.search(line)
        if target:
            return _url_host(target.group("url"))
        if not _CHAIN_ITEM.match(line):
            return None
    return None


# source-mined (reqwest 0.12 with its hickory resolver): the chain says `N: dns error`, `N: error resolving DNS`, and
# the resolver's reason on the next cause (`N: DNS error: error response: Server Failure`, `N: request timed out`)
_HICKORY_CHAIN = rx(r"^\s{0,12}\d{1,2}:\s{1,3}error\sresolving\sDNS\s*$")
_NEXT_CAUSE = re.compile(r"^\s{0,12}\d{1,2}:\s{1,3}(?P<rest>[^\n]{1,300})")


def _hickory_chain(m: re.Match[str], seg: Segment) -> Hit | None:
    below = seg.lines_after(1)
    cause = _NEXT_CAUSE.match(below[0]) if below else None
    host = _chain_head_above(seg)
    if cause is None or host is None:
        return None
    return hit(m, seg, classify(cause.group("rest")) or "other", host=host, exact=True)


_CHAIN_CAUSE = re.compile(r"\s{0,12}\d{1,2}:\s{1,3}(?:dns\serror:\s{1,3})?\Z")
_FOR_URL_HEAD = re.compile(r"for\surl\s\((?P<url>[^\s)]{1,2048})\)")


# --- PHP without `[tcp://name:port]`, .NET's SocketException alone: the name is what was being dialed nearby

_PHP_BARE = rx(r"getaddrinfo\sfailed:\s{0,3}(?P<rest>[^\[\n]{0,100}+)(?!\[)")
_SOCKET_EXCEPTION = rx(
    r"SocketException(?:\s\(\w{1,12}\))?:\s{0,3}(?P<rest>No\ssuch\shost\sis\sknown|Name\sor\sservice\snot\sknown"
    r"|Temporary\sfailure\sin\sname\sresolution|Resource\stemporarily\sunavailable|Name\sdoes\snot\sresolve"
    r"|nodename\snor\sservname\sprovided,\sor\snot\sknown|No\sdata\sof\sthe\srequested\stype"
    r"|This\sis\susually\sa\stemporary\serror)(?![^\n]{0,20}\((?:{H}):\d)"
)


WRAPPED = 79
"""A line at least this long whose reason stops at its end may have been wrapped by a terminal (composer on Windows
breaks "getaddrinfo failed: Th" / "is is usually a temporary error..." at 120 columns): the next line continues it."""


def wrapped_rest(m: re.Match[str], seg: Segment) -> str:
    """The `rest` group, continued on the next line when the terminal wrapped it and it names no reason."""
    rest: str = m.group("rest") or ""
    if classify_resolution(rest) is None and len(seg.text) >= WRAPPED and m.end("rest") == len(seg.text):
        rest += "".join(seg.lines_after(1))
    return rest


def _near(default: FailureKind | None) -> Build:
    def build(m: re.Match[str], seg: Segment) -> Hit | None:
        kind = classify_resolution(wrapped_rest(m, seg)) or default
        near = nearby_host(seg, m.start()) if kind else None
        return hit(m, seg, kind, host=near[0], port=near[1]) if kind and near else None

    return build


# --- Dart/Flutter, Haskell, libwebsockets, Java's "Unknown host NAME: reason" --------------------------------

_DART = rx(r"Failed\shost\slookup:\s{0,3}{Q}(?P<host>{H}){Q}(?:\s{0,3}\(OS\sError:\s{0,3}(?P<rest>[^)\n]{0,100}))?")
# held-out JB-JI (spent, off-frame): or the OSError on the next line (`Failed host lookup: 'h'` then `OSError (OS Error:
# No address associated with hostname, errno = 7)`, a ClientException's message over its cause)
_DART_OS_ERROR_BELOW = re.compile(r"\s{0,8}OSError\s\(OS\sError:\s{0,3}([^)\n]{1,100})")


def _dart(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = m.group("rest")
    if rest is None and not seg.text[m.end() : m.end() + 80].split("\n", 1)[0].strip():
        below = seg.lines_after(1)
        cause = _DART_OS_ERROR_BELOW.match(below[0]) if below else None
        rest = cause.group(1) if cause else None
    return hit(m, seg, (classify_resolution(rest) if rest else None) or "other", exact=True)


_HASKELL = rx(
    # held-out JR-JY (spent): the Elm compiler prints the record with single quotes (`host name: Just 'h'`)
    r"host\sname:\sJust\s(?P<q>[\"'])(?P<host>{H})(?P=q)"
    r"(?:,\sservice\sname:\s(?:Just\s[\"'](?P<port>\d{1,5})[\"']|[^)\n]{0,40}))?\)"
    # source-mined: EAI_SERVICE (`does not exist (Servname not supported for ai_socktype)`) is the service name's
    r":\s{0,3}(?P<rest>(?![^\n]{0,40}\(Servname\snot\ssupported)[^\n]{0,100})"
)
_LWS = rx(r"getaddrinfo\s{Q}(?P<host>{H}){Q}\ssays\s(?P<code>-?\d{1,5})")
# held-out CD: Oracle's `ORA-17868: Unknown host specified.: h: <reason>` (its words, then the name)
_UNKNOWN_HOST = rx(
    r"(?<![\w.])Unknown\shost\s{1,3}(?:specified\.?:\s{1,3})?{Q}?(?P<host>{H}){Q}?:\s{0,3}(?=(?P<rest>[^\n]{0,100}))"
)


def _lws(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, GAI_CODES.get(m.group("code"), "other"), exact=True)


RULES: tuple[Rule, ...] = (
    Rule("java", ("unknownhostexception",), _JAVA, _unknown_host),
    Rule("java-name-before-class", ("unknownhostexception",), _NAME_BEFORE_CLASS, _name_before_class),
    Rule("netty-quoted-as-printed", ("failed to resolve '",), _NETTY_AS_PRINTED, _netty_as_printed),
    Rule("java-braced-words", ("unknownhostexception: ",), _BRACED_WORDS, _braced_words),
    Rule("java-os-message-then-name", ("unknownhostexception: ",), _OS_MESSAGE_AFTER_CLASS, _os_message_after_class),
    Rule("unable-to-resolve-host", ("unable to resolve host ",), _UNABLE_TO_RESOLVE, _unable_to_resolve_host),
    Rule("node", ("getaddrinfo e",), _NODE, _node),
    Rule("node-code", ("enotfound", "eai_again"), _NODE_CODE, _node_code),
    Rule("failed-to-resolve", ("failed to resolve",), _FAILED_TO_RESOLVE, unless_lookalike(_failed_to_resolve)),
    Rule("http-pool", ("connectionpool(host=",), _HTTP_POOL, _http_pool),
    Rule("redis-py", ("connecting to",), _REDIS_PY, by_rest(None, resolution_only=True)),
    Rule("aiohttp", ("cannot connect to host",), _AIOHTTP, _aiohttp),
    Rule("tornado-c-ares", ("c-ares returned error",), _TORNADO_CARES, by_rest("other", exact=True)),
    Rule("ruby", ("failed to open tcp connection to ",), _RUBY, _ruby),
    Rule("php-stream", ("getaddrinfo failed",), _PHP_STREAM, by_rest("other", resolution_only=True)),
    Rule("php8", ("getaddrinfo for ",), _PHP8, _php8),
    Rule(
        "dotnet",
        (
            "not known",
            "no such host is known",
            "name resolution",
            "temporarily unavailable",
            "does not resolve",
            "no data of the requested type",
        ),
        _DOTNET,
        _dotnet,
    ),
    # Read like curl's "Could not resolve host" (HELDOUT.md's recorded choice): NXDOMAIN.
    Rule("dotnet-remote-name", ("remote name could not be resolved",), _REMOTE_NAME, fixed("nxdomain", assumed=True)),
    Rule("rust", ("failed to lookup address information",), _RUST, _rust),
    Rule("reqwest-hickory-chain", ("error resolving dns",), _HICKORY_CHAIN, _hickory_chain),
    Rule("php-no-target", ("getaddrinfo failed",), _PHP_BARE, _near("other")),
    Rule("dotnet-socket-exception", ("socketexception",), _SOCKET_EXCEPTION, _near(None)),
    Rule("dart", ("failed host lookup",), _DART, _dart),
    Rule("haskell", ("host name: just",), _HASKELL, by_rest("other", resolution_only=True, exact=True)),
    Rule("libwebsockets", ("' says ",), _LWS, _lws),
    # exact: the name has a fixed slot and a resolver reason after it (held-out AY: `Unknown host HOST: No address`)
    Rule("unknown-host", ("unknown host ",), _UNKNOWN_HOST, by_rest(None, resolution_only=True, exact=True)),
    Rule("elixir", ("tcp connect (",), _ELIXIR, by_rest(None, resolution_only=True)),
)
