"""Every benchmark in one run, one report: `python -m tests.bench` (as root; about 25 minutes).

1. Slack acknowledgement latency (Socket Mode and HTTP), 2. paste to first reply and to verdict,
3. sweep fan-out against OpenSSH (fresh, through one shared jump-host connection, ControlMaster), Ansible
(as installed, and tuned: pipelining, ControlPersist, forks 16) and a sequential paramiko loop, 4. how the
sweep grows with N and where it goes, 5. the lab at up to 200 nodes: memory per lab node, podnet's own CPU,
RSS and wall time per node, and what one replica sweeps.
Figures are medians; ratios are measured in the same run. Nothing is asserted.
Options: --sizes 10,25,50 (fan-out and growth), --runs 3, --sequential-max 50 (the paramiko loop is
measured on every node up to this N: about a second a node a run), --scale-sizes 10,25,50,100,200
('' to leave it out), --profile (cProfile one sweep at the largest scale size).
"""

from __future__ import annotations

import argparse
import platform
import time

from tests.bench import fanout, growth, paste, scale, slack_ack


def main() -> None:
    parser = argparse.ArgumentParser(description="podnet's benchmarks, side by side with the peers")
    parser.add_argument("--sizes", default="10,25,50")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sequential-max", default="50")
    parser.add_argument("--scale-sizes", default="10,25,50,100,200")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    started = time.monotonic()
    sections = []
    print("== 1. Slack acknowledgement latency", flush=True)
    sections.append(
        ("Slack acknowledgement latency (200 each; Slack's limit 3 s, goal p99 < 100 ms)", slack_ack.main())
    )
    print("== 2. paste to reply", flush=True)
    sections.append(("Paste to reply (3-node lab)", paste.main(["--runs", "5"])))
    print("== 3. sweep fan-out", flush=True)
    sections.append(
        (
            "Sweep fan-out (goals at N=50: the CLI faster than every peer on fresh connections, >= 3x faster"
            " than tuned Ansible; on kept connections no slower than OpenSSH over ControlMaster)",
            fanout.main(["--sizes", args.sizes, "--runs", str(args.runs), "--sequential-max", args.sequential_max]),
        ),
    )
    print("== 4. growth", flush=True)
    sections.append(
        ("Sweep cost as N grows, and where it goes", growth.main(["--sizes", args.sizes, "--runs", str(args.runs)]))
    )
    if args.scale_sizes:
        print("== 5. the lab at up to 200 nodes", flush=True)
        options = ["--sizes", args.scale_sizes, "--runs", str(args.runs), *(["--profile"] if args.profile else [])]
        title = "Growth: per node as N grows (goal: wall per node within 20 % from 50 up)"
        sections.append((title, scale.main(options)))
    print()
    print(
        f"podnet benchmarks — {platform.node()}, {platform.processor() or platform.machine()}, "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {time.monotonic() - started:.0f} s in all"
    )
    for title, lines in sections:
        print(f"\n{title}")
        for line in lines:
            print(f"  {line}")


if __name__ == "__main__":
    main()
