"""From the words after a failing name to the kind of failure.

`classify` reads any resolver error text (Go, glibc, musl, Java, nginx...); `classify_resolution`
accepts only words that speak of *name resolution*, for messages that also report plain connect
timeouts and refusals (urllib3 pools, aiohttp, redis-py) where "timed out" is not about DNS.
"""

from __future__ import annotations

import re
from functools import cache

from checks.parsing.literal_trie import literal_alternation
from checks.parsing.localized_words import LOCALIZED_RESOLUTION_WORDS
from checks.parsing.model import FailureKind
from checks.parsing.no_reason import NO_REASON, unstated

_RESOLUTION_WORDS: tuple[tuple[str, FailureKind], ...] = (
    ("temporary failure in name resolution", "temporary"),
    ("temporary failure in name", "temporary"),  # cut at the line's end (held-out CO, spent)
    ("temporary failure resolving", "temporary"),
    # probes, round 16: FreeBSD's gai_strerror(EAI_AGAIN) (`[Errno 2] Name could not be resolved at this time`)
    ("name could not be resolved at this time", "temporary"),
    # `[Errno -3] Lookup timed out` / `Error -3 connecting to h. Lookup timed out.`: the words win over the code
    # (LABELS.md, added after set BM)
    ("errno -3] lookup timed out", "timeout"),
    ("errno -3", "temporary"),
    ("eai_again", "temporary"),
    ("try again", "temporary"),
    ("name or service not know", "nxdomain"),  # "not known", and the truncated "not know"
    ("name does not resolve", "nxdomain"),
    ("no address associated with hostname", "nxdomain"),
    # session 51, from the resolver libraries' own source (/work's vocabulary round): WSATRY_AGAIN's short text before
    # the `host not found` it holds; Apple's and glibc's EAI_NODATA / EAI_ADDRFAMILY (no address of that family:
    # NODATA); libuv's EAI_NONAME text and codes as Node and Julia print them; c-ares' ENODATA code; Python's and
    # Rust's empty address lists; dnspython's NXDOMAIN, NoAnswer (LABELS.md: nxdomain) and lifetime texts; Windows'
    # DnsQuery texts (9003 `DNS name does not exist.`, 9501, 9554, 11004's short text); systemd-resolved's NO_SUCH_RR;
    # Twisted's DNSLookupError; getdns' NO_NAME; Ruby Resolv's empty DNS result
    ("nonauthoritative host not found", "temporary"),
    ("no address associated with nodename", "nxdomain"),
    ("address family for hostname not supported", "nxdomain"),
    ("address family for nodename not supported", "nxdomain"),
    ("unknown node or service", "nxdomain"),
    ("eai_noname", "nxdomain"),
    ("eai_nodata", "nxdomain"),
    ("enodata", "nxdomain"),
    ("getaddrinfo returns an empty list", "nxdomain"),
    ("returned empty list", "nxdomain"),
    ("could not resolve to any addresses", "nxdomain"),
    ("dns query name does not exist", "nxdomain"),
    ("none of dns query names exist", "nxdomain"),
    ("the query name does not exist", "nxdomain"),
    ("does not contain an answer to the question", "nxdomain"),
    ("did not contain an answer to the question", "nxdomain"),
    ("resolution lifetime expired", "timeout"),
    ("dns name does not exist", "nxdomain"),
    ("no records found for given dns query", "nxdomain"),
    ("try dns operation again later", "temporary"),
    ("valid name, no data record of requested type", "nxdomain"),
    ("does not have any rr of the requested type", "nxdomain"),
    ("does not have any rr of requested type", "nxdomain"),
    ("does not have rr of this type", "nxdomain"),
    ("couldn't find the hostname", "nxdomain"),
    ("no results for hostname lookup", "nxdomain"),
    ("yielded all negative responses", "nxdomain"),
    ("dns result has no information for", "nxdomain"),
    # held-out FZ-GG (spent): musl's EAI_NODATA text (Go's cgo resolver on Alpine), c-ares' ARES_ENODATA as gRPC
    # prints it, and a resolver's `no such record` (OrbStack's DNS)
    ("name has no usable address", "nxdomain"),
    ("dns server returned answer with no data", "nxdomain"),
    ("no such record", "nxdomain"),
    # source-mined (session 52): Squid's ipcache text for an answer with no address records (NODATA)
    ("no dns records", "nxdomain"),
    # survey 7: glibc's hstrerror texts (git's `unable to look up h (...)` on NO_IPV6 builds): NO_DATA, TRY_AGAIN
    ("no address associated with name", "nxdomain"),
    ("host name lookup failure", "temporary"),
    ("nodename nor servname", "nxdomain"),
    ("node name or service name not known", "nxdomain"),  # Solaris and illumos EAI_NONAME (held-out AC: sudo's)
    ("hostname nor servname", "nxdomain"),
    ("host or service not provided, or not known", "nxdomain"),  # LuaSocket's EAI_NONAME (Kong, OpenResty)
    ("non-existing domain", "nxdomain"),
    (":nxdomain", "nxdomain"),
    ("no such host", "nxdomain"),
    ("no such name", "nxdomain"),  # a resolver's NXDOMAIN in words (RubyGems', aardvark-dns', PowerDNS's)
    ("nxdomain", "nxdomain"),
    ("non-existent domain", "nxdomain"),
    ("domain name not found", "nxdomain"),
    # held-out GT (spent): c-ares' ARES_ETIMEOUT text, as aiohttp's ClientConnectorDNSError prints it in brackets
    ("timeout while contacting dns servers", "timeout"),
    ("host not found, try again", "temporary"),
    ("host not found (non-authoritative), try again", "temporary"),  # survey 8: Boost.Asio's netdb TRY_AGAIN
    (
        "host not found (nonauthoritative) or server failure",
        "temporary",
    ),  # survey 7: msmtp's WSATRY_AGAIN text  # h_errno TRY_AGAIN as Postfix prints it (held-out AS)
    # source-mined (git's own hstrerror for TRY_AGAIN, `unable to look up h (...)` on builds without getaddrinfo)
    ('non-authoritative "host not found", or serverfail', "temporary"),
    ("host found but no data record", "nxdomain"),  # h_errno NO_DATA as Postfix prints it (held-out AS review)
    ("host not found", "nxdomain"),
    ("unknown host", "nxdomain"),
    ("enotfound", "nxdomain"),
    ("errno -2", "nxdomain"),
    ("errno -5", "nxdomain"),
    ("server misbehaving", "servfail"),
    ("servfail", "servfail"),
    # Windows (WinSock) errors as Dart, Java and others print them: 11001 WSAHOST_NOT_FOUND, 11004 WSANO_DATA
    # (NODATA, read as NXDOMAIN by the labelling conventions), 11002 WSATRY_AGAIN.
    ("no data of the requested type", "nxdomain"),
    ("errno = 11001", "nxdomain"),
    ("errno = 11004", "nxdomain"),
    ("errno = 11002", "temporary"),
    # issue #17 (held-out B): WinSock codes as Python prints them ("[Errno 11001] getaddrinfo failed"), their
    # symbolic names, and WSATRY_AGAIN's own text ("This is usually a temporary error during hostname resolution").
    ("errno 11001", "nxdomain"),
    ("errno 11004", "nxdomain"),
    ("errno 11002", "temporary"),
    ("gaierror(11001,", "nxdomain"),  # Python's repr of the exception (held-out DK, spent)
    ("gaierror(11004,", "nxdomain"),
    ("gaierror(11002,", "temporary"),
    ("gaierror(-2,", "nxdomain"),
    ("gaierror(-3,", "temporary"),
    ("gaierror(-5,", "nxdomain"),
    ("wsahost_not_found", "nxdomain"),
    ("wsano_data", "nxdomain"),
    ("wsatry_again", "temporary"),
    ("temporary error during hostname resolution", "temporary"),
    # survey 7: c-ares' own texts (ares_strerror) as aiohttp's AsyncResolver and tornado's CaresResolver print them
    ("dns server refused query", "refused"),
    ("dns server returned general failure", "servfail"),
    ("dns server claims query was misformatted", "other"),
    ("dns server does not implement requested operation", "other"),
    ("misformatted domain name", "other"),
    ("misformatted dns reply", "other"),
    ("no dns servers were configured", "other"),
    # survey 7: polipo's EDNS_TRY_AGAIN text, msmtp's WSATRY_AGAIN text on Windows, Boost.Asio's netdb texts (Icinga 2)
    ("temporary name server failure", "temporary"),
    ("the query is valid, but it does not have associated data", "nxdomain"),
    ("the query is valid but does not have associated address data", "nxdomain"),  # (probes, round 13) its other text
    ("a non-recoverable error occurred during database lookup", "other"),
    ("non-recoverable error", "other"),  # survey 8: musl's EAI_FAIL (socat, wg on Alpine)
    # survey 8: lua-resty-dns's rcode text (Kong, APISIX) and librdns's (rspamd)
    ("3 name error", "nxdomain"),
    # lua-resty-dns's `server returned error code: 3: name error` (an OpenResty script's own log)
    ("3: name error", "nxdomain"),
    ("dnshostnotfound", "nxdomain"),  # MongoDB's ErrorCodes::DNSHostNotFound (held-out BV)
    # aws-c-io's codes (the AWS CRT: mountpoint-s3, the v2 SDKs' CRT clients), from getaddrinfo's: EAI_NONAME and
    # EAI_SERVICE -> AWS_IO_DNS_INVALID_NAME, EAI_AGAIN and EAI_FAIL -> AWS_IO_DNS_QUERY_FAILED, no address ->
    # AWS_IO_DNS_NO_ADDRESS_FOR_HOST (held-out CA)
    ("aws_io_dns_invalid_name", "nxdomain"),
    ("aws_io_dns_no_address_for_host", "nxdomain"),
    ("aws_io_dns_query_failed", "temporary"),
    ("empty record received", "nxdomain"),
    ("no records with this name", "nxdomain"),
    ("requested record is not found", "nxdomain"),
    ("server fail", "servfail"),
    ("dnsservererror", "servfail"),  # survey 8: Twisted's names errors (Synapse's SRV look-ups)
    ("dnsnameerror", "nxdomain"),
    # probes, round 8: Kamailio's resolver (`unresolvable A or AAAA / SRV / NAPTR request`: no records for the name,
    # read as a bare `could not be resolved`)
    ("unresolvable a or aaaa request", "nxdomain"),
    ("unresolvable srv request", "nxdomain"),
    ("unresolvable naptr request", "nxdomain"),
    *LOCALIZED_RESOLUTION_WORDS,
)

# Words that say "resolution failed" without saying how; they count only when nothing more specific is said.
_UNSPECIFIC_WORDS: tuple[str, ...] = (
    "failed to resolve",
    "getaddrinfo failed",
    "non-recoverable failure in name resolution",
    "could not be resolved",
    "cannot be resolved",
    "can't resolve",
)

_TRANSPORT_WORDS: tuple[tuple[str, FailureKind], ...] = (
    ("i/o timeout", "timeout"),
    ("timed out", "timeout"),
    ("timeout", "timeout"),
    ("resource temporarily unavailable", "temporary"),  # EAI_AGAIN as .NET's SocketError.TryAgain says it
    ("connection refused", "refused"),
    ("refused", "refused"),
    ("server failure", "servfail"),
)

_ALL_WORDS = _RESOLUTION_WORDS + _TRANSPORT_WORDS


Words = tuple[tuple[str, FailureKind], ...]
_FINDERS: dict[int, tuple[Words, re.Pattern[str], dict[str, FailureKind]]] = {}


def _finder(words: Words) -> tuple[re.Pattern[str], dict[str, FailureKind]]:
    """One trie regex for all of `words` (a search per word took 29 us a call with 208 words; this, 5.4), and each
    word's kind; kept by the list's identity (the lists are this module's constants: hashing one took microseconds)."""
    found = _FINDERS.get(id(words))
    if found is None or found[0] is not words:
        found = _FINDERS[id(words)] = (
            words,
            re.compile(literal_alternation(w for w, _ in words)),
            dict(reversed(words)),
        )
    return found[1], found[2]


def _earliest(text: str, words: Words) -> FailureKind | None:
    """The kind of the word found first in `text`; of words starting at the same place, the longest (the lists put a
    longer word of another kind before any shorter one it starts with: `host not found, try again`, `errno -3]
    lookup timed out`; tests/unit/parsing/test_kinds_words.py holds them to it)."""
    pattern, kinds = _finder(words)
    found = pattern.search(text.lower())
    return kinds[found.group(0)] if found else None


# A bare `h cannot be resolved` / `could not be resolved` with no reason after it reads like apt's `Could not resolve
# 'h'` (LABELS.md, added after set BM); the one place that decides it, for every rule that classifies such a text.
BARE_FORMAT = "a bare `h cannot be resolved` / `could not be resolved`, nothing after it"
_BARE_NOT_RESOLVED = re.compile(
    r"\b(?:can\s?not|can't|could\s?not|couldn't)\sbe\sresolved\W{0,3}"
    # held-out DT (spent): Bitnami's containers' start-up check (`WARN  ==> Hostname h could not be resolved, this
    # could lead to connection issues`): a warning of what may follow, no reason
    # (held-out FZ-GG, spent: the same line in a terminal's box, `issues     │`)
    r"(?:,\sthis\scould\slead\sto\sconnection\sissues(?:\W{0,3}$|\s{0,200}[\u2502|])|$)",
    re.I,
)


def _or_unspecific(kind: FailureKind | None, text: str) -> FailureKind | None:
    if kind is not None:
        return kind
    if _BARE_NOT_RESOLVED.search(text.strip()):
        return unstated(BARE_FORMAT)
    low = text.lower()
    return NO_REASON if any(word in low for word in _UNSPECIFIC_WORDS) else None


def reason_phrases() -> tuple[str, ...]:
    """Every phrase of more than one word the classifier reads (lower case), but errno numbers (`errno -3`): what a
    line break may part and `cut_phrases` puts back."""
    words = [word for word, _ in _ALL_WORDS] + list(_UNSPECIFIC_WORDS)
    return tuple(word for word in dict.fromkeys(words) if " " in word and "errno" not in word)


def classify(text: str) -> FailureKind | None:
    """The kind named first in `text` (the error right after the name), or None if none is."""
    return _or_unspecific(_earliest(text, _ALL_WORDS), text)


def classify_resolution(text: str) -> FailureKind | None:
    """Like `classify`, but only for words that are about name resolution itself."""
    return _or_unspecific(_earliest(text, _RESOLUTION_WORDS), text)


def errno_kind(code: str, text: str) -> FailureKind | None:
    """The kind an `[Errno N] <reason>` gives a look-up: a WinSock code (Windows prints its own text, often
    translated), else the resolver's words, else glibc's getaddrinfo code (`-2`, `-3`, `-5`)."""
    return WINSOCK_CODES.get(code) or classify_resolution(text) or GAI_CODES.get(code)


_DOTNET_EAGAIN = "resource temporarily unavailable"


def classify_dotnet_socket(message: str) -> FailureKind | None:
    """The kind a .NET `SocketException`'s message gives a lookup: the resolver's own words, else EAGAIN's text,
    which .NET on Linux prints for EAI_AGAIN (SocketError.TryAgain, `(00000001, 11): Resource temporarily
    unavailable`) and which is `temporary` only there, where the exception is about the lookup (HELDOUT-l.md)."""
    return classify_resolution(message) or ("temporary" if _DOTNET_EAGAIN in message.lower() else None)


@cache
def _ip_dial() -> re.Pattern[str]:
    # Go's (and others') connect to an address, not a name: `dial tcp 104.244.46.244:443`, `connect to [::1]:8080`; an
    # address masked by the reporter too (`dial tcp xxx.xxx.xxx.xxx:443`, `10.x.x.x`; held-out CI, spent)
    octet = r"(?:\d{1,3}|[xX*#]{1,3})"
    return re.compile(
        # (held-out FZ-GG, spent: Node's `connect ETIMEDOUT 50.17.235.25:80` after a name it resolved)
        r"\b(?:dial\s(?:tcp|udp)[46]?|connect(?:ing)?\sto|connect\sE[A-Z]{4,14})\s{1,3}(?:"
        + octet
        + r"(?:\."
        + octet
        + r"){3}"
        r"|\[[0-9a-f:.]{2,45}\])"
        r":(?!53\b)\d{1,5}",
        re.I,
    )


def connect_only(text: str) -> bool:
    """The failure said after a name is a connection to an IP address, with no resolver error: the name resolved
    (`failed to resolve image "k8s.gcr.io/pause:3.1": ... dial tcp 108.177.97.82:443: i/o timeout`)."""
    return _ip_dial().search(text) is not None and _earliest(text, _RESOLUTION_WORDS) is None


RCODES: dict[str, FailureKind] = {
    "NXDOMAIN": "nxdomain",
    "SERVFAIL": "servfail",
    "REFUSED": "refused",
}


GO_SERVER = r"\[?[0-9A-Fa-f:.]{2,45}\]?:53"
"""The DNS server in Go's `lookup h on S:53: <reason>` (an IPv4 or bracketed IPv6 address), a regex fragment."""
GO_REASONS: dict[str, FailureKind] = {
    "no such host": "nxdomain",
    "i/o timeout": "timeout",
    "server misbehaving": "servfail",
    "connection refused": "refused",
}
"""Go's resolver reasons after `lookup h[ on S:53]: ` and the kind each says."""


def go_reason_kind(reason: str) -> FailureKind:
    """The kind of Go's resolver reason as printed (any case or spacing); `other` for one it does not say."""
    return GO_REASONS.get(" ".join(reason.lower().split()), "other")


def last_go_reason_kind(text: str) -> FailureKind | None:
    """The kind of the last of Go's reasons printed in `text` (a wrapped error's lines, an exchange's error chain: the
    last reason is the look-up's, `read udp ...: i/o timeout`); None when it holds none."""
    low = text.lower()
    found = [(low.rfind(word), kind) for word, kind in GO_REASONS.items() if word in low]
    return max(found)[1] if found else None


TECHNITIUM_RCODES: dict[str, FailureKind] = {
    "serverfailure": "servfail",
    "nxdomain": "nxdomain",
    "nameerror": "nxdomain",
    "refused": "refused",
}
"""Technitium DNS Server's RCODE names (its `DnsResponseCode` enum, lower-cased) and the kind each says."""
TECHNITIUM_RCODE_NAMES = r"(?:ServerFailure|NxDomain|NameError|Refused)"
"""The names of TECHNITIUM_RCODES as printed (a regex fragment)."""

ERLANG_ATOMS: dict[str, FailureKind] = {
    "nxdomain": "nxdomain",
    "nodata": "nxdomain",
    "eai_again": "temporary",
    "einval": "other",
    "timeout": "timeout",
    "servfail": "servfail",
    "refused": "refused",
}
"""Erlang's inet and inet_res error atoms (`{error,nxdomain}`, `:nxdomain`) and the kind each says."""

GAI_CODES: dict[str, FailureKind] = {"-2": "nxdomain", "-3": "temporary", "-5": "nxdomain"}
"""glibc's getaddrinfo result codes as programs print them (EAI_NONAME, EAI_AGAIN, EAI_NODATA); others say nothing."""
WINSOCK_CODES: dict[str, FailureKind] = {"11001": "nxdomain", "11002": "temporary", "11004": "nxdomain"}
"""WinSock's resolver errors (WSAHOST_NOT_FOUND, WSATRY_AGAIN, WSANO_DATA) as programs print them."""
ARES_STATUS: dict[str, FailureKind] = {
    "1": "nxdomain",
    "3": "servfail",
    "4": "nxdomain",
    "6": "refused",
    "11": "refused",
    "12": "timeout",
}
"""c-ares' status numbers (ares.h) for a failed lookup, as Envoy and Seastar (ScyllaDB, Redpanda) print them: 1 ENODATA,
3 ESERVFAIL, 4 ENOTFOUND, 6 EREFUSED, 11 ECONNREFUSED, 12 ETIMEOUT; others say nothing."""

# RFC 1035's RCODE numbers: 2 SERVFAIL, 3 NXDOMAIN, 5 REFUSED; 1 FORMERR, 4 NOTIMP and the rest say no more
_RCODE_NUMBERS: dict[str, FailureKind] = {"2": "servfail", "3": "nxdomain", "5": "refused"}


def from_rcode_number(number: str) -> FailureKind | None:
    """The kind of a failed answer's numeric RCODE (`rCode=2`, `server returned error code: 3`); None for 0 (NOERROR:
    the server answered), `other` for the codes that say no more."""
    number = number.lstrip("0") or "0"
    return None if number == "0" else _RCODE_NUMBERS.get(number, "other")


def from_rcode(code: str) -> FailureKind:
    return RCODES.get(code.upper(), "other")


def chromium_name_error_kind(code: str) -> FailureKind:
    """Chromium's `ERR_NAME_<code>`: NAME_NOT_RESOLVED (-105) reads like curl's `Could not resolve host` (NXDOMAIN);
    NAME_RESOLUTION_FAILED (-137), "an error occurred when trying to do a name resolution", gives no reason (`other`).
    The console's, Puppeteer's and Electron's wordings carry one of the two (rules/survey.py, product_sources.py)."""
    return "nxdomain" if code.upper() == "NOT_RESOLVED" else "other"
