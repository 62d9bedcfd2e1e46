"""resolv.conf as the resolver reads it (glibc and musl agree on these keywords), and what a lookup costs.

    nameserver 10.96.0.10
    search onecloud.svc.cluster.local svc.cluster.local cluster.local
    options ndots:5 timeout:2

`search` and `domain` replace each other (the last one wins); `ndots` defaults to 1 and is capped at 15,
as glibc does. `lookup_order` is the order in which a stub resolver tries the candidate names for a
query (RFC 1535 behaviour): with fewer dots than `ndots` every search suffix first, then the name as
given; with at least `ndots` dots the name first; a trailing dot means the name alone.

Also read for CoreDNS's `forward . /etc/resolv.conf` (kubeadm's default Corefile, coredns-health): it
forwards to the nameservers of the resolv.conf its pod was given, with `dnsPolicy: Default` the one
kubelet's `resolvConf` names on the node (`/etc/resolv.conf`, or `/run/systemd/resolve/resolv.conf` where
systemd-resolved's stub 127.0.0.53 is in /etc/resolv.conf).
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field

from checks.outputs._common import to_int

NDOTS_DEFAULT = 1
NDOTS_MAX = 15


@dataclass(frozen=True)
class ResolvConf:
    nameservers: tuple[str, ...] = ()
    searches: tuple[str, ...] = ()
    options: dict[str, str] = field(default_factory=dict)  # "ndots" -> "5", "edns0" -> ""

    @property
    def only_loopback(self) -> bool:
        """Every nameserver is a loopback address (systemd-resolved's stub 127.0.0.53, a local cache)."""
        return bool(self.nameservers) and all(ipaddress.ip_address(n).is_loopback for n in self.nameservers)

    @property
    def ndots(self) -> int:
        value = to_int(self.options.get("ndots"))
        return NDOTS_DEFAULT if value is None or value < 0 else min(value, NDOTS_MAX)

    def lines(self) -> list[str]:
        """The file as kubelet would write it (for evidence)."""
        out = [f"nameserver {n}" for n in self.nameservers]
        if self.searches:
            out.append("search " + " ".join(self.searches))
        if self.options:
            out.append("options " + " ".join(f"{k}:{v}" if v else k for k, v in self.options.items()))
        return out


def parse_resolv_conf(text: str) -> ResolvConf:
    nameservers: list[str] = []
    searches: list[str] = []
    options: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].split(";", 1)[0].strip()
        words = line.split()
        if len(words) < 2:
            continue
        key, values = words[0], words[1:]
        if key == "nameserver":  # a valid IP (a zone index dropped), else ignored, as the resolver does
            try:
                nameservers.append(str(ipaddress.ip_address(values[0].split("%", 1)[0])))
            except ValueError:
                continue
        elif key in ("search", "domain"):
            searches = [v.rstrip(".").lower() for v in (values if key == "search" else values[:1])]
        elif key == "options":
            for opt in values:
                name, _, value = opt.partition(":")
                options[name] = value
    return ResolvConf(tuple(nameservers), tuple(searches), options)


def lookup_order(name: str, conf: ResolvConf) -> list[str]:
    """The names a stub resolver queries for `name`, in order, until one answers."""
    if name.endswith("."):
        return [name.rstrip(".").lower()]
    name = name.lower()
    expanded = [f"{name}.{s}" for s in conf.searches]
    if name.count(".") >= conf.ndots:
        return [name, *expanded]
    return [*expanded, name]
