"""`podnet sweep` against the lab: a healthy lab passes; a broken route is new, then resolved; a node
that cannot be reached is listed as not checked while the sweep completes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.lab.conftest import Lab


def run_sweep(lab: Lab, database_url: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli.main", "sweep", "--json"],
        capture_output=True,
        text=True,
        env={**lab.env(), "PODNET_DATABASE_URL": database_url},
        timeout=120,
        check=False,
    )


def sweep(lab: Lab, db: Path) -> tuple[int, dict]:
    proc = run_sweep(lab, f"sqlite:///{db}")
    assert proc.stdout, proc.stderr
    return proc.returncode, json.loads(proc.stdout)


def test_healthy_then_new_then_resolved(lab: Lab, tmp_path: Path) -> None:
    db = tmp_path / "history.db"
    code, healthy = sweep(lab, db)
    assert code == 0
    assert [n["name"] for n in healthy["nodes"]] == ["node-1", "node-2", "node-3"]
    # every step passes, or does not apply here (NodeLocal DNSCache is not deployed in this lab)
    assert all(s["status"] in ("pass", "skip") for n in healthy["nodes"] for s in n["steps"])
    assert any(s["status"] == "pass" for n in healthy["nodes"] for s in n["steps"])
    assert healthy["new"] == [] and healthy["resolved"] == []

    lab.break_("route-missing", "node-2")
    try:
        code, broken = sweep(lab, db)
    finally:
        lab.fix("route-missing")
    assert code == 1
    assert [(c["node"], c["step"]) for c in broken["new"]] == [("node-2", "routing")]

    code, fixed = sweep(lab, db)
    assert code == 0 and fixed["new"] == []
    assert [(c["node"], c["step"]) for c in fixed["resolved"]] == [("node-2", "routing")]


def test_a_node_that_cannot_be_reached_is_listed_and_the_sweep_completes(lab: Lab, tmp_path: Path) -> None:
    lab.break_("node-unreachable", "node-3")
    try:
        _, report = sweep(lab, tmp_path / "history.db")
    finally:
        lab.fix("node-unreachable")
    node3 = next(n for n in report["nodes"] if n["name"] == "node-3")
    # what needs the node's own outputs could not be checked (and says why); what the API alone tells (calico-node,
    # network-policy) may pass; nothing is called a problem for a node podnet could not see
    steps = {s["id"]: s for s in node3["steps"]}
    on_the_node = ("service-nat", "kube-proxy", "node-forwarding", "conntrack", "routing", "mtu", "tunnel-mode")
    assert all(steps[i]["status"] == "error" for i in on_the_node), {i: steps[i]["status"] for i in on_the_node}
    assert "fail" not in {s["status"] for s in node3["steps"]}
    assert "sshd is not listening" in steps["routing"]["summary"]
    others = [n for n in report["nodes"] if n["name"] != "node-3"]
    # the others are checked (a step that does not apply here, NodeLocal DNSCache, skips), none fails
    assert all(s["status"] in ("pass", "error", "skip") for n in others for s in n["steps"])
    assert any(s["status"] == "pass" for n in others for s in n["steps"])


def test_a_history_that_cannot_be_opened_still_shows_the_sweep(lab: Lab, tmp_path: Path) -> None:
    """The history is opened while the nodes are swept: a database that cannot be opened is reported after
    the results (exit 2, "nothing was stored"), not as a traceback, and without the URL's password."""
    secret = "s3cret-pw"
    proc = run_sweep(lab, f"postgresql+psycopg://podnet:{secret}@127.0.0.1:1/podnet")  # nothing listens on :1
    assert proc.returncode == 2, proc.stderr
    report = json.loads(proc.stdout)
    assert [n["name"] for n in report["nodes"]] == ["node-1", "node-2", "node-3"]
    assert report["new"] == [] and report["resolved"] == []
    assert "the sweep history could not be opened (OperationalError" in proc.stderr
    assert "nothing was stored" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert secret not in proc.stderr + proc.stdout
