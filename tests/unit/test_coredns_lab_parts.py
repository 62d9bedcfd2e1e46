"""The lab's coredns-health parts without root: the pods/log endpoint's query parameters over a CRI log
file, the CoreDNS forward stand-in's Corefile subset and DNS wire handling, Calico's natOutgoing rules."""

from __future__ import annotations

import struct
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from lab.apiserver.pod_logs import LogError, log_body
from lab.coredns_conf import corefile_text
from lab.kubeproxy import render_nat
from lab.layout import build_model
from lab.standins.coredns_forward import parse_corefile, question, servfail, upstreams

POD = {"metadata": {"name": "coredns-a"}, "spec": {"containers": [{"name": "coredns"}]}, "status": {}}


def _stamp(ago: timedelta) -> str:
    return (datetime.now(UTC) - ago).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def test_pod_log_honours_tail_since_timestamps_and_previous(tmp_path: Path) -> None:
    old, new = _stamp(timedelta(minutes=30)), _stamp(timedelta(seconds=5))
    (tmp_path / "coredns-a-coredns.log").write_text(
        f"{old} stdout F .:53\n{old} stdout F CoreDNS-1.11.1\nnot a CRI line\n"
        f"{new} stdout F [ERROR] plugin/errors: 2 api.example.com. A: read udp 1.2.3.4:5->10.41.0.2:53: i/o timeout\n"
    )
    assert log_body(tmp_path, POD, {}).decode().splitlines()[:2] == [".:53", "CoreDNS-1.11.1"]
    assert log_body(tmp_path, POD, {"sinceSeconds": "600"}).decode().startswith("[ERROR] plugin/errors")
    assert log_body(tmp_path, POD, {"tailLines": "2"}).decode().splitlines()[0] == "CoreDNS-1.11.1"
    assert log_body(tmp_path, POD, {"tailLines": "1", "timestamps": "true"}).decode().startswith(new + " [ERROR]")
    assert log_body(tmp_path, POD, {"limitBytes": "4"}) == b".:53"
    with pytest.raises(LogError, match="previous terminated container"):
        log_body(tmp_path, POD, {"previous": "true"})
    with pytest.raises(LogError, match="is not valid for pod"):
        log_body(tmp_path, POD, {"container": "sidecar"})
    assert log_body(tmp_path, {**POD, "metadata": {"name": "quiet"}}, {}) == b""


def test_the_stand_in_runs_the_served_corefiles_forward_and_loop(tmp_path: Path) -> None:
    targets, loop = parse_corefile(corefile_text())
    assert (targets, loop) == (["/etc/resolv.conf"], True)
    resolv = tmp_path / "resolv.conf"
    resolv.write_text("# the node's\nnameserver 10.41.0.2\n")
    assert upstreams([str(resolv), "8.8.8.8", "dns://1.1.1.1:5353"]) == [
        ("10.41.0.2", 53),
        ("8.8.8.8", 53),
        ("1.1.1.1", 5353),
    ]


def test_the_stand_in_reads_questions_and_answers_servfail() -> None:
    query = struct.pack("!HHHHHH", 0x1234, 0x0100, 1, 0, 0, 0) + b"\x03api\x07example\x03com\x00" + b"\x00\x01\x00\x01"
    assert question(query) == ("api.example.com.", "A")
    answer = servfail(query)
    ident, flags, qd, an = struct.unpack("!HHHH", answer[:8])
    assert (ident, flags & 0x8000, flags & 0x000F, qd, an) == (0x1234, 0x8000, 2, 1, 0)
    assert answer[12:] == query[12:]


def test_nat_outgoing_masquerades_pod_traffic_leaving_the_pools_only() -> None:
    model = build_model(3, "ipvs", profile="multi-pool", multi_pool=True)
    nat = render_nat(model, model.nodes[0])
    pools = [p.cidr for p in model.pools]
    assert len(pools) == 2
    lines = [ln for ln in nat.splitlines() if "cali-nat-outgoing" in ln and ln.startswith("-A cali-nat-outgoing")]
    assert lines == [f"-A cali-nat-outgoing -d {p} -j RETURN" for p in pools] + [
        f'-A cali-nat-outgoing -s {p} -m comment --comment "cali:flqWnvo8yq4ULQLa" -j MASQUERADE --random-fully'
        for p in pools
    ]
