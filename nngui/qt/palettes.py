"""Palettes to check nngui against: a dark desktop's and a high-contrast one (the system's by default).

nngui draws with the palette it is given, which is the system's. NNGUI_PALETTE=dark or
NNGUI_PALETTE=high-contrast puts one of these in its place (for screenshots, and to try a theme the
desktop does not have); tests set them directly.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

Role = QPalette.ColorRole

_DARK = {
    Role.Window: "#2b2b2b", Role.WindowText: "#e6e6e6", Role.Base: "#1e1e1e", Role.AlternateBase: "#262626",
    Role.Text: "#e6e6e6", Role.Button: "#353535", Role.ButtonText: "#e6e6e6", Role.ToolTipBase: "#3a3a3a",
    Role.ToolTipText: "#e6e6e6", Role.Highlight: "#3d6fb0", Role.HighlightedText: "#ffffff",
    Role.PlaceholderText: "#8a8a8a", Role.Mid: "#444444", Role.Dark: "#202020", Role.Light: "#505050",
    Role.Midlight: "#404040", Role.Link: "#8ab4f8", Role.BrightText: "#ffffff",
}
# Like the high-contrast themes of desktops (GNOME's HighContrastInverse, Windows' "Night sky"):
# white and yellow on black, every frame visible.
_HIGH_CONTRAST = {
    Role.Window: "#000000", Role.WindowText: "#ffffff", Role.Base: "#000000", Role.AlternateBase: "#141414",
    Role.Text: "#ffffff", Role.Button: "#000000", Role.ButtonText: "#ffffff", Role.ToolTipBase: "#000000",
    Role.ToolTipText: "#ffff00", Role.Highlight: "#ffff00", Role.HighlightedText: "#000000",
    Role.PlaceholderText: "#c0c0c0", Role.Mid: "#ffffff", Role.Dark: "#ffffff", Role.Light: "#ffffff",
    Role.Midlight: "#ffffff", Role.Shadow: "#ffffff", Role.Link: "#ffff00", Role.BrightText: "#ffff00",
}
_DISABLED = {"dark": "#7a7a7a", "high-contrast": "#a0a0a0"}
NAMES = ("dark", "high-contrast")


def palette(name: str) -> QPalette:
    """The palette called `name` ("dark" or "high-contrast")."""
    colours = {"dark": _DARK, "high-contrast": _HIGH_CONTRAST}[name]
    result = QPalette()
    for role, colour in colours.items():
        result.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, role, QColor(_DISABLED[name]))
    return result


def high_contrast(colours: QPalette) -> bool:
    """Whether `colours` is a high-contrast palette: text on a (nearly) black or white window at 15:1."""
    window = colours.color(Role.Window)
    return contrast(window, colours.color(Role.WindowText)) >= 15 and abs(window.lightnessF() - 0.5) > 0.4


_Primitive = QStyle.PrimitiveElement
_OUTLINED_PRIMITIVES = (_Primitive.PE_IndicatorCheckBox, _Primitive.PE_FrameLineEdit,
                        _Primitive.PE_IndicatorRadioButton)
_OUTLINED_CONTROLS = (QStyle.ComplexControl.CC_SpinBox, QStyle.ComplexControl.CC_ComboBox)


class OutlinedStyle(QProxyStyle):
    """The style in use, with the boxes it draws in the window's own colour outlined in the text's
    when the palette is high contrast: Fusion outlines a check box, a text field or a spin box in the
    window colour darkened, which on black is black (the check box disappeared)."""

    def drawPrimitive(self, element, option: QStyleOption, painter: QPainter,  # noqa: ANN001, N802
                      widget: QWidget | None = None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in _OUTLINED_PRIMITIVES and high_contrast(option.palette):
            _outline(painter, option.rect, option.palette)

    def drawComplexControl(self, control, option, painter: QPainter,  # noqa: ANN001, N802
                           widget: QWidget | None = None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in _OUTLINED_CONTROLS and high_contrast(option.palette):
            _outline(painter, option.rect, option.palette)


def _outline(painter: QPainter, rect: QRect, colours: QPalette) -> None:
    painter.save()
    painter.setPen(QPen(colours.color(Role.WindowText), 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect.adjusted(0, 0, -1, -1))
    painter.restore()


def use(app: QApplication, name: str) -> None:
    """Give `app` the palette called `name`, with the Fusion style (which follows a palette fully)."""
    app.setStyle("Fusion")
    app.setPalette(palette(name))
    outline_if_high_contrast(app)


def outline_if_high_contrast(app: QApplication) -> None:
    """Wrap the style in OutlinedStyle when the palette, or the desktop's setting, is high contrast
    (only then: the wrapper is Python, called for every box drawn)."""
    hints = QGuiApplication.styleHints()
    asked = hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast
    if (asked or high_contrast(app.palette())) and not isinstance(app.style(), OutlinedStyle):
        app.setStyle(OutlinedStyle(app.style().name()))


def from_environment(app: QApplication) -> None:
    """Use the palette NNGUI_PALETTE names, else the system's (outlined if it is high contrast)."""
    name = os.environ.get("NNGUI_PALETTE", "")
    if name in NAMES:
        use(app, name)
    else:
        outline_if_high_contrast(app)


def contrast(a: QColor, b: QColor) -> float:
    """WCAG's contrast ratio of two colours, from 1 (the same) to 21 (black on white)."""
    def luminance(colour: QColor) -> float:
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
                  for c in (colour.redF(), colour.greenF(), colour.blueF())]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


__all__ = ["NAMES", "OutlinedStyle", "contrast", "from_environment", "high_contrast", "palette", "use"]
