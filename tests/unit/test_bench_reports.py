"""The benchmarks' own arithmetic (no lab): the fan-out's goals and the growth's flatness and replica model
are read from medians of one run; a wrong ratio here would misreport every figure in the README."""

from __future__ import annotations

from tests.bench import fanout, scale
from tests.bench.measure import Figures, Run


def _row(n: int, tool: str, wall: float) -> fanout.Row:
    return fanout.Row(n, tool, Figures([Run(wall, 0.1, 10.0), Run(wall, 0.1, 10.0), Run(99.0, 0.1, 10.0)]))


def _rows(cli: float, tuned: float) -> list[fanout.Row]:
    walls = {
        fanout.CLI: cli,
        fanout.KEPT: 2.0,
        fanout.SSH_FRESH: 6.0,
        fanout.SSH_JUMP: 4.0,
        fanout.SSH_CM: 2.5,
        fanout.ANSIBLE: 14.0,
        fanout.TUNED: tuned,
        fanout.TUNED_WARM: 5.0,
        fanout.SEQUENTIAL: 50.0,
    }
    return [_row(10, fanout.CLI, 1.0)] + [_row(50, tool, wall) for tool, wall in walls.items()]


def test_fanout_goals_take_the_largest_n_and_the_fastest_fresh_peer() -> None:
    lines = fanout.goals(_rows(cli=3.0, tuned=9.0))
    assert "N=50: podnet CLI / OpenSSH, shared jump host = 0.75 (goal < 1)" in lines
    assert any("faster than every peer on fresh connections: met" in line for line in lines)
    assert "N=50: Ansible tuned, fresh / podnet CLI = 3.00x (goal >= 3x)" in lines
    assert "N=50: podnet kept connections / OpenSSH ssh per node, ControlMaster = 0.80 (goal <= 1)" in lines


def test_fanout_goal_missed_names_the_peer_that_was_faster() -> None:
    lines = fanout.goals(_rows(cli=4.5, tuned=9.0))
    assert any(line.endswith("missed (the fastest peer: OpenSSH, shared jump host)") for line in lines)


def _size(n: int, wall: float, cpu: float) -> scale.Size:
    phases = {"connect": 0.2 * n, "commands": 0.3 * n}
    engine = [scale.Sample(wall, cpu, 100.0, 2 * cpu, phases) for _ in range(3)]
    return scale.Size(n, 1.0, 6.0, 5.0, n + 4, engine, [scale.Sample(wall * 1.5, cpu * 1.2, 90.0)])


def test_flatness_compares_wall_per_node_with_n_50() -> None:
    lines = scale.flatness([_size(10, 1.0, 0.1), _size(50, 3.0, 0.5), _size(200, 13.8, 2.0)])
    assert lines == [
        "CLI wall per node, N=200 / N=50: 1.15 (goal <= 1.20: met)",
        "engine wall per node, N=200 / N=50: 1.15 (goal <= 1.20: met)",
    ]
    assert "missed" in scale.flatness([_size(50, 3.0, 0.5), _size(100, 7.5, 1.0)])[0]
    assert scale.flatness([_size(10, 1.0, 0.1)]) == []  # nothing beyond 50 measured


def test_model_is_bounded_by_the_slower_of_cpu_and_ssh_concurrency() -> None:
    # 10 ms of podnet's CPU a node: 100 nodes/s on a core; 0.5 s a node at 16 at once: 32 nodes/s
    lines = scale.model([_size(200, 14.0, 2.0)])
    assert "one core: 100 nodes/s by CPU; 16 at once: 32 nodes/s" in lines[1]
    assert "~28,800 nodes" in lines[2]
