"""The earlier name of nngui.model.network (the NumPy core), kept for scripts that use it."""

import sys

import nngui.model.network as _module

sys.modules[__name__] = _module
