"""Step 7, `tunnel-mode`: do the IPPool's mode, felix's switches and the nodes' devices agree?

VXLAN pools need `vxlanEnabled` (effective per node: a `node.<name>` FelixConfiguration overrides
`default`) and a `vxlan.calico` device on every node; IP-in-IP pools need `ipipEnabled` and `tunl0`.
"""

from __future__ import annotations

import time

from checks.ladder.base import Collector, StepContext, StepSpec, calico_missing, calico_node_kubectl, unavailable
from checks.model import StepResult
from checks.outputs.links import parse_ip_o_link
from checks.remote.catalog import CatalogCommand, ip_link

ID = "tunnel-mode"
TITLE = "Tunnel mode (IPPool, felix, devices)"
SWITCH_TO_VXLAN = (
    'calicoctl patch felixconfig default -p \'{"spec":{"vxlanEnabled":true}}\'',
    'calicoctl patch ippool default-ipv4-ippool -p \'{"spec":{"ipipMode":"Never", "vxlanMode":"Always"}}\'',
    'calicoctl patch felixconfig default -p \'{"spec":{"ipipEnabled":false}}\'',
)


def needs(ctx: StepContext) -> dict[str, list[CatalogCommand]]:
    return {n: [ip_link()] for n in ctx.involved_nodes}


def run(ctx: StepContext) -> StepResult:
    started = time.monotonic()
    f = Collector(ID, TITLE)
    if calico_missing(ctx, f):
        return f.result(started, summary_if_ok="")
    unavailable(ctx, f, "ippools.crd.projectcalico.org", "felixconfigurations.crd.projectcalico.org")
    pools = ctx.snap.pools
    f.cite_api(
        "calicoctl get ippool -o wide",
        [f"{p.name} {p.cidr} ipipMode={p.ipip_mode} vxlanMode={p.vxlan_mode}" for p in pools] or ["(none)"],
    )
    want_vxlan = any(p.vxlan_mode != "Never" for p in pools)
    want_ipip = any(p.ipip_mode != "Never" for p in pools)
    felix_lines = []
    for node in ctx.involved_nodes:
        felix = ctx.snap.felix_for(node)
        result = ctx.run_one(node, ip_link())
        if result.exit_status != 0:
            f.not_run(result, "ip -o link failed")
            continue
        names = {ln.name for ln in parse_ip_o_link(result.output)}
        has_vxlan, has_tunl = "vxlan.calico" in names, "tunl0" in names
        f.cite(
            result,
            [
                f"{node}: vxlan.calico {'present' if has_vxlan else 'absent'}, "
                f"tunl0 {'present' if has_tunl else 'absent'}"
            ],
        )
        if felix:
            felix_lines.append(
                f"{node}: {felix.name} vxlanEnabled={felix.vxlan_enabled} ipipEnabled={felix.ipip_enabled}"
            )
        bad: list[tuple[str, str]] = []  # (code, what)
        disabled = "tunnel-mode.felix-disabled"
        if want_vxlan:
            if felix and felix.vxlan_enabled is False:
                bad.append(
                    (disabled, f"FelixConfiguration {felix.name} sets vxlanEnabled: false while the IPPool uses VXLAN")
                )
            if not has_vxlan:
                bad.append(("tunnel-mode.device-missing", "no vxlan.calico device although the IPPool uses VXLAN"))
        if want_ipip:
            if felix and felix.ipip_enabled is False:
                bad.append(
                    (
                        disabled,
                        f"FelixConfiguration {felix.name} sets ipipEnabled: false while the IPPool uses IP-in-IP",
                    )
                )
            if not has_tunl:
                bad.append(("tunnel-mode.device-missing", "no tunl0 device although the IPPool uses IP-in-IP"))
        for code, what in bad:
            f.problem(code, f"{node}: {what}", (node,))
        if bad:
            if felix and felix.name.startswith("node."):
                key = "vxlanEnabled" if want_vxlan else "ipipEnabled"
                f.suggest(
                    f'calicoctl patch felixconfig {felix.name} -p \'{{"spec":{{"{key}":true}}}}\'',
                    "control node",
                    f"the per-node override turned the tunnel off on {node}",
                )
            f.suggest(
                calico_node_kubectl(ctx, node, "delete pod"),
                "control node",
                f"felix on {node} recreates the tunnel device and its routes",
            )
    if felix_lines:
        f.cite_api("calicoctl get felixconfig -o yaml", felix_lines)
    if f.has("problem"):
        f.explanation = (
            "The IPPool's encapsulation must be switched on in felix on every node and present as a "
            "device; a node without it cannot send to or receive from pods on other nodes."
        )
    if want_ipip and ctx.results.get("link") and ctx.results["link"].status == "fail":
        f.warning(
            "tunnel-mode.underlay-drops-ipip",
            "the underlay drops IP-in-IP: switch the pool to VXLAN (the runbook's procedure)",
        )
        for cmd in SWITCH_TO_VXLAN:
            f.suggest(cmd, "control node", "switch Calico from IP-in-IP to VXLAN, in this order")
    mode = "VXLAN" if want_vxlan else "IP-in-IP" if want_ipip else "no encapsulation"
    return f.result(started, summary_if_ok=f"IPPool {mode}; felix and devices agree on {', '.join(ctx.involved_nodes)}")


STEP = StepSpec(
    ID,
    TITLE,
    "node",
    needs,
    run,
    explains=frozenset({"routing", "link", "autodetect", "mtu"}),
    reads=("ippools", "felixconfigurations"),
)
