"""Every setting podnet reads is documented in `.env.example`."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NAME = re.compile(r"\b(?:PODNET|SLACK)_[A-Z_]+")
# The lab's own variables (PODNET_LAB_*) are read by lab/ for its network namespaces; .env.example lists
# PODNET_LAB_DIR for convenience, but the rest are lab-internal and not podnet settings.
LAB_INTERNAL = re.compile(r"PODNET_LAB_")


def names_in_string_literals(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            found.update(name.rstrip("_") for name in NAME.findall(node.value))
    return found


def test_every_setting_read_in_the_code_is_in_env_example() -> None:
    documented = set(re.findall(r"^#?\s*((?:PODNET|SLACK)_[A-Z_]+)=", (ROOT / ".env.example").read_text(), re.M))
    used: dict[str, set[str]] = {}
    for package in ("bot", "checks"):
        for path in sorted((ROOT / package).rglob("*.py")):
            for name in names_in_string_literals(path):
                used.setdefault(name, set()).add(str(path.relative_to(ROOT)))
    # the scan finds them: settings read in config.py, in f-strings, and in checks/
    assert {"SLACK_BOT_TOKEN", "PODNET_HEALTH_PORT", "PODNET_LOG_FORMAT", "PODNET_SSH_KEY"} <= set(used)
    missing = {name: sorted(paths) for name, paths in used.items() if name not in documented}
    missing = {name: paths for name, paths in missing.items() if not LAB_INTERNAL.match(name)}
    assert not missing, f"read in the code but not documented in .env.example: {missing}"


def test_every_variable_the_settings_models_read_is_in_env_example() -> None:
    from bot import settings

    documented = set(re.findall(r"^#?\s*([A-Z][A-Z_]+)=", (ROOT / ".env.example").read_text(), re.M))
    models = [settings.NightlySettings, settings.ObservabilitySettings, settings.KubeSettings]
    models += [settings._Connections, *settings.SLACK_MODES.values()]
    read = {str(f.validation_alias) for model in models for f in model.model_fields.values()}
    assert {"PODNET_SSH_BY_NAME", "SLACK_SIGNING_SECRET", "KUBECONFIG", "PODNET_TIMEZONE"} <= read
    # set by Kubernetes in every pod, not by whoever runs podnet
    assert read - documented == {"KUBERNETES_SERVICE_HOST"}
