"""The generic rule's widening by held-out H's general causes (issue #17; split from `checks.parsing.generic`, which is
at its size limit).

- `HELDOUT_H_REASONS`: resolver texts more than one runtime prints, read like the other reasons: the JDK's JNDI DNS
  provider's `DNS name not found` (rcode 3; the generic rule used to read it only by accident, through the `eNotFound`
  inside `NameNotFoundException`, which `generic_guards` now refuses: a code is a word of its own).
"""

from __future__ import annotations

from checks.parsing.model import FailureKind

HELDOUT_H_REASONS: tuple[tuple[str, FailureKind, bool], ...] = (
    ("dns name not found", "nxdomain", False),  # JNDI's DnsClient (`NameNotFoundException: DNS name not found`)
)
