"""What `coredns-health` reads of CoreDNS through the API: its Corefile (the `coredns` ConfigMap in
CoreDNS's namespace, by name) and its pods' recent log (the read-only `pods/log` subresource, bounded:
the last 200 lines of the last 10 minutes), in CoreDNS's namespace only — the RBAC in `deploy/` grants
no more (a Role in that namespace).

A refused or failed log read never stops the diagnosis: it is recorded in `unavailable` under
`pods/log NAMESPACE` with the API's reason, and the step says it could not read the log.
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


def read_coredns(r: _Reader) -> None:
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
    for pod in sorted(pods, key=lambda p: p.name)[:MAX_PODS]:
        try:
            snap.coredns_logs[pod.name] = r.source.get_text(f"/api/v1/namespaces/{ns}/pods/{pod.name}/log", LOG_QUERY)
        except ApiStatus as err:
            if err.status == 404:
                continue  # the pod went away since the listing
            kind = {401: "unauthorized", 403: "forbidden"}.get(err.status, f"HTTP {err.status}")
            snap.unavailable[log_key(ns)] = f"{kind}: {err.message}"
            if err.status in (401, 403):
                return  # the same answer for every pod of the namespace
