"""Where the generic rule's host sits IN PLACE, by shape rather than by a runtime's name (issue #17, held-out G's
general causes; split from `checks.parsing.generic`, which is at its size limit):

- a name between a resolver call and `failed` (`getaddrinfo for db failed: ...`, PHP's PDO and mysqli, any runtime
  that prints `<call> for NAME failed`): a single word or an all-caps stand-in is the name there;
- a name right before nginx's resolver wording `could not be resolved (N: reason)` (nginx, OpenResty, APISIX,
  ingress-nginx, Kong print it): the errno in parentheses tells it from an IDE's `Import "x" could not be resolved
  (reportMissingImports)`;
- a lookup-failure phrase with the name after it (`HELDOUT_G_REASONS`);
- the same call on the line above a reason a console wrapped (`getaddrinfo for db failed:` / `Temporary failure...`);
- a name between fixed words (`_BETWEEN`: host(1)'s `Host h not found:`, postfix's `host/service h/port`, nginx's
  `host not found in upstream "h"`);
- NOT a JSON logger's own `"pid":1,"hostname":"h"` (pino, bunyan), whatever reason its message gives;
- a bracketed mask typed over one label of a dotted name (`[redacted].aivencloud.com`), unlike a list's brackets
  (`[elk]`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from checks.parsing.document import Segment
from checks.parsing.generic_name_slots import PAREN_AFTER_REASON, REDIS_PY_LEAD
from checks.parsing.hosts import HOST, clean_host
from checks.parsing.model import FailureKind
from checks.parsing.rules.base import Hit, LazyPattern

# Lookup-failure phrases that put the name right after them (quoted, or a word then `(`/end): Mono's `DNS Name
# Resolution Failure: 'h'`, Twisted's `Couldn't find the hostname 'h'` / `no results for hostname lookup: h`, Ruby
# Resolv's `no address for h`. Read like the other reasons: the token after them is the name (see
# `generic_shapes.named_after_reason`, which lists the last two).
HELDOUT_G_REASONS: tuple[tuple[str, FailureKind, bool], ...] = (
    ("dns name resolution failure", "other", False),
    ("couldn't find the hostname", "nxdomain", False),
    ("could not find the hostname", "nxdomain", False),
    ("no results for hostname lookup:", "nxdomain", False),
    ("no address for", "nxdomain", False),
    ("could not find host", "nxdomain", False),  # Windows ping's `Ping request could not find host h.`
    # corpus set ZD: RAMCloud's `couldn't find host 'h', thrown at IpAddress` (its gethostbyname failed)
    ("couldn't find host", "nxdomain", False),
)
STATED = frozenset(
    {"couldn't find the hostname", "could not find the hostname", "could not find host", "couldn't find host"}
)
"""Of those, the ones that state the kind themselves (a negative answer), unlike the verbs ("failed to resolve")
whose kind the words after the name decide (Windows ping's `... Please check the name and try again.` is advice)."""

_CALL_FOR = (
    "getaddrinfo for ",
    "gethostbyname for ",
    "getaddrinfo() for ",
    "lookup for ",
    "resolution for ",
    "resolving of ",
)
_NGINX_WORDING = LazyPattern(r"\s{1,2}could\snot\sbe\sresolved\s\(\d{1,3}:\s")
NGINX_REASON = "could not be resolved ("
"""The reason text the generic rule reads for nginx's wording (the name BEFORE it)."""
_ERRNO_AFTER = LazyPattern(r"\d{1,3}:\s")
_BRACKET_MASK = LazyPattern(r"\[[A-Za-z][A-Za-z0-9 _\-]{0,40}\](?:\.[A-Za-z0-9\-]{1,63}){2,10}")


_SPLIT_CALL = LazyPattern(
    r"(?:getaddrinfo|gethostbyname|lookup|resolution)\s(?:\(\)\s)?for\s(?P<host>"
    + HOST
    + r")(?P<failed>\s{1,3}failed:?)?[ \t]{0,200}$",
    re.I,
)


def named_on_the_line_before(lines: list[str], reason_line: str) -> str | None:
    """A console that wrapped `getaddrinfo for NAME failed:` before its reason (Symfony's error box, a narrow
    terminal), or `getaddrinfo for NAME` before ` failed: <reason>` (Laravel's log): the name, from the nearest
    non-blank line above the reason's."""
    for line in lines:
        if line.strip():
            m = _SPLIT_CALL.search(line)
            if m is None or not (m.group("failed") or reason_line.lstrip().lower().startswith("failed")):
                return None
            return m.group("host")
    return None


# A name between fixed words (lead, what follows): `Host h not found: 3(NXDOMAIN)` (host(1)), postfix's
# `host/service h/port not found`, nginx's `host not found in upstream "h"`.
_BETWEEN: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("host ",), (" not found:",)),
    (("host/service ",), ("/",)),
    (('host not found in upstream "', 'host not found in resolver "'), ('"', ":")),
    # issue #17 (held-out O, recall): the resolver's text, then the name in parentheses (Java on Windows:
    # `UnknownHostException: No such host is known (h)`; .NET: `Name or service not known (h:443)`)
    (PAREN_AFTER_REASON, (")", ":")),
    # redis-py's `Error -5 connecting to h:6379. No address associated with hostname.` (sets F, G)
    (REDIS_PY_LEAD, (":",)),
)
# a number or a hex code where a name's slot is (`Name or service not known (0x2)`, `(11001)`): a code, not a name
_FOLLOWS = tuple(sorted({follow for _, follows in _BETWEEN for follow in follows}))
"""The words after a name in place, whatever comes before it (speed: most tokens are followed by none of them)."""
_CODE_TOKEN = re.compile(r"0x[0-9a-f]{1,16}|\d{1,12}", re.I)
# pino's and bunyan's JSON line: `"pid":1,"hostname":"d3dac7a36cb1"` is the logging process's own host.
_ECS_OWN_HOST = LazyPattern(r"\"(?:host\.name|host\.hostname|agent\.hostname|agent\.name)\"\s{0,2}:\s{0,2}\"$")
_PID_AFTER = LazyPattern(r"[^\"'\n]{1,253}[\"']\s{0,2},\s{0,2}[\"']pid[\"']\s{0,2}:\s{0,2}\d")
_LOGGER_OWN_HOST = LazyPattern(r"[\"']pid[\"']\s{0,2}:\s{0,2}\d{1,10},\s{0,2}[\"']hostname[\"']\s{0,2}:\s{0,2}[\"']$")


def wrapped_call(
    seg: Segment, reason: re.Match[str], kind_of: Callable[[], tuple[FailureKind, bool] | None]
) -> Hit | None:
    """The hit for a reason whose name a console wrapped onto the line above (see `named_on_the_line_before`);
    `kind_of` reads the reason's kind (None: a failed connection, not a lookup)."""
    name = named_on_the_line_before(seg.lines_before(3), seg.doc.text[seg.line_start : seg.line_end])
    read = kind_of() if name else None
    if name is None or read is None or clean_host(name) is None:
        return None
    return Hit(name, read[0], seg.start + reason.start(), seg.start + reason.end())


def named_in_place(text: str, start: int, end: int) -> bool:
    """The token `text[start:end]` sits where a runtime puts the name it looked up (see the module's docstring)."""
    lead = text[max(0, start - 32) : start].lower()
    if lead.endswith(_CALL_FOR) and text.startswith(" failed", end):
        return True
    after = text[end : end + 20].lower()
    if after.startswith(_FOLLOWS) and any(
        lead.endswith(leads) and after.startswith(follows) for leads, follows in _BETWEEN
    ):
        return not _CODE_TOKEN.fullmatch(text, start, end)  # `not known (0x2)`: an error code in the name's slot
    # (speed: `could` is the wording's first word, after one or two blanks)
    return "could" in text[end + 1 : end + 8].lower() and _NGINX_WORDING.match(text, end) is not None


def logger_own_host(text: str, start: int) -> bool:
    """The token at `start` is a JSON logger's own `hostname` field (pino, bunyan) or an Elastic Common Schema log's
    `host.name` / `host.hostname` / `agent.name` / `agent.hostname`, not a name that was looked up."""
    # the pattern ends on the value's opening quote, a newline at most after it (`$`): looked for only then (speed)
    if '"' in text[max(0, start - 2) : start] and _ECS_OWN_HOST.search(text, max(0, start - 24), start) is not None:
        return True
    if not text.endswith(('hostname":"', "hostname':'", 'hostname": "', "hostname': '"), max(0, start - 12), start):
        return False  # the common case, without a regex
    # pino's order (`"pid":1,"hostname":"h"`), or bunyan's (`"name":"web","hostname":"h","pid":135`; held-out BW)
    return (
        _LOGGER_OWN_HOST.search(text, max(0, start - 40), start) is not None
        or _PID_AFTER.match(text, start, start + 300) is not None
    )


def nginx_reason_stands(text: str, reason_end: int) -> bool:
    """nginx's `could not be resolved (` is a reason only with its errno after it (`(3: Host not found)`)."""
    return _ERRNO_AFTER.match(text, reason_end) is not None


def bracket_masked(raw: str) -> bool:
    """`[redacted].aivencloud.com`: a bracketed word typed over a label, then at least two real labels."""
    return _BRACKET_MASK.fullmatch(raw) is not None
