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


def pasted_coredns_lines(paste: str) -> tuple[str, ...]:
    """The paste's CoreDNS `plugin/errors` upstream failures and `plugin/loop` lines: each once, the first
    PASTED_LOG_LINES."""
    from checks.parsing.coredns_log import parse_coredns_log

    lines = [e.line for e in parse_coredns_log(paste) if e.kind in ("upstream_failure", "loop") and e.line]
    return tuple(dict.fromkeys(lines))[:PASTED_LOG_LINES]


def with_pasted_coredns_log(failing: Failing | None, paste: str) -> Failing | None:
    """The paste's CoreDNS `plugin/errors` upstream failures and `plugin/loop` lines, with the failing name."""
    return with_coredns_lines(failing, pasted_coredns_lines(paste)) if failing is not None else None


def with_coredns_lines(failing: Failing | None, lines: tuple[str, ...]) -> Failing | None:
    """`pasted_coredns_lines` (read once for a paste of several names) with one failing name."""
    if failing is None or not lines:
        return failing
    return dataclasses.replace(failing, coredns_log=lines)
