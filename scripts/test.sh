#!/usr/bin/env bash
# Sets up (see setup.sh) and runs every test: the Swift Testing suites, then the end-to-end suite
# that drives the real binary (official Python MCP client, real SMTP server, real SQLite file), once
# against the debug build and once against the release binary installed as scripts/install.sh
# installs it for users (static runtime and every link-time choice of scripts/build-release.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "==> swift test" >&2
swift test --skip-build 2>&1 | grep -vE '^(􀟈|◇|↳|Test Suite )|started\.$|Executed 0 tests' || { echo "Swift tests failed" >&2; exit 1; }
echo "==> end-to-end (Python MCP client against .build/debug/interview-prep)" >&2
.venv/bin/python -m pytest -q -p no:cacheprovider Tests/EndToEnd
prefix="$(mktemp -d)"
trap 'rm -rf "$prefix"' EXIT
echo "==> release build, installed into $prefix by scripts/install.sh" >&2
bash scripts/install.sh "$prefix"
bash scripts/check-link-order.sh "$prefix/bin/interview-prep"
echo "==> end-to-end against the installed release binary" >&2
INTERVIEW_PREP_BIN="$prefix/bin/interview-prep" .venv/bin/python -m pytest -q -p no:cacheprovider Tests/EndToEnd
