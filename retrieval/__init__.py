"""conflictbot's retrieval library: articles in, verbatim attributed quotes out.

It never imports discord: `bot.py` and `retrieval.cli` are adapters over `retrieval.engine`.
"""
