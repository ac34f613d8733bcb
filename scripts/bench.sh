#!/usr/bin/env bash
# Builds a release binary and runs the benchmark (see scripts/bench.py). Prints figures; asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build -c release --product interview-prep 2>&1 | grep -vE '^\[[0-9]+/[0-9]+\]' >&2
exec .venv/bin/python scripts/bench.py "$(swift build -c release --show-bin-path)/interview-prep"
