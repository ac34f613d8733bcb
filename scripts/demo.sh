#!/usr/bin/env bash
# Sets up (see setup.sh) and runs a scripted MCP session against `interview-prep serve` on a
# throwaway database, printing every step.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python scripts/demo.py "$(swift build --show-bin-path)/interview-prep"
