"""client-resolver: a paste's search-path NXDOMAIN bursts (CoreDNS's log) handed to the engine with the
failing name they expand (`Failing.search_nxdomains`), for `podnet diagnose` and the Slack bot alike."""

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
