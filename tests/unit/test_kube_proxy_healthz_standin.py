"""The lab's kube-proxy /healthz stand-in answers what the `kube-proxy` step's parser reads as kube-proxy's:
200 synced while no fault holds the node, 503 with the stopped sync's age while `kube-proxy-stale` does."""

from __future__ import annotations

import json
import time
from pathlib import Path

from checks.outputs.kube_proxy import parse_go_time, parse_healthz
from lab.standins.kube_proxy_healthz import body, go_time


def state(tmp_path: Path, faults: list[dict[str, object]]) -> Path:
    path = tmp_path / "state.json"
    path.write_text(json.dumps({"nodes": [{"name": "node-2"}], "faults": faults}))
    return path


def test_go_time_is_read_back_by_the_parser() -> None:
    text = go_time(1_764_583_361_573_018_211, 7_243_210_594_417)
    assert text == "2025-12-01 10:02:41.573018211 +0000 UTC m=+7243.210594417"
    parsed = parse_go_time(text)
    assert parsed is not None and parsed.timestamp() == 1_764_583_361.573018
    assert go_time(1_764_583_361_000_000_000, 5).endswith(":41 +0000 UTC m=+0.000000005")  # no ".0"


def test_synced_node_answers_200(tmp_path: Path) -> None:
    status, payload = body(state(tmp_path, []), "node-2")
    h = parse_healthz(payload.decode() + f"\n{status}")
    assert (h.status, h.recognised, h.sync_age, h.node_eligible) == (200, True, 0.0, True)


def test_stale_node_answers_503_with_its_age(tmp_path: Path) -> None:
    since = time.time_ns() - 300 * 1_000_000_000
    fault = {"name": "kube-proxy-stale", "node": "node-2", "detail": {"stopped_at_ns": since}}
    path = state(tmp_path, [fault])
    status, payload = body(path, "node-2")
    h = parse_healthz(payload.decode() + f"\n{status}")
    assert h.status == 503 and h.sync_age is not None and 299 < h.sync_age < 310
    other_status, _ = body(path, "node-3")
    assert other_status == 200
