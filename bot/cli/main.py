"""`podnet`: the command-line entry point."""

from __future__ import annotations

import typer

from bot.cli import diagnose_commands, lab_commands, serve, sweep_command

app = typer.Typer(
    name="podnet",
    help="Diagnose pod-network DNS failures on Calico + kube-proxy clusters.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command()(diagnose_commands.diagnose)
app.command()(diagnose_commands.check)
app.command()(diagnose_commands.parse)
app.command()(sweep_command.sweep)
app.command()(serve.serve)
app.add_typer(lab_commands.app, name="lab")


def run() -> None:
    app()


if __name__ == "__main__":
    run()
