"""One library measured in a fresh process: `python -m benchmarks.measure DATA_DIR QUESTIONS PASSES N`.

A process of its own, so resident memory and start-up are those of a bot serving that library
alone. Prints one JSON object: start-up (index + model), memory, single-question encode time,
`ask` latency split into its parts, recall@10 of the index against exact search, and the cost of
adding then removing one article. `ask` is timed on the first N questions, PASSES times each;
recall uses them all.
"""

from __future__ import annotations

import asyncio
import functools
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import numpy as np

from retrieval import search
from retrieval.answer import format_answer
from retrieval.engine import Engine
from retrieval.index import FLAT
from retrieval.records import Article

from .libraries import settings_for
from .stats import load_average, memory_mb, percentiles

K = 10
EXACT_CHUNK = 50_000


class Timers:
    """Seconds spent in wrapped calls, summed per part until `take()`."""

    def __init__(self) -> None:
        self.spent: defaultdict[str, float] = defaultdict(float)

    def wrap(self, owner: object, name: str, part: str) -> None:
        """Replace `owner.name` (sync or async) with a timed version, on this instance only."""
        fn: Callable = getattr(owner, name)

        if asyncio.iscoroutinefunction(fn):
            @functools.wraps(fn)
            async def timed(*args, **kwargs):
                started = time.perf_counter()
                try:
                    return await fn(*args, **kwargs)
                finally:
                    self.spent[part] += time.perf_counter() - started
        else:
            @functools.wraps(fn)
            def timed(*args, **kwargs):
                started = time.perf_counter()
                try:
                    return fn(*args, **kwargs)
                finally:
                    self.spent[part] += time.perf_counter() - started
        setattr(owner, name, timed)

    def take(self) -> dict[str, float]:
        spent, self.spent = dict(self.spent), defaultdict(float)
        return spent


async def measure(data_dir: Path, questions: list[str], passes: int, timed: int) -> dict:
    started = time.perf_counter()
    engine = await Engine.open(settings_for(data_dir), sync_corpus=False)
    index_s = time.perf_counter() - started
    try:
        started = time.perf_counter()
        await engine.encode_question("warm-up")
        model_s = time.perf_counter() - started
        result = {"vectors": len(engine.index), "kind": engine.index.meta.kind,
                  "startup": {"index_s": index_s, "model_s": model_s}}
        timers = _timed_parts(engine)
        result["encode_ms"] = percentiles(await _single_encodes(engine, timers, questions))
        result["ask"] = await _asks(engine, timers, questions[:timed], passes)
        result["asks_timed"] = passes * min(timed, len(questions))
        result["memory"] = memory_mb()
        result["add_article"] = await _add_and_remove(engine)
        result["recall10"] = None if engine.index.meta.kind == FLAT else await _recall(engine, questions)
    finally:
        await engine.close(save=False)
    result["load"] = load_average()
    return result


def _timed_parts(engine: Engine) -> Timers:
    """Timers around the parts of `ask`, on this engine only; the rest is `rank+format`."""
    timers = Timers()
    timers.wrap(engine.embedder, "encode_query", "encode")
    timers.wrap(engine.index, "search", "search")
    timers.wrap(engine.store, "lexical_search", "lexical")
    timers.wrap(engine.store, "sentences_by_ids", "fetch")
    timers.wrap(engine.store, "vectors", "fetch")
    timers.wrap(engine.store, "neighbour_texts", "fetch")
    return timers


async def _single_encodes(engine: Engine, timers: Timers, questions: list[str]) -> list[float]:
    """One question at a time, on the engine's compute thread as `ask` encodes them (another
    thread would slow both: see `Engine.encode_question`). Timed around the model call only."""
    timers.take()
    samples = []
    for question in questions:
        _forget_questions(engine)
        await engine.encode_question(question)
        samples.append(timers.take()["encode"])
    return samples


def _forget_questions(engine: Engine) -> None:
    """Every question is timed as one never asked before: the embedder's cache of question
    vectors would otherwise answer the second pass (and the asks after the single encodes)."""
    engine.embedder._cached_query.cache_clear()


async def _asks(engine: Engine, timers: Timers, questions: list[str], passes: int) -> dict:
    """`ask` latency, total and per part; the rest (ranking, quotes, text) is `rank+format`."""
    for question in questions[:5]:
        format_answer(await engine.ask(question))
    timers.take()
    samples: defaultdict[str, list[float]] = defaultdict(list)
    for _ in range(passes):
        for question in questions:
            _forget_questions(engine)
            started = time.perf_counter()
            format_answer(await engine.ask(question))
            total = time.perf_counter() - started
            parts = timers.take()
            samples["total"].append(total)
            for part in ("encode", "search", "lexical", "fetch"):
                samples[part].append(parts.get(part, 0.0))
            samples["rank+format"].append(total - sum(parts.values()))
    return {part: percentiles(values) for part, values in samples.items()}


async def _add_and_remove(engine: Engine) -> dict:
    """Add one real article (as a new one), then remove it; encoding time counted apart."""
    info = (await engine.list_articles(limit=1))[0]
    text = " ".join(s.text for s in await engine.store.article_sentences(info.id))
    article = Article(title="Benchmark article", text=text + " Benchmark copy.", outlet="bench", language="en")
    timers = Timers()
    timers.wrap(engine.embedder, "encode_sentences", "encode")
    started = time.perf_counter()
    result = await engine.add_article(article)
    total = time.perf_counter() - started
    encode = timers.take().get("encode", 0.0)
    started = time.perf_counter()
    await engine.remove_article(result.article.id, shared_allowed=True)
    remove = time.perf_counter() - started
    return {"sentences": result.sentences, "total_s": total, "encode_s": encode,
            "without_encode_s": total - encode, "remove_s": remove}


async def _recall(engine: Engine, questions: list[str]) -> float:
    """Share of the dense top-10 the ranking sees that belongs in an exact top-10: the index's
    candidates (as many as `ask` takes), rescored from the stored vectors as the ranking does,
    against every stored vector streamed. A hit scoring at least the exact 10th score counts:
    ISW repeats sentences word for word, and among equal vectors any id is as right as another."""
    queries = np.vstack([await engine.encode_question(q) for q in questions])
    ids = await engine.store.all_sentence_ids()
    dimension = engine.index.meta.dimension
    best = np.full((len(queries), K), -np.inf, dtype=np.float32)
    for start in range(0, len(ids), EXACT_CHUNK):
        _, vectors = await engine.store.vectors(ids[start:start + EXACT_CHUNK].tolist(), dimension)
        scores = np.hstack([best, queries @ vectors.T])
        best = -np.partition(-scores, K - 1, axis=1)[:, :K]
    tenth = best.min(axis=1) - 1e-5
    hits = 0
    for query, floor in zip(queries, tenth):
        found = [i for i, _ in engine.index.search(query, 2 * search.CANDIDATES)]
        _, vectors = await engine.store.vectors(found, dimension)
        hits += int(np.sum(np.sort(vectors @ query)[::-1][:K] >= floor))
    return hits / (K * len(queries))


def main() -> None:
    data_dir, questions_path, passes, timed = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    questions = [json.loads(line)["question"] for line in questions_path.read_text().splitlines() if line.strip()]
    print(json.dumps(asyncio.run(measure(data_dir, questions, passes, timed))))


if __name__ == "__main__":
    main()
