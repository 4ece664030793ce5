#!/usr/bin/env bash
# Build the standalone nngui bundle with PyInstaller, from the repository root:
#   packaging/build.sh            one folder: dist/nngui/ (launcher dist/nngui/nngui)
#   packaging/build.sh --onefile  one self-extracting file: dist/onefile/nngui (starts slower)
#   packaging/build.sh --openblas freeze .venv's NumPy wheel as is (+28 MB of OpenBLAS, no compiling)
# Sets up the system libraries and .venv (with the "build" extra) first, like run.sh and test.sh.
# By default the bundle is frozen from build/bundle-venv: .venv's exact packages, except NumPy,
# which is compiled once without BLAS (about 10 minutes; the wheel is kept in build/wheels).
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"

onefile=0 openblas=0
for arg in "$@"; do
    case "$arg" in
        --onefile) onefile=1 ;;
        --openblas) openblas=1 ;;
        -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) say "unknown option: $arg (try --help)"; exit 2 ;;
    esac
done

# binutils: PyInstaller reads the libraries with objdump, the spec strips them and needs cc for
# its empty ICU data library.
ensure_system_packages binutils gcc
ensure_venv "test,build"
cd "$NNGUI_ROOT"

# A venv like .venv whose NumPy has no BLAS: NumPy's own loops and lapack_lite do the (tiny) matrix
# work, and the bundle loses libscipy_openblas (23 MB) with libgfortran and libquadmath.
ensure_bundle_venv() {
    local bundle_venv="$NNGUI_ROOT/build/bundle-venv" wheels="$NNGUI_ROOT/build/wheels"
    local numpy_version requirements want stamp
    numpy_version=$("$VENV/bin/python" -c 'import numpy; print(numpy.__version__)')
    requirements="$NNGUI_ROOT/build/bundle-requirements.txt"
    mkdir -p "$NNGUI_ROOT/build" "$wheels"
    "$VENV/bin/python" -m pip freeze --exclude-editable | grep -viE '^(numpy|nngui)( |=|@)' >"$requirements"
    want="$(sha256sum <"$requirements" | cut -c1-16) numpy-$numpy_version-noblas"
    stamp="$bundle_venv/.nngui-bundle"
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then return 0; fi
    if ! compgen -G "$wheels/numpy-$numpy_version-*.whl" >/dev/null; then
        say "compiling NumPy $numpy_version without BLAS (once; about 10 minutes)"
        "$VENV/bin/python" -c 'import os, sysconfig
raise SystemExit(not os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h")))' ||
            ensure_system_packages python3-dev
        ensure_system_packages g++
        "$VENV/bin/python" -m pip wheel -q --no-cache-dir --no-deps --no-binary numpy -w "$wheels" \
            "numpy==$numpy_version" -Csetup-args=-Dblas=none -Csetup-args=-Dlapack=none \
            -Csetup-args=-Dallow-noblas=true
    fi
    say "setting up build/bundle-venv"
    rm -rf "$bundle_venv"
    "$VENV/bin/python" -m venv "$bundle_venv"
    "$bundle_venv/bin/python" -m pip install -q --upgrade pip
    "$bundle_venv/bin/python" -m pip install -q "$wheels"/numpy-"$numpy_version"-*.whl -r "$requirements"
    "$bundle_venv/bin/python" -c 'import numpy
blas = numpy.show_config(mode="dicts")["Build Dependencies"]["blas"]["name"]
assert blas == "none", f"the bundle venv NumPy uses {blas}"'
    printf '%s\n' "$want" >"$stamp"
}

python="$VENV/bin/python"
if [ "$openblas" = 0 ]; then
    ensure_bundle_venv
    python="$NNGUI_ROOT/build/bundle-venv/bin/python"
fi

if [ "$onefile" = 1 ]; then
    dist="dist/onefile" work="build/onefile" launcher="dist/onefile/nngui"
else
    dist="dist" work="build/onedir" launcher="dist/nngui/nngui"
fi
say "building $dist/nngui with PyInstaller"
NNGUI_ONEFILE="$onefile" "$python" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$dist" --workpath "$work" packaging/nngui.spec
say "built $dist/nngui ($(du -sh "$dist/nngui" | cut -f1)); check it with: $launcher --self-test"
