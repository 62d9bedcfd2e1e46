"""The ssh_config, looked up per host without walking every stanza.

paramiko's `SSHConfig.lookup` tries every `Host`/`Match` stanza of the file against the host, and for each
one that does not match it also calls `getpass.getuser()` (for `Match user`): with a generated config of a
stanza per node, a sweep's N lookups cost O(N^2) (81,000 `getpwuid` calls at 200 nodes). Here a host is
looked up, once, in a config holding only the stanzas that can apply to it: the global lines, every
stanza with a pattern (`*`, `?`, `[`, `!`), every `Match`, and the `Host` stanzas that name it literally —
in file order, so paramiko's first-value-wins and IdentityFile accumulation give exactly what the whole
file gives. A file that canonicalizes host names (a second pass under another name) is looked up whole.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path

import paramiko

# paramiko's own line syntax (SSHConfig.SETTINGS_REGEX): a keyword, then `=` or spaces, then the value
_SETTING = re.compile(r"(\w+)(?:\s*=\s*|\s+)(.+)")
_PATTERN_CHARS = frozenset("*?[!\"'\\")


def _literal_names(value: str) -> frozenset[str] | None:
    """The names a `Host` line matches only literally, or None when any of its patterns is not literal."""
    names = value.split()
    if not names or any(ch in _PATTERN_CHARS for name in names for ch in name):
        return None
    return frozenset(names)


class SshConfigIndex:
    """`lookup(host)` as `paramiko.SSHConfig.lookup(host)` gives it, in time independent of the file's
    number of stanzas (after one pass over the file). Lookups are cached: the file is read once."""

    def __init__(self, text: str = "") -> None:
        self._whole = paramiko.SSHConfig.from_text(text)  # parsed whole too: a bad line fails here, as before
        self._canonicalizes = "canonicalizehostname" in text.lower()
        preamble: list[str] = []
        self._blocks: list[str] = []
        self._always: list[int] = []  # stanzas that may apply to any host
        self._named: dict[str, list[int]] = {}  # host -> the literal `Host` stanzas naming it
        for raw in text.splitlines():
            line = raw.strip()
            match = _SETTING.match(line) if line and not line.startswith("#") else None
            if match is None or match.group(1).lower() not in ("host", "match"):
                if self._blocks:
                    self._blocks[-1] += "\n" + line
                else:
                    preamble.append(line)
                continue
            at = len(self._blocks)
            self._blocks.append(line)
            names = _literal_names(match.group(2)) if match.group(1).lower() == "host" else None
            if names is None:
                self._always.append(at)
            else:
                for name in names:
                    self._named.setdefault(name, []).append(at)
        self._preamble = "\n".join(preamble)
        self._cache: dict[str, paramiko.SSHConfigDict] = {}
        self._lock = threading.Lock()

    @classmethod
    def from_path(cls, path: Path | None) -> SshConfigIndex:
        """The file's index; an empty one when there is no file (paramiko's defaults)."""
        return cls(path.read_text() if path is not None and path.exists() else "")

    def lookup(self, host: str) -> paramiko.SSHConfigDict:
        """The options for `host` (lower-case keys); a fresh copy each time, so callers may change it."""
        with self._lock:
            options = self._cache.get(host)
        if options is None:
            if self._canonicalizes:
                options = self._whole.lookup(host)
            else:
                wanted = sorted({*self._always, *self._named.get(host, ())})
                text = "\n".join([self._preamble, *(self._blocks[i] for i in wanted)])
                options = paramiko.SSHConfig.from_text(text).lookup(host)
            with self._lock:
                self._cache[host] = options
        copy = paramiko.SSHConfigDict()
        for key, value in options.items():
            copy[key] = list(value) if isinstance(value, list) else value
        return copy
