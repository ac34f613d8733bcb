#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks (system libraries, the Python test peers) and builds.
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
# tzdata: zone abbreviations (EST, IST, BST) are read from its zone files. chromium and its
# driver: the dashboard's browser tests (headless, through Selenium).
for package in libsqlite3-dev libcurl4-openssl-dev tzdata chromium chromium-driver; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "==> installing ${missing[*]}" >&2
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
fi

requirements=Tests/EndToEnd/requirements.txt
if [ ! -x .venv/bin/python ] || ! cmp -s "$requirements" .venv/requirements.installed; then
    echo "==> preparing the Python venv (.venv) with the MCP client and test peers" >&2
    python3 -m venv .venv
    .venv/bin/pip install --quiet --disable-pip-version-check -r "$requirements"
    cp "$requirements" .venv/requirements.installed
fi

echo "==> building" >&2
swift build --build-tests 2>&1 | grep -vE '^\[[0-9]+/[0-9]+\]' >&2
