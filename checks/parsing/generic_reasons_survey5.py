"""Resolver reasons from a fifth survey (issue #17): the DNS TOOLS' outputs, for the generic rule.

Like `generic_reasons_survey3.py`: each entry is a literal a tool prints when a name lookup fails, with the name next
to it where the generic rule takes it, and names the tool and the source it comes from. Entries are (lower-case
literal, kind, whether the kind is only assumed); `generic_words.REASON_TEXTS` concatenates them. Formats whose name
stands where only their own shape says are rules (`rules/survey5.py`).
"""

from __future__ import annotations

from checks.parsing.model import FailureKind

SURVEY5_REASONS: tuple[tuple[str, FailureKind, bool], ...] = (
    # glibc's hstrerror (resolv/herror.c `h_errlist`: NO_ADDRESS "No address associated with name"), as the
    # traditional netcat (Hobbit's nc 1.10, netcat.c `gethostpoop`: `holler("%s: forward host lookup failed: ",
    # name)` then `h_errno`'s text) and other gethostbyname users print it: `NAME: forward host lookup failed: No
    # address associated with name`. HOST_NOT_FOUND's "Unknown host" is read already; TRY_AGAIN's "Host name lookup
    # failure" would be a verb here (it has "look" in it: generic_kind.VERBS), so nc's line is a rule
    # (rules/survey5.py).
    ("no address associated with name", "nxdomain", False),
)
"""Reasons the generic rule reads in any tool's wording (see the module's docstring)."""
