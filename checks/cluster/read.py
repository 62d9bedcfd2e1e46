"""Everything the ladder reads from the Kubernetes API, read once per diagnosis and typed.

The reading is written against `ApiSource`, one method: GET a REST path, get the decoded JSON. The
kubernetes client is one source (`checks.cluster.kube`), recorded API objects another
(`checks.cluster.memory`), so what podnet makes of the API's objects is tested without a cluster.

Each read is independent: a 401/403 on one resource (say, Calico's CRDs) or a 404 is recorded in
`unavailable` with the API's own message, and the steps that needed it say they could not check; only
an API that cannot be reached at all stops the diagnosis (ApiUnavailable), and so does a refused node
list (Forbidden): without nodes nothing can be checked.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from checks.cluster.coredns_read import read_coredns
from checks.cluster.model import (
    BlockInfo,
    CalicoInstall,
    ClusterSnapshot,
    EndpointInfo,
    FelixInfo,
    IpPoolInfo,
    NodeInfo,
    PodInfo,
    ServiceInfo,
    ServicePortInfo,
)
from checks.cluster.pod_health import pod_health, read_calico_events  # kube-proxy / calico-node steps (kpcalico)
from checks.cluster.read_dns import NODE_LOCAL_DNS_CONFIGMAP, node_local_dns, pod_dns
from checks.cluster.read_policy import read_policies
from checks.errors import ApiStatus, ApiUnavailable, Forbidden

CALICO_GROUP, CALICO_VERSION = "crd.projectcalico.org", "v1"
T = TypeVar("T")


class ApiSource(Protocol):
    def get(self, path: str, query: dict[str, str] | None = None) -> dict[str, Any]:
        """The JSON object at `path`. Raises ApiStatus for an HTTP error status, ApiUnavailable when the
        API cannot be reached or answers something that is not JSON."""
        ...

    def get_text(self, path: str, query: dict[str, str] | None = None) -> str:
        """The text body at `path` (a pod's log: `pods/NAME/log`, text/plain). Raises as `get` does."""
        ...


class Cluster:
    """A `ClusterReader` over any ApiSource."""

    def __init__(self, source: ApiSource) -> None:
        self.source = source

    def snapshot(self) -> ClusterSnapshot:
        return read_snapshot(self.source)

    def node_names(self) -> list[str]:
        reader = _Reader(self.source, ClusterSnapshot())
        nodes = reader.listing("nodes", "/api/v1/nodes")
        return [str((n.get("metadata") or {}).get("name", "")) for n in nodes]


class _Reader:
    """Wraps each API read: 401/403/404 → recorded as unavailable (the node list's refusal raises)."""

    def __init__(self, source: ApiSource, snapshot: ClusterSnapshot) -> None:
        self.source = source
        self.snap = snapshot

    def get(self, path: str, query: dict[str, str] | None = None) -> dict[str, Any]:
        return self.source.get(path, query)

    def items(self, path: str, query: dict[str, str] | None = None) -> list[dict[str, Any]]:
        return list(self.get(path, query).get("items") or [])

    def listing(self, what: str, path: str) -> list[dict[str, Any]]:
        """The items of a collection; none when it could not be read (recorded as unavailable)."""
        empty: list[dict[str, Any]] = []
        return self.read(what, lambda: self.items(path), empty)

    def read(self, what: str, call: Callable[[], T], default: T) -> T:
        try:
            return call()
        except ApiStatus as err:
            if err.status in (401, 403):
                reason = f"{'forbidden' if err.status == 403 else 'unauthorized'}: {err.message}"
                self.snap.unavailable[what] = reason
                if what == "nodes":
                    raise Forbidden(reason) from err
                return default
            if err.status == 404:
                self.snap.unavailable[what] = f"not found: {err.message}"
                return default
            raise ApiUnavailable(f"the Kubernetes API answered {err.status} reading {what}: {err.reason}") from err


def _owner(meta: dict[str, Any]) -> str | None:
    refs = meta.get("ownerReferences") or []
    ref = next((o for o in refs if o.get("controller")), refs[0] if refs else None)
    return f"{ref.get('kind')}/{ref.get('name')}" if ref else None


def _ready(conditions: list[dict[str, Any]] | None) -> bool:
    return any(c.get("type") == "Ready" and c.get("status") == "True" for c in conditions or [])


def _container_status(status: dict[str, Any]) -> dict[str, Any]:
    """PodInfo's container fields (coredns-health): restarts summed; the waiting reason and last
    termination of the first container that has one."""
    containers = status.get("containerStatuses") or []
    out: dict[str, Any] = {"restarts": sum(int(c.get("restartCount") or 0) for c in containers)}
    for c in containers:
        waiting = (c.get("state") or {}).get("waiting") or {}
        if waiting.get("reason") and "waiting_reason" not in out:
            out["waiting_reason"] = str(waiting["reason"])
        last = (c.get("lastState") or {}).get("terminated") or {}
        if last and "last_terminated_reason" not in out:
            out["last_terminated_reason"] = last.get("reason")
            out["last_exit_code"] = _int(last.get("exitCode"))
            out["last_terminated_at"] = last.get("finishedAt")
    return out


def read_snapshot(source: ApiSource) -> ClusterSnapshot:
    snap = ClusterSnapshot()
    r = _Reader(source, snap)
    pod_specs: dict[tuple[str, str], dict[str, Any]] = {}  # network-policy: container ports, service account
    pod_objects: dict[tuple[str, str], dict[str, Any]] = {}  # coredns-health: the log's container, whether it ran
    for n in r.listing("nodes", "/api/v1/nodes"):
        meta, status = n.get("metadata") or {}, n.get("status") or {}
        ann = meta.get("annotations") or {}
        internal = next(
            (a.get("address") for a in status.get("addresses") or [] if a.get("type") == "InternalIP"), None
        )
        snap.nodes.append(
            NodeInfo(
                meta.get("name", ""),
                internal,
                ann.get("projectcalico.org/IPv4Address"),
                ann.get("projectcalico.org/IPv4VXLANTunnelAddr"),
                ann.get("projectcalico.org/IPv4IPIPTunnelAddr"),
                _ready(status.get("conditions")),
            )
        )
    for p in r.listing("pods", "/api/v1/pods"):
        meta, spec, status = p.get("metadata") or {}, p.get("spec") or {}, p.get("status") or {}
        pod_specs[(meta.get("namespace", ""), meta.get("name", ""))] = spec
        pod_objects[(meta.get("namespace", ""), meta.get("name", ""))] = p
        dns_policy, dns_config = pod_dns(spec)
        snap.pods.append(
            PodInfo(
                meta.get("namespace", ""),
                meta.get("name", ""),
                spec.get("nodeName"),
                status.get("podIP"),
                dict(meta.get("labels") or {}),
                _ready(status.get("conditions")),
                bool(spec.get("hostNetwork")),
                _owner(meta),
                # the containers' status: restarts and waiting reason (both), the Ready condition's reason
                # (kube-proxy, calico-node), the last termination (coredns-health)
                **{**_container_status(status), **pod_health(status)},
                dns_policy=dns_policy,  # client-resolver: spec.dnsPolicy and spec.dnsConfig
                dns_config=dns_config,
            )
        )
    for s in r.listing("services", "/api/v1/services"):
        meta, spec = s.get("metadata") or {}, s.get("spec") or {}
        ports = tuple(
            ServicePortInfo(pt.get("name") or "", pt.get("protocol") or "TCP", int(pt.get("port", 0)))
            for pt in spec.get("ports") or []
        )
        snap.services.append(
            ServiceInfo(
                meta.get("namespace", ""),
                meta.get("name", ""),
                spec.get("clusterIP"),
                ports,
                dict(spec.get("selector") or {}),
                dict(meta.get("labels") or {}),
            )
        )
    snap.dns_service = find_dns_service(snap.services)
    if snap.dns_service is not None:
        snap.dns_endpoints = _dns_endpoints(r, snap.dns_service)
    _read_kube_proxy(r)
    _read_calico(r)
    read_calico_events(r)  # calico-node step (kpcalico)
    read_coredns(r, pod_objects)  # coredns-health: the Corefile and CoreDNS's recent log
    read_policies(snap, r.listing, pod_specs)  # network-policy step
    _read_node_local_dns(r)
    return snap


def _read_node_local_dns(r: _Reader) -> None:
    """node-local-dns: NodeLocal DNSCache's ConfigMap; none (a 404) means it is not deployed."""
    cm: dict[str, Any] | None = r.read(
        NODE_LOCAL_DNS_CONFIGMAP,
        lambda: r.get("/api/v1/namespaces/kube-system/configmaps/node-local-dns"),
        None,
    )
    if cm is not None:
        r.snap.node_local_dns = node_local_dns(cm)
    elif r.snap.unavailable.get(NODE_LOCAL_DNS_CONFIGMAP, "").startswith("not found"):
        del r.snap.unavailable[NODE_LOCAL_DNS_CONFIGMAP]


def find_dns_service(services: list[ServiceInfo]) -> ServiceInfo | None:
    """The cluster DNS Service, found by its labels (kube-dns or CoreDNS), kube-system first."""

    def score(s: ServiceInfo) -> tuple[int, int]:
        labelled = s.labels.get("k8s-app") in ("kube-dns", "coredns") or s.labels.get("kubernetes.io/name") in (
            "CoreDNS",
            "KubeDNS",
        )
        named = s.name in ("kube-dns", "coredns", "rke2-coredns-rke2-coredns")
        dns_port = any(p.port == 53 for p in s.ports)
        return (int(labelled) * 2 + int(named) + int(dns_port), int(s.namespace == "kube-system"))

    candidates = [s for s in services if any(p.port == 53 for p in s.ports) and score(s)[0] >= 2]
    return max(candidates, key=score) if candidates else None


def _dns_endpoints(r: _Reader, svc: ServiceInfo) -> list[EndpointInfo]:
    slices: list[dict[str, Any]] | None = r.read(
        "endpointslices",
        lambda: r.items(
            f"/apis/discovery.k8s.io/v1/namespaces/{svc.namespace}/endpointslices",
            {"labelSelector": f"kubernetes.io/service-name={svc.name}"},
        ),
        None,
    )
    out: list[EndpointInfo] = []
    if slices is not None:
        for sl in slices:
            for ep in sl.get("endpoints") or []:
                ready = (ep.get("conditions") or {}).get("ready") is not False
                pod = (ep.get("targetRef") or {}).get("name")
                out += [EndpointInfo(a, ep.get("nodeName"), pod, ready) for a in ep.get("addresses") or []]
        return out
    eps: dict[str, Any] | None = r.read(
        "endpoints", lambda: r.get(f"/api/v1/namespaces/{svc.namespace}/endpoints/{svc.name}"), None
    )
    for subset in (eps or {}).get("subsets") or []:
        for key, ready in (("addresses", True), ("notReadyAddresses", False)):
            for a in subset.get(key) or []:
                out.append(
                    EndpointInfo(a.get("ip", ""), a.get("nodeName"), (a.get("targetRef") or {}).get("name"), ready)
                )
    return out


def _read_kube_proxy(r: _Reader) -> None:
    cm: dict[str, Any] | None = r.read(
        "configmap kube-system/kube-proxy", lambda: r.get("/api/v1/namespaces/kube-system/configmaps/kube-proxy"), None
    )
    if cm is None:
        return
    for text in (cm.get("data") or {}).values():
        for line in text.splitlines():
            if line.startswith("mode:"):
                mode = line.split(":", 1)[1].strip().strip("\"'")
                r.snap.kube_proxy_mode = mode or "iptables"  # empty mode means iptables on Linux
                return


def _int(value: Any) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def _read_calico(r: _Reader) -> None:
    snap = r.snap

    def crd_list(plural: str) -> list[dict[str, Any]]:
        return r.listing(f"{plural}.{CALICO_GROUP}", f"/apis/{CALICO_GROUP}/{CALICO_VERSION}/{plural}")

    for pool in crd_list("ippools"):
        spec = pool.get("spec", {})
        snap.pools.append(
            IpPoolInfo(
                pool["metadata"]["name"],
                spec.get("cidr", ""),
                spec.get("ipipMode") or "Never",
                spec.get("vxlanMode") or "Never",
                int(spec.get("blockSize", 26)),
            )
        )
    for fc in crd_list("felixconfigurations"):
        spec = fc.get("spec", {})
        snap.felix[fc["metadata"]["name"]] = FelixInfo(
            fc["metadata"]["name"],
            spec.get("vxlanEnabled"),
            spec.get("ipipEnabled"),
            _int(spec.get("vxlanMTU", spec.get("vxlanMtu"))) or None,  # 0: auto-detected
            _int(spec.get("ipipMTU", spec.get("ipipMtu"))) or None,
            spec.get("wireguardEnabled"),
            spec.get("bpfEnabled"),
            feature_detect_override=spec.get("featureDetectOverride"),  # kernel-gso's VXLAN check
        )
    for block in crd_list("ipamblocks"):
        spec = block.get("spec", {})
        affinity = spec.get("affinity") or ""
        snap.blocks.append(BlockInfo(spec.get("cidr", ""), affinity[5:] if affinity.startswith("host:") else None))
    _read_install(r)


CALICO_NODE = "daemonset calico-node"  # keys in `unavailable`
CALICO_CONFIG = "configmap calico-config"
INSTALLATION = "installations.operator.tigera.io"


def _read_install(r: _Reader) -> None:
    """Where calico-node runs (its pods, by label, wherever they are), its settings, and the operator's
    Installation when there is one. A manifest install has no Installation (a 404 is no failure), an
    operator install no calico-config ConfigMap (not read)."""
    snap = r.snap
    pods = [p for p in snap.pods if p.labels.get("k8s-app") == "calico-node"]
    namespace = pods[0].namespace if pods else None
    owner = next((p.owner for p in pods if p.owner and p.owner.startswith("DaemonSet/")), None)
    daemonset = owner.split("/", 1)[1] if owner else ("calico-node" if pods else None)
    installation: dict[str, Any] | None = r.read(
        INSTALLATION, lambda: r.get("/apis/operator.tigera.io/v1/installations/default"), None
    )
    network = ((installation or {}).get("spec") or {}).get("calicoNetwork") or {}
    detection = network.get("nodeAddressAutodetectionV4") or {}
    snap.calico = CalicoInstall(
        "operator" if installation is not None else ("manifest" if pods else "unknown"),
        namespace or ("calico-system" if installation is not None else None),
        daemonset or ("calico-node" if installation is not None else None),
        _int(network.get("mtu")) or None,
        network.get("linuxDataplane"),
        ", ".join(f"{k}={v}" for k, v in sorted(detection.items())) or None,
    )
    if snap.unavailable.get(INSTALLATION, "").startswith("not found"):
        del snap.unavailable[INSTALLATION]  # no operator: a manifest install (its pools are IPPools either way)
    if snap.calico.namespace is None:
        return
    ns, name = snap.calico.namespace, snap.calico.daemonset
    ds: dict[str, Any] | None = r.read(
        CALICO_NODE, lambda: r.get(f"/apis/apps/v1/namespaces/{ns}/daemonsets/{name}"), None
    )
    pod_spec = (((ds or {}).get("spec") or {}).get("template") or {}).get("spec") or {}
    for container in pod_spec.get("containers") or []:
        if container.get("name") == "calico-node":
            snap.calico_env = {e["name"]: e["value"] for e in container.get("env") or [] if e.get("value") is not None}
    if snap.calico.kind != "manifest":
        return
    cm: dict[str, Any] | None = r.read(
        CALICO_CONFIG, lambda: r.get(f"/api/v1/namespaces/{ns}/configmaps/calico-config"), None
    )
    if cm is not None:
        snap.veth_mtu = _int((cm.get("data") or {}).get("veth_mtu")) or None  # "0": auto-detected
    elif snap.unavailable.get(CALICO_CONFIG, "").startswith("not found"):
        del snap.unavailable[CALICO_CONFIG]  # no calico-config: the MTU is auto-detected
