"""SIGKILL during `conflictbot ingest`, at seeded random moments, then restart and verify.

Each trial ingests the same 20 small articles into a fresh data folder with the real CLI in a
subprocess, kills it with SIGKILL at a random moment (from model load to the end of the ingest),
and then checks the library the way a restart sees it:

- the index file is absent or loadable (never torn);
- opening the engine catches the index up and `check` is then clean (store ids == index ids);
- every article whose "Added …" line reached stdout before the kill is stored with all its
  sentences, and no stored article has fewer (or more) sentences than a clean ingest gives it;
- in the last trial, re-running the ingest completes the library (the stored articles come back
  as duplicates, the rest are added, the result equals a clean ingest) and a question is answered.

The number of trials is CRASH_TRIALS (default 5, ~1 minute); the full run is
`CRASH_TRIALS=20 .venv/bin/python -m pytest tests/test_crash.py -q -s` (docs/reliability.md).
"""

from __future__ import annotations

import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from retrieval.config import Settings
from retrieval.engine import INDEX_FILE, STORE_FILE, Engine
from retrieval.index import VectorIndex

TRIALS = int(os.environ.get("CRASH_TRIALS") or 5)
SEED = int(os.environ.get("CRASH_SEED") or 20260)
ARTICLES = 20
ADDED = re.compile(r"^Added '(?P<title>.*)' \((?P<id>[^,]+), .*?(?P<n>\d+) sentences\)$")

PLACES = ["Kharkiv", "Kherson", "Sumy", "Odesa", "Dnipro", "Mykolaiv", "Pokrovsk", "Kupiansk", "Lyman", "Izium"]


def _article(i: int) -> str:
    place = PLACES[i % len(PLACES)]
    return (
        f"---\ntitle: Report {i} from {place}\noutlet: Test Wire\npublished: 2025-01-{1 + i % 28:02d}\n---\n"
        f"The regional governor of {place} said on day {i} that {i + 3} drones were shot down overnight. "
        f"A power line near the village number {i} was damaged, according to the local energy company. "
        f"Repair crews restored electricity to {100 + i} homes by the evening, the governor added."
        + (f" The army said that {i * 2} shells hit the outskirts of {place} on the same day." if i % 2 else "")
        + "\n"
    )


def _env(data_dir: Path, corpus_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISCORD_TOKEN", "EMBEDDING_MODEL")}
    env.update(CONFLICTBOT_DATA_DIR=str(data_dir), CONFLICTBOT_CORPUS_DIR=str(corpus_dir), PYTHONUNBUFFERED="1")
    return env


class Ingest:
    """`conflictbot ingest` in a subprocess, its stdout lines read (with arrival times) as they come."""

    def __init__(self, data_dir: Path, corpus_dir: Path, articles: Path) -> None:
        data_dir.parent.mkdir(parents=True, exist_ok=True)
        self.started = time.monotonic()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "retrieval.cli", "ingest", str(articles)], stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, text=True, env=_env(data_dir, corpus_dir), cwd=data_dir.parent,
        )
        self.lines: list[tuple[float, str]] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append((time.monotonic() - self.started, line.rstrip("\n")))

    def kill_after(self, seconds: float) -> bool:
        """SIGKILL at `seconds` after start; False when the process had already exited."""
        try:
            self.proc.wait(timeout=max(0.0, seconds - (time.monotonic() - self.started)))
            exited = True
        except subprocess.TimeoutExpired:
            self.proc.send_signal(signal.SIGKILL)
            exited = False
        self.proc.wait(timeout=60)
        self._reader.join(timeout=10)
        return not exited

    def finish(self) -> int:
        code = self.proc.wait(timeout=300)
        self._reader.join(timeout=10)
        return code

    def added(self) -> dict[str, int]:
        """Article id -> sentence count for each "Added …" line that reached stdout."""
        return {m["id"]: int(m["n"]) for _, line in self.lines if (m := ADDED.match(line))}


def _stored_counts(data_dir: Path) -> dict[str, int]:
    """Sentences stored per article. A kill between SQLite creating the file and the schema's
    first commit leaves a file without tables: nothing is stored yet, and the next open creates
    them (`_verify` then opens and checks it as after any other kill)."""
    with sqlite3.connect(data_dir / STORE_FILE) as db:
        if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'articles'").fetchone() is None:
            return {}
        rows = db.execute("SELECT a.id, (SELECT COUNT(*) FROM sentences s WHERE s.article_id = a.id)"
                          " FROM articles a").fetchall()
        unembedded = db.execute("SELECT COUNT(*) FROM sentences WHERE embedding IS NULL").fetchone()[0]
    assert unembedded == 0, "a stored sentence has no vector"
    return dict(rows)


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("crash")
    articles, corpus = root / "articles", root / "empty-corpus"
    articles.mkdir()
    corpus.mkdir()
    for i in range(ARTICLES):
        (articles / f"report-{i:02d}.md").write_text(_article(i), encoding="utf-8")
    reference = Ingest(root / "reference" / "data", corpus, articles)
    assert reference.finish() == 0
    clean = reference.added()
    assert len(clean) == ARTICLES, reference.lines
    added_times = [t for t, line in reference.lines if ADDED.match(line)]
    return {"root": root, "articles": articles, "corpus": corpus, "clean": clean,
            "first": added_times[0], "last": added_times[-1], "total": time.monotonic() - reference.started}


async def _verify(data_dir: Path, corpus: Path, articles: Path, reported: dict[str, int],
                  clean: dict[str, int], resume: bool) -> tuple[int, list[str]]:
    """The checks of a restart; returns (articles stored after the crash, what open repaired)."""
    index_path = data_dir / INDEX_FILE
    if index_path.exists():
        VectorIndex.load(index_path)  # raises when torn
    if not (data_dir / STORE_FILE).exists():
        assert not reported
        return 0, []
    stored = _stored_counts(data_dir)
    for article_id, n in reported.items():
        assert stored.get(article_id) == n, f"{article_id} reported with {n} sentences, stored {stored.get(article_id)}"
    for article_id, n in stored.items():
        assert n == clean[article_id], f"{article_id} half-stored: {n} of {clean[article_id]} sentences"

    settings = Settings(data_dir=data_dir, corpus_dir=corpus)
    engine = await Engine.open(settings)
    try:
        report = await engine.check()
        assert report.clean, report
        assert np.array_equal(np.sort(engine.index.ids()), await engine.store.all_sentence_ids())
        repaired = report.repaired
        if not resume:
            return len(stored), repaired
        # Restarting the interrupted ingest completes the library, reported articles untouched.
        results = await engine.ingest_path(articles)
        statuses = {r.article.id: r.status for r in results}
        assert all(statuses[a] == "duplicate" for a in stored), statuses
        assert sum(s == "added" for s in statuses.values()) == ARTICLES - len(stored)
        assert (await engine.check()).clean
        answer = await engine.ask("How many homes did repair crews restore electricity to?")
        assert answer.answered and any("homes by the evening" in q.text for q in answer.quotes), answer
        assert {q.article.id for q in answer.quotes} <= set(clean)
    finally:
        await engine.close()
    assert _stored_counts(data_dir) == clean
    VectorIndex.load(index_path)
    return len(stored), repaired


async def test_sigkill_during_ingest_loses_and_corrupts_nothing(setup: dict) -> None:
    rng = random.Random(SEED)
    clean, summary = setup["clean"], []
    for trial in range(TRIALS):
        # From half-way through model load to the end of the reference ingest: some kills land
        # before anything is stored, most between or inside article transactions and index saves.
        delay = rng.uniform(setup["first"] * 0.5, min(setup["total"], setup["last"] + 1.0))
        data_dir = setup["root"] / f"trial-{trial:02d}" / "data"
        run = Ingest(data_dir, setup["corpus"], setup["articles"])
        killed = run.kill_after(delay)
        reported = run.added()
        stored, _ = await _verify(data_dir, setup["corpus"], setup["articles"], reported, clean,
                                  resume=trial == TRIALS - 1)
        summary.append((delay, killed, len(reported), stored))
        tmp_left = sorted(p.name for p in data_dir.glob(f"{INDEX_FILE}.*.tmp"))
        print(f"\ntrial {trial:2d}: kill at {delay:5.2f}s ({'killed' if killed else 'had exited'}), "
              f"{len(reported):2d} reported, {stored:2d} stored after crash"
              + (f", stale temp files {tmp_left}" if tmp_left else ""))
    print(f"\n{TRIALS} trials (seed {SEED}): reference ingest {setup['total']:.1f}s, first article at "
          f"{setup['first']:.1f}s; {sum(k for _, k, _, _ in summary)} killed mid-run, "
          f"{sum(1 for _, k, r, _ in summary if k and 0 < r < ARTICLES)} with the library part-written")
