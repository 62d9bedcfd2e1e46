"""Step 6, `mtu`: do the tunnel and veth MTUs agree with Calico's configuration and fit the NIC?

On each node the real MTUs of the NIC, the tunnel device and the pods' cali* veths are compared with
what Calico is configured to use, wherever the install keeps it: calico-node's FELIX_VXLANMTU /
FELIX_IPINIPMTU (the operator writes these), FelixConfiguration vxlanMTU/ipipMTU (per node over
default), the operator's Installation calicoNetwork.mtu, calico-config's veth_mtu (a manifest install).
Unset or 0 means auto-detected: felix takes the NIC's MTU less the encapsulation's overhead (VXLAN 50,
IP-in-IP 20, none 0; WireGuard 60 when on), so only the fits are checked then. The tunnel must fit
inside the NIC; veths must not exceed what the tunnel carries. Small packets pass a mismatch; large
ones (TCP DNS answers, TLS handshakes) are what get lost.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from checks.cluster.read import CALICO_CONFIG
from checks.ladder.base import Collector, StepContext, StepSpec, calico_missing, calico_node_kubectl, unavailable
from checks.model import StepResult
from checks.outputs.links import Link, parse_ip_o_link
from checks.remote.catalog import CatalogCommand, ip_link

ID = "mtu"
TITLE = "MTU (tunnel, veth, NIC)"
OVERHEAD = {"vxlan": 50, "ipip": 20, "none": 0}
WIREGUARD_OVERHEAD = 60
TUNNEL = {"vxlan": "vxlan.calico", "ipip": "tunl0"}
FELIX_ENV = {"vxlan": "FELIX_VXLANMTU", "ipip": "FELIX_IPINIPMTU"}


def _nodes(ctx: StepContext) -> list[str]:
    return ctx.involved_nodes


def needs(ctx: StepContext) -> dict[str, list[CatalogCommand]]:
    return {n: [ip_link()] for n in _nodes(ctx)}


@dataclass(frozen=True)
class Configured:
    """What Calico is configured to use on a node (None: auto-detected), and where that was read."""

    tunnel: int | None
    tunnel_from: str
    veth: int | None
    veth_from: str


def _positive(value: str | int | None) -> int | None:
    try:
        number = int(value) if value not in (None, "") else 0
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None


def configured(ctx: StepContext, node: str, encap: str) -> Configured:
    snap = ctx.snap
    felix = snap.felix_for(node)
    tunnel, tunnel_from = None, "auto"
    if encap in FELIX_ENV and (env := _positive(snap.calico_env.get(FELIX_ENV[encap]))):
        tunnel, tunnel_from = env, f"calico-node {FELIX_ENV[encap]}"
    elif felix is not None and (
        own := felix.ipip_mtu if encap == "ipip" else felix.vxlan_mtu if encap == "vxlan" else None
    ):
        tunnel, tunnel_from = own, f"FelixConfiguration {felix.name} {encap}MTU"
    elif encap != "none" and snap.calico.mtu:
        tunnel, tunnel_from = snap.calico.mtu, "Installation calicoNetwork.mtu"
    veth, veth_from = None, "auto"
    if snap.veth_mtu:
        veth, veth_from = snap.veth_mtu, "calico-config veth_mtu"
    elif snap.calico.mtu:
        veth, veth_from = snap.calico.mtu, "Installation calicoNetwork.mtu"
    return Configured(tunnel, tunnel_from, veth, veth_from)


def _nic(links: dict[str, Link], preferred: str | None) -> Link | None:
    return links.get(preferred or "eth0") or next(
        (ln for name, ln in links.items() if name.startswith(("eth", "en", "bond"))), None
    )


def run(ctx: StepContext) -> StepResult:
    started = time.monotonic()
    f = Collector(ID, TITLE)
    if calico_missing(ctx, f):
        return f.result(started, summary_if_ok="")
    encap = ctx.encapsulation
    tunnel = TUNNEL.get(encap)
    overhead = OVERHEAD[encap]
    unavailable(ctx, f, "felixconfigurations.crd.projectcalico.org", CALICO_CONFIG)
    wireguard = any(fc.wireguard_enabled for fc in ctx.snap.felix.values())
    shown_config: list[str] = []
    nic_mtus: dict[str, int] = {}
    wanted: dict[str, int] = {}
    for node in _nodes(ctx):
        config = configured(ctx, node, encap)
        result = ctx.run_one(node, ip_link())
        if result.exit_status != 0:
            f.not_run(result, "ip -o link failed")
            continue
        links = {ln.name: ln for ln in parse_ip_o_link(result.output)}
        nic = _nic(links, ctx.interfaces.get(node))
        dev = links.get(tunnel) if tunnel else None
        veths = sorted({ln.mtu for name, ln in links.items() if name.startswith("cali")})
        shown = [
            f"NIC {nic.name} {nic.mtu}" if nic else "NIC ?",
            (f"{tunnel} {dev.mtu}" if dev else f"{tunnel} absent") if tunnel else "no tunnel (no encapsulation)",
            f"cali* {', '.join(map(str, veths)) or 'none'}",
            f"configured: tunnel {config.tunnel or 'auto'} ({config.tunnel_from}), veth {config.veth or 'auto'} "
            f"({config.veth_from})",
        ]
        f.cite(result, [f"{node}: " + ", ".join(shown)])
        bad: list[tuple[str, str]] = []  # (code, what)
        fits = nic.mtu - overhead if nic else None
        if dev is not None:
            if config.tunnel is not None and dev.mtu != config.tunnel:
                bad.append(
                    (
                        "mtu.tunnel-differs-from-config",
                        f"{tunnel} MTU {dev.mtu} but {config.tunnel_from} is {config.tunnel}",
                    )
                )
            if fits is not None and nic is not None and dev.mtu > fits:
                bad.append(
                    (
                        "mtu.tunnel-exceeds-nic",
                        f"{tunnel} MTU {dev.mtu} does not fit {nic.name} MTU {nic.mtu} minus {overhead}",
                    )
                )
        if config.veth is not None and any(v != config.veth for v in veths):
            bad.append(
                (
                    "mtu.veth-differs-from-config",
                    f"cali* veth MTU {', '.join(str(v) for v in veths if v != config.veth)} but {config.veth_from} "
                    f"is {config.veth}",
                )
            )
        limit = dev.mtu if dev is not None else fits
        if limit is not None and wireguard and nic is not None:
            limit = min(limit, nic.mtu - WIREGUARD_OVERHEAD)
        if limit is not None and any(v > limit for v in veths):
            bad.append(("mtu.veth-exceeds-tunnel", f"veths ({max(veths)}) larger than the tunnel can carry ({limit})"))
        if config.tunnel is not None and fits is not None and nic is not None and config.tunnel > fits:
            bad.append(
                (
                    "mtu.config-exceeds-nic",
                    f"{config.tunnel_from} {config.tunnel} exceeds {nic.name} MTU {nic.mtu} minus {overhead}",
                )
            )
        for code, what in bad:
            f.problem(code, f"{node}: {what}", (node,))
        if config.tunnel is not None:
            shown_config.append(f"{node} {config.tunnel_from} {config.tunnel}")
            wanted[node] = config.tunnel
        if nic is not None:
            nic_mtus[node] = nic.mtu
    if f.has("problem"):
        _suggest(ctx, f, encap, overhead, nic_mtus, wanted)
    return f.result(
        started,
        summary_if_ok=f"{tunnel or 'no tunnel'}, veths and NIC agree ({'; '.join(shown_config) or 'MTU auto-detected'}"
        f"; veth MTU {ctx.snap.veth_mtu or ctx.snap.calico.mtu or 'auto'})",
    )


def _suggest(
    ctx: StepContext, f: Collector, encap: str, overhead: int, nic_mtus: dict[str, int], wanted: dict[str, int]
) -> None:
    first = sorted(f.nodes)[0]
    peer = next((n for n in ctx.involved_nodes if n != first), None)
    peer_info = ctx.snap.node(peer) if peer else None
    nic_mtu = nic_mtus.get(first, 1500)
    want = wanted.get(first) or nic_mtu - overhead
    f.explanation = (
        f"Every {encap.upper()} packet carries {overhead} bytes of headers. Devices larger than the "
        "configuration (or than the NIC minus the overhead) send packets the path cannot carry: "
        "small queries pass, large answers (TCP DNS, TLS) are silently lost."
        if encap != "none"
        else "Pods' veths larger than the NIC send packets the path cannot carry: small queries pass, "
        "large answers (TCP DNS, TLS) are silently lost."
    )
    if peer_info and peer_info.internal_ip:
        f.suggest(
            f"ping -M do -s {nic_mtu - 28} -c 2 {peer_info.internal_ip}",
            first,
            f"does the network really carry {nic_mtu}-byte packets between the nodes?",
        )
    if nic_mtu - overhead > want:
        f.suggest(
            f"ip link set dev {ctx.interfaces.get(first, 'eth0')} mtu {want + overhead}",
            first,
            f"if not: put the NIC back to {want + overhead}, what Calico's configuration was made for",
        )
    install = ctx.snap.calico
    if install.kind == "operator":
        f.suggest(
            f"""kubectl patch installation default --type=merge -p '{{"spec":{{"calicoNetwork":{{"mtu":{want}}}}}}}'""",
            "control node",
            f"the pods' MTU (the operator sets felix's tunnel MTU from it): the path MTU minus {overhead}",
        )
    else:
        if encap != "none":
            key = "ipipMTU" if encap == "ipip" else "vxlanMTU"
            f.suggest(
                f'calicoctl patch felixconfig default -p \'{{"spec":{{"{key}":{want}}}}}\'',
                "control node",
                f"the tunnel MTU: the path MTU minus {overhead}",
            )
        f.suggest(
            f"kubectl {install.where} edit configmaps calico-config",
            "control node",
            f'set veth_mtu (a string) to the same value: "{want}"',
        )
    for node in sorted(f.nodes):
        f.suggest(
            calico_node_kubectl(ctx, node, "delete pod"),
            "control node",
            f"calico-node re-applies the MTU on {node}; pods get the new veth MTU when recreated",
        )


STEP = StepSpec(
    ID,
    TITLE,
    "node",
    needs,
    run,
    reads=("nodes", "ippools", "felixconfigurations", "configmap calico-config", "installation"),
)
