"""`podnet lab up/down/status/env/pod-exec`: bringing the whole lab up, and taking every piece down again.

`down` does not trust the state file: it also finds namespaces by their `podnet-` prefix, processes by
the namespace they run in, and the API stand-in by its command line, so a lab whose creator crashed
half-way is removed just as completely. Each lab (the default one, or one named with `--name`, see
lab/names.py) is found and removed alone: taking one down leaves the others running.
"""

from __future__ import annotations

import fcntl
import json
import os
import secrets
import shutil
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from lab import coredns_conf, netns, nodelocal, pki, pod_dns, procs, profiles, ssh, underlays, workloads
from lab.fault_base import LabContext
from lab.faults import FAULTS
from lab.model import KubeProxyMode, LabModel
from lab.names import cluster_name, lab_of_netns
from lab.paths import ETC_NETNS, LabPaths

REQUIRED_TOOLS = (
    "ip",
    "bridge",
    "iptables",
    "iptables-restore",
    "iptables-save",
    "ethtool",
    "sysctl",
    "unshare",
    "socat",
    "dnsmasq",
    "tcpdump",
)
PARALLEL = 8


class LabError(RuntimeError):
    """A problem the user can act on; the message says what to do."""


def preflight() -> None:
    if os.geteuid() != 0:
        raise LabError("the lab builds network namespaces and needs root (run as root or with sudo)")
    missing = [t for t in REQUIRED_TOOLS if shutil.which(t) is None]
    if not Path(ssh.SSHD).exists():
        missing.append("sshd (openssh-server)")
    if missing:
        raise LabError(f"missing system tools: {', '.join(missing)}; install them with `bash scripts/setup-system.sh`")


@contextmanager
def locked(paths: LabPaths) -> Iterator[None]:
    paths.lock.parent.mkdir(parents=True, exist_ok=True)
    with open(paths.lock, "w") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as err:
            raise LabError("another `podnet lab` command is running on this lab") from err
        yield


def _which(paths: LabPaths) -> str:
    return f"lab {paths.name!r}" if paths.name else "lab"


def _up_hint(paths: LabPaths) -> str:
    return f"podnet lab up --name {paths.name}" if paths.name else "podnet lab up"


def load(paths: LabPaths) -> LabContext:
    if not paths.state.exists():
        raise LabError(f"no {_which(paths)} is up ({_up_hint(paths)})")
    return LabContext(paths, LabModel.load(paths.state))


def is_up(paths: LabPaths) -> bool:
    return paths.state.exists()


# --- up ------------------------------------------------------------------------------------------
@dataclass
class UpResult:
    model: LabModel
    seconds: float
    cleaned_leftovers: bool


def up(
    paths: LabPaths,
    nodes: int = 3,
    kube_proxy: KubeProxyMode | None = None,
    encapsulation: str = "vxlan",
    log: Any = None,
    profile: str | None = None,
) -> UpResult:
    if encapsulation.lower() != "vxlan":
        raise LabError(
            f"{encapsulation!r} encapsulation can't be built here: this kernel has no IPIP module "
            "(CONFIG_NET_IPIP is not set), so the lab runs Calico in VXLAN mode only. podnet itself "
            "diagnoses IPIP clusters (tunl0, proto bird routes, ip proto 4 captures)."
        )
    if kube_proxy not in (None, "ipvs", "iptables"):
        raise LabError(f"kube-proxy mode must be ipvs or iptables, not {kube_proxy!r}")
    try:
        model = profiles.build(profile, nodes, kube_proxy)  # validates profile and node count before anything
    except profiles.ProfileError as err:
        raise LabError(str(err)) from err
    model.set_name(paths.name)
    preflight()
    started = time.monotonic()
    with locked(paths), underlays.reserved(paths, model):
        if is_up(paths):
            down_cmd = f"podnet lab down --name {paths.name}" if paths.name else "podnet lab down"
            raise LabError(f"the {_which(paths)} is already up (podnet lab status); take it down first: {down_cmd}")
        leftovers = bool(netns.existing_lab_netns(paths.name)) or paths.root.exists()
        if leftovers:
            _teardown(paths)  # what a crashed lab left behind
        try:
            _build(paths, model, log or (lambda msg: None))
        except BaseException:
            _teardown(paths)
            raise
    return UpResult(model, time.monotonic() - started, leftovers)


def _build(paths: LabPaths, model: LabModel, log: Any) -> None:
    paths.root.mkdir(parents=True, exist_ok=True)
    paths.root.chmod(0o700)
    model.created = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    model.save(paths.state)

    log("API stand-in: certificates, token, kubeconfig")
    pki.make_pki(paths.pki)
    token = secrets.token_urlsafe(32)
    write_tokens(paths, {token: admin_identity()})
    api_pid = procs.spawn(paths, "apiserver", procs.python_module("lab.apiserver", "--lab-dir", str(paths.root)))

    log(f"namespaces: {len(netns.all_netns(model))}")
    netns.create_namespaces(model)
    _write_pod_resolv_confs(model)
    coredns_conf.write_node_resolv_confs(model)  # coredns-health: the nodes' and CoreDNS's upstream
    netns.build_underlay(model)
    ssh.install_node_tools(paths, model.kube_proxy_mode)
    ssh.prepare(paths, model)
    ssh.ensure_privsep_dir(paths)

    log(
        f"nodes: {len(model.nodes)} (profile {model.profile}: {encapsulation_of(model)}, routes, "
        f"kube-proxy {model.kube_proxy_mode} NAT, pods)"
    )
    with ThreadPoolExecutor(PARALLEL) as pool:
        list(pool.map(lambda n: netns.build_node(model, n), model.nodes))

    log("sshd on the bastion and every node")
    ssh.start_bastion(paths, model.name)
    node_pids = [(n, ssh.start_node(paths, n)) for n in model.nodes]
    for node, pid in node_pids:
        procs.wait_listening(pid, 22, f"sshd on {node.name}")

    log("DNS servers in the CoreDNS pods (forwarding to the upstream on the bastion), keystone")
    workloads.start_upstream(paths, model)
    workloads.start_all(paths, model)
    nodelocal.start_all(paths, model)  # profile node-local-dns: the cache on every node

    # kube-proxy's health endpoint on every node (kube-proxy step, kpcalico): one stand-in process
    log("kube-proxy /healthz stand-in on every node")
    ready = paths.root / "kube-proxy-healthz.ready"
    hz_pid = procs.spawn(
        paths,
        "kube-proxy-healthz",
        procs.python_module("lab.standins.kube_proxy_healthz", "--lab-dir", str(paths.root)),
    )
    procs.wait_until(ready.exists, "kube-proxy /healthz stand-in", pid=hz_pid)

    procs.wait_until(paths.api_port_file.exists, "API stand-in", pid=api_pid)
    model.api_port = int(paths.api_port_file.read_text())
    write_kubeconfig(paths, model.api_port, token)
    model.save(paths.state)


def admin_identity() -> dict[str, Any]:
    return {"user": "podnet-lab-admin", "rules": [{"apiGroups": ["*"], "resources": ["*"], "verbs": ["*"]}]}


def write_tokens(paths: LabPaths, tokens: dict[str, dict[str, Any]]) -> None:
    tmp = paths.api_tokens.with_suffix(".tmp")
    tmp.write_text(json.dumps({"tokens": tokens}, indent=1))
    tmp.chmod(0o600)
    tmp.replace(paths.api_tokens)


def add_token(
    paths: LabPaths, user: str, rules: list[dict[str, Any]], namespaced: dict[str, list[dict[str, Any]]] | None = None
) -> str:
    """Bind a new bearer token to exactly `rules` (cluster-wide, a ClusterRole's) and `namespaced`
    (namespace -> a Role's rules); returns the token. See lab.apiserver.rbac.bindings_for to get both
    from manifests."""
    current = json.loads(paths.api_tokens.read_text())["tokens"]
    token = secrets.token_urlsafe(32)
    current[token] = {"user": user, "rules": rules, "namespaced": namespaced or {}}
    write_tokens(paths, current)
    return token


def kubeconfig_dict(paths: LabPaths, port: int, token: str, user: str = "podnet-lab-admin") -> dict[str, Any]:
    """The lab's kubeconfig. A named lab's cluster, context and user entry carry its name
    (`podnet-lab-a`, `podnet-lab-admin@podnet-lab-a`), so two labs' kubeconfigs merge without clashes."""
    cluster = cluster_name(paths.name)
    entry = f"{user}@{cluster}" if paths.name else user
    return {
        "apiVersion": "v1",
        "kind": "Config",
        "clusters": [
            {
                "name": cluster,
                "cluster": {"server": f"https://127.0.0.1:{port}", "certificate-authority": str(paths.pki / "ca.crt")},
            }
        ],
        "users": [{"name": entry, "user": {"token": token}}],
        "contexts": [{"name": cluster, "context": {"cluster": cluster, "user": entry}}],
        "current-context": cluster,
        "preferences": {},
    }


def write_kubeconfig(
    paths: LabPaths, port: int, token: str, target: Path | None = None, user: str = "podnet-lab-admin"
) -> Path:
    target = target or paths.kubeconfig
    target.write_text(yaml.safe_dump(kubeconfig_dict(paths, port, token, user), sort_keys=False))
    target.chmod(0o600)
    return target


def _write_pod_resolv_confs(model: LabModel) -> None:
    for pod in model.netns_pods():
        if pod.app == "coredns":
            continue  # dnsPolicy Default: CoreDNS itself does not resolve through the cluster DNS
        pod_dns.write(model, pod)  # as kubelet writes it (nameserver: kubelet's --cluster-dns)


# --- down ----------------------------------------------------------------------------------------
@dataclass
class DownResult:
    namespaces: int
    processes: int


def down(paths: LabPaths) -> DownResult:
    preflight_root()
    with locked(paths):
        return _teardown(paths)


def preflight_root() -> None:
    if os.geteuid() != 0:
        raise LabError("taking the lab down removes network namespaces and needs root")


def _teardown(paths: LabPaths) -> DownResult:
    names = netns.existing_lab_netns(paths.name)  # this lab's only: the others keep running
    pids: list[int] = list(procs.recorded_pids(paths).values())
    for name in names:
        pids += procs.netns_pids(name)
    pids += procs.processes_with_marker(str(paths.root))
    live = [p for p in set(pids) if procs.alive(p)]
    procs.kill_all(live)
    netns.delete_namespaces(names)
    if ETC_NETNS.is_dir():
        for d in ETC_NETNS.glob(f"{paths.netns_prefix}*"):
            if lab_of_netns(d.name) == paths.name:
                shutil.rmtree(d, ignore_errors=True)
    ssh.release_privsep_dir(paths)
    shutil.rmtree(paths.root, ignore_errors=True)
    return DownResult(len(names), len(live))


# --- status --------------------------------------------------------------------------------------
def encapsulation_of(model: LabModel) -> str:
    modes = sorted({p.vxlan_mode for p in model.pools})
    if modes == ["Never"]:
        return "none (BGP)"
    return "vxlan " + "/".join(modes)


def status(paths: LabPaths) -> dict[str, Any]:
    leftovers = netns.existing_lab_netns(paths.name)
    if not is_up(paths):
        return {"up": False, "name": paths.name, "leftover_namespaces": leftovers}
    model = LabModel.load(paths.state)
    pids = procs.recorded_pids(paths)

    def running(name: str) -> bool:
        pid = pids.get(name)
        return pid is not None and procs.alive(pid)

    present = set(leftovers)
    return {
        "up": True,
        "name": model.name,
        "underlay": model.underlay,
        "created": model.created,
        "profile": model.profile,
        "kube_proxy_mode": model.kube_proxy_mode,
        "kube_proxy_configmap": model.kube_proxy_configmap,
        "encapsulation": encapsulation_of(model),
        "calico_install": f"{model.install} ({model.calico_namespace})",
        "mtu": "auto" if model.mtu_auto else str(model.vxlan_mtu if model.encapsulated else model.veth_mtu),
        "pools": [
            {"name": p.name, "cidr": p.cidr, "vxlanMode": p.vxlan_mode, "ipipMode": "Never"} for p in model.pools
        ],
        "api": {
            "server": f"https://127.0.0.1:{model.api_port}",
            "running": running("apiserver"),
            "kubeconfig": str(paths.kubeconfig),
        },
        "bastion": {
            "namespace": netns.bastion_ns(model.name),
            "ip": model.bastion_ip,
            "socket": str(paths.bastion_socket),
            "running": running("bastion-sshd") and running("bastion-socket"),
        },
        "nodes": [
            {
                "name": n.name,
                "namespace": n.netns,
                "internal_ip": n.ip,
                "block": n.block,
                "blocks": n.blocks,
                "tunnel_ip": n.tunnel_ip,
                "vtep_mac": n.vtep_mac,
                "calico_detected": f"{n.detected_ip} ({n.detected_iface})",
                "vxlan": n.vxlan_enabled,
                "namespace_present": n.netns in present,
                "sshd": running(f"{n.name}-sshd"),
            }
            for n in model.nodes
        ],
        "pods": [
            {
                "namespace": p.namespace,
                "name": p.name,
                "node": p.node,
                "ip": p.ip,
                "app": p.app,
                "netns": None if p.host_network else p.netns,
                "process": running(f"pod-{p.name}") if p.app in ("coredns", "keystone") else None,
            }
            for p in model.pods
        ],
        "services": [
            {
                "namespace": s.namespace,
                "name": s.name,
                "cluster_ip": s.cluster_ip,
                "ports": [f"{p.port}/{p.protocol}" for p in s.ports],
            }
            for s in model.services
        ],
        "faults": [
            {"name": f.name, "node": f.node, "detail": f.detail, "summary": FAULTS[f.name].summary}
            for f in model.faults
        ],
    }


def env_exports(paths: LabPaths) -> dict[str, str]:
    if not is_up(paths):
        raise LabError(f"no {_which(paths)} is up ({_up_hint(paths)})")
    out = {
        "KUBECONFIG": str(paths.kubeconfig),
        "PODNET_SSH_CONFIG": str(paths.ssh_config),
        "PODNET_KNOWN_HOSTS": str(paths.known_hosts),
        "PODNET_SSH_KEY": str(paths.client_key),
    }
    if paths.name:  # later `podnet lab …` commands in this shell go to this lab
        out["PODNET_LAB_NAME"] = paths.name
        if "PODNET_LAB_DIR" in os.environ:
            out["PODNET_LAB_DIR"] = os.environ["PODNET_LAB_DIR"]  # the base a named lab's directory is beside
    elif paths.root != LabPaths.default().root or "PODNET_LAB_DIR" in os.environ:
        out["PODNET_LAB_DIR"] = str(paths.root)
    return out


def pod_exec_argv(paths: LabPaths, pod_name: str, command: list[str]) -> list[str]:
    model = load(paths).model
    candidates = [
        p for p in model.netns_pods() if p.name == pod_name or p.name.startswith(pod_name) or p.app == pod_name
    ]
    exact = [p for p in candidates if p.name == pod_name]
    if exact:
        candidates = exact
    if not candidates:
        names = ", ".join(p.name for p in model.netns_pods())
        raise LabError(f"no pod {pod_name!r} with its own network namespace; pods: {names}")
    if len(candidates) > 1:
        raise LabError(f"{pod_name!r} matches {len(candidates)} pods: {', '.join(p.name for p in candidates)}")
    if not command:
        raise LabError("give a command to run: podnet lab pod-exec POD -- CMD [ARGS...]")
    return ["ip", "netns", "exec", candidates[0].netns, *command]
