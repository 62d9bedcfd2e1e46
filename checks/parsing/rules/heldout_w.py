r"""Formats held-out W missed (issue #17, HELDOUT-w.md). Each reads a name where its format puts it (libcurl's
`[h] Resolving timed out after N milliseconds` is `libcurl`'s, PHP's `gethostbyname failed. errno=N` `php_network`'s).

- urllib3's `Failed to establish a new connection: [Errno N] <reason>` wrapped by a terminal inside its words (`...:
  Failed to establish a` / ` new connection: [Errno -3] Temporary failure in name resolution',))`, Azure CLI in
  held-out Q; collected-2026-12c wraps the same message elsewhere): the line above must end with the words' start, so
  the two lines rejoined say it whole. The kind and the name are read as `more_runtimes`' rule reads the unwrapped
  message (the errno's kind, the pool's `host=` nearby).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.rules.base import Hit, Rule, rx
from checks.parsing.rules.more_runtimes import dialed_nearby

# --- urllib3: `Failed to establish a new connection: [Errno N] ...` wrapped inside its words --------------------------

_WRAPPED_NEW_CONNECTION = rx(
    r"^(?P<tail>[A-Za-z ]{0,30})connection:\s{0,3}\[Errno\s(?P<code>-?\d{1,5})\]\s(?P<rest>[^\n]{0,100})"
)
_WHOLE = "failed to establish a new "


def _wrapped_new_connection(m: re.Match[str], seg: Segment) -> Hit | None:
    above = seg.lines_before(1)
    if not above or not m.group("tail").strip():
        return None  # unwrapped (`more_runtimes` reads it), or not the same words
    joined = " ".join((above[0][-40:] + m.group("tail")).lower().split()) + " "
    return dialed_nearby(m, seg) if joined.endswith(_WHOLE) else None


RULES: tuple[Rule, ...] = (
    Rule("urllib3-wrapped-new-connection", ("connection: [errno",), _WRAPPED_NEW_CONNECTION, _wrapped_new_connection),
)
