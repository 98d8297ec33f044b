"""The SQLite store: articles, sentences, attribution, vectors and the lexical index.

It is the source of truth (DESIGN.md, invariant 2). Each sentence row keeps the vector the
configured model gave it, so the FAISS index is a cache that can be rebuilt or caught up from
here without re-encoding, and an article's rows and vectors are committed in one transaction
(invariant 3). Writes go through one connection behind a lock; reads use a second connection,
which WAL lets run while a write is in progress.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import sqlite3
from bisect import bisect_left, insort
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import aiosqlite
import numpy as np

from .lexical import fts_document_counts, fts_match, plan, rescore
from .records import Article, ArticleInfo, Attribution, Sentence, Side
from .text import normalize_ws

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
# Rows one lexical query ranks at most: its rarest phrases are matched up to this many rows,
# the others only rescore the best of them (lexical.plan). A query within it is ranked whole.
LEXICAL_BUDGET = 2000
# Rows FTS5 ranks before the scope's articles are checked and the phrases left out rescore
# them, per row wanted.
_SCOPE_MARGIN = 2

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    guild_id INTEGER,
    title TEXT NOT NULL,
    outlet TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    published TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    license TEXT NOT NULL DEFAULT '',
    source_id TEXT NOT NULL DEFAULT '',
    text_hash TEXT NOT NULL,
    text TEXT NOT NULL,
    added_at TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS articles_text ON articles (IFNULL(guild_id, 0), text_hash);
CREATE INDEX IF NOT EXISTS articles_url ON articles (url) WHERE url != '';
CREATE TABLE IF NOT EXISTS sentences (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    claimant TEXT NOT NULL DEFAULT '',
    side TEXT NOT NULL DEFAULT 'none',
    how TEXT NOT NULL DEFAULT 'none',
    embedding BLOB
);
CREATE INDEX IF NOT EXISTS sentences_article ON sentences (article_id, position);
CREATE VIRTUAL TABLE IF NOT EXISTS sentences_fts USING fts5 (
    text, content='sentences', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS sentences_ai AFTER INSERT ON sentences BEGIN
    INSERT INTO sentences_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER IF NOT EXISTS sentences_ad AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts (sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TABLE IF NOT EXISTS corpus_files (path TEXT PRIMARY KEY, sha256 TEXT NOT NULL);
"""

_ARTICLE_COLUMNS = "a.id, a.title, a.outlet, a.url, a.published, a.language, a.author, a.guild_id"
# Each sentence `s` with the sentences `n` just before and after it in its article.
_NEIGHBOURS = ("sentences s JOIN sentences n"
               " ON n.article_id = s.article_id AND n.position IN (s.position - 1, s.position + 1)")


def text_hash(text: str) -> str:
    """Identity of an article's text: the same words with other spacing or case are the same."""
    return hashlib.sha256(normalize_ws(text).casefold().encode()).hexdigest()


def _info(row: Sequence, sentence_count: int = 0, added_at: str = "") -> ArticleInfo:
    return ArticleInfo(id=row[0], title=row[1], outlet=row[2], url=row[3], published=row[4],
                       language=row[5], author=row[6], guild_id=row[7],
                       sentence_count=sentence_count, added_at=added_at)


def _scope_sql(guild_id: int | None, own_only: bool) -> tuple[str, tuple]:
    """WHERE clause for the articles a guild sees (shared + its own), or only its own."""
    if own_only:
        return ("a.guild_id IS ?", (guild_id,))
    if guild_id is None:
        return ("a.guild_id IS NULL", ())
    return ("(a.guild_id IS NULL OR a.guild_id = ?)", (guild_id,))


class DuplicateText(Exception):
    """The same text is already stored in this scope, as `article_id`."""

    def __init__(self, article_id: str) -> None:
        super().__init__(article_id)
        self.article_id = article_id


@dataclass(frozen=True)
class SentenceRow:
    """A sentence with what a quote needs from its article."""

    sentence: Sentence
    article: ArticleInfo


class Store:
    """Async access to the SQLite file; open with `await Store.open(path)`."""

    def __init__(self, path: Path, writer: aiosqlite.Connection, reader: aiosqlite.Connection) -> None:
        self.path = path
        self._writer = writer
        self._reader = reader
        self._write_lock = asyncio.Lock()
        # The lexical index's document frequencies (lexical.plan), read once in the background
        # at open, then kept up to date by this store's writes; None while being read, and
        # `_terms_pending` collects the writes committed meanwhile.
        self._terms: TermFrequencies | None = None
        self._terms_pending: list[tuple[dict[str, tuple[int, int]], int, int]] | None = None
        self._terms_task: asyncio.Task | None = None

    @classmethod
    async def open(cls, path: Path) -> "Store":
        path.parent.mkdir(parents=True, exist_ok=True)
        writer = await cls._connect(path)
        await writer.executescript(_SCHEMA)
        await writer.execute(
            "INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
        )
        await writer.commit()
        reader = await cls._connect(path)
        store = cls(path, writer, reader)
        version = int(await store.get_meta("schema_version") or 0)
        if version != SCHEMA_VERSION:
            await store.close()
            raise RuntimeError(f"{path}: schema version {version}, this program knows {SCHEMA_VERSION}")
        store._terms_task = asyncio.create_task(store._read_terms())
        return store

    @staticmethod
    async def _connect(path: Path) -> aiosqlite.Connection:
        conn = await aiosqlite.connect(path, timeout=30)
        await conn.execute("PRAGMA journal_mode=WAL")
        await conn.execute("PRAGMA busy_timeout=30000")
        await conn.execute("PRAGMA foreign_keys=ON")
        await conn.execute("PRAGMA synchronous=NORMAL")
        return conn

    async def close(self) -> None:
        if self._terms_task is not None:
            await asyncio.gather(self._terms_task, return_exceptions=True)
        await self._reader.close()
        await self._writer.close()

    # -- meta ---------------------------------------------------------------------------

    async def get_meta(self, key: str) -> str | None:
        async with self._reader.execute("SELECT value FROM meta WHERE key = ?", (key,)) as cur:
            row = await cur.fetchone()
        return row[0] if row else None

    async def set_meta(self, key: str, value: str) -> None:
        async with self._write_lock:
            await self._writer.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))
            await self._writer.commit()

    # -- articles -------------------------------------------------------------------------

    async def find_duplicate(self, article: Article) -> tuple[ArticleInfo | None, bool]:
        """An article of the same scope with the same text or URL, and whether the text is the same.

        A same-text article is preferred: it makes the new one a duplicate, while a same-URL
        article with other text is one to update.
        """
        digest = text_hash(article.text)
        sql = (f"SELECT {_ARTICLE_COLUMNS}, a.text_hash = ? FROM articles a WHERE a.guild_id IS ? "
               "AND (a.text_hash = ? OR (a.url != '' AND a.url = ?)) ORDER BY 9 DESC LIMIT 1")
        async with self._reader.execute(sql, (digest, article.guild_id, digest, article.url)) as cur:
            row = await cur.fetchone()
        return (_info(row[:8]), bool(row[8])) if row else (None, False)

    async def _free_article_id(self, wanted: str) -> str:
        """`wanted`, or `wanted-2`, `wanted-3`… whichever is not taken (writer, inside a write)."""
        candidate, n = wanted, 1
        while True:
            async with self._writer.execute("SELECT 1 FROM articles WHERE id = ?", (candidate,)) as cur:
                if await cur.fetchone() is None:
                    return candidate
            n += 1
            candidate = f"{wanted}-{n}"

    async def add_article(self, wanted_id: str, article: Article, sentences: Sequence[str],
                          attributions: Sequence[Attribution], vectors: np.ndarray,
                          replace_id: str | None = None) -> tuple[str, list[int]]:
        """Insert an article with its sentences and vectors in one transaction.

        Returns the article's id (`replace_id`, else `wanted_id` or the first free variant of it)
        and its sentence ids. `replace_id` names an article deleted in the same transaction (an
        update of the same URL), so readers never see both or neither. The id and the duplicate
        check are decided inside the transaction, so two concurrent adds cannot both take one
        id or both store one text: the second raises DuplicateText.
        """
        added_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
        async with self._write_lock:
            try:
                await self._writer.execute("BEGIN IMMEDIATE")
                async with self._writer.execute(
                    "SELECT id FROM articles WHERE guild_id IS ? AND text_hash = ? AND id IS NOT ?",
                    (article.guild_id, text_hash(article.text), replace_id),
                ) as cur:
                    same_text = await cur.fetchone()
                if same_text:
                    raise DuplicateText(same_text[0])
                article_id = replace_id or await self._free_article_id(wanted_id)
                replaced: list[str] = []
                if replace_id:
                    replaced = await self._texts_of(replace_id)
                    await self._writer.execute("DELETE FROM articles WHERE id = ?", (replace_id,))
                await self._writer.execute(
                    "INSERT INTO articles (id, guild_id, title, outlet, author, url, published, language,"
                    " license, source_id, text_hash, text, added_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (article_id, article.guild_id, article.title, article.outlet, article.author,
                     article.url, article.published, article.language, article.license,
                     article.source_id, text_hash(article.text), article.text, added_at),
                )
                ids = await self._insert_sentences(article_id, sentences, attributions, vectors)
                await self._writer.commit()
            except BaseException:
                await self._writer.rollback()
                raise
            self._terms_changed(replaced, -1)
            self._terms_changed(list(sentences)[:len(ids)], +1)
        return article_id, ids

    async def remove_article(self, article_id: str) -> list[int]:
        """Delete an article and its sentences; the ids of the sentences removed."""
        async with self._write_lock:
            try:
                await self._writer.execute("BEGIN IMMEDIATE")
                rows = await self._delete_sentences_of(article_id)
                await self._writer.execute("DELETE FROM articles WHERE id = ?", (article_id,))
                await self._writer.commit()
            except BaseException:
                await self._writer.rollback()
                raise
            self._terms_changed([r[1] for r in rows], -1)
        return [r[0] for r in rows]

    async def replace_sentences(self, article_id: str, sentences: Sequence[str], attributions: Sequence[Attribution],
                                vectors: np.ndarray) -> tuple[list[int], list[int]]:
        """Put new sentences in place of an article's, in one transaction, the article itself
        untouched (an upgrade that splits it otherwise); (ids removed, ids added)."""
        async with self._write_lock:
            try:
                await self._writer.execute("BEGIN IMMEDIATE")
                old = await self._delete_sentences_of(article_id)
                ids = await self._insert_sentences(article_id, sentences, attributions, vectors)
                await self._writer.commit()
            except BaseException:
                await self._writer.rollback()
                raise
            self._terms_changed([r[1] for r in old], -1)
            self._terms_changed(list(sentences)[:len(ids)], +1)
        return [r[0] for r in old], ids

    async def _delete_sentences_of(self, article_id: str) -> list[tuple[int, str]]:
        """Delete an article's sentences (writer, inside a write); their (id, text)."""
        async with self._writer.execute("SELECT id, text FROM sentences WHERE article_id = ?", (article_id,)) as cur:
            rows = await cur.fetchall()
        await self._writer.execute("DELETE FROM sentences WHERE article_id = ?", (article_id,))
        return [(int(r[0]), r[1]) for r in rows]

    async def _insert_sentences(self, article_id: str, sentences: Sequence[str],
                                attributions: Sequence[Attribution], vectors: np.ndarray) -> list[int]:
        """Insert an article's sentences in order (writer, inside a write); their ids."""
        ids: list[int] = []
        for position, (text, attribution, vector) in enumerate(zip(sentences, attributions, vectors)):
            cur = await self._writer.execute(
                "INSERT INTO sentences (article_id, position, text, claimant, side, how, embedding)"
                " VALUES (?,?,?,?,?,?,?)",
                (article_id, position, text, attribution.claimant, attribution.side.value,
                 attribution.how, np.asarray(vector, dtype=np.float32).tobytes()),
            )
            ids.append(int(cur.lastrowid))
        return ids

    async def article_text(self, article_id: str) -> str:
        """The text an article was stored with, "" when there is none."""
        async with self._reader.execute("SELECT text FROM articles WHERE id = ?", (article_id,)) as cur:
            row = await cur.fetchone()
        return row[0] if row else ""

    async def _texts_of(self, article_id: str) -> list[str]:
        """The sentences of an article (writer, inside a write)."""
        async with self._writer.execute("SELECT text FROM sentences WHERE article_id = ?", (article_id,)) as cur:
            return [r[0] for r in await cur.fetchall()]

    async def sentence_ids_of(self, article_id: str) -> list[int]:
        async with self._reader.execute("SELECT id FROM sentences WHERE article_id = ?", (article_id,)) as cur:
            return [r[0] for r in await cur.fetchall()]

    async def get_article(self, article_id: str, latest: bool = False) -> ArticleInfo | None:
        """An article's metadata and sentence count.

        `latest` reads through the writing connection, to see a write just committed: the
        reading connection is shared by concurrent coroutines, and while one of them has a
        statement in progress the connection keeps the snapshot that statement started with.
        """
        sql = (f"SELECT {_ARTICLE_COLUMNS}, (SELECT COUNT(*) FROM sentences s WHERE s.article_id = a.id),"
               " a.added_at FROM articles a WHERE a.id = ?")
        if latest:
            async with self._write_lock, self._writer.execute(sql, (article_id,)) as cur:
                row = await cur.fetchone()
        else:
            async with self._reader.execute(sql, (article_id,)) as cur:
                row = await cur.fetchone()
        return _info(row, row[8], row[9]) if row else None

    async def article_sentences(self, article_id: str) -> list[Sentence]:
        sql = ("SELECT id, article_id, position, text, claimant, side, how FROM sentences"
               " WHERE article_id = ? ORDER BY position")
        async with self._reader.execute(sql, (article_id,)) as cur:
            return [_sentence(r) for r in await cur.fetchall()]

    async def list_articles(self, guild_id: int | None = None, own_only: bool = False,
                            limit: int = 50, offset: int = 0, title_like: str = "") -> list[ArticleInfo]:
        """Articles a scope sees, newest publication first."""
        where, params = _scope_sql(guild_id, own_only)
        if title_like:
            where += " AND a.title LIKE ? ESCAPE '\\'"
            escaped = title_like.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            params += (f"%{escaped}%",)
        sql = (f"SELECT {_ARTICLE_COLUMNS}, (SELECT COUNT(*) FROM sentences s WHERE s.article_id = a.id),"
               f" a.added_at FROM articles a WHERE {where} ORDER BY a.published DESC, a.added_at DESC"
               " LIMIT ? OFFSET ?")
        async with self._reader.execute(sql, params + (limit, offset)) as cur:
            return [_info(r, r[8], r[9]) for r in await cur.fetchall()]

    async def count_articles(self, guild_id: int | None = None, own_only: bool = False) -> int:
        where, params = _scope_sql(guild_id, own_only)
        async with self._reader.execute(f"SELECT COUNT(*) FROM articles a WHERE {where}", params) as cur:
            return (await cur.fetchone())[0]

    async def scope_summary(self, guild_id: int | None = None) -> dict:
        """Counts, languages and date range of the articles a scope sees."""
        where, params = _scope_sql(guild_id, own_only=False)
        async with self._reader.execute(
            f"SELECT COUNT(*), MIN(NULLIF(a.published, '')), MAX(NULLIF(a.published, '')) FROM articles a WHERE {where}",
            params,
        ) as cur:
            articles, oldest, newest = await cur.fetchone()
        async with self._reader.execute(
            f"SELECT COUNT(*) FROM sentences s JOIN articles a ON a.id = s.article_id WHERE {where}", params
        ) as cur:
            sentences = (await cur.fetchone())[0]
        async with self._reader.execute(
            f"SELECT a.language, COUNT(*) FROM articles a WHERE {where} GROUP BY a.language ORDER BY 2 DESC",
            params,
        ) as cur:
            languages = {lang or "?": n for lang, n in await cur.fetchall()}
        return {"articles": articles, "sentences": sentences, "languages": languages,
                "oldest": oldest or "", "newest": newest or ""}

    # -- sentences and vectors ------------------------------------------------------------

    async def sentences_by_ids(self, ids: Iterable[int], guild_id: int | None = None) -> dict[int, SentenceRow]:
        """Rows for the given sentence ids, limited to what the scope sees."""
        ids = list(ids)
        if not ids:
            return {}
        where, params = _scope_sql(guild_id, own_only=False)
        marks = ",".join("?" * len(ids))
        sql = (f"SELECT s.id, s.article_id, s.position, s.text, s.claimant, s.side, s.how, {_ARTICLE_COLUMNS}"
               f" FROM sentences s JOIN articles a ON a.id = s.article_id WHERE s.id IN ({marks}) AND {where}")
        async with self._reader.execute(sql, tuple(ids) + params) as cur:
            rows = await cur.fetchall()
        articles: dict[str, ArticleInfo] = {}
        for r in rows:
            if r[7] not in articles:
                articles[r[7]] = _info(r[7:])
        return {r[0]: SentenceRow(_sentence(r[:7]), articles[r[7]]) for r in rows}

    async def neighbour_texts(self, ids: Iterable[int]) -> dict[int, str]:
        """The sentences just before and after each given one in its article, joined: where a
        sentence's subject often is when it says "he" or "today" (`search.NEIGHBOUR_CREDIT`)."""
        ids = list(ids)
        if not ids:
            return {}
        sql = (f"SELECT s.id, group_concat(n.text, ' ') FROM {_NEIGHBOURS}"
               f" WHERE s.id IN ({','.join('?' * len(ids))}) GROUP BY s.id")
        async with self._reader.execute(sql, tuple(ids)) as cur:
            return dict(await cur.fetchall())

    async def previous_texts(self, ids: Iterable[int]) -> dict[int, str]:
        """The sentence just before each given one in its article (`search.ANAPHOR_CREDIT`)."""
        ids = list(ids)
        if not ids:
            return {}
        sql = ("SELECT s.id, p.text FROM sentences s JOIN sentences p"
               " ON p.article_id = s.article_id AND p.position = s.position - 1"
               f" WHERE s.id IN ({','.join('?' * len(ids))})")
        async with self._reader.execute(sql, tuple(ids)) as cur:
            return dict(await cur.fetchall())

    async def neighbour_ids(self, ids: Iterable[int]) -> list[int]:
        """The ids of the sentences just before and after each given one in its article."""
        ids = list(ids)
        if not ids:
            return []
        sql = f"SELECT n.id FROM {_NEIGHBOURS} WHERE s.id IN ({','.join('?' * len(ids))})"
        async with self._reader.execute(sql, tuple(ids)) as cur:
            return [row[0] for row in await cur.fetchall()]

    async def sentences_published_on(self, days: Sequence[tuple[int | None, int, int]], guild_id: int | None,
                                     budget: int) -> tuple[np.ndarray, np.ndarray, list[str]]:
        """(ids, vectors, texts) of the sentences of the articles a scope sees that were published
        on one of `days` ((year or None for any year, month, day)); none when they are more than
        `budget`: a day that many articles were published on narrows nothing."""
        empty = np.zeros(0, dtype=np.int64), np.zeros((0, 0), dtype=np.float32), []
        if not days:
            return empty
        on = " OR ".join("(substr(a.published, 6, 5) = ?" + (" AND substr(a.published, 1, 4) = ?)" if year else ")")
                         for year, _, _ in days)
        params = tuple(p for year, month, day in days for p in (f"{month:02d}-{day:02d}", *([f"{year:04d}"] if year else [])))
        where, scope = _scope_sql(guild_id, own_only=False)
        # The day's articles first, then their sentences by the article index: a join scanned
        # every sentence (69 ms at 34.6k).
        sql = (f"FROM sentences s WHERE s.article_id IN (SELECT a.id FROM articles a WHERE ({on}) AND {where})"
               " AND s.embedding IS NOT NULL")
        async with self._reader.execute(f"SELECT COUNT(*) {sql}", params + scope) as cur:
            if not 0 < (await cur.fetchone())[0] <= budget:
                return empty
        async with self._reader.execute(f"SELECT s.id, s.embedding, s.text {sql} ORDER BY s.id", params + scope) as cur:
            rows = await cur.fetchall()
        return (np.array([r[0] for r in rows], dtype=np.int64),
                np.vstack([np.frombuffer(r[1], dtype=np.float32) for r in rows]), [r[2] for r in rows])

    async def lexical_search(self, query: str | Sequence[str], guild_id: int | None, limit: int,
                             budget: int = LEXICAL_BUDGET) -> list[tuple[int, float]]:
        """(sentence id, bm25) for an FTS5 query, best first (bm25 is lower-better).

        `query` is a MATCH expression, ranked whole, or search strings (lexical.fts_phrases:
        "word", or "prefix*" for a prefix) matched with any of them: its rarest phrases up to
        `budget` rows, the best of which the others rescore (lexical.plan), so that its cost
        stays bounded however large the library and however common the question's words.
        """
        left, terms = [], None
        if isinstance(query, str):
            match = query
        else:
            terms = await self._term_frequencies()
            if terms is None:
                match = fts_match(list(query))
            else:
                phrases, left = plan(query, terms, budget)
                match = fts_match(phrases)
        if not match:
            return []
        where, params = _scope_sql(guild_id, own_only=False)
        # Ranked in FTS5 alone first: joining every matching row to its article to check the
        # scope costs more than ranking it. The scope is checked on the best rows only, and on
        # all of them when the first ones leave too few.
        ranked = ("SELECT rowid AS id, bm25(sentences_fts) AS rank FROM sentences_fts"
                  " WHERE sentences_fts MATCH ? ORDER BY rank LIMIT ?")
        scoped = (f"SELECT c.id, c.rank, a.id IS NOT NULL AND {where}, s.text FROM ({ranked}) c"
                  " LEFT JOIN sentences s ON s.id = c.id LEFT JOIN articles a ON a.id = s.article_id ORDER BY c.rank")
        pool = _SCOPE_MARGIN * limit
        try:
            for ranks in (pool, -1):
                async with self._reader.execute(scoped, params + (match, ranks)) as cur:
                    rows = await cur.fetchall()
                seen = [(r[0], r[1], r[3]) for r in rows if r[2]]
                if len(seen) >= limit or len(rows) < ranks:
                    break
        except sqlite3.OperationalError:
            # The expression is built from escaped terms; a failure here means a term the
            # tokenizer cannot take, and a question without lexical candidates still has dense ones.
            return []
        return rescore(seen[:pool], left, terms.mean_length if terms else 0.0)[:limit]

    async def _term_frequencies(self) -> TermFrequencies | None:
        """The lexical index's document frequencies, once read; None if they could not be."""
        if self._terms is None and self._terms_task is not None:
            await asyncio.shield(self._terms_task)
        return self._terms

    async def _read_terms(self) -> None:
        """Read every term's document frequency from the lexical index, on a connection of its
        own in a worker thread (~0.2 s at 100k sentences, 1.3 s at 1M)."""
        conn = None
        try:
            conn = await asyncio.to_thread(_vocabulary_connection, self.path)
            async with self._write_lock:
                # The snapshot is taken between writes: later ones are applied to what it reads.
                await asyncio.to_thread(_begin_snapshot, conn)
                self._terms_pending = []
            terms = await asyncio.to_thread(_read_vocabulary, conn)
            for counts, sign, rows in self._terms_pending:
                terms.update(counts, sign, rows)
            self._terms = terms
        except Exception as err:  # noqa: BLE001 - without them, questions match every word as before
            log.warning("lexical index statistics unavailable (%s): questions match every word", err)
        finally:
            self._terms_pending = None
            if conn is not None:
                conn.close()

    def _terms_changed(self, texts: list[str], sign: int) -> None:
        """Count committed sentences in (+1) or out (-1) of the document frequencies."""
        if not texts or (self._terms is None and self._terms_pending is None):
            return  # nothing to change, or not read yet: the read will see this write
        change = (fts_document_counts(texts), sign, len(texts))
        if self._terms is not None:
            self._terms.update(*change)
        else:
            self._terms_pending.append(change)

    async def count_sentences(self) -> int:
        async with self._reader.execute("SELECT COUNT(*) FROM sentences") as cur:
            return (await cur.fetchone())[0]

    async def all_sentence_ids(self) -> np.ndarray:
        async with self._reader.execute("SELECT id FROM sentences ORDER BY id") as cur:
            return np.array([r[0] for r in await cur.fetchall()], dtype=np.int64)

    async def iter_sentence_texts(self, batch: int = 2048):
        """(ids, titles, texts) batches of every sentence with its article's title, for re-encoding."""
        last = -1
        while True:
            async with self._reader.execute(
                "SELECT s.id, a.title, s.text FROM sentences s JOIN articles a ON a.id = s.article_id"
                " WHERE s.id > ? ORDER BY s.id LIMIT ?", (last, batch)
            ) as cur:
                rows = await cur.fetchall()
            if not rows:
                return
            last = rows[-1][0]
            yield [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]

    async def iter_article_sentences(self):
        """(article, sentence ids, texts) of every article, sentences in order, for re-attribution."""
        async with self._reader.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles a ORDER BY a.id") as cur:
            articles = [_info(row) for row in await cur.fetchall()]
        for article in articles:
            async with self._reader.execute(
                "SELECT id, text FROM sentences WHERE article_id = ? ORDER BY position", (article.id,)
            ) as cur:
                rows = await cur.fetchall()
            yield article, [r[0] for r in rows], [r[1] for r in rows]

    async def set_attributions(self, ids: Sequence[int], attributions: Sequence[Attribution]) -> None:
        async with self._write_lock:
            await self._writer.executemany(
                "UPDATE sentences SET claimant = ?, side = ?, how = ? WHERE id = ?",
                [(a.claimant, a.side.value, a.how, int(i)) for i, a in zip(ids, attributions)],
            )
            await self._writer.commit()

    async def vectors(self, ids: Sequence[int] | None = None, dim: int = 0) -> tuple[np.ndarray, np.ndarray]:
        """(ids, vectors) stored for the given sentence ids, or for all when None."""
        if ids is None:
            sql, params = "SELECT id, embedding FROM sentences WHERE embedding IS NOT NULL ORDER BY id", ()
        else:
            if not len(ids):
                return np.zeros(0, dtype=np.int64), np.zeros((0, dim), dtype=np.float32)
            sql = f"SELECT id, embedding FROM sentences WHERE id IN ({','.join('?' * len(ids))}) ORDER BY id"
            params = tuple(int(i) for i in ids)
        async with self._reader.execute(sql, params) as cur:
            rows = await cur.fetchall()
        if not rows:
            return np.zeros(0, dtype=np.int64), np.zeros((0, dim), dtype=np.float32)
        out_ids = np.array([r[0] for r in rows], dtype=np.int64)
        vecs = np.vstack([np.frombuffer(r[1], dtype=np.float32) for r in rows])
        return out_ids, vecs

    async def set_vectors(self, ids: Sequence[int], vectors: np.ndarray) -> None:
        async with self._write_lock:
            await self._writer.executemany(
                "UPDATE sentences SET embedding = ? WHERE id = ?",
                [(np.asarray(v, dtype=np.float32).tobytes(), int(i)) for i, v in zip(ids, vectors)],
            )
            await self._writer.commit()

    # -- corpus/ bookkeeping ----------------------------------------------------------------

    async def corpus_hashes(self) -> dict[str, str]:
        async with self._reader.execute("SELECT path, sha256 FROM corpus_files") as cur:
            return dict(await cur.fetchall())

    async def set_corpus_hash(self, path: str, sha256: str) -> None:
        async with self._write_lock:
            await self._writer.execute("INSERT OR REPLACE INTO corpus_files (path, sha256) VALUES (?, ?)", (path, sha256))
            await self._writer.commit()


class TermFrequencies:
    """Rows of the lexical index containing each FTS5 token (lexical.DocumentFrequency)."""

    def __init__(self, counts: dict[str, tuple[int, int]], rows: int) -> None:
        self._docs = {term: docs for term, (docs, _) in counts.items()}
        self._sorted = sorted(self._docs)
        self._tokens = sum(count for _, count in counts.values())
        self.rows = rows

    @property
    def mean_length(self) -> float:
        return self._tokens / self.rows if self.rows else 0.0

    def docs(self, token: str, prefix: bool) -> int:
        """Rows containing `token`, or (`prefix`) the sum over the tokens it begins (an upper bound)."""
        if not prefix:
            return self._docs.get(token, 0)
        start = bisect_left(self._sorted, token)
        end = bisect_left(self._sorted, _after_prefix(token), start)
        return sum(self._docs[t] for t in self._sorted[start:end])

    def update(self, counts: dict[str, tuple[int, int]], sign: int, rows: int) -> None:
        """Add (`sign` +1) or take away (-1) rows whose tokens are `counts` (fts_document_counts)."""
        for term, (docs, count) in counts.items():
            now = self._docs.get(term, 0) + sign * docs
            if now > 0:
                if term not in self._docs:
                    insort(self._sorted, term)
                self._docs[term] = now
            elif term in self._docs:
                del self._docs[term]
                del self._sorted[bisect_left(self._sorted, term)]
            self._tokens += sign * count
        self.rows = max(0, self.rows + sign * rows)


def _vocabulary_connection(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=30, check_same_thread=False)
    conn.execute("CREATE VIRTUAL TABLE temp.sentences_terms USING fts5vocab (main, 'sentences_fts', 'row')")
    return conn


def _begin_snapshot(conn: sqlite3.Connection) -> None:
    conn.execute("BEGIN")
    conn.execute("SELECT 1 FROM meta LIMIT 1").fetchall()


def _read_vocabulary(conn: sqlite3.Connection) -> TermFrequencies:
    rows = conn.execute("SELECT COUNT(*) FROM sentences").fetchone()[0]
    counts = {term: (docs, count) for term, docs, count in conn.execute("SELECT term, doc, cnt FROM temp.sentences_terms")}
    conn.rollback()
    return TermFrequencies(counts, rows)


def _after_prefix(prefix: str) -> str:
    """The least string greater than every string starting with `prefix`."""
    last = ord(prefix[-1]) + 1
    if 0xD800 <= last <= 0xDFFF:
        last = 0xE000
    return prefix[:-1] + chr(last) if last <= 0x10FFFF else _after_prefix(prefix[:-1]) if prefix[:-1] else "\U0010ffff"


def _sentence(row: Sequence) -> Sentence:
    side = Side(row[5]) if row[5] in Side._value2member_map_ else Side.NONE
    return Sentence(id=row[0], article_id=row[1], position=row[2], text=row[3],
                    attribution=Attribution(claimant=row[4], side=side, how=row[6]))
