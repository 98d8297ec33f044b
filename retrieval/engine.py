"""The engine: one object that owns the store, the embedder and the index.

The bot and the CLI both drive the library through it. It keeps the invariants of DESIGN.md:
an article's rows and vectors are committed together (the store's transaction; the index is a
cache caught up from the stored vectors at start), the index never serves another model's
vectors, and no encoding or FAISS work runs on the event loop — it runs on one worker thread,
in small batches, so questions interleave with a long ingest.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import re
import time
import unicodedata
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import numpy as np

from . import search
from .attribution import attribute_sentences, rules_version
from .config import Settings
from .cues import (
    asked_since,
    days_asked,
    is_small_talk,
    with_dates_in_words,
    with_war_days_dated,
    without_courtesies,
    without_recency,
)
from .embedder import EMBEDDED_TEXT, Embedder, passage
from .errors import BadInput, IndexMismatch, UnknownArticle, UserError
from .index import IVF, IndexMeta, VectorIndex, choose_kind, training_size
from .language import detect_language
from .records import Answer, Article, ArticleInfo
from .sources import MANIFEST, load_path
from .store import DuplicateText, Store, text_hash
from .text import article_sentences, splitting_version
from .translit import in_cyrillic

log = logging.getLogger(__name__)

STORE_FILE = "library.sqlite3"
INDEX_FILE = "index.faiss"
# Sentences encoded per worker-thread task: small enough that a question waits little.
ENCODE_CHUNK = 32
# Stored vectors read per query when (re)building the index: under SQLite's variable limit.
VECTOR_CHUNK = 20_000
# An index up to this size (~30 MB) is saved after each change; a larger one is saved on close
# and after bulk ingests, and a crash in between is caught up from the stored vectors at start,
# so adding one article to a 1M-sentence library never rewrites a 1.5 GB file.
SAVE_EACH_CHANGE_MAX = 20_000
# The store's records of the rules its sentences were attributed with, and cut with.
ATTRIBUTION_RULES = "attribution_rules"
SPLITTING_RULES = "splitting_rules"
CORPUS_SUFFIXES = {".md", ".txt", ".html", ".htm", ".jsonl"}
_CONTROL = re.compile(r"[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")

Progress = Callable[[int], None]


@dataclass(frozen=True)
class IngestResult:
    """What happened to one article: added, updated (same URL, new text) or a duplicate."""

    status: str
    article: ArticleInfo
    sentences: int

    @property
    def message(self) -> str:
        what = {"added": "Added", "updated": "Updated", "duplicate": "Already in the library:"}[self.status]
        date = f", {self.article.published}" if self.article.published else ""
        return f"{what} {self.article.title!r} ({self.article.id}{date}, {self.sentences} sentences)"


@dataclass(frozen=True)
class Stats:
    articles: int
    sentences: int
    languages: dict[str, int]
    oldest: str
    newest: str
    newest_articles: list[ArticleInfo]
    model: str
    dimension: int
    index_type: str
    index_vectors: int
    store_bytes: int
    index_bytes: int

    def to_json(self) -> dict:
        return {
            "articles": self.articles, "sentences": self.sentences, "languages": self.languages,
            "oldest": self.oldest, "newest": self.newest,
            "newest_articles": [a.to_json() for a in self.newest_articles],
            "model": self.model, "dimension": self.dimension, "index_type": self.index_type,
            "index_vectors": self.index_vectors, "store_bytes": self.store_bytes,
            "index_bytes": self.index_bytes,
        }


@dataclass
class CheckReport:
    """Store ↔ index consistency: ids in one and not the other, and what was repaired."""

    store_sentences: int
    index_vectors: int
    missing_from_index: int
    extra_in_index: int
    missing_vectors: int
    model_ok: bool
    # The stored attributions were made by other rules than attribution.py's (an upgrade).
    stale_attributions: bool = False
    # Articles that text.py's rules now cut into other sentences than the stored ones.
    stale_splits: int = 0
    repaired: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return self.model_ok and not (self.missing_from_index or self.extra_in_index or self.missing_vectors
                                      or self.stale_attributions or self.stale_splits)


def clean_question(question: str, limit: int) -> str:
    """The question without control or invisible characters; BadInput when empty, without a
    word (only emoji or marks: nothing to search for), only small talk, or too long."""
    text = _CONTROL.sub("", unicodedata.normalize("NFC", question or "")).strip()
    if not text:
        raise BadInput("The question is empty.")
    if not any(ch.isalnum() for ch in text):
        raise BadInput("The question has no words to search for.")
    if is_small_talk(text):
        raise BadInput("Ask about the war: an event, a figure or a claim (this reads as a greeting or thanks).")
    if len(text) > limit:
        raise BadInput(f"The question is too long ({len(text)} characters; the limit is {limit}).")
    return text


def _absent(values: np.ndarray, others: np.ndarray) -> np.ndarray:
    """The values not among `others`: `np.isin` on integer ids takes ~40 ms at 1M, where
    `np.setdiff1d` took ~1.8 s of each start-up."""
    return values[~np.isin(values, others)]


def _article_id(article: Article) -> str:
    wanted = re.sub(r"[^a-z0-9]+", "-", article.source_id.lower()).strip("-")[:60]
    return wanted or "a-" + text_hash(article.text)[:10]


class Engine:
    """Open with `await Engine.open(settings)`; close with `await engine.close()`."""

    def __init__(self, settings: Settings, store: Store, embedder: Embedder, index: VectorIndex) -> None:
        self.settings = settings
        self.store = store
        self.embedder = embedder
        self.index = index
        self.calibration = search.calibration_for(settings.model_name, settings.answer_threshold)
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="conflictbot-compute")
        self._index_lock = asyncio.Lock()

    # -- life cycle -------------------------------------------------------------------------

    @classmethod
    async def open(cls, settings: Settings, sync_corpus: bool = True, for_reindex: bool = False,
                   repair: bool = True) -> "Engine":
        """Open the store, load the model and the index, catch the index up, sync corpus/.

        Raises IndexMismatch when the stored vectors or the index come from another model
        than the configured one: a `conflictbot reindex` is needed, never silent reuse.
        `for_reindex` skips those checks, for the one caller about to re-embed everything;
        `repair=False` leaves the index as found, for `conflictbot check` to report on.
        """
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        for leftover in settings.data_dir.glob(INDEX_FILE + ".*.tmp"):  # a save cut off by a crash
            leftover.unlink(missing_ok=True)
        store = await Store.open(settings.data_dir / STORE_FILE)
        embedder = Embedder(settings.model_name, settings.query_prefix, settings.passage_prefix)
        engine = cls(settings, store, embedder, VectorIndex(IndexMeta(settings.model_name, 0)))
        try:
            dimension = await engine._dimension(for_reindex)
            # lingua loads its models on first use, holding the GIL for most of a second:
            # do it now, on the worker thread, rather than during the first question.
            await engine._run(detect_language, "warm up the language detector")
            if for_reindex:
                engine.index = VectorIndex(IndexMeta(settings.model_name, dimension))
                return engine
            await engine._check_store_model(dimension)
            loaded = await engine._run(engine._load_index, dimension)
            count = await engine.store.count_sentences()
            if loaded is not None and (loaded.suits(count, settings.index_type) or not repair):
                engine.index = loaded
            elif repair:
                await engine.rebuild_index(dimension)
            else:
                engine.index = VectorIndex(IndexMeta(settings.model_name, dimension))
            report = await engine.check(repair=repair)
            if report.repaired:
                log.info("library repaired: %s", "; ".join(report.repaired))
            if sync_corpus:
                await engine.sync_corpus()
        except BaseException:
            await engine.close(save=False)
            raise
        return engine

    async def close(self, save: bool = True) -> None:
        if save and self.index.unsaved:
            await self._save_index()
        await self.store.close()
        self._worker.shutdown(wait=True)

    async def _run(self, fn, *args):
        """Run blocking work (encoding, FAISS) on the worker thread, off the event loop."""
        return await asyncio.get_running_loop().run_in_executor(self._worker, partial(fn, *args))

    async def _dimension(self, for_reindex: bool) -> int:
        """The vectors' dimension, from the store when it recorded this model's, so commands
        that encode nothing (stats, articles, check) never wait for the model to load."""
        stored_model = await self.store.get_meta("embedding_model")
        stored = await self.store.get_meta("dimension")
        if stored and stored_model == self.settings.model_name and not for_reindex:
            return int(stored)
        return await self._run(lambda: self.embedder.dimension)

    async def _vectors_match(self) -> bool:
        """Whether the stored vectors come from the configured model and the text recipe
        (EMBEDDED_TEXT) in use; true of a library that recorded none yet."""
        model = await self.store.get_meta("embedding_model")
        recipe = await self.store.get_meta("embedded_text")
        return model is None or (model == self.settings.model_name and recipe == EMBEDDED_TEXT)

    async def _record_vectors(self, dimension: int) -> None:
        await self.store.set_meta("embedding_model", self.settings.model_name)
        await self.store.set_meta("embedded_text", EMBEDDED_TEXT)
        await self.store.set_meta("dimension", str(dimension))

    async def _check_store_model(self, dimension: int) -> None:
        stored = await self.store.get_meta("embedding_model")
        if stored is not None and await self._vectors_match():
            return
        if stored is not None and await self.store.count_sentences():
            recipe = await self.store.get_meta("embedded_text") or "sentence alone"
            raise IndexMismatch(
                f"The library's vectors were made by {stored!r} from {recipe!r} but the configured "
                f"model is {self.settings.model_name!r} from {EMBEDDED_TEXT!r}: run `conflictbot reindex` "
                "to re-embed them."
            )
        await self._record_vectors(dimension)

    def _index_path(self) -> Path:
        return self.settings.data_dir / INDEX_FILE

    def _load_index(self, dimension: int) -> VectorIndex | None:
        """The saved index, or None when there is none or it cannot serve this model."""
        path = self._index_path()
        if not path.exists():
            return None
        try:
            index = VectorIndex.load(path)
        except (ValueError, RuntimeError) as err:
            log.warning("index file unreadable (%s); rebuilding it from the store", err)
            return None
        if index.meta.model != self.settings.model_name or index.meta.dimension != dimension:
            log.warning("index built by %s/%d, configured %s/%d: rebuilding it from stored vectors",
                        index.meta.model, index.meta.dimension, self.settings.model_name, dimension)
            return None
        return index

    async def rebuild_index(self, dimension: int | None = None) -> None:
        """Build the index from the stored vectors, of the kind the library's size calls for.

        An IVF index is trained on a random sample first. Vectors are read in chunks so a 1M
        library is never held twice in memory. `dimension` defaults to the current index's.
        """
        dimension = dimension or self.index.meta.dimension
        ids = await self.store.all_sentence_ids()
        kind = choose_kind(len(ids), self.settings.index_type)
        if len(ids):
            log.info("building a %s index over %d stored vectors", kind, len(ids))
        sample_size = training_size(len(ids)) if kind == IVF else 0
        sample_ids = np.sort(np.random.default_rng(0).choice(ids, sample_size, replace=False))
        _, sample = await self._stored_vectors(sample_ids, dimension)
        index = await self._run(VectorIndex.create, IndexMeta(self.settings.model_name, dimension, kind),
                                sample, len(ids))
        del sample
        for start in range(0, len(ids), VECTOR_CHUNK):
            chunk_ids, vectors = await self._stored_vectors(ids[start:start + VECTOR_CHUNK], dimension)
            await self._run(index.add, chunk_ids, vectors)
        async with self._index_lock:
            self.index = index
            await self._run(self.index.save, self._index_path())

    async def _stored_vectors(self, ids: np.ndarray, dimension: int) -> tuple[np.ndarray, np.ndarray]:
        """(ids, vectors) stored for `ids`, read in chunks that SQLite accepts."""
        parts = [await self.store.vectors(ids[start:start + VECTOR_CHUNK].tolist(), dimension)
                 for start in range(0, len(ids), VECTOR_CHUNK)]
        if not parts:
            return np.zeros(0, dtype=np.int64), np.zeros((0, dimension), dtype=np.float32)
        return np.concatenate([p[0] for p in parts]), np.vstack([p[1] for p in parts])

    async def _save_index(self) -> None:
        async with self._index_lock:
            if self.index.unsaved:
                await self._run(self.index.save, self._index_path())

    def _cheap_to_save(self) -> bool:
        return len(self.index) <= SAVE_EACH_CHANGE_MAX

    # -- consistency ------------------------------------------------------------------------

    async def check(self, repair: bool = False) -> CheckReport:
        """Compare the store's sentence ids and vectors with the index, and its sentences and
        attributions with the current rules; optionally repair.

        Repair first splits again the articles the splitting rules now cut otherwise (their new
        sentences attributed, encoded and indexed in place of the old), re-attributes every
        sentence when the attribution rules changed, adds to the index the stored vectors it
        lacks, encodes sentences that have no vector, and drops index entries whose sentence is
        gone; then saves the index when that is cheap (else on close).
        """
        splitting_changed = await self.store.get_meta(SPLITTING_RULES) != splitting_version()
        stale_splits = await self._stale_splits() if splitting_changed else []
        resplit: list[str] = []
        if repair and splitting_changed and await self._vectors_match():
            if stale_splits:
                count = await self._resplit(stale_splits)
                resplit.append(f"split {len(stale_splits)} articles again with the current rules "
                               f"({count} sentences now)")
                stale_splits = []
            await self.store.set_meta(SPLITTING_RULES, splitting_version())
        stored = await self.store.all_sentence_ids()
        rules_changed = await self.store.get_meta(ATTRIBUTION_RULES) != rules_version()
        async with self._index_lock:
            indexed = await self._run(self.index.ids)
            missing = _absent(stored, indexed)
            extra = _absent(indexed, stored)
            have_ids, _ = await self._stored_vectors(missing, self.index.meta.dimension)
            no_vector = _absent(missing, have_ids)
            report = CheckReport(
                store_sentences=len(stored), index_vectors=len(indexed), missing_from_index=len(missing),
                extra_in_index=len(extra), missing_vectors=len(no_vector),
                model_ok=await self._vectors_match(),
                stale_attributions=rules_changed and len(stored) > 0,
                stale_splits=len(stale_splits), repaired=resplit,
            )
            if repair and report.stale_attributions:
                count = await self._reattribute()
                report.repaired.append(f"re-attributed {count} sentences with the current rules")
            elif repair and rules_changed:  # an empty library: nothing to redo
                await self.store.set_meta(ATTRIBUTION_RULES, rules_version())
            if not repair or report.clean or not report.model_ok:
                return report
            if len(no_vector):
                await self._encode_and_store(no_vector.tolist())
                report.repaired.append(f"encoded {len(no_vector)} sentences that had no vector")
            if len(missing):
                ids, vecs = await self._stored_vectors(missing, self.index.meta.dimension)
                await self._run(self.index.add, ids, vecs)
                report.repaired.append(f"added {len(ids)} vectors to the index")
            if len(extra):
                await self._run(self.index.remove, extra)
                report.repaired.append(f"removed {len(extra)} vectors of deleted sentences")
            if self._cheap_to_save():
                await self._run(self.index.save, self._index_path())
        return report

    async def _reattribute(self) -> int:
        """Attribute every stored sentence again, with the current rules; how many there were."""
        log.info("attributing the library's sentences with the current rules (once after an upgrade of them)")
        count = 0
        async for article, ids, texts in self.store.iter_article_sentences():
            attributions = await self._run(attribute_sentences, texts, article.language, article.outlet,
                                           article.author)
            await self.store.set_attributions(ids, attributions)
            count += len(ids)
        await self.store.set_meta(ATTRIBUTION_RULES, rules_version())
        return count

    async def _stale_splits(self) -> list[tuple[ArticleInfo, list[str]]]:
        """Each article that the current rules cut into other sentences than the stored ones,
        with its new sentences (a pass of the splitter over the library: 2.5 s for ISW's 331
        pages)."""
        stale = []
        async for article, _, stored in self.store.iter_article_sentences():
            text = await self.store.article_text(article.id)
            sentences = await self._run(article_sentences, text, article.language, article.title)
            if sentences and sentences != stored:
                stale.append((article, sentences))
        return stale

    async def _resplit(self, stale: list[tuple[ArticleInfo, list[str]]]) -> int:
        """Store each article's new sentences, attributed, encoded and indexed, in place of its
        old ones; how many sentences they are."""
        log.info("splitting %d articles again with the current rules (once after an upgrade of them)", len(stale))
        count = 0
        for article, sentences in stale:
            attributions = await self._run(attribute_sentences, sentences, article.language, article.outlet,
                                           article.author)
            vectors = await self._encode([passage(article.title, s) for s in sentences])
            async with self._index_lock:
                old, new = await self.store.replace_sentences(article.id, sentences, attributions, vectors)
                await self._run(self.index.remove, np.array(old, dtype=np.int64))
                await self._run(self.index.add, np.array(new, dtype=np.int64), vectors)
            count += len(sentences)
        return count

    async def _encode_and_store(self, ids: list[int]) -> None:
        wanted = set(ids)
        texts = {i: passage(title, text) async for batch_ids, titles, batch in self.store.iter_sentence_texts()
                 for i, title, text in zip(batch_ids, titles, batch) if i in wanted}
        order = [i for i in ids if i in texts]
        vectors = await self._encode([texts[i] for i in order])
        await self.store.set_vectors(order, vectors)

    async def _encode(self, sentences: list[str], progress: Progress | None = None) -> np.ndarray:
        """Encode on the worker thread in small chunks, so questions are not kept waiting.

        Sentences are chunked by length, not in document order: a chunk is padded to its
        longest sentence, so mixing one long sentence with short ones wastes most of the work.
        """
        out = np.zeros((len(sentences), self.index.meta.dimension), dtype=np.float32)
        by_length = sorted(range(len(sentences)), key=lambda i: len(sentences[i]))
        for start in range(0, len(sentences), ENCODE_CHUNK):
            chosen = by_length[start:start + ENCODE_CHUNK]
            out[chosen] = await self._run(self.embedder.encode_sentences, [sentences[i] for i in chosen])
            if progress:
                progress(len(chosen))
        return out

    # -- articles ---------------------------------------------------------------------------

    async def add_article(self, article: Article, save: bool = True) -> IngestResult:
        """Store an article with its sentences, attribution and vectors, or say why not.

        Same URL in the same scope: the text is replaced when it changed ("updated"), else
        nothing happens ("duplicate"); the same text under another URL is a duplicate too.
        `save` writes the index file afterwards when it is small (SAVE_EACH_CHANGE_MAX).
        """
        if not article.language:
            article.language = await self._run(detect_language, article.text)
        sentences = await self._run(article_sentences, article.text, article.language, article.title)
        if not sentences:
            raise BadInput(f"{article.title or 'The article'}: no sentences to store.")
        duplicate, same_text = await self.store.find_duplicate(article)
        if duplicate is not None and same_text:
            info = await self.store.get_article(duplicate.id)
            return IngestResult("duplicate", info or duplicate, info.sentence_count if info else 0)
        attributions = await self._run(attribute_sentences, sentences, article.language, article.outlet,
                                       article.author)
        vectors = await self._encode([passage(article.title, s) for s in sentences])
        replace_id = duplicate.id if duplicate is not None else None
        async with self._index_lock:
            old_ids = await self.store.sentence_ids_of(replace_id) if replace_id else []
            try:
                article_id, ids = await self.store.add_article(
                    _article_id(article), article, sentences, attributions, vectors, replace_id)
            except DuplicateText as raced:  # a concurrent add stored the same text first
                info = await self.store.get_article(raced.article_id, latest=True)
                assert info is not None
                return IngestResult("duplicate", info, info.sentence_count)
            await self._run(self.index.remove, old_ids)
            await self._run(self.index.add, np.array(ids, dtype=np.int64), vectors)
            if save and self._cheap_to_save():
                await self._run(self.index.save, self._index_path())
        info = await self.store.get_article(article_id, latest=True)
        assert info is not None, f"article {article_id} missing right after its commit"
        return IngestResult("updated" if replace_id else "added", info, len(ids))

    async def ingest_path(self, path: Path, guild_id: int | None = None,
                          on_result: Callable[[IngestResult | UserError], None] | None = None) -> list[IngestResult | UserError]:
        """Ingest a file or folder; one result or one error per article, the index saved once."""
        results: list[IngestResult | UserError] = []
        for item in load_path(path):
            if not isinstance(item, UserError):
                item.guild_id = guild_id
                try:
                    item = await self.add_article(item, save=False)
                except UserError as err:
                    item = err
            results.append(item)
            if on_result:
                on_result(item)
        await self._save_index()
        return results

    async def sync_corpus(self) -> list[IngestResult | UserError]:
        """Ingest into the shared library every corpus/ file that is new or changed."""
        corpus = self.settings.corpus_dir
        if not corpus.is_dir():
            return []
        known = await self.store.corpus_hashes()
        results: list[IngestResult | UserError] = []
        for path in sorted(p for p in corpus.rglob("*") if p.suffix.lower() in CORPUS_SUFFIXES and p.name != MANIFEST):
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            key = str(path.relative_to(corpus))
            if known.get(key) == digest:
                continue
            outcome = await self.ingest_path(path)
            for item in outcome:
                if isinstance(item, UserError):
                    log.warning("corpus/%s: %s", key, item)
            results.extend(outcome)
            await self.store.set_corpus_hash(key, digest)
        return results

    async def remove_article(self, article_id: str, guild_id: int | None = None,
                             shared_allowed: bool = False) -> ArticleInfo:
        """Delete an article of this scope with its sentences and vectors.

        A guild may remove only its own articles; the shared library is the maintainers'
        (`shared_allowed`, used by the CLI when no guild is given).
        """
        info = await self.store.get_article(article_id)
        if info is None or (info.guild_id != guild_id and not (shared_allowed and guild_id is None)):
            raise UnknownArticle(article_id)
        async with self._index_lock:
            ids = await self.store.remove_article(article_id)
            await self._run(self.index.remove, ids)
            if self._cheap_to_save():
                await self._run(self.index.save, self._index_path())
        return info

    async def get_article(self, article_id: str, guild_id: int | None = None) -> ArticleInfo:
        info = await self.store.get_article(article_id)
        if info is None or (guild_id is not None and info.guild_id not in (None, guild_id)):
            raise UnknownArticle(article_id)
        return info

    async def list_articles(self, guild_id: int | None = None, own_only: bool = False,
                            limit: int = 50, offset: int = 0, title_like: str = "") -> list[ArticleInfo]:
        return await self.store.list_articles(guild_id, own_only, limit, offset, title_like)

    async def stats(self, guild_id: int | None = None) -> Stats:
        summary = await self.store.scope_summary(guild_id)
        newest = await self.store.list_articles(guild_id, limit=5)
        store_path = self.store.path
        store_bytes = sum(p.stat().st_size for p in store_path.parent.glob(store_path.name + "*"))
        index_path = self._index_path()
        return Stats(
            articles=summary["articles"], sentences=summary["sentences"], languages=summary["languages"],
            oldest=summary["oldest"], newest=summary["newest"], newest_articles=newest,
            model=self.index.meta.model, dimension=self.index.meta.dimension, index_type=self.index.meta.kind,
            index_vectors=len(self.index), store_bytes=store_bytes,
            index_bytes=index_path.stat().st_size if index_path.exists() else 0,
        )

    # -- reindex ----------------------------------------------------------------------------

    async def reindex(self, progress: Progress | None = None) -> int:
        """Re-encode every sentence with the configured model and rebuild the index from it."""
        dimension = self.embedder.dimension
        count = 0
        async for ids, titles, texts in self.store.iter_sentence_texts():
            passages = [passage(title, text) for title, text in zip(titles, texts)]
            await self.store.set_vectors(ids, await self._encode(passages, progress))
            count += len(ids)
        await self._record_vectors(dimension)
        await self.rebuild_index(dimension)
        await self.check(repair=True)  # articles added while the index was being rebuilt
        return count

    # -- questions --------------------------------------------------------------------------

    async def ask(self, question: str, guild_id: int | None = None) -> Answer:
        """Quotes that answer the question, best first, or an abstention with the closest."""
        started = time.perf_counter()
        question = clean_question(question, self.settings.max_question_chars)
        # What is searched: the question in Cyrillic when typed in Latin letters, without a
        # greeting or thanks, its dates in words (a day of the war counted too), and without the
        # words that ask for the latest.
        read = without_courtesies(in_cyrillic(question))
        language = await self._run(partial(detect_language, read, default="en"))
        read = with_war_days_dated(with_dates_in_words(read, language), language)
        topic = without_recency(read)
        query_vector = await self.encode_question(topic)
        async with self._index_lock:
            dense = await self._run(self.index.search, query_vector, 2 * search.CANDIDATES)
        pool = await search.candidates(self.store, topic, query_vector, dense, guild_id)
        scored = search.score_candidates(topic, query_vector, pool, self.calibration, language)
        # A report published before the day asked about cannot tell what happened on it.
        since = asked_since(topic)
        too_early = bool(scored) and bool(since) and not search.published_since(scored[:1], since)
        scored = search.published_since(scored, since)
        # A question for the latest claims orders more of the best ones by date.
        margin = search.TIE_MARGIN if topic == read else search.LATEST_MARGIN
        groups = search.newest_first_among_ties(search.collapse(scored), margin, days_asked(topic))
        best = groups[0][0].score if groups else 0.0
        held_back = too_early or (bool(groups) and not await self._names_and_meets(topic, groups[0][0], pool))
        answered = bool(groups) and self.calibration.answers(groups[0][0]) and not held_back
        if answered:
            # The threshold decides whether to answer; the spread decides how many quotes follow.
            kept = [g for g in groups if g[0].score >= best - search.QUOTE_SPREAD]
            quotes = [search.to_quote(*g) for g in kept[: self.settings.max_quotes]]
        else:
            quotes = [search.to_quote(*g) for g in groups[:3]]
        return Answer(question=question, answered=answered, quotes=quotes, language=language,
                      latency_ms=(time.perf_counter() - started) * 1000, closest_only=not answered and bool(quotes),
                      held_back=held_back)

    async def _names_and_meets(self, question: str, first: search.Scored, pool: search.Pool) -> bool:
        """Whether the first quote names the models and countries the question names (a country
        may be named by the sentences around it) and meets any of its words: else no threshold
        answers with it (`search.names_the_models_and_countries`, `search.meets_the_question`)."""
        if not search.meets_the_question(first):
            return False
        if search.names_the_models_and_countries(question, first):
            return True
        # Only then its neighbours, read already for the closest candidates, else from the store.
        sentence_id = first.row.sentence.id
        around = pool.neighbours.get(sentence_id)
        if around is None:
            around = (await self.store.neighbour_texts([sentence_id])).get(sentence_id, "")
        return bool(around) and search.names_the_models_and_countries(question, first, around)

    async def encode_question(self, question: str) -> np.ndarray:
        """The question's vector, computed on the engine's one compute thread.

        Always that thread: the bundled e5 engine runs on OpenMP, and once a second thread has
        started its own OpenMP team, libgomp counts more threads than cores and stops spinning
        between the model's parallel steps, which made each question's encoding twice as slow
        (33 ms instead of 18 on 2 cores, docs/performance.md).
        """
        return await self._run(self.embedder.encode_query, question)

    async def ask_many(self, questions: Iterable[str], guild_id: int | None = None):
        """Answers for many questions with one loaded model; a UserError in place of a bad one."""
        for question in questions:
            try:
                yield await self.ask(question, guild_id)
            except UserError as err:
                yield err
