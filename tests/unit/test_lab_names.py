"""Named labs (`podnet lab up --name a`): names, paths, namespaces and kubeconfigs per lab, with the
default lab's exactly as before. No root needed: nothing here touches the kernel."""

from __future__ import annotations

import ipaddress
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from lab import lifecycle, procs, profiles, ssh, underlays
from lab.layout import build_model
from lab.model import LAB_RANGES, NAMED_UNDERLAYS, LabModel
from lab.names import LabNameError, bastion_alias, cluster_name, lab_of_netns, validate
from lab.netns import BASTION_NS, UNDERLAY_NS, all_netns, bastion_ns, underlay_ns
from lab.paths import LabPaths, lab_dirs


def test_names_are_checked() -> None:
    for good in ("a", "b", "lab2", "abcdefgh"):
        assert validate(good) == good
    for bad in ("", "A", "1a", "a-b", "abcdefghi", "a b", "../x", "pod", "node", "a\n"):
        with pytest.raises(LabNameError):
            validate(bad)


def test_the_default_lab_keeps_its_paths_and_names(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PODNET_LAB_DIR", raising=False)
    assert LabPaths.named(None) == LabPaths.named("") == LabPaths.default() == LabPaths(Path("/run/podnet-lab"))
    assert LabPaths.default().netns_prefix == "podnet-"
    assert (underlay_ns(""), bastion_ns("")) == (UNDERLAY_NS, BASTION_NS) == ("podnet-underlay", "podnet-bastion")
    assert (
        (cluster_name(""), bastion_alias(""))
        == ("podnet-lab", ssh.BASTION_ALIAS)
        == ("podnet-lab", "podnet-lab-bastion")
    )
    model = build_model(3)
    assert [n.netns for n in model.nodes] == ["podnet-node-1", "podnet-node-2", "podnet-node-3"]
    assert all(p.netns.startswith("podnet-pod-") for p in model.netns_pods())


def test_a_named_lab_has_its_own_directory_and_namespaces(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PODNET_LAB_DIR", raising=False)
    paths = LabPaths.named("a")
    assert (paths.root, paths.name, paths.netns_prefix) == (Path("/run/podnet-lab-a"), "a", "podnet-a-")
    assert paths.lock == Path("/run/podnet-lab-a.lock") and paths.bastion_socket.is_relative_to(paths.root)
    monkeypatch.setenv("PODNET_LAB_DIR", "/tmp/x/lab")
    assert LabPaths.named("b").root == Path("/tmp/x/lab-b") and LabPaths.default().root == Path("/tmp/x/lab")
    with pytest.raises(LabNameError):
        LabPaths.named("../etc")

    model = profiles.build("operator-vxlan")
    model.set_name("a")
    names = all_netns(model)
    assert names[:2] == ["podnet-a-underlay", "podnet-a-bastion"]
    assert all(n.startswith("podnet-a-") for n in names) and len(set(names)) == len(names)
    assert [n.netns for n in model.nodes] == ["podnet-a-node-1", "podnet-a-node-2", "podnet-a-node-3"]
    # interface names are unchanged (each lives in one lab's own namespaces) and within 15 characters
    default = profiles.build("operator-vxlan")
    assert [n.underlay_port for n in model.nodes] == [n.underlay_port for n in default.nodes]
    assert [p.host_iface for p in model.pods] == [p.host_iface for p in default.pods]
    # the name survives the state file (what the stand-ins and later commands read)
    again = LabModel.from_json(model.to_json())
    assert again.name == "a" and [n.netns for n in again.nodes] == [n.netns for n in model.nodes]
    assert [p.netns for p in again.netns_pods()] == [p.netns for p in model.netns_pods()]
    # a state file written before names existed loads as the default lab
    raw = default.to_json().replace('"lab": "",', "").replace('"name": "",', "")
    assert '"lab"' not in raw and LabModel.from_json(raw).nodes[0].netns == "podnet-node-1"


def test_every_namespace_belongs_to_exactly_one_lab() -> None:
    default, a, ab = profiles.build(None), profiles.build(None), profiles.build(None)
    a.set_name("a")
    ab.set_name("ab")
    for model, name in ((default, ""), (a, "a"), (ab, "ab")):
        for ns in all_netns(model):
            assert lab_of_netns(ns) == name, ns
    assert lab_of_netns("cni-1234") is None and lab_of_netns("podnet-") is None
    assert lab_of_netns("podnet-Bad-node-1") is None


def test_kubeconfig_names_carry_the_lab_name(tmp_path: Path) -> None:
    named = lifecycle.kubeconfig_dict(LabPaths(tmp_path / "lab-a", "a"), 6443, "t")
    assert named["current-context"] == "podnet-lab-a"
    assert named["clusters"][0]["name"] == named["contexts"][0]["context"]["cluster"] == "podnet-lab-a"
    assert named["users"][0]["name"] == named["contexts"][0]["context"]["user"] == "podnet-lab-admin@podnet-lab-a"
    default = lifecycle.kubeconfig_dict(LabPaths(tmp_path / "lab"), 6443, "t")
    assert default["current-context"] == "podnet-lab" and default["users"][0]["name"] == "podnet-lab-admin"
    assert yaml.safe_load(yaml.safe_dump(named)) == named


def test_ssh_config_names_the_labs_bastion(tmp_path: Path) -> None:
    model = build_model(3)
    model.set_name("b")
    text = ssh.ssh_config(LabPaths(tmp_path, "b"), model)
    assert "Host podnet-lab-b-bastion\n" in text and "ProxyJump podnet-lab-b-bastion" in text
    assert "podnet-lab-bastion" not in text


def test_env_of_a_named_lab_selects_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PODNET_LAB_DIR", str(tmp_path / "lab"))
    paths = LabPaths.named("a")
    paths.root.mkdir()
    paths.state.write_text("{}")
    exports = lifecycle.env_exports(paths)
    assert exports["PODNET_LAB_NAME"] == "a" and exports["PODNET_LAB_DIR"] == str(tmp_path / "lab")
    assert exports["KUBECONFIG"] == str(paths.root / "kubeconfig")
    # and the environment leads `LabPaths.named` (the CLI's --name default) back to the same lab
    assert LabPaths.named(exports["PODNET_LAB_NAME"]) == paths
    assert lab_dirs() == [paths.root]


def test_a_labs_marker_matches_its_own_stand_ins_only(tmp_path: Path) -> None:
    """`down` finds the root-namespace stand-ins by their --lab-dir: /run/podnet-lab must not match
    lab a's /run/podnet-lab-a."""
    lab_dir = str(tmp_path / "podnet-lab-a")
    code = "import time; time.sleep(60)"
    proc = subprocess.Popen([sys.executable, "-c", code, "lab.apiserver", "--lab-dir", lab_dir])
    try:
        deadline = time.monotonic() + 10
        while proc.pid not in procs.processes_with_marker(lab_dir):
            assert time.monotonic() < deadline
            time.sleep(0.01)
        assert proc.pid not in procs.processes_with_marker(str(tmp_path / "podnet-lab"))
        assert proc.pid not in procs.processes_with_marker(lab_dir + "b")
    finally:
        proc.kill()
        proc.wait()
    assert os.path.exists(sys.executable)


def test_the_default_lab_keeps_its_addresses(tmp_path: Path) -> None:
    model = build_model(3)
    assert (model.underlay, model.underlay_gateway, model.bastion_ip) == ("10.41.0.0/16", "10.41.0.1", "10.41.0.2")
    assert [n.ip for n in model.nodes] == ["10.41.1.21", "10.41.1.22", "10.41.1.23"]
    assert "HostName 10.41.0.2\n" in ssh.ssh_config(LabPaths(tmp_path), model)


def test_a_named_lab_moves_every_underlay_address(tmp_path: Path) -> None:
    for spec in ("manifest-vxlan", "crosssubnet"):
        default, model = profiles.build(spec), profiles.build(spec)
        model.move_underlay("10.52.0.0/16")
        assert (model.underlay_gateway, model.bastion_ip) == ("10.52.0.1", "10.52.0.2")
        for old, new in zip(default.nodes, model.nodes, strict=True):
            assert new.ip == old.ip.replace("10.41.", "10.52.", 1) and new.ip.startswith("10.52.")
            assert new.gateway == old.gateway.replace("10.41.", "10.52.", 1)
            assert (new.block, new.tunnel_ip, new.second_ip) == (old.block, old.tunnel_ip, old.second_ip)
        assert model.autodetection_method == "can-reach=10.52.1.21"
        hosts = [p for p in model.pods if p.host_network]
        assert hosts and all(p.ip in {n.ip for n in model.nodes} for p in hosts)
        assert [p.ip for p in model.netns_pods()] == [p.ip for p in default.netns_pods()]  # pod CIDR reused
        assert "10.41." not in ssh.ssh_config(LabPaths(tmp_path), model)
        assert LabModel.from_json(model.to_json()).bastion_ip == "10.52.0.2"


def test_named_labs_take_distinct_underlays_outside_every_other_lab_range(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    nets = [ipaddress.ip_network(n) for n in underlays.candidates()]
    assert all(n.subnet_of(NAMED_UNDERLAYS) for n in nets)  # type: ignore[arg-type]
    others = [r for r in LAB_RANGES if r != NAMED_UNDERLAYS]
    assert not [n for n in nets for r in others if n.overlaps(r)]
    monkeypatch.setenv("PODNET_LAB_DIR", str(tmp_path / "podnet-lab"))
    a, b = LabPaths.named("a"), LabPaths.named("b")
    assert underlays.choose(a) == "10.51.0.0/16"
    model = build_model(3)
    model.set_name("a")
    with underlays.reserved(a, model):
        a.root.mkdir()
        model.save(a.state)
    assert model.underlay == "10.51.0.0/16"
    assert underlays.choose(b) == "10.52.0.0/16" and underlays.choose(a) == "10.51.0.0/16"
    default = build_model(3)
    with underlays.reserved(LabPaths.default(), default):
        assert default.underlay == "10.41.0.0/16"
