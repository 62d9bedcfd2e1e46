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
# The unit tests (no root, recorded outputs: about 4 minutes of one core) run beside the lab tests, whose waits on
# real namespaces, daemons and timeouts leave the machine's cores mostly idle; their output follows the lab's.
echo "== pytest: lab tests (the unit tests run beside them)"
unit_log=$(mktemp)
pytest -p no:cacheprovider -ra tests/unit >"$unit_log" 2>&1 &
unit_pid=$!
lab_rc=0
pytest -p no:cacheprovider -ra --ignore=tests/unit || lab_rc=$?
unit_rc=0
wait "$unit_pid" || unit_rc=$?
echo "== pytest: unit tests"
cat "$unit_log"
rm -f "$unit_log"
if [ "$lab_rc" -ne 0 ] || [ "$unit_rc" -ne 0 ]; then
    echo "pytest failed: lab tests exit $lab_rc, unit tests exit $unit_rc" >&2
    exit 1
fi
echo "== benchmark: lab";   python -m tests.bench.lab_up
echo "== benchmark: paste to verdict"; python -m tests.bench.paste --runs 3 --no-capture
echo "== benchmark: Slack acknowledgement"; python -m tests.bench.slack_ack
echo "== benchmark: Slack acknowledgement under load"; python -m tests.bench.ack_under_load
echo "== benchmark: sweep";  python -m tests.bench.sweep
echo "== benchmark: CLI start-up"; python -m tests.bench.startup
