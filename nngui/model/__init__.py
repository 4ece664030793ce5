"""The model: NumPy and the standard library only (no Qt): the network, scenarios, the training loop."""
