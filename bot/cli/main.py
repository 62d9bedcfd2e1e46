"""`podnet`: the command-line entry point."""

from __future__ import annotations

import contextlib
import importlib.util
import logging
import os
import sys
from typing import NoReturn

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


# One-shot commands that have closed everything they opened (SSH connections, the API client, the database)
# when they return: their process ends at once instead of tearing the interpreter down object by object,
# which took 0.2-0.35 s after a 50-node sweep (about a fifteenth of the whole run).
EXIT_AT_ONCE = frozenset({"sweep", "check", "diagnose"})


def run() -> None:
    """The console script: `app()`, then, for EXIT_AT_ONCE's commands, the exit without teardown."""
    command = next((arg for arg in sys.argv[1:] if not arg.startswith("-")), None)
    try:
        app()
    except SystemExit as done:
        if command in EXIT_AT_ONCE:
            _exit_now(done.code)
        raise


def _exit_now(code: object) -> NoReturn:
    """What Python's own exit would print and flush, then `os._exit`: nothing else is left to run."""
    if code is not None and not isinstance(code, int):
        print(code, file=sys.stderr)
        code = 1
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe: the reader has what was written
            stream.flush()
    os._exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    run()
