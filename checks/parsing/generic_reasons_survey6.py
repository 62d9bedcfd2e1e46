"""Resolver reasons from a sixth survey (issue #17): the products IN the cluster's path, for the generic rule.

Like `generic_reasons_survey5.py`: each entry is a literal a product prints when a name lookup fails, with the name next
to it where the generic rule takes it, and names the product and the source it comes from. Entries are (lower-case
literal, kind, whether the kind is only assumed); `generic_words.REASON_TEXTS` concatenates them. Formats whose name
stands where only their own shape says are rules (`rules/survey6.py`).
"""

from __future__ import annotations

from checks.parsing.model import FailureKind

SURVEY6_REASONS: tuple[tuple[str, FailureKind, bool], ...] = (
    # vpnkit (Docker Desktop's DNS forwarder) and the ocaml-dns resolver under it: the error constructor `NoSuchRecord`
    # (the name has no record: NXDOMAIN), after its own `DNS lookup h A:` (rules/survey6.py) or a caller's `Failed to
    # resolve h:`. One word no prose uses.
    ("nosuchrecord", "nxdomain", False),
    # Cilium's DNS proxy (pkg/fqdn/dnsproxy/proxy.go, `ServeDNS`): the upstream did not answer the forwarded query in
    # time; the name is its `dnsName=h.` field (its `Cannot forward proxied DNS lookup` line carries the dial's error)
    ("timeout waiting for response to forwarded proxied dns lookup", "timeout", False),
)
"""Reasons the generic rule reads in any product's wording (see the module's docstring)."""
