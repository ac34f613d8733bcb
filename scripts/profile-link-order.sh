#!/usr/bin/env bash
# Remakes scripts/link-order.txt from a profile of an MCP session (valgrind's callgrind) against
# the release binary. Run it after changes to the serving path, then rebuild with
# scripts/build-release.sh; commit the new order file.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
command -v valgrind >/dev/null || { apt-get update -qq && apt-get install -y -qq valgrind >/dev/null; }
bin_dir="$(bash scripts/build-release.sh)"
work="$(mktemp -d)"
# valgrind cannot read the toolchain's DWARF 5 debug info: profile a copy without it (same code).
objcopy --strip-debug "$bin_dir/interview-prep" "$work/interview-prep"
cp -R "$bin_dir"/*.resources "$work/"
cat > "$work/profiled" <<WRAPPER
#!/usr/bin/env bash
exec valgrind --tool=callgrind --demangle=no --callgrind-out-file="$work/callgrind.out" "$work/interview-prep" "\$@" 2>/dev/null
WRAPPER
chmod +x "$work/profiled"
.venv/bin/python scripts/link_order.py "$work/profiled" "$work/callgrind.out" /interview-prep scripts/link-order.txt
rm -rf "$work"
