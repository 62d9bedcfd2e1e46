"""`podnet sweep`: every node-level step on every node, stored, with what is new and what resolved."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.console import Console

from bot.cli.context import CLUSTER_HELP, wiring_or_exit

out = Console()
err = Console(stderr=True)


def sweep(
    as_json: Annotated[bool, typer.Option("--json", help="machine-readable output")] = False,
    cluster: Annotated[str | None, typer.Option("--cluster", help=CLUSTER_HELP)] = None,
) -> None:
    """Check every node (NAT, routes to every block, autodetection, MTU, tunnel mode, CoreDNS, offloads),
    store the results (PODNET_DATABASE_URL, default sqlite:///podnet.db) and show what changed since
    the previous sweep. Exit code: 0 all pass, 1 a node fails, 2 could not run."""
    from rich.progress import Progress
    from rich.table import Table

    from bot.cli.render import status_text
    from bot.sweeps.run import NotStored, OpeningHistory, run_and_record
    from checks.errors import PodnetError

    wiring = wiring_or_exit(cluster)
    history = OpeningHistory(wiring.settings, wiring.target.name)  # opened while the nodes are asked
    not_stored: NotStored | None = None
    try:
        with Progress(console=err, transient=True, disable=as_json) as progress:
            task = progress.add_task("sweeping nodes", total=None)
            nodes, record = run_and_record(history, wiring, on_node=lambda name: progress.advance(task))
        new, resolved = record.new, record.resolved
    except NotStored as e:  # the results are shown all the same, then the error
        not_stored, nodes, new, resolved = e, e.nodes, (), ()
    except PodnetError as e:
        err.print(f"[red]error:[/red] {e}", highlight=False)
        raise typer.Exit(2) from e
    if as_json:
        print(
            json.dumps(
                {
                    "cluster": wiring.target.name,
                    "nodes": [{"name": n.name, "steps": [s.to_json() for s in n.steps]} for n in nodes],
                    "new": [c.to_json() for c in new],
                    "resolved": [c.to_json() for c in resolved],
                },
                indent=2,
            )
        )
    else:
        table = Table("node", *(s.id for s in nodes[0].steps) if nodes else ())
        for n in nodes:
            table.add_row(n.name, *(status_text(s.status) for s in n.steps))
        out.print(table)
        for c in new:
            out.print(f"[red]new[/red] {c.node} {c.code or c.step}: {c.summary}", highlight=False)
        for c in resolved:
            out.print(f"[green]resolved[/green] {c.node} {c.code or c.step}", highlight=False)
        for n in nodes:
            if n.steps and all(s.status == "error" for s in n.steps):
                out.print(f"[magenta]not checked[/magenta] {n.name}: {n.steps[0].summary}", highlight=False)
    if not_stored is not None:
        err.print(f"[red]error:[/red] {not_stored}; nothing was stored", highlight=False)
        raise typer.Exit(2)
    raise typer.Exit(1 if any(n.failing for n in nodes) else 0)
