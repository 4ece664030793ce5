"""Where the shipped resources (presets, icons, translations) are, from source, wheel or bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The resources folder: ``nngui/resources`` when installed or frozen, ``resources/`` in a checkout."""
    package = Path(__file__).resolve().parent
    candidates = [package / "resources", package.parent / "resources"]
    if getattr(sys, "frozen", False):
        candidates.insert(0, Path(getattr(sys, "_MEIPASS", package.parent)) / "nngui" / "resources")
    for folder in candidates:
        if (folder / "presets").is_dir():
            return folder
    raise FileNotFoundError("nngui's resources were not found (looked in: "
                            + ", ".join(str(c) for c in candidates) + ")")


def resource_path(*parts: str) -> Path:
    """A path inside the resources folder."""
    return resources_dir().joinpath(*parts)
