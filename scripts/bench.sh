#!/usr/bin/env bash
# Builds a release binary and runs the benchmarks (scripts/bench.py: the MCP server;
# scripts/bench_reminders.py: reminder runs; scripts/bench_dashboard.py: the dashboard). Prints
# figures; asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
binary="$(bash scripts/build-release.sh)/interview-prep"
.venv/bin/python scripts/bench.py "$binary"
echo
.venv/bin/python scripts/bench_reminders.py "$binary"
echo
command -v wrk >/dev/null || { apt-get install -y -qq wrk >/dev/null 2>&1 || echo "(wrk not installed: no load figures)"; }
.venv/bin/python scripts/bench_dashboard.py "$binary"
