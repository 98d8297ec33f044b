"""Benchmarks of conflictbot at 10k, 100k and 1M sentences: `python -m benchmarks [--quick]`.

Writes docs/performance.md. Libraries are built once into a cache folder (default
/tmp/conflictbot-bench) and reused, because encoding the ~40k real ISW sentences alone takes
about eight minutes on 2 cores.
"""
