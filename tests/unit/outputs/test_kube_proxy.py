"""kube-proxy's /healthz answer (format: kubernetes pkg/proxy/healthcheck/proxier_health.go) and the
iptables backends' chains (real `iptables-{legacy,nft}-save -t filter` captures on this machine)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from checks.outputs.kube_proxy import legacy_tables, parse_backend_chains, parse_go_time, parse_healthz

COMMON = Path(__file__).resolve().parents[2] / "fixtures" / "clusters" / "nodes" / "common"


def read(name: str) -> str:
    return (COMMON / name).read_text()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020-06-08 12:15:33.063331493 +0000 UTC m=+5839.585338573", datetime(2020, 6, 8, 12, 15, 33, 63331, UTC)),
        ("2020-06-08 12:15:33 +0000 UTC", datetime(2020, 6, 8, 12, 15, 33, tzinfo=UTC)),
        ("2024-03-01T10:00:00Z", datetime(2024, 3, 1, 10, 0, tzinfo=UTC)),
        ("yesterday", None),
        ("", None),
    ],
)
def test_go_time(text: str, expected: datetime | None) -> None:
    assert parse_go_time(text) == expected


def test_healthy_answer() -> None:
    h = parse_healthz(read("kube-proxy-healthz.200.txt"))
    assert (h.status, h.sync_age, h.node_eligible, h.recognised) == (200, 0.0, True, True)


def test_stale_answer() -> None:
    h = parse_healthz(read("kube-proxy-healthz.503.txt"))
    assert h.status == 503
    assert h.sync_age == pytest.approx(694.568, abs=0.001)


def test_before_node_eligible_existed() -> None:
    body = (
        '{"lastUpdated": "2023-01-05 08:00:00.5 +0000 UTC m=+1.0",'
        '"currentTime": "2023-01-05 08:01:00.5 +0000 UTC m=+61.0"}'
    )
    h = parse_healthz(body + "\n503")
    assert (h.status, h.sync_age, h.node_eligible) == (503, 60.0, None)


@pytest.mark.parametrize("text", ["\n000", "", "000"])
def test_nothing_answered(text: str) -> None:
    h = parse_healthz(text)
    assert not h.answered and not h.recognised


def test_not_kube_proxy() -> None:
    h = parse_healthz("<html>nginx</html>\n200")
    assert h.answered and not h.recognised


def test_backend_chains() -> None:
    nft = parse_backend_chains(read("iptables-nft-save-filter.with-legacy-warning.txt"))
    legacy = parse_backend_chains(read("iptables-legacy-save-filter.kube.txt"))
    assert (nft.kube, nft.calico) == ((), ("cali-FORWARD",))
    assert (legacy.kube, legacy.calico) == (("KUBE-FIREWALL", "KUBE-FORWARD"), ())
    assert not parse_backend_chains("*filter\n:INPUT ACCEPT [0:0]\nCOMMIT\n").any


def test_legacy_tables() -> None:
    assert legacy_tables(read("ip-tables-names.filter.txt")) == ("filter",)
    assert legacy_tables("") == ()
