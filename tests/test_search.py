"""Ranking: the cross-language bridge, answer-type cues, and a smoke evaluation with a floor.

The smoke evaluation runs the real pipeline (`conflictbot eval`'s `evaluate`) over a tiny
library this test writes itself, plus the corpus/ seed. Its floor is far below the dev-set
targets but above what a broken ranker reaches: reversing or shuffling the scores fails it.
"""

from __future__ import annotations

import json
import random
from collections.abc import AsyncIterator
from pathlib import Path

import numpy as np
import pytest
import pytest_asyncio

from retrieval import search
from retrieval.bridge import key, to_cyrillic
from retrieval.config import REPO_ROOT, Settings
from retrieval.cues import (
    Day,
    PartOfMonth,
    Want,
    asked_since,
    carries,
    days_asked,
    is_courtesy,
    is_small_talk,
    parts_of_month,
    seasons_asked,
    stated,
    wanted,
    with_dates_in_words,
    with_war_days_dated,
    without_courtesies,
    without_recency,
)
from retrieval.engine import Engine
from retrieval.evaluation import evaluate
from retrieval.language import detect_language
from retrieval.lexical import coverage, fts_query, matches, query_terms
from retrieval.records import Article, ArticleInfo, Attribution, Sentence, Side
from retrieval.store import SentenceRow, Store
from retrieval.text import opens_with_a_pronoun

ARTICLES = [
    Article(title="Grain exports resume", outlet="Test Wire", published="2022-05-01", language="en", text=(
        "The port of Odesa handled 12 grain ships last week, the Ukrainian infrastructure ministry said.\n\n"
        "Farmers complained about the price of fuel.\n\n"
        "The weather in the south was dry and warm.\n\n"
        "Negotiations on a corridor through the Black Sea continued in Istanbul.")),
    Article(title="Shelling in Kharkiv", outlet="Test Wire", published="2022-04-10", language="en", text=(
        "Russian shelling damaged a school in Kharkiv on Sunday, the regional governor said.\n\n"
        "According to the Russian Defence Ministry, its forces struck only military targets.\n\n"
        "Volunteers delivered water and bread to the residents of the district.\n\n"
        "The city council opened three new shelters in the metro.")),
    Article(title="Aide militaire allemande", outlet="AFP", published="2022-06-02", language="fr", text=(
        "L'Allemagne a promis de livrer 30 chars antiaériens à l'Ukraine, a annoncé le gouvernement allemand.\n\n"
        "Les livraisons devraient commencer en juillet.\n\n"
        "Le chancelier a rencontré des responsables de l'industrie de défense.")),
    Article(title="Відновлення мостів", outlet="Кабінет Міністрів", published="2022-03-20", language="uk", text=(
        "Уряд виділив 300 мільйонів гривень на відновлення зруйнованих мостів.\n\n"
        "Прем'єр-міністр провів нараду з головами областей.\n\n"
        "Погода в Києві була холодна.")),
]

QUESTIONS = [
    ("how many grain ships went through the port of odesa?", ["handled 12 grain ships last week"], ["12"], "ukraine"),
    ("what does russia say its troops hit in kharkiv?", ["its forces struck only military targets"], ["military targets"], "russia"),
    ("which building did the shelling hit in kharkiv?", ["shelling damaged a school in Kharkiv"], ["school"], None),
    ("Combien de navires céréaliers sont passés par le port d'Odessa ?", ["handled 12 grain ships last week"], ["12"], None),
    ("how many anti-aircraft tanks did germany promise?", ["a promis de livrer 30 chars antiaériens"], ["30"], None),
    ("how much did the government allocate to restore destroyed bridges?", ["виділив 300 мільйонів гривень"], ["300"], None),
    ("Combien de prisonniers russes l'Ukraine affirme-t-elle avoir faits ?",
     ["a annoncé avoir fait prisonniers au total 909 soldats russes", "les forces ukrainiennes ont capturé 909 militaires russes"],
     ["909"], "ukraine"),
]
UNANSWERABLE = ["Who won the 2018 World Cup?", "What is the best recipe for apple pie?"]


def _write_questions(path: Path) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for n, (question, gold, answer, side) in enumerate(QUESTIONS, 1):
            out.write(json.dumps({"id": f"t-{n}", "question": question, "answerable": True,
                                  "gold": [{"article": "", "quote": g} for g in gold], "answer": answer,
                                  "side": side, "tags": ["smoke"]}, ensure_ascii=False) + "\n")
        for n, question in enumerate(UNANSWERABLE, len(QUESTIONS) + 1):
            out.write(json.dumps({"id": f"t-{n}", "question": question, "answerable": False, "gold": [],
                                  "answer": [], "side": None, "tags": ["unanswerable"]}) + "\n")
    return path


@pytest_asyncio.fixture(scope="module")
async def library(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[tuple[Engine, Path]]:
    root = tmp_path_factory.mktemp("smoke")
    engine = await Engine.open(Settings(data_dir=root / "data", corpus_dir=REPO_ROOT / "corpus"))
    for article in ARTICLES:
        await engine.add_article(article)
    try:
        yield engine, _write_questions(root / "questions.jsonl")
    finally:
        await engine.close()


# A floor a working ranker clears easily and a broken one does not (see the two tests below).
FLOOR = {"recall@5": 0.7, "mrr@10": 0.5}


def _clears_floor(report: dict) -> bool:
    overall = report["overall"]
    return all(overall[name]["value"] >= floor for name, floor in FLOOR.items())


async def test_smoke_evaluation_clears_the_floor(library: tuple[Engine, Path]) -> None:
    engine, questions = library
    report = await evaluate(engine, questions)
    assert _clears_floor(report), report["overall"]
    assert report["overall"]["abstention_recall"]["value"] == 1.0
    assert report["overall"]["wrongly_abstained"]["value"] <= 0.15
    # The sweep's model of abstention (best quote under the threshold) is what the engine did.
    sweep = report["thresholds"]
    now = next(row for row in sweep["rows"] if row["threshold"] == round(engine.calibration.answer_threshold, 4))
    assert now["abstention_recall"] == report["overall"]["abstention_recall"]
    assert now["wrongly_abstained"] == report["overall"]["wrongly_abstained"]


@pytest.mark.parametrize("broken", ["reversed", "random"])
async def test_a_broken_ranker_fails_the_floor(library: tuple[Engine, Path], monkeypatch: pytest.MonkeyPatch,
                                               broken: str) -> None:
    engine, questions = library
    draw = random.Random(7)

    def broken_score(self: search.Evidence) -> float:
        # Keep every question answered, so only the order is broken, not abstention.
        noise = -self.cosine - self.coverage if broken == "reversed" else draw.random()
        return 10.0 + noise

    monkeypatch.setattr(search.Evidence, "score", property(broken_score))
    report = await evaluate(engine, questions)
    assert not _clears_floor(report)


def test_russian_names_meet_their_press_spelling_and_short_words_stay_apart():
    """The press writes Russian names with "g" (Prigozhin, Belgorod), `to_latin` with "h"."""
    for question, sentence in [("Що сказав Пригожин?", "Prigozhin said on Monday that…"),
                               ("what did Prigozhin say?", "Пригожин заявив, що…"),
                               ("Белгород", "Belgorod Oblast Governor Gladkov")]:
        assert all(matches(query_terms(question), sentence)), (question, sentence)
    assert matches(query_terms("gas"), "has Kursk") == [False]


@pytest.mark.parametrize("question, sentence, names", [
    ("Что Минобороны заявило о Кременной?", "Russian forces attacked near Kreminna.", ["кременной"]),
    ("Бои у Северодонецка и Горловки", "Fighting near Sievierodonetsk and Horlivka continued.",
     ["северодонецка", "горловки"]),
    ("Обстрел Рубежного и Днепра", "Shelling of Rubizhne and Dnipro.", ["рубежного", "днепра"]),
    ("What happened in Kreminna?", "Бои у Кременной продолжаются.", ["kreminna"]),
])
def test_a_place_spelt_the_russian_way_meets_its_ukrainian_spelling(question: str, sentence: str, names: list[str]):
    """Places in Ukraine reach the press spelt from Ukrainian; a Russian question spells them
    the Russian way, with other vowels: their consonants meet across scripts."""
    terms = query_terms(question)
    found = dict(zip((t.word for t in terms), matches(terms, sentence)))
    assert all(found[name] for name in names), found


def test_consonants_meet_only_a_name_of_the_other_script():
    # Not a common word, not a lower-case word, not the same script, not another name.
    assert matches(query_terms("Что они говорят про правду?"), "They provide the truth.")[-1] is False
    assert matches(query_terms("Бои у рубежного"), "Rubizhne") == [False, False]
    assert matches(query_terms("What about Kremenna?"), "Fighting near Kreminna.") == [False]
    assert matches(query_terms("Бои у Северодонецка"), "The Sverdlovsk region.") == [False, False]
    # The glossary's "north" is no longer read in Северодонецк; "на севере" still is north.
    assert matches(query_terms("Бои у Северодонецка"), "Fighting in the north.") == [True, False]
    assert matches(query_terms("Что на севере?"), "north of Kharkiv") == [True]


def test_names_share_a_key_across_scripts_and_spellings():
    assert key("Kursk") == key("Koursk") == key("Курськ")
    assert key("Zelensky") == key("Zelenskyy") == key("Зеленський")
    assert key("Mariupol") == key("Marioupol") == key("Маріуполь")
    assert to_cyrillic("kursk") == ["курск"]  # a prefix of Курськ and of Курск
    assert to_cyrillic("kharkiv") == ["харків", "харкив"]


def test_glossary_bridges_question_words_to_other_languages():
    terms = query_terms("How many prisoners were captured near Kursk?")
    sentence = "Українські військові взяли в полон 909 російських солдатів у Курській області."
    hits = dict(zip((t.word for t in terms), matches(terms, sentence)))
    assert hits["prisoners"] and hits["kursk"]
    assert coverage(terms, matches(terms, "Completely unrelated weather report.")) == 0.0
    assert "полон" in fts_query(terms, bridged=True)


def _coverages(question: str, text: str, articles: list[tuple[str, str]]) -> dict[int, float]:
    """The coverage `evidence` gives one sentence in articles of these (title, date)s, by
    article number (1, 2, …); the vectors are alike, so only the words differ."""
    rows = {}
    for n, (title, published) in enumerate(articles, 1):
        article = ArticleInfo(id=f"a{n}", title=title, outlet="Wire", url="", published=published, language="en")
        rows[n] = SentenceRow(Sentence(id=n, article_id=article.id, position=0, text=text,
                                       attribution=Attribution("Wire", Side.THIRD_PARTY, "outlet")), article)
    query = np.ones(4, dtype=np.float32) / 2
    return {e.row.sentence.id: e.coverage for e in search.evidence(
        question, query, rows, {i: query for i in rows}, search.calibration_for("x"), "en")}


def test_a_term_only_in_the_title_counts_in_part():
    """"People's deputies approved the document by 300 votes." answers a martial-law question
    under a martial-law title: the title's words count, less than the sentence's own."""
    found = _coverages("how many deputies voted for martial law?", "Deputies approved the document by 300 votes.",
                       [("Parliament approves martial law", "2022-02-24"), ("Parliament session", "2022-02-24")])
    assert found[1] > found[2] > 0
    # At most TITLE_CREDIT of what the missing terms would add found in the sentence itself.
    assert found[1] <= found[2] + search.TITLE_CREDIT * (1.0 - found[2]) + 1e-9


def test_who_speaks_a_sentence_known_from_the_ones_before_counts_as_its_title():
    """"Qu'espère Verechtchouk pour les couloirs ?": her "We hope the corridors open," she said
    meets her name through who says it, not its words; as a title's would, never in full, or
    every line of a long speech would meet its speaker's name."""
    question = "what does Vereshchuk hope for the corridors?"
    article = ArticleInfo(id="a1", title="Humanitarian update", outlet="Wire", url="", published="2022-03-12",
                          language="en")
    text = '"We hope the corridors will open," she said.'
    rows = {n: SentenceRow(Sentence(id=n, article_id="a1", position=n, text=text,
                                    attribution=Attribution(claimant, Side.UKRAINE, how)), article)
            for n, (claimant, how) in enumerate([("Iryna Vereshchuk", "context"), ("the Wire", "outlet"),
                                                 ("Iryna Vereshchuk", "explicit")], 1)}
    query = np.ones(4, dtype=np.float32) / 2
    found = {e.row.sentence.id: e.coverage for e in search.evidence(
        question, query, rows, {i: query for i in rows}, search.calibration_for("x"), "en")}
    # An explicit claimant is named in the text itself, which is read already.
    assert 1.0 > found[1] > found[2] == found[3] > 0
    assert found[1] <= found[2] + search.TITLE_CREDIT * (1.0 - found[2]) + 1e-9


def test_the_article_date_counts_as_the_sentence_s_own_when_it_meets_the_question():
    """"How much gas was in storage in March 2022?": a sentence of an article of March 2022
    that says "Gas storage stands at 9.5 billion cubic metres." is about that month, as much as
    one that writes the month out; a daily report says "on November 11" without the year, which
    its date gives. A sentence that meets nothing else asked, or of another year than the one
    asked, gets the title's part."""
    question = "how much gas was in storage in March 2022?"
    found = _coverages(question, "Gas storage stands at 9.5 billion cubic metres.",
                       [("Energy update", "2022-03-12"), ("Energy update", "2022-11-02")])
    assert found[1] == 1.0 > found[2] > 0
    # March 2023 is not March 2022: its "March" counts as a title's would.
    other_year = _coverages(question, "Gas storage stands at 9.5 billion cubic metres.",
                            [("Energy update", "2023-03-12"), ("Energy update in March", "2023-05-01")])
    assert other_year[1] == other_year[2] < 1.0
    unrelated = _coverages(question, "The weather was cold.", [("Energy update", "2022-03-12")])
    assert 0 < unrelated[1] <= search.TITLE_CREDIT
    assert search._date_words("2022-03-12") == "12 March 2022"
    assert search._date_words("2022") == "2022" and search._date_words("") == ""


def test_a_part_of_a_month_dates_only_the_reports_of_those_days():
    """"mid dec bakhmut: how much ground per day…" met the report of 7 December by its
    "December" as much as the report of the 15th: the part of the month the question names
    leaves the rest of the month undated."""
    question = "mid dec bakhmut: how much ground per day are the russians gaining?"
    found = _coverages(question, "Russian forces advance 100 meters a day in Bakhmut.",
                       [("Daily update", "2022-12-15"), ("Daily update", "2022-12-07"), ("Daily update", "2022-11-15")])
    assert found[1] > found[2] == found[3]
    assert search._date_words("2022-12-07", parts_of_month(question)) == "7 2022"
    assert search._date_words("2022-12-15", parts_of_month(question)) == "15 December 2022"


def test_a_season_with_its_year_dates_the_reports_of_its_months():
    """"how many guys per volunteer battalion in summer 22": the reports of June to August are
    dated in it, those of other months are not, and "this spring" alone dates nothing."""
    question = with_dates_in_words("how many guys per volunteer battalion in summer 22", "en")
    assert question == "how many guys per volunteer battalion in summer 2022"
    found = _coverages(question, "The Kremlin seeks 400 soldiers per volunteer battalion.",
                       [("Daily update", "2022-07-15"), ("Daily update", "2022-10-15")])
    assert found[1] > found[2]
    assert search._date_words("2022-07-15", (), seasons_asked(question)) == "15 July 2022 summer"
    assert search._date_words("2022-07-15") == "15 July 2022"


@pytest.mark.parametrize("question, seasons", [
    ("what happened in summer 2022?", {2}),
    ("l'été 2022, selon l'ISW", {2}),
    ("що було влітку 2022 року", {2}),
    ("зимой 2023 года", {0}),
    ("in the winter of 2022 and the spring of 2023", {0, 1}),
    ("скільки засіють цієї весни?", set()),
    ("how much will be sown this spring?", set()),
])
def test_seasons_named_with_their_year(question: str, seasons: set[int]):
    assert seasons_asked(question) == seasons


@pytest.mark.parametrize("question, month, first, last", [
    ("what did gromov say in early aug?", 8, 1, 10),
    ("mi-décembre, l'état-major a dit quoi ?", 12, 10, 20),
    ("in the middle of May", 5, 10, 20),
    ("end of sept, bereznehuvate", 9, 20, 31),
    ("fin novembre 2022, selon l'ISW", 11, 20, 31),
    ("хто наприкінці червня оголосив відхід?", 6, 20, 31),
    ("на початку грудня", 12, 1, 10),
    ("что было в середине декабря", 12, 10, 20),
    ("в конце июня", 6, 20, 31),
    ("что было в конце окт", 10, 20, 31),
    ("на початку бер", 3, 1, 10),
    ("куди б'ють зсу (початок листопада)", 11, 1, 10),
    ("лівий берег дніпра, кінець листопада", 11, 20, 31),
])
def test_parts_of_months_members_name(question: str, month: int, first: int, last: int):
    assert parts_of_month(question) == [PartOfMonth(month, first, last)]


@pytest.mark.parametrize("question", ["when will the war end?", "what happened at the end of the war", "fin de la guerre",
                                      "what happened on march 5", "late reports from Bakhmut"])
def test_no_part_of_a_month(question: str):
    assert parts_of_month(question) == []


@pytest.mark.parametrize("question, days", [
    ("nov 15 some ru milblogger reckons ukr is gathering troops", [Day(11, 15)]),
    ("what did zelensky say on apr 8th?", [Day(4, 8)]),
    ("Qu'a dit Poutine le 1er mars ?", [Day(3, 1)]),
    ("What did ISW report on November 15, 2022?", [Day(11, 15, 2022)]),
    ("Що сказав Зеленський 24 лютого 2022?", [Day(2, 24, 2022)]),
    ("что было 5 марта и 6 марта", [Day(3, 5), Day(3, 6)]),
    ("appel poutine macron 20 fev : les rencontres", [Day(2, 20)]),
    ("le 3 janv., le 12 avr et le 14 juil", [Day(1, 3), Day(4, 12), Day(7, 14)]),
    ("qu'a dit zelensky le 24 déc 2022 ?", [Day(12, 24, 2022)]),
    ("what happened in march 2022?", []),
    ("1,5 млн гривень", []),
    ("100 days of war", []),
    ("31 february", []),
])
def test_days_a_question_names(question: str, days: list[Day]):
    assert days_asked(question) == days


async def test_the_closest_sentences_of_the_day_asked_about_are_candidates(tmp_path: Path):
    """"nov 15 some ru milblogger reckons ukr is gathering troops…": the report of 15 November
    said it, though hundreds of sentences of other days were closer to the question. The
    closest of that day's sentences join the candidates, of the articles the scope sees, and
    none when the library holds more of that day than `DAY_BUDGET`."""
    store = await Store.open(tmp_path / "library.sqlite3")
    try:
        question_vector = np.array([1, 0, 0, 0], dtype=np.float32)

        async def add(name: str, published: str, closeness: list[float], guild_id: int | None = None) -> list[int]:
            sentences = [f"{name} sentence {n}." for n in range(len(closeness))]
            vectors = np.array([[c, (1 - c * c) ** 0.5, 0, 0] for c in closeness], dtype=np.float32)
            _, ids = await store.add_article(name, Article(title=name, text=" ".join(sentences), published=published,
                                                          guild_id=guild_id),
                                             sentences, [Attribution("", Side.NONE, "none")] * len(sentences), vectors)
            return ids

        day = await add("report", "2022-11-15", [n / 12 for n in range(12)])
        await add("other day", "2022-11-16", [1.0, 1.0])
        await add("another guild", "2022-11-15", [1.0], guild_id=7)
        async def on_the_day(question: str, guild_id: int | None = None) -> list[int]:
            return await search.on_the_day(store, question, query_terms(question), question_vector, guild_id)

        found = await on_the_day("nov 15 milbloggers")
        assert found == day[::-1][:search.DAY_CANDIDATES]
        assert set(await on_the_day("nov 15 milbloggers", 7)) - set(day)
        assert await on_the_day("nov 15, 2021 milbloggers") == []
        assert await on_the_day("milbloggers") == []
        assert not len((await store.sentences_published_on([(None, 11, 15)], None, budget=11))[0])
        assert len((await store.sentences_published_on([(2022, 11, 15)], None, budget=12))[0]) == 12
    finally:
        await store.close()


async def test_the_sentences_of_the_day_asked_about_that_meet_its_words_are_candidates(tmp_path: Path):
    """"путин стюардессам 5 марта: кто мутит решение по лизингу и запчастям?" is answered by
    "Leasing companies and spare parts – … your former CEO has some ideas", far from the
    question for the encoder: of the day's sentences, those meeting the most of its words join
    the closest, and one meeting none does not."""
    store = await Store.open(tmp_path / "library.sqlite3")
    try:
        texts = [f"Aviation remark {chr(97 + n)}." for n in range(12)] + [
            "Leasing companies and spare parts: your former CEO has some ideas.", "We discussed spare parts."]
        vectors = np.array([[1, 0]] * 12 + [[0, 1]] * 2, dtype=np.float32)
        _, ids = await store.add_article("meeting", Article(title="meeting", text=" ".join(texts),
                                                             published="2022-03-05"),
                                         texts, [Attribution("", Side.NONE, "none")] * len(texts), vectors)
        question = "5 марта кто решает по лизингу и запчастям?"
        found = await search.on_the_day(store, question, query_terms(question), np.array([1, 0], dtype=np.float32), None)
        assert found[:search.DAY_CANDIDATES] == ids[:search.DAY_CANDIDATES]
        assert found[search.DAY_CANDIDATES:] == [ids[12], ids[13]]
    finally:
        await store.close()


@pytest.mark.parametrize("question, language, read", [
    ("how many were killed on the first day of the invasion?", "en",
     "how many were killed on the first day of the invasion (24 February 2022)?"),
    ("the 105th day of the war", "en", "the day of the war (8 June 2022)"),
    ("zelensky day 2 of the invasion: what can europeans do", "en",
     "zelensky day of the invasion (25 February 2022): what can europeans do"),
    ("Що робила РНБО в перший день вторгнення?", "uk", "Що робила РНБО в перший день вторгнення (24 лютого 2022)?"),
    ("Что было на 10-й день войны?", "ru", "Что было на день войны (5 марта 2022)?"),
    ("зеля на 2й день вторгнення казав", "uk", "зеля на день вторгнення (25 лютого 2022) казав"),
    ("le premier jour de la guerre", "fr", "le premier jour de la guerre (24 février 2022)"),
    # Other days are not the war's.
    ("day 2 of the counteroffensive", "en", "day 2 of the counteroffensive"),
    ("the first day of talks", "en", "the first day of talks"),
])
def test_a_day_of_the_war_is_dated(question: str, language: str, read: str):
    """Members count the war's days ("on the first day of the invasion", "day 100"); the
    reports are dated: the date is written after the count, so that the day's reports are its
    candidates (`days_asked`) and their date meets it. A count in figures gives way to the date:
    as a term, the "2" of "на 2й день" met "ціль номер два" of that day's address."""
    assert with_war_days_dated(question, language) == read
    assert bool(days_asked(read)) is (read != question)


def test_the_short_russian_months_are_months_whole():
    """"в янв 23", "окт 2022": a member's short month is the month; as a stem "дек" and "сен"
    would begin "декрет" and "сенат"."""
    assert asked_since("что было в окт 2022") == "2022-10-01"
    assert asked_since("декрет 2022") == asked_since("сенат 2022") == ""


def test_words_of_the_neighbouring_sentences_count_in_the_ranking_only():
    """"Today 156 people arrived in Zaporizhzhia." answers an Azovstal evacuation question when
    the sentence before it names Azovstal: the ranking counts that in part, but the support
    (whether the sentence itself answers) does not."""
    article = ArticleInfo(id="a1", title="Daily update", outlet="Wire", url="", published="2022-05-03", language="en")
    rows = {n: SentenceRow(Sentence(id=n, article_id="a1", position=n, text="Today 156 people arrived in Zaporizhzhia.",
                                    attribution=Attribution("", Side.NONE, "none")), article) for n in (1, 2)}
    neighbours = {1: "The evacuation convoy from Azovstal left Mariupol at dawn.", 2: "The weather was cold."}
    query = np.ones(4, dtype=np.float32) / 2
    question = "how many people evacuated from azovstal reached zaporizhzhia?"
    near, far = search.evidence(question, query, rows, {i: query for i in rows}, search.calibration_for("x"), "en",
                                neighbours)
    assert near.score > far.score
    assert near.support == far.support and near.coverage == far.coverage
    assert near.context_coverage <= near.coverage + search.NEIGHBOUR_CREDIT * (1.0 - near.coverage) + 1e-9
    without = search.evidence(question, query, rows, {i: query for i in rows}, search.calibration_for("x"), "en")
    assert without[0].score == far.score == without[1].score


def test_a_sentence_that_opens_with_a_pronoun_reads_the_one_before_it():
    """"This became patently clear after… 1991." answers when Lenin's model of the state proved
    worse than a mistake, which only the sentence before it says: the ranking reads that one at
    ANAPHOR_CREDIT, more than a neighbour's NEIGHBOUR_CREDIT; the support does not."""
    article = ArticleInfo(id="a1", title="Address", outlet="Kremlin", url="", published="2022-02-21", language="en")
    text = "This became patently clear after the dissolution of the Soviet Union in 1991."
    rows = {n: SentenceRow(Sentence(id=n, article_id="a1", position=n, text=text,
                                    attribution=Attribution("", Side.NONE, "none")), article) for n in (1, 2, 3)}
    before = "Lenin's model of the state was worse than a mistake."
    query = np.ones(4, dtype=np.float32) / 2
    question = "when did it become clear that lenin's model of the state was worse than a mistake?"
    anaphor, neighbour, alone = search.evidence(question, query, rows, {i: query for i in rows},
                                                search.calibration_for("x"), "en", {2: before}, {1: before})
    assert anaphor.score > neighbour.score > alone.score
    assert anaphor.support == neighbour.support == alone.support


async def test_the_sentence_before_one_that_opens_with_a_pronoun_is_read(library: tuple[Engine, Path]) -> None:
    engine, _ = library
    grain = next(a for a in await engine.store.list_articles() if a.title == "Grain exports resume")
    first, second, *_ = await engine.store.article_sentences(grain.id)
    assert await engine.store.previous_texts([first.id, second.id]) == {second.id: first.text}


@pytest.mark.parametrize("sentence, opens", [
    ("This became patently clear after 1991.", True), ("It is unclear whether they will return.", True),
    ("Вони повернулися.", True), ("Это стало ясно.", True), ("Il a ajouté que…", True),
    ("Italy sent aid.", False), ("Ilya Ponomarev said so.", False), ("Онищенко заявив.", False),
    ("Theseus is no pronoun.", False), ("Russian forces attacked.", False),
    ("However, they must also realise that the goal is not to help.", True), ("Але вони не готові.", True),
    ("But the army advanced.", False), ("And today the monuments are gone.", False),
    ("Там не відбувалося нічого, що могло б загрожувати Росії.", True), ("Здесь нет военных объектов.", True),
    ("Тутаєв заявив.", False), ("Тамбов обстріляли.", False),
])
def test_a_sentence_opening_with_a_pronoun_is_told_from_one_opening_with_a_name(sentence: str, opens: bool):
    assert opens_with_a_pronoun(sentence) is opens


def _press_conference(texts: dict[int, str]) -> dict[int, SentenceRow]:
    """Rows of one Kremlin press conference's sentences, by id."""
    article = ArticleInfo(id="a1", title="Press conference", outlet="Kremlin", url="", published="2022-03-08",
                          language="en")
    return {n: SentenceRow(Sentence(id=n, article_id="a1", position=n, text=text,
                                    attribution=Attribution("Kremlin", Side.RUSSIA, "outlet")), article)
            for n, text in texts.items()}


def test_a_speaker_label_counts_in_full_only_when_what_follows_meets_the_question():
    """"Dmitry Peskov: Thank you." names the Peskov a question asks about in its label only:
    the label says who speaks, as a title says what the article is about, so it counts as a
    title does; it came first for "what did Peskov say about the negotiations?". Once what
    follows meets the question, the label names the speaker asked about and counts in full."""
    texts = {1: "Dmitry Peskov: Thank you.",
             2: "Dmitry Peskov: The negotiations will go on in Istanbul.",
             3: "Dmitry Peskov said that the negotiations will go on in Istanbul.",
             4: "Vladimir Putin said that the negotiations will go on in Istanbul."}
    rows = _press_conference(texts)
    query = np.ones(4, dtype=np.float32) / 2
    found = {e.row.sentence.id: e.coverage for e in search.evidence(
        "what did peskov say about the negotiations?", query, rows, {i: query for i in rows},
        search.calibration_for("x"), "en")}
    assert found[2] == found[3] > found[4] > found[1] > 0


@pytest.mark.parametrize(("question", "topic"), [
    ("What's the latest on Bakhmut?", "What's Bakhmut?"),
    ("latest russian claims about soledar", "russian claims about soledar"),
    ("How many people live in Kherson right now?", "How many people live in Kherson ?"),
    ("Quelles sont les dernières nouvelles de Marioupol ?", "Quelles sont Marioupol ?"),
    ("Що нового під Бахмутом?", "Бахмутом?"),
    ("Что сейчас происходит в Херсоне?", "Что происходит в Херсоне?"),
    # Nothing asks for the latest, or nothing else is asked.
    ("Do you know who shelled Kharkiv?", "Do you know who shelled Kharkiv?"),
    ("What's new?", "What's new?"),
])
def test_the_words_that_ask_for_the_latest_are_no_part_of_the_matter(question: str, topic: str):
    assert without_recency(question) == topic


@pytest.mark.parametrize(("question", "bare"), [
    ("good morning, what happened in bucha?", "what happened in bucha?"),
    ("Hi bot, how many prisoners? Thanks a lot!", "how many prisoners?"),
    ("Bonjour ! Combien de prisonniers ? Merci beaucoup", "Combien de prisonniers ?"),
    ("Привіт, скільки полонених? Дякую", "скільки полонених?"),
    ("Здравствуйте, кто взорвал мост? Спасибо", "кто взорвал мост?"),
    # Words of courtesy inside the question are part of it; nothing else left, nothing taken.
    ("Who said thanks to Biden?", "Who said thanks to Biden?"),
    ("hello", "hello"),
])
def test_a_greeting_before_the_question_and_thanks_after_it_are_no_part_of_it(question: str, bare: str):
    assert without_courtesies(question) == bare


@pytest.mark.parametrize(("text", "small_talk"), [
    ("hi bot, how are you?", True),
    ("Thanks a lot!", True),
    ("test", True),
    ("Дякую!", True),
    ("Спасибо большое", True),
    ("merci beaucoup", True),
    ("ok bye 👋", True),
    ("good night bot", True),
    ("hi bot, how many prisoners does Ukraine claim?", False),
    ("what did the UN say?", False),
    ("909?", False),
])
def test_small_talk_is_greetings_and_thanks_and_nothing_else(text: str, small_talk: bool) -> None:
    assert is_small_talk(text) is small_talk


@pytest.mark.parametrize(("sentence", "courtesy"), [
    ("Vladimir Putin: Thank you.", True),
    ("President of Russia Vladimir Putin: Mr President, Mr Chairperson of the African Union Commission, I am happy "
     "to see you here in Russia.", True),
    ("Chairperson of the African Union and President of Senegal Macky Sall(retranslated): Thank you very much, "
     "Mr President.", True),
    ("President of Russia Vladimir Putin: Mr Lukashenko, Thank you for coming.", True),
    ("Question: Good afternoon!", True),
    ("Vladimir Putin: Go ahead, please.", True),
    ("Шановний пане Президенте, дякую.", True),
    ("Добрый день, уважаемые коллеги!", True),
    # Something is said besides.
    ("Mr Zelensky has said Russia attacked.", False),
    ("Dear friends, Russia has attacked.", False),
    ("Thank you for the weapons you sent to Ukraine.", False),
    ("Я дякую всім лідерам, окремо дякую Президентові Байдену.", False),
    ("It is a pleasure to see you here, to meet with you in Sochi, this wonderful Black Sea city.", False),
    # A turn before the label, cut at an ellipsis, is said too.
    ("We are witnessing what is going on in Chernobyl, you asked me to supply electricity… Vladimir Putin: "
     "Thank you.", False),
])
def test_a_courtesy_is_thanks_greetings_and_forms_of_address_and_nothing_else(sentence: str, courtesy: bool) -> None:
    assert is_courtesy(sentence) is courtesy


def test_a_wider_margin_orders_more_of_the_best_quotes_by_date():
    article = {year: ArticleInfo(id=year, title="", outlet="Wire", url="", published=f"{year}-01-01", language="en")
               for year in ("2022", "2023", "2024")}
    items = [(search.Scored(SentenceRow(Sentence(id=n, article_id=year, position=0, text=year,
                                                 attribution=Attribution("", Side.NONE, "none")), article[year]),
                            score, score, score), [])
             for n, (year, score) in enumerate([("2022", 1.0), ("2023", 0.98), ("2024", 0.9)])]
    order = [[item.row.article.id for item, _ in search.newest_first_among_ties(items, margin)]
             for margin in (search.TIE_MARGIN, search.LATEST_MARGIN)]
    assert order == [["2022", "2023", "2024"], ["2023", "2022", "2024"]]


def test_among_ties_a_report_of_the_day_asked_comes_first():
    """"Who held Nova Kakhovka on the morning of February 26, 2022?": the report of February 26
    and one of October 26 scored within the tie margin, and the newer came first."""
    published = ("2022-10-26", "2022-02-26", "2023-02-26")
    items = [(search.Scored(SentenceRow(Sentence(id=n, article_id=day, position=0, text=day,
                                                 attribution=Attribution("", Side.NONE, "none")),
                                        ArticleInfo(id=day, title="", outlet="Wire", url="", published=day,
                                                    language="en")),
                            score, score, score), [])
             for n, (day, score) in enumerate(zip(published, (1.008, 1.005, 1.004)))]
    order = [[item.row.article.id for item, _ in search.newest_first_among_ties(items, search.TIE_MARGIN, days)]
             for days in ((), (Day(month=2, day=26, year=2022),), (Day(month=2, day=26),))]
    assert order == [["2023-02-26", "2022-10-26", "2022-02-26"], ["2022-02-26", "2023-02-26", "2022-10-26"],
                     ["2023-02-26", "2022-02-26", "2022-10-26"]]


def test_a_sentence_that_asks_or_only_names_a_speaker_is_never_quoted():
    """A journalist's question in a transcript ("…if conscripts will be sent to Ukraine?") is
    as close in wording to a member's question as a question can be, and claims nothing; "This
    was stated by…" names who said the sentence before it, and says nothing itself; nor does
    "… gave his assessment of…", which says a view was given, not which, nor a courtesy that
    names the speaker."""
    texts = {1: "Can you tell us if conscripts will be sent to Ukraine?",
             2: "Conscripts are not and will not be taking part in the fighting.",
             3: "«Чи будуть строковики воювати?» — запитала журналістка.",
             4: "This was stated by Dmitry Peskov when asked about conscripts sent to Ukraine.",
             5: "Dmitry Peskov gave his assessment of sending conscripts to Ukraine.",
             6: "Dmitry Peskov: Thank you, Mr President."}
    rows = _press_conference(texts)
    query = np.ones(4, dtype=np.float32) / 2
    pool = search.Pool(rows, {i: query for i in rows}, {})
    scored = search.score_candidates("will conscripts be sent to Ukraine?", query, pool,
                                     search.calibration_for("x"), "en")
    assert [s.row.sentence.id for s in scored] == [2, 3]


async def test_the_neighbours_of_a_sentence_are_the_two_around_it_in_its_article(library: tuple[Engine, Path]) -> None:
    engine, _ = library
    grain = next(a for a in await engine.store.list_articles() if a.title == "Grain exports resume")
    first, second, third, *_, last = await engine.store.article_sentences(grain.id)
    around = await engine.store.neighbour_texts([first.id, second.id, last.id])
    assert first.text in around[second.id] and third.text in around[second.id]
    assert len(around[second.id]) == len(first.text) + 1 + len(third.text)
    assert around[first.id] == second.text  # the first has no sentence before it
    assert "Istanbul" not in around[first.id] and "Kharkiv" not in around[last.id]


async def test_the_sentences_around_the_best_lexical_matches_are_candidates(library: tuple[Engine, Path]) -> None:
    """"Farmers complained about the price of fuel." meets no word of a question on Odesa's grain
    ships, but it follows the sentence that does, where an answer often is: it is a candidate
    with its own neighbours read, though the encoder did not bring it (no dense hits here)."""
    engine, _ = library
    grain = next(a for a in await engine.store.list_articles() if a.title == "Grain exports resume")
    first, second, third, *_ = await engine.store.article_sentences(grain.id)
    assert sorted(await engine.store.neighbour_ids([second.id])) == [first.id, third.id]
    question = "how many grain ships did the port of Odesa handle?"
    pool = await search.candidates(engine.store, question, engine.embedder.encode_query(question), [], None)
    assert first.id in pool.rows and second.id in pool.rows
    assert first.text in pool.neighbours[second.id]
    assert third.id not in pool.rows


def test_fts_query_quotes_user_text():
    query = fts_query(query_terms('NEAR(" drop * table -- ) prisoners'))
    assert query.count('"') % 2 == 0 and "NEAR(" not in query.replace('"near"', "")


@pytest.mark.parametrize("question, want", [
    ("How many soldiers were captured?", Want.FIGURE),
    ("Combien de civils ont été évacués ?", Want.FIGURE),
    ("Скільки людей евакуювали?", Want.FIGURE),
    # Typed in a hurry.
    ("скіки грошей виділили?", Want.FIGURE),
    ("сколко людей вывезли?", Want.FIGURE),
    ("скілки полонених взяли?", Want.FIGURE),  # "skilky…" typed in Latin letters, read in Cyrillic
    ("When did the offensive start?", Want.DATE),
    ("Quand l'offensive a-t-elle commencé ?", Want.DATE),
    ("Коли почався наступ?", Want.DATE),
    ("À quelles dates les pseudo-référendums ont-ils eu lieu ?", Want.DATE),
    ("В який день звільнили Лиман?", Want.DATE),
    ("в какой день взяли Херсон", Want.DATE),
    ("which days did they vote on?", Want.DATE),
    ("Who said the talks had stalled?", Want.NAME),
    ("Quel dirigeant a rencontré Poutine ?", Want.NAME),
    ("What does Kyiv say about the corridor?", Want.ANY),
    # "when" opening a clause, then the question proper
    ("when they pulled out of kherson, how many soldiers did the russians move?", Want.FIGURE),
    ("How long ago was it, and when?", Want.DATE),
    # "when" opening a clause after the question proper, or a second question
    ("how much did the government borrow when the invasion started?", Want.FIGURE),
    ("Combien de soldats ont été mobilisés quand la guerre a commencé ?", Want.FIGURE),
    ("How many soldiers died, and when did it happen?", Want.DATE),
    ("According to Podolyak, what was Russia's plan when it went for Kyiv?", Want.ANY),
    ("Qu'a dit Poutine quand il a rencontré Macron ?", Want.ANY),
    ("Що сказав Зеленський, коли відвідав Бучу?", Want.ANY),
    ("Коли Зеленський відвідав Бучу?", Want.DATE),
    # "when" opening a clause before the question word: the question is the word's.
    ("the world won't think of tolstoy when it hears russia anymore, but of what?", Want.ANY),
    ("quand les russes sont entrés à kherson, que disait le maire ?", Want.ANY),
    ("when and where did the strike happen?", Want.DATE),
    ("коли і де це сталося?", Want.DATE),
    # …or the auxiliary of a yes-or-no question after the clause: the question asks whether.
    ("sept 19 when the lnr ppl were screaming for annexation, did isw say the south got left out?", Want.ANY),
    ("коли росіяни відступили з херсона, чи isw чекав нового наступу?", Want.ANY),
    ("quand la russie a annexé, est-ce que l'ONU a réagi ?", Want.ANY),
    ("Когда россия ушла из херсона, ожидал ли isw наступления?", Want.ANY),
    ("When Kherson was liberated, when did the shelling start?", Want.DATE),
    # …but "что", "що" after its comma are mostly "that": the question is still "when".
    ("Когда Россия объявила, что выходит из зерновой сделки?", Want.DATE),
    ("Коли Росія оголосила, що виходить з угоди?", Want.DATE),
    # A measure is a figure.
    ("What's the maximum range of the rockets?", Want.FIGURE),
    ("Quelle est la portée des missiles ?", Want.FIGURE),
    ("Какая дальность у этих ракет?", Want.FIGURE),
    # How long: a duration or the date it lasts until.
    ("how long can ukraine's grain stocks cover demand", Want.SPAN),
    ("Combien de temps durera la loi martiale ?", Want.SPAN),
    ("Как долго продлится военное положение?", Want.SPAN),
    ("What part did Wagner play?", Want.ANY),
    ("Which countries are helping Ukraine negotiate?", Want.NAME),
    ("Какие страны помогают Украине?", Want.NAME),
    # "who" after its preposition, or in another case, still asks for a name.
    ("с кем зеленский 26 февраля обсуждал вступление в ес?", Want.NAME),
    ("З ким говорив Зеленський про трибунал?", Want.NAME),
    ("Avec qui Macron a-t-il parlé ?", Want.NAME),
    ("to whom did putin send the letter?", Want.NAME),
    ("Кого похитили оккупанты?", Want.NAME),
    ("De quoi parle Poutine ?", Want.ANY),
    # Which places: a name.
    ("nov 15 some milblogger reckons ukr is gathering troops to hit which towns next?", Want.NAME),
    ("Près de quels villages l'armée a-t-elle repoussé des assauts ?", Want.NAME),
    ("Які населені пункти звільнили?", Want.NAME),
    ("Какие сёла взяли россияне?", Want.NAME),
    ("Какие селекционеры работают?", Want.ANY),
    # What something or someone is called.
    ("whats the name of the 16yo girl who shielded her brother?", Want.NAME),
    ("Comment s'appelle le village ?", Want.NAME),
    ("Як звали загиблого пілота?", Want.NAME),
    ("как называется операция", Want.NAME),
    # A sum, a size, a weight, an age, a rate or a toll asked with its noun, in its case.
    ("На какую сумму Нацбанк выкупил облигации?", Want.FIGURE),
    ("на яку суму нбу викупить облігації", Want.FIGURE),
    ("Якої ваги авіабомби скидали окупанти?", Want.FIGURE),
    ("Якого розміру перший транш?", Want.FIGURE),
    ("from what age could conscripts fight?", Want.FIGURE),
    ("Pour quels âges les allocations ?", Want.FIGURE),
    ("Какой обменный курс рубля ввели?", Want.FIGURE),
    ("what's ISW's count of prisoners who died?", Want.FIGURE),
    ("death toll of the strike on the station?", Want.FIGURE),
    ("они на какую дальность бьют? скок км", Want.FIGURE),
    ("На какой срок ввели военное положение?", Want.SPAN),
    ("До якого терміну планували розібрати прольоти?", Want.SPAN),
    ("на яке число готували маршрути?", Want.DATE),
    # A distance or a period asked with its noun.
    ("На якій приблизно відстані від Харкова била авіація?", Want.FIGURE),
    ("À quelle distance de Kreminna se trouve ce village ?", Want.FIGURE),
    ("на каком расстоянии от херсона стоят", Want.FIGURE),
    ("At what distance from the border?", Want.FIGURE),
    ("ISW написав, що наступу не було. За який саме період?", Want.SPAN),
    ("Over what period were no attacks reported?", Want.SPAN),
    ("За какой период их уничтожили?", Want.SPAN),
    ("Sur quelle période ?", Want.SPAN),
])
def test_answer_type_of_a_question(question: str, want: Want):
    assert wanted(question) is want


@pytest.mark.parametrize("question, side", [
    ("What cause did Moscow give for the damage to the Moskva?", Side.RUSSIA),
    ("How did the Kremlin explain the withdrawal?", Side.RUSSIA),
    ("What does Zelensky call what Russian troops did in Bucha?", Side.UKRAINE),
    ("Як Міноборони Росії пояснило відхід?", Side.RUSSIA),
    ("Comment Kiev qualifie-t-il les frappes ?", Side.UKRAINE),
    ("What happened to the Moskva?", Side.NONE),
    # Verbs of reporting and admitting, in any form a question gives them.
    ("Що Генштаб ЗСУ повідомив про Бахмут?", Side.UKRAINE),
    ("Что заявил Кремль после подрыва ГЭС?", Side.RUSSIA),
    ("Сколько пленных, по заявлению Украины, взято?", Side.UKRAINE),
    ("Признаёт ли Кремль потери?", Side.RUSSIA),
    ("Що Пригожин казав про Бахмут?", Side.RUSSIA),
    ("What did the Russian MoD report about Kreminna?", Side.RUSSIA),
    ("Qu'a annoncé le ministère russe de la Défense ?", Side.RUSSIA),
    ("When did Russian forces report reaching Kreminna?", Side.RUSSIA),
    ("What is the state of Russian forces near Kreminna?", Side.NONE),
    # "According to him" points back at the speaker named first.
    ("путин перед вторжением: что киевские власти по его словам заявили насчёт ядерки?", Side.RUSSIA),
    ("Zelensky on March 5: what did Russia plan, according to him?", Side.UKRAINE),
    ("Poutine : qu'a fait Kiev, selon lui ?", Side.RUSSIA),
    # Acronyms as members type them, in lower case; not the Latin ones, which are words.
    ("что заявил генштаб всу о потерях россии", Side.UKRAINE),
    ("що каже генштаб зсу про втрати росії", Side.UKRAINE),
    ("что говорит минобороны рф о потерях", Side.RUSSIA),
    ("what did kyiv and the us say", Side.UKRAINE),
    ("what did the uk mod say about russian losses", Side.NONE),
    ("what does the fsb claim about the bridge", Side.RUSSIA),
    # Both sides named: the speaker is the one after "according to", or next to the verb.
    ("How many Ukrainian soldiers died according to the Russian MoD?", Side.RUSSIA),
    ("Какие потери понесла Украина по данным Минобороны России?", Side.RUSSIA),
    ("Які втрати росії за даними Генштабу ЗСУ?", Side.UKRAINE),
    ("What did the Russian Ministry of Defence say about Ukrainian losses?", Side.RUSSIA),
    ("How many Ukrainian soldiers does Russia say it killed?", Side.RUSSIA),
    ("Que dit Moscou des pertes ukrainiennes ?", Side.RUSSIA),
    ("Что говорит Пригожин о потерях Украины?", Side.RUSSIA),
    ("Combien de soldats russes Kiev affirme-t-il avoir tués ?", Side.UKRAINE),
    # A side named after "about" and its like is what the claim is about, not who makes it.
    ("Що каже Генштаб про втрати росії?", Side.NONE),
    ("Що кажуть про Бахмут у Генштабі ЗСУ?", Side.UKRAINE),  # the matter ends where the speaker is named
    ("Что говорит Минобороны России о Мариуполе?", Side.RUSSIA),
    ("Что Кремль говорит о потерях Украины?", Side.RUSSIA),
    ("Que dit l'état-major sur les pertes russes ?", Side.NONE),
    ("What does the General Staff say about Russian losses?", Side.NONE),
    # Verbs of offering, warning, wanting, thinking and writing ask for a claim too.
    ("what did putin offer guterres about the azovstal guys?", Side.RUSSIA),
    ("On April 10, what did Zelensky warn would happen?", Side.UKRAINE),
    ("Что предлагал Кремль на переговорах?", Side.RUSSIA),
    ("Що Зеленський пропонував Путіну?", Side.UKRAINE),
    ("Qu'a proposé Kiev à Moscou ?", Side.UKRAINE),
    ("What is the offer on the table?", Side.NONE),
    # What follows "that" after the verb is what is said, not who says it.
    ("ISW 22 березня написав, що росіяни не вели жодних наступальних дій?", Side.NONE),
    ("Генштаб ЗСУ писав, що росіяни відійшли?", Side.UKRAINE),
    ("What did Russia say that Ukraine did in Bakhmut?", Side.RUSSIA),
])
def test_the_side_a_question_asks_about(question: str, side: Side):
    assert search.asked_side(question, detect_language(question, default="en")) is side


def test_sentences_carrying_an_answer_type():
    assert carries(Want.FIGURE, "Ukraine captured 909 soldiers.", False)
    assert carries(Want.FIGURE, "Les troupes ont lancé huit vagues d'attaques.", False)
    assert not carries(Want.FIGURE, "The talks continued.", False)
    # A date is not the figure a "how many" question asks for.
    assert not carries(Want.FIGURE, "Le 5 février 2025, Poutine a rencontré le gouverneur.", False)
    assert not carries(Want.FIGURE, "Talks resumed on March 3, 2022 at 9:30.", False)
    assert carries(Want.FIGURE, "In 2022, 300 tanks were lost.", False)
    assert carries(Want.FIGURE, "Вбито п’ять тисяч окупантів.", False)
    assert not carries(Want.FIGURE, "Сотрудники СБУ задержали агента.", False)  # not "сотни"
    # A figure in words, in whatever case the sentence needs.
    for counted in ("Уряд доручив відкрити у Національному банку чотирьох рахунків.", "Троє загиблих.",
                    "Погибли трое мирных жителей.", "Ранены около ста человек.", "Из трёх батальонов."):
        assert carries(Want.FIGURE, counted, False), counted
    # The number of a document or a clause names it, it counts nothing.
    for numbered in ('Zelenskyy signed Decree № 64/2022 "On the imposition of martial law".',
                     "Article 17 of the Constitution of Ukraine forbids foreign bases.",
                     "Power unit No. 6 of the ZNPP was disconnected.", "Supporting Effort #2—Southern Axis",
                     "Відповідно до статті 17 Конституції.", "Resolution 2202 was never implemented."):
        assert not carries(Want.FIGURE, numbered, False), numbered
    assert carries(Want.FIGURE, "Deputies approved Decree № 64/2022 by 300 votes.", False)
    assert carries(Want.FIGURE, "No more than 40 tanks remain.", False)
    # Nor does the number of a model: "M142 HIMARS" said nothing of a range or a count.
    for model in ("Системи залпового вогню: «Град» або американський M142 HIMARS;", "Su-25 jets flew over Kharkiv.",
                  "Т-72 спостерігали біля Бахмуту.", "Kh-35 missiles struck Odesa."):
        assert not carries(Want.FIGURE, model, False), model
    assert carries(Want.FIGURE, "Ukraine received 5 F-16s and a 24-year-old pilot's memoir.", False)
    assert carries(Want.DATE, "Since 24.02.2022 nothing changed.", False)
    assert carries(Want.DATE, "The offensive began on 6 August 2024.", False)
    assert carries(Want.DATE, "Наступ почався 24 лютого.", False)
    assert not carries(Want.DATE, "The offensive began.", False)
    assert carries(Want.SPAN, "Stored grain meets demand until at least the end of 2022.", False)
    assert carries(Want.SPAN, "Martial law is imposed for a period of 30 days.", False)
    assert not carries(Want.SPAN, "Stored grain meets demand.", False)
    assert carries(Want.NAME, "The plan was presented by Mykhailo Podolyak.", False)
    assert carries(Want.NAME, "it was said", True)
    assert carries(Want.ANY, "anything", False)


def test_a_figure_or_date_the_question_gives_is_no_answer():
    """"According to Zelensky in early April 2022, in what year was Ukraine turned away from
    NATO?": "У 2022 році." repeats the question's year and answers nothing; "in 2008" answers."""
    given = stated("According to Zelensky in early April 2022, in what year was Ukraine turned away from NATO?")
    assert not carries(Want.DATE, "У 2022 році.", False, given)
    assert not carries(Want.DATE, "In April, the talks went on.", False, given)
    assert carries(Want.DATE, "Then, in 2008, the Alliance refused to accept Ukraine.", False, given)
    assert carries(Want.DATE, "On April 5 they met.", False, given)  # a day says more than its month
    assert carries(Want.DATE, "У 2022 році.", False)
    given = stated("how many of the 300 deputies voted for it in 2022?")
    assert not carries(Want.FIGURE, "All 300 deputies were present.", False, given)
    assert carries(Want.FIGURE, "The law passed with 226 votes of 300.", False, given)
    assert carries(Want.SPAN, "It lasted until 2023.", False, given)
    assert not carries(Want.SPAN, "In 2022, all 300 deputies were present.", False, given)


@pytest.mark.parametrize(("question", "language", "read"), [
    ("what happened on 14.04.2022?", "en", "what happened on 14 April 2022?"),
    ("Що сталося 24.02.2022?", "uk", "Що сталося 24 лютого 2022?"),
    ("Что было 2022-09-21?", "ru", "Что было 21 сентября 2022?"),
    ("Que s'est-il passé le 03/04/22 ?", "fr", "Que s'est-il passé le 3 avril 2022 ?"),
    ("what happened on 3/4/2022", "en", "what happened on 4 March 2022"),
    ("what happened on 24/2/2022", "en", "what happened on 24 February 2022"),
    ("1.5 million fled by 9.5.2022", "en", "1.5 million fled by 9 May 2022"),
    # Not calendar dates: figures, ranges, impossible days.
    ("31.02.2022 or 40.01.2022", "en", "31.02.2022 or 40.01.2022"),
    ("the 2022-2023 winter, ratio 1.5.2", "en", "the 2022-2023 winter, ratio 1.5.2"),
    ("version 1.2.3.2022", "en", "version 1.2.3.2022"),
    # A season's year cut to two figures.
    ("summer 22 recruitment", "en", "summer 2022 recruitment"),
    ("winter of '23", "en", "winter of 2023"),
    ("летом 22 года", "ru", "летом 2022 года"),
    ("summer 22.5 degrees", "en", "summer 22.5 degrees"),
    # A month's year after "in", which no day follows.
    ("где россия в марте 22 развернула лагеря", "ru", "где россия в марте 2022 развернула лагеря"),
    ("що було у березні 22?", "uk", "що було у березні 2022?"),
    ("en mars 22, à Kherson", "fr", "en mars 2022, à Kherson"),
    ("in March '22", "en", "in March 2022"),
    ("on March 22", "en", "on March 22"),
    ("in May 22 people died", "en", "in May 22 people died"),
    ("в марте 22-го", "ru", "в марте 22-го"),
    ("у Бахмуті 22 загиблих", "uk", "у Бахмуті 22 загиблих"),
])
def test_dates_typed_in_figures_are_read_in_words(question: str, language: str, read: str) -> None:
    assert with_dates_in_words(question, language) == read


@pytest.mark.parametrize(("question", "since"), [
    ("What happened in Bakhmut on 20 May 2023?", "2023-05-20"),
    ("what happened on May 20, 2023", "2023-05-20"),
    ("Qu'a dit Poutine le 24 février 2022 ?", "2022-02-24"),
    ("Що сталося 24 лютого 2022?", "2022-02-24"),
    ("Сколько пленных вернулось в сентябре 2022 года?", "2022-09-01"),
    ("how much gas was in storage in mid-March 2022?", "2022-03-01"),
    # A day before which the matter lies: earlier reports tell it.
    ("what did russia say before 24 February 2022?", ""),
    ("Що було до 24 лютого 2022?", ""),
    ("Que disait Moscou avant le 24 février 2022 ?", ""),
    ("what did Putin say on the eve of 24 February 2022?", ""),
    # A year the matter happened in: its first day.
    ("how many soldiers did russia lose in 2023?", "2023-01-01"),
    ("Combien de sous-marins la flotte a-t-elle perdus en 2024 ?", "2024-01-01"),
    ("Скільки ракет випустили у 2024 році?", "2024-01-01"),
    # A year whose matter it is, in the genitive; not one planned for or before.
    ("Що сказав Залужний про контрнаступ 2023 року?", "2023-01-01"),
    ("Что говорил Путин о событиях 2014 года?", "2014-01-01"),
    ("Що планували до 2024 року?", ""),
    ("Який план на 2024 рік?", ""),
    # A year a matter is planned for, a range of years, a word that begins like a month: no
    # day asked about.
    ("what did russia plan for 2024?", ""),
    ("what happened in 2022-2023", ""),
    ("the 2022-2023 winter", ""),
    ("marching 2022", ""),
])
def test_the_first_day_a_report_could_answer(question: str, since: str) -> None:
    assert asked_since(question) == since
