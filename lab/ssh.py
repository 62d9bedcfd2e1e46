"""Real OpenSSH on every lab node, and a bastion: how users reach real nodes.

The root namespace must never send a packet to a lab address, so the only way in is a unix socket:
`socat`, running inside the bastion namespace, listens on `ssh/bastion.sock` and connects to the
bastion's sshd there. Nodes are reached `ProxyJump podnet-lab-bastion`, exactly as through a real jump
host. Keys are generated here (ed25519, in-process); the lab writes known_hosts and an ssh_config that
keeps strict host-key checking on.
"""

from __future__ import annotations

import contextlib
import socket
import sys
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from lab import procs, standins
from lab.model import LabModel, Node
from lab.names import bastion_alias
from lab.netns import bastion_ns
from lab.paths import LabPaths, lab_dirs
from lab.sh import in_netns

SSHD = "/usr/sbin/sshd"
BASTION_ALIAS = bastion_alias("")  # the default lab's; a named lab's: lab.names.bastion_alias(name)
PRIVSEP_DIR = Path("/run/sshd")


def _write_keypair(private_path: Path, comment: str) -> str:
    key = Ed25519PrivateKey.generate()
    private_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH, serialization.NoEncryption())
    )
    private_path.chmod(0o600)
    public = key.public_key().public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH).decode()
    Path(f"{private_path}.pub").write_text(f"{public} {comment}\n")
    return public


def _sshd_config(
    paths: LabPaths, name: str, listen: list[str], host_key: Path, *, jump_host: bool, permit_open: list[str]
) -> str:
    lines = [
        f"# podnet lab: sshd of {name}",
        *(f"ListenAddress {addr}" for addr in listen),
        f"HostKey {host_key}",
        "PidFile none",
        f"AuthorizedKeysFile {paths.ssh / 'authorized_keys'}",
        "PermitRootLogin prohibit-password",
        "PubkeyAuthentication yes",
        "PasswordAuthentication no",
        "KbdInteractiveAuthentication no",
        "UsePAM no",
        "StrictModes no",
        "AllowAgentForwarding no",
        "X11Forwarding no",
        "PrintMotd no",
        "PrintLastLog no",
        "MaxStartups 200:30:400",
        "MaxSessions 64",
        "LogLevel INFO",
    ]
    if jump_host:
        lines += [
            "AllowTcpForwarding yes",
            f"PermitOpen {' '.join(permit_open)}",
            "ForceCommand echo 'podnet lab bastion: a jump host only'",
        ]
    else:
        lines += ["AllowTcpForwarding no"]
    return "\n".join(lines) + "\n"


def prepare(paths: LabPaths, model: LabModel) -> None:
    """Keys, sshd configs, known_hosts and ssh_config; nothing started yet."""
    paths.ssh.mkdir(parents=True, exist_ok=True)
    paths.ssh.chmod(0o700)
    client_pub = _write_keypair(paths.client_key, "podnet-lab-client")
    (paths.ssh / "authorized_keys").write_text(client_pub + " podnet-lab-client\n")
    known: list[str] = []
    alias = bastion_alias(model.name)
    node_ports = [f"{n.ip}:22" for n in model.nodes]

    bastion_dir = paths.node_dir("bastion")
    bastion_dir.mkdir(parents=True, exist_ok=True)
    pub = _write_keypair(bastion_dir / "ssh_host_ed25519_key", alias)
    known.append(f"{alias},{model.bastion_ip} {pub}")
    (bastion_dir / "sshd_config").write_text(
        _sshd_config(
            paths,
            "bastion",
            [f"{model.bastion_ip}:22", "127.0.0.1:22"],
            bastion_dir / "ssh_host_ed25519_key",
            jump_host=True,
            permit_open=node_ports,
        )
    )
    for node in model.nodes:
        d = paths.node_dir(node.name)
        d.mkdir(parents=True, exist_ok=True)
        pub = _write_keypair(d / "ssh_host_ed25519_key", node.name)
        known.append(f"{node.name},{node.ip} {pub}")
        (d / "sshd_config").write_text(
            _sshd_config(
                paths, node.name, [f"{node.ip}:22"], d / "ssh_host_ed25519_key", jump_host=False, permit_open=[]
            )
        )
    paths.known_hosts.write_text("\n".join(known) + "\n")
    paths.ssh_config.write_text(ssh_config(paths, model))


def ssh_config(paths: LabPaths, model: LabModel) -> str:
    common = [
        "  User root",
        f"  IdentityFile {paths.client_key}",
        "  IdentitiesOnly yes",
        f"  UserKnownHostsFile {paths.known_hosts}",
        "  GlobalKnownHostsFile /dev/null",
        "  StrictHostKeyChecking yes",
        "  ConnectTimeout 10",
        "  LogLevel ERROR",
    ]
    alias = bastion_alias(model.name)
    out = [
        "# Written by `podnet lab up`. The lab's nodes are reached through its bastion, as real nodes",
        "# are through a jump host; the bastion itself only through a unix socket (no lab traffic may",
        "# leave the machine's own network namespace).",
        f"Host {alias}",
        f"  HostName {model.bastion_ip}",
        f"  ProxyCommand socat - UNIX-CONNECT:{paths.bastion_socket}",
        *common,
        "",
    ]
    for node in model.nodes:
        out += [f"Host {node.name} {node.ip}", f"  HostName {node.ip}", f"  ProxyJump {alias}", *common, ""]
    return "\n".join(out)


def _start_sshd(paths: LabPaths, name: str, netns: str, hostname: str) -> int:
    d = paths.node_dir(name)
    # A UTS namespace for the node's hostname, and the node's own /usr/local/sbin (where its ipvsadm
    # lives) and root's ~/.bashrc bind-mounted in the private mount namespace that `ip netns exec`
    # creates. The values are passed as positional arguments: nothing is interpolated into the script.
    script = (
        'mount --bind "$1" /usr/local/sbin && { [ ! -f ~root/.bashrc ] || mount --bind "$6" ~root/.bashrc; }'
        ' && hostname "$2" && exec "$3" -D -f "$4" -E "$5"'
    )
    argv = in_netns(
        netns,
        [
            "unshare",
            "--uts",
            "--",
            "/bin/sh",
            "-c",
            script,
            "sh",
            str(paths.bin),
            hostname,
            SSHD,
            str(d / "sshd_config"),
            str(paths.logs / f"{name}-sshd.log"),
            str(paths.node_bashrc),
        ],
    )
    return procs.spawn(paths, f"{name}-sshd", argv)


def start_node(paths: LabPaths, node: Node) -> int:
    return _start_sshd(paths, node.name, node.netns, node.name)


def start_bastion(paths: LabPaths, lab: str = "") -> None:
    ns = bastion_ns(lab)
    pid = _start_sshd(paths, "bastion", ns, bastion_alias(lab))
    procs.wait_listening(pid, 22, "bastion sshd")
    sock = paths.bastion_socket
    sock.unlink(missing_ok=True)
    relay = procs.spawn(
        paths,
        "bastion-socket",
        in_netns(
            ns,
            [
                "socat",
                f"UNIX-LISTEN:{sock},fork,mode=600",
                "TCP:127.0.0.1:22",
            ],
        ),
    )
    procs.wait_until(lambda: _accepts(sock), "bastion unix socket", pid=relay)


def _accepts(sock: Path) -> bool:
    if not sock.exists():
        return False
    with socket.socket(socket.AF_UNIX) as s:
        try:
            s.connect(str(sock))
        except OSError:
            return False
    return True


def ensure_privsep_dir(paths: LabPaths) -> None:
    if not PRIVSEP_DIR.exists():
        PRIVSEP_DIR.mkdir(mode=0o755)
        (paths.root / "created-run-sshd").write_text("podnet lab created /run/sshd\n")


def release_privsep_dir(paths: LabPaths) -> None:
    """Remove /run/sshd if this lab created it, unless another lab still runs sshd: then that lab
    inherits the marker, and removes the directory when it goes down in turn."""
    marker = paths.root / "created-run-sshd"
    if not marker.exists():
        return
    others = [d for d in lab_dirs() if d != paths.root and (d / "state.json").exists()]
    if others:
        with contextlib.suppress(OSError):
            marker.replace(others[0] / marker.name)
        return
    with contextlib.suppress(OSError):
        PRIVSEP_DIR.rmdir()


# Debian's stock root ~/.bashrc (base-files' dot.bashrc), without its comments. bash reads ~/.bashrc for
# every command sshd runs, so a node must not inherit this machine's: a developer's root may run
# `pyenv init` there, ~80 ms of CPU in every SSH session, which no real node pays.
STOCK_ROOT_BASHRC = """# podnet lab: root's ~/.bashrc on a lab node, as Debian ships it (base-files dot.bashrc)
# ~/.bashrc: executed by bash(1) for non-login shells.
"""


def install_node_tools(paths: LabPaths, kube_proxy_mode: str) -> None:
    """The nodes' /usr/local/sbin: the ipvsadm stand-in (IP_VS is missing from this kernel); and root's
    stock ~/.bashrc."""
    paths.node_bashrc.parent.mkdir(parents=True, exist_ok=True)
    paths.node_bashrc.write_text(STOCK_ROOT_BASHRC)
    paths.bin.mkdir(parents=True, exist_ok=True)
    wrapper = paths.bin / "ipvsadm"
    wrapper.write_text(
        "#!/bin/sh\n"
        "# podnet lab STAND-IN for ipvsadm: prints this node's kube-proxy Service NAT as an IPVS table.\n"
        f'PODNET_LAB_DIR="{paths.root}" PODNET_LAB_KUBE_PROXY_MODE="{kube_proxy_mode}" '
        f'exec "{sys.executable}" -I -S "{Path(standins.__file__).parent / "ipvsadm.py"}" "$@"\n'
    )
    wrapper.chmod(0o755)
