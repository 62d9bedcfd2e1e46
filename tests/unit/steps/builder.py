"""The shared fixture builder of the step tests: a recorded cluster and recorded node outputs, healthy, that
each case changes by small explicit patches, then runs through the engine's own path.

The cluster is recorded API JSON (`tests/fixtures/clusters/{vxlan,ipip}-3node.json`, read through
`checks.cluster.memory.RecordedApi`); the nodes' outputs are recorded command outputs replayed by
`checks.remote.replay.ReplayRunner`, keyed by catalog command key. The VXLAN client node-2's outputs are
the lab's captures (`tests/fixtures/lab/`); the rest are in `tests/fixtures/clusters/nodes/` (see the
README there for which are constructed, and from what).

Topology (both clusters): node-1 10.41.1.21 holds both CoreDNS pods (10.40.52.149, 10.40.52.171, block
10.40.52.128/26), node-2 10.41.1.22 (block 10.40.61.192/26) is the client, node-3 10.41.1.23 (block
10.40.71.0/26). The DNS Service is kube-system/kube-dns 10.96.0.10. VXLAN uses kube-proxy in IPVS mode,
IP-in-IP in iptables mode (patched where a case wants the other).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Literal

from checks import engine
from checks.cluster.mapping import Failing
from checks.cluster.memory import recorded_cluster
from checks.errors import NodeError
from checks.ladder.coredns import PROBE_NAME
from checks.ladder.link import CAPTURE_PACKETS, CAPTURE_SECONDS
from checks.model import Report, StepResult
from checks.remote.catalog import dig, dig_in_netns, ipip_filter, resolv_conf, tcpdump, upstream_dig, vxlan_filter
from checks.remote.replay import Recorded, RecordedCapture, Recording, ReplayRunner

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
LAB = FIXTURES / "lab"
NODES = FIXTURES / "clusters" / "nodes"

Encap = Literal["vxlan", "ipip"]
Objects = dict[str, dict[str, Any]]
Outputs = dict[str, dict[str, Recording]]
Texts = dict[str, str]  # REST path -> text body (pods/NAME/log)
Captures = dict[str, dict[str, RecordedCapture]]

COREDNS = ("10.40.52.149", "10.40.52.171")
NODE_IP = {"node-1": "10.41.1.21", "node-2": "10.41.1.22", "node-3": "10.41.1.23"}
NODES_PATH = "/api/v1/nodes"
PODS_PATH = "/api/v1/pods"
SERVICES_PATH = "/api/v1/services"
SLICES_PATH = "/apis/discovery.k8s.io/v1/namespaces/kube-system/endpointslices"
KUBE_PROXY_PATH = "/api/v1/namespaces/kube-system/configmaps/kube-proxy"
CALICO_CONFIG_PATH = "/api/v1/namespaces/kube-system/configmaps/calico-config"
CALICO_NODE_PATH = "/apis/apps/v1/namespaces/kube-system/daemonsets/calico-node"
IPPOOLS_PATH = "/apis/crd.projectcalico.org/v1/ippools"
FELIX_PATH = "/apis/crd.projectcalico.org/v1/felixconfigurations"
IPAM_PATH = "/apis/crd.projectcalico.org/v1/ipamblocks"


@cache
def text(path: str) -> str:
    """A recorded output: `lab/NAME` or `clusters/nodes/ENCAP/NAME`, relative to tests/fixtures."""
    return (FIXTURES / path).read_text()


def lab(name: str) -> str:
    return text(f"lab/{name}")


def node_file(encap: str, name: str) -> str:
    return text(f"clusters/nodes/{encap}/{name}")


def common_file(name: str) -> str:
    """A node output the same for both encapsulations (`clusters/nodes/common/NAME`; kpcalico)."""
    return text(f"clusters/nodes/common/{name}")


# --- the cluster ------------------------------------------------------------------------------------------


@cache
def _cluster_json(encap: Encap) -> str:
    return (FIXTURES / "clusters" / f"{encap}-3node.json").read_text()


def cluster_objects(encap: Encap) -> Objects:
    """A fresh copy of the recorded API objects (REST path -> JSON)."""
    objects: Objects = json.loads(_cluster_json(encap))
    objects[COREFILE_PATH] = {  # coredns-health: the `coredns` ConfigMap (kubeadm's default Corefile)
        "kind": "ConfigMap",
        "apiVersion": "v1",
        "metadata": {"name": "coredns", "namespace": "kube-system"},
        "data": {"Corefile": text("clusters/coredns/Corefile")},
    }
    return objects


# --- coredns-health: the Corefile, CoreDNS's log, the upstream ---------------------------------------------
COREFILE_PATH = "/api/v1/namespaces/kube-system/configmaps/coredns"
COREDNS_PODS = ("coredns-5d78c9869d-7mghz", "coredns-5d78c9869d-v9lx6")
UPSTREAM = "10.41.0.2"
EXTERNAL_PROBE = "kubernetes.io"


def log_path(pod: str) -> str:
    return f"/api/v1/namespaces/kube-system/pods/{pod}/log"


def coredns_texts() -> Texts:
    """Both CoreDNS pods' recent log, healthy (CoreDNS's start-up lines)."""
    return {log_path(pod): text("clusters/coredns/coredns.healthy.log") for pod in COREDNS_PODS}


def upstream_outputs(name: str = EXTERNAL_PROBE) -> dict[str, Recording]:
    """What a CoreDNS node prints for coredns-health: its resolv.conf (no systemd-resolved) and the
    upstream's answer."""
    return {
        resolv_conf("/etc/resolv.conf").key: text("clusters/coredns/node-1.etc-resolv.conf"),
        resolv_conf("/run/systemd/resolve/resolv.conf").key: Recorded("", 1),
        upstream_dig(UPSTREAM, name).key: text("clusters/coredns/node-1.dig-upstream-ok.txt"),
        # a paste naming a name outside the cluster: the upstream is asked for it
        upstream_dig(UPSTREAM, "api.example.com").key: text("clusters/coredns/node-1.dig-upstream-ok.txt"),
    }


def items(objects: Objects, path: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = objects[path]["items"]
    return found


def node_object(objects: Objects, name: str) -> dict[str, Any]:
    return next(n for n in items(objects, NODES_PATH) if n["metadata"]["name"] == name)


def set_annotation(objects: Objects, node: str, key: str, value: str | None) -> None:
    annotations = node_object(objects, node)["metadata"]["annotations"]
    if value is None:
        annotations.pop(key, None)
    else:
        annotations[key] = value


def set_calico_address(objects: Objects, node: str, cidr: str | None) -> None:
    set_annotation(objects, node, "projectcalico.org/IPv4Address", cidr)


def set_internal_ip(objects: Objects, node: str, ip: str) -> None:
    for address in node_object(objects, node)["status"]["addresses"]:
        if address["type"] == "InternalIP":
            address["address"] = ip


def set_kube_proxy_mode(objects: Objects, mode: str) -> None:
    data = objects[KUBE_PROXY_PATH]["data"]
    lines = [f"mode: {mode}" if ln.startswith("mode:") else ln for ln in data["config.conf"].splitlines()]
    data["config.conf"] = "\n".join(lines) + "\n"


def set_pool(objects: Objects, **spec: Any) -> None:
    items(objects, IPPOOLS_PATH)[0]["spec"].update(spec)


def add_felix_override(objects: Objects, node: str, **spec: Any) -> None:
    """A per-node FelixConfiguration (`node.NAME`), as `calicoctl patch felixconfig node.NAME` makes."""
    default = items(objects, FELIX_PATH)[0]
    own = copy.deepcopy(default)
    own["metadata"]["name"] = f"node.{node}"
    own["spec"] = dict(spec)
    items(objects, FELIX_PATH).append(own)


def set_autodetection_method(objects: Objects, method: str) -> None:
    container = objects[CALICO_NODE_PATH]["spec"]["template"]["spec"]["containers"][0]
    for env in container["env"]:
        if env["name"] == "IP_AUTODETECTION_METHOD":
            env["value"] = method


def dns_endpoints(objects: Objects) -> list[dict[str, Any]]:
    kube_dns = next(s for s in items(objects, SLICES_PATH) if s["metadata"]["name"].startswith("kube-dns"))
    endpoints: list[dict[str, Any]] = kube_dns["endpoints"]
    return endpoints


def set_endpoint_ready(objects: Objects, ip: str, ready: bool) -> None:
    for ep in dns_endpoints(objects):
        if ip in ep["addresses"]:
            ep["conditions"]["ready"] = ready


def drop_dns_endpoints(objects: Objects) -> None:
    dns_endpoints(objects).clear()


def drop_dns_service(objects: Objects) -> None:
    services = items(objects, SERVICES_PATH)
    services[:] = [s for s in services if s["metadata"]["name"] != "kube-dns"]


# --- the nodes' outputs -----------------------------------------------------------------------------------


def dig_key(server: str) -> str:
    return dig(server, PROBE_NAME).key


DIG_OK = "node-2.dig-ok.txt"
DIG_TIMEOUT = Recorded(lab("node-2.dig-timeout.txt"), 9)  # dig exits 9 when no reply was received


def healthy_outputs(encap: Encap) -> Outputs:
    """Every command the ladder asks of node-1 (CoreDNS) and node-2 (client) in a diagnosis from node-2,
    in a node check of node-2 and in a diagnosis from node-1, as a healthy node prints it."""
    tunnel = "vxlan.calico" if encap == "vxlan" else "tunl0"
    common = {
        dig_key(COREDNS[0]): lab(DIG_OK),
        dig_key(COREDNS[1]): lab(DIG_OK),
        "ipvsadm": lab("node-2.ipvsadm-Ln.txt"),
        "iptables-save-nat": lab("node-2.iptables-save-nat.txt"),
        "ethtool-k eth0": lab("node-2.ethtool-k-eth0.txt"),
        "uname-r": lab("node-2.uname-r.txt"),
        # kube-proxy step (kpcalico): its /healthz synced, no legacy iptables tables, Calico's nft chains
        "kube-proxy-healthz": common_file("kube-proxy-healthz.200.txt"),
        "ip-tables-names": common_file("ip-tables-names.empty.txt"),
        "iptables-nft-save-filter": common_file("iptables-nft-save-filter.txt"),
        **upstream_outputs(),  # coredns-health
        # the `conntrack` step (helper "conntrack"): captured in a network namespace on this machine
        "cat nf_conntrack-stat": lab("node-2.proc-net-stat-nf_conntrack.txt"),
        "conntrack-S": lab("node-2.conntrack-S.txt"),
        "sysctl nf_conntrack-fill": lab("node-2.sysctl-nf_conntrack.txt"),
    }
    if encap == "vxlan":
        node_2 = {
            "ip-route": lab("node-2.ip-route.txt"),
            "ip-o-addr": lab("node-2.ip-o-addr.txt"),
            "ip-o-link": lab("node-2.ip-o-link.txt"),
            f"ip-d-link {tunnel}": lab("node-2.ip-d-link-vxlan.txt"),
        }
        node_1 = {f"ip-d-link {tunnel}": node_file("vxlan", "node-1.ip-d-link-vxlan.txt")}
        # kernel-gso's VXLAN check (helper "conntrack"): vxlan.calico's offloads as felix leaves them on a
        # 6.18 kernel (tx-checksum-ip-generic on), captured on this machine
        node_2["ethtool-k vxlan.calico"] = node_1["ethtool-k vxlan.calico"] = lab(
            "node-2.ethtool-k-vxlan.calico.on.txt"
        )
    else:
        node_2 = {
            "ip-route": node_file("ipip", "node-2.ip-route.txt"),
            "ip-o-addr": node_file("ipip", "node-2.ip-o-addr.txt"),
            "ip-o-link": node_file("ipip", "node-2.ip-o-link.txt"),
            f"ip-d-link {tunnel}": node_file("ipip", "node-2.ip-d-link-tunl0.txt"),
        }
        node_1 = {f"ip-d-link {tunnel}": node_file("ipip", "node-1.ip-d-link-tunl0.txt")}
    node_2["ip-route-get 10.41.1.21"] = lab("node-2.ip-route-get-peer.txt")
    node_1.update(
        {
            "ip-route": node_file(encap, "node-1.ip-route.txt"),
            "ip-o-addr": node_file(encap, "node-1.ip-o-addr.txt"),
            "ip-o-link": node_file(encap, "node-1.ip-o-link.txt"),
            "ip-route-get 10.41.1.22": node_file("vxlan", "node-1.ip-route-get-node-2.txt"),
        }
    )
    # pod-dns and node-forwarding (helper poddns): the lab's captures
    common["iptables-save-filter"] = lab("node-2.iptables-save-filter.txt")
    common["ip-rule"] = lab("node-2.ip-rule.txt")  # the kernel's three default rules (a real capture)
    common[dig(CLUSTER_DNS, PROBE_NAME).key] = lab("node-2.dig-service-ok.txt")
    node_2["sysctl-forwarding"] = lab("node-2.sysctl-forwarding.txt")
    node_1["sysctl-forwarding"] = lab("node-1.sysctl-forwarding.txt")
    node_2[pod_dig_key("node-2")] = lab("node-2.nsenter-dig-ok.txt")
    node_1[pod_dig_key("node-1")] = lab("node-2.nsenter-dig-ok.txt")
    # client-resolver / node-local-dns (helper "resolver"): the node's resolv.conf and the raw table
    common["iptables-save-raw"] = lab("node-2.iptables-save-raw.txt")
    node_2[resolv_conf("/etc/resolv.conf").key] = node_file("vxlan", "node-2.resolv-conf.txt")  # the client's
    common["curl-health 169.254.20.10:8080/health"] = lab("node-2.curl-health.txt")
    common[dig(NODE_LOCAL_DNS, PROBE_NAME).key] = lab("node-2.dig-ok.txt")  # where a case deploys the cache
    # a paste naming the recorded cluster's Service: the pod's probe and the node's own ask its full name
    common[dig(CLUSTER_DNS, KEYSTONE_FQDN).key] = lab("node-2.nsenter-dig-keystone.txt")
    for node, outputs in (("node-1", node_1), ("node-2", node_2)):
        outputs[pod_dig_key(node, KEYSTONE_FQDN)] = lab("node-2.nsenter-dig-keystone.txt")
    return {"node-1": {**common, **node_1}, "node-2": {**common, **node_2}}


# pod-dns (helper poddns): the pod each node's probe starts from, and its namespace as the lab names it
CLUSTER_DNS = "10.96.0.10"
NODE_LOCAL_DNS = "169.254.20.10"
KEYSTONE_FQDN = "default-keystone.onecloud.svc.cluster.local"
PROBE_POD = {"node-1": "coredns-5d78c9869d-7mghz", "node-2": "default-region-7c9f6d5b8-mv4wb"}


def pod_dig_key(node: str, name: str = PROBE_NAME) -> str:
    return dig_in_netns(f"podnet-pod-{PROBE_POD[node]}", CLUSTER_DNS, name).key


def capture_key(encap: Encap, on: str, peer: str, iface: str = "eth0") -> str:
    """The catalog key of the `link` step's capture on node `on` towards `peer`."""
    bpf = ipip_filter(NODE_IP[peer], COREDNS[0]) if encap == "ipip" else vxlan_filter(NODE_IP[peer])
    return tcpdump(iface, bpf, seconds=CAPTURE_SECONDS, packets=CAPTURE_PACKETS, verbose=encap == "vxlan").key


def captures(encap: Encap, client: str, owner: str) -> Captures:
    """Both sides of a capture (client -> CoreDNS node), healthy: both directions seen on both nodes."""
    # VXLAN captures are verbose (-vv): this machine's real capture, re-addressed (nodes/README.md)
    both = node_file(encap, f"tcpdump-{encap}{'-vv' if encap == 'vxlan' else ''}.both-ways.txt")
    return {
        client: {capture_key(encap, client, owner): RecordedCapture(both)},
        owner: {capture_key(encap, owner, client): RecordedCapture(both)},
    }


def outgoing_only(encap: Encap) -> str:
    """The client side of a capture whose packets leave and are never answered."""
    return node_file(encap, f"tcpdump-{encap}.outgoing-only.txt")


# --- a case -----------------------------------------------------------------------------------------------


def _nothing(value: Any) -> None:
    return None


@dataclass(frozen=True)
class Case:
    """One recorded situation: the cluster and the nodes' outputs, each the healthy recording with patches."""

    name: str
    encap: Encap = "vxlan"
    cluster: Callable[[Objects], object] = _nothing
    nodes: Callable[[Outputs], object] = _nothing
    capturing: Callable[[Captures], object] = _nothing
    with_captures: bool = False
    refused: Mapping[str, int] = field(default_factory=dict)
    unreachable: Mapping[str, NodeError] = field(default_factory=dict)
    from_node: str = "node-2"
    capture: bool = False  # --capture
    may_capture: bool = True  # the asker's capture permission (engine.Options.may_capture)
    node_check: bool = False  # `podnet check NODE` instead of a diagnosis from it
    failing: Failing | None = None  # the parsed paste (client-resolver judges the failing name)
    texts: Callable[[Texts], object] = _nothing  # coredns-health: patches of CoreDNS's logs

    def runner(self) -> ReplayRunner:
        outputs = healthy_outputs(self.encap)
        self.nodes(outputs)
        recorded: Captures = captures(self.encap, "node-2", "node-1") if self.with_captures or self.capture else {}
        self.capturing(recorded)
        return ReplayRunner(outputs, unreachable=dict(self.unreachable), captures=recorded)

    def objects(self) -> Objects:
        objects = cluster_objects(self.encap)
        self.cluster(objects)
        return objects

    def run(self, runner: ReplayRunner | None = None) -> Report:
        runner = runner or self.runner()
        logs = coredns_texts()
        self.texts(logs)
        reader = recorded_cluster(self.objects(), self.refused, logs)
        options = engine.Options(capture=self.capture, may_capture=self.may_capture)
        if self.node_check:
            return engine.check_node(reader, runner, self.from_node, options=options)
        return engine.diagnose(reader, runner, self.failing, from_=self.from_node, options=options)


def step_of(report: Report, step_id: str) -> StepResult:
    step = report.step(step_id)
    assert step is not None, f"no {step_id} step in the report: {[s.id for s in report.steps]}"
    return step


def findings(step: StepResult) -> list[tuple[str, tuple[str, ...]]]:
    """(code, nodes) of the findings, in order, each once."""
    return list(dict.fromkeys((f.code, f.nodes) for f in step.findings))


def put(node: str, key: str, value: Recording) -> Callable[[Outputs], None]:
    """A patch: `node` prints `value` for the command `key`."""

    def patch(outputs: Outputs) -> None:
        outputs[node][key] = value

    return patch


def replace_in(node: str, key: str, old: str, new: str) -> Callable[[Outputs], None]:
    """A patch: `node`'s recorded output for `key` with `old` replaced by `new` (which must be there)."""

    def patch(outputs: Outputs) -> None:
        before = outputs[node][key]
        assert isinstance(before, str) and old in before, f"{old!r} is not in {node}'s {key}"
        outputs[node][key] = before.replace(old, new)

    return patch


def all_of(*patches: Callable[[Any], None]) -> Callable[[Any], None]:
    def patch(value: Any) -> None:
        for p in patches:
            p(value)

    return patch


def recapture(
    encap: Encap, client: RecordedCapture | str | None = None, owner: RecordedCapture | str | None = None
) -> Callable[[Captures], None]:
    """A patch of the capture node-2 (client) -> node-1 (CoreDNS): what each side records instead."""

    def patch(recorded: Captures) -> None:
        for on, peer, value in (("node-2", "node-1", client), ("node-1", "node-2", owner)):
            if value is not None:
                capture = value if isinstance(value, RecordedCapture) else RecordedCapture(value)
                recorded.setdefault(on, {})[capture_key(encap, on, peer)] = capture

    return patch
