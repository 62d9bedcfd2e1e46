"""A healthy lab: DNS through the Service IP, the Service reachable, nodes over SSH, the API, the wire."""

from __future__ import annotations

import json
import shutil
import subprocess
import threading

from kubernetes import client, config

from tests.lab.conftest import Lab, podnet


def test_client_pod_resolves_and_reaches_keystone_through_the_cluster_dns(lab: Lab) -> None:
    resolv = lab.pod_exec("client", "cat", "/etc/resolv.conf").stdout
    assert "nameserver 10.96.0.10" in resolv
    assert "search onecloud.svc.cluster.local svc.cluster.local cluster.local" in resolv

    found = lab.lookup("default-keystone")
    assert found.returncode == 0, found.stderr
    keystone = lab.model.service("onecloud", "default-keystone")
    assert found.stdout.split() == [keystone.cluster_ip, "default-keystone.onecloud.svc.cluster.local"]

    reply = lab.pod_exec(
        "client",
        "curl",
        "-sS",
        "-m",
        "5",
        "-X",
        "POST",
        "http://default-keystone:30357/v3/auth/tokens",
        "-o",
        "/dev/null",
        "-w",
        "%{http_code}",
    )
    assert reply.stdout == "201", reply.stderr


def test_unknown_names_get_nxdomain_from_the_lab_dns(lab: Lab) -> None:
    answer = lab.pod_exec(
        "client", "dig", "+time=2", "+tries=1", "@10.96.0.10", "default-kevstone.onecloud.svc.cluster.local"
    )
    assert "status: NXDOMAIN" in answer.stdout


def test_ssh_reaches_every_node_through_the_bastion_with_host_keys_checked(lab: Lab) -> None:
    ssh_config = lab.paths.ssh_config.read_text()
    assert "StrictHostKeyChecking yes" in ssh_config and "ProxyJump podnet-lab-bastion" in ssh_config
    for node in lab.model.nodes:
        result = lab.ssh(node.name, "hostname; ip route")
        assert result.returncode == 0, result.stderr
        hostname, *routes = [line.rstrip() for line in result.stdout.splitlines()]
        assert hostname == node.name
        peers = [n for n in lab.model.nodes if n.name != node.name]
        for peer in peers:
            assert f"{peer.block} via {peer.tunnel_ip} dev vxlan.calico onlink" in routes


def test_a_node_runs_commands_with_a_stock_root_bashrc_not_this_machines(lab: Lab) -> None:
    # bash reads ~/.bashrc for every command sshd runs: a node must not inherit this machine's.
    from pathlib import Path

    from lab.ssh import STOCK_ROOT_BASHRC

    result = lab.ssh("node-1", "cat ~/.bashrc")
    assert result.returncode == 0, result.stderr
    assert result.stdout == STOCK_ROOT_BASHRC
    home_bashrc = Path("~root/.bashrc").expanduser()
    if home_bashrc.exists():  # the bind mount stays inside the node's mount namespace
        assert "podnet lab" not in home_bashrc.read_text()


def test_a_changed_host_key_is_refused(lab: Lab, tmp_path) -> None:
    known = lab.paths.known_hosts.read_text().splitlines()
    other = lab.paths.node_dir("node-2") / "ssh_host_ed25519_key.pub"
    forged = [
        (line.split(" ", 1)[0] + " " + other.read_text().split(" podnet")[0].strip())
        if line.startswith("node-1,")
        else line
        for line in known
    ]
    (tmp_path / "known_hosts").write_text("\n".join(forged) + "\n")
    result = lab.ssh("node-1", "true", extra=("-o", f"UserKnownHostsFile={tmp_path / 'known_hosts'}"))
    assert result.returncode != 0
    assert "host key" in result.stderr.lower()


def test_ipvsadm_stand_in_prints_the_nodes_real_nat_as_an_ipvs_table(lab: Lab) -> None:
    out = lab.ssh("node-2", "ipvsadm -Ln | grep -A 3 10.96.0.10").stdout
    lines = [line.rstrip() for line in out.splitlines()]
    assert lines[0] == "TCP  10.96.0.10:53 rr"
    assert "  -> 10.40.52.149:53              Masq    1      0" in lines[1]
    assert "UDP  10.96.0.10:53 rr" in lines
    assert "TCP  10.96.0.10:9153 rr" in lines


def test_kubectl_sees_the_lab_objects(lab: Lab, tmp_path) -> None:
    kubectl = shutil.which("kubectl")
    assert kubectl, "kubectl is installed by scripts/setup-system.sh"
    result = subprocess.run(
        [kubectl, "--cache-dir", str(tmp_path), "get", "nodes,pods", "-A", "-o", "wide"],
        env=lab.env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "node/node-1" in result.stdout and "control-plane" in result.stdout
    for pod in lab.model.pods:
        assert pod.name in result.stdout
    assert "10.40.52.149" in result.stdout


def test_python_client_sees_nodes_pods_services_and_calico(lab: Lab) -> None:
    api = config.new_client_from_config(config_file=str(lab.paths.kubeconfig))
    v1 = client.CoreV1Api(api)
    nodes = v1.list_node(_request_timeout=10).items
    assert [n.metadata.name for n in nodes] == [n.name for n in lab.model.nodes]
    node1 = nodes[0]
    assert node1.metadata.annotations["projectcalico.org/IPv4Address"] == "10.41.1.21/16"
    assert node1.metadata.annotations["projectcalico.org/IPv4VXLANTunnelAddr"] == "10.40.52.128"
    dns = v1.list_namespaced_pod("kube-system", label_selector="k8s-app=kube-dns", _request_timeout=10).items
    assert sorted(p.status.pod_ip for p in dns) == ["10.40.52.149", "10.40.52.171"]
    assert v1.read_namespaced_service("kube-dns", "kube-system", _request_timeout=10).spec.cluster_ip == "10.96.0.10"
    ds = client.AppsV1Api(api).read_namespaced_daemon_set("calico-node", "kube-system", _request_timeout=10)
    env = {e.name: e.value for e in ds.spec.template.spec.containers[0].env}
    assert env["IP_AUTODETECTION_METHOD"] == "can-reach=10.41.1.21"
    pool = client.CustomObjectsApi(api).get_cluster_custom_object(
        "crd.projectcalico.org", "v1", "ippools", "default-ipv4-ippool", _request_timeout=10
    )
    assert pool["spec"]["vxlanMode"] == "Always"


def test_tcpdump_on_the_coredns_node_sees_the_vxlan_packets_of_a_lookup(lab: Lab) -> None:
    client_node = lab.model.node(lab.model.pods_by_app("client")[0].node)
    capture = subprocess.Popen(
        [
            "ssh",
            "-F",
            str(lab.paths.ssh_config),
            "node-1",
            f"timeout 20 tcpdump -i eth0 -nn -l -c 4 'udp and port 4789 and host {client_node.ip}'",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    ready = threading.Event()
    errors: list[str] = []

    def watch_stderr() -> None:
        assert capture.stderr is not None
        for line in capture.stderr:
            errors.append(line)
            if "listening on eth0" in line:
                ready.set()

    threading.Thread(target=watch_stderr, daemon=True).start()
    assert ready.wait(20), f"tcpdump did not start: {errors}"
    assert lab.lookup().returncode == 0
    out, _ = capture.communicate(timeout=30)
    packets = [p for p in out.splitlines() if ".4789: VXLAN" in p and "vni 4096" in p]
    assert len(packets) == 4, out  # A and AAAA queries out, both answers back
    assert any(p.split(" IP ")[1].startswith(f"{client_node.ip}.") for p in packets)  # the queries left...
    assert any(p.split(" IP ")[1].startswith("10.41.1.21.") for p in packets)  # ...and the answers came back


def test_status_reports_nodes_pods_and_no_faults(lab: Lab) -> None:
    st = json.loads(podnet("lab", "status", "--json").stdout)
    assert st["up"] and st["api"]["running"] and st["bastion"]["running"]
    assert all(n["sshd"] and n["namespace_present"] for n in st["nodes"])
    assert st["faults"] == []
    assert {p["app"] for p in st["pods"] if p["process"]} == {"coredns", "keystone"}
