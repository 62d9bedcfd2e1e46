"""What `coredns-health` reads of CoreDNS through the API: its Corefile (the `coredns` ConfigMap in
CoreDNS's namespace, by name) and its pods' recent log (the read-only `pods/log` subresource, bounded:
the last 200 lines of the last 10 minutes), in CoreDNS's namespace only — the RBAC in `deploy/` grants
no more (a Role in that namespace).

The log read is CoreDNS's own container's (`container=`: the one exposing port 53 in the pod spec, a
pod may run sidecars); a pod whose container has not run yet (Pending, ContainerCreating) has no log and
is skipped. A refused or failed log read never stops the diagnosis: it is recorded in `unavailable`
under `pods/log NAMESPACE` with the API's reason, and the step says it could not read the log (a warning
when other pods' logs were read).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from checks.errors import ApiStatus

if TYPE_CHECKING:
    from checks.cluster.read import _Reader

COREFILE_CONFIGMAP = "coredns"
LOG_QUERY = {"tailLines": "200", "sinceSeconds": "600"}
MAX_PODS = 6  # logs read per diagnosis: a cluster may run many replicas; a few show what they all say


def corefile_key(namespace: str) -> str:
    """The key in `unavailable` when the Corefile could not be read."""
    return f"configmap {namespace}/{COREFILE_CONFIGMAP}"


def log_key(namespace: str) -> str:
    return f"pods/log {namespace}"


def dns_container(spec: dict[str, Any]) -> str | None:
    """CoreDNS's container in a pod spec: the one exposing port 53, else one named coredns, else the only one."""
    containers = [c for c in spec.get("containers") or [] if c.get("name")]
    for c in containers:
        if any(str(p.get("containerPort")) == "53" for p in c.get("ports") or []):
            return str(c["name"])
    if any(c["name"] == "coredns" for c in containers):
        return "coredns"
    return str(containers[0]["name"]) if len(containers) == 1 else None


def has_run(status: dict[str, Any], container: str | None) -> bool:
    """Whether the container has a log: running, exited, or restarted (a crash loop's last run); not a
    Pending pod or a container still being created."""
    if status.get("phase") == "Pending":
        return False
    found = [s for s in status.get("containerStatuses") or [] if container is None or s.get("name") == container]
    if not found:
        return True  # no status recorded: try the read
    state, last = found[0].get("state") or {}, found[0].get("lastState") or {}
    return "running" in state or "terminated" in state or bool(last.get("terminated"))


def read_coredns(r: _Reader, pod_objects: dict[tuple[str, str], dict[str, Any]] | None = None) -> None:
    snap = r.snap
    dns = snap.dns_service
    if dns is None:
        return
    ns = dns.namespace
    cm: dict[str, Any] | None = r.read(
        corefile_key(ns), lambda: r.get(f"/api/v1/namespaces/{ns}/configmaps/{COREFILE_CONFIGMAP}"), None
    )
    if cm is not None:
        snap.corefile = str((cm.get("data") or {}).get("Corefile") or "")
    selector = dns.selector
    pods = [
        p
        for p in snap.pods
        if p.namespace == ns and selector and all(p.labels.get(k) == v for k, v in selector.items())
    ]
    raw = pod_objects or {}
    running = []
    for pod in sorted(pods, key=lambda p: p.name):
        obj = raw.get((ns, pod.name)) or {}
        container = dns_container(obj.get("spec") or {})
        if has_run(obj.get("status") or {}, container):
            running.append((pod, container))
    for pod, container in running[:MAX_PODS]:
        query = {**LOG_QUERY, "container": container} if container else LOG_QUERY
        try:
            snap.coredns_logs[pod.name] = r.source.get_text(f"/api/v1/namespaces/{ns}/pods/{pod.name}/log", query)
        except ApiStatus as err:
            if err.status == 404:
                continue  # the pod went away since the listing
            kind = {401: "unauthorized", 403: "forbidden"}.get(err.status, f"HTTP {err.status}")
            snap.unavailable[log_key(ns)] = f"{kind}: {pod.name}: {err.message}"
            if err.status in (401, 403):
                return  # the same answer for every pod of the namespace
