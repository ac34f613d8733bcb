#!/usr/bin/env bash
# Sets up (see setup.sh) and runs every test: the Swift Testing suites, then the end-to-end
# suite that drives the real binary with the official Python MCP client.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "==> swift test" >&2
swift test --skip-build 2>&1 | grep -vE '^(􀟈|◇|↳|Test Suite )|started\.$|Executed 0 tests' || { echo "Swift tests failed" >&2; exit 1; }
echo "==> end-to-end (Python MCP client against .build/debug/interview-prep)" >&2
.venv/bin/python -m pytest -q -p no:cacheprovider Tests/EndToEnd
