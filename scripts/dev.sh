#!/usr/bin/env bash
# Waymark's one entry point on a Debian 12 machine: installs the Debian
# packages that are missing, builds, and runs the workstation or the tests.
#
#   scripts/dev.sh run          build and open the workstation on the sample workspace
#   scripts/dev.sh test         build and run the test suite (what CI runs first)
#   scripts/dev.sh asan         the test suite built with AddressSanitizer + UBSan
#   scripts/dev.sh fuzz [SECS]  build the libFuzzer targets with clang, run each SECS seconds
#   scripts/dev.sh package      build the .deb (build/package/) and check it: lintian, desktop entry,
#                               AppStream, MIME type, man page, and the unpacked binary runs
#   scripts/dev.sh bench        build and run the benchmarks (tests/bench)
#   scripts/dev.sh format       check the house format (clang-format 14)
#   scripts/dev.sh deps         only install the packages
#   scripts/dev.sh packages     print the Debian packages the build and the package need
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

packages=(
    cmake ninja-build g++ clang-14 clang-format-14 libclang-rt-14-dev pkg-config
    qt6-base-dev qt6-positioning-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
    qt6-translations-l10n libqt6sql6-sqlite libgl-dev
    libqcustomplot-dev libqcustomplot2.1-qt6 libboost-graph-dev libsqlite3-dev sqlite3 libquazip1-qt6-dev libsodium-dev libgdal-dev libexpat1-dev
    iso-codes tzdata xvfb xauth
    poppler-utils unzip zip groff-base gdal-bin
    qt6-documentation-tools
)
# What `package` needs besides: dpkg-shlibdeps (dpkg-dev) and file for CPack,
# the validators, and update-mime-database.
packaging=(dpkg-dev file lintian desktop-file-utils appstream shared-mime-info)

deps() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
    local preset=$1
    # WAYMARK_WERROR=1 (CI) makes every compiler warning an error.
    # WAYMARK_NO_DEBUGINFO=1 (CI) builds the same optimised code without
    # debug information: a third less to compile and link, nothing different
    # to test.
    # WAYMARK_FUZZ_QUICK=1 (CI) builds the fuzz targets unoptimised: about
    # 40 % less to compile, the same sanitizers, fewer executions a second;
    # right for a 5-second smoke run, not for a fuzzing session.
    # The flags are given every time (the build directory's cache would
    # otherwise keep the last ones).
    local opt="-O2 -g -DNDEBUG"
    [ -n "${WAYMARK_NO_DEBUGINFO:-}" ] && opt="-O2 -DNDEBUG"
    [ "$preset" = fuzz ] && [ -n "${WAYMARK_FUZZ_QUICK:-}" ] && opt="-O0 -DNDEBUG"
    local flags=("-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=$opt" "-DCMAKE_C_FLAGS_RELWITHDEBINFO=$opt")
    cmake --preset "$preset" ${WAYMARK_WERROR:+-DWAYMARK_WERROR=ON} "${flags[@]}" >/dev/null
    cmake --build --preset "$preset"
}

case "${1:-}" in
deps)
    deps
    ;;
packages)
    echo "${packages[@]}" "${packaging[@]}"
    ;;
run)
    deps
    build dev
    sample="$root/build/sample/sample.waymark"
    if [ ! -f "$sample" ]; then
        mkdir -p "$root/build/sample"
        # A generated hub extract and a CTDC-format file, both deterministic.
        build/dev/app/waymark sample --out build/sample/hub-extract.zip --incidents 20000 --seed 1 --workspace "$sample"
        build/dev/app/waymark sample --format ctdc --out build/sample/ctdc.csv --incidents 50000 --seed 1 --workspace "$sample"
    fi
    exec build/dev/app/waymark "$sample"
    ;;
test)
    deps
    build dev
    ctest --preset dev -j2
    ;;
format)
    deps
    git ls-files '*.cpp' '*.h' | xargs clang-format-14 --dry-run --Werror
    echo "clang-format: clean"
    ;;
asan)
    deps
    build dev-asan
    ASAN_OPTIONS=detect_leaks=0 ctest --preset dev-asan -j2
    ;;
fuzz)
    deps
    secs=${2:-30}
    build fuzz
    # Every target tests/fuzz/CMakeLists.txt declares must have been built
    # (the fuzz build preset lists them; a target missing there never runs).
    for name in $(grep -oE '^ +fuzz_[a-z0-9_]+' tests/fuzz/CMakeLists.txt); do
        if [ ! -x "build/fuzz/tests/fuzz/$name" ]; then
            echo "$name is not built: add it to the fuzz build preset in CMakePresets.json"
            exit 1
        fi
    done
    # GDAL's process-wide drivers are not leaks of ours (tests/fuzz/lsan.supp).
    export LSAN_OPTIONS="suppressions=$root/tests/fuzz/lsan.supp:print_suppressions=0"
    for f in build/fuzz/tests/fuzz/fuzz_*; do
        [ -f "$f" ] && [ -x "$f" ] || continue
        name=$(basename "$f")
        corpus="build/fuzz/corpus/$name"
        mkdir -p "$corpus"
        [ -d "tests/fuzz/corpus/$name" ] && cp -n tests/fuzz/corpus/"$name"/* "$corpus"/ 2>/dev/null || true
        echo "== $name ($secs s)"
        log="build/fuzz/$name.log"
        fuzz_once() { "$f" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 "$corpus" >"$log" 2>&1; }
        if ! fuzz_once; then
            # LeakSanitizer's own stop-the-world tracer (clang 14) now and
            # then dies of a signal while it suspends the threads for the
            # check at exit: "Tracer caught signal 11 ... LeakSanitizer has
            # encountered a fatal error", with no report and an empty unit.
            # That is a fault of the checker, not a finding: run once more,
            # and fail if the second run fails for any reason.
            if grep -q "LeakSanitizer has encountered a fatal error" "$log" &&
                ! grep -qE "ERROR: (AddressSanitizer|LeakSanitizer: detected|UndefinedBehaviorSanitizer|libFuzzer)|deadly signal|runtime error:" "$log"; then
                echo "   LeakSanitizer's tracer failed (not a finding); running $name again"
                mv "$log" "$log.tracer"
                rm -f crash-da39a3ee5e6b4b0d3255bfef95601890afd80709
                fuzz_once && ok=1 || ok=0
            else
                ok=0
            fi
            if [ "$ok" = 0 ]; then
                tail -n 60 "$log"
                echo "$name found a bug (crash input in the working directory, log in $log)"
                exit 1
            fi
        fi
        grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$log" | tr '\n' ' '
        echo
    done
    ;;
package)
    packages+=("${packaging[@]}")
    deps
    build dev
    scripts/check-package.sh build/dev build/package
    ;;
bench)
    deps
    # The anchors the benchmarks compare against (Debian's Python packages).
    packages+=(python3-igraph python3-networkx)
    deps
    build dev
    ctest --test-dir build/dev -L bench --verbose
    ;;
*)
    sed -n '2,14p' "$0"
    exit 1
    ;;
esac
