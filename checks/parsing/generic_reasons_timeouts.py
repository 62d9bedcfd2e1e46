"""Timeouts and retries the generic rule missed in more than one spent set (issue #17, after held-out P's
`--generic-only` misses): nslookup's `DNS request timed out.`, RubyGems' `UnknownHostError: timed out`, musl's `Try
again` after a Java exception's name.

Entries are (lower-case literal, kind, whether the kind is only assumed), concatenated into
`generic_words.REASON_TEXTS` like the other rounds'. Each names the program, the sets it recurs in and the label.

- Windows nslookup's `DNS request timed out.` under its `nslookup h [server]` command (held-out C twice, D, M, N, each
  labelled `timeout`): the name is on the command above, as for dig's `no servers could be reached`.
  A timeout above the run's `Server:` header with none under it is nslookup's reverse lookup of the server's address,
  and a run that goes on to print an answer (`Name:` / `名称:`) resolved the name on a retry: neither is a failure
  (`nslookup_timeout_not_lookup`; the negatives of held-out A and C).
- BIND nslookup's `;; connection timed out; trying next origin` under its `nslookup h` command (held-out AT, `timeout`):
  the query of one name of the search list timed out and nslookup went on to the next; read as the Windows timeout is,
  and likewise no failure where the run goes on to print an answer.
- RubyGems' `Gem::RemoteFetcher::UnknownHostError: timed out (https://h/...)` (collected-2026-12c, held-out L, N, each
  `timeout`): the name is the URL's host in the parentheses after it.
- musl's `Try again` after Java's `UnknownHostException: h:` (`named_try_again`, a guard of `: try again` widened):
  temporary, not the bare exception's NXDOMAIN (held-out N; musl's text recurs after other names in F, H, L).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.model import FailureKind

TIMEOUT_REASONS: tuple[tuple[str, FailureKind, bool], ...] = (
    ("dns request timed out", "timeout", False),
    ("unknownhosterror: timed out", "timeout", False),
    ("connection timed out; trying next origin", "timeout", False),
)
"""Reasons the generic rule reads in any program's wording (see the module's docstring)."""

BLOCK_LINES = 16
"""Lines below a timeout looked at for the same run's header or answer."""
_ANSWER = re.compile(
    r"^[>\s]{0,6}(?:Name|名称|名稱|Nom|Nombre|Имя)\s{0,3}:\s{1,8}[A-Za-z0-9_][A-Za-z0-9_.\-]{0,252}\s*$"
)
_HEADER = re.compile(r"^[>\s]{0,6}(?:Server|服务器|伺服器|Serveur|Servidor|Сервер)\s{0,3}:\s", re.I)
_RUN_START = re.compile(r"(?:^|[#$>]\s{0,3})nslookup\s", re.I)
_TIMED_OUT = ("timed out", "timed-out", "超时", "逾時")


def nslookup_timeout_not_lookup(seg: Segment, kind: str) -> bool:
    """Whether the generic rule's read of nslookup's `DNS request timed out.` is no failure of the name: the run goes
    on to print an answer (`Name:` / `名称:`: a retry resolved it), or its `Server:` header is below the timeout and
    nothing under the header timed out (the timeout was nslookup's reverse lookup of its server's address)."""
    low = seg.text.lower()
    if kind != "timeout" or ("dns request timed out" not in low and "trying next origin" not in low):
        return False
    header = timed_out_after = False
    for line in seg.lines_after(BLOCK_LINES):
        if _RUN_START.search(line):
            break  # another run: its header and answers are not this one's
        if _ANSWER.match(line):
            return True
        if _HEADER.match(line):
            header = True
        elif header and any(t in line.lower() for t in _TIMED_OUT):
            timed_out_after = True
    return header and not timed_out_after


# musl's EAI_AGAIN text `Try again` after the name in Java's own slot, `UnknownHostException: h: Try again` (held-out N;
# the same musl text after other runtimes' names in F, H, L is read by their own guards); a word of advice (`Please
# try again`) or a sentence's `Error: Try again` has no such lead.
_TRY_AGAIN_LEAD = re.compile(r"UnknownHostException:\s{1,2}[A-Za-z0-9_][A-Za-z0-9_.\-]{0,252}\Z", re.I)


def named_try_again(text: str, at: int) -> bool:
    """Whether the `: Try again` at `at` in `text` follows a name in a Java exception's own slot."""
    return _TRY_AGAIN_LEAD.search(text, max(0, at - 300), at) is not None
