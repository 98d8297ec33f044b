"""The engine end to end in-process: seed corpus, answers, abstention, articles, scopes, consistency."""

from __future__ import annotations

import asyncio
import dataclasses
import sqlite3
from collections.abc import AsyncIterator
from contextlib import closing
from pathlib import Path

import numpy as np
import pytest
import pytest_asyncio

from retrieval.config import BUNDLED_MODEL, REPO_ROOT, Settings
from retrieval.engine import Engine
from retrieval.errors import BadInput, IndexMismatch, UnknownArticle
from retrieval.records import Article, Side
from retrieval.search import calibration_for
from retrieval.store import Store

PRISONERS_EN = "How many prisoners does Ukraine claim to have captured in the Kursk region?"
PRISONERS_FR = "Combien de prisonniers l'Ukraine affirme-t-elle avoir faits dans la région de Koursk ?"
# The seed is French: asked in Ukrainian or Russian, the model's cross-language bias must not
# keep the answer below the threshold (search.language_offsets).
PRISONERS_UK = "Скільки полонених, за словами України, вона взяла в Курській області?"
PRISONERS_RU = "Сколько пленных, по заявлению Украины, взято в Курской области?"
# Typed in Latin letters, as on a keyboard without Cyrillic (retrieval/translit.py).
PRISONERS_RU_LATIN = "Skolko plennyh, po zayavleniyu Ukrainy, vzyato v Kurskoy oblasti?"
CONVOY = (
    "The Red Cross said on Tuesday that a convoy of 42 buses had reached Zaporizhzhia with evacuees "
    "from Mariupol. The organisation added that more convoys were planned for the coming week."
)


def _settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", corpus_dir=REPO_ROOT / "corpus")


@pytest_asyncio.fixture
async def engine(tmp_path: Path) -> AsyncIterator[Engine]:
    engine = await Engine.open(_settings(tmp_path))
    yield engine
    await engine.close()


@pytest.mark.parametrize("question", [PRISONERS_EN, PRISONERS_FR, PRISONERS_UK, PRISONERS_RU, PRISONERS_RU_LATIN],
                         ids=["en", "fr", "uk", "ru", "ru-latin"])
async def test_seed_answers_prisoner_question(engine: Engine, question: str) -> None:
    answer = await engine.ask(question)
    assert answer.answered
    first = answer.quotes[0]
    assert "909" in first.text
    assert first.side is Side.UKRAINE
    assert (first.article.outlet, first.article.published, first.article.language) == ("AFP", "2025-02-06", "fr")


async def test_a_question_typed_without_its_mark_with_emoji_or_courtesies_gets_the_same_answer(engine: Engine) -> None:
    typed = await engine.ask(PRISONERS_EN.removesuffix("?"))
    assert typed.answered and "909" in typed.quotes[0].text
    asked = await engine.ask(PRISONERS_EN)
    assert [(q.text, q.score) for q in typed.quotes] == [(q.text, q.score) for q in asked.quotes]
    with_emoji = await engine.ask(PRISONERS_EN.removesuffix("?") + " 🤔🇺🇦")
    assert [(q.text, q.score) for q in with_emoji.quotes] == [(q.text, q.score) for q in asked.quotes]
    # A greeting before it and thanks after it are said to the bot, not asked about the war.
    polite = await engine.ask(f"Hi bot, {PRISONERS_EN} Thanks!")
    assert [(q.text, q.score) for q in polite.quotes] == [(q.text, q.score) for q in asked.quotes]
    assert polite.question == f"Hi bot, {PRISONERS_EN} Thanks!"


@pytest.mark.parametrize("question", [
    "Who won the 2018 World Cup?",
    "Скільки танків Leopard Німеччина пообіцяла Україні?",
    "Сколько танков Leopard Германия пообещала Украине?",
], ids=["en", "uk", "ru"])
async def test_abstains_when_library_has_no_answer(engine: Engine, question: str) -> None:
    answer = await engine.ask(question)
    assert not answer.answered
    assert answer.closest_only == bool(answer.quotes)


async def test_a_when_question_is_not_answered_by_a_sentence_without_a_date(engine: Engine) -> None:
    """The sentence is about the very matter, close enough to pass the threshold, but says
    nothing of when: offered as the closest, not as an answer."""
    await engine.add_article(Article(
        title="Finland and NATO", outlet="Test Wire", published="2022-05-14",
        text="Finland's leadership has decided that the country will apply for NATO membership, the president said."))
    answer = await engine.ask("When did Finland decide to apply for NATO membership?")
    assert not answer.answered and answer.closest_only
    closest = answer.quotes[0]
    assert "Finland" in closest.text and not closest.holds_answer_type
    assert closest.support >= engine.calibration.answer_threshold
    answer = await engine.ask("What has Finland's leadership decided about NATO?")
    assert answer.answered and answer.quotes[0].holds_answer_type


async def test_a_question_for_the_latest_puts_the_newest_claims_first(engine: Engine) -> None:
    """"What's the latest on Bakhmut?" asks for the newest claims on Bakhmut: the words that ask
    it are no part of the matter (the sentence that says "latest" came first for them), and the
    best claims on it come newest first."""
    reports = [("2022-12-20", "The General Staff said that Russian assaults on Bakhmut were repelled near Klishchiivka."),
               ("2023-01-10", "The General Staff said that Russian assaults on Bakhmut continued near Soledar."),
               ("2023-01-20", "The General Staff said that fighting for Bakhmut went on near Blahodatne."),
               ("2023-01-25", "This is the latest step in a long Kremlin campaign to court pro-war bloggers.")]
    for published, text in reports:
        await engine.add_article(Article(title="Daily update", outlet="Test Wire", published=published, text=text))
    latest = await engine.ask("What's the latest on Bakhmut?")
    assert latest.answered
    bakhmut = [quote for quote in latest.quotes if "Bakhmut" in quote.text]
    assert [quote.article.published for quote in bakhmut] == ["2023-01-20", "2023-01-10", "2022-12-20"]
    assert latest.quotes[:3] == bakhmut
    assert not any("latest" in quote.text for quote in latest.quotes)
    assert latest.question == "What's the latest on Bakhmut?"


async def test_a_date_typed_in_figures_asks_for_that_day(engine: Engine) -> None:
    """"What happened in Kherson on 11.11.2022?": members type dates in figures, the reports
    write them in words and daily reports leave out the year their date gives. The day's
    report comes first, not one that shares the "11" of another date."""
    reports = [("2022-07-19", "The Kremlin will likely try to annex Kherson Oblast as early as September 11, 2022."),
               ("2022-11-11", "Ukrainian troops made major gains throughout Kherson Oblast on November 11."),
               ("2022-11-15", "Russian trenches near Kherson were observed on November 15, 2022.")]
    for published, text in reports:
        await engine.add_article(Article(title="Daily update", outlet="Test Wire", published=published, text=text))
    for question in ("What happened in Kherson on 11.11.2022?", "what happened in kherson on 11/11/2022",
                     "Що сталося на Херсонщині 11.11.2022?"):
        answer = await engine.ask(question)
        assert answer.quotes[0].article.published == "2022-11-11", question
        assert answer.question == question


async def test_reports_from_before_the_day_asked_about_do_not_answer(engine: Engine) -> None:
    """A library whose reports end in January 2023 cannot tell what happened in May 2023: its
    best match for "What happened in Bakhmut on 20.05.2023?" is a report of an earlier day,
    and the bot says it has no answer instead of quoting it."""
    reports = [("2023-01-10", "Russian forces continued assaults on Bakhmut on January 10."),
               ("2023-01-20", "Fighting for Bakhmut went on near Blahodatne on January 20.")]
    for published, text in reports:
        await engine.add_article(Article(title="Daily update", outlet="Test Wire", published=published, text=text))
    later = await engine.ask("What happened in Bakhmut on 20.05.2023?")
    assert not later.answered and later.held_back
    assert all(quote.article.published >= "2023-05-20" for quote in later.quotes)
    then = await engine.ask("What happened in Bakhmut on 20.01.2023?")
    assert then.answered and not then.held_back and then.quotes[0].article.published == "2023-01-20"


async def test_a_model_asked_about_by_its_designation_must_be_named(engine: Engine) -> None:
    """"When did Ukraine get its first F-16 fighter jets?" is answered by a sentence on other
    fighter jets only in its words (the ISW library answered it with two Il-76 planes). A
    designation is an identifier: the first quote must name it ("МС-21" as "MC-21", "С-300" as
    "S-300"), else the bot abstains."""
    await engine.add_article(Article(title="Daily update", outlet="Test Wire", published="2022-07-30", text=(
        "Ukraine got its first fighter jets from Poland, MiG-29s, in March. "
        "Russian forces launched five S-300 missiles at two Kharkiv City districts. "
        "The President inspected the cockpit of the MC-21 airliner.")))
    jets = await engine.ask("When did Ukraine get its first F-16 fighter jets?")
    assert not jets.answered and jets.held_back and jets.to_json()["held_back"]
    for question, named in (("How many S-300 missiles hit Kharkiv?", "S-300"),
                            ("Сколько С-300 выпустили по Харькову?", "S-300"),
                            ("Что Путин осматривал в кабине МС-21?", "MC-21")):
        answer = await engine.ask(question)
        assert answer.answered and named in answer.quotes[0].text, question


async def test_a_country_or_a_weapon_system_asked_about_must_be_named(engine: Engine) -> None:
    """"How many North Korean soldiers are fighting in the Kursk region?" was answered with the
    fighting in Kursk. A country other than the two at war that the question names must be named
    by the first quote or its title, in any language or spelling ("США", "United States"),
    else the bot abstains."""
    await engine.add_article(Article(title="Daily update", outlet="Test Wire", published="2024-11-30", text=(
        "Russian forces attacked Ukrainian positions in the Kursk region with 5,000 soldiers. "
        "The United States sent 40 HIMARS launchers to Ukraine.")))
    korea = await engine.ask("How many North Korean soldiers are fighting in the Kursk region?")
    assert not korea.answered and korea.held_back
    for question in ("How many soldiers are fighting in the Kursk region?", "Сколько HIMARS передали США?",
                     "Combien de HIMARS les États-Unis ont-ils envoyés ?"):
        answer = await engine.ask(question)
        assert answer.answered and not answer.held_back, question
    # The same for a weapon system by its name.
    leopard = await engine.ask("Скільки танків Leopard отримала Україна?")
    assert not leopard.answered and leopard.held_back
    answer = await engine.ask("How many HIMARS launchers were sent to Ukraine?")
    assert answer.answered and "HIMARS" in answer.quotes[0].text


async def test_a_country_may_be_named_by_the_sentences_around_the_quote(engine: Engine) -> None:
    """A speech names a country once and goes on: "zelensky brought up some poll of americans,
    what did it show??" was held back with "We saw the opinion of ordinary people in America…"'s
    neighbour "We saw the poll." first. The sentence before or after may name the country; a
    weapon system must still be named by the quote itself."""
    await engine.add_article(Article(title="Address", outlet="Test Wire", published="2022-03-05", text=(
        "Yesterday I spoke with the Prime Minister of Poland. "
        "He promised two hundred more trucks of aid for Kharkiv next week. "
        "Our army showed its HIMARS launchers on parade. "
        "The new howitzers each fire four shells a minute.")))
    trucks = await engine.ask("How many trucks of aid did Poland promise for Kharkiv?")
    assert trucks.answered and not trucks.held_back and "trucks" in trucks.quotes[0].text
    shells = await engine.ask("How many shells a minute do the HIMARS fire?")
    assert shells.held_back == ("HIMARS" not in shells.quotes[0].text)


async def test_a_first_quote_that_meets_none_of_the_question_s_words_does_not_answer(engine: Engine) -> None:
    """"когда россия отбила суджу обратно" (when did Russia take Sudzha back) was answered with
    "This became patently clear after the dissolution of the Soviet Union in 1991.", close to it
    in the encoder's eyes and about something else: the bot abstains when its first quote meets
    none of the question's words, in any language."""
    await engine.add_article(Article(title="Speech", outlet="Test Wire", published="2022-02-21", text=(
        "This became patently clear after the dissolution of the Soviet Union in 1991.")))
    sudzha = await engine.ask("когда россия отбила суджу обратно")
    assert not sudzha.answered and sudzha.held_back and sudzha.quotes
    await engine.add_article(Article(title="Daily update", outlet="Test Wire", published="2025-03-13", text=(
        "Russian forces recaptured Sudzha on March 12, 2025.")))
    sudzha = await engine.ask("когда россия отбила суджу обратно")
    assert "Sudzha" in sudzha.quotes[0].text and not sudzha.held_back


@pytest.mark.parametrize("question", ["", "   \u200b ", "x" * 501, "🤔❓", "???",
                                      "hello", "hi bot, how are you?", "thanks a lot!", "merci beaucoup", "Дякую!",
                                      "Спасибо большое"])
async def test_bad_questions_are_refused(engine: Engine, question: str) -> None:
    with pytest.raises(BadInput):
        await engine.ask(question)


async def test_add_duplicate_update_remove(engine: Engine) -> None:
    article = Article(title="Convoy reaches Zaporizhzhia", text=CONVOY, outlet="Test Wire",
                      published="2022-04-05", url="https://example.org/convoy")
    added = await engine.add_article(article)
    assert (added.status, added.sentences, added.article.language) == ("added", 2, "en")
    again = await engine.add_article(dataclasses.replace(article, url=""))
    assert again.status == "duplicate" and again.article.id == added.article.id

    answer = await engine.ask("How many buses reached Zaporizhzhia, according to the Red Cross?")
    assert answer.answered and "42 buses" in answer.quotes[0].text

    updated = await engine.add_article(dataclasses.replace(article, text=CONVOY.replace("42", "45")))
    assert updated.status == "updated" and updated.article.id == added.article.id
    answer = await engine.ask("How many buses reached Zaporizhzhia, according to the Red Cross?")
    assert "45 buses" in answer.quotes[0].text
    assert all("42 buses" not in q.text for q in answer.quotes)

    await engine.remove_article(added.article.id, shared_allowed=True)
    answer = await engine.ask("How many buses reached Zaporizhzhia, according to the Red Cross?")
    assert all("buses" not in q.text for q in answer.quotes)
    assert (await engine.check()).clean
    with pytest.raises(UnknownArticle):
        await engine.remove_article(added.article.id, shared_allowed=True)


async def test_guild_libraries_are_apart(engine: Engine) -> None:
    article = Article(title="Convoy", text=CONVOY, outlet="Test Wire", guild_id=111)
    result = await engine.add_article(article)
    question = "How many buses reached Zaporizhzhia?"
    assert "42 buses" in (await engine.ask(question, guild_id=111)).quotes[0].text
    for other in (222, None):
        answer = await engine.ask(question, guild_id=other)
        assert all("buses" not in q.text for q in answer.quotes)
    with pytest.raises(UnknownArticle):
        await engine.remove_article(result.article.id, guild_id=222)
    assert [a.id for a in await engine.list_articles(111, own_only=True)] == [result.article.id]
    assert "909" in (await engine.ask(PRISONERS_EN, guild_id=111)).quotes[0].text, "guilds see the shared library"


async def test_empty_article_changes_nothing(engine: Engine) -> None:
    before = await engine.stats()
    with pytest.raises(BadInput):
        await engine.add_article(Article(title="Nothing", text="   \n\n  "))
    after = await engine.stats()
    assert (after.articles, after.sentences, after.index_vectors) == (before.articles, before.sentences, before.index_vectors)


async def test_index_rebuilt_from_store_when_lost(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    engine = await Engine.open(settings)
    count = len(engine.index)
    await engine.close()
    (settings.data_dir / "index.faiss").unlink()
    engine = await Engine.open(settings)
    try:
        assert len(engine.index) == count > 0
        assert (await engine.check()).clean
    finally:
        await engine.close()


async def test_check_reports_and_repairs_drift(engine: Engine) -> None:
    ids = engine.index.ids()
    engine.index.remove(ids[:3])
    engine.index.add(np.array([10_000_000]), np.ones((1, engine.index.meta.dimension), dtype=np.float32))
    report = await engine.check()
    assert (report.missing_from_index, report.extra_in_index, report.clean) == (3, 1, False)
    repaired = await engine.check(repair=True)
    assert repaired.repaired and (await engine.check()).clean


async def _library_recorded_as(tmp_path: Path, key: str, value: str) -> Settings:
    """A library built with the current model whose store then records `key` as `value`."""
    settings = _settings(tmp_path)
    await (await Engine.open(settings)).close()
    store = await Store.open(settings.data_dir / "library.sqlite3")
    await store.set_meta(key, value)
    await store.close()
    return settings


async def test_model_change_without_reindex_is_refused(tmp_path: Path) -> None:
    settings = await _library_recorded_as(tmp_path, "embedding_model", "someone/other-model")
    with pytest.raises(IndexMismatch, match="conflictbot reindex"):
        await Engine.open(settings)


async def test_switching_to_the_bundled_english_model_takes_a_reindex(tmp_path: Path) -> None:
    """The other bundled model (MiniLM, English only) serves once the library is re-embedded."""
    await (await Engine.open(_settings(tmp_path))).close()
    minilm = dataclasses.replace(_settings(tmp_path), embedding_model=BUNDLED_MODEL)
    with pytest.raises(IndexMismatch):
        await Engine.open(minilm)
    engine = await Engine.open(minilm, for_reindex=True)
    try:
        assert await engine.reindex() > 0
        assert engine.calibration == calibration_for(BUNDLED_MODEL)
        answer = await engine.ask(PRISONERS_FR)
        assert answer.answered and "909" in answer.quotes[0].text
        assert answer.quotes[0].side is Side.UKRAINE
    finally:
        await engine.close()
    reopened = await Engine.open(minilm)
    assert reopened.index.meta.model == BUNDLED_MODEL
    await reopened.close()


async def test_vectors_of_another_text_recipe_take_a_reindex(tmp_path: Path) -> None:
    """A library whose vectors were made from sentences alone (before titles were embedded
    with them) is refused, and `check` reports it, until a reindex remakes them."""
    settings = await _library_recorded_as(tmp_path, "embedded_text", "sentence")
    with pytest.raises(IndexMismatch, match="conflictbot reindex"):
        await Engine.open(settings)
    engine = await Engine.open(settings, repair=False, for_reindex=True)
    try:
        assert not (await engine.check()).model_ok
        await engine.reindex()
        assert (await engine.check()).clean
    finally:
        await engine.close()
    await (await Engine.open(settings)).close()


async def test_attributions_made_by_older_rules_are_redone(tmp_path: Path) -> None:
    """Attributions are stored at ingestion; after an upgrade of the rules, a library keeps
    the old mistakes until it is re-attributed: `check` says so, opening the library (or
    `check --repair`) redoes them."""
    settings = await _library_recorded_as(tmp_path, "attribution_rules", "older rules")
    with closing(sqlite3.connect(settings.data_dir / "library.sqlite3")) as conn, conn:
        conn.execute("UPDATE sentences SET claimant = 'Eastern Ukraine', side = 'russia', how = 'context'")
    engine = await Engine.open(settings, repair=False)
    try:
        assert (await engine.check()).stale_attributions
        assert not (await engine.check()).clean
    finally:
        await engine.close()
    engine = await Engine.open(settings)
    try:
        assert (await engine.check()).clean
        first = (await engine.ask(PRISONERS_EN)).quotes[0]
        assert "909" in first.text and first.side is Side.UKRAINE and first.claimant != "Eastern Ukraine"
    finally:
        await engine.close()


async def test_sentences_cut_by_older_rules_are_split_again(tmp_path: Path) -> None:
    """Sentences are stored at ingestion; after an upgrade of the splitting rules (a mistyped
    quotation mark that had joined two sentences), `check` says which articles the rules now
    cut otherwise, and opening the library (or `check --repair`) stores their new sentences,
    attributed, encoded and indexed, in place of the old."""
    settings = await _library_recorded_as(tmp_path, "splitting_rules", "older rules")
    with closing(sqlite3.connect(settings.data_dir / "library.sqlite3")) as conn, conn:
        (article_id,) = conn.execute("SELECT id FROM articles").fetchone()
        rows = conn.execute("SELECT id, text FROM sentences WHERE article_id = ? ORDER BY position",
                            (article_id,)).fetchall()
        expected = [text for _, text in rows]
        (first, one), (second, two) = rows[1], rows[2]
        joined = conn.execute("SELECT article_id, position, claimant, side, how, embedding FROM sentences"
                              " WHERE id = ?", (first,)).fetchone()
        conn.execute("DELETE FROM sentences WHERE id IN (?, ?)", (first, second))
        conn.execute("INSERT INTO sentences (id, article_id, position, text, claimant, side, how, embedding)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (first, joined[0], joined[1], f"{one} {two}", *joined[2:]))
    engine = await Engine.open(settings, repair=False)
    try:
        report = await engine.check()
        assert report.stale_splits == 1 and not report.clean
    finally:
        await engine.close()
    engine = await Engine.open(settings)
    try:
        assert (await engine.check()).clean
        stored = [s.text for s in await engine.store.article_sentences(article_id)]
        assert stored == expected
        assert "909" in (await engine.ask(PRISONERS_EN)).quotes[0].text
    finally:
        await engine.close()


async def test_reindex_rebuilds_everything(engine: Engine) -> None:
    before = len(engine.index)
    assert await engine.reindex() == before
    assert (await engine.check()).clean
    assert "909" in (await engine.ask(PRISONERS_FR)).quotes[0].text


@pytest.mark.parametrize(
    "question",
    ['"unbalanced quote', "NEAR(kursk prisoners, 2)", "kursk* -ukraine", "(prisoners OR) AND", "909 ^ {col}:x",
     "\u202eprisoners\u202c in Kursk", "pri\u200bsoners\u0007 in Kursk?"],
)
async def test_fts_syntax_and_invisible_characters_never_raise(engine: Engine, question: str) -> None:
    answer = await engine.ask(question)
    assert "\u202e" not in answer.question and "\u200b" not in answer.question and "\u0007" not in answer.question


async def test_concurrent_adds_of_one_text_store_it_once(engine: Engine) -> None:
    copies = [Article(title=f"Convoy {i}", text=CONVOY, outlet="Test Wire", source_id="convoy") for i in range(4)]
    results = await asyncio.gather(*(engine.add_article(a) for a in copies))
    assert sorted(r.status for r in results) == ["added", "duplicate", "duplicate", "duplicate"]
    assert len({r.article.id for r in results}) == 1


async def test_concurrent_adds_with_one_wanted_id_get_distinct_ids(engine: Engine) -> None:
    texts = [CONVOY.replace("42", str(n)) for n in (11, 12, 13)]
    results = await asyncio.gather(*(engine.add_article(Article(title="Convoy", text=t, source_id="convoy"))
                                     for t in texts))
    assert sorted(r.article.id for r in results) == ["convoy", "convoy-2", "convoy-3"]


async def test_the_corpus_manifest_gives_links_and_lists_the_articles(tmp_path: Path) -> None:
    """corpus/manifest.jsonl is the metadata of the files beside it: never an article itself,
    and a file it does not list (notes, a README) is left out."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    seed = (REPO_ROOT / "corpus" / "afp-20250206-koursk.md").read_text(encoding="utf-8")
    (corpus / "koursk.md").write_text(seed, encoding="utf-8")
    (corpus / "NOTES.md").write_text("Notes\n\n" + "What to add next and why. " * 20, encoding="utf-8")
    (corpus / "manifest.jsonl").write_text(
        '{"file": "koursk.md", "url": "https://example.org/afp/koursk"}\n', encoding="utf-8")
    engine = await Engine.open(Settings(data_dir=tmp_path / "data", corpus_dir=corpus))
    try:
        [info] = await engine.list_articles()
        assert (info.id, info.url) == ("afp-20250206-koursk", "https://example.org/afp/koursk")
        answer = await engine.ask("How many prisoners does Ukraine claim?")
        assert answer.quotes[0].article.url == "https://example.org/afp/koursk"
    finally:
        await engine.close()
