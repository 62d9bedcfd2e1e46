"""Step 8, `kernel-gso`: the runbook's kernel note. Some kernels drop IP-in-IP packets with GSO on.

A warning at most, never proof: podnet can see the kernel version and the offloads, not the bug.

On VXLAN: the checksum-offload bug of `vxlan.calico` (projectcalico/calico#3145), judged in
`checks.ladder.vxlan_checksum` from the kernel, felix's override and `ethtool -k vxlan.calico`; a
warning, or a problem when the `link` capture shows VXLAN packets arriving with a bad UDP checksum and
never answered (then this step explains the link's failure).
"""

from __future__ import annotations

import time

from checks.ladder import vxlan_checksum
from checks.ladder.base import Collector, StepContext, StepSpec, calico_missing
from checks.model import StepResult
from checks.outputs.ethtool import parse_offloads, risky_offloads
from checks.outputs.kernel import KernelVersion, parse_uname_r
from checks.remote.batch import CommandResult
from checks.remote.catalog import CatalogCommand, ethtool_offloads, uname

ID = "kernel-gso"
TITLE = "Kernel offloads (GSO) on tunnel nodes"


def _iface(ctx: StepContext, node: str) -> str:
    return ctx.interfaces.get(node, "eth0")


def _commands(ctx: StepContext, node: str) -> list[CatalogCommand]:
    vxlan = [ethtool_offloads(vxlan_checksum.DEVICE)] if ctx.encapsulation == "vxlan" else []
    return [uname(), ethtool_offloads(_iface(ctx, node)), *vxlan]


def needs(ctx: StepContext) -> dict[str, list[CatalogCommand]]:
    return {n: _commands(ctx, n) for n in ctx.involved_nodes}


def run(ctx: StepContext) -> StepResult:
    started = time.monotonic()
    f = Collector(ID, TITLE)
    if calico_missing(ctx, f):
        return f.result(started, summary_if_ok="")
    ipip = ctx.encapsulation == "ipip"
    seen: list[str] = []
    notes: list[str] = []  # vxlan.calico's checksum offload, per node
    for node in ctx.involved_nodes:
        iface = _iface(ctx, node)
        kernel_res, offload_res, *vxlan_res = ctx.run(node, _commands(ctx, node))
        if vxlan_res:
            _vxlan(ctx, f, node, parse_uname_r(kernel_res.output) if kernel_res.ok else None, vxlan_res[0], notes)
        if offload_res.exit_status != 0:
            f.not_run(offload_res, "ethtool -k failed")
            continue
        kernel = parse_uname_r(kernel_res.output)
        risky = risky_offloads(parse_offloads(offload_res.output))
        seen.append(f"{node} {kernel.raw if kernel else '?'}: {', '.join(risky) or 'offloads off'} on {iface}")
        f.cite(offload_res, [seen[-1]])
        if ipip and risky:
            f.nodes.add(node)
            f.warning(
                "kernel-gso.risky-offloads",
                f"{node} (kernel {kernel.raw if kernel else '?'}): {', '.join(risky)} on {iface}",
                (node,),
            )
            f.suggest(f"ethtool --offload {iface} rx off tx off", node, "the runbook's workaround, step 1")
            f.suggest(f"ethtool -K {iface} gso off", node, "the runbook's workaround, step 2")
    if f.has("warning"):
        f.explanation = (
            "Specific kernels drop IP-in-IP packets when GSO is on. This is a possibility to test by "
            "turning the offloads off, not a diagnosis."
        )
    if f.has("problem") or (not ipip and f.has("warning")):
        f.explanation = (
            "With tx-checksum-ip-generic on, some kernels send NAT'd VXLAN packets (a query from the node to the "
            "DNS Service IP, a NodePort) with a wrong outer UDP checksum and the receiving node drops them "
            "(projectcalico/calico#3145). Felix turns the offload off itself on kernels before 5.7, or on any "
            "kernel with featureDetectOverride ChecksumOffloadBroken=true."
            + ("" if f.has("problem") else " podnet sees the offload's state, not the bug: test it with a capture.")
        )
    if not ipip:
        return f.result(
            started,
            summary_if_ok="VXLAN cluster: the IP-in-IP GSO kernel issue does not apply ("
            + "; ".join(seen + notes)
            + ")",
        )
    return f.result(started, summary_if_ok="; ".join(seen))


def _vxlan(
    ctx: StepContext, f: Collector, node: str, kernel: KernelVersion | None, result: CommandResult, notes: list[str]
) -> None:
    """vxlan.calico's checksum offload on one node (a node without the device is the tunnel-mode step's)."""
    if result.exit_status is None:
        f.not_run(result, "not reached")
        return
    judged = vxlan_checksum.judge(ctx, node, kernel, result.output) if result.ok else None
    if judged is None:
        if "No such device" in result.output or "no device matches" in result.output:
            notes.append(f"{node}: no {vxlan_checksum.DEVICE}")
        else:
            f.not_run(result, f"ethtool -k {vxlan_checksum.DEVICE} failed")
        return
    f.cite(result, [f"{node}: {judged.why}"])
    notes.append(f"{node}: {judged.why}")
    if judged.level == "ok":
        return
    if judged.level == "problem":
        link = ctx.results.get("link")
        pair = next(
            (
                x.nodes
                for x in (link.findings if link else ())
                if x.code == vxlan_checksum.BAD_CHECKSUM and node in x.nodes
            ),
            (node,),
        )
        f.problem("kernel-gso.vxlan-checksum-bug", f"{node}: {judged.why}", pair)
    else:
        f.nodes.add(node)
        f.warning("kernel-gso.vxlan-checksum-offload", f"{node}: {judged.why}", (node,))
    f.suggest(vxlan_checksum.OFF_COMMAND, node, "the workaround of projectcalico/calico#3145 (until reboot)")
    f.suggest(vxlan_checksum.FELIX_PATCH, "control node", "felix keeps the offload off on every node from then on")


STEP = StepSpec(
    ID,
    TITLE,
    "node",
    needs,
    run,
    explains=frozenset({"link"}),
    reads=("ippools", "felixconfigurations", "daemonset calico-node"),
)
