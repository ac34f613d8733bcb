#!/usr/bin/env bash
# Builds interview-prep in release mode and installs it under PREFIX (default /usr/local):
#   PREFIX/bin/interview-prep, PREFIX/bin/interview-prep-dashboard (started by `interview-prep dashboard`)
#   PREFIX/share/interview-prep/{data,templates}   (found by the binary at run time)
set -euo pipefail
prefix="${1:-${PREFIX:-/usr/local}}"
configuration="${CONFIGURATION:-release}"
cd "$(dirname "$0")/.."
if [ "$configuration" = release ]; then
    # Static runtime, functions laid out for serving: see scripts/build-release.sh.
    bin_dir="$(bash scripts/build-release.sh)"
else
    swift build -c "$configuration" --product interview-prep >&2
    swift build -c "$configuration" --product interview-prep-dashboard >&2
    bin_dir="$(swift build -c "$configuration" --show-bin-path)"
fi
mkdir -p "$prefix/bin" "$prefix/share/interview-prep"
install -m 0755 "$bin_dir/interview-prep" "$prefix/bin/interview-prep"
install -m 0755 "$bin_dir/interview-prep-dashboard" "$prefix/bin/interview-prep-dashboard"
rm -rf "$prefix/share/interview-prep/data" "$prefix/share/interview-prep/templates"
for folder in data templates; do
    if [ -d "$bin_dir/interview-prep_BundledFiles.resources/$folder" ]; then
        cp -R "$bin_dir/interview-prep_BundledFiles.resources/$folder" "$prefix/share/interview-prep/$folder"
    fi
done
echo "installed $prefix/bin/interview-prep and $prefix/bin/interview-prep-dashboard" >&2
