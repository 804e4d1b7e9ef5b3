#!/usr/bin/env bash
# Builds the Linux one-folder app and checks the packaged programs start, headless:
#   1. the build (packaging/build.sh) and its contents (packaging/check_bundle.py)
#   2. shopprivacy-admin --help
#   3. shopprivacy on a new database reaches the set-up wizard and exits 0
#   4. shopprivacy-admin init makes a shop (migrations run from the packaged files),
#      shopprivacy then reaches the sign-in window, and audit verify passes
#   5. a first-release database (tests/data/schema_0001.db) is upgraded by the packaged app
#      after a safety copy, and reaches the sign-in window
# Everything runs with a throwaway HOME and database; nothing touches the user's own folders.
#
#   bash packaging/smoke_test.sh              # build, then test
#   bash packaging/smoke_test.sh --no-build   # test dist/shopprivacy as it is
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

DIST=dist/shopprivacy
PYINSTALLER_READER=(--with "pyinstaller==6.22.3" --with "pyinstaller-hooks-contrib==2026.9"
    --with "altgraph==0.17.5")
DIRECTOR_PASSWORD='Smoke-test#Cua-hang-2026'

if [ "${1:-}" != "--no-build" ]; then
    build_start=$(date +%s)
    mkdir -p build
    if ! bash packaging/build.sh >build/packaging.log 2>&1; then
        tail -n 60 build/packaging.log
        echo "SMOKE TEST FAILED: the build failed (full log: build/packaging.log)"
        exit 1
    fi
    grep -E '^== ' build/packaging.log || true
    echo "build took $(($(date +%s) - build_start))s"
fi

uv run "${PYINSTALLER_READER[@]}" python packaging/check_bundle.py "$DIST"

work=$(mktemp -d /tmp/shopprivacy-smoke.XXXXXX)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
export XDG_CACHE_HOME="$work/home/cache" QT_QPA_PLATFORM=offscreen
unset SHOPPRIVACY_DB SHOPPRIVACY_USER SHOPPRIVACY_PASSWORD SHOPPRIVACY_NEW_PASSWORD
mkdir -p "$HOME"

fail() {
    echo "SMOKE TEST FAILED: $*"
    exit 1
}

# Runs the packaged GUI with --smoke-test and checks the first window it names.
gui_reaches() {
    local expected=$1 db=$2 out rc=0
    out=$(timeout 90 "$DIST/shopprivacy" --smoke-test --db "$db" 2>"$work/gui.err") || rc=$?
    echo "$out"
    if [ "$rc" -ne 0 ] || ! grep -qx "window: $expected" <<<"$out"; then
        cat "$work/gui.err"
        fail "shopprivacy --smoke-test on $(basename "$db"): exit $rc, expected window $expected"
    fi
    echo "SMOKE TEST: packaged app reached $expected and exited 0"
}

echo "-- shopprivacy-admin --help"
help_rc=0
timeout 60 "$DIST/shopprivacy-admin" --lang en --help >"$work/help.txt" 2>&1 || help_rc=$?
head -n 3 "$work/help.txt"
if [ "$help_rc" -ne 0 ] || ! grep -q "shopprivacy-admin" "$work/help.txt"; then
    cat "$work/help.txt"
    fail "shopprivacy-admin --help exited $help_rc"
fi
echo "SMOKE TEST: packaged shopprivacy-admin --help exited 0"

echo "-- new database: the set-up wizard"
start=$(date +%s%N)
gui_reaches FirstRunWizard "$work/new/shop.db"
echo "started, showed the window and quit in $((($(date +%s%N) - start) / 1000000)) ms"

echo "-- a shop made by the packaged shopprivacy-admin: the sign-in window"
SHOPPRIVACY_NEW_PASSWORD="$DIRECTOR_PASSWORD" timeout 90 "$DIST/shopprivacy-admin" \
    --db "$work/shop.db" --lang en init --shop-name "Cửa hàng Kiểm thử" --director giamdoc \
    --director-name "Nguyễn Văn An" >"$work/init.txt" 2>&1 \
    || { cat "$work/init.txt"; fail "shopprivacy-admin init"; }
gui_reaches LoginWindow "$work/shop.db"
SHOPPRIVACY_PASSWORD="$DIRECTOR_PASSWORD" timeout 90 "$DIST/shopprivacy-admin" \
    --db "$work/shop.db" --user giamdoc --lang en audit verify >"$work/verify.txt" 2>&1 \
    || { cat "$work/verify.txt"; fail "shopprivacy-admin audit verify"; }
echo "SMOKE TEST: packaged shopprivacy-admin init and audit verify exited 0"

echo "-- a first-release (schema 0001) database: upgraded after a safety copy"
mkdir -p "$work/old"
cp tests/data/schema_0001.db "$work/old/shopprivacy.db"
gui_reaches LoginWindow "$work/old/shopprivacy.db"
newest=$(find src/shopprivacy/storage/migrations/versions -name '0*.py' -printf '%f\n' | sort | tail -n 1)
if [ "${newest%%_*}" != "0001" ]; then
    ls "$work/old"/shopprivacy.before-0001-*.db >/dev/null 2>&1 \
        || fail "no safety copy was made before upgrading the first-release database"
    echo "SMOKE TEST: packaged app upgraded a schema 0001 database to ${newest%%_*} after a safety copy"
fi

echo "SMOKE TEST PASSED: $(du -sh "$DIST" | cut -f1) in $DIST"
