"""A Report in the terminal, with rich. Pure rendering: tested by printing to a StringIO console."""

from __future__ import annotations

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from checks.model import Report, StepResult

STYLE = {
    "pass": ("PASS", "green"),
    "fail": ("FAIL", "bold red"),
    "warn": ("WARN", "yellow"),
    "skip": ("SKIP", "dim"),
    "error": ("ERROR", "magenta"),
}
VERDICT_STYLE = {"healthy": "green", "problem": "red", "inconclusive": "yellow"}


def status_text(status: str) -> Text:
    label, style = STYLE[status]
    return Text(label, style=style)


def render_target(report: Report) -> Table:
    t = report.target
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column()
    if t.host:
        where = f"{t.namespace}/{t.service}" if t.namespace and t.service else (t.service or "?")
        grid.add_row("failing name", f"{escape(t.host)} ({t.kind or '?'}) → Service {escape(where)}")
    grid.add_row(
        "cluster DNS",
        f"{t.cluster_dns or '?'} → "
        + (", ".join(f"{pod} {ip} on {node}" for pod, ip, node in t.coredns_pods) or "no endpoints"),
    )
    grid.add_row("client node(s)", ", ".join(t.client_nodes) or "?")
    for note in t.notes:
        grid.add_row("note", escape(note))
    return grid


def render_step_details(step: StepResult) -> Panel:
    parts: list[Text | Table] = [Text(step.summary)]
    if step.explanation:
        parts.append(Text(step.explanation, style="italic"))
    for ev in step.evidence:
        where = f" (on {ev.node})" if ev.node else ""
        parts.append(Text(f"$ {ev.source}{where}", style="bold dim"))
        parts.append(Text("\n".join(ev.lines) or "(no output)", style="dim"))
    if step.commands:
        parts.append(Text("to fix it:", style="bold"))
        for cmd in step.commands:
            parts.append(Text(f"  # {cmd.why} — on {cmd.where}", style="dim"))
            parts.append(Text(f"  {cmd.command}", style="cyan"))
    if step.findings:
        parts.append(Text("codes: " + ", ".join(step.codes()) + " (docs/findings.md)", style="dim"))
    label, style = STYLE[step.status]
    return Panel(Group(*parts), title=f"{label} {step.id}: {step.title}", title_align="left", border_style=style)


def render_report(report: Report, console: Console, *, all_details: bool = False) -> None:
    console.print(render_target(report))
    table = Table("step", "status", "nodes", "summary", show_lines=False, expand=True)
    for step in report.steps:
        table.add_row(step.id, status_text(step.status), ", ".join(step.nodes), escape(step.summary))
    console.print(table)
    for step in report.steps:
        if all_details or step.status in ("fail", "warn", "error"):
            console.print(render_step_details(step))
    v = report.verdict
    head = f"{v.status.upper()}" + (f" — cause: {v.cause}" if v.cause else "")
    console.print(Panel(Text(v.summary), title=head, title_align="left", border_style=VERDICT_STYLE[v.status]))
    console.print(Text(f"diagnosis took {report.duration:.1f} s", style="dim"))
