"""`podnet clusters`: the clusters podnet is configured for (PODNET_CLUSTERS, or the one the environment
gives), how each is reached and which channels it serves. Paths and names only: no secret is read."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.console import Console

out = Console()
err = Console(stderr=True)


def clusters(as_json: Annotated[bool, typer.Option("--json", help="machine-readable output")] = False) -> None:
    """List the configured clusters: API access, SSH settings, channels and summary channel. Exit code
    2 when the settings are invalid (every problem named)."""
    from bot.settings import Settings, SettingsError

    try:
        settings = Settings.from_env()
    except SettingsError as e:
        err.print(f"[red]error:[/red] {e}", highlight=False)
        raise typer.Exit(2) from e
    described = [settings.cluster(name).describe() for name in settings.cluster_names]
    if not settings.fleet:  # one cluster: it serves wherever podnet answers (PODNET_CHANNELS)
        for d in described:
            d["channels"] = ["PODNET_CHANNELS"]
    if as_json:
        print(json.dumps({"clusters": described}, indent=2))
        return
    from rich.table import Table

    table = Table("cluster", "API", "SSH", "channels", "summary channel")
    for d in described:
        ssh = d["ssh"]
        how = ", ".join(
            f"{k} {v}" for k, v in (("config", ssh["config"]), ("key", ssh["key"]), ("user", ssh["user"])) if v
        )
        how += ", sudo" if ssh["sudo"] else ""
        how += ", by name" if ssh["by_name"] else ""
        table.add_row(d["name"], d["api"], how or "defaults", ", ".join(d["channels"]) or "none", d["summary_channel"])
    out.print(table)
