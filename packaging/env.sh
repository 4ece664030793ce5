# Sourced by run.sh, test.sh and build.sh: make sure the system libraries and the
# virtual environment (.venv, with nngui installed in editable mode) are ready.
# Quick when nothing changed: the venv is only updated when pyproject.toml changes.
set -eu

NNGUI_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV="$NNGUI_ROOT/.venv"

say() { printf 'nngui: %s\n' "$*" >&2; }

find_python() {
    for candidate in python3.13 python3.12 python3.11 python3; do
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            command -v "$candidate"
            return 0
        fi
    done
    say "Python 3.11 or newer is needed (apt-get install python3)"
    exit 1
}

# Debian/Ubuntu packages Qt needs: offscreen (tests) and a real X11 window (the app).
QT_PACKAGES="libgl1 libegl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3 \
libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
libxcb-render-util0 libxcb-shape0 libx11-xcb1 libxcb-randr0 libxcb-shm0 libxcb-sync1 \
libxcb-xfixes0 libxcb-xinerama0 fonts-dejavu-core"
# What the slow system tests need besides: a real X server, a window manager and real keys
# (tests/system/test_real_keys.py), and the accessibility bus a screen reader reads, with Debian's
# pyatspi for the reader (tests/system/test_atspi.py). test.sh installs them.
TEST_PACKAGES="xvfb xauth openbox xdotool dbus at-spi2-core python3-pyatspi"

ensure_system_packages() {
    command -v dpkg-query >/dev/null 2>&1 || return 0   # not Debian/Ubuntu: trust the system
    local missing="" pkg wanted installed
    wanted="$QT_PACKAGES $*"
    # One dpkg-query for all (a launch should not wait for twenty): the installed ones, by name;
    # Ubuntu 24.04 renamed some libraries with a t64 suffix.
    # shellcheck disable=SC2046,SC2086
    installed=$(dpkg-query -W -f='${Package} ${Status}\n' $wanted $(printf '%st64 ' $wanted) 2>/dev/null |
        awk '$4 == "installed" { print $1 }') || true
    for pkg in $wanted; do
        printf '%s\n' "$installed" | grep -qxF -e "$pkg" -e "${pkg}t64" && continue
        missing="$missing $pkg"
    done
    if [ ! -x "$VENV/bin/python" ]; then  # making the venv needs the venv module (python3-venv)
        local py
        py=$(find_python)
        "$py" -c 'import ensurepip, venv' 2>/dev/null || missing="$missing python3-venv"
    fi
    [ -z "$missing" ] && return 0
    local sudo=""
    if [ "$(id -u)" != 0 ]; then
        if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
            say "please install as root: apt-get install$missing"; exit 1
        fi
    fi
    say "installing system packages:$missing"
    $sudo apt-get update -qq
    local resolved="" name
    for name in $missing; do
        if apt-cache show "$name" >/dev/null 2>&1; then resolved="$resolved $name"
        elif apt-cache show "${name}t64" >/dev/null 2>&1; then resolved="$resolved ${name}t64"
        else say "note: package $name is not available here, skipping"; fi
    done
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $resolved >/dev/null
}

ensure_venv() {
    local extras="$1" stamp want
    if [ ! -x "$VENV/bin/python" ]; then
        say "creating the virtual environment in .venv"
        local py
        py=$(find_python)
        "$py" -m venv "$VENV"
    fi
    stamp="$VENV/.nngui-installed"
    want="$(cat "$NNGUI_ROOT/pyproject.toml" | sha256sum | cut -c1-16) [$extras]"
    if [ ! -f "$stamp" ] || ! grep -qxF "$want" "$stamp"; then
        say "installing nngui and its dependencies into .venv"
        "$VENV/bin/python" -m pip install -q --upgrade pip
        "$VENV/bin/python" -m pip install -q -e "$NNGUI_ROOT[$extras]"
        printf '%s\n' "$want" >>"$stamp"
    fi
    # An editable install leaves nngui uncompiled; where PYTHONDONTWRITEBYTECODE is set Python never
    # writes the .pyc files itself and would compile nngui at every start (a fifth of the start-up).
    "$VENV/bin/python" -m compileall -q "$NNGUI_ROOT/nngui" >/dev/null 2>&1 || true
}
