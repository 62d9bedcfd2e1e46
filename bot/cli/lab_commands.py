"""`podnet lab …`: the simulated cluster (real namespaces, VXLAN, iptables, sshd, DNS).

Each command imports the part of the lab it uses when it runs: `podnet --help` loads none of it.
"""

from __future__ import annotations

import json
import os
import shlex
import sys
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from lab.fault_names import FAULT_NAMES
from lab.profile_names import DEFAULT_PROFILE, PROFILE_NAMES

if TYPE_CHECKING:
    from lab.model import KubeProxyMode
    from lab.paths import LabPaths

app = typer.Typer(help="Build, break and fix the lab cluster (needs root).", no_args_is_help=True)
out = Console()
err = Console(stderr=True)


# Every lab command takes --name (or PODNET_LAB_NAME): which lab, when several run side by side.
# No name: the default lab (/run/podnet-lab, namespaces podnet-…), exactly as before names existed.
NameOption = Annotated[
    str | None,
    typer.Option(
        "--name",
        envvar="PODNET_LAB_NAME",
        help="which lab (a lowercase letter, then up to 7 lowercase letters/digits); default: the unnamed lab",
    ),
]


def _paths(name: str | None = None) -> LabPaths:
    from lab.names import LabNameError
    from lab.paths import LabPaths

    try:
        return LabPaths.named(name)
    except LabNameError as e:
        raise _fail(str(e)) from e


def _called(name: str | None) -> str:
    return f"lab {name}" if name else "lab"


def _fail(message: str, code: int = 2) -> typer.Exit:
    err.print(f"[red]error:[/red] {message}", highlight=False)
    return typer.Exit(code)


@app.command()
def up(
    nodes: Annotated[int, typer.Option(help="number of nodes (2-200)")] = 3,
    kube_proxy: Annotated[
        str | None, typer.Option(help="kube-proxy mode: ipvs or iptables (default: the profile's, else ipvs)")
    ] = None,
    encapsulation: Annotated[
        str, typer.Option(help="Calico encapsulation; only vxlan exists here (the bgp profile: none)")
    ] = "vxlan",
    profile: Annotated[
        str,
        typer.Option(
            help="how the cluster is installed and routed: "
            + ", ".join(PROFILE_NAMES)
            + "; combine with + (operator-vxlan+coredns-spread); see `podnet lab profiles`"
        ),
    ] = DEFAULT_PROFILE,
    name: NameOption = None,
) -> None:
    """Build the lab: nodes, Calico (VXLAN or BGP), kube-proxy NAT, CoreDNS, sshd, the API stand-in."""
    from lab import lifecycle
    from lab.lifecycle import LabError

    if kube_proxy not in (None, "ipvs", "iptables"):
        raise _fail(f"--kube-proxy must be ipvs or iptables, not {kube_proxy!r}")
    mode: KubeProxyMode | None = None if kube_proxy is None else "ipvs" if kube_proxy == "ipvs" else "iptables"
    try:
        result = lifecycle.up(
            _paths(name),
            nodes,
            mode,
            encapsulation,
            log=lambda m: err.print(f"[dim]· {m}[/dim]", highlight=False),
            profile=profile,
        )
    except (LabError, ValueError) as e:
        raise _fail(str(e)) from e
    if result.cleaned_leftovers:
        err.print("[yellow]removed what an earlier lab left behind[/yellow]")
    out.print(
        f"[green]{_called(name)} up[/green]: profile {result.model.profile}, {len(result.model.nodes)} nodes, "
        f"kube-proxy {result.model.kube_proxy_mode}, in {result.seconds:.1f} s",
        highlight=False,
    )
    flag = f" --name {name}" if name else ""
    out.print(
        f'next: eval "$(podnet lab env{flag})"; podnet lab status{flag}; podnet lab break --help', highlight=False
    )


@app.command()
def down(
    name: NameOption = None,
    every: Annotated[bool, typer.Option("--all", help="take down every lab on this machine (named or not)")] = False,
) -> None:
    """Remove every namespace, process and file of the lab (also of one whose creator crashed); other labs
    keep running. --all: every lab."""
    from lab import labs, lifecycle
    from lab.lifecycle import LabError

    try:
        results = labs.down_all() if every else {name or "": lifecycle.down(_paths(name))}
    except LabError as e:
        raise _fail(str(e)) from e
    if every and not results:
        out.print("lab down --all: no lab was up")
    for lab_name, result in results.items():
        out.print(
            f"{_called(lab_name)} down: removed {result.namespaces} namespaces, stopped {result.processes} processes",
            highlight=False,
        )


@app.command()
def status(
    as_json: Annotated[bool, typer.Option("--json", help="machine-readable output")] = False,
    name: NameOption = None,
) -> None:
    """Nodes, namespaces, IPs, pods and active faults."""
    from rich.table import Table

    from lab import lifecycle

    st = lifecycle.status(_paths(name))
    if as_json:
        print(json.dumps(st, indent=2))
        return
    if not st["up"]:
        out.print(
            f"no {_called(name)} is up"
            + (
                f" (leftover namespaces: {', '.join(st['leftover_namespaces'])}; podnet lab down removes them)"
                if st["leftover_namespaces"]
                else ""
            )
        )
        raise typer.Exit(1)
    out.print(
        f"{_called(st['name'])} up since {st['created']}: profile {st['profile']}, Calico {st['calico_install']} "
        f"{st['encapsulation']} (MTU {st['mtu']}), kube-proxy {st['kube_proxy_mode']}"
        f"{'' if st['kube_proxy_configmap'] else ' (no ConfigMap, no pods)'}, API {st['api']['server']} "
        f"({'running' if st['api']['running'] else '[red]not running[/red]'}), underlay {st['underlay']}",
        highlight=False,
    )
    nodes = Table("node", "netns", "InternalIP", "blocks", "tunnel", "Calico detected", "vxlan", "sshd", title="nodes")
    for n in st["nodes"]:
        nodes.add_row(
            n["name"],
            n["namespace"],
            n["internal_ip"],
            ", ".join(n["blocks"]),
            n["tunnel_ip"],
            n["calico_detected"],
            "yes" if n["vxlan"] else "[red]no[/red]",
            "up" if n["sshd"] else "[red]down[/red]",
        )
    out.print(nodes)
    pods = Table("namespace", "pod", "node", "IP", "netns", title="pods (hostNetwork pods not shown)")
    for p in st["pods"]:
        if p["netns"]:
            pods.add_row(p["namespace"], p["name"], p["node"], p["ip"], p["netns"])
    out.print(pods)
    if st["faults"]:
        table = Table("fault", "node", "what", title="active faults")
        for f in st["faults"]:
            table.add_row(f["name"], f["node"], f["summary"])
        out.print(table)
    else:
        out.print("no active faults")


@app.command()
def env(name: NameOption = None) -> None:
    """Print the exports that point podnet (and kubectl) at the lab: eval "$(podnet lab env)"."""
    from lab import lifecycle
    from lab.lifecycle import LabError

    try:
        exports = lifecycle.env_exports(_paths(name))
    except LabError as e:
        raise _fail(str(e)) from e
    for key, value in exports.items():
        print(f"export {key}={shlex.quote(value)}")


@app.command("break")
def break_(
    fault: Annotated[str, typer.Argument(help="one of: " + ", ".join(FAULT_NAMES))],
    node: Annotated[str | None, typer.Option(help="node to break (default: the client pod's node)")] = None,
    name: NameOption = None,
) -> None:
    """Inject a fault the way it happens in real clusters."""
    from lab import faults, lifecycle
    from lab.fault_base import FaultError
    from lab.lifecycle import LabError

    try:
        paths = _paths(name)
        with lifecycle.locked(paths):
            ctx = lifecycle.load(paths)
            active = faults.break_fault(ctx, fault, node)
    except (LabError, FaultError) as e:
        raise _fail(str(e)) from e
    spec = faults.FAULTS[fault]
    where = f" ({_called(name)})" if name else ""
    out.print(f"[yellow]broke[/yellow] {fault} on {active.node}{where}: {spec.summary}", highlight=False)
    if spec.note:
        out.print(f"note: {spec.note}", highlight=False)


@app.command()
def fix(
    fault: Annotated[str | None, typer.Argument(help="fault to undo (default: all)")] = None,
    name: NameOption = None,
) -> None:
    """Undo one fault, or every active fault."""
    from lab import faults, lifecycle
    from lab.fault_base import FaultError
    from lab.lifecycle import LabError

    try:
        paths = _paths(name)
        with lifecycle.locked(paths):
            ctx = lifecycle.load(paths)
            names = [fault] if fault else [f.name for f in reversed(ctx.model.faults)]
            for fault_name in names:
                active = faults.fix_fault(ctx, fault_name)
                out.print(f"[green]fixed[/green] {fault_name} on {active.node}")
    except (LabError, FaultError) as e:
        raise _fail(str(e)) from e
    if not names:
        out.print("no active faults")


@app.command("faults")
def list_faults(
    profile: Annotated[
        str | None,
        typer.Option(help="list only the faults that apply to this profile (default: the running lab's, if any)"),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="machine-readable output")] = False,
    name: NameOption = None,
) -> None:
    """List the faults the lab can inject (on a profile: those that apply, and why the others do not)."""
    from rich.table import Table

    from lab import faults, lifecycle, profiles
    from lab.model import LabModel

    paths = _paths(name)
    model: LabModel | None = None
    try:
        if profile is not None:
            model = profiles.build(profile)
        elif lifecycle.is_up(paths):
            model = LabModel.load(paths.state)
    except profiles.ProfileError as e:
        raise _fail(str(e)) from e
    why_not = faults.applicable(model) if model is not None else dict.fromkeys(faults.FAULTS)
    if as_json:
        print(
            json.dumps(
                {
                    "profile": model.profile if model else None,
                    "faults": [
                        {"name": n, "applies": why_not[n] is None, "why_not": why_not[n], "summary": f.summary}
                        for n, f in faults.FAULTS.items()
                    ],
                },
                indent=2,
            )
        )
        return
    table = Table("fault", "breaks lookups", "what", title=f"profile {model.profile}" if model else None)
    for f in faults.FAULTS.values():
        if why_not[f.name] is None:
            table.add_row(f.name, "yes" if f.breaks_dns else "no", f.summary + (f" ({f.note})" if f.note else ""))
    out.print(table)
    skipped = {n: w for n, w in why_not.items() if w is not None}
    for fault_name, why in skipped.items():
        out.print(f"not on this profile: {fault_name}: {why}", highlight=False)


@app.command("profiles")
def list_profiles(as_json: Annotated[bool, typer.Option("--json", help="what each profile sets")] = False) -> None:
    """The lab's profiles (podnet lab up --profile NAME), one name per line."""
    if not as_json:
        for name in PROFILE_NAMES:
            print(name)
        return
    from lab import profiles

    print(json.dumps(profiles.describe(), indent=2))


@app.command("pod-exec", context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def pod_exec(
    pod: Annotated[str, typer.Argument(help="pod name, a unique prefix, or client/keystone/coredns")],
    command: Annotated[list[str] | None, typer.Argument(help="command to run in the pod (after --)")] = None,
    name: NameOption = None,
) -> None:
    """Run a command inside a pod's network namespace, e.g. `-- getent hosts default-keystone`."""
    from lab import lifecycle
    from lab.lifecycle import LabError

    try:
        argv = lifecycle.pod_exec_argv(_paths(name), pod, list(command or []))
    except LabError as e:
        raise _fail(str(e)) from e
    sys.stdout.flush()
    os.execvp(argv[0], argv)  # noqa: S606 - argv is ["ip", "netns", "exec", <lab netns>, *the user's own command]
