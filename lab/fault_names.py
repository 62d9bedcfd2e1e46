"""The names of the faults the lab can inject, in the order `podnet lab faults` lists them.

What each one does is in lab/faults.py (a unit test keeps the two in step); this module imports nothing,
so `podnet --help` and `podnet lab break --help` need not load the lab to show the names.
"""

from __future__ import annotations

FAULT_NAMES = (
    "nat-missing",
    "nat-stale",
    "route-missing",
    "route-wrong-nexthop",
    "autodetect-wrong-iface",
    "link-drop",
    "mtu-mismatch",
    "tunnel-mode-mismatch",
    "coredns-down",
    "node-unreachable",
    "gso-on",
    # kube-proxy and calico-node steps (kpcalico)
    "kube-proxy-stale",
    "calico-node-not-ready",
    "netpol-deny-dns",  # network-policy step
    # poddns
    "forward-drop",
    "rp-filter-strict",
    "nodelocal-down",  # helper "resolver"
    "client-ndots",  # helper "resolver"
    # coredns-health
    "upstream-down",
    "coredns-crashloop",
)
