"""The FAISS vector index over sentence ids.

Derived from the store and rebuildable from it (DESIGN.md, invariant 2). The file records the
model and dimension that built it, so vectors of one model are never searched with another's
questions, and it is written to a temporary file and renamed, so a crash leaves either the old
index or the new one, never a torn file. Ids are the store's sentence ids (`IndexIDMap2`), so
removing vectors never shifts the ids of others.
"""

from __future__ import annotations

import json
import os
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path

import faiss
import numpy as np

_MAGIC = b"CBIDX1"


@dataclass(frozen=True)
class IndexMeta:
    model: str
    dimension: int
    kind: str = "flat"


class VectorIndex:
    """Inner-product search over normalised vectors, keyed by sentence id."""

    def __init__(self, meta: IndexMeta, index: faiss.Index | None = None) -> None:
        self.meta = meta
        self._index = index if index is not None else faiss.IndexIDMap2(faiss.IndexFlatIP(meta.dimension))

    def __len__(self) -> int:
        return int(self._index.ntotal)

    def add(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        if len(ids):
            self._index.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32),
                                     np.asarray(ids, dtype=np.int64))

    def remove(self, ids: np.ndarray | list[int]) -> int:
        if not len(ids):
            return 0
        return int(self._index.remove_ids(np.asarray(ids, dtype=np.int64)))

    def ids(self) -> np.ndarray:
        return faiss.vector_to_array(self._index.id_map).astype(np.int64)

    def search(self, vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        """The k nearest sentence ids with their cosine similarity, best first."""
        if len(self) == 0:
            return []
        scores, ids = self._index.search(np.asarray(vector, dtype=np.float32).reshape(1, -1), min(k, len(self)))
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i != -1]

    def save(self, path: Path) -> None:
        """Write atomically: a temporary file in the same folder, fsynced, then renamed."""
        header = json.dumps({"model": self.meta.model, "dimension": self.meta.dimension,
                             "kind": self.meta.kind, "count": len(self)}).encode()
        body = faiss.serialize_index(self._index).tobytes()
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(_MAGIC + struct.pack("<I", len(header)) + header + body)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    @classmethod
    def load(cls, path: Path) -> "VectorIndex":
        """Read an index written by `save`; ValueError when the file is not one."""
        data = path.read_bytes()
        if not data.startswith(_MAGIC):
            raise ValueError(f"{path} is not a conflictbot index file")
        (length,) = struct.unpack_from("<I", data, len(_MAGIC))
        start = len(_MAGIC) + 4
        header = json.loads(data[start:start + length])
        body = np.frombuffer(data, dtype=np.uint8, offset=start + length)
        index = faiss.deserialize_index(body)
        meta = IndexMeta(model=header["model"], dimension=int(header["dimension"]), kind=header.get("kind", "flat"))
        if index.d != meta.dimension:
            raise ValueError(f"{path}: header says dimension {meta.dimension}, index has {index.d}")
        return cls(meta, index)
