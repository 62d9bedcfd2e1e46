"""The request value: built once from a paste or a command, carried in the buttons, read back by Re-run."""

from __future__ import annotations

import json

import pytest

from bot.slack.request import BUTTON_VALUE_LIMIT, DiagnosisRequest
from checks.cluster.mapping import Failing
from checks.parsing import parse_failures


def test_a_pasted_failure_round_trips_through_a_button_value() -> None:
    failure = parse_failures("dial tcp: lookup default-keystone.onecloud on 10.96.0.10:53: i/o timeout")[0]
    request = DiagnosisRequest.for_failure(failure)
    value = request.to_json()
    assert len(value) <= BUTTON_VALUE_LIMIT
    again = DiagnosisRequest.from_json(value)
    assert again == request
    assert again.failing == Failing("default-keystone.onecloud", "timeout", "default-keystone", "onecloud")
    assert again.title() == "Diagnosing `default-keystone.onecloud` (onecloud) (timeout)"
    captured = DiagnosisRequest.from_json(again.with_capture().to_json())
    assert captured.capture and captured.failing == again.failing
    assert captured.title().endswith("with a packet capture")


def test_a_node_check_round_trips() -> None:
    request = DiagnosisRequest.check("node-3")
    assert DiagnosisRequest.from_json(request.to_json()) == request
    assert request.title() == "Checking node `node-3`"


@pytest.mark.parametrize(
    "value",
    [
        "not json",
        "[]",
        json.dumps({"v": 2, "kind": "diagnose"}),
        json.dumps({"v": 1, "kind": "exec"}),
        json.dumps({"v": 1, "kind": "check"}),
        json.dumps({"v": 1, "kind": "check", "node": "node-1; rm -rf /"}),
        json.dumps({"v": 1, "kind": "diagnose", "failing": {"host": "a b"}}),
        json.dumps({"v": 1, "kind": "diagnose", "failing": {"host": "x", "kind": "weird"}}),
        json.dumps({"v": 1, "kind": "diagnose", "capture": "yes"}),
        json.dumps({"v": 1, "kind": "diagnose", "failing": "x"}),
    ],
)
def test_anything_to_json_would_not_write_is_refused(value: str) -> None:
    with pytest.raises(ValueError):
        DiagnosisRequest.from_json(value)
