"""What the node-output parser tests share: where the runbook's samples and the lab's captures are, the
lab's kube-dns Service and CoreDNS pods, and the kube-dns endpoint tables of a healthy and of a stale node."""

from __future__ import annotations

from pathlib import Path

from checks.outputs.services import VirtualService

FIXTURES = Path(__file__).parent.parent.parent / "fixtures"
LAB = FIXTURES / "lab"
RUNBOOK = FIXTURES / "runbook"

DNS_VIP = "10.96.0.10"
COREDNS = ("10.40.52.149", "10.40.52.171")


def lab(name: str) -> str:
    return (LAB / name).read_text()


def kube_dns(services: list[VirtualService]) -> dict[tuple[str, int], set[tuple[str, int]]]:
    return {(vs.proto, vs.port): set(vs.endpoints) for vs in services if vs.vip == DNS_VIP}


HEALTHY_KUBE_DNS = {
    ("TCP", 53): {(ip, 53) for ip in COREDNS},
    ("TCP", 9153): {(ip, 9153) for ip in COREDNS},
    ("UDP", 53): {(ip, 53) for ip in COREDNS},
}
STALE_KUBE_DNS = {
    ("TCP", 53): {("10.40.52.149", 53), ("10.40.52.140", 53)},
    ("TCP", 9153): {("10.40.52.149", 9153), ("10.40.52.140", 9153)},
    ("UDP", 53): {("10.40.52.149", 53), ("10.40.52.140", 53)},
}
