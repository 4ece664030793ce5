"""The app's icons: SVG files in resources/icons, loaded once and shared."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from nngui.resources import resource_path

# The PNG sizes of the application icon rendered by packaging/make_icons.py.
APP_ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)


@cache
def icon(name: str) -> QIcon:
    """The icon resources/icons/<name>.svg (e.g. "train", "pause", "step", "reset")."""
    path = resource_path("icons", name + ".svg")
    if not path.is_file():
        raise FileNotFoundError(f"no icon called {name!r} (looked for {path})")
    return QIcon(str(path))


@cache
def app_icon() -> QIcon:
    """The application's icon: the rendered PNGs (they need no SVG plugin) plus the SVG for other sizes."""
    result = QIcon()
    for size in APP_ICON_SIZES:
        png = resource_path("icons", "app", f"nngui-{size}.png")
        if png.is_file():
            result.addFile(str(png))
    svg = resource_path("icons", "nngui.svg")
    if svg.is_file():
        result.addFile(str(svg))
    return result
