"""Every benchmark in one run, one report: `python -m tests.bench` (as root; about 7 minutes).

1. Slack acknowledgement latency (Socket Mode and HTTP), 2. paste to first reply and to verdict,
3. sweep fan-out against OpenSSH, Ansible and a sequential paramiko loop, 4. how the sweep grows with N.
Figures are medians; ratios are measured in the same run. Nothing is asserted.
Options: --sizes 10,25,50 (fan-out and growth), --runs 3.
"""

from __future__ import annotations

import argparse
import platform
import time

from tests.bench import fanout, growth, paste, slack_ack


def main() -> None:
    parser = argparse.ArgumentParser(description="podnet's benchmarks, side by side with the peers")
    parser.add_argument("--sizes", default="10,25,50")
    parser.add_argument("--runs", type=int, default=3)
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
            "Sweep fan-out (goal at N=50: podnet <= 0.7x OpenSSH fresh, >= 5x faster than Ansible)",
            fanout.main(["--sizes", args.sizes, "--runs", str(args.runs)]),
        ),
    )
    print("== 4. growth", flush=True)
    sections.append(
        ("Sweep cost as N grows, and where it goes", growth.main(["--sizes", args.sizes, "--runs", str(args.runs)]))
    )
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
