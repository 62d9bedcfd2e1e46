"""Parsers for `ip -o link`, `ip -o addr` and `ip -d link show DEV`.

Format: ip-link(8) and ip-address(8) as printed by iproute2's ip/ipaddress.c: a link is
`INDEX: NAME[@PEER]: <FLAGS> mtu N ... state S ...` followed by `link/TYPE MAC ...`, and with `-d` by a
line starting with the link kind and its attributes (`vxlan id 4096 local 10.41.1.22 dev eth0 ... dstport
4789 nolearning ...`, `ipip any remote any local any ...`). `-o` joins each object's lines with `\\`;
both the one-line and the multi-line forms are read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from checks.outputs._common import (
    Record,
    as_interface,
    int_after,
    lines_of,
    records,
    split_ifname,
    valid_ip,
    value_after,
)

_LINK = re.compile(
    r"^(?P<index>\d+):\s+(?P<name>[^\s:@]+(?:@[^\s:@]+)?):\s+<(?P<flags>[^>]*)>\s+mtu\s+(?P<mtu>\d+)(?P<rest>.*)$"
)
_ADDR = re.compile(r"^(?:(?P<index>\d+):\s+(?P<name>[^\s:]+)\s+|\s+)(?P<family>inet6?)\s+(?P<addr>\S+)(?P<rest>.*)$")
_PEER_INDEX = re.compile(r"^if(\d+)$")

LINK_KINDS = frozenset(
    {
        "vxlan",
        "ipip",
        "ip6tnl",
        "sit",
        "gre",
        "gretap",
        "ip6gre",
        "ip6gretap",
        "geneve",
        "veth",
        "bridge",
        "bond",
        "team",
        "vlan",
        "macvlan",
        "macvtap",
        "ipvlan",
        "dummy",
        "tun",
        "wireguard",
        "vrf",
        "ifb",
        "vti",
    }
)
"""Kinds recognised on the first line of `-d` details; a physical NIC prints none (kind None)."""


@dataclass(frozen=True)
class Link:
    """One link. peer_index is the N of `eth0@ifN` (a veth's peer, possibly in another namespace); mac is the
    link-layer address after `link/TYPE` (for tunl0 `link/ipip 0.0.0.0`, "0.0.0.0")."""

    index: int
    name: str
    mtu: int
    state: str | None
    peer_index: int | None
    flags: tuple[str, ...] = ()
    mac: str | None = None


@dataclass(frozen=True)
class Address:
    """One interface address; family is "inet" or "inet6", cidr like "10.41.1.22/16"."""

    ifname: str
    family: str
    cidr: str
    scope: str | None = None


@dataclass(frozen=True)
class LinkDetails:
    """`ip -d link show DEV`: the link and its kind's attributes.

    vxlan: vni, local, remote, dev, dstport, learning. ipip (tunl0) and other tunnels: local, remote, dev
    ("any" is None). learning is None for kinds other than vxlan. All None for text that is not a link.
    """

    name: str | None = None
    mtu: int | None = None
    kind: str | None = None
    vni: int | None = None
    local: str | None = None
    remote: str | None = None
    dev: str | None = None
    dstport: int | None = None
    learning: bool | None = None
    index: int | None = None
    state: str | None = None
    mac: str | None = None


def _link(record: Record) -> Link:
    name, peer = split_ifname(record.header["name"])
    peer_match = _PEER_INDEX.match(peer or "")
    head = record.header["rest"].split()
    return Link(
        index=int(record.header["index"]),
        name=name,
        mtu=int(record.header["mtu"]),
        state=value_after(head, "state"),
        peer_index=int(peer_match[1]) if peer_match else None,
        flags=tuple(f for f in record.header["flags"].split(",") if f),
        mac=_mac(record),
    )


def _mac(record: Record) -> str | None:
    for segment in record.rest:
        kind, _, rest = segment.partition(" ")
        if kind.startswith("link/") and rest.split():
            return rest.split()[0]
    return None


def parse_ip_o_link(text: str) -> list[Link]:
    """The links listed by `ip -o link` (or `ip link`), in order."""
    return [_link(record) for record in records(text, _LINK)]


def parse_ip_o_addr(text: str) -> list[Address]:
    """The addresses listed by `ip -o addr` (or `ip addr`), in order."""
    addresses: list[Address] = []
    current: str | None = None
    for line in lines_of(text):
        head = line.split("\\")[0]
        if (link := _LINK.match(head)) is not None:
            current = split_ifname(link["name"])[0]
            continue
        match = _ADDR.match(head)
        if match is None:
            continue
        ifname = split_ifname(match["name"])[0] if match["name"] else current
        cidr = as_interface(match["addr"])
        if ifname is not None and cidr is not None:
            addresses.append(Address(ifname, match["family"], cidr, value_after(match["rest"].split(), "scope")))
    return addresses


def _endpoint(tokens: list[str], key: str) -> str | None:
    """A tunnel endpoint address after `key`; "any" and anything not an address are None."""
    return valid_ip(value_after(tokens, key))


def parse_link_details(text: str) -> LinkDetails:
    """The first link of `ip -d link show DEV` with its kind's attributes."""
    found = records(text, _LINK)
    if not found:
        return LinkDetails()
    link = _link(found[0])
    base = LinkDetails(name=link.name, mtu=link.mtu, index=link.index, state=link.state, mac=link.mac)
    for segment in found[0].rest:
        tokens = segment.split()
        if tokens and tokens[0] in LINK_KINDS:
            kind, attrs = tokens[0], tokens[1:]
            return replace(
                base,
                kind=kind,
                vni=int_after(attrs, "id") if kind == "vxlan" else None,
                local=_endpoint(attrs, "local"),
                remote=_endpoint(attrs, "remote") or _endpoint(attrs, "group"),
                dev=value_after(attrs, "dev"),
                dstport=int_after(attrs, "dstport"),
                learning=("nolearning" not in attrs) if kind == "vxlan" else None,
            )
    return base
