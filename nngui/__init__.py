"""nngui: watch a tiny neural network learn, and understand every number it computes."""

import os as _os

# nngui's matrices are tiny: BLAS threads only busy-wait against the GUI and the training worker
# (measured: 62 s instead of 7 s for the 1,000 × 64 scenario on 2 cores). This must happen before
# NumPy is first imported; a user's own setting wins.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    _os.environ.setdefault(_name, "1")

__version__ = "0.1.0"
