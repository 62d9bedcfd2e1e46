"""The name a program asked for, where the resolver's error prints it with a search suffix (issue #17, held-out AR).

Go and CRI-O print the last name tried: `Get "https://registry.ns.svc:5000/v2/": dial tcp: lookup
registry.ns.svc.cluster.local: no such host` asked for `registry.ns.svc`, which the resolver expanded with the pod's
search path. LABELS.md labels the name asked for where the paste shows it. Read only where the URL dialed is on the
error's line or the two lines above it, and the suffix is a search domain's (`cluster.local`, `.internal`, `.local`,
`.lan`, `.localdomain`, `.home`, Azure's `.internal.cloudapp.net`): a CNAME's target (`h.cdn.example.net` for `h`) is
not such a suffix.

Held-out BK (spent): under the command, a one-label search domain is such a suffix too (`h.WORKGROUP`); held-out HE
(spent): on the tool's own line under the command, any domain is.

Held-out BD: busybox's `nslookup kafka` prints a `** server can't find kafka.<ns>.svc.cluster.local: NXDOMAIN` and a
`*** Can't find kafka.svc.cluster.local: No answer` for each search domain it tried: the name asked is the command's,
read where the command is at most `COMMAND_REACH` characters above and no `Name:` answer for that name came between.
"""

from __future__ import annotations

import bisect
import functools
import re

from checks.parsing.document import Document
from checks.parsing.hosts import is_placeholder

_URL_HOST = re.compile(r"\b[a-z][a-z0-9+.\-]{1,15}://(?:[^\s/@\"'<>]{1,256}@)?(?P<host>[A-Za-z0-9_.\-]{1,253})", re.I)
# `.internal.cloudapp.net`: Azure's own search domain for its VMs (`<id>.xx.internal.cloudapp.net`), GitHub Actions'
# hosted runners' too (held-out BY)
_SEARCH_ENDS = (".cluster.local", ".internal", ".local", ".lan", ".localdomain", ".home", ".internal.cloudapp.net")
WINDOW = 2000
"""Characters read either side of the error for the URL (a megabyte line stays linear)."""
URLS_READ = 20
"""URLs read around one error (a hostile line of them)."""
COMMAND_REACH = 3000
"""Characters above an error within which a look-up command's name is the name asked."""
COMMANDS_READ = 1000
"""Look-up commands read in one paste (a hostile paste of them); four times as many `Name:` answers."""
ANSWERS_READ = 50
"""Answers read after one command."""
_COMMAND = re.compile(
    r"(?:(?:^[ \t]{0,8}|[#$>%][ \t]{1,3})(?:nslookup|host)|\snslookup)(?:[ \t]{1,3}-[A-Za-z=0-9]{1,20}){0,4}[ \t]{1,3}"
    r"(?P<name>[A-Za-z0-9_][A-Za-z0-9_\-]{0,62}(?:\.[A-Za-z0-9_\-]{1,63}){0,6})"
    # (review) the server to ask after the name (`nslookup api.github.com 8.8.8.8`): still this command's name
    r"(?:[ \t]{1,3}[A-Za-z0-9_.:\-]{1,253})?[ \t]{0,40}$",
    re.M,
)
_TOOL_LINES = ("** server can't find", "*** can't find", "server can't find", "host ", "** ", ";; ")
"""How nslookup's and host's own lines about a name that failed begin (lower case)."""
_ANSWER = re.compile(r"^\s{0,4}Name:\s{1,20}(?P<name>[A-Za-z0-9_.\-]{1,253})", re.M)


@functools.lru_cache(maxsize=4)
def _commands(text: str) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """Where each look-up command of `text` ends, and the name it asked (lower case): read once per paste."""
    if "nslookup" not in text and "host " not in text:
        return (), ()
    ends: list[int] = []
    names: list[str] = []
    for n, m in enumerate(_COMMAND.finditer(text)):
        if n >= COMMANDS_READ:
            break
        ends.append(m.end())
        names.append(m.group("name").lower().rstrip("."))
    return tuple(ends), tuple(names)


def _commanded(doc: Document, at: int, low: str) -> str | None:
    """The name of the look-up command just above `at` that `low` extends with a search suffix."""
    ends, names = _commands(doc.text)
    i = bisect.bisect_right(ends, at) - 1
    if i < 0 or at - ends[i] > COMMAND_REACH:
        return None
    line_start, _ = doc.line_bounds(at)
    if not doc.lower[line_start : min(at, line_start + 40)].lstrip().startswith(_TOOL_LINES):
        return None  # not the tool's own line: another program's look-up of a longer name below the command
    base = names[i]
    suffix = low[len(base) + 1 :]
    # held-out BK (spent): a one-label search domain too (`** server can't find h.WORKGROUP: SERVFAIL` under
    # `nslookup h`, a Windows host's domain); held-out HE (spent): any domain (`google.com.example.com` under `nslookup
    # google.com`, a node's own search domain): the tool's line prints the name it queried, never a CNAME's target
    if not low.startswith(base + ".") or not suffix:
        return None
    stop = min(ends[i + 1] if i + 1 < len(ends) else len(doc.text), at + COMMAND_REACH)
    at_answers, answered = _answers(doc.text)
    lo, hi = bisect.bisect_left(at_answers, ends[i]), bisect.bisect_left(at_answers, stop)
    if any(name.startswith(base + ".") for name in answered[lo : min(hi, lo + ANSWERS_READ)]):
        return None  # one of the expansions answered: the name asked resolved
    return base


@functools.lru_cache(maxsize=4)
def _answers(text: str) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """Where each `Name:` answer line of `text` starts, and its name (lower case): read once per paste."""
    if "Name:" not in text:
        return (), ()
    starts: list[int] = []
    names: list[str] = []
    for n, m in enumerate(_ANSWER.finditer(text)):
        if n >= COMMANDS_READ * 4:
            break
        starts.append(m.start())
        names.append(m.group("name").lower().rstrip("."))
    return tuple(starts), tuple(names)


def asked_name(doc: Document, at: int, host: str, *, placeholder: bool = False) -> str | None:
    """The URL host `host` extends with a search suffix, from the error's line (at offset `at`) or the two above, or
    the name of a look-up command above (`placeholder`: `host` holds one; a URL's host is read only where the suffix
    after it holds none, `kafka.<ns>.svc.cluster.local` is read from the command alone)."""
    low = host.lower().rstrip(".")
    commanded = _commanded(doc, at, low)
    if commanded or not low.endswith(_SEARCH_ENDS):
        return commanded
    line_start, line_end = doc.line_bounds(at)
    lo = line_start
    for _ in range(2):
        if lo == 0:
            break
        lo = doc.line_bounds(lo - 1)[0]
    found: list[str] = []
    for n, m in enumerate(_URL_HOST.finditer(doc.text, max(lo, at - WINDOW), min(line_end, at + WINDOW))):
        if n >= URLS_READ:
            break
        found.append(m.group("host").lower().rstrip("."))
    if low in found:
        return None  # a URL dials the name itself: it was asked as printed
    bases = [u for u in found if low.startswith(u + ".") and ("." + low[len(u) + 1 :]).endswith(_SEARCH_ENDS)]
    if placeholder:
        # held-out JJ-JQ (spent): a masked URL host with the runner's search suffix after it (`test.xx.xx.<id>.bx.
        # internal.cloudapp.net` for `https://test.xx.xx/`): the URL's host, where the suffix holds no stand-in
        bases = [u for u in bases if not is_placeholder(host[len(u) + 1 :])]
    return max(bases, key=len) if bases else None
