"""Parser for MTUs read from sysfs: `for f in /sys/class/net/*/mtu; do echo "$f $(cat $f)"; done`.

Format: one `/sys/class/net/IFNAME/mtu MTU` per line (Documentation/ABI/testing/sysfs-class-net, "mtu");
`grep . /sys/class/net/*/mtu` (`PATH:MTU`) reads the same. `links.parse_ip_o_link` has the MTUs too.
"""

from __future__ import annotations

import re

_LINE = re.compile(r"^\s*/sys/class/net/(?P<ifname>[^/\s]+)/mtu[:\s]\s*(?P<mtu>\d+)\s*$")


def parse_sys_mtus(text: str) -> dict[str, int]:
    """{ifname: mtu}; lines that are not `PATH MTU` (e.g. a cat error for a vanished link) are skipped."""
    return {m["ifname"]: int(m["mtu"]) for line in text.splitlines() if (m := _LINE.match(line))}
