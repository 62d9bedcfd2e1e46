"""`PODNET_SSH_SUDO=1` needs a sudoers rule on the nodes: `deploy/sudoers/podnet` allows exactly the
catalog's commands. Every command the catalog can build must match it (a new builder without its line
fails here), nothing else may (a shell, `timeout`, a write), and visudo must accept the file."""

from __future__ import annotations

import inspect
import shutil
import subprocess
from pathlib import Path

import pytest

from checks.remote import catalog
from checks.remote.batch import as_root, build_script
from checks.remote.catalog import CatalogCommand
from checks.remote.sudoers import allows, render

ROOT = Path(__file__).resolve().parents[2]


def every_catalog_command() -> dict[str, list[CatalogCommand]]:
    """Each builder of the catalog, called with real arguments (every variant)."""
    c = catalog
    return {
        "ip_route": [c.ip_route()],
        "ip_route_get": [c.ip_route_get("10.40.52.149")],
        "ip_link": [c.ip_link()],
        "ip_addr": [c.ip_addr()],
        "ip_link_details": [c.ip_link_details("vxlan.calico")],
        "ipvsadm_list": [c.ipvsadm_list()],
        "iptables_nat": [c.iptables_nat()],
        "ethtool_offloads": [c.ethtool_offloads("eth0")],
        "uname": [c.uname()],
        "dig": [c.dig("10.96.0.10", "kubernetes.default.svc.cluster.local"), c.dig("10.40.52.149", "x.y", tcp=True)],
        "tcpdump": [
            c.tcpdump("eth0", c.vxlan_filter("10.41.1.21"), seconds=5, packets=200),
            c.tcpdump("eth0", c.vxlan_filter("10.41.1.21"), seconds=5, packets=200, verbose=True),
            c.tcpdump("eth0", c.ipip_filter("10.41.1.21", "10.40.52.149"), seconds=5, packets=200),
        ],
        "kube_proxy_healthz": [c.kube_proxy_healthz()],
        "legacy_iptables_tables": [c.legacy_iptables_tables()],
        "iptables_save_filter": [c.iptables_save_filter("legacy"), c.iptables_save_filter("nft")],
        "conntrack_proc_stat": [c.conntrack_proc_stat()],
        "conntrack_stats": [c.conntrack_stats()],
        "conntrack_fill": [c.conntrack_fill()],
        "read_again": [c.read_again(c.conntrack_stats(), "second_reading")],
        "ip_netns_list": [c.ip_netns_list()],
        "dig_in_netns": [c.dig_in_netns("cni-1234-abcd", "10.96.0.10", "default-keystone.onecloud.svc.cluster.local")],
        "iptables_filter": [c.iptables_filter()],
        "forwarding_sysctls": [c.forwarding_sysctls()],
        "iptables_raw": [c.iptables_raw()],
        "node_resolv_conf": [c.node_resolv_conf()],
        "http_health": [c.http_health("169.254.20.10", 8080)],
        "resolv_conf": [c.resolv_conf("/etc/resolv.conf"), c.resolv_conf("/run/systemd/resolve/resolv.conf")],
        "upstream_dig": [c.upstream_dig("10.41.0.2", "kubernetes.io")],
    }


def _builders() -> set[str]:
    return {
        name
        for name, fn in inspect.getmembers(catalog, inspect.isfunction)
        if fn.__module__ == catalog.__name__ and inspect.signature(fn).return_annotation in ("CatalogCommand",)
    }


def _under_sudo(command: CatalogCommand) -> tuple[str, ...]:
    """What runs as root: the command, without the capture's own `timeout N` (kept outside sudo)."""
    return command.argv[2:] if command.argv[0] == "timeout" else command.argv


def test_every_builder_is_exercised_here() -> None:
    assert set(every_catalog_command()) == _builders()


@pytest.mark.parametrize("name", sorted(every_catalog_command()))
def test_every_catalog_command_is_allowed_as_podnet_runs_it(name: str) -> None:
    for command in every_catalog_command()[name]:
        assert allows(_under_sudo(command)), command.line
        assert "sudo -n timeout" not in as_root(command)
        script, _ = build_script([command], sudo=True)
        assert f"sudo -n {shlex_join(_under_sudo(command))}" in script


def shlex_join(argv: tuple[str, ...]) -> str:
    import shlex

    return shlex.join(argv)


@pytest.mark.parametrize(
    "argv",
    [
        ("sh", "-c", "id"),
        ("timeout", "5", "sh"),
        ("ip", "route", "add", "10.0.0.0/8", "via", "1.2.3.4"),
        ("iptables", "-F"),
        ("cat", "/etc/shadow"),
        ("sysctl", "-w", "net.ipv4.ip_forward=0"),
        ("ethtool", "-K", "eth0", "gso", "off"),
        ("tcpdump", "-w", "/etc/cron.d/x", "-i", "eth0"),
    ],
)
def test_nothing_else_is_allowed(argv: tuple[str, ...]) -> None:
    assert not allows(argv)


def test_the_shipped_file_is_the_rendered_one_and_visudo_accepts_it(tmp_path: Path) -> None:
    shipped = ROOT / "deploy" / "sudoers" / "podnet"
    assert shipped.read_text() == render("podnet"), (
        "regenerate: python -m checks.remote.sudoers > deploy/sudoers/podnet"
    )
    visudo = shutil.which("visudo") or "/usr/sbin/visudo"
    assert Path(visudo).exists(), "visudo is missing: run `bash scripts/setup.sh` (it installs Debian's sudo)"
    checked = subprocess.run([visudo, "-cf", str(shipped)], capture_output=True, text=True, check=False)
    assert checked.returncode == 0, checked.stdout + checked.stderr
