"""The network diagram: lines per weight, their look, hovering, editing by double-click, shading, fitting."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import QGraphicsEllipseItem, QLabel, QLineEdit, QToolTip

from nngui.qt.widgets.diagram import MAX_DRAWN_EDGES, NetworkDiagram

ARTICLE_WEIGHTS = [np.array([[9.672993], [-0.207784], [-4.629636]])]
RIDDLE_ACTIVATIONS = [np.array([1.0, 0.0, 0.0]), np.array([0.99993704])]


@pytest.fixture
def view(qtbot):
    diagram = NetworkDiagram()
    qtbot.addWidget(diagram)
    diagram.resize(700, 450)
    diagram.show()
    qtbot.waitExposed(diagram)
    return diagram


def edge_pos(view: NetworkDiagram, item, percent: float = 0.5) -> QPoint:
    """Where a person would point at this weight's line, in viewport coordinates."""
    return view.mapFromScene(item.mapToScene(item.path().pointAtPercent(percent)))


def neurons(view: NetworkDiagram) -> list[QGraphicsEllipseItem]:
    """The circles, left to right, top to bottom."""
    circles = [item for item in view.scene().items() if isinstance(item, QGraphicsEllipseItem)]
    return sorted(circles, key=lambda c: (round(c.scenePos().x()), c.scenePos().y()))


def lightness(color: QColor) -> float:
    return color.lightnessF()


def double_click_edge(qtbot, view: NetworkDiagram, item) -> QLineEdit:
    pos = edge_pos(view, item)
    assert view.itemAt(pos) is item
    qtbot.mouseDClick(view.viewport(), Qt.LeftButton, pos=pos)
    editor = view.findChild(QLineEdit, "weightEditor")
    assert editor is not None and editor.isVisible()
    return editor


def random_weights(sizes: list[int], seed: int = 0) -> list[np.ndarray]:
    rs = np.random.RandomState(seed)
    return [rs.uniform(-1, 1, (a, b)) for a, b in zip(sizes, sizes[1:])]


@pytest.mark.parametrize("sizes", [[3, 1], [3, 4, 1]])
def test_one_line_per_weight(view, sizes):
    view.set_weights(random_weights(sizes))
    count = sum(a * b for a, b in zip(sizes, sizes[1:]))
    assert len(view.edge_items()) == count
    assert len({id(item) for item in view.edge_items()}) == count
    for layer, (a, b) in enumerate(zip(sizes, sizes[1:])):
        for i in range(a):
            for j in range(b):
                assert view.edge_item(layer, i, j) in view.edge_items()
    assert view.objectName() == "networkView"


def test_thickness_grows_with_the_size_of_the_weight(view):
    view.set_weights(ARTICLE_WEIGHTS)
    widths = [view.edge_item(0, i, 0).pen().widthF() for i in range(3)]
    # 9.67 thicker than |-4.63| thicker than |-0.21|, each clearly so
    assert widths[0] > widths[2] + 1.5
    assert widths[2] > widths[1] + 3
    assert 1 <= widths[1] < 2.5 and widths[0] <= 10

    previous = 0.0
    for magnitude in [0.0, 0.1, 0.5, 1, 2, 4, 6, 8, 10, 15]:
        view.set_weights([np.array([[magnitude], [-magnitude], [0.0]])])
        positive, negative = (view.edge_item(0, i, 0).pen().widthF() for i in range(2))
        assert positive == pytest.approx(negative)  # only the size matters, not the sign
        assert positive > previous
        previous = positive


def test_colour_shows_the_sign(view):
    view.set_weights([np.array([[2.0], [-2.0], [0.0]])])
    positive, negative, zero = (view.edge_item(0, i, 0).pen().color() for i in range(3))
    assert positive != negative
    assert positive.blueF() > positive.redF()  # blue
    assert negative.redF() > negative.blueF()  # orange
    assert abs(zero.redF() - zero.blueF()) < 0.05  # grey


def test_tooltip_tells_the_exact_weight(view):
    view.set_weights(ARTICLE_WEIGHTS)
    assert view.edge_item(0, 0, 0).toolTip() == "Weight from input 1 to the output: 9.672993"
    assert "-4.629636" in view.edge_item(0, 2, 0).toolTip()
    view.set_weights([np.array([[1.0], [2.0], [-0.123456789]])])
    assert "-0.123457" in view.edge_item(0, 2, 0).toolTip()  # updated in place

    view.set_weights(random_weights([3, 4, 1]))
    assert "from input 3 to hidden neuron 2 of layer 1" in view.edge_item(0, 2, 1).toolTip()
    assert "from hidden neuron 4 of layer 1 to the output" in view.edge_item(1, 3, 0).toolTip()


def test_hovering_a_line_shows_its_weight(qtbot, view):
    view.set_weights(ARTICLE_WEIGHTS)
    item = view.edge_item(0, 2, 0)
    pos = edge_pos(view, item)
    qtbot.mouseMove(view.viewport(), pos)
    assert view.itemAt(pos) is item
    # a thin line is still easy to hit: a few pixels beside it counts
    thin = view.edge_item(0, 1, 0)
    assert thin.pen().widthF() < 2
    assert view.itemAt(edge_pos(view, thin) + QPoint(0, 3)) is thin

    help_event = QHelpEvent(QEvent.ToolTip, pos, view.viewport().mapToGlobal(pos))
    view.viewport().event(help_event)
    qtbot.waitUntil(lambda: "-4.629636" in QToolTip.text())
    QToolTip.hideText()


def test_double_click_edits_a_weight(qtbot, view):
    weights = random_weights([3, 4, 1], seed=3)
    weights[0][2, 1] = 6.0  # the strongest line is drawn on top of any it crosses
    view.set_weights(weights)
    editor = double_click_edge(qtbot, view, view.edge_item(0, 2, 1))
    assert float(editor.text()) == pytest.approx(6.0)

    editor.clear()
    qtbot.keyClicks(editor, "-3.25")
    with qtbot.waitSignal(view.weightEdited, timeout=1000) as blocker:
        qtbot.keyClick(editor, Qt.Key_Return)
    assert blocker.args == [0, 2, 1, -3.25]
    assert not editor.isVisible()
    # the diagram waits for the window to send the new weights
    assert "6.000000" in view.edge_item(0, 2, 1).toolTip()


def test_second_layer_indices_and_comma_decimal(qtbot, view):
    weights = random_weights([3, 4, 1], seed=5)
    weights[1][3, 0] = 7.0
    view.set_weights(weights)
    editor = double_click_edge(qtbot, view, view.edge_item(1, 3, 0))
    editor.clear()
    qtbot.keyClicks(editor, "-1,5")
    with qtbot.waitSignal(view.weightEdited, timeout=1000) as blocker:
        qtbot.keyClick(editor, Qt.Key_Enter)
    assert blocker.args == [1, 3, 0, -1.5]


@pytest.mark.parametrize("text", ["abc", "nan", "inf", "-1e7", ""])
def test_invalid_weight_is_refused(qtbot, view, text):
    view.set_weights(ARTICLE_WEIGHTS)
    editor = double_click_edge(qtbot, view, view.edge_item(0, 0, 0))
    editor.clear()
    qtbot.keyClicks(editor, text)
    with qtbot.assertNotEmitted(view.weightEdited):
        qtbot.keyClick(editor, Qt.Key_Return)
    message = view.findChild(QLabel, "weightMessage")
    assert message.isVisible() and message.text()
    assert editor.isVisible() and editor.text() == text  # still there, to be corrected
    assert "9.672993" in view.edge_item(0, 0, 0).toolTip()

    editor.clear()
    qtbot.keyClicks(editor, "2")
    with qtbot.waitSignal(view.weightEdited, timeout=1000) as blocker:
        qtbot.keyClick(editor, Qt.Key_Return)
    assert blocker.args == [0, 0, 0, 2.0]
    assert not message.isVisible()


def test_escape_or_an_unchanged_value_emits_nothing(qtbot, view):
    view.set_weights(ARTICLE_WEIGHTS)
    editor = double_click_edge(qtbot, view, view.edge_item(0, 2, 0))
    qtbot.keyClicks(editor, "5")
    with qtbot.assertNotEmitted(view.weightEdited):
        qtbot.keyClick(editor, Qt.Key_Escape)
    assert not editor.isVisible()

    editor = double_click_edge(qtbot, view, view.edge_item(0, 2, 0))
    with qtbot.assertNotEmitted(view.weightEdited):
        qtbot.keyClick(editor, Qt.Key_Return)
    assert not editor.isVisible()


def test_not_editable_shows_the_reason(qtbot, view):
    view.set_weights(ARTICLE_WEIGHTS)
    view.set_editable(False, "Pause training to edit weights")
    item = view.edge_item(0, 0, 0)
    with qtbot.assertNotEmitted(view.weightEdited):
        qtbot.mouseDClick(view.viewport(), Qt.LeftButton, pos=edge_pos(view, item))
    editor = view.findChild(QLineEdit, "weightEditor")
    message = view.findChild(QLabel, "weightMessage")
    assert not editor.isVisible()
    assert message.isVisible() and message.text() == "Pause training to edit weights"

    view.set_editable(True)
    editor = double_click_edge(qtbot, view, item)
    # training starts while the editor is open: it closes and says why
    view.set_editable(False, "Pause training to edit weights")
    assert not editor.isVisible()
    assert message.isVisible()


def test_same_shape_updates_in_place_new_shape_rebuilds(view):
    view.set_weights(random_weights([3, 1]))
    first = view.edge_item(0, 0, 0)
    view.set_weights([np.array([[5.0], [0.0], [0.0]])])
    assert view.edge_item(0, 0, 0) is first
    assert "5.000000" in first.toolTip()

    view.set_weights(random_weights([3, 4, 1]))
    assert len(view.edge_items()) == 16
    assert view.edge_item(0, 0, 0) is not first
    assert all(item.scene() is view.scene() for item in view.edge_items())
    assert len(neurons(view)) == 8

    view.set_weights(random_weights([2, 1]))
    assert len(view.edge_items()) == 2
    assert len(neurons(view)) == 3


@pytest.mark.parametrize("width, height", [(700, 450), (300, 220), (1200, 300), (260, 700)])
@pytest.mark.parametrize("sizes", [[3, 1], [3, 4, 1], [64, 32, 16, 1]])
def test_drawing_fits_the_view(qtbot, view, sizes, width, height):
    view.set_weights(random_weights(sizes))
    view.set_activations([np.full(n, 0.5) for n in sizes])
    view.resize(width, height)
    qtbot.waitUntil(lambda: view.viewport().width() == width)
    viewport = view.viewport().rect()
    drawn = view.mapFromScene(view.scene().itemsBoundingRect()).boundingRect()
    assert viewport.contains(drawn), (drawn, viewport)
    # and it uses the room: the drawing spans most of the width or of the height
    assert drawn.width() > 0.6 * width or drawn.height() > 0.45 * height


def test_activations_shade_the_neurons(view):
    view.set_weights(ARTICLE_WEIGHTS)
    unshaded = [n.brush().color() for n in neurons(view)]
    assert len({c.rgb() for c in unshaded}) == 1

    view.set_activations(RIDDLE_ACTIVATIONS)
    first, second, third, output = neurons(view)
    assert lightness(first.brush().color()) < lightness(second.brush().color()) - 0.2
    assert second.brush().color() == third.brush().color()
    assert lightness(output.brush().color()) < lightness(second.brush().color()) - 0.2
    assert output.toolTip() == "Output: 0.999937"
    written = [child.text() for child in output.childItems() if hasattr(child, "text")]
    assert "0.99994" in written
    assert [child.text() for child in first.childItems()] == ["1"]

    view.set_activations(None)
    assert [n.brush().color() for n in neurons(view)] == unshaded


def test_wide_network_draws_the_strongest_weights(view):
    sizes = [64, 32, 16, 1]
    weights = random_weights(sizes, seed=2)
    weights[0][5, 7] = 9.0
    weights[0][6, 8] = 0.0
    view.set_weights(weights)
    total = 64 * 32 + 32 * 16 + 16
    drawn = view.edge_items()
    assert MAX_DRAWN_EDGES // 2 < len(drawn) <= MAX_DRAWN_EDGES + 64
    assert view.edge_item(0, 5, 7) in drawn
    assert view.edge_item(0, 6, 8) is None
    assert all(view.edge_item(2, i, 0) is not None for i in range(16))  # a small layer is drawn whole
    assert f"strongest of {total:,} weights" in view.accessibleDescription()
    for item in drawn:
        assert item.isVisible() and item.pen().widthF() >= 1

    weights[0][6, 8] = -12.0  # becomes the strongest: now it is drawn
    view.set_weights(weights)
    item = view.edge_item(0, 6, 8)
    assert item is not None and item.isVisible() and "-12.000000" in item.toolTip()
    assert len(view.edge_items()) == len(drawn)


def test_double_click_on_a_weight_label_edits_that_weight(qtbot, view):
    view.set_weights(ARTICLE_WEIGHTS)
    item = view.edge_item(0, 1, 0)
    pos = edge_pos(view, item, 0.3)  # where its number is written
    assert view.itemAt(pos) is not item  # the label is on top of the line
    qtbot.mouseDClick(view.viewport(), Qt.LeftButton, pos=pos)
    editor = view.findChild(QLineEdit, "weightEditor")
    assert editor.isVisible() and float(editor.text()) == pytest.approx(-0.207784)


def test_dark_palette_changes_the_look(qtbot, view):
    sizes = [64, 32, 16, 1]
    view.set_weights(random_weights(sizes))
    light_line = view.edge_items()[0].pen().color()
    light_neuron = neurons(view)[0].brush().color()
    palette = view.palette()
    palette.setColor(palette.ColorRole.Base, QColor("#1e1e1e"))
    palette.setColor(palette.ColorRole.Text, QColor("#eeeeee"))
    view.setPalette(palette)
    assert neurons(view)[0].brush().color() == QColor("#1e1e1e") != light_neuron
    assert view.edge_items()[0].pen().color() != light_line  # faint lines fade into the new background


def test_mismatched_input_is_handled(view):
    with pytest.raises(ValueError):
        view.set_weights([np.ones((3, 4)), np.ones((3, 1))])
    view.set_weights(ARTICLE_WEIGHTS)
    view.set_activations([np.array([1.0, 0.0]), np.array([0.5])])  # two inputs for three: ignored
    assert len({n.brush().color().rgb() for n in neurons(view)}) == 1
