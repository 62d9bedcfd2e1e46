"""The VXLAN checksum-offload bug, judged for the `kernel-gso` step.

projectcalico/calico#3145 (and kubernetes#88986, flannel's #1279/#1282): on affected kernels, VXLAN
packets that kube-proxy NAT'd on the node (node → ClusterIP/NodePort, as a DNS query from the node's
own namespace is) leave `vxlan.calico` with a wrong outer UDP checksum when the device's checksum
offload (`tx-checksum-ip-generic`) is on; the receiving node drops them, and connections stall (the
"63-second delay", DNS timeouts). The workaround is `ethtool -K vxlan.calico tx-checksum-ip-generic off`.

What felix does about it (felix/environment/feature_detect.go, since Calico v3.20, felix#2815): its
`ChecksumOffloadBroken` feature is true on kernels before 5.7, and felix then turns the offload off on
vxlan.calico itself; `featureDetectOverride: ChecksumOffloadBroken=true` (FelixConfiguration, or the
`FELIX_FEATUREDETECTOVERRIDE` environment variable of calico-node, which RKE2 and kubespray set) forces
that on any kernel, since reports kept coming from newer ones (calico#4865 on Ubuntu's 5.8 kernels).

podnet sees the kernel, felix's override and the offload's state, not the bug: the offload on where felix
would keep it off is a warning. The proof is a capture (`link`, tcpdump -vv) in which VXLAN packets arrive
at the CoreDNS node with a bad outer UDP checksum and are never answered: then it is a problem.
"""

from __future__ import annotations

from dataclasses import dataclass

from checks.ladder.base import StepContext
from checks.outputs.ethtool import parse_offloads
from checks.outputs.kernel import KernelVersion

DEVICE = "vxlan.calico"
FEATURE = "tx-checksum-ip-generic"
FIXED_IN = (5, 7, 0)  # felix's ChecksumOffloadBroken: kernel < 5.7.0
BAD_CHECKSUM = "link.bad-udp-checksum"
OFF_COMMAND = f"ethtool -K {DEVICE} {FEATURE} off"
FELIX_PATCH = (
    "kubectl patch felixconfiguration default --type merge -p "
    '\'{"spec":{"featureDetectOverride":"ChecksumOffloadBroken=true"}}\''
)


def checksum_override(ctx: StepContext, node: str) -> tuple[bool | None, str]:
    """felix's ChecksumOffloadBroken override for `node` and where it was read: calico-node's environment,
    then the node's FelixConfiguration (`node.NAME`), then the default one. (None, "") when none is set."""
    sources = [("FELIX_FEATUREDETECTOVERRIDE", ctx.snap.calico_env.get("FELIX_FEATUREDETECTOVERRIDE"))]
    for name in (f"node.{node}", "default"):
        felix = ctx.snap.felix.get(name)
        sources.append((f"FelixConfiguration {name}", felix.feature_detect_override if felix else None))
    for where, text in sources:
        for pair in (text or "").split(","):
            key, _, value = pair.partition("=")
            if key.strip() == "ChecksumOffloadBroken" and value.strip().lower() in ("true", "false"):
                return value.strip().lower() == "true", where
    return None, ""


@dataclass(frozen=True)
class Judgement:
    """What the step says about one node's vxlan.calico: `level` "problem" (proven by the capture),
    "warning" (on where felix would keep it off) or "ok"; `why` says it in words."""

    level: str
    why: str


def judge(ctx: StepContext, node: str, kernel: KernelVersion | None, ethtool_output: str) -> Judgement | None:
    """None when the output is not vxlan.calico's features (no such device, or unknown output)."""
    feature = parse_offloads(ethtool_output).get(FEATURE)
    if feature is None:
        return None
    release = kernel.raw if kernel and kernel.raw else "?"
    if not feature.on:
        return Judgement("ok", f"{FEATURE} off on {DEVICE}")
    version = kernel.as_tuple() if kernel else None
    override, where = checksum_override(ctx, node)
    broken = override if override is not None else (version < FIXED_IN if version else None)
    proof = _proof(ctx, node)
    if proof:
        return Judgement(
            "problem",
            f"{FEATURE} on on {DEVICE} (kernel {release}) and {proof}: the VXLAN checksum-offload bug "
            "(projectcalico/calico#3145)",
        )
    if broken and override:
        return Judgement(
            "warning",
            f"{FEATURE} on on {DEVICE} although {where} sets ChecksumOffloadBroken=true (felix keeps it off): "
            "something turned it back on",
        )
    if broken:
        return Judgement(
            "warning",
            f"{FEATURE} on on {DEVICE} with kernel {release}, older than 5.7: the kernels that drop NAT'd VXLAN "
            "packets for a bad checksum (projectcalico/calico#3145); felix 3.20+ would turn it off",
        )
    if version is None and override is None:
        return Judgement("ok", f"{FEATURE} on on {DEVICE} (kernel release {release!r} not read)")
    return Judgement("ok", f"{FEATURE} on on {DEVICE} (kernel {release}: felix leaves it on)")


def _proof(ctx: StepContext, node: str) -> str:
    """The link step's bad-checksum finding naming `node`, in words; "" when there is none."""
    link = ctx.results.get("link")
    if link is None:
        return ""
    found = next((f for f in link.findings if f.code == BAD_CHECKSUM and node in f.nodes), None)
    return f"the capture shows it: {found.message}" if found else ""
