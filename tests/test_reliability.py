"""Concurrent use of one Engine, hostile input and secrets (issue 6; docs/reliability.md).

The bot-level counterparts live in tests/test_bot_*: mention/markdown inertness in replies
(test_bot_articles.py::test_everyone_in_an_article_stays_inert), loop lag while the bot embeds
(test_bot_articles.py::test_attachment_and_loop_lag_while_embedding) and the rejected token kept
out of the error message (test_bot_ask.py::test_rejected_token_is_one_line_without_the_token).
"""

from __future__ import annotations

import asyncio
import subprocess
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from fakediscord import BLOCKED_MS, LoopLag

from retrieval.config import REPO_ROOT, Settings
from retrieval.engine import Engine, IngestResult
from retrieval.errors import BadInput
from retrieval.records import Article

PLACES = ["Kharkiv", "Kherson", "Sumy", "Odesa", "Dnipro", "Mykolaiv", "Pokrovsk", "Kupiansk", "Lyman", "Izium"]
QUESTIONS = [
    "How many drones were shot down over {place}?",
    "Which power line was damaged near {place}?",
    "How many homes got electricity back in {place}?",
    "What did the governor of {place} say?",
    "Who won the 2018 World Cup?",
]


def _small_article(i: int) -> Article:
    place = PLACES[i % len(PLACES)]
    return Article(
        title=f"Night report {i} from {place}", outlet="Test Wire", published=f"2025-02-{1 + i % 28:02d}",
        text=(f"The governor of {place} said on day {i} that {i + 3} drones were shot down overnight. "
              f"A power line near village number {i} was damaged. "
              f"Electricity came back to {200 + i} homes by the evening, the energy company said."),
    )


@pytest_asyncio.fixture
async def engine(tmp_path: Path) -> AsyncIterator[Engine]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    engine = await Engine.open(Settings(data_dir=tmp_path / "data", corpus_dir=corpus))
    yield engine
    await engine.close()


async def test_50_questions_while_100_articles_are_added(engine: Engine) -> None:
    articles = [_small_article(i) for i in range(100)]
    questions = [QUESTIONS[i % len(QUESTIONS)].format(place=PLACES[i % len(PLACES)]) for i in range(50)]
    async with LoopLag() as lag:
        outcomes = await asyncio.gather(
            *(engine.add_article(a) for a in articles), *(engine.ask(q) for q in questions),
            return_exceptions=True,
        )
    added, answers = outcomes[:100], outcomes[100:]
    failures = [o for o in outcomes if isinstance(o, BaseException)]
    assert not failures, failures[:3]  # no "database is locked", no index race
    assert all(isinstance(r, IngestResult) and r.status == "added" and r.sentences == 3 for r in added)
    assert [a.question for a in answers] == questions
    print(f"\n50 questions during 100 article adds: worst event-loop lag {lag.worst_ms:.1f} ms "
          f"({lag.samples} samples)")
    assert lag.worst_ms < BLOCKED_MS

    stored = await engine.list_articles(limit=200)
    assert len(stored) == 100 and all(info.sentence_count == 3 for info in stored)
    report = await engine.check()
    assert report.clean and report.store_sentences == report.index_vectors == 300
    answer = await engine.ask("How many drones were shot down over Izium on day 99?")
    assert answer.answered and any("102 drones" in q.text for q in answer.quotes)


async def test_a_10000_character_question_is_refused_with_the_limit(engine: Engine) -> None:
    with pytest.raises(BadInput, match=r"too long \(10000 characters; the limit is 500\)"):
        await engine.ask(("why " * 2500)[:-1] + "?")


async def test_mention_and_markdown_injection_is_stored_verbatim_and_answerable(engine: Engine) -> None:
    title = "@everyone **BREAKING** <@&123456789012345678> [click](https://evil.example) `x` ||spoiler||"
    hostile = ("Residents of Kupiansk were told by @everyone and <@123456789012345678> to ignore "
               "**all** warnings about the [ferry](https://evil.example/) crossing on the Oskil river.")
    text = hostile + " The ferry across the Oskil river was shelled on Sunday, the district police said."
    result = await engine.add_article(Article(title=title, text=text))
    info = await engine.get_article(result.article.id)
    assert info.title == title
    sentences = [s.text for s in await engine.store.article_sentences(info.id)]
    assert hostile in sentences
    answer = await engine.ask("What were Kupiansk residents told about the ferry crossing on the Oskil?")
    assert answer.answered
    quote = next(q for q in answer.quotes if q.article.id == info.id)
    assert quote.article.title == title
    assert any(q.text == hostile for q in answer.quotes), [q.text for q in answer.quotes]


def test_env_is_ignored_by_git() -> None:
    assert ".env" in (REPO_ROOT / ".gitignore").read_text().splitlines()
    checked = subprocess.run(["git", "check-ignore", "-q", ".env"], cwd=REPO_ROOT)
    assert checked.returncode == 0, "git does not ignore .env"
