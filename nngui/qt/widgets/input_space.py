"""The input space panel: where the network answers 1 and where 0, over its inputs, as it learns.

Three inputs (the article): the unit cube with the neuron's plane; two: the square's heatmap; one:
the answer's curve; more: three chosen inputs, the others held at the riddle's values. With a hidden
layer, each hidden neuron's plane, and the hidden space where the output neuron sees the situations.
The geometry is nngui.model.geometry's; the drawing input_space_view's and input_space_paint's.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSize, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from nngui.model import geometry, numbers
from nngui.model.geometry import Space, hidden_space, input_space
from nngui.model.network import Network
from nngui.model.scenario import Scenario, atomic_path
from nngui.model.truth import one_neuron_cannot
from nngui.qt import i18n
from nngui.qt.widgets.explain import FlowLayout
from nngui.qt.widgets.input_space_marks import plane_colour
from nngui.qt.widgets.input_space_view import InputSpaceView

if TYPE_CHECKING:
    from nngui.qt.session import TrainingSession

translate = QCoreApplication.translate  # translate("Context", …) calls are what pyside6-lupdate extracts

_ALL, _NONE = -1, -2           # the planes combo's entries besides one neuron
_LISTED_HELD = 6               # held coordinates listed by name in the note before "…"
EXPORT_SIZE = QSize(900, 760)  # the exported picture's size (PNG at twice the pixels)


def render_input_space(view: InputSpaceView, path: str | os.PathLike[str]) -> None:
    """Save the drawing as PNG or SVG (by the file's suffix); the file appears whole or not at all."""
    size = EXPORT_SIZE.expandedTo(view.size())
    rect = QRectF(0, 0, size.width(), size.height())
    if Path(path).suffix.lower() == ".svg":
        from PySide6.QtSvg import QSvgGenerator  # only here: not loaded at start-up

        with atomic_path(path) as temporary:
            generator = QSvgGenerator()
            generator.setFileName(temporary)
            generator.setSize(size)
            generator.setViewBox(rect)
            generator.setTitle(translate("InputSpacePanel", "nngui input space"))
            painter = QPainter(generator)
            view.render_to(painter, rect)
            if not painter.end() or os.path.getsize(temporary) == 0:
                raise OSError(0, translate("InputSpacePanel", "the drawing could not be written"))
            del painter, generator  # closes the file before it replaces the old one
        return
    image = QImage(size * 2, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(2.0)
    painter = QPainter(image)
    view.render_to(painter, rect)
    painter.end()
    with atomic_path(path) as temporary:
        if not image.save(temporary, "PNG"):
            raise OSError(0, translate("InputSpacePanel", "the picture could not be written"))


class InputSpacePanel(QWidget):
    """The input space, its choices (which space, which axes, which planes, reset the view) and notes.

    Given a session it follows the session's network as it trains (at the session's throttled
    rate), Step and Reset; while the panel is hidden it only remembers that it is behind.
    """

    message = Signal(str)  # a note for the status bar (an export done or refused), translated

    def __init__(self, parent: QWidget | None = None, session: TrainingSession | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inputSpacePanel")
        self._kind = "input"
        self._axes: dict[str, tuple[int, ...]] = {}    # the chosen axes, per kind of space
        self._neuron: int = _ALL                       # the planes combo's choice
        self._structure: tuple | None = None           # the layer sizes and kind the controls fit
        self._names: dict[str, list[str]] = {}
        self._shown: tuple[Scenario, Network] | None = None
        self._stale = False                            # the network changed since the space was worked out
        self._catching_up = False                      # a catch-up after a paint is on its way
        self._data: tuple | None = None                # the situations as arrays, and one_neuron_cannot
        self._space: Space | None = None
        self.refreshes = 0                             # how often the space was worked out
        self._create_widgets()
        self._session = session
        if session is not None:
            document = session.document
            for signal in (document.situationsChanged, document.riddleChanged, document.scenarioReplaced,
                           document.shapeChanged):
                signal.connect(self._forget_data)
            session.follow_answers(self._follow_session)

    def _create_widgets(self) -> None:
        self.space_combo = QComboBox(self, objectName="spaceCombo")
        self.space_combo.currentIndexChanged.connect(self._on_space_chosen)
        self.axes_label = QLabel(self, objectName="axesLabel")
        self.axis_combos = [QComboBox(self, objectName=f"axisCombo{k + 1}") for k in range(3)]
        for combo in self.axis_combos:
            combo.currentIndexChanged.connect(self._on_axis_chosen)
        self.planes_combo = QComboBox(self, objectName="planesCombo")
        self.planes_combo.currentIndexChanged.connect(self._on_planes_chosen)
        for combo in (self.space_combo, *self.axis_combos, self.planes_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.reset_button = QPushButton(self, objectName="resetViewButton")
        self.view = InputSpaceView(self)
        self.view.about_to_paint = self._about_to_paint
        self.reset_button.clicked.connect(self.view.reset_view)
        self.note = QLabel(self, objectName="inputSpaceNote")
        self.note.setWordWrap(True)
        self.note.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.note.hide()

        controls = QWidget(self, objectName="inputSpaceControls")
        flow = FlowLayout(controls, spacing=4)
        for widget in (self.space_combo, self.axes_label, *self.axis_combos, self.planes_combo,
                       self.reset_button):
            flow.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(controls)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text again (after a language change): the choices' names too."""
        self.axes_label.setText(self.tr("Axes:"))
        self.reset_button.setText(self.tr("Reset view"))
        self.reset_button.setToolTip(self.tr("Face the cube from the starting angle again "
                                             "(or double-click it)"))
        self.space_combo.setToolTip(self.tr("The input space, or the hidden space: where the output neuron "
                                            "sees each situation"))
        self.planes_combo.setToolTip(self.tr("Which hidden neurons' planes to draw"))
        self.view.empty_text = self.tr("The network's inputs and the situations' do not match yet.")
        self.view.setAccessibleName(self.tr("Input space"))
        self._structure = None  # the choices are named again, once the language change is handed out
        self._names = {}
        self._stale = True
        if not self._catching_up:
            self._catching_up = True
            QTimer.singleShot(0, self, self._catch_up)  # dropped if the panel goes first

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "view"):
            self.retranslate()

    def sizeHint(self) -> QSize:
        return QSize(460, 520)

    # -- following the network ----------------------------------------------------------------------
    @Slot()
    def _follow_session(self) -> None:
        session = self._session
        if session is not None and session.fits():
            self.show_network(session.document.scenario, session.network)

    @Slot()
    def _forget_data(self) -> None:
        self._data = None

    def show_network(self, scenario: Scenario, network: Network) -> None:
        """Show this network's answers over the scenario's inputs.

        Worked out now if the view is on the screen; otherwise only remembered until it is painted,
        so a closed panel, or one behind another tab (which Qt keeps "visible", out of sight), costs
        nothing.
        """
        self._shown = (scenario, network)
        self._invalidate()

    @property
    def space(self) -> Space | None:
        """What the view shows, brought up to date first if the network changed since."""
        self.bring_up_to_date()
        return self._space

    def bring_up_to_date(self) -> None:
        """Work out the space now if the network changed since it was last worked out."""
        if self._stale and self._shown is not None:
            self._refresh(*self._shown)

    def _invalidate(self) -> None:
        self._stale = True
        if self._in_sight():
            self.bring_up_to_date()
        else:
            self.view.update()  # painted only if it comes into sight: then it catches up

    def _about_to_paint(self) -> None:
        """The view is being painted (it came into sight): catch up right after this paint, never
        during it (a paint must not change widgets: the choices and the notes may change)."""
        if self._stale and not self._catching_up:
            self._catching_up = True
            QTimer.singleShot(0, self, self._catch_up)  # dropped if the panel goes first

    @Slot()
    def _catch_up(self) -> None:
        self._catching_up = False
        if self._in_sight():
            self.bring_up_to_date()
        else:
            self.view.update()  # when it is next painted

    def _in_sight(self) -> bool:
        return self.view.isVisible() and not self.view.visibleRegion().isEmpty()

    def _situations(self, scenario: Scenario, network: Network) -> tuple:
        """The situations as arrays (the first MAX_POINTS), the riddle, and whether one neuron cannot
        learn them; kept until the document says they changed (worked out each time without a session)."""
        key = (id(scenario), network.n_inputs, len(network.weights), network.biases is not None,
               network.rules.activation)
        if self._data is None or self._data[0] != key or self._session is None:
            rows = scenario.inputs[:geometry.MAX_POINTS]
            x = np.array(rows, dtype=np.float64).reshape(len(rows), scenario.n_inputs)
            y = np.array(scenario.outputs[:geometry.MAX_POINTS], dtype=np.float64)
            cannot = (len(network.weights) == 1 and scenario.n_situations <= geometry.MAX_POINTS
                      and one_neuron_cannot(x, y, network.biases is not None,
                                            activation=network.activations[-1]))
            self._data = (key, x, y, np.array(scenario.riddle, dtype=np.float64), scenario.n_situations,
                          cannot)
        return self._data[1:]

    def _refresh(self, scenario: Scenario, network: Network) -> None:
        self._stale = False
        self.refreshes += 1
        if network.n_inputs != scenario.n_inputs:
            self._space = None
            self.view.set_space(None, [])
            return
        hidden = len(network.weights) > 1
        kind = self._kind if hidden else "input"
        structure = (tuple(network.layer_sizes), kind)
        if structure != self._structure:
            self._structure = structure
            self._fit_controls(network, kind)
        x, y, riddle, total, cannot = self._situations(scenario, network)
        axes = self._axes.get(kind)
        if kind == "input":
            neurons = None if self._neuron in (_ALL, _NONE) else [self._neuron]
            space = input_space(network, x, y, riddle, axes, neurons=neurons)
        else:
            space = hidden_space(network, x, y, riddle, axes)
        if total > x.shape[0]:
            space = _with_total(space, total)
        self._space = space
        self.view.set_space(space, self._coordinate_names(kind, space.size))
        self.reset_button.setVisible(space.dims == 3)
        self._show_notes(self._notes(space, cannot))

    def _coordinate_names(self, kind: str, size: int) -> list[str]:
        names = self._names.get(kind)
        if names is None or len(names) != size:
            text = self.tr("Input {0}") if kind == "input" else self.tr("Hidden neuron {0}")
            names = self._names[kind] = [text.format(k + 1) for k in range(size)]
        return names

    # -- the choices -----------------------------------------------------------------------------------
    def _fit_controls(self, network: Network, kind: str) -> None:
        """The choices for this network: the space (with a hidden layer), the axes (more than three
        coordinates), the planes (a hidden layer, in the input space)."""
        hidden = len(network.weights) > 1
        size = network.n_inputs if kind == "input" else network.layer_sizes[-2]
        for combo in (self.space_combo, *self.axis_combos, self.planes_combo):
            combo.blockSignals(True)
        self.space_combo.clear()
        self.space_combo.addItem(self.tr("Input space"), "input")
        self.space_combo.addItem(self.tr("Hidden space"), "hidden")
        self.space_combo.setCurrentIndex(0 if kind == "input" else 1)
        self.space_combo.setVisible(hidden)

        axes = self._axes.get(kind)
        if axes is None or any(a >= size for a in axes):
            axes = self._axes[kind] = geometry.default_axes(size)
        names = self._coordinate_names(kind, size)
        for k, combo in enumerate(self.axis_combos):
            combo.clear()
            if size > 3:
                combo.addItems(names)
                combo.setCurrentIndex(axes[k])
                combo.setToolTip(self.tr("The input drawn along axis {0}").format(k + 1) if kind == "input"
                                 else self.tr("The hidden neuron drawn along axis {0}").format(k + 1))
            combo.setVisible(size > 3)
        self.axes_label.setVisible(size > 3)

        self.planes_combo.clear()
        first = network.layer_sizes[1]
        if hidden:
            if first <= geometry.MAX_PLANES:
                self.planes_combo.addItem(self.tr("Every hidden neuron's plane"), _ALL)
            else:
                self.planes_combo.addItem(self.tr("The first {0} hidden neurons' planes").format(
                    geometry.MAX_PLANES), _ALL)
            for n in range(first):
                name = self.tr("Hidden neuron {0}").format(n + 1)
                self.planes_combo.addItem(_swatch(plane_colour(n)), name, n)
            self.planes_combo.addItem(self.tr("No planes"), _NONE)
            if self._neuron >= first:
                self._neuron = _ALL
            self.planes_combo.setCurrentIndex(max(0, self.planes_combo.findData(self._neuron)))
        self.planes_combo.setVisible(hidden and kind == "input")
        self._apply_planes()
        for combo in (self.space_combo, *self.axis_combos, self.planes_combo):
            combo.blockSignals(False)

    def _apply_planes(self) -> None:
        if self._neuron == _ALL:
            self.view.set_planes(None)
        elif self._neuron == _NONE:
            self.view.set_planes([])
        else:
            self.view.set_planes([self._neuron])

    @Slot(int)
    def _on_space_chosen(self, index: int) -> None:
        kind = self.space_combo.itemData(index)
        if kind in ("input", "hidden") and kind != self._kind:
            self.set_kind(kind)

    def set_kind(self, kind: str) -> None:
        """Show the input space ("input") or, with a hidden layer, the hidden space ("hidden")."""
        if kind not in ("input", "hidden"):
            raise ValueError(f"no {kind!r} space: 'input' or 'hidden'")
        self._kind = kind
        self._structure = None
        self._invalidate()

    @Slot(int)
    def _on_axis_chosen(self, index: int) -> None:
        combo = self.sender()
        if not isinstance(combo, QComboBox) or index < 0 or self._structure is None:
            return
        kind = self._structure[1]
        axes = list(self._axes.get(kind, ()))
        k = self.axis_combos.index(combo)
        if k >= len(axes) or axes[k] == index:
            return
        if index in axes:  # chosen on another axis already: the two swap
            other = axes.index(index)
            axes[other] = axes[k]
            self.axis_combos[other].blockSignals(True)
            self.axis_combos[other].setCurrentIndex(axes[other])
            self.axis_combos[other].blockSignals(False)
        axes[k] = index
        self.set_axes(tuple(axes))

    def set_axes(self, axes: tuple[int, ...]) -> None:
        """Which coordinates (from 0) of the space shown are the axes (with more than three)."""
        kind = self._structure[1] if self._structure is not None else self._kind
        self._axes[kind] = tuple(axes)
        for combo, axis in zip(self.axis_combos, axes):
            combo.blockSignals(True)
            combo.setCurrentIndex(axis)
            combo.blockSignals(False)
        self._invalidate()

    @Slot(int)
    def _on_planes_chosen(self, index: int) -> None:
        data = self.planes_combo.itemData(index)
        if isinstance(data, int):
            self._neuron = data
            self._apply_planes()
            self._invalidate()

    # -- notes -------------------------------------------------------------------------------------------
    def _notes(self, space: Space, cannot: bool) -> list[str]:
        notes = []
        if space.single:
            plane = space.planes[0]
            if plane.points.shape[0] == 0 and plane.side != 0:
                notes.append(self._miss_text(space.dims, plane.side))
        if space.kind == "input" and space.single and cannot:
            notes.append(self.tr(
                "No plane puts these situations' 1s and 0s on different sides, so one neuron cannot "
                "learn them. Add a hidden layer."))
        if space.kind == "input" and not space.single:
            notes.append(self.tr(
                "With a hidden layer, where the answer is 0.5 need not be flat. Each coloured plane is "
                "one hidden neuron's own boundary; the hidden space shows the situations as the output "
                "neuron sees them."))
        if space.kind == "hidden":
            notes.append(self.tr(
                "Each situation is placed at its hidden neurons' outputs: what the output neuron sees. "
                "The output is one neuron, so where it answers 0.5 is flat here: once the network has "
                "learnt, that plane separates the 1s from the 0s."))
        held = [k for k in range(space.size) if k not in space.axes]
        if held:
            names = self._coordinate_names(space.kind, space.size)
            listed = ", ".join(f"{names[k]} = {i18n.decimal(numbers.short(space.held[k]))}"
                               for k in held[:_LISTED_HELD])
            if len(held) > _LISTED_HELD:
                listed += ", …"
            text = (self.tr("Held at the riddle's values: {0}. Situations with other values there are "
                            "drawn faint.") if space.kind == "input" else
                    self.tr("Held at the riddle's activations: {0}. The points are the situations' own "
                            "activations on the three axes."))
            notes.append(text.format(listed))
        if space.situations > space.points.shape[0]:
            notes.append(self.tr("Showing the first {0} of %Ln situations.", "", space.situations).format(
                i18n.whole(space.points.shape[0])))
        return notes

    def _miss_text(self, dims: int, side: int) -> str:
        if dims == 3:
            return (self.tr("The plane where the answer is 0.5 does not cut through the cube: the answer "
                            "is at least 0.5 everywhere in it.") if side > 0 else
                    self.tr("The plane where the answer is 0.5 does not cut through the cube: the answer "
                            "is at most 0.5 everywhere in it."))
        if dims == 2:
            return (self.tr("The line where the answer is 0.5 does not cut through the square: the answer "
                            "is at least 0.5 everywhere in it.") if side > 0 else
                    self.tr("The line where the answer is 0.5 does not cut through the square: the answer "
                            "is at most 0.5 everywhere in it."))
        return (self.tr("The point where the answer is 0.5 is not inside the range shown: the answer is at "
                        "least 0.5 all along it.") if side > 0 else
                self.tr("The point where the answer is 0.5 is not inside the range shown: the answer is at "
                        "most 0.5 all along it."))

    def _show_notes(self, notes: list[str]) -> None:
        text = "\n".join(notes)
        if text != self.note.text():
            self.note.setText(text)
        self.note.setVisible(bool(text))
        description = self.tr("The network's answer over its inputs; where it is 0.5 is drawn as a plane, "
                              "a line or a point.")
        self.view.setAccessibleDescription(" ".join([description, *notes]))

    # -- exports -------------------------------------------------------------------------------------------
    def export(self, path: str | os.PathLike[str]) -> None:
        """Save the drawing as PNG or SVG (by the suffix), atomically; OSError when it cannot."""
        self.bring_up_to_date()
        render_input_space(self.view, path)

    @Slot()
    def export_png(self) -> None:
        self._export_dialog(self.tr("PNG images (*.png)"), "input-space.png")

    @Slot()
    def export_svg(self) -> None:
        self._export_dialog(self.tr("SVG drawings (*.svg)"), "input-space.svg")

    def _export_dialog(self, filters: str, name: str) -> None:
        from nngui.qt.file_dialog import ask_path
        from nngui.qt.files import last_folder, reason

        path = ask_path(self.window(), self.tr("Export Input Space"), filters, name, last_folder())
        if path is None:
            return
        try:
            self.export(path)
        except OSError as exc:
            text = self.tr("{0}: {1}").format(path.name, reason(exc))
            self.message.emit(text)
            if not os.environ.get("NNGUI_NO_DIALOGS"):
                QMessageBox.critical(self.window(), self.tr("Cannot export"), text)
            return
        self.message.emit(self.tr("Exported {0}.").format(path.name))


def _swatch(colour: QColor) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(colour)
    return QIcon(pixmap)


def _with_total(space: Space, total: int) -> Space:
    return replace(space, situations=total)
