"""The article's task, once: four training situations of three inputs, the riddle and its answer."""

from __future__ import annotations

import numpy as np

#: The training situations (rows) and their expected outputs, as in the article.
SITUATIONS = [[0, 0, 1], [1, 1, 1], [1, 0, 1], [0, 1, 1]]
OUTPUTS = [0, 1, 1, 0]
X = np.array(SITUATIONS, dtype=float)
Y = np.array(OUTPUTS, dtype=float)
#: The riddle, and the article's answer after 10,000 iterations from seed 1.
RIDDLE = [1, 0, 0]
RIDDLE_ANSWER = 0.99993704
