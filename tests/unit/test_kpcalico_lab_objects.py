"""What the lab's API stand-in shows for the calico-node-not-ready fault (read by podnet's own reader):
calico-node not Ready with its restarts, and the kubelet's Unhealthy Event in its namespace."""

from __future__ import annotations

from typing import Any

import pytest

from checks.cluster.read import read_snapshot
from lab import profiles
from lab.apiserver.meta import ResourceKey
from lab.apiserver.objects import build_objects
from lab.model import ActiveFault


class ObjectsSource:
    """An ApiSource over the stand-in's objects: lists by path, as the stand-in serves them."""

    def __init__(self, objects: dict[ResourceKey, list[dict[str, Any]]]) -> None:
        self.objects = objects

    def get_text(self, path: str, query: dict[str, str] | None = None) -> str:
        from checks.errors import ApiStatus

        raise ApiStatus(404, "NotFound", f"{path}: no logs in this stand-in")

    def get(self, path: str, query: dict[str, str] | None = None) -> dict[str, Any]:
        from checks.errors import ApiStatus

        parts = path.strip("/").split("/")
        namespace = parts[parts.index("namespaces") + 1] if "namespaces" in parts[:-1] else None
        for key, items in self.objects.items():
            if parts[-1] == key.plural and (key.group in path or key.group == ""):
                found = [o for o in items if namespace is None or o["metadata"].get("namespace") == namespace]
                return {"items": found}
            if len(parts) >= 2 and parts[-2] == key.plural:
                obj = next((o for o in items if o["metadata"]["name"] == parts[-1]), None)
                if obj is not None and (namespace is None or obj["metadata"].get("namespace") == namespace):
                    return obj
        raise ApiStatus(404, "Not Found", f"not found: {path}")


@pytest.mark.parametrize("profile", ["manifest-vxlan", "operator-vxlan"])
def test_calico_node_not_ready_in_the_api(profile: str) -> None:
    model = profiles.build(profile, 3, None)
    pod = next(p for p in model.pods if p.node == "node-2" and p.labels.get("k8s-app") == "calico-node")
    assert pod.namespace == model.calico_namespace
    pod.ready, pod.restarts = False, 4
    model.faults.append(
        ActiveFault("calico-node-not-ready", "node-2", {"pod": pod.name, "since": "2026-12-01T10:00:00Z"})
    )
    snap = read_snapshot(ObjectsSource(build_objects(model)))
    seen = next(p for p in snap.pods if p.name == pod.name)
    assert (seen.ready, seen.restarts, seen.not_ready_reason) == (
        False,
        4,
        "ContainersNotReady: containers with unready status: [calico-node]",
    )
    assert [(e.pod, e.namespace, e.reason) for e in snap.calico_events] == [
        (pod.name, model.calico_namespace, "Unhealthy")
    ]
    assert "felix is not ready" in snap.calico_events[0].message
