"""The network diagram's legend: what the colours, widths and shades mean, flowed into rows and drawn."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPalette, QPen

from nngui.qt import i18n
from nngui.qt.widgets.diagram_items import (
    ACTIVE,
    NEAR_ZERO,
    NEGATIVE,
    POSITIVE,
    dash_pattern,
    edge_width,
    mix,
)

translate = QCoreApplication.translate  # translate("Context", …) calls are what pyside6-lupdate extracts


class DiagramLegend(QObject):
    """The translation context of the legend's texts with plural forms: DiagramLegend.tr(text, "", n)
    (pyside6-lupdate reads no plural from a translate() whose count is a variable)."""

ROW_SPACING = 1.35  # a legend row is this many text lines high
_SAMPLE_LINE = 24.0  # a line sample's length in pixels


@dataclass
class LegendChunk:
    """One piece of the legend: a sample line, a shaded circle or words, then its text."""

    kind: str          # "line", "circle" or "text"
    text: str
    color: object = None  # the line's QColor
    width: float = 0.0  # the line's width in pixels
    value: float = 0.0  # the circle's neuron output
    muted: bool = False
    dashed: bool = False  # the line's pattern: a negative weight's


Chunk = TypeVar("Chunk")
Rows = list[list[tuple[float, LegendChunk]]]  # each row's chunks, with their x in pixels


def legend_groups(max_width: float, drawn: int, total: int, editable: bool) -> list[list[LegendChunk]]:
    """The legend's pieces; a group stays on one row when it can. `drawn` of `total` weights are drawn."""
    line = 4.0
    groups = [
        [
            LegendChunk("line", translate("NetworkDiagram", "positive"), POSITIVE, line),
            LegendChunk("line", translate("NetworkDiagram", "negative"), NEGATIVE, line, dashed=True),
            LegendChunk("line", translate("NetworkDiagram", "near 0"), NEAR_ZERO, line),
        ],
        [LegendChunk("text", translate("NetworkDiagram", "thickness = |weight|:"))]
        + [
            LegendChunk("line", text, NEAR_ZERO, edge_width(value, max_width))
            for value, text in ((0.0, "0"), (1.0, "1"), (3.0, "3"), (8.0, "8+"))
        ],
        [
            LegendChunk("text", translate("NetworkDiagram", "neuron output:")),
            LegendChunk("circle", "0", value=0.0),
            LegendChunk("circle", "1", value=1.0),
        ],
    ]
    if drawn < total:
        note = DiagramLegend.tr("showing the %Ln strongest of {0} weights", "", drawn).format(
            i18n.whole(total))
        groups.append([LegendChunk("text", note)])
    if editable:
        hint = translate("NetworkDiagram", "double-click a line to change its weight")
        groups.append([LegendChunk("text", hint, muted=True)])
    return groups


def layout_legend(groups: list[list[LegendChunk]], width: float, height: float, font: QFont) -> Rows:
    """Flow the groups into rows that fit `width` pixels; the legend takes at most a quarter of a view
    `height` pixels high (a small view drops the extras: first the editing hint, then the shades)."""
    metrics = QFontMetricsF(font)
    rows = _flow(groups, width, metrics)
    limit = max(2, int(0.25 * height / (metrics.height() * ROW_SPACING)))
    while len(rows) > limit and len(groups) > 2:
        if groups[-1][-1].muted:
            groups = groups[:-1]
        else:
            groups = groups[:2] + groups[3:]
        rows = _flow(groups, width, metrics)
    return rows


def legend_height(rows: Rows, font: QFont) -> float:
    return len(rows) * QFontMetricsF(font).height() * ROW_SPACING


def describe(drawn: int, total: int) -> str:
    """The legend in words, for screen readers."""
    text = translate(
        "NetworkDiagram",
        "Blue lines are positive weights, orange lines negative ones, grey lines near zero; "
        "the larger the weight, the thicker its line. Darker neurons have larger outputs."
    ) + " " + translate("NetworkDiagram", "Negative weights are drawn dashed.")
    if drawn < total:
        note = DiagramLegend.tr("Showing the %Ln strongest of {0} weights.", "", drawn)
        text += " " + note.format(i18n.whole(total))
    return text


def draw_legend(painter: QPainter, rows: Rows, font: QFont, palette: QPalette, left: float,
                bottom: float) -> None:
    """Paint the rows in pixels, from `left`, the last row ending at `bottom`."""
    metrics = QFontMetricsF(font)
    painter.setFont(font)
    text_color = palette.color(QPalette.Text)
    background = palette.color(QPalette.Base)
    muted_color = mix(background, text_color, 0.6)
    row_height = metrics.height() * ROW_SPACING
    y0 = bottom - len(rows) * row_height
    for number, row in enumerate(rows):
        middle = y0 + (number + 0.5) * row_height
        for x0, chunk in row:
            x = left + x0
            if chunk.kind == "line":
                pen = QPen(chunk.color, chunk.width)
                pen.setCapStyle(Qt.FlatCap)
                if chunk.dashed:
                    pen.setDashPattern(dash_pattern(chunk.width))
                painter.setPen(pen)
                painter.drawLine(QPointF(x, middle), QPointF(x + _SAMPLE_LINE, middle))
                x += _SAMPLE_LINE + 4
            elif chunk.kind == "circle":
                diameter = metrics.height() * 0.9
                painter.setPen(QPen(mix(background, text_color, 0.55), 1.2))
                painter.setBrush(mix(background, ACTIVE, chunk.value))
                painter.drawEllipse(QRectF(x, middle - diameter / 2, diameter, diameter))
                x += diameter + 4
            painter.setPen(muted_color if chunk.muted else text_color)
            painter.drawText(QPointF(x, middle + metrics.ascent() - metrics.height() / 2), chunk.text)


def _flow(groups: list[list[LegendChunk]], width: float, metrics: QFontMetricsF) -> Rows:
    return flow(groups, width, metrics, _chunk_width)


def flow(groups: list[list[Chunk]], width: float, metrics: QFontMetricsF,
         chunk_width: Callable[[Chunk, QFontMetricsF], float]) -> list[list[tuple[float, Chunk]]]:
    """Lay a legend's groups of chunks out in rows of `width`: a group stays on one row where it fits,
    a row breaks inside a group only when the group is wider than a whole row. Each row is a list of
    (x, chunk)."""
    space = metrics.horizontalAdvance(" ")
    rows: list[list[tuple[float, Chunk]]] = [[]]
    x = 0.0
    for group in groups:
        sizes = [chunk_width(chunk, metrics) for chunk in group]
        whole = sum(sizes) + space * (len(sizes) - 1)
        if rows[-1] and x + whole > width:
            rows.append([])
            x = 0.0
        for chunk, size in zip(group, sizes):
            if rows[-1] and x + size > width:  # a group wider than the whole row
                rows.append([])
                x = 0.0
            rows[-1].append((x, chunk))
            x += size + space
        x += 2 * space
    return rows


def _chunk_width(chunk: LegendChunk, metrics: QFontMetricsF) -> float:
    sample = {"line": _SAMPLE_LINE, "circle": metrics.height() * 0.9, "text": 0.0}[chunk.kind]
    gap = 4.0 if sample else 0.0
    return sample + gap + metrics.horizontalAdvance(chunk.text)
