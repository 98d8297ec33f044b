"""The FAISS vector index over sentence ids, exact or approximate by library size.

Derived from the store and rebuildable from it (DESIGN.md, invariant 2). The file records the
model, dimension and kind that built it, so vectors of one model are never searched with
another's questions, and it is written to a temporary file and renamed, so a crash leaves either
the old index or the new one, never a torn file. Ids are the store's sentence ids, so removing
vectors never shifts the ids of others.

Two kinds (docs/performance.md has the measurements behind the numbers below):

- ``flat``: exact inner-product search (`IndexIDMap2(IndexFlatIP)`). Its cost grows with the
  library — about 15 ms a question at 100k sentences on 2 cores — so it serves small libraries.
- ``ivf``: `IndexIVFScalarQuantizer` (8 bits a dimension), the vectors bucketed by k-means
  centroid and only the `nprobe` nearest buckets scanned. Chosen over HNSW because it supports
  `remove_ids` natively (HNSW in FAISS does not), adds a vector with one centroid lookup instead
  of a graph insertion, and builds in seconds rather than minutes at 1M. Its scores are
  approximate: it only picks candidates, which the ranking rescores exactly from the vectors the
  store keeps. The 8-bit codes take a quarter of float vectors' memory and scanning them took
  half the time (1M: 10 ms instead of 19 a question; their top 100 shared 95.1% with the
  exact top 100, float lists 95.4%).
  An index built with float lists (`IVF…,Flat`, before) loads and works as it is.
"""

from __future__ import annotations

import json
import math
import os
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path

import faiss
import numpy as np

from .errors import UserError

_MAGIC = b"CBIDX1"
# Bytes per read or write when streaming the index: fewer Python callbacks than FAISS's 1 MB.
_IO_CHUNK = 16 << 20

FLAT = "flat"
IVF = "ivf"
KINDS = (FLAT, IVF)
# `auto` switches to IVF from this many vectors (where exact search costs ~7 ms a question on
# 2 cores, ~15 ms at 100k) and back to flat only below half of it, so a library near the line
# is not rebuilt at each start.
APPROXIMATE_FROM = 50_000
# IVF lists grow as ~2·sqrt(n), balancing centroid and list scans; capped because training time
# grows with the square of the list count (its sample grows with it): with 1024 lists a 1M
# library builds in ~40 s on 2 cores, reading, training, adding and saving included.
MAX_LISTS = 1024
# FAISS's k-means wants at least this many training points per centroid.
POINTS_PER_LIST = 39
# Lists scanned per question. Questions lie farther from sentences than sentences from each
# other, so IVF needs a wide probe: on the 1M benchmark library (e5 vectors, 1,024 lists) with
# the dev questions, recall@10 of the rescored candidates (ties counted as hits) was 0.917
# probing 1/8 of the lists, 0.949 at 1/5, 0.976 at 1/4 (docs/performance.md).
PROBE_SHARE = 1 / 4
MIN_PROBES = 16


@dataclass(frozen=True)
class IndexMeta:
    model: str
    dimension: int
    kind: str = FLAT


def choose_kind(count: int, requested: str = "auto") -> str:
    """The kind for a library of `count` vectors: the requested one, or by size for `auto`.

    IVF needs vectors to train on, so an empty library starts flat whatever was requested and
    becomes IVF at its next rebuild. An unknown kind is a maintainer's setting to fix (UserError).
    """
    if requested not in ("auto", *KINDS):
        raise UserError(f"INDEX_TYPE={requested!r} is not an index type: use auto, {' or '.join(KINDS)}.")
    if requested == "auto":
        return IVF if count >= APPROXIMATE_FROM else FLAT
    return IVF if requested == IVF and count > 0 else FLAT


def ivf_lists(count: int) -> int:
    """How many IVF lists suit a library of `count` vectors."""
    return max(1, min(MAX_LISTS, round(2 * math.sqrt(count)), count // POINTS_PER_LIST))


def training_size(count: int) -> int:
    """How many vectors, sampled at random, train the IVF centroids of a `count`-vector library."""
    return min(count, ivf_lists(count) * POINTS_PER_LIST * 2)


class VectorIndex:
    """Inner-product search over normalised vectors, keyed by sentence id.

    `unsaved` says whether the index changed since it was loaded or saved, so callers write a
    large file only when there is something to write.
    """

    def __init__(self, meta: IndexMeta, index: faiss.Index | None = None) -> None:
        if index is None:
            if meta.kind != FLAT:
                raise ValueError(f"a {meta.kind} index needs training: use VectorIndex.create")
            index = faiss.IndexIDMap2(faiss.IndexFlatIP(meta.dimension))
        if meta.kind == IVF:
            ivf = faiss.extract_index_ivf(index)
            ivf.nprobe = _probes(ivf.nlist)
            # Questions come one at a time: FAISS's default splits the work by question, leaving
            # one core idle; splitting the probed lists halved a 1M search (31 → 15 ms, 2 cores).
            ivf.parallel_mode = 1
        self.meta = meta
        self._index = index
        self.unsaved = False

    @classmethod
    def create(cls, meta: IndexMeta, sample: np.ndarray, expected: int) -> "VectorIndex":
        """An empty index of `meta.kind` for about `expected` vectors; IVF is trained on `sample`."""
        if meta.kind == FLAT:
            return cls(meta)
        lists = min(ivf_lists(expected), max(1, len(sample) // POINTS_PER_LIST))
        index = faiss.index_factory(meta.dimension, f"IVF{lists},SQ8", faiss.METRIC_INNER_PRODUCT)
        # Spherical k-means (unit-length centroids): with inner product, a centroid of larger
        # norm wins every assignment, and on e5's vectors, all within a narrow cone, plain
        # k-means left most lists empty and a few with a quarter of the library to scan.
        faiss.extract_index_ivf(index).cp.spherical = True
        index.train(np.ascontiguousarray(sample, dtype=np.float32))
        return cls(meta, index)

    def __len__(self) -> int:
        return int(self._index.ntotal)

    def suits(self, count: int, requested: str = "auto") -> bool:
        """Whether this index still fits a library of `count` vectors, or should be rebuilt."""
        wanted = choose_kind(count, requested)
        if self.meta.kind != wanted:
            return requested == "auto" and self.meta.kind == IVF and count >= APPROXIMATE_FROM // 2
        if self.meta.kind == IVF:
            # Lists grow as sqrt(n): half the wanted count means the library grew fourfold.
            return faiss.extract_index_ivf(self._index).nlist * 2 >= ivf_lists(count)
        return True

    def add(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        if len(ids):
            self._index.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32),
                                     np.asarray(ids, dtype=np.int64))
            self.unsaved = True

    def remove(self, ids: np.ndarray | list[int]) -> int:
        if not len(ids):
            return 0
        removed = int(self._index.remove_ids(np.asarray(ids, dtype=np.int64)))
        self.unsaved = self.unsaved or removed > 0
        return removed

    def ids(self) -> np.ndarray:
        if self.meta.kind == FLAT:
            return faiss.vector_to_array(self._index.id_map).astype(np.int64)
        lists = faiss.extract_index_ivf(self._index).invlists
        parts = [faiss.rev_swig_ptr(lists.get_ids(i), lists.list_size(i)).copy()
                 for i in range(lists.nlist) if lists.list_size(i)]
        return np.concatenate(parts).astype(np.int64) if parts else np.zeros(0, dtype=np.int64)

    def search(self, vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        """The k nearest sentence ids with their similarity, best first (for `ivf`, from 8-bit
        codes: close to the cosine, not equal, so callers rank by the stored vectors)."""
        if len(self) == 0:
            return []
        scores, ids = self._index.search(np.asarray(vector, dtype=np.float32).reshape(1, -1), min(k, len(self)))
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i != -1]

    def save(self, path: Path) -> None:
        """Write atomically: a temporary file in the same folder, fsynced, then renamed.

        FAISS streams into the file, so saving never holds a second copy of the index in memory.
        """
        header = json.dumps({"model": self.meta.model, "dimension": self.meta.dimension,
                             "kind": self.meta.kind, "count": len(self)}).encode()
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(_MAGIC + struct.pack("<I", len(header)) + header)
                faiss.write_index(self._index, faiss.PyCallbackIOWriter(out.write, _IO_CHUNK))
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        self.unsaved = False

    @classmethod
    def load(cls, path: Path) -> "VectorIndex":
        """Read an index written by `save`, streamed; ValueError when the file is not one."""
        with path.open("rb") as src:
            if src.read(len(_MAGIC)) != _MAGIC:
                raise ValueError(f"{path} is not a conflictbot index file")
            raw = src.read(4)
            if len(raw) != 4:
                raise ValueError(f"{path}: truncated header")
            header = json.loads(src.read(struct.unpack("<I", raw)[0]))
            index = faiss.read_index(faiss.PyCallbackIOReader(src.read, _IO_CHUNK))
        meta = IndexMeta(model=header["model"], dimension=int(header["dimension"]), kind=header.get("kind", FLAT))
        if meta.kind not in KINDS:
            raise ValueError(f"{path}: unknown index kind {meta.kind!r}")
        if index.d != meta.dimension:
            raise ValueError(f"{path}: header says dimension {meta.dimension}, index has {index.d}")
        return cls(meta, index)


def _probes(lists: int) -> int:
    return min(lists, max(MIN_PROBES, round(lists * PROBE_SHARE)))
