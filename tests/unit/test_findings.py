"""The finding codes: one table, every code in it used, every code used in it, the docs made from it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from checks.findings import CATALOG, markdown, prefix
from checks.ladder import LADDER
from checks.ladder.base import Collector

ROOT = Path(__file__).resolve().parents[2]
PLACES = "|".join(["check", "mapping", *(re.escape(s.id) for s in LADDER)])
CODE = re.compile(rf"""["']((?:{PLACES})\.[a-z0-9-]+)["']""")


def codes_in_source() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in sorted((ROOT / "checks").rglob("*.py")):
        if path.name == "findings.py":
            continue
        for code in CODE.findall(path.read_text()):
            found.setdefault(code, set()).add(str(path.relative_to(ROOT)))
    return found


def test_every_code_the_engine_uses_is_in_the_table_and_every_code_in_the_table_is_used() -> None:
    used = codes_in_source()
    assert {"routing.block-route-missing", "mapping.no-such-service", "check.node-unreachable"} <= set(used)
    assert not set(used) - set(CATALOG), "codes used but not in checks.findings.CATALOG"
    assert not set(CATALOG) - set(used), "codes in the table that nothing reports"


def test_codes_are_stable_names_of_a_known_place() -> None:
    places = {s.id for s in LADDER} | {"check", "mapping"}
    for code, info in CATALOG.items():
        assert re.fullmatch(r"[a-z-]+\.[a-z0-9-]+", code), code
        assert prefix(code) in places, code
        assert info.meaning.strip() and info.fix.strip(), code


def test_the_docs_table_is_made_from_the_catalog() -> None:
    expected = markdown()
    assert (ROOT / "docs" / "findings.md").read_text() == expected, "run: python -m checks.findings > docs/findings.md"


def test_a_step_cannot_report_a_code_the_table_does_not_know() -> None:
    f = Collector("routing", "Routes")
    with pytest.raises(KeyError, match=r"routing\.made-up"):
        f.problem("routing.made-up", "x")


def test_status_follows_severity_and_problem_nodes_become_the_steps_nodes() -> None:
    f = Collector("mtu", "MTU")
    f.warning("mtu.veth-exceeds-tunnel", "a warning", ("node-9",))
    assert f.result(0.0, summary_if_ok="ok").status == "warn"
    f.unchecked("check.node-unreachable", "node-3: down", ("node-3",))
    assert f.result(0.0, summary_if_ok="ok").status == "error"
    f.problem("mtu.tunnel-exceeds-nic", "node-2: too big", ("node-2",))
    result = f.result(0.0, summary_if_ok="ok")
    assert result.status == "fail" and result.nodes == ("node-2",)
    assert result.codes("problem") == ("mtu.tunnel-exceeds-nic",)
    assert "also could not check: node-3: down" in result.summary
