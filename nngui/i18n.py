"""The earlier name of nngui.qt.i18n (translations), kept for scripts that use it."""

import sys

import nngui.qt.i18n as _module

sys.modules[__name__] = _module
