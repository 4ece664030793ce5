"""The earlier name of nngui.qt.main_window (the main window), kept for scripts that use it."""

import sys

import nngui.qt.main_window as _module

sys.modules[__name__] = _module
