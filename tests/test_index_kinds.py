"""Each index kind adds, removes, searches and round-trips; the kind follows the library's size.

Small synthetic vectors only, and no model: the engine-level tests build the index from vectors
put straight into a store, as `conflictbot reindex` and start-up do.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from retrieval import engine as engine_module
from retrieval import index as index_module
from retrieval.attribution import rules_version
from retrieval.config import Settings
from retrieval.embedder import EMBEDDED_TEXT, Embedder
from retrieval.engine import ATTRIBUTION_RULES, SPLITTING_RULES, Engine
from retrieval.errors import UserError
from retrieval.index import (
    FLAT,
    IVF,
    IndexMeta,
    VectorIndex,
    choose_kind,
    training_size,
)
from retrieval.records import Article, Attribution, Side
from retrieval.store import Store
from retrieval.text import splitting_version

DIM = 16


def _vectors(n: int, seed: int = 0) -> np.ndarray:
    """Clustered unit vectors, like sentence embeddings: IVF buckets mean something."""
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(20, DIM))
    v = centres[rng.integers(0, 20, n)] + 0.3 * rng.normal(size=(n, DIM))
    return (v / np.linalg.norm(v, axis=1, keepdims=True)).astype(np.float32)


def _index(kind: str, vectors: np.ndarray) -> VectorIndex:
    index = VectorIndex.create(IndexMeta("m", DIM, kind), vectors, len(vectors))
    index.add(np.arange(len(vectors)) + 1000, vectors)
    return index


@pytest.mark.parametrize("kind", [FLAT, IVF])
def test_add_search_remove(kind: str) -> None:
    vectors = _vectors(2000)
    index = _index(kind, vectors)
    assert len(index) == 2000 and index.unsaved
    # IVF scores come from 8-bit codes: near the cosine, not equal to it.
    assert index.search(vectors[7], 1) == [(1007, pytest.approx(1.0, abs=1e-5 if kind == FLAT else 1e-2))]
    assert index.remove([1007, 1008, 99]) == 2
    assert len(index) == 1998
    assert {1007, 1008}.isdisjoint(index.ids().tolist())
    assert sorted(index.ids().tolist()) == [i for i in range(1000, 3000) if i not in (1007, 1008)]
    assert all(i != 1007 for i, _ in index.search(vectors[7], 10))


@pytest.mark.parametrize("kind", [FLAT, IVF])
def test_save_load_round_trip_records_kind(kind: str, tmp_path: Path) -> None:
    vectors = _vectors(1000)
    index = _index(kind, vectors)
    path = tmp_path / "index.faiss"
    index.save(path)
    assert not index.unsaved
    loaded = VectorIndex.load(path)
    assert loaded.meta == IndexMeta("m", DIM, kind) and not loaded.unsaved
    assert len(loaded) == 1000
    assert loaded.search(vectors[3], 5) == index.search(vectors[3], 5)
    assert [p.name for p in tmp_path.iterdir()] == ["index.faiss"]


def test_ivf_recall_against_exact() -> None:
    vectors, queries = _vectors(4000), _vectors(50, seed=1)
    exact, approximate = _index(FLAT, vectors), _index(IVF, vectors)
    hits = sum(len({i for i, _ in exact.search(q, 10)} & {i for i, _ in approximate.search(q, 10)}) for q in queries)
    assert hits / (10 * len(queries)) >= 0.95


def test_ivf_needs_training() -> None:
    with pytest.raises(ValueError, match="training"):
        VectorIndex(IndexMeta("m", DIM, IVF))


def test_kind_chosen_by_size() -> None:
    line = index_module.APPROXIMATE_FROM
    assert choose_kind(0) == choose_kind(line - 1) == FLAT
    assert choose_kind(line) == IVF
    assert choose_kind(10 * line, "flat") == FLAT, "a maintainer's override wins"
    assert choose_kind(5, "ivf") == IVF
    assert choose_kind(0, "ivf") == FLAT, "nothing to train on yet"
    with pytest.raises(UserError, match="not an index type"):
        choose_kind(10, "hnsw")


def test_index_suits_size(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index_module, "APPROXIMATE_FROM", 1000)
    flat, ivf = _index(FLAT, _vectors(400)), _index(IVF, _vectors(2000))
    assert flat.suits(999) and not flat.suits(1000) and not flat.suits(10, "ivf")
    assert ivf.suits(2000) and ivf.suits(600), "kept down to half the line: no rebuild back and forth"
    assert not ivf.suits(400) and not ivf.suits(2000, "flat")
    assert not ivf.suits(40 * 2000), "lists too few once the library has grown fourfold"


async def _engine_with(tmp_path: Path, n: int, index_type: str) -> Engine:
    """An engine over a store holding articles "a" (n - 10 sentences) and "b" (10) with
    synthetic vectors, recorded as the configured model's and the current rules', so no model
    is ever loaded."""
    settings = Settings(data_dir=tmp_path, index_type=index_type)
    store = await Store.open(tmp_path / "library.sqlite3")
    await store.set_meta("embedding_model", settings.model_name)
    await store.set_meta("embedded_text", EMBEDDED_TEXT)
    await store.set_meta(ATTRIBUTION_RULES, rules_version())
    await store.set_meta(SPLITTING_RULES, splitting_version())
    await store.set_meta("dimension", str(DIM))
    vectors = _vectors(n)
    none = Attribution("", Side.NONE, "none")
    for name, rows in (("a", slice(0, n - 10)), ("b", slice(n - 10, n))):
        texts = [f"{name}{i}" for i in range(len(vectors[rows]))]
        await store.add_article(name, Article(title=name, text=name), texts, [none] * len(texts), vectors[rows])
    return Engine(settings, store, Embedder(), VectorIndex(IndexMeta(settings.model_name, DIM)))


@pytest.mark.parametrize(("index_type", "line", "kind"), [
    ("auto", 10_000, FLAT), ("auto", 500, IVF), ("ivf", 10_000, IVF), ("flat", 500, FLAT),
])
async def test_engine_builds_kind_by_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          index_type: str, line: int, kind: str) -> None:
    monkeypatch.setattr(index_module, "APPROXIMATE_FROM", line)
    engine = await _engine_with(tmp_path, 1000, index_type)
    try:
        await engine.rebuild_index(DIM)
        assert engine.index.meta.kind == kind and len(engine.index) == 1000
        assert (await engine.check()).clean
        assert (await engine.stats()).index_type == kind
        assert VectorIndex.load(tmp_path / "index.faiss").meta.kind == kind
    finally:
        await engine.close()


def test_training_sample_is_bounded() -> None:
    assert training_size(100) == 100
    assert training_size(1_000_000) == index_module.MAX_LISTS * index_module.POINTS_PER_LIST * 2


async def test_large_index_saved_on_close_and_caught_up_after_a_crash(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_module, "SAVE_EACH_CHANGE_MAX", 100)
    engine = await _engine_with(tmp_path, 1000, "auto")
    path = tmp_path / "index.faiss"
    try:
        await engine.rebuild_index(DIM)
        saved = path.read_bytes()
        await engine.remove_article("b", shared_allowed=True)
        assert path.read_bytes() == saved and engine.index.unsaved, "no rewrite of a large index per change"
    finally:
        await engine.close(save=False)  # a crash: the file still holds b's vectors
    engine = await Engine.open(engine.settings, sync_corpus=False)
    try:
        assert len(engine.index) == 990 and (await engine.check()).clean
    finally:
        await engine.close()
    assert len(VectorIndex.load(path)) == 990, "saved on close"
