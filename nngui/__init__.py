"""nngui: watch a tiny neural network learn, and understand every number it computes."""

__version__ = "0.1.0"
