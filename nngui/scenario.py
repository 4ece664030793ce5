"""The earlier name of nngui.model.scenario (scenarios and their files), kept for scripts that use it."""

import sys

import nngui.model.scenario as _module

sys.modules[__name__] = _module
