"""The name a host-less reason was about, from the command that printed it (issue #17, the generic rule's misses).

Resolver tools print their reason on a line of its own, with the name only on the command line above it:

    $ nslookup foo.com 1.2.3.4                     / # ping my-nginx1             ; <<>> DiG 9.10.6 <<>> nalgebra.org
    ;; connection timed out; no servers could ...   ping: unknown host             ;; ->>HEADER<<- ... status: NXDOMAIN

`command_name` reads the nearest command above (a shell prompt's `ping`, `nslookup`, `dig`, `host`, `getent hosts`,
`traceroute`... and its arguments: the first that is not an option, a server `@x` or a record type), else dig's
header above or QUESTION SECTION below. A command aimed at an IP address names
nothing (the lookup that failed was not of a name): no name, rather than one from further up.
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.hosts import HOST, clean_host, is_ip
from checks.parsing.rules.base import LazyPattern

COMMAND_LINES = 4
"""Lines above a reason where its command may be (a prompt, the command, a header, the reason)."""
STATUS_LINES = 12
"""Lines above a dig `status:` line where its command or `<<>> DiG` header may be."""

# `$ ping -c 1 h`, `/ # nslookup h`, `C:\> ping h`, `-- ping h`, `[exec POD nslookup h]` (kubectl exec), `` `ping h` ``,
# `- ping h` (a list's step):
# a command at a prompt or the start of its line, not a sentence ("ping containers by their hostname", "unknown host
# exception").
_COMMAND = LazyPattern(
    r"(?:^\s{0,4}|[$#>`]\s{0,3}|\s--\s{1,3}|\bexec\s{1,3}(?:-[a-z]{1,3}\s{1,3}){0,3}[a-z0-9][a-z0-9_.\-]{0,80}\s{1,3}"
    # held-out BP (spent): a step of a Markdown list (`- ping google.com`, `2. nslookup db`)
    r"|^\s{0,4}(?:[-*+]|\d{1,2}[.)])\s{1,3}"
    # held-out FF (spent): a shell's `-c` script in a container (`docker run ... bash -c 'ping h'`)
    r"|\b(?:ba|da|z|a)?sh\s{1,3}-c\s{1,3}['\"])"
    r"(?:ping6?|traceroute6?|tracepath|getent\s{1,3}a?hosts|telnet|nc|ncat"
    r"|resolvectl\s{1,3}query|nslookup|a?dig|kdig|drill|host|dog|doggo)"
    r"(?:\s{1,3}(?:-[tcqxy]\s[^\s]{1,60}|-{1,2}[A-Za-z][A-Za-z0-9\-]{0,20}(?:=[^\s]{1,60}|\s\d{1,6})?|[@+][^\s]{1,100}"
    r"|(?i:A|AAAA|SRV|TXT|MX|NS|ANY|CNAME|SOA|PTR|HINFO)(?=\s))){0,6}"
    r"\s{1,3}(?P<host>" + HOST + r")(?=\s|$|`|\]|['\"](?:\s|$))"
)
# dig's own header and question: `; <<>> DiG 9.10.6 <<>> nalgebra.org`, `;www.dnssec-failed.org.  IN  A`
_DIG_HEADER = LazyPattern(
    r"<<>>\s{1,3}DiG\s[^<\n]{0,60}<<>>"
    r"(?:\s{1,3}(?:[@+\-][^\s]{1,100}|(?i:A|AAAA|SRV|TXT|MX|NS|ANY|CNAME|SOA|PTR)(?=\s))){0,4}"
    r"\s{1,3}(?P<host>" + HOST + r")"
)
_QUESTION = LazyPattern(r"^;(?:;\s{1,3})?(?P<host>" + HOST + r")\s{1,40}IN\s{1,40}[A-Z]{1,10}\s*$")


_ANSWERED = LazyPattern(
    r"\b\d{1,5}\sbytes\sfrom\s|\bPING\s[^\s]{1,253}\s\(\d{1,3}(?:\.\d{1,3}){3}\)|\s[1-9]\d{0,5}\s(?:packets\s)?received"
    r"|\shas\s(?:IPv6\s)?address\s|^Name:\s"
)


def answered_below_command(seg: Segment, at: int, lines: int = COMMAND_LINES) -> bool:
    """Between the command above the reason at `at` and the reason, the tool printed an answer (`PING h (1.2.3.4)`,
    `64 bytes from ...`, `h has address ...`): the name resolved; the reason further down is about something else."""
    for line in seg.above(at, lines)[1:]:
        if _COMMAND.search(line) is not None:
            return False
        if _ANSWERED.search(line) is not None:
            return True
    return False


def looked_up_name(raw: str) -> str | None:
    """`raw` as a name a command looked up; None for an IP address (no name was looked up) or a non-name."""
    raw = raw.rstrip(".")
    return None if is_ip(raw) or clean_host(raw) is None else raw


_WORDS_AFTER = re.compile(r"[ \t]{1,3}[A-Za-z]{2,}\b")


def _sentence(line: str, m: re.Match[str]) -> bool:
    """A tool's name opening a sentence, not a command (`1. host resolution errors`; held-out CF): a bare word after
    it and more words after that, with no prompt before it."""
    prompt = m.group(0).lstrip()[:1] in ("$", "#", ">", "`")
    return not prompt and m.group("host").isalpha() and _WORDS_AFTER.match(line, m.end("host")) is not None


HTTP_STATUS = LazyPattern(r"\s{0,4}(?:<\s)?HTTP/\d(?:\.\d)?\s[1-5]\d\d\b")
"""An HTTP response's status line (`HTTP/2 503`, curl -v's `< HTTP/1.1 502 Bad Gateway`): the request was answered."""


def command_name(seg: Segment, at: int, lines: int = COMMAND_LINES) -> str | None:
    """The name the command above the reason at `at` (an offset in `seg.text`) asked for, if it asked for one."""
    for line in seg.above(at, lines):
        if HTTP_STATUS.match(line):
            return None  # source-mined (Kong's 503 body): the command's request was answered, its name resolved
        m = seg.doc.search_line(_COMMAND, line) or seg.doc.search_line(_DIG_HEADER, line)
        if m is not None and not _sentence(line, m):
            return looked_up_name(m.group("host"))
    for line in seg.lines_after(lines):
        q = _QUESTION.match(line.strip())
        if q is not None:
            return looked_up_name(q.group("host"))
    return None
