#!/usr/bin/env bash
# Builds the Linux one-folder app: dist/shopprivacy/{shopprivacy,shopprivacy-admin,_internal/}.
#
#   bash packaging/build.sh            # build (reuses PyInstaller's cache in build/pyinstaller)
#   bash packaging/build.sh --clean    # build from scratch
#   bash packaging/build.sh --archive  # also pack dist/shopprivacy-<version>-linux-<arch>.tar.gz
#
# Needs uv and the project's environment (uv sync). PyInstaller is pinned here and installed for
# the build only: it is not one of the app's dependencies.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

PYINSTALLER="pyinstaller==6.22.3"
HOOKS="pyinstaller-hooks-contrib==2026.9"
ALTGRAPH="altgraph==0.17.5"

CLEAN=()
ARCHIVE=0
for arg in "$@"; do
    case "$arg" in
        --clean) CLEAN=(--clean) ;;
        --archive) ARCHIVE=1 ;;
        *) echo "unknown option: $arg" >&2; exit 2 ;;
    esac
done

export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
start=$(date +%s)

echo "== icons from resources/icons/shopprivacy.svg"
uv run python packaging/make_icons.py build/icons

echo "== PyInstaller ($PYINSTALLER)"
rm -rf dist/shopprivacy
uv run --with "$PYINSTALLER" --with "$HOOKS" --with "$ALTGRAPH" \
    pyinstaller --noconfirm "${CLEAN[@]}" --log-level WARN \
    --distpath dist --workpath build/pyinstaller \
    packaging/shopprivacy.spec

# A desktop entry and the icon beside the programs, for menus and for an installer to copy.
cp build/icons/shopprivacy.png dist/shopprivacy/shopprivacy.png
cp packaging/linux/shopprivacy.desktop dist/shopprivacy/shopprivacy.desktop

took=$(($(date +%s) - start))
echo "== built dist/shopprivacy in ${took}s, $(du -sh dist/shopprivacy | cut -f1)"

if [ "$ARCHIVE" -eq 1 ]; then
    version=$(uv run python -c "import importlib.metadata as m; print(m.version('shopprivacy'))")
    archive="dist/shopprivacy-${version}-linux-$(uname -m).tar.gz"
    tar -C dist -czf "$archive" shopprivacy
    echo "== archive $archive, $(du -h "$archive" | cut -f1)"
fi
