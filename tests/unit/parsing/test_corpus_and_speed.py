"""The paste parser's figures: precision and recall on a corpus of real pasted messages
(`tests/fixtures/pastes/corpus.jsonl`), and a 1 MB paste parsed within a second."""

from __future__ import annotations

import json
import random
import time
from pathlib import Path
from typing import Any

import pytest

from checks.parsing import parse_failures

CORPUS = Path(__file__).resolve().parents[2] / "fixtures" / "pastes" / "corpus.jsonl"


def _corpus() -> list[dict[str, Any]]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_corpus_of_real_messages_precision_and_recall(capsys: pytest.CaptureFixture[str]) -> None:
    rows = _corpus()
    assert len(rows) >= 80
    assert all(r["source"].strip() for r in rows)
    assert len({r["id"] for r in rows}) == len(rows)
    adapted = [r for r in rows if r.get("adapted")]
    assert len(adapted) <= 15
    correct = predicted = expected = 0
    misses: list[str] = []
    for r in rows:
        want = {(e["host"], e["kind"]) for e in r["expected"]}
        got = {(f.host, f.kind) for f in parse_failures(r["text"])}
        correct += len(got & want)
        predicted += len(got)
        expected += len(want)
        if got != want:
            misses.append(f"  {r['id']}: expected {sorted(want)} got {sorted(got)}")
    precision = correct / predicted
    recall = correct / expected
    positives = sum(1 for r in rows if r["expected"])
    with capsys.disabled():  # the figures belong in CI's output
        print(
            f"\n[figure] parser corpus: {len(rows)} messages ({positives} with failures, "
            f"{len(rows) - positives} without, "
            f"{len(adapted)} adapted), precision {precision:.3f}, recall {recall:.3f}"
        )
        print("\n".join(misses))
    assert precision >= 0.97
    assert recall >= 0.97


def _one_megabyte_paste() -> tuple[str, set[tuple[str, str]]]:
    rng = random.Random(7)
    ordinary = [
        "2024-05-01T10:{:02d}:{:02d}.{:03d}Z INFO  http request GET /api/v1/items status=200 duration=12ms",
        "2024-05-01T10:{:02d}:{:02d}.{:03d}Z DEBUG cache hit key=user:42 ttl=300",
        "I0501 10:{:02d}:{:02d}.{:03d}  1 reflector.go:255] Listing and watching *v1.Pod from informers",
        "    at com.example.Service.handle(Service.java:{:d}) ~[app.jar:{:d}.{:d}]",
    ]
    near_misses = [
        "we need a lookup table for the config; the build timed out",
        "lookup " + "a" * 300 + " on the config",
        "dial tcp 10.96.0.1:443: i/o timeout",
        "*** Can't find kubernetes.default.svc.cluster.local: No answer",
        "java.net.UnknownHostException",
        "getaddrinfo ENOTFOUND",
        "[ERROR] plugin/errors: 2 " + "x" * 260 + " A: i/o timeout",
        "status: NOERROR, id: 1 " + "status: " * 50,
        "Failed to resolve dependencies " * 20,
        "lookup " * 400,
        "could not be resolved " + "(" * 300,
        "<https://" + "a" * 3000 + "|" + "b" * 400 + ">",
        "\\" * 500 + '\\"' * 200,
        "Resolving " + "a." * 150 + "... " * 80,
        "&amp;" * 400,
    ]
    failures = [
        (
            "dial tcp: lookup default-keystone on 10.96.0.10:53: read udp 10.40.1.2:1->10.96.0.10:53: i/o timeout",
            ("default-keystone", "timeout"),
        ),
        ("java.net.UnknownHostException: orders.shop: Name or service not known", ("orders.shop", "nxdomain")),
        ("** server can't find web.prod.svc.cluster.local: NXDOMAIN", ("web.prod.svc.cluster.local", "nxdomain")),
        ("Error: getaddrinfo EAI_AGAIN rabbitmq:5672", ("rabbitmq", "temporary")),
    ]
    lines: list[str] = []
    size = 0
    while size < 1_000_000:
        if len(lines) % 97 == 96:
            line = near_misses[len(lines) // 97 % len(near_misses)]
        else:
            line = rng.choice(ordinary).format(rng.randrange(60), rng.randrange(60), rng.randrange(1000))
        lines.append(line)
        size += len(line) + 1
    for i, (line, _) in enumerate(failures):
        lines.insert((i + 1) * len(lines) // (len(failures) + 1), line)
    lines.append("x" * 200_000 + " lookup " * 2000 + " no such host")  # one pathological long line
    return "\n".join(lines), {f for _, f in failures}


def test_a_one_megabyte_paste_parses_quickly(capsys: pytest.CaptureFixture[str]) -> None:
    paste, want = _one_megabyte_paste()
    assert len(paste) >= 1_000_000
    parse_failures(paste[:10_000])  # warm the regex cache
    start = time.perf_counter()
    failures = parse_failures(paste)
    elapsed = time.perf_counter() - start
    with capsys.disabled():
        print(
            f"\n[figure] parser: {len(paste) / 1e6:.2f} MB parsed in {elapsed * 1000:.1f} ms, {len(failures)} failures"
        )
    assert {(f.host, f.kind) for f in failures} == want
    assert elapsed < 1.0
