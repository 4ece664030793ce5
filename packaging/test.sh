#!/usr/bin/env bash
# Set everything up on first use (system libraries, .venv), then lint and run the tests headless.
# Extra arguments go to pytest, e.g. packaging/test.sh -m "not slow" -k core
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
# shellcheck disable=SC2086
ensure_system_packages $TEST_PACKAGES
ensure_venv test
cd "$NNGUI_ROOT"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
"$VENV/bin/ruff" check nngui tests benchmarks packaging
exec "$VENV/bin/python" -m pytest "$@"
