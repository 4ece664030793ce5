"""The earlier name of nngui.model.codegen (the Python script generator), kept for scripts that use it."""

import sys

import nngui.model.codegen as _module

sys.modules[__name__] = _module
