"""Resolver reasons in words no rule had met, from held-out ID-IK's misses (issue #17, session 58; spent data),
widened to the phrase's other common forms so the generic rule reads them in any program's wording.

Entries are (lower-case literal, kind, whether the kind is only assumed), concatenated into
`generic_words.REASON_TEXTS` like the survey modules'.

- "does not have a DNS entry" (a web gateway's Unknown Host page: `Unable to locate the server named "h" --- the
  server does not have a DNS entry`), and its forms `has no DNS entry`, `no DNS entry for`: the name has no record
  (`nxdomain`);
- "the server name cannot be resolved" (PowerShell remoting's WinRM text) and WinHTTP's own "the server name or
  address could not be resolved": a failed look-up, how it failed not said (`nxdomain`, assumed, as WinHTTP's rule
  reads it).
"""

from __future__ import annotations

from checks.parsing.model import FailureKind

DNS_ENTRY_REASONS: tuple[tuple[str, FailureKind, bool], ...] = (
    ("does not have a dns entry", "nxdomain", False),
    ("has no dns entry", "nxdomain", False),
    ("no dns entry for", "nxdomain", False),
    ("the server name cannot be resolved", "nxdomain", True),
    ("the server name or address could not be resolved", "nxdomain", True),
)
"""Reasons the generic rule reads in any program's wording (see the module's docstring)."""
