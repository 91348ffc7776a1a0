#!/usr/bin/env bash
# scripts/check-package.sh BUILD_DIR OUT_DIR
# Makes the .deb from an existing build (CPack reuses it; nothing is rebuilt
# when it is up to date) and checks it as an IT department would: lintian,
# the desktop entry, the AppStream metainfo, the MIME type and the man page,
# then unpacks it into an empty folder and runs the binary from there.
# scripts/dev.sh package calls it after building.
set -euo pipefail
build=$1
out=$2

rm -rf "$out"
cpack --config "$build/CPackConfig.cmake" -B "$out" >"$out.log" 2>&1 || { cat "$out.log"; exit 1; }
rm -f "$out.log"
deb=$(ls "$out"/waymark_*.deb)
echo "== $deb"
dpkg-deb --field "$deb" Package Version Architecture Section Depends Recommends Installed-Size

echo "== lintian"
# lintian exits non-zero on errors (its default --fail-on); warnings are printed.
lintian --display-info "$deb"
echo "lintian: no errors"

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg -x "$deb" "$root/pkg"
share="$root/pkg/usr/share"

echo "== desktop entry, AppStream, man page"
desktop-file-validate "$share"/applications/*.desktop
echo "desktop-file-validate: clean"
appstreamcli validate --no-net "$share"/metainfo/*.metainfo.xml
warnings=$(zcat "$share/man/man1/waymark.1.gz" | LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z 2>&1)
[ -z "$warnings" ] || { echo "$warnings"; exit 1; }
echo "groff -ww: waymark.1 renders without warnings"

echo "== MIME type and file association"
XDG_DATA_DIRS="$share" update-mime-database "$share/mime"
grep -q '^50:application/x-waymark-workspace:\*\.waymark$' "$share/mime/globs2"
update-desktop-database "$share/applications"
grep -q '^application/x-waymark-workspace=' "$share/applications/mimeinfo.cache"
echo "*.waymark is application/x-waymark-workspace, opened by $(sed -n 's/^application\/x-waymark-workspace=//p' "$share/applications/mimeinfo.cache")"

echo "== the unpacked binary"
export QT_QPA_PLATFORM=offscreen HOME="$root/home"
mkdir -p "$HOME"
bin="$root/pkg/usr/bin/waymark"
"$bin" --version
"$bin" sample --out "$root/x.zip" --incidents 500 --workspace "$root/w.waymark" --quiet
"$bin" info "$root/w.waymark" | head -n 3
# The catalogues are found from the binary's own place (../share/waymark/translations).
LC_ALL=fr_FR.UTF-8 LANGUAGE=fr "$bin" help | grep -q "Codes de sortie" \
    || { echo "the French catalogue was not found beside the unpacked binary"; exit 1; }
echo "French catalogue: found"
# The user guide is found from the binary's own place too (../share/waymark/help).
[ -f "$share/waymark/help/waymark.qhc" ] && [ -f "$share/waymark/help/waymark.qch" ] \
    || { echo "the user guide is not in the package"; exit 1; }
sqlite3 "$share/waymark/help/waymark.qhc" "SELECT FilePath FROM NamespaceTable WHERE Name = 'org.waymark.guide'" \
    | grep -qx "waymark.qch" || { echo "the guide's collection does not name waymark.qch beside it"; exit 1; }
echo "User guide: found"
echo "package: all checks passed"
