"""Every limit of nngui, once: what a file, a typed value and the network may hold."""

from __future__ import annotations

# These limits make an overflow impossible (float64 ends at 1.8e308), whatever numbers are typed in:
#   a weighted sum      ≤ MAX_LAYER_SIZE · VALUE_LIMIT · WEIGHT_LIMIT, plus a bias  ≈ 1.0e306;
#   an error sent back  ≤ MAX_LAYER_SIZE · (VALUE_LIMIT + 1) / 4 · WEIGHT_LIMIT     ≈ 2.6e305, then capped;
#   an adjustment       ≤ MAX_LEARNING_RATE · situations · VALUE_LIMIT · ERROR_LIMIT / 4, far smaller
#                         than the gap between two floats near WEIGHT_LIMIT, so no weight passes the limit.

#: Weights (and biases) are kept within ±WEIGHT_LIMIT.
WEIGHT_LIMIT = 1e300
#: Inputs and expected outputs must lie within ±VALUE_LIMIT (the article's are 0 and 1).
VALUE_LIMIT = 1e3
#: The error sent back to a hidden layer is capped at ±ERROR_LIMIT; only absurd weights reach it.
ERROR_LIMIT = 1e3

#: The most inputs or neurons a layer may have.
MAX_LAYER_SIZE = 1024
#: The most inputs a situation may have (the input layer is a layer too).
MAX_INPUTS = MAX_LAYER_SIZE
#: The most hidden layers.
MAX_HIDDEN_LAYERS = 8
#: The most training situations.
MAX_SITUATIONS = 100_000
#: The most iterations one run may be asked for.
MAX_ITERATIONS = 100_000_000
#: The largest learning rate (larger ones teach nothing; the overflow bound above holds far beyond).
MAX_LEARNING_RATE = 1e6
#: Seeds are 32-bit, as NumPy's legacy generator takes them.
MAX_SEED = 2**32 - 1

#: The training timeline keeps at most this many bytes of weights (it then keeps them more sparsely).
HISTORY_BUDGET = 16 * 1024 * 1024

#: Files larger than this are refused before they are read.
MAX_FILE_BYTES = 20 * 1024 * 1024
#: A scenario's name and description, in characters.
MAX_NAME = 200
MAX_DESCRIPTION = 5000
