"""The lab's workloads as API objects: the calico-node and kube-proxy DaemonSets, the Deployments, and
the ConfigMaps podnet reads (kube-proxy's, calico-config, CoreDNS's Corefile)."""

from __future__ import annotations

import json

from lab import nodelocal
from lab.apiserver.meta import Obj, object_meta
from lab.coredns_conf import corefile_text
from lab.model import POD_CIDR, LabModel, Pod


def daemonset(
    model: LabModel, name: str, image: str, created: str, env: list[Obj] | None, namespace: str = "kube-system"
) -> Obj:
    n = len(model.nodes)
    container: Obj = {"name": name, "image": image, "imagePullPolicy": "IfNotPresent"}
    if env is not None:
        container["env"] = env
    return {
        "kind": "DaemonSet",
        "apiVersion": "apps/v1",
        "metadata": object_meta("DaemonSet", name, created, namespace, labels={"k8s-app": name}),
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


def deployment(
    model: LabModel, namespace: str, name: str, app_labels: dict[str, str], image: str, pods: list[Pod], created: str
) -> Obj:
    ready = sum(1 for p in pods if p.ready)
    return {
        "kind": "Deployment",
        "apiVersion": "apps/v1",
        "metadata": object_meta("Deployment", name, created, namespace, labels=dict(app_labels)),
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
        "metadata": object_meta("ConfigMap", name, created, namespace),
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
    out = [_configmap("kube-system", "coredns", {"Corefile": corefile_text()}, created)]
    if model.install == "manifest":  # the operator keeps its settings in the Installation, not calico-config
        calico_config = {
            "typha_service_name": "none",
            "calico_backend": "vxlan" if model.encapsulated else "bird",
            "veth_mtu": "0" if model.mtu_auto else str(model.veth_mtu),
            "cni_network_config": cni,
        }
        out.insert(0, _configmap("kube-system", "calico-config", calico_config, created))
    if model.kube_proxy_configmap:
        out.insert(1, _configmap("kube-system", "kube-proxy", {"config.conf": kube_proxy_conf}, created))
    if model.node_local_dns:  # profile node-local-dns: its Corefile (the address it binds, its upstreams)
        out.append(_configmap("kube-system", "node-local-dns", {"Corefile": nodelocal.corefile()}, created))
    return out
