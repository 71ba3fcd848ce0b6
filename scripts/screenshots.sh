#!/usr/bin/env bash
# Makes the README's screenshots: scripts/screenshots.sh [OUTDIR]   (default docs/screenshots)
#
# Builds amanat-screenshot-tour (tests/gui/screenshot_tour.cpp) if needed, starts a private
# Xvfb display, and lets it drive the real desktop app over a freshly generated demo library
# (the generator behind `amanat --demo`: invented items only), grabbing the window at each
# step. Everything else it writes — the demo library, HOME, settings, caches — lives in one
# temporary folder under $TMPDIR (or /tmp) that is removed at the end.
#
# Environment: BUILD_DIR (or AMANAT_BUILD_DIR), the build tree to use (default ./build; it is
# configured when it has no CMakeCache.txt). Needs Xvfb (apt: xvfb); optipng is used when present.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$here/docs/screenshots}"
build="${BUILD_DIR:-${AMANAT_BUILD_DIR:-$here/build}}"

command -v Xvfb >/dev/null || { echo "Xvfb is missing (apt-get install xvfb)." >&2; exit 1; }

if [ ! -f "$build/CMakeCache.txt" ]; then
  generator=()
  command -v ninja >/dev/null && generator=(-G Ninja)
  cmake -S "$here" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build" --parallel "$(nproc)" --target amanat-screenshot-tour amanat-extract
tour="$build/tests/gui/amanat-screenshot-tour"
extract="$build/app/extract/amanat-extract"
[ -x "$tour" ] || { echo "No $tour (was the build configured with BUILD_TESTING=OFF?)" >&2; exit 1; }

mkdir -p "$out"
out="$(cd "$out" && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/amanat-screenshots.XXXXXX")"
xvfb_pid=""
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null && wait "$xvfb_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

# A private display: Xvfb picks a free number and writes it to the pipe.
mkfifo "$work/displayfd"
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp -dpi 96 \
  3>"$work/displayfd" >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
read -r -t 30 display <"$work/displayfd" || { cat "$work/xvfb.log" >&2; exit 1; }
[ -n "$display" ] || { echo "Xvfb did not start." >&2; cat "$work/xvfb.log" >&2; exit 1; }

status=0
mkdir -p "$work/home" "$work/config" "$work/cache" "$work/data" "$work/runtime" "$work/shots"
chmod 700 "$work/runtime"
# A throw-away HOME and XDG folders: settings, font and GStreamer caches go there, not to ~.
env -i \
  PATH="$PATH" \
  HOME="$work/home" \
  XDG_CONFIG_HOME="$work/config" \
  XDG_CACHE_HOME="$work/cache" \
  XDG_DATA_HOME="$work/data" \
  XDG_RUNTIME_DIR="$work/runtime" \
  TMPDIR="$work" \
  DISPLAY=":$display" \
  QT_QPA_PLATFORM=xcb \
  QT_SCALE_FACTOR=1 \
  QT_FONT_DPI=96 \
  LANG=C.UTF-8 \
  TZ=UTC \
  OMP_THREAD_LIMIT=1 \
  AMANAT_EXTRACT="$extract" \
  "$tour" "$work/shots" || status=$?

if command -v optipng >/dev/null; then
  optipng -quiet -o2 "$work/shots"/*.png || true
fi
shopt -s nullglob
shots=("$work/shots"/*.png)
[ "${#shots[@]}" -gt 0 ] && cp "${shots[@]}" "$out/"
# Pictures for checking layouts by eye (check/, and every dialog per language in check/ar/,
# check/ug/), not for the README.
[ -d "$work/shots/check" ] && cp -r "$work/shots/check" "$out/"
echo "Screenshots in $out:"
ls -l "$out"/*.png
exit "$status"
