"""Resolver reasons from a third survey (issue #17): the cluster products' own log lines, for the generic rule.

Like `generic_reasons_survey2.py`: each entry is a literal a product prints when a name lookup fails, with the name
next to it where the generic rule takes it, and names the product and the source it comes from. Entries are
(lower-case literal, kind, whether the kind is only assumed); `generic_words.REASON_TEXTS` concatenates them. Most
products' texts are their runtime's, read already; formats whose name stands where only their own shape says are
rules (`rules/survey3.py`).
"""

from __future__ import annotations

from checks.parsing.model import FailureKind

SURVEY3_REASONS: tuple[tuple[str, FailureKind, bool], ...] = (
    # Patroni's etcd DCS (patroni/dcs/etcd.py, `_get_machines_cache_from_srv` / `get_srv_record`: `logger.warning('Can
    # not resolve SRV for %s', srv)`): the discovery domain whose `_etcd-client._tcp` SRV records did not resolve (no
    # reason given)
    ("can not resolve srv for", "other", False),
)
"""Reasons the generic rule reads in any product's wording (see the module's docstring)."""
