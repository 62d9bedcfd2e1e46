"""The API surface the stand-in serves: resource types for discovery, and their table columns for
`kubectl get` (server-side printing, `meta.k8s.io/v1` Table), with kubectl's usual columns."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from lab.apiserver.meta import Obj, ResourceKey

VERBS = ["get", "list"]


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    cell: Callable[[Obj], Any]
    priority: int = 0
    format: str = ""


def _age(obj: Obj) -> str:
    created = datetime.fromisoformat(obj["metadata"]["creationTimestamp"].replace("Z", "+00:00"))
    seconds = int((datetime.now(UTC) - created).total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size * 2:
            return f"{seconds // size}{unit}"
    return f"{max(seconds, 0)}s"


def _node_status(obj: Obj) -> str:
    ready = next((c for c in obj["status"]["conditions"] if c["type"] == "Ready"), None)
    return "Ready" if ready and ready["status"] == "True" else "NotReady"


def _roles(obj: Obj) -> str:
    roles = [k.split("/", 1)[1] for k in obj["metadata"].get("labels", {}) if k.startswith("node-role.kubernetes.io/")]
    return ",".join(sorted(roles)) or "<none>"


def _pod_ready(obj: Obj) -> str:
    statuses = obj["status"].get("containerStatuses", [])
    return f"{sum(1 for s in statuses if s['ready'])}/{len(obj['spec']['containers'])}"


def _ports(obj: Obj) -> str:
    return ",".join(f"{p['port']}/{p['protocol']}" for p in obj["spec"].get("ports", [])) or "<none>"


def _endpoints(obj: Obj) -> str:
    addrs = [
        f"{a['ip']}:{p['port']}"
        for s in obj.get("subsets", [])
        for a in s.get("addresses", [])
        for p in s.get("ports", [])
    ]
    return ",".join(addrs[:3]) + (f" + {len(addrs) - 3} more..." if len(addrs) > 3 else "") or "<none>"


def _pod_selector(obj: Obj) -> str:
    """kubectl's Pod-Selector column: matchLabels as k=v, `<none>` for {} (every pod)."""
    labels = (obj["spec"].get("podSelector") or {}).get("matchLabels") or {}
    return ",".join(f"{k}={v}" for k, v in sorted(labels.items())) or "<none>"


NAME = Column("Name", "string", lambda o: o["metadata"]["name"], format="name")
AGE = Column("Age", "string", _age)


@dataclass(frozen=True)
class ResourceType:
    key: ResourceKey
    kind: str
    namespaced: bool
    short_names: tuple[str, ...] = ()
    singular: str = ""
    columns: tuple[Column, ...] = field(default=(NAME, AGE))
    optional: bool = False  # a CRD that only some installs have: served only when the lab holds such objects

    @property
    def group_version(self) -> str:
        return f"{self.key.group}/{self.key.version}" if self.key.group else self.key.version

    def discovery(self) -> Obj:
        out: Obj = {
            "name": self.key.plural,
            "singularName": self.singular or self.kind.lower(),
            "namespaced": self.namespaced,
            "kind": self.kind,
            "verbs": VERBS,
        }
        if self.short_names:
            out["shortNames"] = list(self.short_names)
        return out


def _rt(
    group: str,
    version: str,
    plural: str,
    kind: str,
    namespaced: bool,
    short: tuple[str, ...] = (),
    columns: tuple[Column, ...] = (NAME, AGE),
) -> ResourceType:
    return ResourceType(ResourceKey(group, version, plural), kind, namespaced, short, columns=columns)


RESOURCE_TYPES: tuple[ResourceType, ...] = (
    _rt(
        "",
        "v1",
        "namespaces",
        "Namespace",
        False,
        ("ns",),
        (NAME, Column("Status", "string", lambda o: o["status"]["phase"]), AGE),
    ),
    _rt(
        "",
        "v1",
        "nodes",
        "Node",
        False,
        ("no",),
        (
            NAME,
            Column("Status", "string", _node_status),
            Column("Roles", "string", _roles),
            AGE,
            Column("Version", "string", lambda o: o["status"]["nodeInfo"]["kubeletVersion"]),
            Column("Internal-IP", "string", lambda o: o["status"]["addresses"][0]["address"], priority=1),
            Column("OS-Image", "string", lambda o: o["status"]["nodeInfo"]["osImage"], priority=1),
            Column("Kernel-Version", "string", lambda o: o["status"]["nodeInfo"]["kernelVersion"], priority=1),
        ),
    ),
    _rt(
        "",
        "v1",
        "pods",
        "Pod",
        True,
        ("po",),
        (
            NAME,
            Column("Ready", "string", _pod_ready),
            Column("Status", "string", lambda o: o["status"]["phase"]),
            Column("Restarts", "string", lambda o: str(o["status"]["containerStatuses"][0]["restartCount"])),
            AGE,
            Column("IP", "string", lambda o: o["status"].get("podIP", "<none>"), priority=1),
            Column("Node", "string", lambda o: o["spec"].get("nodeName", "<none>"), priority=1),
        ),
    ),
    _rt(
        "",
        "v1",
        "services",
        "Service",
        True,
        ("svc",),
        (
            NAME,
            Column("Type", "string", lambda o: o["spec"]["type"]),
            Column("Cluster-IP", "string", lambda o: o["spec"]["clusterIP"]),
            Column("External-IP", "string", lambda o: "<none>"),
            Column("Port(s)", "string", _ports),
            AGE,
            Column(
                "Selector",
                "string",
                lambda o: ",".join(f"{k}={v}" for k, v in o["spec"].get("selector", {}).items()) or "<none>",
                priority=1,
            ),
        ),
    ),
    _rt("", "v1", "endpoints", "Endpoints", True, ("ep",), (NAME, Column("Endpoints", "string", _endpoints), AGE)),
    _rt(
        "",
        "v1",
        "configmaps",
        "ConfigMap",
        True,
        ("cm",),
        (NAME, Column("Data", "integer", lambda o: len(o.get("data", {}))), AGE),
    ),
    _rt(
        "",
        "v1",
        "secrets",
        "Secret",
        True,
        (),
        (
            NAME,
            Column("Type", "string", lambda o: o["type"]),
            Column("Data", "integer", lambda o: len(o.get("data", {}))),
            AGE,
        ),
    ),
    _rt(
        "discovery.k8s.io",
        "v1",
        "endpointslices",
        "EndpointSlice",
        True,
        (),
        (
            NAME,
            Column("AddressType", "string", lambda o: o["addressType"]),
            Column("Ports", "string", lambda o: ",".join(str(p["port"]) for p in o.get("ports", [])) or "<unset>"),
            Column(
                "Endpoints",
                "string",
                lambda o: ",".join(a for e in o["endpoints"] for a in e["addresses"]) or "<unset>",
            ),
            AGE,
        ),
    ),
    _rt(
        "apps",
        "v1",
        "daemonsets",
        "DaemonSet",
        True,
        ("ds",),
        (
            NAME,
            Column("Desired", "integer", lambda o: o["status"]["desiredNumberScheduled"]),
            Column("Current", "integer", lambda o: o["status"]["currentNumberScheduled"]),
            Column("Ready", "integer", lambda o: o["status"]["numberReady"]),
            AGE,
        ),
    ),
    _rt(
        "apps",
        "v1",
        "deployments",
        "Deployment",
        True,
        ("deploy",),
        (
            NAME,
            Column("Ready", "string", lambda o: f"{o['status']['readyReplicas']}/{o['spec']['replicas']}"),
            Column("Up-to-date", "integer", lambda o: o["status"]["updatedReplicas"]),
            Column("Available", "integer", lambda o: o["status"]["availableReplicas"]),
            AGE,
        ),
    ),
    _rt("crd.projectcalico.org", "v1", "felixconfigurations", "FelixConfiguration", False),
    _rt("crd.projectcalico.org", "v1", "ippools", "IPPool", False),
    _rt("crd.projectcalico.org", "v1", "blockaffinities", "BlockAffinity", False),
    _rt("crd.projectcalico.org", "v1", "ipamblocks", "IPAMBlock", False),
    ResourceType(ResourceKey("operator.tigera.io", "v1", "installations"), "Installation", False, optional=True),
    # network-policy step
    _rt(
        "networking.k8s.io",
        "v1",
        "networkpolicies",
        "NetworkPolicy",
        True,
        ("netpol",),
        (NAME, Column("Pod-Selector", "string", _pod_selector), AGE),
    ),
    _rt("crd.projectcalico.org", "v1", "networkpolicies", "NetworkPolicy", True),
    _rt("crd.projectcalico.org", "v1", "globalnetworkpolicies", "GlobalNetworkPolicy", False),
)

BY_KEY = {rt.key: rt for rt in RESOURCE_TYPES}


def served(present: Collection[ResourceKey]) -> list[ResourceType]:
    """The resource types this lab serves: all but the optional CRDs its install does not have."""
    return [rt for rt in RESOURCE_TYPES if not rt.optional or rt.key in present]


def groups(present: Collection[ResourceKey] | None = None) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for rt in RESOURCE_TYPES if present is None else served(present):
        versions = out.setdefault(rt.key.group, [])
        if rt.key.version not in versions:
            versions.append(rt.key.version)
    return out


def find(group: str, version: str, plural: str) -> ResourceType | None:
    return BY_KEY.get(ResourceKey(group, version, plural))
