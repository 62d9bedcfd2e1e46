"""The reports behind verdict messages live in the database: any replica, and a restarted one, can show
the evidence and re-run; they go after the retention."""

from __future__ import annotations

import time

import sqlalchemy as sa

from bot.slack.request import DiagnosisRequest
from bot.storage.store import Store
from checks.model import Finding, Report, StepResult, Target, Verdict


def _report() -> Report:
    target = Target("default-keystone", "timeout", "default-keystone", "onecloud", "10.96.0.10", ("node-2",), ())
    step = StepResult(
        "routing",
        "Routes",
        "fail",
        "node-2: no route",
        ("node-2",),
        findings=(Finding("routing.block-route-missing", "problem", "node-2: no route", ("node-2",)),),
    )
    verdict = Verdict("problem", "routing", "node-2: no route", code="routing.block-route-missing")
    return Report(target, (step,), verdict, 1.5)


def test_a_report_kept_by_one_replica_is_read_by_another(database_url: str) -> None:
    request = DiagnosisRequest.check("node-2")
    Store(database_url).keep_report("C1", "111.222", request.to_json(), _report().to_json())
    kept = Store(database_url).report("C1", "111.222")  # another replica, or this one after a restart
    assert kept is not None
    assert DiagnosisRequest.from_json(kept.request) == request
    assert Report.from_json(kept.report).to_json() == _report().to_json()
    assert Store(database_url).report("C2", "111.222") is None  # keyed by channel and message


def test_reports_older_than_the_retention_are_gone(database_url: str) -> None:
    store = Store(database_url, report_days=7)
    store.keep_report("C1", "1.1", DiagnosisRequest.check("node-1").to_json(), _report().to_json())
    with store.engine.begin() as conn:
        conn.execute(sa.text("UPDATE podnet_reports SET created_at = :t"), {"t": time.time() - 8 * 86400})
    assert store.report("C1", "1.1") is None
    # and the next report kept prunes the old row
    store.keep_report("C1", "2.2", DiagnosisRequest.check("node-1").to_json(), _report().to_json())
    with store.engine.begin() as conn:
        assert conn.execute(sa.text("SELECT ts FROM podnet_reports")).scalars().all() == ["2.2"]
