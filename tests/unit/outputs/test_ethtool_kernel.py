"""The node's NIC and kernel: `ethtool -k` offloads (the checksum/GSO workaround applied or not), the
interface MTUs read from /sys, and `uname -r` kernel releases."""

from __future__ import annotations

import pytest

from checks.outputs.ethtool import Offload, parse_offloads, risky_offloads
from checks.outputs.kernel import KernelVersion, parse_uname_r
from checks.outputs.mtu import parse_sys_mtus
from tests.unit.outputs.samples import lab

# --- ethtool -k -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fixture", "risky"),
    [
        ("node-2.ethtool-k-eth0.txt", []),  # the runbook's workaround applied: rx/tx csum and gso off
        ("node-2.ethtool-k-eth0.gso-on.txt", ["rx-checksumming", "tx-checksumming", "generic-segmentation-offload"]),
    ],
)
def test_offloads(fixture: str, risky: list[str]) -> None:
    offloads = parse_offloads(lab(fixture))
    assert len(offloads) == 63  # every feature line, indented sub-features included
    assert risky_offloads(offloads) == risky
    assert offloads["large-receive-offload"] == Offload(on=False, fixed=True)
    assert offloads["tcp-segmentation-offload"] == Offload(on=True, fixed=False)


def test_offloads_keep_requested_states() -> None:
    offloads = parse_offloads(lab("node-2.ethtool-k-eth0.txt"))
    assert offloads["tx-tcp-segmentation"] == Offload(on=False, fixed=False, requested=True)
    assert offloads["tx-checksum-ipv4"] == Offload(on=False, fixed=True)
    assert "Features for eth0" not in offloads


# --- mtu / kernel -----------------------------------------------------------------------------------------------


def test_sys_mtus() -> None:
    text = (
        "/sys/class/net/cali02eff1767e0/mtu 8950\n/sys/class/net/eth0/mtu 9000\n"
        "cat: /sys/class/net/gone/mtu: No such file or directory\n/sys/class/net/vxlan.calico/mtu:8950\n"
    )
    assert parse_sys_mtus(text) == {"cali02eff1767e0": 8950, "eth0": 9000, "vxlan.calico": 8950}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("6.18.44-fc-v657\n", KernelVersion(6, 18, 44, "6.18.44-fc-v657")),
        ("3.10.0-1160.el7.x86_64\n", KernelVersion(3, 10, 0, "3.10.0-1160.el7.x86_64")),
        ("4.19\n", KernelVersion(4, 19, 0, "4.19")),
        ("Linux\n", KernelVersion(None, None, None, "Linux")),
    ],
)
def test_uname_r(text: str, expected: KernelVersion) -> None:
    assert parse_uname_r(text) == expected


def test_uname_r_lab_fixture_compares() -> None:
    version = parse_uname_r(lab("node-2.uname-r.txt"))
    assert version.as_tuple() == (6, 18, 44)
    assert (version.as_tuple() or (0, 0, 0)) >= (5, 4, 0)
    assert parse_uname_r("").as_tuple() is None
