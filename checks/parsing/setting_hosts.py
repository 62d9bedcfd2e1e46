"""The one host a paste block's settings name, for a reason printed with no name at all (issue #17, held-out V).

Elixir's Tds `{:error, %Tds.Error{message: "tcp connect: nxdomain"}}` over its config `hostname: "h",`, lettre's
`SMTP error: Connection error: failed to lookup address information: ...` under a compose file's `- SMTP_HOST=h`:
the message names nothing, the settings it ran with do. Unlike `host_settings.host_setting` (the nearest), this
answers only when the error's paste block (up to `BLOCK_LINES` lines each side, stopping at a blank line) holds
exactly one distinct host setting: two (a database host and a cache host) leave the name unknown. The keys are those
that name a host: `*_HOST` variables and `host` / `hostname` keys at a line's start; the value may be masked
(`****.database.windows.net`).
"""

from __future__ import annotations

from checks.parsing.document import Segment
from checks.parsing.rules.base import LazyPattern

BLOCK_LINES = 16
"""Lines looked at on each side of the error, within its paste block."""
_VALUE = r"(?P<host>[A-Za-z0-9*][A-Za-z0-9*\-]{0,62}(?:\.[A-Za-z0-9*\-]{1,63}){0,10})(?![\w.\-*])"
_SETTING = LazyPattern(
    r"(?:\b(?:[A-Z][A-Z0-9]{0,20}_){1,4}HOST\s{0,3}[=:]|^[\s\-]{0,12}[\"']?(?:host|hostname)[\"']?\s{0,3}:)"
    r"\s{0,3}[\"']?" + _VALUE + r"[\"']?,?\s{0,3}$"
)


def _settings(lines: list[str]) -> list[str]:
    found: list[str] = []
    for text in lines:
        if not text.strip():
            break  # the end of the error's paste block
        if "host" in text.lower():
            m = _SETTING.search(text)
            if m and any(c.isalpha() for c in m.group("host")):
                found.append(m.group("host").lower())
    return found


def several_host_settings(seg: Segment) -> bool:
    """The error's paste block holds two or more distinct host settings (review 2, finding 9: which one failed is
    unknown, so the generic rule's nearest-setting reading must not pick one)."""
    return len(set(_settings(seg.lines_before(BLOCK_LINES)) + _settings(seg.lines_after(BLOCK_LINES)))) > 1


def only_host_setting(seg: Segment) -> str | None:
    """The host of the one host setting in the error's paste block, else None (none, or two different ones)."""
    hosts = set(_settings(seg.lines_before(BLOCK_LINES)) + _settings(seg.lines_after(BLOCK_LINES)))
    return hosts.pop() if len(hosts) == 1 else None
