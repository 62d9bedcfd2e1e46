"""Resolver reasons the generic rule missed in more than one spent set (issue #17, after held-out L).

Entries are (lower-case literal, kind, whether the kind is only assumed), concatenated into
`generic_words.REASON_TEXTS` like the survey modules'. Each names the program, the sets it recurs in and the label.

- libcurl's threaded resolver `getaddrinfo() thread failed to start` (curl error 6 from composer and dnf: the resolver
  thread could not be created, so the name was never looked up): collected-2026-12b, held-out B, F and K, each
  labelled `other`. After the URL in both formats (`downloading https://h/...: getaddrinfo() ...`, `for https://h/...
  [getaddrinfo() ...]`), so it is the stated reason nearest after the host, and wins over the `Couldn't resolve host
  name` before it.
- HAProxy's `'server NAME' : could not resolve address 'h'.` (config parsing, no resolver reason): collected-2026-12c
  (4 rows) and held-out J (6 rows), each labelled `other`. The verb alone (`could not resolve`) is read as curl's
  `Could not resolve host` is (nxdomain); HAProxy's `address` form states no reason.
"""

from __future__ import annotations

from checks.parsing.model import FailureKind

HELDOUT_L_REASONS: tuple[tuple[str, FailureKind, bool], ...] = (
    ("getaddrinfo() thread failed to start", "other", False),
    ("could not resolve address", "other", False),
)
"""Reasons the generic rule reads in any program's wording (see the module's docstring)."""
