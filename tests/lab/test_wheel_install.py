"""What the image holds, checked without a container engine: deploy/install-venv.sh --without-lab (the
Dockerfile's build step) builds the wheel and installs it with the locked dependencies into a fresh
virtualenv, leaving the lab out; `podnet --help` and a diagnosis of the broken lab (built from the
checkout) then run from that virtualenv, outside the checkout, and `podnet lab` says it is not there."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from tests.lab.conftest import Lab
from tests.lab.test_diagnose import RUNBOOK_ERROR

ROOT = Path(__file__).resolve().parents[2]


def test_the_installed_wheel_runs_a_lab_diagnosis(lab: Lab, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    uv = ROOT / ".venv-tools" / "bin" / "uv"
    assert uv.exists(), "uv is missing: run `bash scripts/setup.sh`"
    subprocess.run(
        ["sh", str(ROOT / "deploy" / "install-venv.sh"), str(venv), "--without-lab"],
        env={**os.environ, "UV": str(uv)},
        check=True,
        timeout=300,
    )
    podnet = venv / "bin" / "podnet"
    env = {k: v for k, v in lab.env().items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    usage = subprocess.run([str(podnet), "--help"], capture_output=True, text=True, cwd=tmp_path, env=env, check=True)
    assert "diagnose" in usage.stdout and "serve" in usage.stdout
    where = subprocess.run(
        [str(venv / "bin" / "python"), "-c", "import checks, bot; print(checks.__file__, bot.__file__)"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        check=True,
    )
    assert str(ROOT) not in where.stdout and str(venv) in where.stdout  # the wheel's code, not the checkout's
    no_lab = subprocess.run(
        [str(venv / "bin" / "python"), "-c", "import importlib.util; print(importlib.util.find_spec('lab'))"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        check=True,
    )
    assert no_lab.stdout.strip() == "None"  # the image carries no lab
    refused = subprocess.run(
        [str(podnet), "lab", "up", "--nodes", "3"], capture_output=True, text=True, cwd=tmp_path, env=env, check=False
    )
    assert refused.returncode == 2 and "not part of this install" in refused.stderr

    lab.break_("route-missing")
    try:
        proc = subprocess.run(
            [str(podnet), "diagnose", RUNBOOK_ERROR, "--json"],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            env=env,
            timeout=120,
            check=False,
        )
    finally:
        lab.fix("route-missing")
    report = json.loads(proc.stdout)
    assert proc.returncode == 1 and report["verdict"]["cause"] == "routing", proc.stderr
