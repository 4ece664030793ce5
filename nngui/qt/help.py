"""Help → Getting Started (F1): what to click first and what the colours mean, in a window of its own."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from nngui.qt.widgets.diagram_items import NEAR_ZERO, NEGATIVE, POSITIVE


class GettingStarted(QDialog):
    """A short first lesson: the four situations, the riddle, Train, Step, and the diagram's colours.

    Not modal: a learner reads it next to the window and clicks along.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gettingStartedDialog")
        self.setModal(False)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("gettingStartedText")
        self.browser.setOpenExternalLinks(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Getting Started"))
        self.browser.setHtml(self.text())

    def text(self) -> str:
        """The lesson, rich text, in the interface's language."""
        swatch = '<span style="color:{0}; font-weight:bold">■■■</span>'
        samples = (swatch.format(colour.name()) for colour in (POSITIVE, NEGATIVE, NEAR_ZERO))
        return self.tr(self.source_text()).format(*samples)

    @staticmethod
    def source_text() -> str:
        """The lesson in English, before translation; {0} {1} {2} are the colour samples."""
        return QT_TRANSLATE_NOOP(
            "GettingStarted",
            "<h3>Your first minutes with nngui</h3>"
            "<ol>"
            "<li><b>Read the situations</b> on the left: each row is a set of inputs (0 or 1) and the "
            "output the network should learn. You can change any cell.</li>"
            "<li><b>Look at the riddle</b> below them: inputs the network has never seen. Its answer "
            "is shown in the answer card.</li>"
            "<li><b>Press Step</b> (F10) once. The Explain panel shows that one iteration number by "
            "number: weigh, normalise, compare, calibrate.</li>"
            "<li><b>Press Train</b> (F5). The loss curve falls as the network learns; the answer to the "
            "riddle moves towards 0 or 1.</li>"
            "<li><b>Press Reset</b> (Ctrl+R) to start again from fresh weights. Try the presets in the "
            "File menu: XOR is the one a single neuron cannot learn.</li>"
            "</ol>"
            "<h3>What the colours mean</h3>"
            "<p>{0} a positive weight, {1} a negative weight, {2} a weight near 0; the thicker the line, "
            "the larger the weight.</p>"
            "<p>A neuron is filled the more, the closer its output is to 1: empty is 0, full is 1. "
            "In the truth table the bar behind an answer does the same, and ✗ marks an answer on the "
            "wrong side of 0.5.</p>"
            "<p>Larger text for a projector: View → Zoom In (Ctrl++).</p>")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "browser"):
            self.retranslate()
        super().changeEvent(event)


def show_getting_started(parent: QWidget) -> GettingStarted:
    """Show the Getting Started window (one per parent, raised if already open)."""
    dialog = parent.findChild(GettingStarted, "gettingStartedDialog")
    if dialog is None:
        dialog = GettingStarted(parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
