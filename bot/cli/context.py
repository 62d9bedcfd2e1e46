"""What a command that runs the engine starts from: the settings, read once, wired (bot/wiring.py).

Imported by every command module, so it imports nothing heavy itself: the wiring (paramiko, kubernetes)
is imported when a command asks for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer
from rich.console import Console

if TYPE_CHECKING:
    from bot.wiring import Wiring

err = Console(stderr=True)


CLUSTER_HELP = "the cluster (PODNET_CLUSTERS' names; default: the only one)"


def wiring_or_exit(cluster: str | None = None) -> Wiring:
    """The settings from the environment and `.env`, wired for `cluster` (None: the only one), or exit 2
    naming every bad variable (or the clusters to choose from)."""
    from bot.settings import SettingsError
    from bot.wiring import Wiring

    try:
        return Wiring.from_env(cluster=cluster)
    except SettingsError as e:
        err.print(f"[red]error:[/red] {e}", highlight=False)
        raise typer.Exit(2) from e
