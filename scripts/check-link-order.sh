#!/usr/bin/env bash
# Fails when scripts/link-order.txt has gone stale for BINARY: when fewer than 95% of the functions
# it lists still exist (renamed or removed by a change), lld lays out less of the serving code and
# the server takes more memory (about 4.7 MiB more with no order at all). CI runs it on the
# installed release binary, so the file never goes stale silently; scripts/profile-link-order.sh
# remakes it.
set -euo pipefail
cd "$(dirname "$0")/.."
binary="$1"
listed="$(sort -u scripts/link-order.txt | wc -l)"
present="$(comm -12 <(sort -u scripts/link-order.txt) <(nm "$binary" | awk '{print $NF}' | sort -u) | wc -l)"
echo "link order: $present of $listed listed functions are in the binary" >&2
if [ $((present * 100)) -lt $((listed * 95)) ]; then
    echo "scripts/link-order.txt is stale: run 'bash scripts/profile-link-order.sh' and commit the new file" >&2
    exit 1
fi
