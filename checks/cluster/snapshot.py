"""Everything the ladder reads from the Kubernetes API, read once per diagnosis and typed.

Each read is independent: a 403 on one resource (say, Calico's CRDs) is recorded in `unavailable` with
the API's own message, and the steps that needed it say they could not check; only an API that cannot
be reached at all stops the diagnosis. Every call carries `_request_timeout` (the client otherwise
waits forever on an unreachable API).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import urllib3
from kubernetes import client, config
from kubernetes.client.exceptions import ApiException
from kubernetes.config.config_exception import ConfigException

from checks.errors import ApiUnavailable, Forbidden

REQUEST_TIMEOUT = (5, 15)  # connect, read (seconds)
CALICO_GROUP, CALICO_VERSION = "crd.projectcalico.org", "v1"


@dataclass(frozen=True)
class NodeInfo:
    name: str
    internal_ip: str | None
    calico_address: str | None  # projectcalico.org/IPv4Address, "ip/prefix"
    vxlan_tunnel: str | None  # projectcalico.org/IPv4VXLANTunnelAddr
    ipip_tunnel: str | None  # projectcalico.org/IPv4IPIPTunnelAddr
    ready: bool

    @property
    def calico_ip(self) -> str | None:
        return self.calico_address.split("/")[0] if self.calico_address else None


@dataclass(frozen=True)
class PodInfo:
    namespace: str
    name: str
    node: str | None
    ip: str | None
    labels: dict[str, str]
    ready: bool
    host_network: bool


@dataclass(frozen=True)
class ServicePortInfo:
    name: str
    protocol: str
    port: int


@dataclass(frozen=True)
class ServiceInfo:
    namespace: str
    name: str
    cluster_ip: str | None
    ports: tuple[ServicePortInfo, ...]
    selector: dict[str, str]
    labels: dict[str, str]


@dataclass(frozen=True)
class EndpointInfo:
    ip: str
    node: str | None
    pod: str | None
    ready: bool


@dataclass(frozen=True)
class IpPoolInfo:
    name: str
    cidr: str
    ipip_mode: str
    vxlan_mode: str
    block_size: int


@dataclass(frozen=True)
class FelixInfo:
    name: str
    vxlan_enabled: bool | None
    ipip_enabled: bool | None
    vxlan_mtu: int | None
    ipip_mtu: int | None


@dataclass(frozen=True)
class BlockInfo:
    cidr: str
    node: str | None


@dataclass
class ClusterSnapshot:
    nodes: list[NodeInfo] = field(default_factory=list)
    pods: list[PodInfo] = field(default_factory=list)
    services: list[ServiceInfo] = field(default_factory=list)
    dns_service: ServiceInfo | None = None
    dns_endpoints: list[EndpointInfo] = field(default_factory=list)
    kube_proxy_mode: str | None = None
    pools: list[IpPoolInfo] = field(default_factory=list)
    felix: dict[str, FelixInfo] = field(default_factory=dict)
    calico_env: dict[str, str] = field(default_factory=dict)
    veth_mtu: int | None = None
    blocks: list[BlockInfo] = field(default_factory=list)
    unavailable: dict[str, str] = field(default_factory=dict)  # what -> why

    def node(self, name: str) -> NodeInfo | None:
        return next((n for n in self.nodes if n.name == name), None)

    def felix_for(self, node: str) -> FelixInfo | None:
        """The node's effective FelixConfiguration: `node.<name>` over `default`, field by field."""
        default, own = self.felix.get("default"), self.felix.get(f"node.{node}")
        if default is None and own is None:
            return None

        def pick(attr: str) -> Any:
            value = getattr(own, attr, None) if own else None
            return value if value is not None else getattr(default, attr, None)

        return FelixInfo(
            f"node.{node}" if own else "default",
            pick("vxlan_enabled"),
            pick("ipip_enabled"),
            pick("vxlan_mtu"),
            pick("ipip_mtu"),
        )


DEFAULT_KUBECONFIG = "~/.kube/config"


def load_api_client(kubeconfig: str | None = None, *, in_cluster: bool = False) -> client.ApiClient:
    """A client from `kubeconfig` (a path, or several joined by ':' as in KUBECONFIG; default
    ~/.kube/config), or from the pod's service account when `in_cluster` and no kubeconfig is given.
    The caller decides both (bot/settings.py reads KUBECONFIG and KUBERNETES_SERVICE_HOST)."""
    try:
        if kubeconfig or not in_cluster:
            return config.new_client_from_config(config_file=kubeconfig or DEFAULT_KUBECONFIG)
        cfg = client.Configuration()
        config.load_incluster_config(client_configuration=cfg)
        return client.ApiClient(cfg)
    except (ConfigException, OSError, TypeError) as err:
        raise ApiUnavailable(f"no usable Kubernetes credentials: {err}") from err


def _status_message(err: ApiException) -> str:
    try:
        return str(json.loads(err.body or "{}").get("message") or err.reason)
    except ValueError:
        return str(err.reason)


class Reader:
    """Wraps each API read: 403 → recorded as unavailable; connection trouble → ApiUnavailable.

    Reads are plain GETs of the REST paths, decoded as JSON dicts: the client's generated API classes
    (CoreV1Api alone is a 30,000-line module) and typed models cost about a second of start-up in every
    CLI run, for objects of which podnet reads a handful of fields."""

    def __init__(self, api: client.ApiClient, snapshot: ClusterSnapshot) -> None:
        self.api = api
        self.snap = snapshot

    def get(self, path: str, query: dict[str, str] | None = None, timeout: Any = REQUEST_TIMEOUT) -> dict[str, Any]:
        method, url, headers, _, _ = self.api.param_serialize(
            method="GET",
            resource_path=path,
            query_params=list((query or {}).items()),
            header_params={"Accept": "application/json"},
            auth_settings=["BearerToken"],
        )
        response = self.api.call_api(method, url, header_params=headers, _request_timeout=timeout)
        response.read()
        if not 200 <= response.status <= 299:
            raise ApiException(http_resp=response)
        data: dict[str, Any] = json.loads(response.data or b"{}")
        return data

    def items(self, path: str, query: dict[str, str] | None = None) -> list[dict[str, Any]]:
        return list(self.get(path, query).get("items") or [])

    def read(self, what: str, call: Callable[[], Any], default: Any) -> Any:
        try:
            return call()
        except ApiException as err:
            if err.status in (401, 403):
                reason = f"{'forbidden' if err.status == 403 else 'unauthorized'}: {_status_message(err)}"
                self.snap.unavailable[what] = reason
                if what == "nodes":
                    raise Forbidden(reason) from err
                return default
            if err.status == 404:
                self.snap.unavailable[what] = f"not found: {_status_message(err)}"
                return default
            raise ApiUnavailable(f"the Kubernetes API answered {err.status} reading {what}: {err.reason}") from err
        except (urllib3.exceptions.HTTPError, OSError) as err:
            raise ApiUnavailable(f"cannot reach the Kubernetes API ({type(err).__name__}: {err})") from err
        except ValueError as err:  # not JSON
            raise ApiUnavailable(f"the Kubernetes API sent something that is not JSON reading {what}: {err}") from err


def _ready(conditions: list[dict[str, Any]] | None) -> bool:
    return any(c.get("type") == "Ready" and c.get("status") == "True" for c in conditions or [])


def read_snapshot(api: client.ApiClient) -> ClusterSnapshot:
    snap = ClusterSnapshot()
    r = Reader(api, snap)
    for n in r.read("nodes", lambda: r.items("/api/v1/nodes"), []):
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
    for p in r.read("pods", lambda: r.items("/api/v1/pods"), []):
        meta, spec, status = p.get("metadata") or {}, p.get("spec") or {}, p.get("status") or {}
        snap.pods.append(
            PodInfo(
                meta.get("namespace", ""),
                meta.get("name", ""),
                spec.get("nodeName"),
                status.get("podIP"),
                dict(meta.get("labels") or {}),
                _ready(status.get("conditions")),
                bool(spec.get("hostNetwork")),
            )
        )
    for s in r.read("services", lambda: r.items("/api/v1/services"), []):
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
    return snap


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


def _dns_endpoints(r: Reader, svc: ServiceInfo) -> list[EndpointInfo]:
    slices = r.read(
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
    eps = r.read("endpoints", lambda: r.get(f"/api/v1/namespaces/{svc.namespace}/endpoints/{svc.name}"), None)
    for subset in (eps or {}).get("subsets") or []:
        for key, ready in (("addresses", True), ("notReadyAddresses", False)):
            for a in subset.get(key) or []:
                out.append(
                    EndpointInfo(a.get("ip", ""), a.get("nodeName"), (a.get("targetRef") or {}).get("name"), ready)
                )
    return out


def _read_kube_proxy(r: Reader) -> None:
    cm = r.read(
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


def _read_calico(r: Reader) -> None:
    snap = r.snap

    def crd_list(plural: str) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = r.read(
            f"{plural}.{CALICO_GROUP}", lambda: r.items(f"/apis/{CALICO_GROUP}/{CALICO_VERSION}/{plural}"), []
        )
        return items

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
            _int(spec.get("vxlanMTU", spec.get("vxlanMtu"))),
            _int(spec.get("ipipMTU", spec.get("ipipMtu"))),
        )
    for block in crd_list("ipamblocks"):
        spec = block.get("spec", {})
        affinity = spec.get("affinity") or ""
        snap.blocks.append(BlockInfo(spec.get("cidr", ""), affinity[5:] if affinity.startswith("host:") else None))
    ds = r.read(
        "daemonset kube-system/calico-node",
        lambda: r.get("/apis/apps/v1/namespaces/kube-system/daemonsets/calico-node"),
        None,
    )
    pod_spec = (((ds or {}).get("spec") or {}).get("template") or {}).get("spec") or {}
    for container in pod_spec.get("containers") or []:
        if container.get("name") == "calico-node":
            snap.calico_env = {e["name"]: e["value"] for e in container.get("env") or [] if e.get("value") is not None}
    cm = r.read(
        "configmap kube-system/calico-config",
        lambda: r.get("/api/v1/namespaces/kube-system/configmaps/calico-config"),
        None,
    )
    if cm is not None:
        snap.veth_mtu = _int((cm.get("data") or {}).get("veth_mtu"))


def list_node_names(api: client.ApiClient) -> list[str]:
    """Just the node names (to answer an unknown node at once, before any work is queued)."""
    snap = ClusterSnapshot()
    reader = Reader(api, snap)
    nodes = reader.read("nodes", lambda: reader.items("/api/v1/nodes"), [])
    return [str((n.get("metadata") or {}).get("name", "")) for n in nodes]


PROBE_TIMEOUT = (2, 3)  # connect, read (seconds): a readiness probe must answer quickly


def probe_api(api: client.ApiClient) -> str | None:
    """None when the API server answers its version endpoint; otherwise why not, in one line (for a
    readiness check: the bot is only useful while it can read the cluster)."""
    try:
        Reader(api, ClusterSnapshot()).get("/version", timeout=PROBE_TIMEOUT)
    except ValueError:  # it answered 2xx with something that is not JSON: reachable
        return None
    except ApiException as err:
        if not err.status:  # the client's wrapping of a TLS or connection failure
            return f"cannot reach the Kubernetes API ({err.reason})"
        return f"the Kubernetes API answered {err.status}: {_status_message(err)}"
    except (urllib3.exceptions.HTTPError, OSError) as err:
        return f"cannot reach the Kubernetes API ({type(err).__name__}: {err})"
    return None
