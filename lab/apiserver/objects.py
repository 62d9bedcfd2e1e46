"""The lab model as Kubernetes objects, in the JSON shapes a kube-apiserver returns.

Only what a real cluster would hold for this topology: Nodes with Calico's annotations, Pods, Services,
Endpoints and EndpointSlices computed from Ready pods, the calico-node and kube-proxy DaemonSets, the
CoreDNS Deployment, the ConfigMaps podnet reads, and Calico's CRDs (crd.projectcalico.org/v1).
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
from dataclasses import dataclass
from typing import Any

from lab.model import (
    BLOCK_PREFIX,
    CLUSTER_DOMAIN,
    POD_CIDR,
    UNDERLAY_CIDR,
    LabModel,
    Node,
    Pod,
    Service,
)

Obj = dict[str, Any]

K8S_VERSION = "v1.28.9"
CALICO_VERSION = "v3.26.4"


@dataclass(frozen=True)
class ResourceKey:
    group: str  # "" for the core group
    version: str
    plural: str


def _uid(*parts: str) -> str:
    h = hashlib.sha256("/".join(parts).encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def _meta(kind: str, name: str, created: str, namespace: str | None = None, **extra: Any) -> Obj:
    meta: Obj = {
        "name": name,
        "uid": _uid(kind, namespace or "", name),
        "resourceVersion": "1",
        "creationTimestamp": created,
    }
    if namespace is not None:
        meta["namespace"] = namespace
    meta.update({k: v for k, v in extra.items() if v})
    return meta


def node_object(model: LabModel, node: Node, created: str) -> Obj:
    roles = {"node-role.kubernetes.io/control-plane": ""} if node.index == 1 else {}
    ready_status = "True"
    prefix = UNDERLAY_CIDR.prefixlen if node.detected_iface == "eth0" else 16
    return {
        "kind": "Node",
        "apiVersion": "v1",
        "metadata": _meta(
            "Node",
            node.name,
            created,
            labels={
                "kubernetes.io/hostname": node.name,
                "kubernetes.io/os": "linux",
                "kubernetes.io/arch": "amd64",
                "beta.kubernetes.io/os": "linux",
                "beta.kubernetes.io/arch": "amd64",
                **roles,
            },
            annotations={
                "projectcalico.org/IPv4Address": f"{node.detected_ip}/{prefix}",
                **({"projectcalico.org/IPv4VXLANTunnelAddr": node.tunnel_ip} if node.vxlan_enabled else {}),
                "node.alpha.kubernetes.io/ttl": "0",
                "volumes.kubernetes.io/controller-managed-attach-detach": "true",
            },
        ),
        "spec": {"podCIDR": node.block, "podCIDRs": [node.block]},
        "status": {
            "addresses": [
                {"type": "InternalIP", "address": node.ip},
                {"type": "Hostname", "address": node.name},
            ],
            "conditions": [
                {
                    "type": "NetworkUnavailable",
                    "status": "False",
                    "reason": "CalicoIsUp",
                    "message": "Calico is running on this node",
                    "lastHeartbeatTime": created,
                    "lastTransitionTime": created,
                },
                {
                    "type": "Ready",
                    "status": ready_status,
                    "reason": "KubeletReady",
                    "message": "kubelet is posting ready status",
                    "lastHeartbeatTime": created,
                    "lastTransitionTime": created,
                },
            ],
            "nodeInfo": {
                "architecture": "amd64",
                "bootID": _uid("boot", node.name),
                "containerRuntimeVersion": "containerd://1.7.13",
                "kernelVersion": "6.18.44",
                "kubeProxyVersion": K8S_VERSION,
                "kubeletVersion": K8S_VERSION,
                "machineID": _uid("machine", node.name).replace("-", ""),
                "operatingSystem": "linux",
                "osImage": "Debian GNU/Linux 12 (bookworm)",
                "systemUUID": _uid("system", node.name),
            },
            "capacity": {"cpu": "2", "memory": "24Gi", "pods": "110"},
            "allocatable": {"cpu": "2", "memory": "24Gi", "pods": "110"},
        },
    }


def pod_object(model: LabModel, pod: Pod, created: str) -> Obj:
    ready = "True" if pod.ready else "False"
    container: Obj = {
        "name": pod.container,
        "image": pod.image,
        "imagePullPolicy": "IfNotPresent",
        "ports": [{"name": p.name, "containerPort": p.target_port, "protocol": p.protocol} for p in pod.ports],
    }
    if pod.app == "coredns":
        container["args"] = ["-conf", "/etc/coredns/Corefile"]
        container["readinessProbe"] = {"httpGet": {"path": "/ready", "port": 8181, "scheme": "HTTP"}}
    if pod.container == "calico-node":
        container["env"] = calico_node_env(model)
    node = model.node(pod.node)
    return {
        "kind": "Pod",
        "apiVersion": "v1",
        "metadata": _meta(
            "Pod",
            pod.name,
            created,
            pod.namespace,
            labels=dict(pod.labels),
            annotations=(
                {
                    "cni.projectcalico.org/podIP": f"{pod.ip}/32",
                    "cni.projectcalico.org/podIPs": f"{pod.ip}/32",
                    "cni.projectcalico.org/containerID": _uid("container", pod.name).replace("-", ""),
                }
                if not pod.host_network
                else {}
            ),
            ownerReferences=[
                {
                    "apiVersion": "apps/v1",
                    "kind": pod.owner_kind,
                    "name": pod.owner_name,
                    "uid": _uid(pod.owner_kind, pod.namespace, pod.owner_name),
                    "controller": True,
                    "blockOwnerDeletion": True,
                }
            ],
        ),
        "spec": {
            "nodeName": pod.node,
            "containers": [container],
            "hostNetwork": pod.host_network,
            "dnsPolicy": "ClusterFirstWithHostNet" if pod.host_network else "ClusterFirst",
            "restartPolicy": "Always",
            "serviceAccountName": pod.owner_name.split("-")[0] if pod.app != "host" else pod.owner_name,
            "schedulerName": "default-scheduler",
            "priority": 2000001000 if pod.namespace == "kube-system" else 0,
        },
        "status": {
            "phase": "Running",
            "conditions": [
                {"type": "Initialized", "status": "True", "lastTransitionTime": created},
                {"type": "Ready", "status": ready, "lastTransitionTime": created},
                {"type": "ContainersReady", "status": ready, "lastTransitionTime": created},
                {"type": "PodScheduled", "status": "True", "lastTransitionTime": created},
            ],
            "hostIP": node.ip,
            "hostIPs": [{"ip": node.ip}],
            "podIP": pod.ip,
            "podIPs": [{"ip": pod.ip}],
            "startTime": created,
            "qosClass": "Burstable",
            "containerStatuses": [
                {
                    "name": pod.container,
                    "image": pod.image,
                    "imageID": pod.image.split(":")[0] + "@sha256:" + hashlib.sha256(pod.image.encode()).hexdigest(),
                    "containerID": "containerd://" + hashlib.sha256(pod.name.encode()).hexdigest(),
                    "ready": pod.ready,
                    "started": True,
                    "restartCount": 0,
                    "state": {"running": {"startedAt": created}},
                }
            ],
        },
    }


def service_object(svc: Service, created: str) -> Obj:
    spec: Obj = {
        "type": "ClusterIP",
        "clusterIP": svc.cluster_ip,
        "clusterIPs": [svc.cluster_ip],
        "ipFamilies": ["IPv4"],
        "ipFamilyPolicy": "SingleStack",
        "sessionAffinity": "None",
        "internalTrafficPolicy": "Cluster",
        "ports": [
            {"name": p.name, "protocol": p.protocol, "port": p.port, "targetPort": p.target_port} for p in svc.ports
        ],
    }
    if svc.selector:
        spec["selector"] = dict(svc.selector)
    return {
        "kind": "Service",
        "apiVersion": "v1",
        "metadata": _meta("Service", svc.name, created, svc.namespace, labels=dict(svc.labels)),
        "spec": spec,
        "status": {"loadBalancer": {}},
    }


def _address(model: LabModel, pod: Pod) -> Obj:
    return {
        "ip": pod.ip,
        "nodeName": pod.node,
        "targetRef": {
            "kind": "Pod",
            "namespace": pod.namespace,
            "name": pod.name,
            "uid": _uid("Pod", pod.namespace, pod.name),
        },
    }


def endpoints_object(model: LabModel, svc: Service, created: str) -> Obj:
    if svc.name == "kubernetes":
        subsets = [
            {"addresses": [{"ip": model.nodes[0].ip}], "ports": [{"name": "https", "port": 6443, "protocol": "TCP"}]}
        ]
    else:
        ready = model.endpoints(svc)
        subsets = (
            [
                {
                    "addresses": [_address(model, p) for p in ready],
                    "ports": [{"name": p.name, "port": p.target_port, "protocol": p.protocol} for p in svc.ports],
                }
            ]
            if ready
            else []
        )
    return {
        "kind": "Endpoints",
        "apiVersion": "v1",
        "metadata": _meta("Endpoints", svc.name, created, svc.namespace, labels=dict(svc.labels)),
        "subsets": subsets,
    }


def endpointslice_object(model: LabModel, svc: Service, created: str) -> Obj:
    name = f"{svc.name}-{hashlib.sha256(svc.name.encode()).hexdigest()[:5]}"
    if svc.name == "kubernetes":
        name = "kubernetes"
        endpoints = [{"addresses": [model.nodes[0].ip], "conditions": {"ready": True}}]
        ports = [{"name": "https", "port": 6443, "protocol": "TCP"}]
    else:
        endpoints = [
            {
                "addresses": [p.ip],
                "conditions": {"ready": True, "serving": True, "terminating": False},
                "nodeName": p.node,
                "targetRef": {
                    "kind": "Pod",
                    "namespace": p.namespace,
                    "name": p.name,
                    "uid": _uid("Pod", p.namespace, p.name),
                },
            }
            for p in model.endpoints(svc)
        ]
        ports = [{"name": p.name, "port": p.target_port, "protocol": p.protocol} for p in svc.ports]
    return {
        "kind": "EndpointSlice",
        "apiVersion": "discovery.k8s.io/v1",
        "metadata": _meta(
            "EndpointSlice",
            name,
            created,
            svc.namespace,
            labels={
                **svc.labels,
                "kubernetes.io/service-name": svc.name,
                "endpointslice.kubernetes.io/managed-by": "endpointslice-controller.k8s.io",
            },
        ),
        "addressType": "IPv4",
        "endpoints": endpoints,
        "ports": ports,
    }


def calico_node_env(model: LabModel) -> list[Obj]:
    return [
        {"name": "DATASTORE_TYPE", "value": "kubernetes"},
        {"name": "WAIT_FOR_DATASTORE", "value": "true"},
        {"name": "NODENAME", "valueFrom": {"fieldRef": {"apiVersion": "v1", "fieldPath": "spec.nodeName"}}},
        {
            "name": "CALICO_NETWORKING_BACKEND",
            "valueFrom": {"configMapKeyRef": {"name": "calico-config", "key": "calico_backend"}},
        },
        {"name": "CLUSTER_TYPE", "value": "k8s"},
        {"name": "IP", "value": "autodetect"},
        {"name": "IP_AUTODETECTION_METHOD", "value": model.autodetection_method},
        {"name": "CALICO_IPV4POOL_IPIP", "value": "Never"},
        {"name": "CALICO_IPV4POOL_VXLAN", "value": "Always"},
        {"name": "CALICO_IPV4POOL_CIDR", "value": str(POD_CIDR)},
        {"name": "FELIX_IPINIPMTU", "valueFrom": {"configMapKeyRef": {"name": "calico-config", "key": "veth_mtu"}}},
        {"name": "FELIX_VXLANMTU", "valueFrom": {"configMapKeyRef": {"name": "calico-config", "key": "veth_mtu"}}},
        {"name": "CALICO_DISABLE_FILE_LOGGING", "value": "true"},
        {"name": "FELIX_DEFAULTENDPOINTTOHOSTACTION", "value": "ACCEPT"},
        {"name": "FELIX_IPV6SUPPORT", "value": "false"},
        {"name": "FELIX_HEALTHENABLED", "value": "true"},
    ]


def _daemonset(model: LabModel, name: str, image: str, created: str, env: list[Obj] | None) -> Obj:
    n = len(model.nodes)
    container: Obj = {"name": name, "image": image, "imagePullPolicy": "IfNotPresent"}
    if env is not None:
        container["env"] = env
    return {
        "kind": "DaemonSet",
        "apiVersion": "apps/v1",
        "metadata": _meta("DaemonSet", name, created, "kube-system", labels={"k8s-app": name}),
        "spec": {
            "selector": {"matchLabels": {"k8s-app": name}},
            "template": {
                "metadata": {"labels": {"k8s-app": name}},
                "spec": {"hostNetwork": True, "containers": [container], "serviceAccountName": name},
            },
            "updateStrategy": {"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": 1}},
        },
        "status": {
            "currentNumberScheduled": n,
            "desiredNumberScheduled": n,
            "numberMisscheduled": 0,
            "numberReady": n,
            "numberAvailable": n,
            "updatedNumberScheduled": n,
            "observedGeneration": 1,
        },
    }


def _deployment(
    model: LabModel, namespace: str, name: str, app_labels: dict[str, str], image: str, pods: list[Pod], created: str
) -> Obj:
    ready = sum(1 for p in pods if p.ready)
    return {
        "kind": "Deployment",
        "apiVersion": "apps/v1",
        "metadata": _meta("Deployment", name, created, namespace, labels=dict(app_labels)),
        "spec": {
            "replicas": len(pods),
            "selector": {"matchLabels": dict(app_labels)},
            "template": {
                "metadata": {"labels": dict(app_labels)},
                "spec": {"containers": [{"name": name.rsplit("-", maxsplit=1)[-1], "image": image}]},
            },
        },
        "status": {
            "replicas": len(pods),
            "readyReplicas": ready,
            "availableReplicas": ready,
            "updatedReplicas": len(pods),
            "observedGeneration": 1,
        },
    }


def _configmap(namespace: str, name: str, data: dict[str, str], created: str) -> Obj:
    return {
        "kind": "ConfigMap",
        "apiVersion": "v1",
        "metadata": _meta("ConfigMap", name, created, namespace),
        "data": data,
    }


def configmaps(model: LabModel, created: str) -> list[Obj]:
    kube_proxy_conf = (
        "\n".join(
            [
                "apiVersion: kubeproxy.config.k8s.io/v1alpha1",
                "kind: KubeProxyConfiguration",
                "bindAddress: 0.0.0.0",
                f"clusterCIDR: {POD_CIDR}",
                "ipvs:",
                "  scheduler: rr",
                "  strictARP: false",
                "iptables:",
                "  masqueradeAll: false",
                "  syncPeriod: 30s",
                f"mode: {model.kube_proxy_mode}",
                "metricsBindAddress: 0.0.0.0:10249",
            ]
        )
        + "\n"
    )
    cni = json.dumps(
        {
            "name": "k8s-pod-network",
            "cniVersion": "0.3.1",
            "plugins": [
                {
                    "type": "calico",
                    "log_level": "info",
                    "datastore_type": "kubernetes",
                    "nodename": "__KUBERNETES_NODE_NAME__",
                    "mtu": "__CNI_MTU__",
                    "ipam": {"type": "calico-ipam"},
                    "policy": {"type": "k8s"},
                    "kubernetes": {"kubeconfig": "__KUBECONFIG_FILEPATH__"},
                },
                {"type": "portmap", "snat": True, "capabilities": {"portMappings": True}},
            ],
        },
        indent=2,
    )
    corefile = (
        "\n".join(
            [
                ".:53 {",
                "    errors",
                "    health { lameduck 5s }",
                "    ready",
                f"    kubernetes {CLUSTER_DOMAIN} in-addr.arpa ip6.arpa {{",
                "       pods insecure",
                "       fallthrough in-addr.arpa ip6.arpa",
                "       ttl 30",
                "    }",
                "    prometheus :9153",
                "    forward . /etc/resolv.conf { max_concurrent 1000 }",
                "    cache 30",
                "    loop",
                "    reload",
                "    loadbalance",
                "}",
            ]
        )
        + "\n"
    )
    return [
        _configmap(
            "kube-system",
            "calico-config",
            {
                "typha_service_name": "none",
                "calico_backend": "vxlan",
                "veth_mtu": str(model.veth_mtu),
                "cni_network_config": cni,
            },
            created,
        ),
        _configmap("kube-system", "kube-proxy", {"config.conf": kube_proxy_conf}, created),
        _configmap("kube-system", "coredns", {"Corefile": corefile}, created),
    ]


def _crd(kind: str, name: str, spec: Obj, created: str) -> Obj:
    return {
        "kind": kind,
        "apiVersion": "crd.projectcalico.org/v1",
        "metadata": {**_meta(kind, name, created), "generation": 1},
        "spec": spec,
    }


def felix_configurations(model: LabModel, created: str) -> list[Obj]:
    out = [
        _crd(
            "FelixConfiguration",
            "default",
            {
                "bpfLogLevel": "",
                "floatingIPs": "Disabled",
                "logSeverityScreen": "Info",
                "reportingInterval": "0s",
                "ipipEnabled": False,
                "vxlanEnabled": True,
                "vxlanVNI": 4096,
                "vxlanPort": 4789,
                "vxlanMTU": model.vxlan_mtu,
                "ipipMTU": model.veth_mtu,
            },
            created,
        )
    ]
    for node in model.nodes:
        if not node.vxlan_enabled:
            out.append(_crd("FelixConfiguration", f"node.{node.name}", {"vxlanEnabled": False}, created))
    return out


def ip_pools(model: LabModel, created: str) -> list[Obj]:
    return [
        _crd(
            "IPPool",
            "default-ipv4-ippool",
            {
                "allowedUses": ["Workload", "Tunnel"],
                "blockSize": BLOCK_PREFIX,
                "cidr": str(POD_CIDR),
                "ipipMode": "Never",
                "natOutgoing": True,
                "nodeSelector": "all()",
                "vxlanMode": "Always",
            },
            created,
        )
    ]


def _block_name(cidr: str) -> str:
    return cidr.replace(".", "-").replace("/", "-")


def block_affinities(model: LabModel, created: str) -> list[Obj]:
    return [
        _crd(
            "BlockAffinity",
            f"{n.name}-{_block_name(n.block)}",
            {"cidr": n.block, "deleted": "false", "node": n.name, "state": "confirmed"},
            created,
        )
        for n in model.nodes
    ]


def ipam_blocks(model: LabModel, created: str) -> list[Obj]:
    out = []
    for node in model.nodes:
        net = ipaddress.ip_network(node.block)
        allocations: list[int | None] = [None] * net.num_addresses
        attributes: list[Obj] = []
        owners = [
            (
                node.tunnel_ip,
                {
                    "handle_id": f"vxlan-tunnel-addr-{node.name}",
                    "secondary": {"node": node.name, "type": "vxlanTunnelAddress"},
                },
            )
        ]
        owners += [
            (
                p.ip,
                {
                    "handle_id": f"k8s-pod-network.{_uid('container', p.name).replace('-', '')}",
                    "secondary": {
                        "namespace": p.namespace,
                        "node": node.name,
                        "pod": p.name,
                        "timestamp": created.replace("T", " ").rstrip("Z"),
                    },
                },
            )
            for p in model.netns_pods()
            if p.node == node.name
        ]
        for ip, attr in owners:
            allocations[int(ipaddress.ip_address(ip)) - int(net.network_address)] = len(attributes)
            attributes.append(attr)
        unallocated = [i for i, a in enumerate(allocations) if a is None]
        out.append(
            _crd(
                "IPAMBlock",
                _block_name(node.block),
                {
                    "cidr": node.block,
                    "affinity": f"host:{node.name}",
                    "allocations": allocations,
                    "attributes": attributes,
                    "unallocated": unallocated,
                    "deleted": False,
                    "sequenceNumber": 1,
                    "sequenceNumberForAllocation": {},
                    "strictAffinity": False,
                },
                created,
            )
        )
    return out


def namespaces(model: LabModel, created: str) -> list[Obj]:
    names = sorted({"default", "kube-system", "kube-public", "kube-node-lease", *(p.namespace for p in model.pods)})
    return [
        {
            "kind": "Namespace",
            "apiVersion": "v1",
            "metadata": _meta("Namespace", n, created, labels={"kubernetes.io/metadata.name": n}),
            "spec": {"finalizers": ["kubernetes"]},
            "status": {"phase": "Active"},
        }
        for n in names
    ]


def build_objects(model: LabModel) -> dict[ResourceKey, list[Obj]]:
    created = model.created
    core = "", "v1"
    svcs = model.services
    coredns = model.pods_by_app("coredns")
    return {
        ResourceKey(*core, "namespaces"): namespaces(model, created),
        ResourceKey(*core, "nodes"): [node_object(model, n, created) for n in model.nodes],
        ResourceKey(*core, "pods"): [pod_object(model, p, created) for p in model.pods],
        ResourceKey(*core, "services"): [service_object(s, created) for s in svcs],
        ResourceKey(*core, "endpoints"): [endpoints_object(model, s, created) for s in svcs],
        ResourceKey(*core, "configmaps"): configmaps(model, created),
        # a Secret, so that "podnet may not read Secrets" is tested against one that exists
        ResourceKey(*core, "secrets"): [
            {
                "apiVersion": "v1",
                "kind": "Secret",
                "metadata": _meta("Secret", "calico-bgp-password", created, "kube-system"),
                "type": "Opaque",
                "data": {"password": "bm90LWEtcmVhbC1wYXNzd29yZA=="},
            }
        ],
        ResourceKey("discovery.k8s.io", "v1", "endpointslices"): [
            endpointslice_object(model, s, created) for s in svcs
        ],
        ResourceKey("apps", "v1", "daemonsets"): [
            _daemonset(
                model, "calico-node", f"docker.io/calico/node:{CALICO_VERSION}", created, calico_node_env(model)
            ),
            _daemonset(model, "kube-proxy", f"registry.k8s.io/kube-proxy:{K8S_VERSION}", created, None),
        ],
        ResourceKey("apps", "v1", "deployments"): [
            _deployment(
                model,
                "kube-system",
                "coredns",
                {"k8s-app": "kube-dns"},
                "registry.k8s.io/coredns/coredns:v1.11.1",
                coredns,
                created,
            ),
            _deployment(
                model,
                "onecloud",
                "default-keystone",
                {"app": "keystone"},
                "keystone",
                model.pods_by_app("keystone"),
                created,
            ),
            _deployment(
                model, "onecloud", "default-region", {"app": "region"}, "region", model.pods_by_app("client"), created
            ),
        ],
        ResourceKey("crd.projectcalico.org", "v1", "felixconfigurations"): felix_configurations(model, created),
        ResourceKey("crd.projectcalico.org", "v1", "ippools"): ip_pools(model, created),
        ResourceKey("crd.projectcalico.org", "v1", "blockaffinities"): block_affinities(model, created),
        ResourceKey("crd.projectcalico.org", "v1", "ipamblocks"): ipam_blocks(model, created),
    }
