"""The network diagram in words: its neurons' names, its layers' captions, and its description for a
screen reader (the layers, then each weight with its value)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject

translate = QCoreApplication.translate  # translate("Context", …) calls are what pyside6-lupdate extracts

#: Networks with at most this many weights list every weight in their description.
MAX_LISTED_WEIGHTS = 64


class DiagramReading(QObject):
    """The translation context of the description's texts with plural forms:
    DiagramReading.tr(text, "", n)."""


def neuron_names(sizes: Sequence[int]) -> list[list[str]]:
    """Per layer, its neurons as a sentence names them: "input 1", "hidden neuron 2 of layer 1",
    "the output"."""
    names = []
    last = len(sizes) - 1
    for layer, n in enumerate(sizes):
        if layer == 0:
            names.append([translate("NetworkDiagram", "input {0}").format(k + 1) for k in range(n)])
        elif layer == last:
            if n == 1:
                names.append([translate("NetworkDiagram", "the output")])
            else:
                names.append([translate("NetworkDiagram", "output {0}").format(k + 1) for k in range(n)])
        else:
            name = translate("NetworkDiagram", "hidden neuron {0} of layer {1}")
            names.append([name.format(k + 1, layer) for k in range(n)])
    return names


def neuron_title(sizes: Sequence[int], layer: int, k: int) -> str:
    """A neuron's name as a title: "Input 1", "Hidden neuron 2 of layer 1", "Output"."""
    if layer == 0:
        return translate("NetworkDiagram", "Input {0}").format(k + 1)
    if layer == len(sizes) - 1:
        if sizes[-1] == 1:
            return translate("NetworkDiagram", "Output")
        return translate("NetworkDiagram", "Output {0}").format(k + 1)
    return translate("NetworkDiagram", "Hidden neuron {0} of layer {1}").format(k + 1, layer)


def caption(sizes: Sequence[int], layer: int) -> str:
    """The caption under a layer's column: "Inputs", "Hidden layer 1", "Output" (with the count past 9)."""
    n = sizes[layer]
    if layer == 0:
        name = translate("NetworkDiagram", "Input") if n == 1 else translate("NetworkDiagram", "Inputs")
    elif layer == len(sizes) - 1:
        name = translate("NetworkDiagram", "Output") if n == 1 else translate("NetworkDiagram", "Outputs")
    else:
        name = translate("NetworkDiagram", "Hidden layer {0}").format(layer)
    return translate("NetworkDiagram", "{0} ({1})").format(name, n) if n > 9 else name


def layers_text(sizes: Sequence[int]) -> str:
    """"Layers: 3 inputs; hidden layer 1, 4 neurons; the output."""
    parts = [DiagramReading.tr("%Ln inputs", "", sizes[0])]
    for layer, n in enumerate(sizes[1:-1], start=1):
        parts.append(DiagramReading.tr("hidden layer {0}, %Ln neurons", "", n).format(layer))
    if sizes[-1] == 1:
        parts.append(translate("NetworkDiagram", "the output"))
    else:
        parts.append(DiagramReading.tr("%Ln outputs", "", sizes[-1]))
    return translate("NetworkDiagram", "Layers: {0}.").format("; ".join(parts))


def network_description(sizes: Sequence[int], weights: Sequence[str], total: int, legend: str,
                        editable: bool) -> str:
    """The diagram for a screen reader: its layers, each weight with its value (`weights`, one
    "Weight from input 1 to the output: 9.672993" each, the drawn ones of `total`; listed when there
    are at most MAX_LISTED_WEIGHTS), how to walk them, and the legend in words."""
    if not sizes:
        return legend
    parts = [layers_text(sizes)]
    if total <= MAX_LISTED_WEIGHTS:
        parts.extend(f"{weight}." for weight in weights)
    else:
        parts.append(DiagramReading.tr("%Ln weights: the arrow keys walk through them.", "", len(weights)))
    if editable:
        parts.append(translate("NetworkDiagram", "The arrow keys pick a weight; Enter changes it."))
    else:
        parts.append(translate("NetworkDiagram", "The arrow keys pick a weight."))
    parts.append(legend)
    return " ".join(parts)


__all__ = ["MAX_LISTED_WEIGHTS", "caption", "layers_text", "network_description", "neuron_names",
           "neuron_title"]
