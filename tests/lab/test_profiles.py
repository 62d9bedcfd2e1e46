"""The matrix: every lab profile x every fault, diagnosed through the real CLI.

One lab per profile (a module-scoped, profile-parametrized fixture: pytest runs each profile's tests
together), shared by its faults. Healthy → `healthy`; every fault that applies → `problem` with the
expected cause step and fix commands that name the right objects (calico-node's namespace, the block
and route actually missing, the node); every fault that does not apply → `lab break` refuses it and
says why. The matrix (profile x fault → verdict, seconds) is printed at the end of the module.
"""

from __future__ import annotations

import ipaddress
import json
import time
from collections.abc import Iterator

import pytest

from lab.faults import applicable
from lab.model import LabModel, client_pod
from lab.profile_names import PROFILE_NAMES
from tests.lab.conftest import Lab, podnet, podnet_json, start_lab
from tests.lab.test_diagnose import BEFORE_PASTE, EXPECTED_CAUSE, EXPECTED_CODE, RUNBOOK_ERROR, paste_for

pytestmark = pytest.mark.lab

MATRIX: dict[tuple[str, str], str] = {}

# Which cells CI runs (a full run of every fault on every profile passed on 2026-12-01; CI keeps within its
# 30 minutes): a fault runs on the profiles that change what its step reads.
# - The runbook's faults run on every profile but node-local-dns, except that the Service-side faults
#   (nat-missing, nat-stale, coredns-down: kube-proxy's rules and CoreDNS's endpoints) skip the profiles that
#   change only Calico's pools, MTU and underlay (POOL_ONLY_PROFILES); and a profile that changes one thing only
#   one step reads runs only the faults of that step: auto-mtu (the devices' MTU) the MTU fault,
#   no-kubeproxy-configmap (how kube-proxy runs) the Service-side faults; both run healthy and `check node-3`.
# - The faults the beyond-the-runbook steps added run on manifest-vxlan and on node-local-dns (whose clients
#   ask a cache first); on operator-vxlan only calico-node-not-ready, the one whose step reads Calico's
#   install (calico-node's namespace and pods); node-local-dns itself runs those and its own fault only.
BEYOND_RUNBOOK = frozenset(
    {
        "kube-proxy-stale",
        "calico-node-not-ready",
        "upstream-down",
        "coredns-crashloop",
        "netpol-deny-dns",
        "forward-drop",
        "rp-filter-strict",
        "client-ndots",
        "nodelocal-down",
    }
)
BEYOND_PROFILES = ("manifest-vxlan", "node-local-dns")
READS_CALICO_INSTALL = frozenset({"calico-node-not-ready"})
SERVICE_SIDE = frozenset({"nat-missing", "nat-stale", "coredns-down"})
POOL_ONLY_PROFILES = frozenset({"auto-mtu", "bgp", "multi-pool", "crosssubnet"})


ONE_STEP_PROFILES = {"auto-mtu": frozenset({"mtu-mismatch"}), "no-kubeproxy-configmap": SERVICE_SIDE}


def in_matrix(profile: str, fault: str) -> bool:
    """Is (profile, fault) a cell the matrix runs? The others are deselected, not skipped."""
    if fault in BEYOND_RUNBOOK:
        return profile in BEYOND_PROFILES or (profile == "operator-vxlan" and fault in READS_CALICO_INSTALL)
    if fault in SERVICE_SIDE and profile in POOL_ONLY_PROFILES:
        return False
    if profile in ONE_STEP_PROFILES:
        return fault in ONE_STEP_PROFILES[profile]
    return profile != "node-local-dns"


@pytest.fixture(scope="module", params=PROFILE_NAMES)
def profile_lab(request: pytest.FixtureRequest) -> Iterator[tuple[str, Lab, dict[str, str]]]:
    profile = request.param
    started = time.monotonic()
    running = start_lab("--profile", profile)
    MATRIX[(profile, "lab up")] = f"{time.monotonic() - started:.1f}s"
    try:
        yield profile, running, running.env()
    finally:
        podnet("lab", "down")


@pytest.fixture(scope="module", autouse=True)
def print_matrix(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if capture is None or not MATRIX:
        return
    profiles = [p for p in PROFILE_NAMES if any(k[0] == p for k in MATRIX)]
    lines = [
        "",
        "[figure] profile matrix: the verdict (a fault: problem's cause step) and seconds (a fault: break + "
        "diagnose + fix); n/a: the fault does not apply to the profile, and `lab break` says why",
        f"  {'':<24}" + "".join(f"{p[:21]:<22}" for p in profiles),
    ]
    for row in ["lab up", "healthy", "check node-3", *EXPECTED_CAUSE]:
        lines.append(f"  {row:<24}" + "".join(f"{MATRIX.get((p, row), '-'):<22}" for p in profiles))
    with capture.global_and_fixture_disabled():  # the figure belongs in CI's output, as the other lab tests' do
        print("\n".join(lines))


diagnose = podnet_json


def _expected_route(model: LabModel) -> str:
    """The route the routing fix must put back: to the block of the CoreDNS pod the fault cut off (the
    last one on another node than the client's: node-3's with coredns-spread), via its owner."""
    client = model.node(client_pod(model).node)
    pod = [p for p in model.pods_by_app("coredns") if p.node != client.name][-1]
    owner = model.node(pod.node)
    block = next(b for b in owner.blocks if ipaddress.ip_address(pod.ip) in ipaddress.ip_network(b))
    if model.tunnelled(client, owner, block):
        return f"ip route replace {block} via {owner.tunnel_ip} dev vxlan.calico onlink"
    return f"ip route replace {block} via {owner.ip}"


def expected_in_fix(model: LabModel, fault: str) -> list[str]:
    ns = model.calico_namespace
    calico_node = f"kubectl -n {ns} delete pod calico-node-"
    kube_proxy = (
        "kubectl -n kube-system delete pod kube-proxy-" if model.kube_proxy_configmap else "systemctl restart k3s"
    )
    operator = model.install == "operator"
    return {
        "nat-missing": [kube_proxy],
        "nat-stale": [kube_proxy],
        "route-missing": [_expected_route(model), calico_node],
        "route-wrong-nexthop": [_expected_route(model), calico_node],
        "autodetect-wrong-iface": [
            "kubectl patch installation default --type=merge"
            if operator
            else f"kubectl -n {ns} set env daemonset/calico-node IP_AUTODETECTION_METHOD=kubernetes-internal-ip",
            "nodeAddressAutodetectionV4" if operator else "IP_AUTODETECTION_METHOD",
        ],
        "link-drop": ["4789"],
        "mtu-mismatch": ['"calicoNetwork":{"mtu":1450}' if operator else "vxlanMTU", calico_node],
        "tunnel-mode-mismatch": ["calicoctl patch felixconfig node.node-2", calico_node],
        "coredns-down": ["rollout restart deployment coredns"],
        # kube-proxy and calico-node steps (kpcalico)
        "kube-proxy-stale": [
            "kubectl -n kube-system delete pod kube-proxy-"
            if model.kube_proxy_configmap
            else "systemctl restart k3s-agent"
        ],
        "calico-node-not-ready": [f"kubectl -n {ns} delete pod calico-node-", f"kubectl -n {ns} logs calico-node-"],
        # coredns-health
        "upstream-down": ["dig @10.41.0.2 api.example.com"],
        "coredns-crashloop": ["--previous", "forward . <the real upstream IP>"],
        "netpol-deny-dns": ["name: allow-dns-egress", "kubernetes.io/metadata.name: kube-system"],  # network-policy
        # poddns
        "forward-drop": ["iptables -D FORWARD -p udp -m udp --dport 53 -j DROP"],
        "rp-filter-strict": ["sysctl -w net.ipv4.conf.eth0.rp_filter=2"],
        # helper "resolver"
        "nodelocal-down": ["kubectl -n kube-system delete pod node-local-dns-", "logs node-local-dns-"],
        "client-ndots": ['"searches":["onecloud.svc.cluster.local"]'],
    }[fault]


def test_healthy(profile_lab: tuple[str, Lab, dict[str, str]]) -> None:
    profile, lab, env = profile_lab
    status = json.loads(podnet("lab", "status", "--json").stdout)
    assert status["profile"] == profile
    assert lab.lookup().returncode == 0, f"{profile}: the client's lookup fails on the healthy lab"
    started = time.monotonic()
    code, report = diagnose(env, "diagnose", RUNBOOK_ERROR, "--json")
    elapsed = time.monotonic() - started
    verdict = report["verdict"]
    MATRIX[(profile, "healthy")] = f"{verdict['status']} {elapsed:.1f}s"
    not_passed = {s["id"]: s["summary"] for s in report["steps"] if s["status"] not in ("pass", "skip")}
    assert (verdict["status"], code) == ("healthy", 0), (verdict, not_passed)


def test_node_check_sees_every_block(profile_lab: tuple[str, Lab, dict[str, str]]) -> None:
    """`podnet check node-3`: node-3's routes to every other node's blocks (both pools' with multi-pool;
    direct ones to node-1 and tunnelled ones to node-2 with crosssubnet) are judged by their pool."""
    profile, _lab, env = profile_lab
    started = time.monotonic()
    code, report = diagnose(env, "check", "node-3", "--json")
    MATRIX[(profile, "check node-3")] = f"{report['verdict']['status']} {time.monotonic() - started:.1f}s"
    assert (report["verdict"]["status"], code) == ("healthy", 0), report["verdict"]
    routing = next(s for s in report["steps"] if s["id"] == "routing")
    assert routing["status"] == "pass", routing


@pytest.mark.parametrize("fault", list(EXPECTED_CAUSE))
def test_fault(profile_lab: tuple[str, Lab, dict[str, str]], fault: str) -> None:
    profile, lab, env = profile_lab
    model = lab.model
    why_not = applicable(model)[fault]
    if why_not is not None:
        refused = podnet("lab", "break", fault, check=False)
        assert refused.returncode == 2 and "does not apply" in refused.stderr, refused.stderr
        MATRIX[(profile, fault)] = "n/a"
        return
    started = time.monotonic()
    lab.break_(fault)
    try:
        if fault in BEFORE_PASTE:
            lab.lookup(BEFORE_PASTE[fault])
        code, report = diagnose(env, "diagnose", paste_for(fault), "--json")
    finally:
        lab.fix(fault)
    elapsed = time.monotonic() - started
    verdict = report["verdict"]
    shown = verdict["cause"] if verdict["status"] == "problem" else verdict["status"]
    MATRIX[(profile, fault)] = f"{shown} {elapsed:.1f}s"
    assert (verdict["status"], verdict["cause"]) == ("problem", EXPECTED_CAUSE[fault]), verdict
    assert code == 1
    assert verdict["code"] == EXPECTED_CODE[fault], verdict
    cause = next(s for s in report["steps"] if s["id"] == EXPECTED_CAUSE[fault])
    assert cause["status"] == "fail" and cause["evidence"] and cause["commands"]
    assert verdict["code"] in {f["code"] for f in cause["findings"] if f["severity"] == "problem"}
    commands = "\n".join(c["command"] for c in cause["commands"])
    for wanted in expected_in_fix(model, fault):
        assert wanted in commands, f"{profile}/{fault}: {wanted!r} not in\n{commands}"
    wrong_ns = "kube-system" if model.install == "operator" else "calico-system"
    assert f"-n {wrong_ns} calico-node" not in commands, commands
    if fault not in ("mtu-mismatch", "coredns-down"):
        assert "node-2" in cause["nodes"], cause["nodes"]
