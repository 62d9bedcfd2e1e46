"""apk's `DNS lookup error`: a reason the generic rule missed in more than one spent set (issue #17).

Entries are (lower-case literal, kind, whether the kind is only assumed), concatenated into
`generic_words.REASON_TEXTS` like the other rounds'. Each names the program, the sets it recurs in and the label.

- apk's `ERROR: http://h/alpine/v3.7/main: DNS lookup error` (apk-tools' APKE_DNS text, no resolver reason after it):
  collected-2026-12b.jsonl three times (three threads) and held-out B, each labelled `other`; the name is the URL's
  host right before it (generic_lines.py left it out as a single row, before the collected set had it thrice).
"""

from __future__ import annotations

from checks.parsing.model import FailureKind

APK_REASONS: tuple[tuple[str, FailureKind, bool], ...] = (("dns lookup error", "other", False),)
"""Reasons the generic rule reads in any program's wording (see the module's docstring)."""
