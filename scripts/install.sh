#!/usr/bin/env bash
# Builds interview-prep in release mode and installs it under PREFIX (default /usr/local):
#   PREFIX/bin/interview-prep
#   PREFIX/share/interview-prep/{data,templates}   (found by the binary at run time)
set -euo pipefail
prefix="${1:-${PREFIX:-/usr/local}}"
configuration="${CONFIGURATION:-release}"
cd "$(dirname "$0")/.."
# Release builds link the Swift runtime statically: faster start and less memory.
static=()
[ "$configuration" = release ] && static=(--static-swift-stdlib --scratch-path .build-static)
# SwiftPM 6.3 can fail an incremental static build of an existing scratch folder ("unknown build
# description"); a clean build of that folder then works.
if ! swift build -c "$configuration" --product interview-prep "${static[@]}" >&2; then
    [ ${#static[@]} -gt 0 ] || exit 1
    echo "retrying with a clean .build-static" >&2
    rm -rf .build-static
    swift build -c "$configuration" --product interview-prep "${static[@]}" >&2
fi
bin_dir="$(swift build -c "$configuration" "${static[@]}" --show-bin-path)"
mkdir -p "$prefix/bin" "$prefix/share/interview-prep"
install -m 0755 "$bin_dir/interview-prep" "$prefix/bin/interview-prep"
rm -rf "$prefix/share/interview-prep/data" "$prefix/share/interview-prep/templates"
for folder in data templates; do
    if [ -d "$bin_dir/interview-prep_BundledFiles.resources/$folder" ]; then
        cp -R "$bin_dir/interview-prep_BundledFiles.resources/$folder" "$prefix/share/interview-prep/$folder"
    fi
done
echo "installed $prefix/bin/interview-prep" >&2
