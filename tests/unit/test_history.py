"""Sweep history and its Slack summary, on SQLite and on a real PostgreSQL server (the `database_url`
fixture runs every test on both)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import sqlalchemy as sa

from bot.slack.summary import latest_summary, post_summary, problem_messages, sparkline
from bot.sweeps.history import History, HistoryReader
from checks.engine import NodeHealth
from checks.model import Evidence, Finding, StepResult, SuggestedCommand

NODES = ("node-1", "node-2", "node-3")


def step(node: str, step_id: str, failing: set[tuple[str, str]], on: tuple[str, ...] | None = None) -> StepResult:
    if (node, step_id) not in failing:
        return StepResult(step_id, step_id, "pass", f"{step_id} ok")
    return StepResult(
        step_id,
        step_id,
        "fail",
        f"{step_id} broken on {','.join(on or (node,))}",
        on or (node,),
        (Evidence("ip route show", node, ("10.40.52.128/26 via 10.41.1.22 dev vxlan.calico onlink",), 0),),
        "the route to the block is missing",
        (SuggestedCommand("kubectl -n calico-system rollout restart ds/calico-node", "any machine", "restart"),),
    )


def sweep(*failing: tuple[str, str]) -> list[NodeHealth]:
    bad = set(failing)
    return [NodeHealth(n, tuple(step(n, s, bad) for s in ("routing", "mtu"))) for n in NODES]


def text_of(blocks: list) -> str:
    return "\n".join(json.dumps(b.to_dict(), ensure_ascii=False) for b in blocks)


def test_new_resolved_and_the_summary(database_url: str) -> None:
    history = History(database_url)
    reader = HistoryReader(history)
    assert latest_summary(reader) is None
    assert history.record(sweep(), time.time()).new == ()
    text, blocks = latest_summary(reader) or ("", [])
    assert "all 3 nodes healthy" in text and len(blocks) == 1  # a healthy night is one short line

    broken = history.record(sweep(("node-2", "routing")), time.time())
    assert [(c.node, c.step) for c in broken.new] == [("node-2", "routing")]
    text, blocks = latest_summary(reader) or ("", [])
    body = text_of(blocks)
    assert "1 of 3 nodes failing" in text
    assert "`routing` on node-2" in body and "New since the last sweep" in body

    fixed = history.record(sweep(), time.time())
    assert [(c.node, c.step) for c in fixed.resolved] == [("node-2", "routing")]
    text, blocks = latest_summary(reader) or ("", [])
    assert "all 3 nodes healthy" in text and "Resolved since the last sweep" in text_of(blocks)
    assert reader.trend() == {"routing": [0, 1, 0]}
    # an older sweep's summary is still the one asked for, with the trend up to it
    text, _ = latest_summary(reader, broken.sweep_id) or ("", [])
    assert "1 of 3 nodes failing" in text


def test_a_problem_seen_from_every_node_is_one_problem_on_its_own_node(database_url: str) -> None:
    """CoreDNS down on node-1 fails `coredns` in every row; it is new once and resolved once, on node-1."""
    history = History(database_url)
    history.record(sweep(), time.time())
    down = [NodeHealth(n, (step(n, "coredns", {(n, "coredns")}, on=("node-1",)), step(n, "mtu", set()))) for n in NODES]
    record = history.record(down, time.time())
    assert [(c.node, c.step) for c in record.new] == [("node-1", "coredns")]
    stored, _ = HistoryReader(history).latest() or (None, None)
    assert stored is not None
    messages = problem_messages(stored)
    assert len(messages) == 1 and messages[0][0].startswith("node-1 · coredns")
    text, blocks = latest_summary(HistoryReader(history)) or ("", [])
    assert "1 of 3 nodes failing" in text and "`coredns` on node-1" in text_of(blocks)
    assert [(c.node, c.step) for c in history.record(sweep(), time.time()).resolved] == [("node-1", "coredns")]


def test_thread_messages_carry_evidence_and_commands(database_url: str) -> None:
    history = History(database_url)
    history.record(sweep(("node-2", "routing"), ("node-3", "mtu")), time.time())
    posts: list[dict] = []

    def post(channel: str, text: str, *, thread_ts=None, blocks=None, metadata=None) -> str:
        posts.append({"channel": channel, "text": text, "thread_ts": thread_ts, "blocks": blocks, "meta": metadata})
        return f"100.{len(posts)}"

    ts = post_summary(post, "C0OPS", HistoryReader(history), slot="2026-11-27T02:00:00+00:00")
    assert ts == "100.1" and posts[0]["thread_ts"] is None
    assert posts[0]["meta"]["event_payload"]["slot"] == "2026-11-27T02:00:00+00:00"
    replies = posts[1:]
    assert [p["text"].split(":")[0] for p in replies] == ["node-2 · routing", "node-3 · mtu"]
    assert all(p["thread_ts"] == "100.1" for p in replies)
    body = text_of(replies[0]["blocks"])
    assert "10.40.52.128/26 via 10.41.1.22" in body and "rollout restart ds/calico-node" in body


def test_unreachable_nodes_are_listed_as_not_checked_with_the_reason(database_url: str) -> None:
    history = History(database_url)
    nodes = sweep()
    nodes[2] = NodeHealth(
        "node-3", tuple(StepResult(s, s, "error", "could not check: sshd is not listening") for s in ("routing", "mtu"))
    )
    history.record(nodes, time.time())
    text, blocks = latest_summary(HistoryReader(history)) or ("", [])
    assert "1 not checked" in text and "node-3: could not check: sshd is not listening" in text_of(blocks)


def test_retention_prunes_old_sweeps(database_url: str) -> None:
    history = History(database_url, retention_days=1)
    history.record(sweep(("node-1", "mtu")), time.time() - 3 * 86400)
    history.record(sweep(), time.time())
    assert HistoryReader(history).trend() == {}


def test_an_older_schema_is_migrated_on_start(tmp_path: Path) -> None:
    """A database made by the first release (no `detail` column) gains it; its rows still read."""
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(
            sa.text("CREATE TABLE podnet_sweeps (id INTEGER PRIMARY KEY, started_at FLOAT, finished_at FLOAT)")
        )
        conn.execute(
            sa.text(
                "CREATE TABLE podnet_sweep_results (sweep_id INTEGER, node VARCHAR(253), step_id VARCHAR(32), "
                "status VARCHAR(8), summary VARCHAR(4000), PRIMARY KEY (sweep_id, node, step_id))"
            )
        )
        conn.execute(sa.text(f"INSERT INTO podnet_sweeps VALUES (1, {time.time()}, {time.time()})"))
        conn.execute(sa.text("INSERT INTO podnet_sweep_results VALUES (1, 'node-2', 'routing', 'fail', 'old row')"))
    history = History(url)
    assert "detail" in {c["name"] for c in sa.inspect(history.engine).get_columns("podnet_sweep_results")}
    resolved = history.record(sweep(), time.time()).resolved
    assert [(c.node, c.step, c.summary) for c in resolved] == [("node-2", "routing", "old row")]


def test_sparkline() -> None:
    assert sparkline([0, 1, 2, 4]) == "▁▃▅█"


def test_a_failing_node_that_cannot_be_reached_is_not_resolved(database_url: str) -> None:
    history = History(database_url)
    history.record(sweep(("node-3", "routing")), time.time())
    nodes = sweep()
    nodes[2] = NodeHealth(
        "node-3", tuple(StepResult(s, s, "error", "could not check: sshd is not listening") for s in ("routing", "mtu"))
    )
    assert history.record(nodes, time.time()).resolved == ()  # unknown, not fixed
    assert [(c.node, c.step) for c in history.record(sweep(), time.time()).resolved] == [("node-3", "routing")]


def test_a_cluster_wide_failure_is_a_capped_thread(database_url: str) -> None:
    from bot.slack.summary import MAX_THREAD_REPLIES

    history = History(database_url)
    many = [NodeHealth(f"node-{i:02d}", (step(f"node-{i:02d}", "mtu", {(f"node-{i:02d}", "mtu")}),)) for i in range(30)]
    history.record(many, time.time())
    posts: list[dict] = []

    def post(channel: str, text: str, *, thread_ts=None, blocks=None, metadata=None) -> str:
        posts.append({"text": text, "thread_ts": thread_ts})
        return f"100.{len(posts)}"

    post_summary(post, "C0OPS", HistoryReader(history))
    replies = [p for p in posts if p["thread_ts"]]
    assert len(replies) == MAX_THREAD_REPLIES + 1
    assert replies[-1]["text"].startswith("…and 10 more problems: node-20 · mtu")


def _routing(node: str, code: str, prose: str) -> StepResult:
    return StepResult(
        "routing", "routing", "fail", prose, (node,), findings=(Finding(code, "problem", prose, (node,)),)
    )


def test_new_and_resolved_are_decided_by_finding_codes_not_prose(database_url: str) -> None:
    history = History(database_url)

    def night(*steps: StepResult) -> list[NodeHealth]:
        return [NodeHealth("node-2", steps), NodeHealth("node-1", (StepResult("routing", "routing", "pass", "ok"),))]

    first = history.record(night(_routing("node-2", "routing.block-route-missing", "no route, 01:00")), time.time())
    assert [(c.node, c.code) for c in first.new] == [("node-2", "routing.block-route-missing")]
    # the same finding in other words (addresses, counts change in prose): nothing new, nothing resolved
    again = history.record(night(_routing("node-2", "routing.block-route-missing", "no route at all")), time.time())
    assert (again.new, again.resolved) == ((), ())
    # the same step failing for another reason: that reason is new, the old one resolved
    other = history.record(night(_routing("node-2", "routing.block-route-wrong", "no route at all")), time.time())
    assert [c.code for c in other.new] == ["routing.block-route-wrong"]
    assert [c.code for c in other.resolved] == ["routing.block-route-missing"]
    assert other.new[0].to_json()["code"] == "routing.block-route-wrong" and other.new[0].to_json()["step"] == "routing"
