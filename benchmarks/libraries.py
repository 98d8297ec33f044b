"""The benchmark libraries, built once into a cache folder and reused.

- `isw`: the ~330 real ISW pages ingested through the engine (~40k English sentences).
- `lib-N`: N sentences made from the ISW store without re-encoding. The first copy of each ISW
  sentence keeps its real vector; further copies (needed beyond ~40k) keep the sentence text and
  get the real vector plus Gaussian noise shaped like the real vectors' own spread, renormalised,
  so each copy lies about as far from its original as a real sentence from its nearest real
  neighbour. The noise is measured on the model's vectors because models differ: MiniLM spreads
  its vectors over the sphere, e5 keeps them in a narrow cone (two unrelated sentences ≈ 0.87),
  where a fixed isotropic noise put every copy outside the cone, unlike any real sentence, and
  left the approximate index nothing realistic to cluster. Copied articles keep their metadata but
  not their full text, to keep the 1M file small, and so that an upgrade of the splitting rules
  never splits again an article of which a library holds only some sentences.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import math
import shutil
import sqlite3
import time
from pathlib import Path

import numpy as np

from retrieval.config import REPO_ROOT, Settings
from retrieval.embedder import EMBEDDED_TEXT
from retrieval.engine import INDEX_FILE, STORE_FILE, Engine
from retrieval.store import Store

from .stats import load_average

ISW_PAGES = REPO_ROOT.parent / "shared" / "corpora" / "isw" / "html"
# Real vectors sampled to measure their spread and their nearest-neighbour distance.
_SPREAD_SAMPLE = 2000
# How copies are perturbed, recorded in a sized library's marker: a change rebuilds it.
_COPIES = "copies: real covariance, nearest-neighbour distance"
_COMPLETE = ".complete"
_BUILD_LOG = "build.json"


def settings_for(data_dir: Path) -> Settings:
    """The deployment's settings (INDEX_TYPE and the model included) over a benchmark library."""
    return dataclasses.replace(Settings.from_env(), data_dir=data_dir)


def _vectors_id(synthetic: bool = False) -> str:
    """What a cached library's vectors were made with: another model or recipe remakes them."""
    made = f"{Settings.from_env().model_name} | {EMBEDDED_TEXT}"
    return f"{made} | {_COPIES}" if synthetic else made


def _made_with_current_vectors(data: Path, synthetic: bool = False) -> bool:
    marker = data / _COMPLETE
    return marker.exists() and marker.read_text() == _vectors_id(synthetic)


def isw_library(cache: Path) -> Path:
    """The real ISW library, ingested on first use (an interrupted ingest resumes), and
    re-embedded without re-extracting when the configured model or recipe has changed."""
    data = cache / "isw"
    if not (data / _COMPLETE).exists():
        print(f"ingesting {ISW_PAGES} into {data} (once; ~10 min on 2 cores)", flush=True)
        asyncio.run(_ingest(data))
    elif not _made_with_current_vectors(data):
        print(f"re-embedding {data} for {_vectors_id()} (once; ~10 min on 2 cores)", flush=True)
        asyncio.run(_reindex(data))
    (data / _COMPLETE).write_text(_vectors_id())
    return data


async def _ingest(data: Path) -> None:
    engine = await Engine.open(settings_for(data))
    try:
        await engine.ingest_path(ISW_PAGES)
    finally:
        await engine.close()


async def _reindex(data: Path) -> None:
    engine = await Engine.open(settings_for(data), sync_corpus=False, for_reindex=True)
    try:
        await engine.reindex()
    finally:
        await engine.close()


def sized_library(cache: Path, size: int) -> tuple[Path, dict]:
    """A library of `size` sentences and how its index was built (kind, seconds, load)."""
    data = cache / f"lib-{size}"
    if not _made_with_current_vectors(data, synthetic=True):
        print(f"building the {size:,}-sentence library in {data}", flush=True)
        shutil.rmtree(data, ignore_errors=True)
        source = isw_library(cache)
        asyncio.run(_open_and_close(source))  # its attributions brought to the current rules first
        _copy_sentences(source / STORE_FILE, data, size)
        (data / _COMPLETE).write_text(_vectors_id(synthetic=True))
    return data, _fit_index(data)


def _fit_index(data: Path) -> dict:
    """Open the library once so its index fits the settings, timing any (re)build it needs."""
    index_path = data / INDEX_FILE
    before = index_path.stat().st_mtime_ns if index_path.exists() else None
    started = time.perf_counter()
    asyncio.run(_open_and_close(data))
    elapsed = time.perf_counter() - started
    log_path = data / _BUILD_LOG
    if index_path.stat().st_mtime_ns != before:
        log_path.write_text(json.dumps({"build_s": elapsed, "load": load_average()}))
    return json.loads(log_path.read_text()) if log_path.exists() else {}


async def _open_and_close(data: Path) -> None:
    engine = await Engine.open(settings_for(data), sync_corpus=False)
    await engine.close()


def _copy_sentences(source: Path, data: Path, size: int) -> None:
    data.mkdir(parents=True, exist_ok=True)
    asyncio.run(_create_store(data / STORE_FILE))
    con = sqlite3.connect(data / STORE_FILE)
    try:
        con.execute("PRAGMA synchronous=OFF")
        con.execute("ATTACH DATABASE ? AS src", (str(source),))
        con.execute("INSERT OR REPLACE INTO meta SELECT * FROM src.meta")
        con.execute("INSERT OR REPLACE INTO corpus_files SELECT * FROM src.corpus_files")
        rows = con.execute("SELECT article_id, position, text, claimant, side, how, embedding FROM src.sentences"
                           " WHERE embedding IS NOT NULL ORDER BY id").fetchall()
        base = np.vstack([np.frombuffer(r[6], dtype=np.float32) for r in rows])
        rng = np.random.default_rng(0)
        noise = _NoiseShape.of(base, rng)
        for copy in range(math.ceil(size / len(rows))):
            take = min(len(rows), size - copy * len(rows))
            suffix = f"~{copy}" if copy else ""
            vectors = base[:take] if not copy else noise.perturb(base[:take], rng)
            con.executemany(
                "INSERT INTO sentences (article_id, position, text, claimant, side, how, embedding)"
                " VALUES (?,?,?,?,?,?,?)",
                ((r[0] + suffix, *r[1:6], v.tobytes()) for r, v in zip(rows[:take], vectors)),
            )
            con.execute(
                "INSERT INTO articles SELECT id || ?1, guild_id, title, outlet, author, url, published,"
                " language, license, source_id, text_hash || ?1, '', added_at FROM src.articles"
                " WHERE id || ?1 IN (SELECT DISTINCT article_id FROM sentences)",
                (suffix,),
            )
            con.commit()
    finally:
        con.close()


async def _create_store(path: Path) -> None:
    await (await Store.open(path)).close()


@dataclasses.dataclass(frozen=True)
class _NoiseShape:
    """Gaussian noise with the real vectors' covariance, scaled so that a perturbed copy's
    cosine to its original is the real vectors' median nearest-neighbour cosine."""

    basis: np.ndarray  # rows: principal directions, each scaled by its standard deviation

    @classmethod
    def of(cls, vectors: np.ndarray, rng: np.random.Generator) -> _NoiseShape:
        centred = vectors - vectors.mean(axis=0)
        variances, directions = np.linalg.eigh(centred.T @ centred / len(vectors))
        basis = (directions * np.sqrt(np.clip(variances, 0, None))).T
        sample = vectors[rng.choice(len(vectors), min(_SPREAD_SAMPLE, len(vectors)), replace=False)]
        cosines = sample @ sample.T
        np.fill_diagonal(cosines, -1.0)
        neighbour = float(np.median(cosines.max(axis=1)))
        # Noise nearly orthogonal to the vector: cos = 1 / sqrt(1 + |noise|²) after renormalising.
        wanted = math.sqrt(1 / neighbour**2 - 1)
        spread = math.sqrt(float(np.clip(variances, 0, None).sum()))
        return cls((basis * wanted / spread).astype(np.float32))

    def perturb(self, vectors: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        noisy = vectors + rng.standard_normal((len(vectors), len(self.basis)), dtype=np.float32) @ self.basis
        return noisy / np.linalg.norm(noisy, axis=1, keepdims=True)
