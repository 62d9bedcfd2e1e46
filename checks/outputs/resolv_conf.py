"""Parser for resolv.conf(5) text (`cat /etc/resolv.conf` on a node): its `nameserver` lines, in order.

CoreDNS's `forward . /etc/resolv.conf` (kubeadm's default Corefile) forwards to the nameservers of the
resolv.conf its pod was given: with `dnsPolicy: Default`, the one kubelet's `resolvConf` names on the
node (`/etc/resolv.conf`, or `/run/systemd/resolve/resolv.conf` where systemd-resolved's stub
127.0.0.53 is in /etc/resolv.conf: kubeadm's kubelet configuration then points there).
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass


@dataclass(frozen=True)
class ResolvConf:
    nameservers: tuple[str, ...]

    @property
    def only_loopback(self) -> bool:
        """Every nameserver is a loopback address (systemd-resolved's stub 127.0.0.53, a local cache)."""
        return bool(self.nameservers) and all(ipaddress.ip_address(n).is_loopback for n in self.nameservers)


def parse_resolv_conf(text: str) -> ResolvConf:
    """The valid IP nameservers, in order (resolv.conf allows comments with `#` and `;`)."""
    found: list[str] = []
    for raw in text.splitlines():
        words = raw.split("#", 1)[0].split(";", 1)[0].split()
        if len(words) >= 2 and words[0] == "nameserver":
            try:
                found.append(str(ipaddress.ip_address(words[1].split("%", 1)[0])))
            except ValueError:
                continue
    return ResolvConf(tuple(found))
