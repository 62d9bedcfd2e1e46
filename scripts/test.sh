#!/usr/bin/env bash
# Installs what the tests need, then runs every check: lint, format, types, layering, all tests
# (the lab tests build real network namespaces: run as root), and the lab benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/.venv/bin:$PATH"

echo "== ruff";        ruff check .
echo "== ruff format"; ruff format --check .
echo "== mypy";        mypy
echo "== layering";    lint-imports
echo "== pytest";      pytest -p no:cacheprovider -ra
echo "== benchmark: lab";   python -m tests.bench.lab_up
echo "== benchmark: paste to verdict"; python -m tests.bench.paste --runs 3 --no-capture
echo "== benchmark: Slack acknowledgement"; python -m tests.bench.slack_ack
echo "== benchmark: Slack acknowledgement under load"; python -m tests.bench.ack_under_load
echo "== benchmark: sweep";  python -m tests.bench.sweep
echo "== benchmark: CLI start-up"; python -m tests.bench.startup
