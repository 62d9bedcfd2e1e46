"""The generic rule's candidates (issue #17): the host-looking tokens around a reason, each with a tier — how surely
its place in the line makes it the name looked up (quoted, after `host`/`resolve`/`lookup`, a URL's host, `host:port`,
a dotted name under a known top-level domain) — and the guards that make a token no name at all (paths, e-mail
addresses, class paths, versions, English words, a JSON key's value). Split out of `generic.py`, which reads them."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import unquote

from checks.parsing.class_path_head import class_path_head
from checks.parsing.generic_cjk import CJK_HOST_LEAD, cjk_at
from checks.parsing.generic_json import (
    in_message_template,
    is_host_key,
    is_query_key,
    json_value_of_other_key,
    may_hold_template,
)
from checks.parsing.generic_kind import VERBS, names_before
from checks.parsing.generic_lines import url_host_tries_again
from checks.parsing.generic_lookalikes import line_link
from checks.parsing.generic_name_slots import caps_name
from checks.parsing.generic_named import bracket_masked, logger_own_host, named_in_place
from checks.parsing.generic_node_slot import node_slot_name
from checks.parsing.generic_phrases import logger_field, phrase_word, query_name
from checks.parsing.generic_prose import after_node_code
from checks.parsing.generic_quoted_named import quoted_after_reason
from checks.parsing.generic_reasons_aiohttp import ssl_mode_label
from checks.parsing.generic_scheme import scheme_as_host
from checks.parsing.generic_shapes import (
    documentation_link,
    field_label,
    hex_after,
    in_sql_statement,
    named_after_reason,
    named_by_keyword,
    named_tld,
    pointed_at,
    quoted_host_port,
    role_word,
)
from checks.parsing.generic_words import (
    FILE_SUFFIXES,
    NOT_A_HOST_ENDINGS,
    PACKAGE_ROOTS,
    SOURCE_FILE_SUFFIXES,
    SYSLOG_PRIORITIES,
    TLDS,
    WORDS,
)
from checks.parsing.hosts import (
    CAMEL_TAIL,
    HOST,
    NOT_BEFORE_HOST,
    QUOTE,
    clean_host,
    is_class_path,
    is_ip,
    is_placeholder,
    slot_word_name,
)
from checks.parsing.html_tag import in_html_tag
from checks.parsing.nginx_context import nginx_context_field
from checks.parsing.not_failing_lines import CODE_LOCATION
from checks.parsing.places_not_names import LIBPQ_RESOLVED_SERVER, no_name_here, record_word
from checks.parsing.required_literals import Needed, needed
from checks.parsing.rules.base import LazyPattern

CANDIDATES = 40
"""Tokens looked at on each side of a reason."""

_TOKEN = LazyPattern(NOT_BEFORE_HOST + r"(?P<host>" + HOST + r")")
_QUOTES = frozenset(QUOTE.strip("[]"))
_LINKED_FROM_URL = LazyPattern(r"\[[a-z][a-z0-9+.-]{1,15}://[^\]\s]{1,300}\]\([a-z][a-z0-9+.-]{1,15}://\Z", re.I)
_BROWSER_SCHEMES = ("chrome-error://", "chrome://", "edge://", "about://")
_NOUNS_IN_CAPITALS = frozenset({"FQDN", "DNS", "IP", "URL", "URI"})
# (source-mined, round 7: Ktor's curl engine, `Couldn't resolve host name (CURLE_COULDNT_RESOLVE_HOST)`) a C library's
# error constant in capitals, libcurl's, getaddrinfo's, c-ares', WinSock's: the code, not a name; (held-out HF-HM,
# spent) hitch's log tag for the call that failed, `{getaddrinfo-backend}:`, not a masked name
_ERROR_CONSTANT = re.compile(r"(?:CURLE|EAI|ARES|WSA)_[A-Z0-9_]{2,40}|\{(?:getaddrinfo|gethostbyname)[\w-]{0,30}\}")
_FILE_BEFORE = LazyPattern(
    # held-out FV (spent): or a plugin's (Ansible's `running the lookup plugin 'url'`), a module's or a package's name
    r"\b(?:file|files|filename|plugin|module|package)\s{1,2}.\Z",
    re.I,
)
# Words that put the looked-up name right after them (`host X`, `resolve 'X'`, `lookup X`, `to X:443`, `name=X`).
_KEYWORD_BEFORE = LazyPattern(
    r"(?:\bhost(?:\s?name)?|\bresolv(?:e|ing)(?:\shost)?|\blook\s?up|\baddress(?:\sfor)?|\bname|\bfor|\bto"
    r"|\bon|\bserver|\bproxy|\bdomain|\bquery"
    # a failed look-up stated before its name (`Hostname resolution failed: h`; generic_statements.py)
    r"|\bresol(?:ve|ving|ution)\s(?:failed|error|failure)|\blookup\sfailed)\s{0,2}[:=]?\s{0,2}" + QUOTE + r"?$",
    re.I,
)
# A reason that is followed by the name it is about, whatever the name looks like (Java's, Node's).
# A noun right before a quoted name with a colon after it (`resolve server "h": timed out`): no JSON key
# `resolve server "h": ...`; `Failed to connect to 'h': %HTTPoison.Error{reason: :nxdomain}` (Elixir), a quoted name
# after its verb's `to`, not a JSON or Ruby key
_NAMING_NOUN = LazyPattern(r"\b(?:server|domain|proxy|connect(?:ing)?\sto)\s{1,2}" + QUOTE + r"$", re.I)


# (synthetic phrase probe, session 53) the noun of the look-up before its object (`Lookup of db failed: ...`,
# `resolution of db failed (...)`)
_LOOKUP_OF = r"(?:look\s?up|resolution|resolving)\s(?:of|for)\s{1,2}[\"'`]?"
_STRONG_KEYWORD_SOURCE = (
    # (found by probing) a cluster's own noun for the name (`could not resolve seed h`: ScyllaDB's seeds list)
    # (source-mined, session 53) not a word ending in `host` (Bunny's `vhost=orders`, `localhost`)
    r"(?:(?:(?<![A-Za-z])host(?:\s?name)?|resolv(?:e|ing)(?:\s(?:host|seed|member|broker|replica))?|look\s?up|address"
    r"|(?<![A-Za-z])name)\W{0,6}"
    r"|(?:unknownhostexception:|enotfound|eai_again|eai_noname|eai_nodata)\s{1,2}"  # Java's, Node's: `ENOTFOUND db`
    # (synthetic phrase probe, session 53) the look-up's noun before its object, and the C calls with their argument
    # (`getaddrinfo(db) failed: ...`)
    r"|"
    + _LOOKUP_OF
    + r"|(?:getaddrinfo|gethostbyname2?)\s?\(\s?[\"'`]?"
    + CJK_HOST_LEAD  # issue #17 (held-out N): the CJK words for host, no space before the name
    + r")$"
)
_STRONG_KEYWORD = LazyPattern(_STRONG_KEYWORD_SOURCE, re.I)
# the same on a lower-cased ASCII lead (its literals are lower-case): sre reads a case-insensitive regex a character
# at a time, several times slower, and this one runs for every token
_STRONG_KEYWORD_LOWER = LazyPattern(_STRONG_KEYWORD_SOURCE)


def _any_of(need: Needed | None) -> re.Pattern[str] | None:
    """One case-sensitive regex for a needed set's words (a lower-cased text lacking all of them holds no match)."""
    if need is None or len(need.all_of) != 1:
        return None
    return re.compile("|".join(re.escape(word) for word in sorted(need.all_of[0], key=len)))


_STRONG_WORDS = _any_of(needed(_STRONG_KEYWORD_SOURCE, re.I))
"""A word every keyword holds (`host`, `name`, `look`, `resolv`...): most tokens' leads have none, found 6 times faster
than by the keyword's own regex, tried at each of the lead's 24 characters."""


def _strong_keyword(lead: str) -> bool:
    """A keyword right before the token (`host`, `resolve`, `lookup`, `ENOTFOUND`, `getaddrinfo(`...)."""
    if lead.isascii():
        low = lead.lower()
        if _STRONG_WORDS is not None and _STRONG_WORDS.search(low) is None:
            return False
        return _STRONG_KEYWORD_LOWER.search(low) is not None
    return _STRONG_KEYWORD.search(lead) is not None


# `"logger": "` right before a quoted token: the value of a JSON (or Python dict) key; only these keys hold a host.
# `plugin_id="out_es"`: a logfmt (or fluentd, klog) field's quoted value, after the reason on the same line
_LOGFMT_KEY = LazyPattern(r"(?<![\w.\-])([A-Za-z_][A-Za-z0-9_.\-]{0,30})=[\"']$")
_JSON_KEY = LazyPattern(r"[\"']([A-Za-z_][A-Za-z0-9_.\-]{0,30})[\"']\s{0,2}(?::|=>)\s{0,2}[\"']$")  # Ruby's `=>` too
_ARES_STATUS = re.compile(r"ARES_E[A-Z]{2,20}", re.I)
_PY_LOG_LEVEL_BEFORE = LazyPattern(r"(?:^|\n)(?:CRITICAL|ERROR|WARNING|INFO|DEBUG):$")
_GLUSTER_LOG_DOMAIN = re.compile(r"\d{1,3}-[A-Za-z][\w.\-]{0,252}")  # GlusterFS' `0-<name>` (see _not_a_name_here)
# probes, round 17 (review): rhsm's logging format, `%(cmd_name)s:%(process)d:%(threadName)s @%(filename)s:%(lineno)d
# - ` (`subscription-manager:20814:MainThread @utils.py:184 - [Errno -2] ...`, `yum:409310:...`): program and pid
_PROGRAM_PID_THREAD_AFTER = LazyPattern(r":\d{1,7}:[A-Za-z_][\w-]{0,40}\s@[\w.\-]{1,80}\.py:\d{1,6}\s-\s")
# a Ruby hash's symbol key (`{:host=>"h", :password=>"x"}`, its quotes escaped inside a logfmt value too); not
# `:message`, whose whole value is the exception's message, a bare name for a resolver's (Logstash's `{:message=>"h",
# :exception=>Manticore::ResolutionFailure}`, held-out M)
# held-out LF-LM (spent): a Rust struct's Debug print, `ConfigError { pipeline_name: "agent", config_name: "endpoint",
# reason: "failed to lookup address information: ..." }`: a field's name then its quoted value (opentelemetry-jaeger's
# error names its settings, not the host)
_DEBUG_FIELD_KEY = LazyPattern(r"(?:\{|,)\s([a-z_][a-z0-9_]{0,30}):\s\\?\"$")
_RUBY_SYMBOL_KEY = LazyPattern(r"(?<![\w:]):(?!message\b)([A-Za-z_][A-Za-z0-9_]{0,30})\s{0,2}=>\s{0,2}\\?[\"']$")
_LOGGER_DOMAIN = LazyPattern(r"\"domain\"\s{0,2}:\s{0,2}\[(?:\"[\w.]{1,30}\",\s{0,2}){0,4}\"$")
_IP_TYPED_OVER = LazyPattern(r"(?:[0-9x*]{1,3}\.){3}[0-9x*]{1,3}", re.I)
_PORT_AND_PUNCT = LazyPattern(r"(?::\d{1,5})?[\s:'\"`\u2019\u201d]{0,3}\(?")
_NOT_REDACTIONS = frozenset({"no information", "unknown", "none", "null", "nil", "unresolved", "empty"})
_LINE_LEAD = LazyPattern(r"(?:^|\n)[\s>*`#$]{0,12}$")
# `amqp://user:**@h`: the userinfo of a URL's authority (no `/` between the scheme and the `@`).
# held-out CD: the password may hold `@` itself (`amqp://guest:P@$$w0rd@rabbitmq/`): the host follows the last one
_USERINFO = LazyPattern(r"://[^\s/]{0,256}@$")
_PASSWORD_AFTER = LazyPattern(r":[^\s/@]{0,256}@")
_PORT_AFTER = LazyPattern(r":(\d{1,5})\b")
_CAMEL = LazyPattern(r"[a-z][A-Z]")
_VERSION = LazyPattern(r"v?\d+(?:\.\d+)+(?:[-.][A-Za-z0-9]+)*", re.I)


@dataclass(frozen=True)
class Candidate:
    raw: str
    start: int
    end: int
    tier: int
    port: str | None
    url: bool
    """The host of a URL (`https://h/...`, `amqp://u:**@h:5672`)."""
    exact: bool = False
    """Quoted with the reason right after it: kept even when it looks like a word (see `Hit.exact`)."""


class Candidates(list[Candidate]):
    """The candidates of a window, and how many tokens were read to find them (the generic rule's per-paste budget)."""

    tokens = 0


_PG_OBJECT = re.compile(r"\b(?:role|database|relation|schema|user)\s\\?\"\Z")
# the Kubernetes API's NotFound (`secrets "db-creds" not found`, `configmaps "x" not found`): an object, not a name
_API_OBJECT = re.compile(
    r"\b(?:secrets|configmaps|services|pods|deployments|statefulsets|daemonsets|namespaces|serviceaccounts|endpoints"
    r"|ingresses|nodes|persistentvolumeclaims|[a-z]{2,40}\.[a-z0-9.-]{2,80}"
    # held-out GL (spent): a controller's own wording in the singular (linkerd's `failed to lookup pod: pod "x" not
    # found`)
    r"|pod|secret|configmap|deployment|statefulset|daemonset|namespace|serviceaccount|persistentvolumeclaim)\s\\?\"\Z"
)


_API_KIND_BEFORE_NOT_FOUND = re.compile(r'\s\\?"[^"\n]{1,253}\\?"\snot\sfound\b')


_SPAN_PATH_BEFORE = LazyPattern(r"\}(?::[A-Za-z_][\w-]{0,40}){0,6}:\Z")


# held-out FW (spent): .NET's DnsEndPoint as it prints itself, `Unspecified/h:27017` (its address family, a slash, the
# name): MongoDB's driver logs it for the server it could not reach
_DNS_END_POINT = re.compile(r"(?<![\w/])(?:Unspecified|InterNetwork|InterNetworkV6)/\Z")


_MAC_ADDRESS = re.compile(r"(?:[0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}")


_HTML_TAG_FIRST = re.compile(
    r"<(?:p|br|b|i|u|em|strong|tt|pre|code|div|span|td|th|tr|li|h[1-6]|title|small|font|center)>[A-Za-z]", re.I
)


def _in_mac_address(text: str, start: int, end: int) -> bool:
    return any(m.start() <= start and end <= m.end() for m in _MAC_ADDRESS.finditer(text, max(0, start - 15), end + 15))


def _libpq_resolved_server(text: str, start: int) -> bool:
    found = LIBPQ_RESOLVED_SERVER.search(text, max(0, start - 30), start + 300)
    return found is not None and found.start("host") == start


def _not_a_name_here(text: str, start: int, end: int, before: str, after: str) -> bool:
    """A path piece, an e-mail address, a `key=`, a call `f(`, a Python repr `<x.y object at`, a field's label."""
    return (
        (before != "" and before in "/\\@<" and not _DNS_END_POINT.search(text, max(0, start - 16), start))
        or (after != "" and after in "/\\(=")
        or text.startswith(" object at", end)
        or text.startswith(("'t ", "'t:", "\u2019t "), end)  # a contraction (`couldn't communicate`), no name
        # held-out LF-LM (spent): Rust's panic header, `thread '<unnamed>' panicked at`: the thread's name
        or (text.startswith("' panicked", end) and text.endswith("thread '", 0, start))
        # probes, round 18: a piece of a MAC address (Ironic's `node with addresses '52:54:00:1a:2b:3c'`)
        or (end - start <= 2 and _in_mac_address(text, start, end))
        or field_label(text, start, end)  # `Result: 'nodename nor servname ...'`
        or phrase_word(text, start, end)  # issue #17 (held-out J): `inside application:`, `publish address`
        or logger_field(text, start, end)  # issue #17 (held-out K): Elasticsearch's `[WARN ][common.network    ]`
        or nginx_context_field(text, start)  # corpus set U: nginx's `server:` / `host: "..."` of the client's request
        or line_link(text, start)  # issue #17 (lookalikes): GitHub Actions' `[34](https://.../jobs/2#step:12:35)`
        or in_html_tag(text, start)  # issue #17 (held-out R): `<BODY FGCOLOR="black">`, an attribute's value
        # probes, round 19: an HTML element's text run into its tag (px's error page, `<p>Message: 7; Could not
        # resolve or connect to proxy or host</p>`), no placeholder `<p>` before a word
        or _HTML_TAG_FIRST.match(text, start, end) is not None
        or ssl_mode_label(text, start, end)  # issue #17 (review 2): aiohttp's `ssl:default`, not `host:port`
        or role_word(text, start, end)  # survey 7: Redis' `connect to MASTER:`, mosquitto's `Error creating bridge:`
        # survey 7: PostgreSQL's objects (`pq: role "app_owner" does not exist`, `database "x" does not exist`)
        or _PG_OBJECT.search(text, max(0, start - 12), start) is not None
        # found by probing: the Kubernetes API's `secrets "x" not found` after a program's `lookup failed:`, the object
        # and the resource itself (`certificates.cert-manager.io "x" not found`)
        or (_API_OBJECT.search(text, max(0, start - 84), start) is not None and text.startswith('" not found', end))
        or _API_KIND_BEFORE_NOT_FOUND.match(text, end) is not None
        # source-mined (session 52): c-ares' status names (`[Errno 12] ARES_ETIMEOUT: Timeout while contacting DNS`)
        or _ARES_STATUS.fullmatch(text, start, end) is not None
        # probes, round 21: a DNS class's or record type's name as a sensor's log prints it (Zeek's dns.log,
        # `"qclass_name":"C_INTERNET"`, `AAAA` in its tab-separated rows)
        or (end - start >= 3 and record_word(text[start:end]))
        # probes, round 21: libpq's `connection to server at "h" (203.0.113.24), port 6543 failed:`: h resolved
        or _libpq_resolved_server(text, start)
        # source-mined (session 52): Python logging's default format (`ERROR:cassandra.datastax.cloud:<message>`)
        or (after == ":" and _PY_LOG_LEVEL_BEFORE.search(text, max(0, start - 10), start) is not None)
        or (after == ":" and _PROGRAM_PID_THREAD_AFTER.match(text, end) is not None)
        # held-out KX-LE (spent; review): GlusterFS' log domain after its `[file.c:N:function]`, the graph's number
        # and a translator's or a host's name (`] 0-management: error in getaddrinfo`, `] 0-gfs-b: error in ...`)
        or (
            after == ":"
            and text.startswith("] ", start - 2)
            and _GLUSTER_LOG_DOMAIN.fullmatch(text, start, end) is not None
        )
        # held-out CW (spent): a Rust tracing span's path (`request{dest="h"}:send:resolve:well-known:ip:`)
        or (
            after == ":"
            and "." not in text[start:end]
            and _SPAN_PATH_BEFORE.search(text, max(0, start - 120), start) is not None
        )
    )


def reason_follows(text: str, end: int, reasons: Sequence[re.Match[str]]) -> bool:
    """A reason right after the token (`h: no such host`, `'h' ([Errno 8] ...)`, `h:443: failed to lookup`)."""
    tail = _PORT_AND_PUNCT.match(text, end)
    at = tail.end() if tail else end
    return any(at <= r.start() <= at + 3 for r in reasons)


# the words after a name that say it did not resolve (`host db could not be resolved`, `upstream h did not resolve`)
_NOT_RESOLVED = r"(?:could\snot|couldn't|cannot|can't)\sbe\sresolved|(?:does|did)\snot\sresolve\b"
_FAILED_PREDICATE = LazyPattern(r"\s(?:" + _NOT_RESOLVED + r"|(?:is\s)?not\sresolvable|is\sunknown\b)", re.I)
# `Lookup of db failed`: a bare `failed` ends the name only after the look-up's own noun (review: `host sync failed`,
# `hostname check failed` name a step, not a host)
_LOOKUP_OF_LEAD = LazyPattern(r"\b" + _LOOKUP_OF + r"$", re.I)
_FAILED_AFTER = LazyPattern(r"[\"'`]?\sfailed\b", re.I)


def _terminated(text: str, end: int) -> bool:
    """A single word ends where a name would: line end, punctuation, `:port`, not mid-sentence (`host via ssh`)."""
    return (
        end >= len(text)
        or text[end] in ":,;)]'\"`\u2019\u201d"
        or text[end : end + 2] in (". ", ".\n", " (")
        or text[end : end + 4] in (" -> ", " => ")  # held-out DT (spent): a reporter's `Server host h -> <error>`
        # (synthetic phrase probe, session 53) the sentence's predicate says the name failed (`host db could not be
        # resolved`)
        or _FAILED_PREDICATE.match(text, end) is not None
        or cjk_at(text, end)
    )


def _tier(
    text: str, start: int, end: int, host: str, reasons: Sequence[re.Match[str]], *, named_after: bool = False
) -> int:
    """3: named (quoted, or after `host`/`resolve`/`lookup`...); 2: a URL's host, `host:port`, `h: <reason>`, a dotted
    name after `to`/`for`/`on`; 1: a dotted name under a known top-level domain; 0: not a candidate."""
    before = text[start - 1] if start else ""
    after = text[end : end + 2].lstrip("\\")[:1]  # `\'h\'`: an escaped quote
    lead_at = max(0, start - 24)
    lead = text[lead_at:start]
    # a keyword that is a word of the reason itself (`no such host" {"grpc_log"`) names nothing
    lead = lead[max([0] + [r.end() - lead_at for r in reasons if lead_at < r.end() <= start and names_before(r)]) :]
    if lead.endswith("://") and (
        text.startswith("@", end) or _PASSWORD_AFTER.match(text, end) or _STORAGE_SCHEME.search(lead)
    ):
        # `redis://secret@host:6379`, `redis://user:password@host`: the userinfo, not the host; (held-out EG, spent)
        # `gcs://_ray_pkg_….zip`: an object store's bucket or key, no name looked up
        return 0
    if lead.endswith("://") or (before == "@" and _USERINFO.search(text[max(0, start - 300) : start])):
        # issue #17 (held-out F): `(see https://curl.haxx.se/libcurl/...)` is a documentation link, not the name
        return _url_tier(text, start, reasons)
    if text.startswith("/<unresolved>", end):  # Java's InetSocketAddress: `name/<unresolved>:port`
        return 3
    tier = _named_tier(text, start, end, host, reasons, lead, named_after=named_after)
    # the guards last (speed only): most tokens of a long line are no candidate whatever stands around them
    return 0 if tier == 0 or _not_a_name_here(text, start, end, before, after) else tier


def _named_tier(  # noqa: PLR0911
    text: str, start: int, end: int, host: str, reasons: Sequence[re.Match[str]], lead: str, *, named_after: bool
) -> int:
    """`_tier` past the URL's and Java's forms, before the guards against a path piece, a call, a field's label..."""
    before = text[start - 1] if start else ""
    after = text[end : end + 2].lstrip("\\")[:1]
    dotted = "." in host
    if (
        named_after
        and (_terminated(text, end) or is_placeholder(host))
        and not (host in WORDS and text.startswith(": ", end))  # gRPC's `failed for service: h`
    ):
        return 3  # issue #17 (held-out F): `ENOTFOUND <redacted_url_1> | ...`, `failed for broker (...)`: named
    quoted = before in _QUOTES and after in _QUOTES
    strong = _strong_keyword(lead)
    if quoted:
        # a JSON key (`"errno": ...`) is not a name, nor the value of a key that names no host (`"logger":
        # "authentik.lib.config"`); `resolve host 'db': [Errno -2]` is
        if text[end + 1 : end + 4].lstrip().startswith((":", "=>")) and not (strong or _NAMING_NOUN.search(lead)):
            return 0  # Ruby's `"key"=>` too; but `resolve server "h": timed out` quotes a name after its noun
        key = (
            _JSON_KEY.search(text, max(0, start - 40), start)
            or _LOGFMT_KEY.search(text, max(0, start - 40), start)
            or _RUBY_SYMBOL_KEY.search(text, max(0, start - 40), start)
            or _DEBUG_FIELD_KEY.search(text, max(0, start - 40), start)
        )
        # (source-mined, session 52) Elixir's logger metadata `"domain":["elixir"]`: no host's domain
        elixir_domain = _LOGGER_DOMAIN.search(text, max(0, start - 80), start) is not None
        return 0 if elixir_domain or (key is not None and not is_host_key(key.group(1))) else 3
    # `name=h type=AAAA`; (rules14) `getaddrinfo ENOTFOUND h error.` in prose: Node's slot for the name
    if strong and (
        dotted
        or _terminated(text, end)
        or lead.endswith("=")
        or after_node_code(text, start, host)
        or (_LOOKUP_OF_LEAD.search(lead) is not None and _FAILED_AFTER.match(text, end) is not None)
    ):
        return 3
    # Go: `lookup h on 10.0.0.10:53: ...`; issue #17 (held-out H): `(https://h/x): h: Try again`; (source-read, Blocky)
    # Go's reason with the name after it, as a program's own wrapping prints it (`resolve error: no such host h`)
    if (
        _go_lookup(text, start, end)
        or (dotted and text[max(0, start - 13) : start].lower() == "no such host ")
        or (any(r.start() == end for r in reasons) and url_host_tries_again(text, end))
    ):
        return 3
    if after == ":" and text[end + 1 : end + 2].isdigit():
        return 0 if hex_after(text, end) else quoted_host_port(text, start, end)
    if after == ":" and reason_follows(text, end, reasons) and (dotted or _LINE_LEAD.search(text, 0, start) is None):
        # `h: no such host`; but `nslookup: can't resolve`, at the start of its line, is the program; and a word
        # before a verb that names its own object (`op-mon: failed to resolve mon endpoint h.ns.svc`) is a component
        return 1 if not dotted and _verb_with_dotted_object(text, end, reasons) else 2
    # held-out BP (spent): or Go's words retyped without their colon (`'prometheus.minikube no such host'`)
    if dotted and (_KEYWORD_BEFORE.search(lead) or text[end : end + 13].lower() == " no such host"):
        return 2
    return _frame_tier(text, end, lead, dotted=dotted) or (1 if dotted and _tld_like(host) else 0)


def _frame_tier(text: str, end: int, lead: str, *, dotted: bool) -> int:
    """(synthetic phrase probe, session 53) 3: the object of `connecting to h on port N` (`Error connecting to db on
    port 5432: <reason>`); 2: the subject of `could not be resolved`, `failed to resolve` (`upstream h failed to
    resolve: ...`); 0: neither."""
    if not dotted and "connect" in lead.lower() and _CONNECTING_TO.search(lead) and _ON_PORT.match(text, end):
        return 3
    return 2 if _SUBJECT_NOT_RESOLVED.match(text, end) else 0


_SUBJECT_NOT_RESOLVED = LazyPattern(
    r"['\"`]?\s(?:" + _NOT_RESOLVED + r"|failed\sto\sresolve|is\snot\sresolvable)\b", re.I
)


_CONNECTING_TO = LazyPattern(r"\bconnect(?:ing|ion)?\sto\s{1,2}$", re.I)
_ON_PORT = LazyPattern(r"\son\sport\s\d{1,5}\b", re.I)
_DOTTED_OBJECT = LazyPattern(r"[ \t]{1,2}(?:[A-Za-z]{2,12}[ \t]){0,2}['\"`]?[A-Za-z0-9-]{1,63}\.[A-Za-z0-9.-]{1,200}")


def _url_tier(text: str, start: int, reasons: Sequence[re.Match[str]]) -> int:
    """A URL's host: 2, none for a documentation link (issue #17, lookalikes); 4 for the URL in parentheses right after
    the reason it is about (source-mined: redis-client's `getaddrinfo: Name or service not known (redis://h:6379/1)`,
    before a JSON log's other host fields)."""
    if documentation_link(text, start) or line_link(text, start) or _CODE_LOCATION.match(text, start):
        return 0
    paren = _URL_IN_PARENS.search(text, max(0, start - 32), start)
    # (4: before a JSON log's host field, which is 3, wherever it stands; review)
    return 4 if paren is not None and any(r.end() == paren.start() for r in reasons) else 2


# held-out EW (spent): a script's location, `line:column` after its URL (Deno's `... not known at
# https://deno.land/x/fresh@1.6.6/src/build/deps.ts:9:29`, a JS stack frame's `at https://h/app.js:12:5`)
_CODE_LOCATION = LazyPattern(CODE_LOCATION)
_STORAGE_SCHEME = LazyPattern(r"(?<![\w+.-])(?:gs|gcs|s3[an]?|abfss?|wasbs?|oss|cos|file)://\Z", re.I)
_URL_IN_PARENS = LazyPattern(r"\s?\([A-Za-z][\w+.-]{0,20}://(?:[^\s@/()]{1,200}@)?\Z")


def _verb_with_dotted_object(text: str, end: int, reasons: Sequence[re.Match[str]]) -> bool:
    """The reason after `end` is a verb (`failed to resolve`) whose object, a dotted name, follows it on its line,
    with at most two nouns between (`failed to resolve mon endpoint h.ns.svc`)."""
    at = end + 1
    return any(
        at <= r.start() <= at + 3 and r.group(0).lower() in VERBS and _DOTTED_OBJECT.match(text, r.end())
        for r in reasons
    )


def _query_field_value(text: str, start: int, end: int) -> bool:
    """The token is the value of a DNS query log's field for the query, written as a DNS log writes it, with its root
    dot (`"queryName":"h."`, `qname="h."`): not an application's `query_name` (a report's or a procedure's name)."""
    if not text.startswith(".", end) or text[end + 1 : end + 2] not in ("'", '"'):
        return False
    key = _JSON_KEY.search(text, max(0, start - 40), start) or _LOGFMT_KEY.search(text, max(0, start - 40), start)
    return key is not None and is_query_key(key.group(1))


def _go_lookup(text: str, start: int, end: int) -> bool:
    """Go's `lookup NAME on SERVER:` (the name it looked up, whatever it looks like)."""
    return text[max(0, start - 7) : start].lower() == "lookup " and text.startswith(" on ", end)


def _tld_like(host: str) -> bool:
    last = host.rsplit(".", 1)[-1]
    return last in TLDS or (len(last) == 2 and last.isalpha())


def plausible_listed(raw: str) -> bool:
    """A name a reporter lists after one the reason named: a dotted name plausible where a URL's host or a `host:port`
    would be, under a public top-level label (not a file, a version, a class path, a package or a masked address)."""
    host = clean_host(raw)
    return host is not None and "." in host and _tld_like(host) and _plausible(raw, host, 2, False)


def _plausible(raw: str, host: str, tier: int, named_by_reason: bool, *, in_url: bool = False) -> bool:
    if "$" in raw and is_class_path(host.replace("$", ".")):
        return False  # issue #17 (held-out AD): a nested class (`...AddressResolver$BookieIdNotResolvedException`)
    if is_placeholder(raw):
        if "." in host and host.rsplit(".", 1)[1] in SOURCE_FILE_SUFFIXES:
            return False  # held-out FU (spent): a Node frame's `(domain.js:482:12)`, a file whose name is a slot word
        # `x.x.x.x`, `172.xx.xx.x`: an address typed over; `[elk]`: a list's brackets
        if (
            tier >= 2
            and not _IP_TYPED_OVER.fullmatch(host)
            and (not raw.startswith("[") or bracket_masked(raw))
            and host.strip("<>") not in _NOT_REDACTIONS
        ):
            return True
        # LABELS.md: a well-formed name with a slot word for a label (`hostname.example.com`, `git.domain.de`) is read
        # where a real name would be, then flagged
        return slot_word_name(raw) and _plausible_name(raw, host, tier, named_by_reason, in_url)
    return _plausible_name(raw, host, tier, named_by_reason, in_url)


# held-out FW (spent): a .NET namespace or NuGet package id (`'SEM.MessageQueue.Client'`, `Microsoft.AspNet.Mvc`):
# every label capitalised, one a compound word, the last no top-level domain; a host's labels are seldom all so
_PASCAL_LABELS = re.compile(r"[A-Z][A-Za-z0-9]*(?:\.[A-Z][A-Za-z0-9]*)+")
_COMPOUND_WORD = re.compile(r"[A-Z][a-z]+[A-Z][a-z]")


def _code_namespace(raw: str, host: str) -> bool:
    return (
        _PASCAL_LABELS.fullmatch(raw) is not None
        and _COMPOUND_WORD.search(raw) is not None
        and host.rsplit(".", 1)[1] not in TLDS
    )


def _plausible_name(raw: str, host: str, tier: int, named_by_reason: bool, in_url: bool) -> bool:
    if _code_namespace(raw, host):
        return False
    if is_ip(host) or is_class_path(host) or _VERSION.fullmatch(host) or host.endswith(NOT_A_HOST_ENDINGS):
        return False
    labels = host.split(".")
    if len(labels) > 2 and all(len(label) == 1 for label in labels[:-1]):
        return False  # issue #17 (held-out F): an abbreviated logger (`o.a.k.c.ClientUtils`), not a name
    if len(labels) > 1:
        last = labels[-1]
        # a top-level label is letters (a headless Service's `pod.service` or `api.EKS-Test-Cluster` may have dashes)
        lettered = last.isalpha() or (tier >= 2 and last.replace("-", "").isalpha())
        return (
            lettered
            and len(last) >= 2
            # a file's suffix (`deploy.sh` in prose), unless a URL's host (`https://get.helm.sh/...`) or named
            and (last not in FILE_SUFFIXES or named_tld(last, tier) or in_url)
            and labels[0] not in PACKAGE_ROOTS
            # held-out BV: Boost.Asio's error category and code (`Resolve error: asio.netdb:1 : Host not found`)
            and labels[0] != "asio"
            and (last not in SYSLOG_PRIORITIES or (tier >= 3 and len(labels) > 2))
            # a word then a label (`my.name` in prose), unless a URL's host (`redis://u:p@my.host:6789`)
            and not (len(labels) == 2 and labels[0] in WORDS and tier < 4 and not in_url)
        )
    return (
        tier >= 2
        and (host not in WORDS or named_by_reason)  # `server on 'host' ([Errno 8] ...)`
        and len(host) > 1
        and not host.replace("-", "").isdigit()  # issue #17 (held-out F): `08:05:28-04:00`'s `28-04`, a time
        and (not raw.isupper() or (named_by_reason and caps_name(raw)))  # issue #17 (held-out O): `ORDER-SERVICE`
        and _CAMEL.search(raw) is None  # `StaticHostProvider:148`, `NetworkingError`: a class, not a name
    )


def _may_be_a_candidate(text: str, at: int, end: int, raw: str) -> bool:
    """False only for a token that `candidates` would drop whatever its context: not a scheme taken for the host, not
    in Node's name slot, and not plausible even at the surest tier, named by the reason and in a URL (`_plausible` only
    widens as each of those rises). A query name is the one other way in; the caller checks it. Speed only: a hostile
    megabyte of `a.b` tokens spent 35 us on each one's context."""
    # (the cached test of the token alone first: it holds for most tokens; the three are pure, so the order is free)
    return _plausible_anywhere(raw) or scheme_as_host(text, at, end) or node_slot_name(text, at, raw)


@functools.lru_cache(maxsize=4096)
def _plausible_anywhere(raw: str) -> bool:
    """Whether the token is plausible at the surest tier, named by the reason and in a URL: a function of the token
    alone, kept per token (a log repeats its names; a hostile megabyte repeats one token thousands of times)."""
    host = clean_host(raw) or (clean_host(raw, exact=True) if raw.isalnum() else None)
    return host is not None and _plausible(raw, host, 4, True, in_url=True)


_QUOTED_OPTION_BEFORE = re.compile(r"[\"'`]--?[A-Za-z][\w-]{0,60}=\Z")


def _quoted_option_value(text: str, at: int, end: int) -> bool:
    """Whether the name at `at`..`end` is the value of a quoted command-line option (`"--name=value"`)."""
    return text[end : end + 1] in _QUOTES and _QUOTED_OPTION_BEFORE.search(text, max(0, at - 64), at) is not None


def _column_label(text: str, at: int, end: int) -> bool:
    """Whether the token at `at`..`end` is a log collector's label for the container a line came from, right after
    the collector's bracketed header and glued to the line by `|` (`[8/15/2019 4:56:50 PM] [INFO]
    peer0.org1.example.com|npm ERR! code EAI_AGAIN`), not a name the line's error is about."""
    return (
        text.startswith("] ", at - 2)
        and end + 1 < len(text)
        and text[end + 1] not in " \t|\n"
        and _REASON_AFTER_BAR.match(text, end + 1) is None  # (review) `] h|NXDOMAIN`: a name and its result
    )


_REASON_AFTER_BAR = re.compile(
    r"(?:NXDOMAIN|SERVFAIL|REFUSED|TIMEOUT|could\snot|can'?t|cannot|unable|fail|no\ssuch|not\sfound|unknown|time[ds]?\s?out"
    r"|temporary|name\sor\sservice|no\saddress|ENOTFOUND|EAI_)",
    re.I,
)


_AS_THE_RESOLVER_AFTER = re.compile(
    r"[`'\"]?\sas\s(?:the\s|a\s|my\s|our\s|its\s|your\s)?(?:dns|resolver|nameserver|name\sserver)\b", re.I
)
_OBJC_METHOD = re.compile(r"[-+]\[[A-Z][A-Za-z0-9_]{0,60} [A-Za-z_][A-Za-z0-9_:]{0,60}\]")
"""An Objective-C method as its runtime logs it (`-[Class selector:]`), not a bracketed stand-in."""

_JSON_KEY_BEFORE = re.compile(r"[{,]\s{0,3}\Z")
"""What stands before a JSON object's key: the object's opening brace or the comma after the value before it."""


def candidates(
    text: str, lo: int, hi: int, reasons: Sequence[re.Match[str]] = (), limit: int = 2 * CANDIDATES
) -> Candidates:
    """The plausible names among the first `limit` tokens of `text[lo:hi]`."""
    out = Candidates()
    # a reason that ends on a quote (`bad address '`) has its name right after it, not a word of it
    spans = [(r.start() - 1, r.end() + (r.group(0)[-1].isalnum())) for r in reasons]
    templated = may_hold_template(text)  # (source-mined) a structured log's message template or thread name
    for n, t in enumerate(_TOKEN.finditer(text, lo, hi)):
        if n >= limit:
            break
        out.tokens = n + 1
        at = t.start()
        if any(a <= at < b for a, b in spans) or logger_own_host(text, at):
            continue  # a word of the reason itself (`Name does not resolve`, `EAI_AGAIN`), a JSON logger's own host
        raw = t.group("host").rstrip(".-")
        end = t.start() + len(raw)
        if not _may_be_a_candidate(text, at, end, raw) and not query_name(text, at, end):
            continue  # speed: no context makes it a candidate
        quoted = t.start() > 0 and text[t.start() - 1] in _QUOTES and text[end : end + 1] in _QUOTES
        # `'host' ([Errno 8] ...)`, not the program opening a code span (`` `ping: bad address 'x'` ``); and Go's
        # `lookup domain on 127.0.0.11:53: no such host`: even a word is the name looked up there
        named_after = named_after_reason(text, t.start(), end) or quoted_after_reason(text, t.start())
        # issue #17 (held-out G): `getaddrinfo for h failed`; (held-out J) CoreDNS's `h. AAAA: <error>`
        qname = query_name(text, t.start(), end)
        in_place = qname or named_in_place(text, t.start(), end)
        quoted_then_reason = (
            (quoted and reason_follows(text, end, reasons))
            or _go_lookup(text, t.start(), end)
            or named_after  # `UnknownHostException: broker`
            or in_place
            or (
                text.startswith(":", end) and named_by_keyword(text, t.start(), end, reason_follows(text, end, reasons))
            )
        )
        # `server on 'host' ([Errno 8] ...)`: quoted, the reason right after it: even a word is the name looked up
        host = clean_host(raw) or (
            clean_host(raw, exact=True) if quoted_then_reason and (raw.isalnum() or qname) else None
        )
        if host is None or (host == "database" and text.endswith("communicating with ", 0, at)):
            continue  # sqlx's own words (`error communicating with database: ...`), not a Compose service's name
        if (text.startswith("::", at - 2) and not text.startswith("::", at - 3)) or text.startswith("://", end):
            continue  # `linkerd_app_core::control:`, a Rust/C++ path's last part; `akka.tcp://`, a URL's scheme
        tier = 3 if in_place else _tier(text, t.start(), end, host, reasons, named_after=named_after)
        if not tier:
            continue  # the guards below only ever drop a candidate: weighed for one that has a tier (speed)
        scheme = scheme_as_host(text, at, end)  # issue #17 (after held-out L): `(http:80)`, a scheme taken for the host
        lead = text[max(0, t.start() - 300) : t.start()]
        url = lead.endswith("://") or (lead.endswith("@") and _USERINFO.search(lead) is not None)
        if _dropped(text, raw, at, end, quoted=quoted, templated=templated):
            continue
        if url and (_LINKED_FROM_URL.search(lead) or lead.endswith(_BROWSER_SCHEMES)):
            # a Markdown link's target under a label that is itself a URL: the reader saw the label's host; held-out
            # HV-IC (spent): a browser's own page (Chrome's error page links `chrome-error://chromewebdata/`)
            continue
        # a DNS query log's own field for the name (`"queryName":"h."`) comes before its other host fields
        pointed = quoted and pointed_at(text, t.start() - 1, reasons)
        tier = 4 if (tier == 3 and pointed) or (tier and _query_field_value(text, at, end)) else tier
        tier = min(tier, 1) if scheme and not quoted_then_reason else tier  # any other name on the line wins over it
        # a query name: any digits; (held-out S, W) an upper- or mixed-case name in Node's `getaddrinfo CODE` slot
        if tier and (
            qname
            or scheme
            or _plausible(raw, host, tier, quoted_then_reason, in_url=url)
            or node_slot_name(text, at, raw)
        ):
            port = _PORT_AFTER.match(text, end, end + 7)
            out.append(Candidate(raw, t.start(), end, tier, port.group(1) if port else None, url, quoted_then_reason))
    return out


def _dropped(text: str, raw: str, at: int, end: int, *, quoted: bool, templated: bool) -> bool:
    """Whether a token with a tier is still no name: a field's value, a class path's head, an error's constant, a
    file, a JSON key, a SQL statement's word... (each only ever drops a candidate: `candidates` weighs them last)."""
    if (
        no_name_here(text, raw, at, end)
        or (text.startswith("|", end) and _column_label(text, at, end))
        or _OBJC_METHOD.fullmatch(raw) is not None
        # probes, round 11: SSSD's log header names the back end's domain (`[be[corp.example.com]]`), not a look-up
        or (text.startswith("[be[", at - 4) and text.startswith("]]", end))
        # held-out LV-MC (spent): `When using xip.io as DNS for Knative-serving, I can't resolve ...`: the name said to
        # be the resolver (a wildcard-DNS service, a server) is not the one whose look-up failed
        or _AS_THE_RESOLVER_AFTER.match(text, end) is not None
        # probes, round 12 (review): WebdriverIO's `... when running "title" with method "GET"`, the WebDriver command
        or text[max(0, at - 14) : at].lower() == 'when running "'
        or text[max(0, at - 10) : at].lower() == 'and args "'  # ... and its arguments (`and args "{"url":...}"`)
        # probes, round 13: Python's `<class 'reviewboard.scmtools.git.GitTool'>`, a class path printed by repr()
        or text.endswith("<class '", 0, at)
        # probes, round 14: MAVROS' `mavconn: udp0: resolve error: ...`, its channel's label (rules read its URL line)
        or (text.endswith("mavconn: ", 0, at) and text.startswith(": resolve error: ", end))
        # probes, round 13: Boost.Asio's host-less `Host not found (authoritative)`: the word before is the program's
        # label (`P1 Smart Meter: Host not found ...`), unless dotted or the line says what it resolved (YugabyteDB's
        # `Resolve failed h: Host not found (authoritative)`)
        or (
            text.startswith(": Host not found (", end)
            and "." not in raw  # (review) a dotted name there is the one looked up (`connect to h: Host not found ...`)
            and "resolv" not in text[text.rfind("\n", 0, at) + 1 : at].lower()
        )
    ):
        # `At line:1 char:1`, `lookup on: ...`, `in region eu-west-1: ...` (places_not_names); held-out JJ-JQ (spent):
        # a collector's `[INFO] peer0.org1.example.com|` before each line; SOGo's `-[NGInternetSocketAddress
        # _fillHost]: host not found`, an Objective-C method
        return True
    if json_value_of_other_key(text, at, end) or (templated and in_message_template(text, at)):
        return True  # issue #17 (held-out L): `{"Source server":"Prod"}`, a field's value, not a name
    if class_path_head(text, raw, end) or _quoted_option_value(text, at, end):
        # issue #17 (held-out X): `SSHKit::Runner::ExecuteError`, a class path's first word; (held-out DE, spent)
        # socat's `getaddrinfo("--wsrep_cluster_name=galera-testing", ...)`: a whole option handed over as the
        # name, whose value is not what was looked up
        return True
    if (
        raw in _NOUNS_IN_CAPITALS
        or _ERROR_CONSTANT.fullmatch(raw) is not None
        or (raw.lower() == "answer" and text[max(0, at - 4) : at].lower() == "got ")
        or (raw.lower() == "dnsquery" and text.startswith(": ", end))
    ):
        # TDengine's `Unable to resolve FQDN`: the noun in capitals, not a name (a stand-in is lower-case); dig's
        # and c-ares adig's `;; Got answer: Domain name not found`: the header; Go on Windows' `lookup h:
        # dnsquery: DNS name does not exist.`: the Windows call that failed (source-mined)
        return True
    if (
        (quoted and _FILE_BEFORE.search(text, max(0, at - 12), at))
        or (
            text.startswith('"', at - 1)
            and text.startswith('":', end)
            and _JSON_KEY_BEFORE.search(text, max(0, at - 6), at - 1)
        )
        or CAMEL_TAIL.search(raw) is not None
    ):
        # pacman's `failed retrieving file 'core.db' from h`: a file the program names, not a host; (source-mined)
        # Zot's `..."url":"https://h:5000"}`: a JSON object's key, not a value; (source-mined) Kustomize's
        # `failed to look up metadata.configFn`: a field path whose last part is camelCase, no top-level label
        return True
    # issue #17 (held-out I, survey 7): Laravel's `(SQL: select ...)`, `(Connection: mysql, SQL: ...)`
    return (
        in_sql_statement(text, at)
        or _key_or_address_piece(text, raw, end, quoted=quoted)
        # held-out JB-JI (spent, off-frame): a URL's percent-encoded host that decodes to no name
        # (`http://0.0.0.0%EF%BC%9A8157:11434/`, a full-width colon typed into it), not a `%VAR%` stand-in
        or (
            _PERCENT_ENCODED.search(raw) is not None
            and text[max(0, at - 8) : at].endswith("://")
            and not _decodes_to_a_name(raw)
        )
    )


_PERCENT_ENCODED = re.compile(r"[^%\s]%[0-9A-Fa-f]{2}")


def _decodes_to_a_name(raw: str) -> bool:
    """(review) `m%C3%BCnchen.example` decodes to a name (an IDN), `0.0.0.0%EF%BC%9A8157` to none."""
    return all(c.isalnum() or c in ".-_" for c in unquote(raw))


_HEX_GROUP = re.compile(r"[0-9a-fA-F]{1,4}")
# `::`, a group then `::`, or two more groups: not a name's port before a reason (`db:6379: Name or service not
# known`); (held-out JB-JI, spent) `2a01:7e01::f03c:...`, Go's `too many colons in address`
_IPV6_REST = re.compile(r":(?::|[0-9a-fA-F]{1,4}::|[0-9a-fA-F]{1,4}:[0-9a-fA-F]{1,4}:)")
# held-out JB-JI (spent): Ceph's msgr2 address, `[v2:172.22.253.93:3300`: the protocol's version, then an address
_MSGR_VERSION = re.compile(r"v[12]")
_IPV4_AFTER = re.compile(r":(?:\d{1,3}\.){3}\d{1,3}\b")


def _key_or_address_piece(text: str, raw: str, end: int, *, quoted: bool) -> bool:
    """held-out FZ-GG (spent): logr's `"msg"="..."`, a key of a structured line; `bad address 'f00d::c0a8:...'`, an
    IPv6 address's first group; (held-out JB-JI, spent) `v2:10.1.2.3:3300`, a msgr2 address's version."""
    return (
        (quoted and text.startswith('"=', end))
        or (_HEX_GROUP.fullmatch(raw) is not None and _IPV6_REST.match(text, end) is not None)
        or (_MSGR_VERSION.fullmatch(raw) is not None and _IPV4_AFTER.match(text, end) is not None)
        or (_HEX_GROUP.fullmatch(raw) is not None and _in_ipv6_address(text, end - len(raw), end))
    )


_HEX_COLON = frozenset("0123456789abcdefABCDEF:")


def _in_ipv6_address(text: str, at: int, end: int) -> bool:
    """held-out JJ-JQ (spent): a group inside a whole IPv6 address (Node's `getaddrinfo ENOTFOUND
    [2001:bc8:1d90:1fc1:dc00:ff:fe2b:3f97]`), wherever it stands in it: the run of groups and colons around it reads as
    one address."""
    lo = at
    while lo > max(0, at - 40) and text[lo - 1] in _HEX_COLON:
        lo -= 1
    hi = end
    while hi < min(len(text), end + 40) and text[hi] in _HEX_COLON:
        hi += 1
    run = text[lo:hi]
    return run.count(":") >= 2 and (is_ip(run) or is_ip(run.rstrip(":")))


VERB_OBJECT = 14
"""Characters between a verb and its object (`could not resolve host: 'h'`)."""


def best_candidate(cands: list[Candidate], at: int, verb_end: int | None = None) -> Candidate | None:
    """The surest candidate, then the nearest to the reason at `at` (one after it counts 40 characters farther); of
    those equally sure, the object of a verb ending at `verb_end` (`from m : Could not resolve host: h`: the name
    after `resolve`, not the one before it)."""
    if not cands:
        return None

    def object_of_verb(c: Candidate) -> bool:
        return verb_end is not None and 0 <= c.start - verb_end <= VERB_OBJECT

    return max(cands, key=lambda c: (c.tier, object_of_verb(c), -(abs(c.start - at) + (0 if c.start < at else 40))))
