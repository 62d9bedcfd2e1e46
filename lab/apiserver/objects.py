"""The lab model as Kubernetes objects, in the JSON shapes a kube-apiserver returns.

Only what a real cluster would hold for this topology: Nodes with Calico's annotations, Pods, Services,
Endpoints and EndpointSlices computed from Ready pods, the calico-node and kube-proxy DaemonSets, the
CoreDNS Deployment, the ConfigMaps podnet reads, and Calico's CRDs (crd.projectcalico.org/v1).
"""

from __future__ import annotations

import hashlib

from lab.apiserver.calico_objects import (
    block_affinities,
    calico_node_env,
    felix_configurations,
    installation,
    ip_pools,
    ipam_blocks,
)
from lab.apiserver.event_objects import pod_events  # kpcalico
from lab.apiserver.meta import CALICO_VERSION, K8S_VERSION, Obj, ResourceKey, object_meta, uid
from lab.apiserver.policy_objects import policy_objects  # network-policy step
from lab.apiserver.workload_objects import configmaps, daemonset, deployment
from lab.model import (
    LabModel,
    Node,
    Pod,
    Service,
)


def node_object(model: LabModel, node: Node, created: str) -> Obj:
    roles = {"node-role.kubernetes.io/control-plane": ""} if node.index == 1 else {}
    ready_status = "True"
    prefix = node.detected_prefix
    tunnel = model.encapsulated and node.vxlan_enabled
    return {
        "kind": "Node",
        "apiVersion": "v1",
        "metadata": object_meta(
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
                **({"projectcalico.org/IPv4VXLANTunnelAddr": node.tunnel_ip} if tunnel else {}),
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
                "bootID": uid("boot", node.name),
                "containerRuntimeVersion": "containerd://1.7.13",
                "kernelVersion": "6.18.44",
                "kubeProxyVersion": K8S_VERSION,
                "kubeletVersion": K8S_VERSION,
                "machineID": uid("machine", node.name).replace("-", ""),
                "operatingSystem": "linux",
                "osImage": "Debian GNU/Linux 12 (bookworm)",
                "systemUUID": uid("system", node.name),
            },
            "capacity": {"cpu": "2", "memory": "24Gi", "pods": "110"},
            "allocatable": {"cpu": "2", "memory": "24Gi", "pods": "110"},
        },
    }


def not_ready(pod: Pod) -> Obj:
    """The kubelet's reason and message on a pod's Ready conditions when a container is not ready (kpcalico)."""
    if pod.ready:
        return {}
    return {"reason": "ContainersNotReady", "message": f"containers with unready status: [{pod.container}]"}


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
        "metadata": object_meta(
            "Pod",
            pod.name,
            created,
            pod.namespace,
            labels=dict(pod.labels),
            annotations=(
                {
                    "cni.projectcalico.org/podIP": f"{pod.ip}/32",
                    "cni.projectcalico.org/podIPs": f"{pod.ip}/32",
                    "cni.projectcalico.org/containerID": uid("container", pod.name).replace("-", ""),
                }
                if not pod.host_network
                else {}
            ),
            ownerReferences=[
                {
                    "apiVersion": "apps/v1",
                    "kind": pod.owner_kind,
                    "name": pod.owner_name,
                    "uid": uid(pod.owner_kind, pod.namespace, pod.owner_name),
                    "controller": True,
                    "blockOwnerDeletion": True,
                }
            ],
        ),
        "spec": {
            "nodeName": pod.node,
            "containers": [container],
            "hostNetwork": pod.host_network,
            "dnsPolicy": pod.dns_policy or ("ClusterFirstWithHostNet" if pod.host_network else "ClusterFirst"),
            **({"dnsConfig": pod.dns_config} if pod.dns_config is not None else {}),  # fault client-ndots
            "restartPolicy": "Always",
            "serviceAccountName": pod.owner_name.split("-")[0] if pod.app != "host" else pod.container,
            "schedulerName": "default-scheduler",
            "priority": 2000001000 if pod.namespace == "kube-system" else 0,
        },
        "status": {
            "phase": "Running",
            "conditions": [
                {"type": "Initialized", "status": "True", "lastTransitionTime": created},
                {"type": "Ready", "status": ready, "lastTransitionTime": created, **not_ready(pod)},
                {"type": "ContainersReady", "status": ready, "lastTransitionTime": created, **not_ready(pod)},
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
                    "started": pod.waiting_reason is None,
                    "restartCount": pod.restarts,
                    "state": (
                        {"waiting": {"reason": pod.waiting_reason, "message": "back-off restarting failed container"}}
                        if pod.waiting_reason
                        else {"running": {"startedAt": created}}
                    ),
                    **(
                        {
                            "lastState": {
                                "terminated": {
                                    "exitCode": pod.last_exit_code,
                                    "reason": pod.last_reason,
                                    "finishedAt": pod.last_finished,
                                }
                            }
                        }
                        if pod.last_reason
                        else {}
                    ),
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
        "metadata": object_meta("Service", svc.name, created, svc.namespace, labels=dict(svc.labels)),
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
            "uid": uid("Pod", pod.namespace, pod.name),
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
        "metadata": object_meta("Endpoints", svc.name, created, svc.namespace, labels=dict(svc.labels)),
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
                    "uid": uid("Pod", p.namespace, p.name),
                },
            }
            for p in model.endpoints(svc)
        ]
        ports = [{"name": p.name, "port": p.target_port, "protocol": p.protocol} for p in svc.ports]
    return {
        "kind": "EndpointSlice",
        "apiVersion": "discovery.k8s.io/v1",
        "metadata": object_meta(
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


def namespaces(model: LabModel, created: str) -> list[Obj]:
    names = sorted({"default", "kube-system", "kube-public", "kube-node-lease", *(p.namespace for p in model.pods)})
    return [
        {
            "kind": "Namespace",
            "apiVersion": "v1",
            "metadata": object_meta("Namespace", n, created, labels={"kubernetes.io/metadata.name": n}),
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
    daemonsets = [
        daemonset(
            model,
            "calico-node",
            f"docker.io/calico/node:{CALICO_VERSION}",
            created,
            calico_node_env(model),
            model.calico_namespace,
        )
    ]
    if model.kube_proxy_configmap:
        daemonsets.append(daemonset(model, "kube-proxy", f"registry.k8s.io/kube-proxy:{K8S_VERSION}", created, None))
    if model.node_local_dns:  # profile node-local-dns
        daemonsets.append(
            daemonset(model, "node-local-dns", "registry.k8s.io/dns/k8s-dns-node-cache:1.23.1", created, None)
        )
    deployments = [
        deployment(
            model,
            "kube-system",
            "coredns",
            {"k8s-app": "kube-dns"},
            "registry.k8s.io/coredns/coredns:v1.11.1",
            coredns,
            created,
        ),
        deployment(
            model,
            "onecloud",
            "default-keystone",
            {"app": "keystone"},
            "keystone",
            model.pods_by_app("keystone"),
            created,
        ),
        deployment(
            model, "onecloud", "default-region", {"app": "region"}, "region", model.pods_by_app("client"), created
        ),
    ]
    operator = [p for p in model.pods if p.namespace == "tigera-operator"]
    if operator:
        deployments.append(
            deployment(
                model,
                "tigera-operator",
                "tigera-operator",
                {"k8s-app": "tigera-operator", "name": "tigera-operator"},
                operator[0].image,
                operator,
                created,
            )
        )
    objects = {
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
                "metadata": object_meta("Secret", "calico-bgp-password", created, "kube-system"),
                "type": "Opaque",
                "data": {"password": "bm90LWEtcmVhbC1wYXNzd29yZA=="},
            }
        ],
        ResourceKey("discovery.k8s.io", "v1", "endpointslices"): [
            endpointslice_object(model, s, created) for s in svcs
        ],
        ResourceKey("apps", "v1", "daemonsets"): daemonsets,
        ResourceKey("apps", "v1", "deployments"): deployments,
        ResourceKey("crd.projectcalico.org", "v1", "felixconfigurations"): felix_configurations(model, created),
        ResourceKey("crd.projectcalico.org", "v1", "ippools"): ip_pools(model, created),
        ResourceKey("crd.projectcalico.org", "v1", "blockaffinities"): block_affinities(model, created),
        ResourceKey("crd.projectcalico.org", "v1", "ipamblocks"): ipam_blocks(model, created),
    }
    objects[ResourceKey(*core, "events")] = pod_events(model)  # calico-node step (kpcalico)
    objects.update(policy_objects(model, created))  # network-policy step: NetworkPolicies, Calico's policy CRDs
    if model.install == "operator":  # the operator's CRD exists only where the operator is installed
        objects[ResourceKey("operator.tigera.io", "v1", "installations")] = [installation(model, created)]
    return objects
