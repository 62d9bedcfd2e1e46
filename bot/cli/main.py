"""`podnet`: the command-line entry point."""

from __future__ import annotations

import importlib.util

import typer

from bot.cli import clusters_command, diagnose_commands, serve, sweep_command

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
app.command()(clusters_command.clusters)
if importlib.util.find_spec("lab") is not None:
    from bot.cli import lab_commands

    app.add_typer(lab_commands.app, name="lab")
else:  # the container image leaves the lab out (deploy/install-venv.sh --without-lab)

    @app.command(
        "lab",
        context_settings={"allow_extra_args": True, "ignore_unknown_options": True},
        help="The simulated lab cluster: not part of this install.",
    )
    def no_lab() -> None:
        typer.echo(
            "podnet lab is not part of this install (the image leaves the simulated cluster out); "
            "run it from a checkout of podnet: bash scripts/quickstart.sh",
            err=True,
        )
        raise typer.Exit(2)


def run() -> None:
    app()


if __name__ == "__main__":
    run()
