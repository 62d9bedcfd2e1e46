"""What a paste of CoreDNS's own log adds to its failing name, for `podnet diagnose` and the Slack bot alike:
its search-path NXDOMAIN bursts (`Failing.search_nxdomains`, for client-resolver) and its upstream failures
and loops (`Failing.coredns_log`, for coredns-health)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checks.cluster.mapping import Failing
    from checks.parsing.search_path import SearchBurst


def with_search_bursts(failing: Failing | None, bursts: list[SearchBurst]) -> Failing | None:
    """The paste's search-path NXDOMAIN bursts (CoreDNS's log) go with the failing name
    they expand; a paste of nothing but such a burst diagnoses the name it expands."""
    from checks.cluster.mapping import Failing

    if failing is None and bursts:
        b = bursts[0]
        return Failing(b.name, "nxdomain", b.service, b.namespace, b.expansions)
    for b in bursts:
        if failing is not None and b.name == failing.host:
            return dataclasses.replace(failing, search_nxdomains=b.expansions)
    return failing


PASTED_LOG_LINES = 20  # at most this many of the paste's CoreDNS lines go with it


def with_pasted_coredns_log(failing: Failing | None, paste: str) -> Failing | None:
    """The paste's CoreDNS `plugin/errors` upstream failures and `plugin/loop` lines, with the failing name."""
    from checks.parsing.coredns_log import parse_coredns_log

    if failing is None:
        return None
    lines = [e.line for e in parse_coredns_log(paste) if e.kind in ("upstream_failure", "loop") and e.line]
    if not lines:
        return failing
    return dataclasses.replace(failing, coredns_log=tuple(dict.fromkeys(lines))[:PASTED_LOG_LINES])
