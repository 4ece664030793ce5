#!/usr/bin/env bash
# Set everything up on first use (system libraries, .venv), then start nngui.
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
ensure_system_packages
ensure_venv test
exec "$VENV/bin/python" -m nngui "$@"
