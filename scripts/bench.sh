#!/usr/bin/env bash
# Builds a release binary and runs the benchmarks (scripts/bench.py: the MCP server;
# scripts/bench_reminders.py: reminder runs). Prints figures; asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
binary="$(bash scripts/build-release.sh)/interview-prep"
.venv/bin/python scripts/bench.py "$binary"
echo
.venv/bin/python scripts/bench_reminders.py "$binary"
