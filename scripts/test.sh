#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite.
# Exits non-zero if anything fails. Extra arguments go to ctest (e.g. -L unit).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/install-deps.sh"
"$here/scripts/build.sh"
build="${AMANAT_BUILD_DIR:-$here/build}"
cd "$build"
# The suite runs with a private HOME, so no test can read or write the user's files, and
# tests can check that nothing of an archive leaks into ~/.cache or ~/.config.
test_home="$(mktemp -d)"
trap 'rm -rf "$test_home"' EXIT
export HOME="$test_home" XDG_CACHE_HOME="$test_home/.cache" XDG_CONFIG_HOME="$test_home/.config" \
  XDG_DATA_HOME="$test_home/.local/share"
ctest --output-on-failure --parallel "$(nproc)" --timeout 900 "$@"
