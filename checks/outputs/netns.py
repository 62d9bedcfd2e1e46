"""Which network namespace a pod's veth leads to: `ip -o link` (`link-netns NAME` / `link-netnsid N`) and
`ip netns list` (`NAME (id: N)`).

Format: iproute2's ip/ipaddress.c prints, for a link whose peer lives in another namespace, `link-netns
NAME` when a named namespace (under /var/run/netns) has that id, else `link-netnsid N`; ip/ipnetns.c's
`ip netns list` prints `NAME` or `NAME (id: N)` per namespace. Captured from the lab's nodes
(tests/fixtures/lab/node-2.ip-o-link.txt).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checks.outputs._common import lines_of, split_ifname

_LINK = re.compile(r"^\d+:\s+(?P<name>[^\s:]+):\s")
_NETNS = re.compile(r"\slink-netns\s+(?P<name>\S+)")
_NETNSID = re.compile(r"\slink-netnsid\s+(?P<id>\d+)")
_LIST = re.compile(r"^(?P<name>\S+)(?:\s+\(id:\s*(?P<id>\d+)\))?\s*$")


@dataclass(frozen=True)
class PeerNamespace:
    """Where a link's peer is: `name` (link-netns) or `netnsid` (link-netnsid); both None when the link
    was not found or prints neither (its peer is in the same namespace)."""

    found: bool
    name: str | None = None
    netnsid: int | None = None


def peer_namespace(ip_o_link: str, ifname: str) -> PeerNamespace:
    """The namespace the peer of `ifname` (a pod's host-side veth) lives in, from `ip -o link`."""
    for line in lines_of(ip_o_link):
        match = _LINK.match(line)
        if match is None or split_ifname(match["name"])[0] != ifname:
            continue
        if named := _NETNS.search(line):
            return PeerNamespace(True, name=named["name"])
        if numbered := _NETNSID.search(line):
            return PeerNamespace(True, netnsid=int(numbered["id"]))
        return PeerNamespace(True)
    return PeerNamespace(False)


def parse_netns_list(text: str) -> dict[int, str]:
    """netns id -> name, for the namespaces `ip netns list` shows with an id."""
    out: dict[int, str] = {}
    for line in lines_of(text):
        match = _LIST.match(line.strip())
        if match and match["id"] is not None:
            out[int(match["id"])] = match["name"]
    return out
