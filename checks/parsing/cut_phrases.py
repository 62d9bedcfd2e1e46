"""A resolver's words cut by a line break at any width, put back as one line (issue #17, held-out AL and AM).

A comment box, a mail client or a narrow pane wraps a long error wherever its width falls, not at a terminal's 80 or
120 columns (`terminal_wraps`): `lookup h.: Temporary failure in` / `name resolution`, Kong's `dns server` / ` error:
2 server failure`, mount.nfs's `Name or` / `service not known`. Five cuts are put back, each where nothing else could
be meant:

- a line that ends in the first words of a resolver's phrase and a next line that opens with the rest of it (the whole
  phrase must be there, so two unrelated lines are never joined);
- a shell-style continuation: a line ending in ` \\` (a build tool's `Cannot download file: \\`, a wrapped command);
- Go's `lookup h on s:53: read udp` cut before the addresses its reason follows (held-out Q, AX), and a message cut
  after its colon before Python's `[Errno N]` (held-out AC);
- a line cut right after a word that a name follows (`failed to parse domain for` / `h, error: ...`): the next line
  opens with a dotted name and what follows a name in a message (`,`, `:`, a bracket, a space).
"""

from __future__ import annotations

import functools
import itertools
import re

from checks.parsing.kinds import classify_resolution, reason_phrases

PHRASES = (
    "temporary failure in name resolution",
    "name or service not known",
    "nodename nor servname provided, or not known",
    "no address associated with hostname",
    "name does not resolve",
    "no such host",
    "server misbehaving",
    "dns server error",
    "server failure",
    "could not resolve host",
    "could not translate host name",
    "failed to query the dns server",
    "non-existent domain",
    "remote name could not be resolved",  # .NET's WebException wrapped by PowerShell (held-out CP, spent)
)
"""Resolver phrases whose words a cut may part (each as printed, lower case), besides every phrase `kinds` reads a
reason from (`read: connection` / `refused`, `53: i/o` / `timeout.`: held-out BP)."""
TAIL_WORDS = 6
"""Words at a line's end compared with the phrases' openings."""
LINES = 2_000
"""Line breaks looked at per paste (a screen's copy has fewer)."""
_BEFORE_NAME = frozenset(
    {"for", "to", "of", "from", "host", "hostname", "address", "domain", "server", "resolve", "resolving", "lookup"}
)


@functools.cache
def _rests() -> dict[str, tuple[str, ...]]:
    """Each phrase's opening words (one or more, not all) -> the rests that complete a phrase after them."""
    found: dict[str, list[str]] = {}
    for phrase in dict.fromkeys(PHRASES + reason_phrases()):
        words = phrase.split(" ")
        for n in range(1, len(words)):
            found.setdefault(" ".join(words[:n]), []).append(" ".join(words[n:]))
    return {opening: tuple(rests) for opening, rests in found.items()}


@functools.cache
def _name_opening() -> re.Pattern[str]:
    # a name then what follows a name in a message (`h, error:`, `h:53`, `h: no such host`, `h (`)
    # (a letter in it: `39.45 ` is a build step's seconds), or an address and port (`127.0.0.11:53: timeout`)
    return re.compile(
        r"(?=[^\s]{0,253}[A-Za-z])[A-Za-z0-9_][A-Za-z0-9_-]{0,62}(?:\.[A-Za-z0-9_-]{1,63}){1,10}[,:;)( ]"
        r"|\d{1,3}(?:\.\d{1,3}){3}:\d{1,5}\b"
    )


def _phrase_cut(last: str, nxt: str) -> bool:
    words = last.lower().split()[-TAIL_WORDS:]
    rests = _rests()
    following = " ".join(nxt.lower().split()[:TAIL_WORDS])
    for n in range(len(words)):
        opening = " ".join(words[n:]).strip("\"'`([")
        for rest in rests.get(opening, ()):
            if following.startswith(rest):
                return True
    return False


_GO_DIAL_CUT = re.compile(r"\blookup\s\S{1,253}\son\s\S{1,60}:\s(?:read|dial|write)(?:\s(?:udp|tcp)[46]?)?\s?$")
_GO_DIAL_REST = re.compile(
    r"\s{0,8}(?:(?:udp|tcp)[46]?\s)?(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-fA-F:.]{2,45}\]):\d{1,5}(?:->|:\s)"
)


def _go_dial_cut(last: str, nxt: str) -> bool:
    """Go's `lookup h on s:53: read udp` cut before the addresses (`a:p->s:53: i/o timeout`): the reason is there."""
    return _GO_DIAL_CUT.search(last[-400:]) is not None and _GO_DIAL_REST.match(nxt) is not None


_ERRNO_REST = re.compile(r"\s{0,8}\[Errno\s-?\d{1,5}\]\s")
# the cut message says what it was connecting to: `Failed to connect to h at port 443:`, `... connecting to h:6379:`
_CONNECTING_TO = re.compile(
    r"\bconnect(?:ing|ion)?\s(?:to\s)?[A-Za-z0-9_\-]{1,63}(?:\.[A-Za-z0-9_\-]{1,63}){1,10}(?::\d{1,5}|\sat\sport\s\d{1,5})?:\s*$",
    re.I,
)


def _errno_cut(last: str, nxt: str) -> bool:
    """A message cut after its colon before Python's `[Errno -3] ...` (Ansible's `Failed to connect to h at port 443:`
    / `[Errno -3] Temporary failure in name resolution`): the socket error is the message's own reason. Only a line
    that ends by naming the dotted host it was connecting to (`Here's my config:` above an errno is not one)."""
    return _ERRNO_REST.match(nxt) is not None and _CONNECTING_TO.search(last[-300:]) is not None


# a resolver's verb on the line, which ends at a colon: `Failed to resolve 'h:9092':` (librdkafka; held-out BV);
# (source-mined) Varnish's VCC `Backend host '"h"' could not be resolved to an IP address:` over gai_strerror's text
_RESOLVING_COLON = re.compile(r"\b(?:resolv(?:e|ed|ing)|look\s?up|getaddrinfo)\b[^\n]{0,300}:\s*$", re.I)
REASON_OPENING = 40
"""Characters of the next line in which the resolver's reason must stand (it opens the line)."""


def _reason_cut(last: str, nxt: str) -> bool:
    """A message cut after the colon before its resolver's reason (`... Failed to resolve 'h:9092':` / `Name or service
    not known (after 70ms in state CONNECT)`): the reason is the message's own."""
    return _RESOLVING_COLON.search(last[-400:]) is not None and classify_resolution(nxt[:REASON_OPENING]) is not None


MIDWORD_SPAN = 60
"""Characters each side of a line break looked at for a phrase it cuts inside a word."""
MIDWORD_WIDTH = 72
"""A line cut inside a word is at least this long (a pane's or terminal's width; a short one is the writer's)."""


def _midword_cut(last: str, nxt: str) -> bool:
    """A phrase cut inside one of its words (held-out DT, spent: a pane's wrap `getaddrinfo failed: Name or s` /
    `  ervice not known)`; held-out P: a terminal's `h: h: Name or service not kn` / `own`): joined with nothing
    between, the two pieces hold a whole resolver phrase across the cut."""
    cut_line = last.rstrip(" \t")
    tail, head = cut_line[-MIDWORD_SPAN:], nxt.lstrip(" \t")[:MIDWORD_SPAN]
    if len(cut_line) < MIDWORD_WIDTH or not (tail[-1:].isalpha() and head[:1].isalpha() and head[:1].islower()):
        return False
    joined, cut = (tail + head).lower(), len(tail)
    for phrase in _phrases():
        at = joined.find(phrase, max(0, cut - len(phrase)))
        if at != -1 and at < cut < at + len(phrase):
            return True
    return False


@functools.cache
def _phrases() -> tuple[str, ...]:
    return tuple(dict.fromkeys(PHRASES + reason_phrases()))


def _join(last: str, nxt: str) -> bool:
    if not last.strip() or not nxt.strip():
        return False
    if last.endswith(" \\"):
        return True
    if _go_dial_cut(last, nxt) or _errno_cut(last, nxt) or _reason_cut(last, nxt):
        return True
    if last.rsplit(maxsplit=1)[-1].lower() in _BEFORE_NAME and _name_opening().match(nxt.lstrip()) is not None:
        return True
    return _phrase_cut(last, nxt)


def rejoin_cut_phrases(text: str) -> str:
    """`text` with the cuts above joined (by a space; a continuation's backslash goes)."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    out: list[list[str]] = [[lines[0]]]  # each output line as its pieces, joined once (no string grows per join)
    for n, line in enumerate(lines[1:]):
        pieces = out[-1]
        last = pieces[-1]
        if n < LINES and _join(last, line):
            pieces[-1] = last[:-2] if last.endswith(" \\") else last.rstrip(" ")
            pieces.append(line.lstrip(" \t"))
        elif n < LINES and _midword_cut(last, line):
            pieces[-1] = last.rstrip(" \t") + line.lstrip(" \t")  # one word again: nothing between its pieces
        else:
            out.append([line])
    return "\n".join(" ".join(pieces) for pieces in out)


@functools.cache
def _bigrams() -> frozenset[tuple[str, str]]:
    """Each two words that follow each other in a resolver's phrase."""
    pairs: set[tuple[str, str]] = set()
    for phrase in PHRASES + reason_phrases():
        words = phrase.split(" ")
        pairs.update(itertools.pairwise(words))
    return frozenset(pairs)


_SPACED = re.compile(r"(\S{1,40})( {2,}|\t{1,8})(?=(\S{1,40}))")


_EDGES = re.compile(r"^[\"'`(\[]+|[.,;:!)\"'`]+$")


def _one_space(m: re.Match[str]) -> str:
    if (_EDGES.sub("", m.group(1).lower()), _EDGES.sub("", m.group(3).lower())) in _bigrams():
        return m.group(1) + " "
    return m.group(0)


def close_spaced_phrases(text: str) -> str:
    """`text` with the words of a resolver's phrase that a run of blanks parted put one space apart (a wrap put back
    with the continuation's indent kept: `Name does not                  resolve`, held-out BU); other runs of
    blanks (columns, alignment) are kept."""
    return _SPACED.sub(_one_space, text) if "  " in text or "\t" in text else text
