"""The troubleshooting ladder, in the runbook's order. The engine is the one place that orders steps."""

from __future__ import annotations

from checks.ladder import autodetect, coredns, kernel_gso, link, mtu, routing, service_nat, tunnel_mode
from checks.ladder.base import Step

LADDER: tuple[Step, ...] = (coredns, service_nat, routing, autodetect, link, mtu, tunnel_mode, kernel_gso)

NODE_LEVEL = ("coredns", "service-nat", "routing", "autodetect", "mtu", "tunnel-mode", "kernel-gso")
