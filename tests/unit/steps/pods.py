"""Patches of the recorded cluster's pods and events for the kube-proxy and calico-node step tests: a pod's
state as the kubelet reports it (Ready condition, containerStatuses), and `Unhealthy` Events as the
kubelet records a failing probe (message text as calico-node's probe prints it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.unit.steps.builder import PODS_PATH, Objects, items

EVENTS_PATH = "/api/v1/namespaces/kube-system/events"
BIRD_NOT_READY = (
    "Readiness probe failed: 2026-12-01 10:01:12.108 [INFO][2207] confd/health.go 202: Number of node(s) with BGP "
    "peering established = 0\ncalico/node is not ready: BIRD is not ready: "
    "BGP not established with 10.41.1.21,10.41.1.23"
)


def pod_named(objects: Objects, app: str, node: str) -> dict[str, Any]:
    return next(
        p
        for p in items(objects, PODS_PATH)
        if p["spec"]["nodeName"] == node and p["metadata"]["labels"].get("k8s-app") == app
    )


def set_pod(
    app: str, node: str, *, ready: bool = True, restarts: int = 0, waiting: str | None = None
) -> Callable[[Objects], None]:
    """A patch: the `app` pod (k8s-app label) on `node` Ready or not, with restarts and a waiting reason."""

    def patch(objects: Objects) -> None:
        pod = pod_named(objects, app, node)
        status = pod["status"]
        for cond in status["conditions"]:
            if cond["type"] in ("Ready", "ContainersReady"):
                cond["status"] = "True" if ready else "False"
                if not ready:
                    cond["reason"] = "ContainersNotReady"
                    cond["message"] = f"containers with unready status: [{app}]"
        state: dict[str, Any] = {"running": {"startedAt": "2026-12-01T10:00:00Z"}}
        if waiting:
            state = {"waiting": {"reason": waiting, "message": "back-off 5m0s restarting failed container"}}
        status["containerStatuses"] = [
            {"name": app, "ready": ready, "restartCount": restarts, "started": not waiting, "state": state}
        ]

    return patch


def unhealthy_event(pod: str, message: str, count: int = 12, namespace: str = "kube-system") -> dict[str, Any]:
    return {
        "apiVersion": "v1",
        "kind": "Event",
        "metadata": {"name": f"{pod}.17e0c4b2a1f3d5e6", "namespace": namespace},
        "involvedObject": {
            "kind": "Pod",
            "namespace": namespace,
            "name": pod,
            "fieldPath": "spec.containers{calico-node}",
        },
        "reason": "Unhealthy",
        "message": message,
        "source": {"component": "kubelet", "host": "node-2"},
        "count": count,
        "firstTimestamp": "2026-12-01T09:40:02Z",
        "lastTimestamp": "2026-12-01T10:01:12Z",
        "type": "Warning",
    }


def add_events(*events: dict[str, Any]) -> Callable[[Objects], None]:
    def patch(objects: Objects) -> None:
        objects.setdefault(EVENTS_PATH, {"apiVersion": "v1", "kind": "EventList", "items": []})["items"].extend(events)

    return patch
