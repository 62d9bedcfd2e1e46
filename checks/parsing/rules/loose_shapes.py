r"""Message shapes no one program owns (issue #17, held-out P, S/T; gathered here from the round modules).

- (A resolver reason broken by the terminal mid-word at a fixed width, `h: h: Name or service not kn` / `own`, held-out
  P, is put back whole before any rule reads the paste: `cut_phrases`, since held-out DT.)
- `: h host not found` (Fathom's `Error connecting to database: fathomdb host not found`): the name before the reason,
  after a message's colon; a dotted name, or any name where a database or connect context precedes the colon; never an
  English word (`the host not found`, `Backend host not found`; S, review 2 finding 2).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.generic_words import WORDS
from checks.parsing.rules.base import Hit, Rule, hit, rx

# --- `: h host not found` -------------------------------------------------------------------------------------------

_NAME_HOST_NOT_FOUND = rx(r":\s{1,3}(?P<host>[A-Za-z0-9][A-Za-z0-9_.\-]{0,252})\shost\snot\sfound\b(?!\sin\s)")
# review 2 (finding 2): `Error: Backend host not found`, `upstream host not found`: an adjective, not a name. A name
# with no dot is read only where the message says what was being connected to before its colon (Fathom's `Error
# connecting to database: fathomdb host not found`); never an English word nor a capitalised single word.
_CONNECT_CONTEXT = re.compile(r"(?:database|connecting\sto|connect\sto|dial(?:ing)?)[^:\n]{0,40}\Z", re.I)


def _name_host_not_found(m: re.Match[str], seg: Segment) -> Hit | None:
    name = m.group("host")
    if name.lower() in WORDS or (name[:1].isupper() and name[1:].islower()):
        return None
    if "." not in name.strip(".") and not _CONNECT_CONTEXT.search(seg.text, max(0, m.start() - 60), m.start()):
        return None
    return hit(m, seg, "nxdomain")


RULES: tuple[Rule, ...] = (
    Rule("name-host-not-found", (" host not found",), _NAME_HOST_NOT_FOUND, _name_host_not_found),
)
