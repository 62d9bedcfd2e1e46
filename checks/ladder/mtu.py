"""Step 6, `mtu`: do the tunnel and veth MTUs agree with Calico's configuration and fit the NIC?

Compared: FelixConfiguration vxlanMTU/ipipMTU, calico-config `veth_mtu`, and on each node the real
MTUs of the NIC, the tunnel device and the pods' cali* veths. The tunnel must fit inside the NIC
(VXLAN adds 50 bytes, IP-in-IP 20); veths must not exceed the tunnel. Small packets pass a mismatch;
large ones (TCP DNS answers, TLS handshakes) are what get lost.
"""

from __future__ import annotations

import time

from checks.ladder.base import Collector, StepContext, StepSpec, calico_node_pod, unavailable
from checks.model import StepResult
from checks.outputs.links import parse_ip_o_link
from checks.remote.catalog import CatalogCommand, ip_link

ID = "mtu"
TITLE = "MTU (tunnel, veth, NIC)"
OVERHEAD = {"vxlan": 50, "ipip": 20}


def _nodes(ctx: StepContext) -> list[str]:
    return ctx.involved_nodes


def needs(ctx: StepContext) -> dict[str, list[CatalogCommand]]:
    return {n: [ip_link()] for n in _nodes(ctx)}


def run(ctx: StepContext) -> StepResult:
    started = time.monotonic()
    f = Collector(ID, TITLE)
    encap = "ipip" if ctx.encapsulation == "ipip" else "vxlan"
    tunnel = "tunl0" if encap == "ipip" else "vxlan.calico"
    overhead = OVERHEAD[encap]
    veth_mtu = ctx.snap.veth_mtu
    unavailable(ctx, f, "felixconfigurations.crd.projectcalico.org", "configmap kube-system/calico-config")
    interfaces = ctx.interfaces
    configured: list[str] = []
    nic_mtus: dict[str, int] = {}
    wanted: dict[str, int] = {}
    for node in _nodes(ctx):
        felix = ctx.snap.felix_for(node)
        want_tunnel = (felix.ipip_mtu if encap == "ipip" else felix.vxlan_mtu) if felix else None
        result = ctx.run_one(node, ip_link())
        if result.exit_status != 0:
            f.not_run(result, "ip -o link failed")
            continue
        links = {ln.name: ln for ln in parse_ip_o_link(result.output)}
        nic = links.get(interfaces.get(node, "eth0")) or next(
            (ln for name, ln in links.items() if name.startswith(("eth", "en", "bond"))), None
        )
        dev = links.get(tunnel)
        veths = sorted({ln.mtu for name, ln in links.items() if name.startswith("cali")})
        shown = [
            f"NIC {nic.name} {nic.mtu}" if nic else "NIC ?",
            f"{tunnel} {dev.mtu}" if dev else f"{tunnel} absent",
            f"cali* {', '.join(map(str, veths)) or 'none'}",
        ]
        f.cite(result, [f"{node}: " + ", ".join(shown)])
        bad: list[tuple[str, str]] = []  # (code, what)
        if dev is not None:
            if want_tunnel is not None and dev.mtu != want_tunnel:
                bad.append(
                    (
                        "mtu.tunnel-differs-from-config",
                        f"{tunnel} MTU {dev.mtu} but FelixConfiguration {encap}MTU is {want_tunnel}",
                    )
                )
            if nic is not None and dev.mtu > nic.mtu - overhead:
                bad.append(
                    (
                        "mtu.tunnel-exceeds-nic",
                        f"{tunnel} MTU {dev.mtu} does not fit {nic.name} MTU {nic.mtu} minus {overhead}",
                    )
                )
        if veth_mtu is not None and any(v != veth_mtu for v in veths):
            bad.append(
                (
                    "mtu.veth-differs-from-config",
                    f"cali* veth MTU {', '.join(str(v) for v in veths if v != veth_mtu)} but calico-config "
                    f"veth_mtu is {veth_mtu}",
                )
            )
        limit = dev.mtu if dev is not None else (nic.mtu - overhead if nic else None)
        if limit is not None and any(v > limit for v in veths):
            bad.append(("mtu.veth-exceeds-tunnel", f"veths ({max(veths)}) larger than the tunnel can carry ({limit})"))
        if want_tunnel is not None and nic is not None and want_tunnel > nic.mtu - overhead:
            bad.append(
                (
                    "mtu.config-exceeds-nic",
                    f"FelixConfiguration {encap}MTU {want_tunnel} exceeds {nic.name} MTU {nic.mtu} minus {overhead}",
                )
            )
        for code, what in bad:
            f.problem(code, f"{node}: {what}", (node,))
        if want_tunnel is not None:
            configured.append(f"{node} felix {want_tunnel}")
            wanted[node] = want_tunnel
        if nic is not None:
            nic_mtus[node] = nic.mtu
    if f.has("problem"):
        first = sorted(f.nodes)[0]
        peer = next((n for n in ctx.involved_nodes if n != first), None)
        peer_info = ctx.snap.node(peer) if peer else None
        nic_mtu = nic_mtus.get(first, 1500)
        want = wanted.get(first) or nic_mtu - overhead
        f.explanation = (
            f"Every {encap.upper()} packet carries {overhead} bytes of headers. Devices larger than the "
            "configuration (or than the NIC minus the overhead) send packets the path cannot carry: "
            "small queries pass, large answers (TCP DNS, TLS) are silently lost."
        )
        if peer_info and peer_info.internal_ip:
            f.suggest(
                f"ping -M do -s {nic_mtu - 28} -c 2 {peer_info.internal_ip}",
                first,
                f"does the network really carry {nic_mtu}-byte packets between the nodes?",
            )
        if nic_mtu - overhead > want:
            f.suggest(
                f"ip link set dev {interfaces.get(first, 'eth0')} mtu {want + overhead}",
                first,
                f"if not: put the NIC back to {want + overhead}, what Calico's configuration was made for",
            )
        key = "ipipMTU" if encap == "ipip" else "vxlanMTU"
        f.suggest(
            f'calicoctl patch felixconfig default -p \'{{"spec":{{"{key}":{want}}}}}\'',
            "control node",
            f"the tunnel MTU: the path MTU minus {overhead}",
        )
        f.suggest(
            "kubectl -n kube-system edit configmaps calico-config",
            "control node",
            f'set veth_mtu (a string) to the same value: "{want}"',
        )
        for node in sorted(f.nodes):
            f.suggest(
                f"kubectl {calico_node_pod(ctx, node)} delete pod",
                "control node",
                f"calico-node re-applies the MTU on {node}; pods get the new veth MTU when recreated",
            )
    return f.result(
        started,
        summary_if_ok=f"{tunnel}, veths and NIC agree ({'; '.join(configured) or 'no felix MTU set'}"
        f"; veth_mtu {veth_mtu})",
    )


STEP = StepSpec(
    ID,
    TITLE,
    "node",
    needs,
    run,
    reads=("nodes", "ippools", "felixconfigurations", "configmap calico-config"),
)
