"""nngui: watch a tiny neural network learn, and understand every number it computes.

The public face for scripting, with no Qt: ``from nngui import Network, Scenario, ScenarioError,
load_preset, preset_names, python_script, lesson_names, load_lesson``. The window is
``from nngui.qt import MainWindow``.
"""

from __future__ import annotations

import os as _os
from typing import TYPE_CHECKING, Any

# nngui's matrices are tiny: BLAS threads only busy-wait against the GUI and the training worker
# (measured: 62 s instead of 7 s for the 1,000 × 64 scenario on 2 cores). This must happen before
# NumPy is first imported; a user's own setting wins.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    _os.environ.setdefault(_name, "1")

__version__ = "0.1.0"

if TYPE_CHECKING:
    from nngui.model.codegen import python_script
    from nngui.model.lessons import Lesson, lesson_names, load_lesson
    from nngui.model.network import Network
    from nngui.model.scenario import Scenario, ScenarioError, load_preset, preset_names

# Each public name and the module it lives in; loaded when first used, so `import nngui` stays light
# (the training process and the app's start-up import it before NumPy is needed).
_PUBLIC = {
    "Network": "nngui.model.network",
    "Scenario": "nngui.model.scenario",
    "ScenarioError": "nngui.model.scenario",
    "load_preset": "nngui.model.scenario",
    "preset_names": "nngui.model.scenario",
    "python_script": "nngui.model.codegen",
    "Lesson": "nngui.model.lessons",
    "lesson_names": "nngui.model.lessons",
    "load_lesson": "nngui.model.lessons",
}
__all__ = ["Lesson", "Network", "Scenario", "ScenarioError", "__version__", "lesson_names", "load_lesson",
           "load_preset", "preset_names", "python_script"]


def __getattr__(name: str) -> Any:
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
