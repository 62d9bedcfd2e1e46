"""Step 8, `kernel-gso`: the runbook's kernel note. Some kernels drop IP-in-IP packets with GSO on.

A warning at most, never proof: podnet can see the kernel version and the offloads, not the bug.
"""

from __future__ import annotations

import time

from checks.ladder.base import Collector, StepContext, StepSpec, calico_missing
from checks.model import StepResult
from checks.outputs.ethtool import parse_offloads, risky_offloads
from checks.outputs.kernel import parse_uname_r
from checks.remote.catalog import CatalogCommand, ethtool_offloads, uname

ID = "kernel-gso"
TITLE = "Kernel offloads (GSO) on tunnel nodes"


def _iface(ctx: StepContext, node: str) -> str:
    return ctx.interfaces.get(node, "eth0")


def needs(ctx: StepContext) -> dict[str, list[CatalogCommand]]:
    return {n: [uname(), ethtool_offloads(_iface(ctx, n))] for n in ctx.involved_nodes}


def run(ctx: StepContext) -> StepResult:
    started = time.monotonic()
    f = Collector(ID, TITLE)
    if calico_missing(ctx, f):
        return f.result(started, summary_if_ok="")
    ipip = ctx.encapsulation == "ipip"
    seen = []
    for node in ctx.involved_nodes:
        iface = _iface(ctx, node)
        kernel_res, offload_res = ctx.run(node, [uname(), ethtool_offloads(iface)])
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
    if not ipip:
        return f.result(
            started,
            summary_if_ok="VXLAN cluster: the IP-in-IP GSO kernel issue does not apply (" + "; ".join(seen) + ")",
        )
    return f.result(started, summary_if_ok="; ".join(seen))


STEP = StepSpec(ID, TITLE, "node", needs, run, reads=("ippools",))
