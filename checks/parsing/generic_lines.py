"""The generic rule's widening by held-out H's general causes (issue #17; split from `checks.parsing.generic`, which is
at its size limit). Each names a cause seen in more than one spent set, not one paste:

- resolver texts the generic rule did not know (`HELDOUT_H_REASONS`): the JDK's JNDI DNS provider's `DNS name not
  found` (rcode 3; it used to be read only by accident, through the `eNotFound` inside `NameNotFoundException`, which
  `generic_guards` now refuses: a code is a word of its own), libuv's EAI_NONAME text `unknown node or service`
  (Julia, luv, Node's embedders), and localized texts of reasons read in English (.NET's remote name in German and
  Chinese, wget's and sudo's Chinese `unable to resolve host`, Windows ping's Chinese). Not Zig's camel-case error
  names: after `server capabilities: ` the generic `word: reason` shape would take `capabilities` (rules.rare_runtimes
  reads them with the URL above);
- the name on the line AFTER a reason that ends its line with `:` (a console or a mail quote wrapped `Could not
  resolve host:` / `> api.github.com`): only a line that is nothing but a dotted name;
- the name in the URL of a line further above (5 to 10 lines) that says it was connecting to or fetching it (`While
  trying to connect to wss://h/` above a traceback that ends in `No such host is known.`), when nothing nearer names
  one;
- a URL's host that a report wrapped at a `-` (`Real URL http://www2.nestle-` / `baby.com.tw/member/...`, linkchecker):
  the name goes on at the start of the next line;
- `(https://h/...): h: Try again` (Java on musl: the exception message is `h: Try again`): `: try again` counts when
  the word before it is the host of a URL earlier on the same line.

Left out as precision-risky (each read a spent set's negative as a failure): Windows nslookup's `DNS request timed out`
(it also times out on the reverse lookup of the server, with the name answered); busybox's `*** Can't find h: No
answer` (printed for the AAAA query after an A answer: corpus.jsonl labels that a negative, held-out A a failure);
host(1)'s `h has no AAAA record` (printed after `h has address ...`). Also left out, as a single row (each reason is
one more search of every paste): apk's `DNS lookup error`; squid's `Unable to determine IP address from host name "h"`
(its kind is on the page's next lines, `Server Failure` or `Name Error`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from checks.parsing.document import Segment
from checks.parsing.generic_commands import HTTP_STATUS
from checks.parsing.hosts import HOST, clean_host, is_class_path
from checks.parsing.model import FailureKind
from checks.parsing.not_failing_lines import names_no_failure
from checks.parsing.rules.base import Hit, LazyPattern

HELDOUT_H_REASONS: tuple[tuple[str, FailureKind, bool], ...] = (
    ("dns name not found", "nxdomain", False),  # JNDI's DnsClient (`NameNotFoundException: DNS name not found`)
    ("unknown node or service", "nxdomain", False),  # libuv's uv_strerror(UV_EAI_NONAME)
    # tools' texts seen in more than one set (spent sets and the corpus), the name quoted, before `:` or in a URL
    ("no such name (", "nxdomain", False),  # RubyGems' UnknownHostError: `no such name (https://h/...)`
    ("resolve call failed", "other", False),  # resolvectl: `h: resolve call failed: <why>` (a verb: the why decides)
    ("does not have any rr of the requested type", "nxdomain", False),  # resolvectl's NODATA (read as NXDOMAIN)
    ("dns lookup failure for", "other", False),  # Apache mod_proxy's error page: `DNS lookup failure for: h`
    # localized texts of reasons the generic rule reads in English (the spent sets' zh and de rows)
    ("konnte nicht aufgel\u00f6st werden", "nxdomain", True),  # .NET: `Der Remotename konnte nicht aufgelöst werden`
    ("\u672a\u80fd\u89e3\u6790\u6b64\u8fdc\u7a0b\u540d\u79f0", "nxdomain", True),  # .NET zh: the remote name
    ("\u65e0\u6cd5\u89e3\u6790\u4e3b\u673a", "nxdomain", True),  # wget, sudo zh: unable to resolve host (address)
    ("\u8bf7\u6c42\u627e\u4e0d\u5230\u4e3b\u673a", "nxdomain", False),  # Windows ping zh: could not find host
)

_NAME_LINE = LazyPattern(r"^[\s>|]{0,8}(?P<host>" + HOST + r")[\s.]{0,3}$")
_URL = LazyPattern(r"\b(?:git\+)?(?:https?|wss?)://(?P<host>[A-Za-z0-9_\-]{1,63}(?:\.[A-Za-z0-9_\-]{1,63}){1,10})")
_DIALING = LazyPattern(
    r"\b(?:connect(?:ing)?\sto|trying\sto\sconnect|fetch(?:ing)?|download(?:ing)?|clon(?:e|ing)|GET|POST|curl|wget)\b",
    re.I,
)
FURTHER = (4, 10)
"""Lines above a reason read for a dialed URL when nothing nearer names a host (the nearest 4 are `generic`'s)."""


def _dotted_name(raw: str) -> str | None:
    host = clean_host(raw.rstrip("."))
    if host is None or "." not in host or is_class_path(host) or not host.rsplit(".", 1)[-1].isalpha():
        return None
    return host


def name_elsewhere(
    seg: Segment, reason: re.Match[str], kind_of: Callable[[], tuple[FailureKind, bool] | None]
) -> Hit | None:
    """The hit for a reason whose line names no host: the dotted name alone on the next line (when the reason ends its
    line with `:`), else a dialed URL 5 to 10 lines above (see the module's docstring)."""
    found: str | None = None
    if seg.text.rstrip().endswith(":"):
        for line in seg.lines_after(2):
            if line.strip(" \t>|"):
                m = _NAME_LINE.match(line)
                found = _dotted_name(m.group("host")) if m else None
                break
    if found is None:
        for n, line in enumerate(seg.lines_before(FURTHER[1])):
            if HTTP_STATUS.match(line):
                break  # source-mined (Kong's 503 body): a response came back to that request, its name resolved
            url = _URL.search(line) if n >= FURTHER[0] else None
            # a request answered (`GET https://h/... 200 OK`) or a link to read (the noise test, 2026-12-05)
            if url and _DIALING.search(line, 0, url.start()) and not names_no_failure(line):
                found = _dotted_name(url.group("host"))
                break
    read = kind_of() if found else None
    if found is None or read is None:
        return None
    return Hit(found, read[0], seg.start + reason.start(), seg.start + reason.end())


_URL_HOST_BEFORE = LazyPattern(r"://(?P<host>[A-Za-z0-9_.\-]{1,253})")


def url_host_tries_again(text: str, at: int) -> bool:
    """`(https://h/...): h: Try again`: the word ending at `at` (a reason's `: ` starts there) is the host of a URL
    earlier on the line; the generic rule reads the reason there and ranks the name first."""
    start = at
    while start > 0 and at - start < 253 and (text[start - 1].isalnum() or text[start - 1] in "-_."):
        start -= 1
    word = text[start:at].lower()
    if "." not in word:
        return False
    return any(m.group("host").lower() == word for m in _URL_HOST_BEFORE.finditer(text, max(0, start - 2048), start))


_CONTINUED = LazyPattern(
    r"^\s{0,4}(?P<rest>[A-Za-z0-9][A-Za-z0-9\-]{0,62}(?:\.[A-Za-z0-9\-]{1,63}){1,10})(?:[/:]|\s{0,3}$)"
)


def rejoined(raw: str, line: str, next_line: str | None) -> str:
    """`raw`, the host of a URL that ends `line` with a `-` (the report wrapped it there), with the rest of the name
    from the start of `next_line`; else `raw` unchanged."""
    if next_line is None or not line.rstrip().endswith(raw + "-"):
        return raw
    rest = _CONTINUED.match(next_line)
    joined = raw + "-" + rest.group("rest") if rest else raw
    return joined if rest and _dotted_name(joined) is not None else raw
