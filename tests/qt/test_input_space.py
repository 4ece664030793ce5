"""The input space panel over a session: it follows training, turns on a drag, explains on hover, exports."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QLocale, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QComboBox

from nngui.model import geometry
from nngui.model.geometry import boundary, box_corners
from nngui.model.scenario import Scenario, article_scenario, load_preset
from nngui.qt.document import ScenarioDocument
from nngui.qt.session import TrainingSession
from nngui.qt.widgets.input_space import InputSpacePanel
from nngui.qt.widgets.input_space_marks import shade
from nngui.qt.widgets.input_space_view import InputSpaceView

#: Qt messages that are not about our code (the offscreen platform cannot resize windows).
HARMLESS = ("propagateSizeHints",)


@pytest.fixture
def make_panel(qtbot):
    """A panel over a session of its own (trained on a thread), shown; the sessions end after the test."""
    sessions: list[TrainingSession] = []

    def make(scenario: Scenario) -> tuple[InputSpacePanel, TrainingSession]:
        session = TrainingSession(ScenarioDocument(scenario), backend="thread")
        sessions.append(session)
        panel = InputSpacePanel(session=session)
        qtbot.addWidget(panel)
        panel.resize(560, 620)
        panel.show()
        qtbot.waitExposed(panel)
        panel.bring_up_to_date()  # what its first paint does
        return panel, session

    yield make
    for session in sessions:
        session.shutdown()


def train(qtbot, session: TrainingSession, timeout: int = 60_000) -> None:
    with qtbot.waitSignal(session.finished, timeout=timeout):
        session.train()


def pixel(view: InputSpaceView, point: np.ndarray) -> QColor:
    image = view.grab().toImage()
    ratio = image.devicePixelRatio()
    return image.pixelColor(int(point[0] * ratio), int(point[1] * ratio))


def corner_pixel(view: InputSpaceView, corner: int) -> np.ndarray:
    return view.current_layout().corners[corner]


def xor_without_hidden_layer() -> Scenario:
    scenario = load_preset("xor")
    scenario.hidden_layers = []
    return scenario


# -- the article's cube ------------------------------------------------------------------------------

def test_the_article_s_cube_shows_every_corner_s_answer_and_the_plane(make_panel):
    panel, session = make_panel(article_scenario())
    space = panel.space
    assert space.dims == 3 and space.single and space.kind == "input"
    network = session.network
    corners = box_corners([0, 0, 0], [1, 1, 1])
    assert np.allclose(space.corner_answers, network.predict(corners)[:, 0])
    (plane,) = space.planes
    assert np.allclose(plane.points, boundary(network.weights[0][:, 0], 0.0))
    assert panel.view.objectName() == "inputSpaceView"
    # Each corner's disc is painted in the diagram's colour for its answer (those in front of the
    # plane: it tints the ones behind it).
    view = panel.view
    near = np.flatnonzero(view.current_layout().corner_depth <= 0)
    assert len(near) >= 3
    for corner in near:
        drawn = pixel(view, corner_pixel(view, corner))
        wanted = shade(space.corner_answers[corner], view.look().background)
        assert max(abs(drawn.red() - wanted.red()), abs(drawn.green() - wanted.green()),
                   abs(drawn.blue() - wanted.blue())) <= 6
    # The plane is drawn: its colour shows inside the polygon.
    inside = view.current_layout().to_pixels(space, plane.points.mean(axis=0)[None, :])[0]
    colour = pixel(view, inside + np.array([8.0, 0.0]))
    assert colour.blue() > colour.green()  # the plane's violet over the white background
    assert not panel.reset_button.isHidden() and panel.space_combo.isHidden()


def test_the_panel_follows_training_step_and_reset(qtbot, make_panel):
    scenario = article_scenario()
    scenario.iterations = 20_000
    panel, session = make_panel(scenario)
    view = panel.view
    before_plane = panel.space.planes[0].points.copy()
    before_riddle = panel.space.riddle_answer
    before_colour = pixel(view, corner_pixel(view, 4))  # corner 100, the riddle
    seen: list[float] = []
    session.answersChanged.connect(lambda: seen.append(panel.space.riddle_answer))
    train(qtbot, session)
    after = panel.space
    assert after.riddle_answer > 0.999 > before_riddle
    moved = after.planes[0].points
    assert moved.shape != before_plane.shape or not np.allclose(moved, before_plane)
    assert np.allclose(after.planes[0].points, boundary(session.network.weights[0][:, 0], 0.0))
    assert len(set(seen)) >= 2  # it changed while the run went on, not only at its end
    after_colour = pixel(view, corner_pixel(view, 4))
    assert after_colour.green() < before_colour.green() - 40  # the riddle's corner is now a deep green
    # Reset: the fresh weights' picture again; Step: one iteration's change.
    session.reset()
    assert panel.space.riddle_answer == pytest.approx(before_riddle)
    assert np.allclose(panel.space.planes[0].points, before_plane)
    session.step()
    assert panel.space.riddle_answer != pytest.approx(before_riddle, abs=1e-12)


def test_a_hidden_panel_works_nothing_out_until_it_is_painted(qtbot, make_panel):
    panel, session = make_panel(article_scenario())
    panel.view.repaint()
    count = panel.refreshes
    panel.hide()
    session.step()
    session.step()
    qtbot.wait(50)
    assert panel.refreshes == count  # nothing worked out while hidden
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: panel.refreshes == count + 1)
    assert panel._space.riddle_answer == pytest.approx(session.riddle_answer())
    assert panel.space is panel._space  # up to date: asking works nothing out again
    assert panel.refreshes == count + 1


# -- turning and hovering ---------------------------------------------------------------------------

def test_a_drag_turns_the_cube_and_a_double_click_faces_it_again(qtbot, make_panel):
    panel, _ = make_panel(article_scenario())
    view = panel.view
    before = view.current_layout().corners.copy()
    start = QPoint(view.width() // 2, view.height() // 2)
    end = start + QPoint(60, 25)
    with qtbot.waitSignal(view.viewChanged):
        qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(view, start + QPoint(30, 12))
        qtbot.mouseMove(view, end)
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=end)
    assert view.yaw == pytest.approx(geometry.DEFAULT_YAW - 60 * 0.01)
    assert view.pitch == pytest.approx(geometry.DEFAULT_PITCH + 25 * 0.01)
    turned = view.current_layout().corners
    assert np.abs(turned - before).max() > 10  # the corners moved on the screen
    image_turned = view.grab().toImage()
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=end)
    assert (view.yaw, view.pitch) == (geometry.DEFAULT_YAW, geometry.DEFAULT_PITCH)
    assert np.allclose(view.current_layout().corners, before)
    assert view.grab().toImage() != image_turned
    view.turn_to(1.0, 2.0)  # the pitch stops short of straight down
    assert view.pitch == pytest.approx(geometry.PITCH_LIMIT)
    qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
    assert (view.yaw, view.pitch) == (geometry.DEFAULT_YAW, geometry.DEFAULT_PITCH)


def test_hovering_a_corner_shows_its_inputs_the_answer_and_the_expected_output(qtbot, make_panel):
    panel, session = make_panel(article_scenario())
    view = panel.view
    card = view.card
    # Corner 101 is situation 3 (expected 1).
    qtbot.mouseMove(view, QPointF(*corner_pixel(view, 5)).toPoint())
    assert card.isVisible()
    text = card.text()
    answer = session.network.predict([1, 0, 1])[0]
    assert "Situation 3" in text and "Inputs: 1  0  1" in text
    assert f"Answer: {answer:.5f}" in text and "Expected: 1" in text
    # Corner 100 is the riddle, not a situation.
    qtbot.mouseMove(view, QPointF(*corner_pixel(view, 4)).toPoint())
    text = card.text()
    assert "Corner 1  0  0" in text and "These inputs are the riddle." in text
    assert f"Answer: {session.riddle_answer():.5f}" in text and "not one of the situations" in text
    # Away from every point the card goes.
    qtbot.mouseMove(view, QPoint(3, 3))
    assert not card.isVisible()


# -- every kind of network ------------------------------------------------------------------------------

CASES = {
    "one input": Scenario(inputs=[[0], [1], [0.3]], outputs=[1, 0, 1], riddle=[0.5], bias=True),
    "two inputs": Scenario(inputs=[[0, 0], [0, 1], [1, 0], [1, 1]], outputs=[0, 1, 1, 1], riddle=[1, 0],
                           bias=True),
    "three inputs": article_scenario(),
    "five inputs": Scenario(inputs=[[0, 0, 1, 1, 0], [1, 1, 1, 0, 0], [1, 0, 1, 1, 1], [0, 1, 1, 0, 1]],
                            outputs=[0, 1, 1, 0], riddle=[1, 0, 0, 1, 0]),
    "two inputs, hidden layer": Scenario(inputs=[[0, 0], [0, 1], [1, 0], [1, 1]], outputs=[0, 1, 1, 0],
                                         riddle=[1, 0], hidden_layers=[3], bias=True),
    "XOR, hidden layer of 4": load_preset("xor-hidden"),
    "one input, two hidden layers": Scenario(inputs=[[0], [1], [0.5]], outputs=[0, 0, 1], riddle=[0.25],
                                             hidden_layers=[2, 5], bias=True),
    "five inputs, hidden layer of 2": Scenario(
        inputs=[[0, 0, 1, 1, 0], [1, 1, 1, 0, 0]], outputs=[0, 1], riddle=[1, 0, 0, 1, 0],
        hidden_layers=[2]),
}


@pytest.mark.parametrize("case", CASES)
def test_every_kind_of_network_is_drawn_without_a_qt_warning(qtbot, qtlog, make_panel, case):
    scenario = CASES[case].copy()
    scenario.iterations = 3000
    panel, session = make_panel(scenario)
    inputs = scenario.n_inputs
    assert panel.space.dims == min(3, inputs)
    assert panel.space.grid is None if inputs >= 3 else panel.space.grid is not None
    images = [panel.view.grab().toImage()]
    train(qtbot, session)
    images.append(panel.view.grab().toImage())
    hidden = bool(scenario.hidden_layers)
    assert panel.space_combo.isVisibleTo(panel) == hidden
    assert panel.planes_combo.isVisibleTo(panel) == hidden
    assert all(c.isVisibleTo(panel) == (inputs > 3) for c in panel.axis_combos)
    if hidden:
        first = scenario.hidden_layers[0]
        assert [p.neuron for p in panel.space.planes] == list(range(min(first, geometry.MAX_PLANES)))
        panel.set_kind("hidden")
        last = scenario.hidden_layers[-1]
        assert panel.space.kind == "hidden" and panel.space.dims == min(3, last)
        assert np.allclose(panel.space.points[:, 0], session.network.forward(scenario.X())[-2][:, 0])
        images.append(panel.view.grab().toImage())
        panel.space_combo.setCurrentIndex(0)
        assert panel.space.kind == "input"
    for image in images:
        assert _colours(image) > 4  # something was drawn
    assert images[0] != images[1]
    problems = [r.message for r in qtlog.records if not any(h in r.message for h in HARMLESS)]
    assert problems == []


def _colours(image: QImage) -> int:
    small = image.scaled(40, 40)
    return len({small.pixel(x, y) for x in range(40) for y in range(40)})


def test_more_than_three_inputs_choose_the_axes_and_hold_the_others(make_panel):
    panel, _ = make_panel(CASES["five inputs"].copy())
    assert panel.space.axes == (0, 1, 2)
    assert "Held at the riddle's values: Input 4 = 1, Input 5 = 0" in panel.note.text()
    combo: QComboBox = panel.axis_combos[0]
    combo.setCurrentIndex(4)  # axis 1 shows input 5
    assert panel.space.axes == (4, 1, 2)
    assert "Input 1 = 1" in panel.note.text()
    panel.axis_combos[1].setCurrentIndex(4)  # input 5 on axis 2: axis 1 takes axis 2's input
    assert panel.space.axes == (1, 4, 2)
    assert panel.axis_combos[0].currentIndex() == 1


def test_the_hidden_neurons_planes_one_or_all(make_panel):
    panel, _ = make_panel(load_preset("xor-hidden"))
    assert panel.view.planes is None and len(panel.space.planes) == 4
    panel.planes_combo.setCurrentIndex(panel.planes_combo.findData(2))
    assert panel.view.planes == [2] and [p.neuron for p in panel.space.planes] == [2]
    panel.planes_combo.setCurrentIndex(panel.planes_combo.count() - 1)  # no planes
    assert panel.view.planes == []
    assert "hidden space" in panel.note.text()


def test_xor_with_one_neuron_says_no_plane_separates_it(qtbot, make_panel):
    panel, session = make_panel(xor_without_hidden_layer())
    assert panel.space.single
    assert "one neuron cannot learn them" in panel.note.text()
    assert panel.note.isVisibleTo(panel)


def test_a_plane_that_misses_the_cube_is_explained(make_panel):
    panel, session = make_panel(article_scenario())
    for i in range(3):
        session.set_weight(0, i, 0, 2.0)  # every input pushes toward 1: the plane only touches 000
    assert panel.space.planes[0].points.shape == (0, 3)
    assert "does not cut through the cube" in panel.note.text()
    assert "at least 0.5" in panel.note.text()
    session.set_weight(0, 0, 0, -2.0)
    assert panel.space.planes[0].points.shape[0] >= 3
    assert "does not cut through" not in panel.note.text()


# -- exports ---------------------------------------------------------------------------------------------

def test_export_png_and_svg_whole_or_not_at_all(make_panel, tmp_path):
    panel, _ = make_panel(article_scenario())
    png, svg = tmp_path / "space.png", tmp_path / "space.svg"
    panel.export(png)
    panel.export(svg)
    image = QImage(str(png))
    assert not image.isNull() and image.width() >= 2 * 900
    assert _colours(image) > 4
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text and "</svg>" in text and ("<path" in text or "<polygon" in text)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["space.png", "space.svg"]  # no leftovers
    with pytest.raises(OSError):
        panel.export(tmp_path / "missing folder" / "space.png")
    assert png.read_bytes()[:4] == b"\x89PNG"


def test_the_view_alone_shows_its_empty_text(qtbot):
    view = InputSpaceView()
    qtbot.addWidget(view)
    view.empty_text = "nothing"
    view.show()
    qtbot.waitExposed(view)
    view.set_space(None, [])
    assert view.current_layout() is None and view.card_text([]) == ""
    image = view.grab().toImage()
    assert image.pixelColor(image.width() // 2, 4) == view.look().background


# -- in the window ------------------------------------------------------------------------------------

def test_the_window_docks_the_panel_with_a_view_menu_toggle_and_exports(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDockWidget

    dock = window.findChild(QDockWidget, "inputSpaceDock")
    assert dock is window.input_space_dock and dock.windowTitle() == "Input Space"
    assert dock.findChild(InputSpaceView, "inputSpaceView") is window.input_space.view
    toggle = window.input_space_action
    assert toggle in window.view_menu.actions()
    if not toggle.isChecked():  # a narrow window starts with its docks closed
        toggle.trigger()
    assert dock.isVisible()
    toggle.trigger()
    assert not dock.isVisible() and not toggle.isChecked()
    toggle.trigger()
    assert dock.isVisible() and toggle.isChecked()
    exports = window.export_menu.actions()
    assert window.export_input_space_png_action in exports and window.export_input_space_svg_action in exports
    # The export asks for a file (here answered at once) and says it is done.
    target = tmp_path / "space.svg"
    monkeypatch.setattr("nngui.qt.file_dialog.ask_path", lambda *args, **kwargs: target)
    with qtbot.waitSignal(window.input_space.message) as said:
        window.export_input_space_svg_action.trigger()
    assert target.exists() and said.args == ["Exported space.svg."]


def test_in_the_window_the_panel_follows_train_only_while_it_shows(qtbot, window):
    panel = window.input_space
    window.resize(1400, 860)
    for action in (window.explain_action, window.input_space_action):  # as the learner opens them
        if not action.isChecked():
            action.trigger()
    window.explain_dock.raise_()  # the panel is a tab behind Explain: Qt keeps it "visible", out of sight
    qtbot.waitUntil(lambda: panel.view.visibleRegion().isEmpty())
    count = panel.refreshes
    with qtbot.waitSignal(window.trainingFinished, timeout=60_000):
        window.train_action.trigger()
    qtbot.wait(50)
    assert panel.refreshes == count
    window.input_space_dock.raise_()
    qtbot.waitUntil(lambda: panel.refreshes > count)
    trained = panel._space.riddle_answer
    assert trained == pytest.approx(window.riddle_answer())
    window.reset_action.trigger()
    qtbot.waitUntil(lambda: panel._space.riddle_answer != trained)
    assert panel.space.riddle_answer == pytest.approx(window.riddle_answer())


def test_thousands_of_situations_place_the_first_and_say_so(make_panel):
    rng = np.random.default_rng(3)
    inputs = rng.integers(0, 2, size=(geometry.MAX_POINTS + 500, 3)).tolist()
    scenario = Scenario(inputs=inputs, outputs=[row[0] for row in inputs], riddle=[1, 0, 0])
    panel, _ = make_panel(scenario)
    assert panel.space.points.shape[0] == geometry.MAX_POINTS and panel.space.situations == 2500
    total = QLocale().toString(2500)  # %Ln: the locale's way (the tests' C locale: 2500; Russian 2 500)
    assert f"Showing the first 2,000 of {total} situations." in panel.note.text()
