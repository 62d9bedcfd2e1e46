"""What the kube-proxy and calico-node steps read of pods beyond Ready: restarts, why a container waits,
why the pod is not Ready, and calico-node's `Unhealthy` Events (its readiness probe's own words:
`calico/node is not ready: BIRD is not ready: BGP not established with …`, `felix is not ready: …`).

Events need `list events` (deploy/README.md says why); a refused read goes into `unavailable` with the
API's reason, and the step says it could not read them; an API that serves no such list (404) is the
same as no events.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from checks.cluster.model import ClusterSnapshot, EventInfo

T = TypeVar("T")
EVENTS = "events"  # the key in `unavailable` (with the namespace: "events calico-system")


class _Reads(Protocol):
    snap: ClusterSnapshot

    def read(self, what: str, call: Callable[[], T], default: T) -> T: ...

    def items(self, path: str, query: dict[str, str] | None = None) -> list[dict[str, Any]]: ...


def pod_health(status: dict[str, Any]) -> dict[str, Any]:
    """restarts (all containers), waiting_reason (the first waiting container's: CrashLoopBackOff …),
    not_ready_reason (the Ready condition's reason and message, when it is not True)."""
    statuses = list(status.get("containerStatuses") or [])
    restarts = sum(int(s.get("restartCount") or 0) for s in statuses)
    waiting = next(
        (
            ((s.get("state") or {}).get("waiting") or {}).get("reason")
            for s in statuses
            if (s.get("state") or {}).get("waiting")
        ),
        None,
    )
    ready = next((c for c in status.get("conditions") or [] if c.get("type") == "Ready"), None)
    why = None
    if ready is not None and ready.get("status") != "True":
        why = ": ".join(str(v) for v in (ready.get("reason"), ready.get("message")) if v) or None
    return {"restarts": restarts, "waiting_reason": waiting, "not_ready_reason": why}


def read_calico_events(r: _Reads) -> None:
    """calico-node's probe failures: `Unhealthy` Events on its pods, in its namespace."""
    snap = r.snap
    ns = snap.calico.namespace
    if ns is None:
        return
    what = f"{EVENTS} {ns}"
    found: list[dict[str, Any]] | None = r.read(
        what, lambda: r.items(f"/api/v1/namespaces/{ns}/events", {"fieldSelector": "reason=Unhealthy"}), None
    )
    if snap.unavailable.get(what, "").startswith("not found"):
        del snap.unavailable[what]
    pods = {p.name for p in snap.pods if p.namespace == ns and p.labels.get("k8s-app") == "calico-node"}
    for ev in found or []:
        obj = ev.get("involvedObject") or ev.get("regarding") or {}
        if ev.get("reason") != "Unhealthy" or obj.get("kind") != "Pod" or obj.get("name") not in pods:
            continue
        series = ev.get("series") or {}
        snap.calico_events.append(
            EventInfo(
                ns,
                str(obj.get("name")),
                "Unhealthy",
                str(ev.get("message") or ev.get("note") or ""),
                int(ev.get("count") or series.get("count") or 1),
                ev.get("lastTimestamp") or series.get("lastObservedTime") or ev.get("eventTime"),
                str(ev.get("type") or "Warning"),
            )
        )
