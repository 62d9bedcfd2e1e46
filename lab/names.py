"""Lab names: several labs side by side on one machine (`podnet lab up --name a`).

The default lab has no name and keeps today's names exactly: namespaces `podnet-underlay`,
`podnet-bastion`, `podnet-node-N`, `podnet-pod-POD`, state in /run/podnet-lab, kubeconfig context
`podnet-lab`. A lab named `a` prefixes every namespace with `podnet-a-` (`podnet-a-node-1`,
`podnet-a-pod-POD`, …), keeps its state in /run/podnet-lab-a and calls its kubeconfig
cluster/context `podnet-lab-a`.

Which lab a namespace belongs to must be decidable from its name alone: `down` finds a crashed lab's
namespaces that way. The default lab's names are `podnet-` + one of `underlay`, `bastion`, `node-<n>`,
`pod-…`; a named lab's are `podnet-<name>-…` with no `-` in the name. The two never meet as long as no
lab is called `pod` or `node` (`podnet-pod-…` would be read as a default-lab pod): those are refused.
Only interfaces have the kernel's 15-character limit, namespace names do not, and every interface name
lives inside one lab's own namespaces (veth ends are created in the lab's underlay or node namespaces),
so two labs' `node-1-eth0` never meet.
"""

from __future__ import annotations

import re

NETNS_PREFIX = "podnet-"
NAME_PATTERN = re.compile(r"[a-z][a-z0-9]{0,7}")
RESERVED = ("pod", "node")  # would read as the default lab's `podnet-pod-…` / `podnet-node-…`
_DEFAULT_LAB_NETNS = re.compile(r"podnet-(underlay|bastion|node-\d+|pod-.+)")


class LabNameError(ValueError):
    pass


def validate(name: str) -> str:
    if not NAME_PATTERN.fullmatch(name):
        raise LabNameError(f"a lab name is a lowercase letter then up to 7 lowercase letters or digits, not {name!r}")
    if name in RESERVED:
        raise LabNameError(f"{name!r} can't name a lab: its namespaces would read as the default lab's")
    return name


def netns_prefix(name: str) -> str:
    return f"{NETNS_PREFIX}{name}-" if name else NETNS_PREFIX


def lab_of_netns(netns: str) -> str | None:
    """The name of the lab a namespace belongs to ("" for the default lab), None if none's."""
    if not netns.startswith(NETNS_PREFIX):
        return None
    if _DEFAULT_LAB_NETNS.fullmatch(netns):
        return ""
    name, sep, _ = netns[len(NETNS_PREFIX) :].partition("-")
    return name if sep and NAME_PATTERN.fullmatch(name) and name not in RESERVED else None


def cluster_name(name: str) -> str:
    """The kubeconfig's cluster and context name: distinct per lab, so kubeconfigs merge."""
    return f"podnet-lab-{name}" if name else "podnet-lab"


def bastion_alias(name: str) -> str:
    """The bastion's Host alias in the lab's ssh_config."""
    return f"podnet-lab-{name}-bastion" if name else "podnet-lab-bastion"
