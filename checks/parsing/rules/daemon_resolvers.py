r"""Daemons' own resolver texts held-out sets AT-BC met that no rule read (issue #17).

- dockerd's embedded DNS server (127.0.0.11) logging a forward that failed: `[resolver] failed to query external DNS
  server" ... error="read udp ...: i/o timeout" question=";h.\tIN\t AAAA"`: the name is the question's, the kind the
  error's; its older words (libnetwork before 23), `[resolver] external DNS udp:S did not return any A records for
  "h."` (no answer, NXDOMAIN or none of the type: `other`; an AAAA one is no failure, most names have none) and
  `responded with SERVFAIL|REFUSED for "h."` (held-out DM, spent), its words in 24-25, `[resolver] failed to query
  DNS server: S:53, query: ;h.\tIN\t A` (23's `failed to read from DNS server`) with the entry's `error` field, not
  when the next server's answer for the name is logged below (held-out LN-LU, spent), and its debug pair (held-out
  FX, spent): `[resolver] query h. (A) from C, forwarding to udp:S` then `[resolver] read from DNS server failed, read
  udp C->S:53: i/o timeout`, the name the query line above from the same client address C (each try has its own
  port), the error's kind;
- Kong's `failed the initial dns/balancer resolve for 'h' with: <a Lua table or number>` (the error object printed as
  Lua prints a table, no reason: `other`), its quotes as pasted typographic ones too;
- libcurl's `Timeout was reached for URL [Resolving timed out after N milliseconds]` (dnf's and yum's `Curl error
  (28)`): the URL's host timed out resolving;
- the ZooKeeper C client's `ZOO_ERROR@getaddrs@N: getaddrinfo: <strerror text>` (Mesos, Kafka's C clients): the
  name is the `host=h:port` of its `Initiating client connection` line above, read only when that list holds one
  name (with several, the line does not say which failed); the text is an errno's (`No such file or directory`),
  no resolver's reason: `other` unless it is one;
- (held-out AZ-BC) a logfmt line of a resolver in a VM or proxy (OrbStack's vmgr): `msg="DNS query failed"
  error=timeout name=h. type=AAAA` (the kind its error field's);
- pacman's `failed retrieving file 'core.db' from h : Resolving timed out after N milliseconds` (libcurl's text,
  the mirror named before it);
- lego's (Traefik's, Caddy-less ACME clients', 1Panel's) `DNS call error: <Go error> [ns=S:53, question='h. IN TXT']`
  and `[ns=S:53, question='h. IN SOA', code=SERVFAIL]`: the name is the question's, the server the `ns`; the kind
  the code's, else the error's (held-out DO, spent: the `ns` was read as the name);
- OCaml's happy-eyeballs / dns-client: `connection to h failed: error connection to R failed: timeout connecting to
  resolver R:853, R:53` (the resolver did not answer: `timeout`).

(HAProxy's `'log': invalid address: 'h' in 'h'`, with no port, is read by `proxy_gateways.py`'s rule for its server
lines.)
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from checks.parsing.document import Segment
from checks.parsing.hosts import is_reverse_name
from checks.parsing.kinds import RCODES, classify
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, fixed, hit, named_below, rx

# --- dockerd's embedded resolver ------------------------------------------------------------------------------------

_DOCKERD_FORWARD = rx(
    r"failed\sto\squery\sexternal\sDNS\sserver\"?[^\n]{0,300}?\serror=\"(?P<rest>[^\"\n]{1,200})\"[^\n]{0,100}?"
    r"\squestion=\";(?P<host>{H})\.?(?:\\t|\s){1,4}IN(?:\\t|\s){1,4}(?P<type>[A-Z]{1,6})"
)


def _dockerd_forward(m: re.Match[str], seg: Segment) -> Hit | None:
    if m.group("type") == "PTR":
        return None  # a reverse look-up: LABELS.md, no failure
    kind = classify(m.group("rest")) or unstated("dockerd `failed to query external DNS server` (no reason)")
    return hit(m, seg, kind, exact=True)


# held-out LN-LU (spent): its words in 24-25 (resolver.go's forwardExtDNS, an error), `[resolver] failed to query DNS
# server: S:53, query: ;h.\tIN\t A`, and (review) 23's warning, `[resolver] failed to read from DNS server: ...`; the
# entry's `error` field (logfmt after the message, or JSON's sorted keys before it: `--log-format json` since 25) gives
# the kind, `other` where the line was cut before it
_DOCKERD_FAILED_QUERY = rx(
    r"\[resolver\]\sfailed\sto\s(?:query|read\sfrom)\sDNS\sserver:\s(?P<server>[^\s,]{1,60}),\squery:\s;"
    r"(?P<host>{H}?)\.?(?:\\t|\s){1,4}IN(?:\\t|\s){1,4}(?P<type>[A-Z][A-Z0-9]{0,9})\b"
)
_ENTRY_ERROR = re.compile(
    r"\serror=\"(?P<rest>[^\"\n]{1,200})\"|\serror=(?P<bare>[^\s\"]{1,200})|\"error\"\s?:\s?\"(?P<json>[^\"\n]{1,200})\""
)
ENTRY_REACH = 400
"""Characters either side of the message read for its entry's `error` field (one log line)."""


def _dockerd_failed_query(m: re.Match[str], seg: Segment) -> Hit | None:
    if m.group("type") == "PTR":
        return None  # a reverse look-up: LABELS.md, no failure
    line_start = seg.text.rfind("\n", 0, m.start()) + 1
    line_end = seg.text.find("\n", m.end())
    after = _ENTRY_ERROR.search(
        seg.text, m.end(), min(m.end() + ENTRY_REACH, len(seg.text) if line_end < 0 else line_end)
    )
    error = after or _ENTRY_ERROR.search(seg.text, max(line_start, m.start() - ENTRY_REACH), m.start())
    rest = (error.group("rest") or error.group("bare") or error.group("json")) if error else ""
    kind = classify(rest) or unstated("dockerd `failed to query DNS server` (no reason)")
    # (review) forwardExtDNS goes on to the next server: its `received A record "ip" for "h."` below is the same query
    # answered
    if named_below(seg, RECEIVED_LINES, m.group("host"), _DOCKERD_RECEIVED):
        return None
    return hit(m, seg, kind, server=m.group("server"), exact=True)


# held-out DM (spent): libnetwork's words before 23 (resolver.go's forwardExtDNS), the name quoted with `%q`
_DOCKERD_OLD = rx(
    r"\[resolver\]\sexternal\sDNS\s[a-z]{3}:[^\s]{1,60}\s(?:did\snot\sreturn\sany\s(?P<type>[A-Z]{1,6})\srecords"
    r"|responded\swith\s(?P<rcode>SERVFAIL|REFUSED))\sfor\s\\?\"(?P<host>{H}?)\.?\\?\""
)


def _dockerd_old(m: re.Match[str], seg: Segment) -> Hit | None:
    if m.group("rcode"):
        return hit(m, seg, "servfail" if m.group("rcode") == "SERVFAIL" else "refused", exact=True)
    if m.group("type") != "A":
        return None  # an AAAA (or other type) with no record: the name may well have an A one
    host = m.group("host").lower()
    for line in seg.lines_after(RECEIVED_LINES):
        received = _DOCKERD_RECEIVED.search(line)
        if received and (host + ".").startswith(received.group("host").lower().rstrip(".") + "."):
            return None  # a search-path try of a name that then resolved (LABELS.md; review)
    return hit(m, seg, unstated("dockerd `did not return any A records` (no answer)"), exact=True)


_DOCKERD_RECEIVED = rx(
    r"\[resolver\]\sreceived\s(?:A|AAAA)\srecord\s\\?\"[^\"\\\n]{1,60}\\?\"\sfor\s\\?\"(?P<host>[^\"\\\s]{1,253})\\?\""
)
RECEIVED_LINES = 12
"""Lines under a failed try read for the name's answer (a search-path try's, or the next server's for the same name)."""


# --- lego's DNSError: `<message>: <error> [ns=S, question='h. IN T', code=RCODE]` -----------------------------------

_LEGO_DNS_ERROR = rx(
    # (source-mined, lego 4.2x: `unexpected response for 'h.' [question='h. IN SOA', code=REFUSED]`, no server)
    r"\[(?:ns=(?P<server>[^\s,\]]{1,100}),\s)?question='(?P<host>{H}?)\.?\s{1,3}IN\s{1,3}"
    r"(?P<type>[A-Z]{1,10})'(?:,\scode=(?P<code>[A-Z]{1,10}))?\]"
)


_LOOKUP_OF_SERVER = re.compile(r"\blookup\s")
LEGO_MESSAGE = 300
"""Characters before the details read for the message and the Go error it wraps."""


def _lego_dns_error(m: re.Match[str], seg: Segment) -> Hit | None:
    if m.group("type") == "PTR":
        return None  # a reverse look-up: LABELS.md, no failure
    rest = seg.text[max(0, m.start() - LEGO_MESSAGE) : m.start()]
    if _LOOKUP_OF_SERVER.search(rest):
        return None  # the server's own name did not resolve (`dial udp: lookup S on ...`): the question was never asked
    code = m.group("code")
    if code == "NOERROR":
        return None  # the server answered; the name exists (review: lego's `unexpected response ... code=NOERROR`)
    kind = RCODES.get(code, "other") if code else (classify(rest) or "other")
    if m.group("server") is None:
        # lego 4.2x names no server: its question walks up the tree for the zone (`[question='internal. IN SOA']`),
        # and the name it was for is quoted before it (`could not find the start of authority for 'h.'`); without
        # that, no name of the look-up's own
        asked = _ASKED_FOR.search(seg.text, max(0, m.start() - 300), m.start())
        return hit(m, seg, kind, host=asked.group("host"), exact=True) if asked else None
    return hit(m, seg, kind, server=m.group("server").rstrip("."), exact=True)


_ASKED_FOR = rx(r"\bfor\s'(?P<host>{H}?)\.?'\s\Z")


# --- Kong: `failed the initial dns/balancer resolve for 'h' with: table: 0x...` ---------------------------------------

_KONG_NO_REASON = rx(
    r"failed\sthe\sinitial\sdns/balancer\sresolve\sfor\s['\u2018\u2019](?P<host>{H}?)['\u2018\u2019]\swith:\s{0,2}"
    r"(?:table:\s0x[0-9a-f]{1,16}|\d{1,12}\s{0,2}(?:,|$))"
)

# --- libcurl (dnf, yum): `Timeout was reached for URL [Resolving timed out after N milliseconds]` --------------------

_CURL_URL_RESOLVING = rx(
    r"\bTimeout\swas\sreached\sfor\s(?P<url>[a-z][a-z0-9+]{1,10}://[^\s\[\]]{1,2048})\s\[Resolving\stimed\sout\s"
    r"after\s\d{1,9}\smilliseconds\]"
)


def _curl_url_resolving(m: re.Match[str], seg: Segment) -> Hit | None:
    try:
        host = urlsplit(m.group("url")).hostname
    except ValueError:
        return None
    return hit(m, seg, "timeout", host=host, exact=True) if host else None


# --- the ZooKeeper C client: `getaddrs@N: getaddrinfo: <text>`, its host list on the init line above ---------------

_ZOO_GETADDRS = rx(r"ZOO_ERROR@getaddrs@\d{1,6}:\s{1,3}getaddrinfo:\s{1,3}(?P<rest>[^\n]{1,120})")
_ZOO_INIT = re.compile(r"Initiating\sclient\sconnection,\shost=(?P<hosts>[^\s]{1,1000})")
_ZOO_HOST = re.compile(r"(?P<host>[A-Za-z0-9_][A-Za-z0-9_.\-]{0,252}):\d{1,5}")
ZOO_INIT_LINES = 40
"""Log lines looked at above the error for the client's init line (its connects and retries come between)."""


def _zoo_getaddrs(m: re.Match[str], seg: Segment) -> Hit | None:
    for line in seg.lines_before(ZOO_INIT_LINES):
        init = _ZOO_INIT.search(line)
        if init is None:
            continue
        hosts = {h.group("host").lower() for h in _ZOO_HOST.finditer(init.group("hosts").split("/", 1)[0])}
        if len(hosts) != 1:
            return None
        kind = classify(m.group("rest")) or unstated("the ZooKeeper C client's `getaddrinfo:` (an errno text)")
        return hit(m, seg, kind, host=hosts.pop(), exact=True)
    return None


# --- a logfmt resolver line: `msg="DNS query failed" error=timeout name=h. type=AAAA` ---------------------------------

_LOGFMT_QUERY_FAILED = rx(r"\bmsg=\"?DNS\squery\sfailed\"?(?=\s)")
LOGFMT_FIELDS = 300
"""Characters after the message read for its fields."""
_ERROR_FIELD = re.compile(r"\serror=\"?(?P<rest>[^\"\n]{1,120}?)\"?(?=\s[a-z_]{1,20}=|\s*$)")
# the query's own name field (`name`, `qname`, `question`); a `domain` field only where it has none
_NAME_FIELD = rx(r"\s(?:name|qname|question)=\"?(?P<host>{H}?)\.?\"?(?=\s|$)")
_DOMAIN_FIELD = rx(r"\sdomain=\"?(?P<host>{H}?)\.?\"?(?=\s|$)")
_PTR_FIELD = re.compile(r"\s(?:type|qtype)=\"?PTR\b")


def _logfmt_query_failed(m: re.Match[str], seg: Segment) -> Hit | None:
    fields = seg.text[m.end() : m.end() + LOGFMT_FIELDS].split("\n", 1)[0]
    error = _ERROR_FIELD.search(fields)
    name = _NAME_FIELD.search(fields) or _DOMAIN_FIELD.search(fields)
    if error is None or name is None:
        return None
    host = name.group("host")
    if is_reverse_name(host) or _PTR_FIELD.search(fields):
        return None  # a reverse look-up: LABELS.md, no failure
    rest = error.group("rest")
    kind = classify(rest) or ("timeout" if rest.strip().lower() in ("timeout", "timed out") else None)
    start = seg.start + m.end() + name.start("host")
    return Hit(
        host, kind or unstated("a logfmt `DNS query failed` (no resolver reason)"), start, start + len(host), exact=True
    )


# --- pacman: `failed retrieving file 'core.db' from h : Resolving timed out after N milliseconds` -------------------

_PACMAN_RESOLVING = rx(
    r"\bfailed\sretrieving\sfile\s'[^'\n]{1,200}'\sfrom\s(?P<host>{H})\s:\sResolving\stimed\sout\safter\s\d{1,9}\s"
    r"milliseconds"
)

_DOCKERD_READ_FAILED = rx(r"\[resolver\]\sread\sfrom\sDNS\sserver\sfailed,\s(?P<rest>[^\n]{1,200})")
_CLIENT_IN_ERROR = re.compile(r"\b(?:read|write)\s(?:udp|tcp)\s(?P<client>[\d.]{7,15}:\d{1,5})->")
_DOCKERD_QUERY = re.compile(
    r"\[resolver\]\squery\s(?P<host>[A-Za-z0-9_][A-Za-z0-9_.\-]{0,252}?)\.?\s\((?P<type>[A-Z]{1,6})\)\sfrom\s"
    r"(?P<client>[\d.]{7,15}:\d{1,5}),\sforwarding\sto\s"
)
QUERY_LINES = 6
"""Lines above dockerd's failed read looked at for the query it forwarded."""


def _dockerd_read_failed(m: re.Match[str], seg: Segment) -> Hit | None:
    client = _CLIENT_IN_ERROR.search(m.group("rest"))
    if client is None:
        return None
    for line in seg.lines_before(QUERY_LINES):
        query = _DOCKERD_QUERY.search(line)
        if query is not None and query.group("client") == client.group("client"):
            if query.group("type") == "PTR":
                return None  # a reverse look-up: LABELS.md, no failure
            kind = classify(m.group("rest")) or unstated("dockerd `failed to query external DNS server` (no reason)")
            return hit(m, seg, kind, host=query.group("host"), exact=True)
    return None


# --- OCaml's dns-client: `connection to h failed: ... timeout connecting to resolver R:853, R:53` -------------------

_OCAML_RESOLVER_TIMEOUT = rx(
    r"\bconnection\sto\s(?P<host>{H})\sfailed:\s[^\n]{0,200}?\btimeout\sconnecting\sto\sresolver\b"
)


RULES: tuple[Rule, ...] = (
    Rule("dockerd-external-dns", ("failed to query external dns server",), _DOCKERD_FORWARD, _dockerd_forward),
    Rule("dockerd-external-dns-old", ("[resolver] external dns",), _DOCKERD_OLD, _dockerd_old),
    Rule(
        "dockerd-query-dns-server",
        ("[resolver] failed to query dns server:", "[resolver] failed to read from dns server:"),
        _DOCKERD_FAILED_QUERY,
        _dockerd_failed_query,
    ),
    Rule(
        "dockerd-read-failed", ("[resolver] read from dns server failed",), _DOCKERD_READ_FAILED, _dockerd_read_failed
    ),
    Rule("lego-dns-error", (", question='", "[question='"), _LEGO_DNS_ERROR, _lego_dns_error),
    Rule(
        "kong-initial-no-reason",
        ("failed the initial dns/balancer resolve for",),
        _KONG_NO_REASON,
        fixed(unstated("Kong `failed the initial dns/balancer resolve` (a table)"), exact=True),
    ),
    Rule("libcurl-url-resolving-timeout", ("resolving timed out after",), _CURL_URL_RESOLVING, _curl_url_resolving),
    Rule("zookeeper-c-getaddrs", ("zoo_error@getaddrs@",), _ZOO_GETADDRS, _zoo_getaddrs),
    Rule("logfmt-dns-query-failed", ("dns query failed",), _LOGFMT_QUERY_FAILED, _logfmt_query_failed),
    Rule(
        "pacman-resolving-timeout",
        ("resolving timed out after",),
        _PACMAN_RESOLVING,
        fixed("timeout", exact=True),
    ),
    Rule(
        "ocaml-resolver-timeout",
        ("timeout connecting to resolver",),
        _OCAML_RESOLVER_TIMEOUT,
        fixed("timeout", exact=True),
    ),
)
