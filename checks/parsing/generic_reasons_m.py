"""Resolver reasons the generic rule missed in more than one spent set (issue #17, after held-out M).

Entries are (lower-case literal, kind, whether the kind is only assumed), concatenated into
`generic_words.REASON_TEXTS` like the survey modules'. Each names the program, the sets it recurs in and the label.

- nginx/OpenResty's `no resolver defined to resolve h` (a `resolver` directive is missing, so the name was never
  looked up): corpus.jsonl (lua-resty-http), held-out G (ingress-nginx) and M (lua-resty-kafka), each labelled
  `other`. The name follows the phrase, bare or quoted.
"""

from __future__ import annotations

from checks.parsing.model import FailureKind

HELDOUT_M_REASONS: tuple[tuple[str, FailureKind, bool], ...] = (("no resolver defined to resolve", "other", False),)
"""Reasons the generic rule reads in any program's wording (see the module's docstring)."""
