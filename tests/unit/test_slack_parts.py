"""Block Kit rendering within Slack's limits, settings validation, and the shared event store."""

from __future__ import annotations

import pytest

from bot.settings import Settings, SettingsError
from bot.slack import blocks as bk
from bot.storage.store import Store
from checks.model import Evidence, Report, StepResult, SuggestedCommand, Target, Verdict


def big_report() -> Report:
    lines = tuple(f"line {i} " + "x" * 120 for i in range(400))
    steps = tuple(
        StepResult(
            sid,
            sid,
            "fail" if sid == "routing" else "pass",
            f"summary of {sid} " * 20,
            ("node-2",),
            tuple(Evidence(f"cmd {j}", "node-2", lines, 0) for j in range(5)),
            "why " * 50,
            tuple(SuggestedCommand(f"fix {k}", "node-2", "because") for k in range(8)),
        )
        for sid in ("coredns", "service-nat", "routing", "autodetect", "link", "mtu", "tunnel-mode", "kernel-gso")
    )
    target = Target(
        "default-keystone",
        "timeout",
        "default-keystone",
        "onecloud",
        "10.96.0.10",
        ("node-2",),
        (("coredns-a", "10.40.52.149", "node-1"),),
    )
    return Report(target, steps, Verdict("problem", "routing", "no route " * 400), 2.0)


def test_report_blocks_stay_within_slacks_limits() -> None:
    blocks = bk.report_blocks(big_report(), {"kind": "diagnose", "host": "default-keystone"})
    dicts = [b.to_dict() for b in blocks]  # slack_sdk validates each block here
    assert len(dicts) <= 50
    for d in dicts:
        if d["type"] == "section":
            assert len(d["text"]["text"]) <= 3000
    text = str(dicts)
    assert "routing" in text and "Re-run" in text and "Show all evidence" in text and "Capture packets" in text
    assert "cut" in text  # long evidence is cut with a note, never rejected by Slack


def test_progress_blocks_list_every_step() -> None:
    blocks = bk.progress_blocks("Diagnosing `x`", [("coredns", "pass"), ("routing", "running")])
    text = str([b.to_dict() for b in blocks])
    assert ":white_check_mark: `coredns` pass" in text and "`routing` running" in text


def test_settings_name_every_missing_variable() -> None:
    with pytest.raises(SettingsError) as socket_mode:
        Settings.from_env({}, slack="socket")
    assert [p.split()[0] for p in socket_mode.value.problems] == ["SLACK_BOT_TOKEN", "SLACK_APP_TOKEN"]
    with pytest.raises(SettingsError) as http:
        Settings.from_env({"SLACK_BOT_TOKEN": "xoxb-1"}, slack="http")
    assert http.value.problems[0].startswith("SLACK_SIGNING_SECRET")
    with pytest.raises(SettingsError) as bad:
        Settings.from_env(
            {"SLACK_BOT_TOKEN": "xoxp-user", "SLACK_APP_TOKEN": "xapp-1", "PODNET_MAX_CONCURRENT": "lots"},
            slack="socket",
        )
    assert len(bad.value.problems) == 2 and "xoxp-user" not in str(bad.value)  # secrets are not echoed
    ok = Settings.from_env(
        {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1", "PODNET_CHANNELS": "C1, C2"}, slack="socket"
    )
    assert ok.for_slack.channels == ("C1", "C2") and "xoxb-1" not in repr(ok)


def test_an_event_is_claimed_once_across_replicas(database_url: str) -> None:
    url = database_url
    replica_a, replica_b = Store(url), Store(url)
    assert replica_a.claim_event("Ev123") is True
    assert replica_b.claim_event("Ev123") is False  # a retry landing on the other replica
    assert replica_b.claim_event("Ev124") is True


def test_recent_diagnoses_link_instead_of_rerunning(database_url: str) -> None:
    store = Store(database_url)
    assert store.recent("onecloud/default-keystone", 5) is None
    assert store.begin("onecloud/default-keystone", "C0LAB", "1.0001", 5) is None  # ours now
    running = store.begin("onecloud/default-keystone", "C0LAB", "1.0002", 5)  # the next paste links to it
    assert running is not None and running.verdict == "running" and running.thread_ts == "1.0001"
    store.finish("onecloud/default-keystone", "problem")
    assert store.recent("onecloud/default-keystone", 5).verdict == "problem"
    assert store.recent("onecloud/default-keystone", 0) is None


def test_two_deliveries_of_the_same_target_at_once_start_one_diagnosis(database_url: str) -> None:
    import threading

    url = database_url
    stores = [Store(url) for _ in range(8)]
    barrier = threading.Barrier(len(stores))
    owners: list[bool] = []

    def claim(store: Store, i: int) -> None:
        barrier.wait()
        owners.append(store.begin("onecloud/x", "C0LAB", f"1.{i}", 5) is None)

    threads = [threading.Thread(target=claim, args=(s, i)) for i, s in enumerate(stores)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert sorted(owners) == [False] * 7 + [True]
