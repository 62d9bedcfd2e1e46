"""`podnet parse`, `podnet diagnose`, `podnet check`: the engine in the terminal."""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console

from bot.cli.context import CLUSTER_HELP, wiring_or_exit

if TYPE_CHECKING:  # the engine (kubernetes, paramiko) is imported by the commands that run it, not by `parse`
    from checks import engine
    from checks.model import Report, StepResult
    from checks.remote.pool import NodeRunner

out = Console()
err = Console(stderr=True)

EXIT = {"healthy": 0, "problem": 1, "inconclusive": 2}


def _read(text: str | None) -> str:
    if text is None or text == "-":
        if sys.stdin.isatty() and text is None:
            raise typer.BadParameter("give the error text as an argument, or '-' to read it from stdin")
        return sys.stdin.read()
    return text


def parse(
    text: Annotated[str | None, typer.Argument(help="the pasted error; '-' reads stdin")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="machine-readable output")] = False,
) -> None:
    """Find the DNS-resolution failures in a paste.

    A very long paste may be read in part (`partial` in --json): the parser stops after 1,000 different failing names
    or 600 lines that named none not met before, and looks around at most 200 host-less lines for their name.
    """
    from checks.parsing import parse_failures

    failures = parse_failures(_read(text))
    if as_json:
        print(
            json.dumps(
                {
                    "errors": [
                        {
                            "host": f.host,
                            "kind": f.kind,
                            "server": f.server,
                            "url": f.url,
                            "service": f.service,
                            "namespace": f.namespace,
                            "redacted": f.redacted,
                        }
                        for f in failures
                    ],
                    "partial": failures.partial,
                },
                indent=2,
            )
        )
    elif not failures:
        out.print("no DNS-resolution failure found")
    else:
        for f in failures:
            k8s = (
                "a placeholder: the real name is hidden"
                if f.redacted
                else f"service {f.service}" + (f" in {f.namespace}" if f.namespace else "")
                if f.service
                else "not a Service name"
            )
            out.print(
                f"[bold]{f.host}[/bold]: {f.kind}"
                + (f" (server {f.server})" if f.server else "")
                + (f", dialing {f.url}" if f.url else "")
                + f" — {k8s}",
                highlight=False,
            )
        if failures.partial:
            out.print("… read in part: the parser did not read all of this paste (see `podnet parse --help`)")
    raise typer.Exit(0 if failures or as_json else 1)


def _progress(step_id: str, result: StepResult | None) -> None:
    if result is not None:
        from bot.cli.render import status_text

        err.print(status_text(result.status), f"{step_id}", highlight=False)


def _finish(report: Report, as_json: bool) -> None:
    if as_json:
        print(json.dumps(report.to_json(), indent=2))
    else:
        from bot.cli.render import render_report

        render_report(report, out)
    raise typer.Exit(EXIT[report.verdict.status])


def diagnose(
    text: Annotated[str | None, typer.Argument(help="the pasted error; '-' reads stdin")] = None,
    from_: Annotated[str | None, typer.Option("--from", help="the pod or node where the lookup failed")] = None,
    capture: Annotated[bool, typer.Option(help="always run the link capture (bounded tcpdump)")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="the report as JSON (a stable schema)")] = False,
    cluster: Annotated[str | None, typer.Option("--cluster", help=CLUSTER_HELP)] = None,
) -> None:
    """Diagnose a pasted DNS error: map it to the cluster and run the troubleshooting ladder.

    Exit code: 0 healthy, 1 problem found, 2 could not run or inconclusive.
    """
    from bot.search_bursts import with_pasted_coredns_log, with_search_bursts
    from checks import engine
    from checks.cluster.mapping import Failing
    from checks.parsing import parse_failures
    from checks.parsing.search_path import search_bursts

    paste = _read(text)
    failures = parse_failures(paste)
    bursts = search_bursts(paste)
    if not failures and not bursts and paste.strip():
        err.print("no DNS-resolution failure found in the text; checking the cluster DNS path anyway")
    first = failures[0] if failures else None
    failing = Failing(first.host, first.kind, first.service, first.namespace) if first else None
    failing = with_pasted_coredns_log(with_search_bursts(failing, bursts), paste)
    if len(failures) > 1:
        err.print(
            f"{len(failures)} failures in the paste{' (read in part)' if failures.partial else ''}; diagnosing "
            f"{first.host if first else '?'} (others: {', '.join(f.host for f in failures[1:])})"
        )
    _run_and_finish(
        lambda cluster, runner, options, progress: engine.diagnose(
            cluster, runner, failing, from_=from_, options=options, progress=progress
        ),
        capture,
        as_json,
        cluster,
    )


def check(
    node: Annotated[str, typer.Argument(help="the node to check: NODE, or CLUSTER/NODE")],
    capture: Annotated[bool, typer.Option(help="also capture tunnel packets towards the CoreDNS nodes")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="the report as JSON")] = False,
    cluster: Annotated[str | None, typer.Option("--cluster", help=CLUSTER_HELP)] = None,
) -> None:
    """Run every node-level step for one node (NODE or CLUSTER/NODE). Exit code: 0 healthy, 1 problem,
    2 could not run."""
    from checks import engine

    named, _, node = node.rpartition("/")
    if named and cluster and named != cluster:
        err.print(f"[red]error:[/red] {named}/{node} names another cluster than --cluster {cluster}", highlight=False)
        raise typer.Exit(2)
    _run_and_finish(
        lambda cluster, runner, options, progress: engine.check_node(
            cluster, runner, node, options=options, progress=progress
        ),
        capture,
        as_json,
        named or cluster,
    )


def _run_and_finish(
    run: Callable[[Any, NodeRunner, engine.Options, engine.ProgressFn], Report],
    capture: bool,
    as_json: bool,
    cluster_name: str | None = None,
) -> None:
    """One runner (one SSH connection per node) for the whole run, closed afterwards; a problem that
    stops the run before any step (bad settings or kubeconfig, unknown node) exits 2 with its message."""
    from checks import engine
    from checks.errors import PodnetError

    wiring = wiring_or_exit(cluster_name)
    try:
        runner = wiring.node_runner()
        cluster = None
        try:
            cluster = wiring.cluster()
            report = run(
                cluster,
                runner,
                wiring.options(capture=capture),
                _progress if not as_json else engine._nothing,
            )
            if len(wiring.settings.cluster_names) > 1:
                report = dataclasses.replace(report, cluster=wiring.target.name)
        finally:
            runner.close()
            if cluster is not None:
                cluster.close()
    except PodnetError as e:
        err.print(f"[red]error:[/red] {e}", highlight=False)
        raise typer.Exit(2) from e
    _finish(report, as_json)
