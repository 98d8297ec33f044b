"""The FAISS index: ids are sentence ids, removal shifts nothing, saves are atomic."""

from pathlib import Path

import numpy as np
import pytest

from retrieval.index import IndexMeta, VectorIndex


def _vectors(n: int, dim: int = 8, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    v = rng.normal(size=(n, dim)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_remove_keeps_other_ids() -> None:
    index = VectorIndex(IndexMeta("m", 8))
    vecs = _vectors(5)
    index.add(np.array([10, 20, 30, 40, 50]), vecs)
    assert index.remove([20, 40]) == 2
    assert sorted(index.ids().tolist()) == [10, 30, 50]
    assert index.search(vecs[4], 1) == [(50, pytest.approx(1.0, abs=1e-5))]


def test_save_load_round_trip_records_model(tmp_path: Path) -> None:
    index = VectorIndex(IndexMeta("some/model", 8))
    vecs = _vectors(3)
    index.add(np.array([1, 2, 3]), vecs)
    path = tmp_path / "index.faiss"
    index.save(path)
    loaded = VectorIndex.load(path)
    assert loaded.meta == IndexMeta("some/model", 8, "flat")
    assert loaded.search(vecs[1], 1)[0][0] == 2
    assert [p.name for p in tmp_path.iterdir()] == ["index.faiss"], "no temporary file left behind"


def test_failed_save_leaves_previous_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "index.faiss"
    index = VectorIndex(IndexMeta("m", 8))
    index.add(np.array([1]), _vectors(1))
    index.save(path)
    before = path.read_bytes()
    index.add(np.array([2]), _vectors(1, seed=1))

    def broken_replace(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("retrieval.index.os.replace", broken_replace)
    with pytest.raises(OSError):
        index.save(path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["index.faiss"]


def test_load_rejects_foreign_file(tmp_path: Path) -> None:
    path = tmp_path / "index.faiss"
    path.write_bytes(b"not an index")
    with pytest.raises(ValueError):
        VectorIndex.load(path)
