#!/usr/bin/env bash
# Installs what is missing, builds, and runs a short demonstration on a throw-away
# library with invented sample files (no real people): amanat-cli first, then, when a
# display is available, the desktop app on the same library.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/install-deps.sh"
"$here/scripts/build.sh"
cli="${AMANAT_BUILD_DIR:-$here/build}/app/cli/amanat-cli"
gui="${AMANAT_BUILD_DIR:-$here/build}/app/gui/amanat"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export AMANAT_PASSPHRASE="demo passphrase $(od -An -N4 -tx4 /dev/urandom | tr -d ' ')"
echo "Demo passphrase: $AMANAT_PASSPHRASE"
mkdir -p "$work/samples/scans"
printf 'Interview transcript (invented for the demo).\nWitness W-001 describes a checkpoint.\n' \
  > "$work/samples/W-001 transcript.txt"
printf '%%PDF-1.4\n%% invented sample report\n' > "$work/samples/report.pdf"
head -c 200000 /dev/urandom > "$work/samples/scans/page-001.png"

run() { echo; echo "\$ amanat-cli $*"; "$cli" "$@"; }
run init "$work/Demo.amanat"
run import "$work/Demo.amanat" "$work/samples" --tag "Demo/Samples"
run set "$work/Demo.amanat" 1 kind=testimony witness_code=W-001 consent=court,advocacy \
  interview_date=2024-05-02 "witness_name=Invented Person"
run list "$work/Demo.amanat"
run show "$work/Demo.amanat" 1
run tags "$work/Demo.amanat"
run search "$work/Demo.amanat" W-001
run log "$work/Demo.amanat" 1
run verify "$work/Demo.amanat"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x "$gui" ]; then
  echo
  echo "Opening the desktop app on its own demo library (amanat --demo): invented sample"
  echo "files of every kind; its passphrase is shown on the unlock screen."
  "$gui" --demo
else
  echo
  echo "(No display: the desktop app was not started.)"
fi
echo
echo "The demo library was in $work and is deleted now."
