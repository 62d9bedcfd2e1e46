"""The names of the lab's profiles, in the order `podnet lab profiles` lists them.

What each one sets is in lab/profiles.py (it checks the two agree); this module imports nothing, so
`podnet lab up --help` need not load the lab to show the names.
"""

from __future__ import annotations

DEFAULT_PROFILE = "manifest-vxlan"
PROFILE_NAMES = (
    "manifest-vxlan",
    "operator-vxlan",
    "coredns-spread",
    "auto-mtu",
    "no-kubeproxy-configmap",
    "bgp",
    "multi-pool",
    "crosssubnet",
    "node-local-dns",  # helper "resolver"
)
