#!/usr/bin/env bash
# Builds a release binary and runs the benchmarks (scripts/bench.py: the MCP server;
# scripts/bench_reminders.py: reminder runs). Prints figures; asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# The binary as scripts/install.sh builds it: release, Swift runtime linked statically.
build() { swift build -c release --product interview-prep --static-swift-stdlib --scratch-path .build-static 2>&1 | grep -vE '^\[[0-9]+/[0-9]+\]' >&2; }
# SwiftPM 6.3 can fail an incremental static build ("unknown build description"): retry clean.
build || { echo "retrying with a clean .build-static" >&2; rm -rf .build-static; build; }
binary="$(swift build -c release --static-swift-stdlib --scratch-path .build-static --show-bin-path)/interview-prep"
.venv/bin/python scripts/bench.py "$binary"
echo
.venv/bin/python scripts/bench_reminders.py "$binary"
