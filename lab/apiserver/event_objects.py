"""Events the lab's API serves (calico-node step, helper kpcalico): the kubelet's `Unhealthy` Warning for
calico-node's failing readiness probe while the `calico-node-not-ready` fault holds a node, worded as
calico-node's probe words it (`calico-node -felix-ready` on a VXLAN install; `-bird-ready` too with BGP,
whose message the kubelet prefixes with confd's INFO line)."""

from __future__ import annotations

from lab.apiserver.meta import Obj, object_meta, uid
from lab.model import LabModel

FAULT = "calico-node-not-ready"


def probe_message(model: LabModel, node: str) -> str:
    if model.encapsulated:
        return "Readiness probe failed: calico/node is not ready: felix is not ready: readiness probe reporting 503"
    peers = ",".join(n.ip for n in model.nodes if n.name != node)
    return (
        "Readiness probe failed: 2026-12-01 10:00:00.000 [INFO][212] confd/health.go 180: Number of node(s) with "
        f"BGP peering established = 0\ncalico/node is not ready: BIRD is not ready: BGP not established with {peers}"
    )


def pod_events(model: LabModel) -> list[Obj]:
    out: list[Obj] = []
    for fault in model.faults:
        if fault.name != FAULT or "pod" not in fault.detail:
            continue
        pod = model.pod(fault.detail["pod"])
        since = fault.detail.get("since", model.created)
        name = f"{pod.name}.{uid('event', pod.name, since)[:16].replace('-', '')}"
        out.append(
            {
                "apiVersion": "v1",
                "kind": "Event",
                "metadata": object_meta("Event", name, since, pod.namespace),
                "involvedObject": {
                    "kind": "Pod",
                    "namespace": pod.namespace,
                    "name": pod.name,
                    "uid": uid("Pod", pod.namespace, pod.name),
                    "apiVersion": "v1",
                    "fieldPath": "spec.containers{calico-node}",
                },
                "reason": "Unhealthy",
                "message": probe_message(model, pod.node),
                "source": {"component": "kubelet", "host": pod.node},
                "firstTimestamp": since,
                "lastTimestamp": since,
                "count": int(fault.detail.get("probe_failures", 1)),
                "type": "Warning",
                "reportingComponent": "kubelet",
                "reportingInstance": pod.node,
            }
        )
    return out
