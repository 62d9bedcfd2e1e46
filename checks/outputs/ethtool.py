"""Parser for `ethtool -k DEV` (`--show-features`, a.k.a. `--show-offload`).

Format: ethtool(8) "-k --show-features": `Features for DEV:` then one `name: on|off` per feature, sub-features
indented with a tab, suffixed ` [fixed]` when the driver cannot change it and ` [requested on]` /
` [requested off]` when the state differs from what was asked. The runbook's "Kernel Problem" turns
rx/tx checksumming and GSO off on the node's interface (`ethtool --offload eth0 rx off tx off`,
`ethtool -K eth0 gso off`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FEATURE = re.compile(r"^\s*(?P<name>[\w-]+):\s+(?P<state>on|off)(?P<notes>(?:\s+\[[^\]]*\])*)\s*$")
_REQUESTED = re.compile(r"\[requested (on|off)\]")

RISKY_OFFLOADS = ("rx-checksumming", "tx-checksumming", "generic-segmentation-offload")
"""The offloads the runbook turns off when a kernel drops tunnelled packets."""


@dataclass(frozen=True)
class Offload:
    """A feature's state; requested is what was asked when it differs (`[requested on]`), else None."""

    on: bool
    fixed: bool
    requested: bool | None = None


def parse_offloads(text: str) -> dict[str, Offload]:
    """{feature name: Offload} for every feature line, top-level and indented sub-features alike."""
    offloads: dict[str, Offload] = {}
    for line in text.splitlines():
        match = _FEATURE.match(line)
        if match is None:
            continue
        requested = _REQUESTED.search(match["notes"])
        offloads[match["name"]] = Offload(
            on=match["state"] == "on",
            fixed="[fixed]" in match["notes"],
            requested=None if requested is None else requested[1] == "on",
        )
    return offloads


def risky_offloads(offloads: dict[str, Offload]) -> list[str]:
    """Which of rx-checksumming, tx-checksumming and generic-segmentation-offload are on, in that order."""
    return [name for name in RISKY_OFFLOADS if name in offloads and offloads[name].on]
