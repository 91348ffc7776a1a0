#!/usr/bin/env bash
# scripts/screenshots.sh [BUILD_DIR]
# Takes the screenshots of docs/screenshots/ (listed with their captions in
# docs/screenshots/screenshots.txt; the AppStream metainfo lists them when
# WAYMARK_SCREENSHOT_URL says where they are published): the workstation
# on a generated sample workspace, in English, 1600×1000, under Xvfb, one
# picture per tab (switched with its Alt mnemonic through xdotool).
# Needs xvfb (xvfb-run), imagemagick (import) and xdotool.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
bin=$(realpath "${1:-build/dev}/app/waymark")
out="$root/docs/screenshots"
for tool in xvfb-run import xdotool; do
    command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install xvfb imagemagick xdotool"; exit 1; }
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# A fresh home: no recent files, no saved window layout.
export HOME="$tmp/home" LC_ALL=C.UTF-8 LANGUAGE=en
mkdir -p "$HOME"
"$bin" sample --out "$tmp/hub-extract.zip" --incidents 20000 --seed 1 --workspace "$tmp/sample.waymark" --quiet

cat >"$tmp/shoot.sh" <<'SHOOT'
set -euo pipefail
bin=$1 tmp=$2 out=$3
"$bin" "$tmp/sample.waymark" &
pid=$!
win=$(timeout 60 xdotool search --sync --onlyvisible --name Waymark | head -n 1)
xdotool windowmove --sync "$win" 0 0
xdotool windowsize --sync "$win" 1600 1000
xdotool windowfocus --sync "$win"
sleep 10 # the views load their snapshots on workers
while read -r file key _; do
    xdotool key --window "$win" "alt+$key"
    sleep 4
    import -window root "$out/$file"
    echo "$out/$file"
done <"$out/screenshots.txt"
kill "$pid"
SHOOT
xvfb-run -a -s "-screen 0 1600x1000x24" bash "$tmp/shoot.sh" "$bin" "$tmp" "$out"
