#!/usr/bin/env bash
# Build the standalone nngui bundle with PyInstaller, from the repository root:
#   packaging/build.sh            one folder: dist/nngui/ (launcher dist/nngui/nngui)
#   packaging/build.sh --onefile  one self-extracting file: dist/onefile/nngui (starts slower)
# Sets up the system libraries and .venv (with the "build" extra) first, like run.sh and test.sh.
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"

onefile=0
for arg in "$@"; do
    case "$arg" in
        --onefile) onefile=1 ;;
        -h|--help) sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) say "unknown option: $arg (try --help)"; exit 2 ;;
    esac
done

# binutils: PyInstaller reads the libraries with objdump and strips them with strip.
ensure_system_packages binutils
ensure_venv "test,build"
cd "$NNGUI_ROOT"

if [ "$onefile" = 1 ]; then
    dist="dist/onefile" work="build/onefile"
else
    dist="dist" work="build/onedir"
fi
say "building $dist/nngui with PyInstaller"
NNGUI_ONEFILE="$onefile" "$VENV/bin/python" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$dist" --workpath "$work" packaging/nngui.spec
say "built $dist/nngui ($(du -sh "$dist/nngui" | cut -f1)); check it with: $dist/nngui$([ "$onefile" = 1 ] || echo /nngui) --self-test"
