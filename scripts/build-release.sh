#!/usr/bin/env bash
# Builds the release binaries as they are installed and benchmarked (interview-prep, and
# interview-prep-dashboard, which `interview-prep dashboard` starts), and prints their folder.
#
# - The Swift runtime and Foundation are linked statically: a faster start.
# - Every function gets its own section, and lld lays out the functions that serving runs
#   first, in the order of scripts/link-order.txt (made by scripts/profile-link-order.sh).
#   Code is mapped in from the file 64 KB or more at a time, so packing the code that runs
#   together halves the memory the server's code takes (about 9 MB instead of 16).
# - Relative relocations are packed (DT_RELR, glibc 2.36+): 40 KB instead of 2.4 MB read at start.
# - Symbols are not exported: the runtime's start-up `dladdr` would scan them all.
# - libcurl (and the 30 libraries behind it) is not linked: Sources/CCurlShim/lazy.c defines every
#   libcurl function the binary calls and loads libcurl.so.4 on the first one, so a server that
#   sends no mail never maps it. The static Foundation asks for `-lcurl`; an empty libcurl.a found
#   first answers that request with nothing (a function lazy.c lacks would then fail the link).
# A missing or stale order file only costs memory; the binary is the same otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
flags=(
    -c release --static-swift-stdlib --scratch-path .build-static
    -Xswiftc -Xfrontend -Xswiftc -function-sections -Xswiftc -use-ld=lld
    -Xlinker -z -Xlinker pack-relative-relocs -Xlinker --no-export-dynamic
    -Xswiftc -L -Xswiftc "$PWD/.build-static/no-libcurl"  # via swiftc: a -Xlinker -L would come after the system folders
)
[ -f scripts/link-order.txt ] && flags+=(-Xlinker "--symbol-ordering-file=$PWD/scripts/link-order.txt" -Xlinker --no-warn-symbol-ordering)
build() {
    mkdir -p .build-static/no-libcurl
    [ -f .build-static/no-libcurl/libcurl.a ] || ar rc .build-static/no-libcurl/libcurl.a
    # Every product in one invocation: building a second product into the same scratch folder
    # right after the first trips the same SwiftPM bug as an incremental build (below).
    swift build "${flags[@]}" 2>&1 | grep -vE '^\[[0-9]+/[0-9]+\]' >&2
}
# SwiftPM 6.3 can fail an incremental static build of an existing scratch folder ("unknown build
# description"); a clean build of that folder then works.
build || { echo "retrying with a clean .build-static" >&2; rm -rf .build-static; build; }
swift build "${flags[@]}" --show-bin-path
