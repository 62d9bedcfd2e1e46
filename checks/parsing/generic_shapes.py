"""Shapes of a failed lookup the generic rule (`checks.parsing.generic`) reads since held-out F (issue #17), by general
cause rather than by runtime:

- a documentation link (`(see https://curl.haxx.se/libcurl/...)`) is never the name;
- a resolver errno in parentheses right after the quoted name says the kind (MySQL's `Unknown MySQL server host 'db'
  (-2)`, MariaDB's `Unknown server host`);
- a word right after a keyword that names the looked-up host (`lookup`, `hostname`, `host`) with the reason right after
  it is the name, whatever it looks like (`lookup http: Temporary failure ...`, a proxy URL missing its host;
  `Could not resolve hostname sftp: Name or service not known`);
- a quoted name right after a reason that ends on it (`could not be resolved: 'h'`) is what the reason is about, ahead
  of any quoted word before the reason (`"Downloadfile"`);
- a name the message points at (quoted, or after `host`) may end in a country code that is also a file suffix
  (`cipi.sh`, `nssm.cc`) or a syslog priority (`gitlab.demo-live.ace-innovation.info`), and be two words when the
  reason ends on it (`Failed host lookup: 'local.app'`);
- glibc's and WinSock's texts in other languages are reasons like their English originals;
- the token right after a reason that names what follows it (`ENOTFOUND <redacted_url_1>`, `DNS resolution failed for
  broker`) is the name, a word or a placeholder too;
- a capitalised field label (`Result: 'nodename nor servname ...'`) and a hexadecimal `:0x...` are no `name:port`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checks.parsing.generic_words import WORDS
from checks.parsing.kinds import GAI_CODES, WINSOCK_CODES
from checks.parsing.localized_words import LOCALIZED_RESOLUTION_WORDS
from checks.parsing.model import FailureKind
from checks.parsing.rules.base import LazyPattern

LOCALIZED_REASONS: tuple[tuple[str, FailureKind, bool], ...] = tuple(
    (w, k, False) for w, k in LOCALIZED_RESOLUTION_WORDS
)
"""glibc's and WinSock's resolver texts in other languages (checks.parsing.localized_words), read as stated reasons."""
# (source-mined, session 53) rsyslog's pointer after each message, `[v8.2412.0 try https://www.rsyslog.com/e/2076 ]`
_SEE_URL = LazyPattern(r"\bsee:?\s{1,2}https?://$|\[v\d[\w.-]{0,30}\stry\shttps?://$", re.I)
_ERRNO_AFTER = LazyPattern(r"(?::\d{1,5})?[\"'`]?\s{0,2}\((-?\d{1,5})\)")
ERRNO_NAMED = frozenset({"unknown mysql server host", "unknown server host"})
"""Reasons whose kind is the errno after the name."""
_ERRNO_KINDS: dict[str, FailureKind] = {
    **GAI_CODES,
    **WINSOCK_CODES,
    "110": "timeout",  # the labels read MySQL's ETIMEDOUT and ECONNREFUSED as the kind they name
    "111": "refused",
}
_HOST_KEYWORD = LazyPattern(r"(?:\blookup|\bhost(?:\s?name)?)\s$", re.I)
# Nouns that stand after `host`/`lookup` in a sentence, never the name there (`Unable to lookup address: ...`).
_NOUNS = frozenset({"host", "hostname", "name", "address", "server", "domain", "url", "the", "a", "an", "for", "of"})


# Country-code top-level domains that are also file suffixes (generic_words.FILE_SUFFIXES): a name only when pointed at.
_FILE_LIKE_TLDS = frozenset({"sh", "cc", "pl", "rs", "md", "so", "py", "zip"})


def named_tld(last: str, tier: int) -> bool:
    """`cipi.sh` quoted after the reason, not `deploy.sh` in prose: a file-like ending kept only for a named name."""
    return tier >= 3 and last in _FILE_LIKE_TLDS


_NAMED_AFTER = (
    "unknownhostexception:",
    "enotfound",
    "eai_again",
    "eai_noname",
    "eai_nodata",
    "etimeout",
    "eservfail",
    "enodata",
    "erefused",
    "dns resolution failed for",
    "dns resolution failed for service:",
    "no results for hostname lookup:",  # issue #17 (held-out G): Twisted's, Ruby Resolv's (`no address for https`)
    "no address for",
)


# (probing, undotted names) statements that put the name right after `for`, as Kafka's does (`Name resolution failed
# for postgres`, `DNS lookup failed for keycloak`): the token there is the name unless it is a word (`failed for
# service`, `for some reason`)
_STATED_FOR = (
    "resolution failed for",
    "resolution error for",
    "resolution failure for",
    "dns failure for",
    "lookup failed for",
    "lookup failure for",
    "lookup error for",
    "dns error for",
    "no ip address found for",
    "no ip addresses found for",
    "no ip address for",
)


_THINGS_LOOKED_UP = frozenset(
    [
        "interface",
        "container",
        "pod",
        "user",
        "table",
        "dependency",
        "module",
        "symbol",
        "package",
        "key",
        "file",
        "type",
        "class",
        "field",
        "object",
        "record",
        "entry",
        "item",
        "value",
        "variable",
    ]
)
"""What else a look-up or a resolution is said of (`lookup failed for user`, `resolution failed for dependency`)."""


def named_after_reason(text: str, start: int, end: int | None = None) -> bool:
    """The token at `start` follows, after one or two spaces, a reason that names it (`ENOTFOUND h`, Kafka's `DNS
    resolution failed for h`): a suffix test, not a regex, as it runs for every token. Given the token's `end`, a
    statement's `for` names it too, when it is no English word."""
    lead = text[max(0, start - 40) : start]
    stripped = lead.rstrip()
    if not 0 < len(lead) - len(stripped) <= 2:
        return False
    lowered = stripped.lower()
    if lowered.endswith(_NAMED_AFTER):
        return True
    word = text[start:end].lower() if end is not None else ""
    return lowered.endswith(_STATED_FOR) and word != "" and word not in WORDS and word not in _THINGS_LOOKED_UP


def documentation_link(text: str, start: int) -> bool:
    """The URL whose host starts at `start` follows `see` (a pointer to documentation, not what was dialed)."""
    return _SEE_URL.search(text, max(0, start - 48), start) is not None


def errno_kind(text: str, host_end: int) -> FailureKind:
    """The kind the errno in parentheses after the name says (`'db' (-2)`), `other` when there is none it knows."""
    errno = _ERRNO_AFTER.match(text, host_end)
    return _ERRNO_KINDS.get(errno.group(1), "other") if errno else "other"


def named_by_keyword(text: str, start: int, end: int, reason_follows: bool) -> bool:
    """`lookup h: <reason>`, `hostname h: <reason>`: the word between the keyword and its reason is the name."""
    return (
        reason_follows
        and text.startswith(":", end)
        and text[start:end].lower() not in _NOUNS
        and _HOST_KEYWORD.search(text, max(0, start - 10), start) is not None
    )


def pointed_at(text: str, start: int, reasons: Sequence[re.Match[str]]) -> bool:
    """A quoted name right after a reason that ends on a colon (`could not be resolved: 'h'`)."""
    return any(0 < start - r.end() <= 3 and text[r.end() : start].lstrip().startswith(":") for r in reasons)


def field_label(text: str, start: int, end: int) -> bool:
    """`Result: 'nodename nor servname ...'`: a capitalised word before a quoted value is a field's label; so is one
    before a parenthesised comment (issue #17, held-out R: Asterisk's `Invalid host name in Contact: (can't resolve in
    DNS) : 'h'`)."""
    return (
        text[start : start + 1].isupper()
        and "." not in text[start:end]
        and text[end : end + 3] in (": '", ': "', ": (")
    )


def hex_after(text: str, end: int) -> bool:
    """`Result:0x00000000f02c10`: an object address, not `name:port`."""
    return text[end : end + 3].lower() == ":0x"


_QUOTED_PORT = re.compile(r":\d{1,5}(?=['\"`])")


def quoted_host_port(text: str, start: int, end: int) -> int:
    """issue #17 (after held-out M): `'h:27017'`, a `name:port` quoted as one (MongoDB's `Failed connecting to
    'h:27017': ...`) is named as a quoted name is (3); a bare `h:port` is a candidate (2). The same quote opens and
    closes it."""
    close = _QUOTED_PORT.match(text, end)
    quoted = start > 0 and close is not None and text[start - 1] in "'\"`" and text[close.end()] == text[start - 1]
    return 3 if quoted else 2


_ROLE_LEADS = {"MASTER": "connect to ", "bridge": "error creating "}


def role_word(text: str, start: int, end: int) -> bool:
    """survey 7: the Redis replica's `Unable to connect to MASTER: <reason>`, mosquitto's `Error creating bridge:
    <reason>`: a role, not a name (rules/broker_clients.py and rules/daemon_texts.py read its name on a line above)."""
    lead = _ROLE_LEADS.get(text[start:end])
    return lead is not None and text[max(0, start - len(lead)) : start].lower() == lead


_SQL_OPEN = "(sql: "
_CONNECTION_OPEN = "(connection: "
SQL_SPAN = 600
"""Characters looked back for Laravel's `(SQL: ...` around a token."""


def in_sql_statement(text: str, start: int) -> bool:
    """issue #17 (held-out I): a token inside the SQL statement Laravel's `QueryException` appends to the driver's
    error (`... Name does not resolve (SQL: select * from ... table_name = migrations)`): a table or a column, never
    the host."""
    window = text[max(0, start - SQL_SPAN) : start]
    low = window.lower()
    opened = low.rfind(_SQL_OPEN)
    if opened != -1 and ")" not in window[opened + len(_SQL_OPEN) :]:
        return True
    # survey 7: Laravel 10+ puts the connection's configured name first (`(Connection: mysql, SQL: select ...)`): the
    # name of a block of its config, not a host
    if text[max(0, start - 1) : start + len(_CONNECTION_OPEN) - 1].lower() == _CONNECTION_OPEN:
        return True  # the word `Connection` itself
    named = low.rfind(_CONNECTION_OPEN)
    return named != -1 and ")" not in window[named:]
