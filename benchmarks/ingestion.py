"""Ingestion throughput next to the model's own batch `encode` on the same sentences.

The ratio is the figure that counts (issue 7): everything ingestion does besides encoding —
extraction, splitting, attribution, SQLite, the index — should cost little next to the model.
"""

from __future__ import annotations

import asyncio
import shutil
import tempfile
import time
from pathlib import Path

from retrieval.embedder import passage
from retrieval.engine import Engine, IngestResult

from .libraries import ISW_PAGES, settings_for
from .stats import load_average


def measure_ingestion(pages: int) -> dict:
    """Ingest `pages` ISW pages (spread over the year) into an empty library, then encode the
    sentences it stored with one call of the model itself over all of them; both in sentences/s."""
    chosen = sorted(ISW_PAGES.glob("*.html"))
    chosen = chosen[:: max(1, len(chosen) // pages)][:pages]
    with tempfile.TemporaryDirectory(prefix="conflictbot-ingest-") as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        for page in chosen:
            shutil.copy(page, folder)
        return asyncio.run(_measure(folder, Path(tmp) / "data"))


async def _measure(folder: Path, data_dir: Path) -> dict:
    engine = await Engine.open(settings_for(data_dir), sync_corpus=False)
    try:
        await asyncio.to_thread(engine.embedder.encode_query, "warm-up")  # model load is start-up
        started = time.perf_counter()
        results = await engine.ingest_path(folder)
        ingest_s = time.perf_counter() - started
        sentences = sum(r.sentences for r in results if isinstance(r, IngestResult))
        texts = [passage(title, text) async for _, titles, batch in engine.store.iter_sentence_texts()
                 for title, text in zip(titles, batch)]
        started = time.perf_counter()
        # Off the main thread, like the engine's own encoding (see measure._single_encodes).
        await asyncio.to_thread(engine.embedder.model.encode_texts, texts, False)
        encode_s = time.perf_counter() - started
    finally:
        await engine.close(save=False)
    return {"pages": len(results), "sentences": sentences, "ingest_per_s": sentences / ingest_s,
            "encode_per_s": len(texts) / encode_s, "ratio": (sentences / ingest_s) / (len(texts) / encode_s),
            "load": load_average()}
