"""From a question to ranked, attributed quotes, or an honest "no source".

Candidates come from three retrievers: the dense index (meaning), SQLite FTS5 on the question's
own words (prefix terms, which also catch cognates), and FTS5 on their bridges to the other
languages (glossary forms, transliterated names; retrieval/bridge.py). Every candidate is then
scored the same way (`Evidence.score`): similarity, the share of the question's terms it
contains (in part when only its article's title or date does) weighted by their rarity among
the candidates, a bonus when it carries the kind of answer asked for (a figure, a date, a name)
and one when it is the claim of the side the question asks about. One scale for all, rather
than reciprocal-rank fusion, because it ranked better on the development set (docs/quality.md).
A question whose best candidate's support (`Evidence.support`) is below ANSWER_THRESHOLD, or
that lacks the kind of answer asked for, is not answered: the closest sentences are offered as
such, never as an answer.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from .attribution import sides_named, speaker_label
from .config import BUNDLED_MODEL, BUNDLED_MULTILINGUAL_MODEL
from .cues import (Day, PartOfMonth, carries, days_asked, is_courtesy, parts_of_month, seasons_asked, stated, wanted,
                   with_dates_in_words)
from .lexical import (
    QueryTerm,
    coverage,
    coverage_across,
    fts_phrases,
    is_designation,
    matches,
    query_terms,
    words,
)
from .records import ArticleInfo, Quote, Side
from .store import SentenceRow, Store
from .text import is_question, only_names_who_said_it, only_says_a_view_was_given, opens_with_a_pronoun

# Weights and thresholds, calibrated on the development set (docs/quality.md).
LEXICAL_SIMILARITY = 0.7
RARITY_WEIGHT = 1.0
SIDE_BONUS = 0.05
# A question term found only in the sentence's article title counts this much of one found in
# the sentence: "People's deputies approved the document by 300 votes." answers a question on
# martial law under its title. 0.15 to 0.35 rank alike (docs/quality.md). So does one found
# only in the article's date, unless the sentence meets the question too: then it is the date
# of what the sentence says, and counts in full.
TITLE_CREDIT = 0.25
# A question term found only in the sentence just before or after it in its article counts
# this much of one found in the sentence, in the ranking only: "Today 156 people arrived in
# Zaporizhzhia." answers an Azovstal evacuation question its neighbours name. The support, which
# says whether the sentence itself answers, does not count them (docs/quality.md).
NEIGHBOUR_CREDIT = 0.3
# A sentence that opens with a pronoun ("This became patently clear after… 1991.") reads the
# one before it, which names what the pronoun stands for, at this much of a word of its own, in
# the ranking only, whatever its place among the candidates. 0.5 lifted fewer golds, 0.7 put two
# lower, 1.0 put such sentences first above their support, and abstained (docs/quality.md,
# twenty-fourth session).
ANAPHOR_CREDIT = 0.6
# Whose neighbours are read: the dense retriever's closest sentences. The credit lifts a score
# by at most coverage_weight × NEIGHBOUR_CREDIT (0.06), which does not bring a sentence far in
# meaning to the top; 30 and 50 rank alike on our three sets, all ~180 candidates a little
# worse, and reading fewer costs less (4.6 ms against 6.8 on the ISW library).
CONTEXT_POOL = 30
# Quotes within this score of each other are ordered newest first.
TIE_MARGIN = 0.005
# The same, for a question that asks for the latest ("what's the latest on Bakhmut?").
LATEST_MARGIN = 0.03
# Quotes scoring this far below the best one are left out of an answer.
QUOTE_SPREAD = 0.3
CANDIDATES = 50
# The sentences just before and after this many of the best lexical matches join the
# candidates, their own neighbours read: the answer is often the sentence next to the one that
# names the matter ("I want to remind Russian diplomats that a man like von Ribbentrop has not
# avoided punishment…" follows "…will face a tribunal similar to the Nuremberg trials"), which
# the encoder puts far down. The closest dense matches' neighbours were tried and moved nothing
# (docs/quality.md, seventh and twentieth sessions); 3, 5 and 10 of the lexical ones were
# measured, 5 kept (twenty-first).
LEXICAL_NEIGHBOURS = 5
# Of the sentences published on a day the question names, the closest this many join the
# candidates, and as many of those that meet the most of the question's words; a day with more
# than DAY_BUDGET sentences in the library narrows nothing. Ten, not twenty: more of one day's
# sentences shift the candidates' word rarity and language levels (docs/quality.md, eighteenth
# session); of those meeting its words, five gained as much, twenty lost two (twenty-fifth).
DAY_CANDIDATES = 10
DAY_BUDGET = 2000
# Candidates of one language whose best cosines measure the encoder's bias for it; a language
# with fewer among a question's ~180 candidates takes the model's table instead. Twenty, not
# ten: a language with 10 to 19 candidates (Ukrainian for 32 of 149 dev-library questions, the
# French dispatch for 17) was measured on nearly all of them, weak lexical matches included.
# Measured on our 28 question sets (docs/quality.md, seventeenth session): twenty answers 12
# answerable questions ten abstained on, abstains on one unanswerable question fewer, and puts
# the gold first for two questions more and three fewer.
LANGUAGE_POOL = 20


@dataclass(frozen=True)
class Calibration:
    """What the words and the answer type weigh next to the model's similarity, and the
    similarity the best-ranked sentence needs for the question to be answered. Per model: each
    encoder's cosines sit on a scale of its own (e5's between 0.7 and 0.9, MiniLM's between 0
    and 0.7), so one set of numbers cannot serve both.

    With a multilingual model the threshold tests the support (`Evidence.support`): the
    similarity and a little of the word coverage, the coverage of a sentence in another language
    first put on the scale of one in the question's own (`lexical.coverage_across`). Not the
    score: the question's words raise an unanswerable question's near-misses about as much as an
    answer, and the answer-type and side bonuses say nothing of whether it answers. An
    English-only model's similarity says little of the other languages' sentences, so for it the
    whole score is tested (docs/quality.md).
    """

    coverage_weight: float
    type_bonus: float
    answer_threshold: float
    threshold_on: str = "support"  # or "similarity", "score": what `answers` tests
    # What the word coverage weighs in the support, next to the similarity.
    support_weight: float = 0.0
    # How much lower the model scores an answer when the question is asked in another
    # language: language_bias[asked][written], measured by `python -m benchmarks.language_bias`.
    language_bias: Mapping[str, Mapping[str, float]] = field(default_factory=dict)

    def answers(self, best: Scored) -> bool:
        """Whether the best-ranked sentence is good enough to answer with.

        It must also hold the kind of answer asked for: a "when" question whose best sentence
        gives no date is about the right matter, not answered by it ("when did Finland join
        NATO?" against "Finland decided to apply for NATO membership").
        """
        return best.typed and best.tested(self.threshold_on) >= self.answer_threshold


CALIBRATIONS = {
    # The support weighs the words 0.08 and the threshold is the highest at which the dev set
    # abstains on no answerable question: as the bridge came to find more of a question's words
    # across languages, 0.08 with 0.87 abstained on at least as many unanswerable questions of our
    # other sets as 0.05 with 0.86, and on fewer answerable ones (docs/quality.md, twenty-sixth
    # session).
    BUNDLED_MULTILINGUAL_MODEL: Calibration(
        coverage_weight=0.2, type_bonus=0.05, answer_threshold=0.87, support_weight=0.08,
        language_bias={"en": {"fr": 0.043, "uk": 0.059, "ru": 0.056}, "fr": {"en": 0.044, "uk": 0.073, "ru": 0.06},
                       "uk": {"en": 0.072, "fr": 0.082, "ru": 0.043}, "ru": {"en": 0.069, "fr": 0.075, "uk": 0.021}},
    ),
    # English-only: its similarity across languages means nothing to correct (the lexical
    # stand-in of Evidence.similarity covers other languages), so no language bias.
    BUNDLED_MODEL: Calibration(coverage_weight=0.6, type_bonus=0.1, answer_threshold=0.75, threshold_on="score"),
}


def calibration_for(model_name: str, answer_threshold: float | None = None) -> Calibration:
    """The model's calibration (a model never measured gets the multilingual e5's, the
    nearest kind), with the deployment's own answer threshold when it set one."""
    calibration = CALIBRATIONS.get(model_name, CALIBRATIONS[BUNDLED_MULTILINGUAL_MODEL])
    if answer_threshold is not None:
        calibration = replace(calibration, answer_threshold=answer_threshold)
    return calibration


# Words that, with a side named in the question, make it a question about that side's claim.
_CLAIM_CUES = re.compile(
    r"\b(claim|claims|claimed|say|says|said|according|version|blame|blames|admit|admits|accuse|"
    r"explain|explains|explained|give|gives|gave|call|calls|called|describe|describes|described|"
    r"report|reports|reported|stated|announce|announces|announced|deny|denies|denied|"
    r"assert|asserts|allege|alleges|insist|insists|confirm|confirms|acknowledge|acknowledges|"
    # Offering, warning, wanting, thinking and writing are said by someone too.
    r"warn|warns|warned|offer|offers|offered|urge|urges|urged|propose|proposes|proposed|"
    r"promise|promises|promised|think|thinks|thought|believe|believes|believed|tell|tells|told|"
    r"write|writes|wrote|argue|argues|argued|predict|predicts|predicted|suggest|suggests|"
    r"suggested|demand\w*|threaten|threatens|threatened|want|wants|wanted|"
    r"avert\w*|proposent|proposé\w*|proposait|promet\w*|promis\w*|pense|pensent|pensait|"
    r"estim\w*|racont\w*|écri\w*|exig\w*|veut|voulait|"
    r"попереджа\w*|попереди\w*|пропон\w*|запропон\w*|обіця\w*|пообіця\w*|вважа\w*|розповіда\w*|"
    r"розповів|розповіла|розповіли|писа\w*|напис\w*|вимага\w*|погрожу\w*|хоче|хочуть|хотів|хотіла|"
    r"проси\w*|заклика\w*|закликав|"
    r"предупрежда\w*|предупреди\w*|предлага\w*|предложи\w*|обеща\w*|пообеща\w*|счита\w*|"
    r"рассказ\w*|требова\w*|требу\w*|угрожа\w*|хочет|хотят|хотел\w*|призыва\w*|призвал\w*|"
    r"selon|d'après|affirm\w*|dit|disent|déclar\w*|accuse|explique|expliqué|qualifie|qualifié|"
    r"annonc\w*|rapport\w*|indiqu\w*|prétend\w*|dément\w*|démenti|reconna\w*|reconnu|"
    r"каже|кажуть|казав|казала|казали|сказав|сказала|сказали|сказал|заяв\w*|стверджу\w*|за словами|звинувачу\w*|поясни\w*|поясню\w*|назива\w*|"
    r"повідом\w*|визна\w*|запереч\w*|оголоси\w*|оголошу\w*|підтверд\w*|"
    r"говор\w*|утвержда\w*|по словам|обвиня\w*|объясн\w*|называ\w*|сообщ\w*|призна\w*|"
    r"отрица\w*|объяв\w*|подтверд\w*)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Evidence:
    """What the ranking knows of one candidate sentence."""

    row: SentenceRow
    cosine: float  # dense similarity to the question, corrected for the sentence's language
    coverage: float  # share of the question's terms it contains, in any language
    typed: bool  # it carries the kind of answer the question wants (a figure, a date, a name)
    sided: bool  # it is the claim of the side the question asks about
    calibration: Calibration
    asked: str = ""  # the question's language
    # The coverage that also counts the neighbouring sentences' words (NEIGHBOUR_CREDIT);
    # None when they were not looked at.
    context_coverage: float | None = None
    # The share of the question's terms the sentence's own words meet, unweighted
    # (`meets_the_question`).
    words_met: float = 1.0

    @property
    def similarity(self) -> float:
        """How close in meaning the sentence is to the question.

        With an English-only model a sentence in another language gets a cosine near zero
        even when it answers: its lexical evidence (through the glossary bridge) stands in for
        similarity, never below what the model itself says.
        """
        return max(self.cosine, LEXICAL_SIMILARITY * self.coverage)

    @property
    def score(self) -> float:
        """Meaning, words, answer type and side, on one scale: the ranking."""
        words = self.coverage if self.context_coverage is None else self.context_coverage
        return (self.similarity + self.calibration.coverage_weight * words
                + self.calibration.type_bonus * self.typed + SIDE_BONUS * self.sided)

    @property
    def support(self) -> float:
        """How well the sentence supports an answer: what the answer threshold tests."""
        across = coverage_across(self.coverage, self.asked, self.row.article.language)
        return self.similarity + self.calibration.support_weight * across


@dataclass(frozen=True)
class Scored:
    row: SentenceRow
    score: float
    similarity: float
    support: float
    typed: bool = True  # it holds the kind of answer the question wants (Evidence.typed)
    words_met: float = 1.0  # Evidence.words_met

    def tested(self, value: str) -> float:
        """The value an answer threshold tests: "support", "similarity" or "score"."""
        return {"support": self.support, "similarity": self.similarity, "score": self.score}[value]


_YEAR = re.compile(r"(?:19|20)\d\d")


def names_the_models_and_countries(question: str, first: Scored, around: str = "") -> bool:
    """Whether the quote, or its article's title, names every model the question names, by its
    designation ("F-16", "S-300", "MH17") or its name ("HIMARS", "Leopard"), and every country
    but the two at war: a model's designation or name identifies it, and a sentence that does
    not name it is about something else ("who shot down MH17?" was answered with a drone shot
    down, "when did Ukraine get its first F-16s?" with two Il-76s, "how many Leopard tanks did
    Germany promise?" with Germany's grenade launchers); so is a sentence without the country
    asked about ("how many north korean soldiers are fighting in the kursk region?" was
    answered with the fighting in Kursk). A country may be named by the sentences `around` the
    quote instead, as a speech names it once and goes on ("We saw the poll." is followed by "We
    saw the opinion of ordinary people in America…"); a model may not, as a report names one
    system and goes on to another."""
    terms = query_terms(question)
    models = [term for term in terms if is_designation(term.word) or term.identifies == "model"]
    countries = [term for term in terms if term.identifies == "country" and not is_designation(term.word)]
    own = f"{first.row.article.title} {first.row.sentence.text}"
    return all(matches(models, own)) and all(matches(countries, f"{own} {around}"))


def meets_the_question(first: Scored) -> bool:
    """Whether the first quote meets any of the question's words, in any language: one close in
    meaning that meets none ("когда россия отбила суджу обратно" against "This became patently
    clear after the dissolution of the Soviet Union in 1991.") is about something else, and no
    threshold answers with it. Any, not a share: a quote that meets one of a long question's
    fifteen words can answer it (docs/quality.md, twenty-first session)."""
    return first.words_met > 0


def published_since(scored: list[Scored], since: str) -> list[Scored]:
    """The candidates of articles published on `since` ("YYYY-MM-DD") or later, or undated;
    all of them when `since` is ""."""
    if not since:
        return scored
    return [s for s in scored if not s.row.article.published or s.row.article.published[:10] >= since]


# The season of each quarter of the year from December, in the glossary's English, which
# carries it to "влітку", "летом", "l'été".
_SEASONS = ("winter", "spring", "summer", "autumn")


def _year_month_day(published: str) -> tuple[int, int, int] | None:
    """An article's date ("2022-03-12") as numbers, or None when it gives none."""
    try:
        year, month, day = (int(part) for part in published[:10].split("-"))
    except ValueError:
        return None
    return year, month, day


def _date_words(published: str, parts: Sequence[PartOfMonth] = (), seasons: Collection[int] = ()) -> str:
    """An article's date as words ("2022-03-12" → "12 March 2022"), so that "in March 2022"
    finds the articles of that month, as the title's words do (`TITLE_CREDIT`); without its
    month when the question asks about another part of that month (`cues.parts_of_month`:
    "mid December" is not a report of 7 December); with its season when the question names it
    with a year (`cues.seasons_asked`: "summer 2022" finds the reports of June to August)."""
    parsed = _year_month_day(published)
    if parsed is None:
        return with_dates_in_words(published, "en")
    year, month, day = parsed
    season = f" {_SEASONS[month % 12 // 3]}" if month % 12 // 3 in seasons else ""
    if any(part.month == month and not part.first <= day <= part.last for part in parts):
        return f"{day} {year}{season}"
    return f"{with_dates_in_words(published[:10], 'en')}{season}"


# Words that name whose claim follows them: "according to the Russian MoD", "по данным
# Минобороны России", "selon Kiev".
_SOURCE_CUES = re.compile(
    r"(?i)(?<!\w)(?:according\s+to|citing|selon|d['’]après|за\s+словами|за\s+даними|"
    r"за\s+інформацією|за\s+оцінками|згідно\s+з|по\s+словам|по\s+данным|по\s+информации|"
    r"по\s+сведениям|по\s+оценкам|по\s+утверждению|по\s+заявлению)(?!\w)")


# Words that introduce what a claim is about: a side named after one of them, itself after the
# verb of saying, is the matter, not the speaker ("Що каже Генштаб про втрати росії?").
_TOPIC_CUES = re.compile(
    r"(?i)(?<!\w)(?:about|regarding|concerning|sur|concernant|au\s+sujet\s+d[e'’]|à\s+propos\s+d[e'’]|"
    r"про|щодо|стосовно|відносно|о|об|обо|относительно|насч[её]т)(?!\w)")


# "According to him" and its like point back at the speaker the question named first: "путин
# перед вторжением: что там киевские власти по его словам заявили?" asks for Putin's claim.
_BY_THE_ONE_NAMED = re.compile(
    r"(?i)(?<!\w)(?:according\s+to\s+(?:him|her|them)|in\s+(?:his|her|their)\s+(?:words|view)|"
    r"(?:selon|d['’]après)\s+(?:lui|elle|eux)|за\s+(?:його|її|їхніми|їх)\s+(?:словами|даними)|"
    r"по\s+(?:его|её|ее|их)\s+(?:словам|данным))(?!\w)")


_THAT = re.compile(r"(?i)(?<!\w)(?:that|que|qu['’]|що|что|шо|чо)(?!\w)")


_TOPIC_END = re.compile(
    r"(?i)[,;:?!]|(?<!\w)(?:in|at|from|among|within|à|dans|chez|parmi|у|в|з|із|від|серед|во|из|от|среди)(?!\w)")


# How much farther an English question's side named after its verb of saying counts: "what
# does Kyiv say about Russian losses?" asks for Kyiv's claim.
_AFTER_THE_VERB = 1000


def asked_side(question: str, language: str = "") -> Side:
    """The side whose claim the question (in `language`) asks for ("what does Moscow say…"),
    or NONE.

    A question often names both sides: "how many Ukrainian soldiers died according to the
    Russian MoD?", "что говорит Пригожин о потерях Украины?". The speaker is the side named
    first when "according to him" points back at it, else the side named right after
    "according to" and its like; otherwise the one named nearest a verb of saying,
    before it in English ("what does Kyiv say about Russian losses?"), on either side in the
    other languages, whose questions also put it after ("Que dit Moscou…", "Что говорит…").
    """
    named = sides_named(question)
    verbs = list(_CLAIM_CUES.finditer(question))
    if verbs:
        # What follows "that" after the verb is what is said, not who says it: "ISW 22 березня
        # написав, що росіяни не вели…" asks ISW.
        said = _THAT.search(question, verbs[0].end())
        if said:
            named = [cue for cue in named if cue[0] < said.start()]
        topic = _TOPIC_CUES.search(question, verbs[0].end())
        if topic:
            # The matter runs to the next phrase that may name where it is said: "Що кажуть
            # про Бахмут у Генштабі ЗСУ?" asks the General Staff.
            end = _TOPIC_END.search(question, topic.end())
            within = range(topic.start(), end.start() if end else len(question))
            named = [cue for cue in named if cue[0] not in within]
    source = _SOURCE_CUES.search(question)
    after_source = [side for start, _, side in named if source and start >= source.end()]
    back = _BY_THE_ONE_NAMED.search(question)
    before_back = [side for start, _, side in named if back and start < back.start()]
    if before_back:
        side = before_back[0]
    elif after_source:
        side = after_source[0]
    elif verbs and named:
        def distance(cue: tuple[int, int, Side]) -> int:
            start, end, _ = cue
            return min(verb.start() - end if end <= verb.start()
                       else start - verb.end() + (_AFTER_THE_VERB if language == "en" else 0)
                       for verb in verbs)

        side = min(named, key=distance)[2]
    else:
        return Side.NONE
    return side if side in (Side.UKRAINE, Side.RUSSIA) else Side.NONE


def _rarity(terms: list[QueryTerm], hits: list[list[bool]]) -> list[float]:
    """A weight per term: rarer among the candidates, more telling (an IDF over the pool).

    The candidates were drawn by these very terms, so a term most of them contain ("Ukraine"
    in a Ukraine library) says little about which one answers; one few contain says a lot.
    """
    n = len(hits)
    return [1.0 + RARITY_WEIGHT * math.log((n + 1) / (1 + sum(h[i] for h in hits))) for i in range(len(terms))]


def language_offsets(cosines: dict[str, list[float]], asked: str = "",
                     bias: Mapping[str, Mapping[str, float]] | None = None) -> dict[str, float]:
    """What to add to each language's cosines so that no language is favoured as such, on
    the scale of a question asked in the sentences' own language.

    A multilingual encoder scores a question higher against sentences in its own language
    than against equally relevant ones in another: on the development set the best English
    near-misses of an English question outscored the Ukrainian sentence that answers it. The
    bias is measured on the question's own candidates: each language's LANGUAGE_POOL best
    cosines are lifted to the level of the best-scoring language's; a language with fewer
    candidates than that has too few to measure its bias on.

    When the question's own language (`asked`) is not among the measured ones, as in a
    library of French articles asked in Ukrainian, that level is itself a cross-language
    one, below what the answer threshold was set on: the model's measured bias from the
    question's language to the best one's (`bias`, Calibration.language_bias) lifts them
    all. A language too thin to measure (a few French sentences among English ones) is put
    on the question's own scale by its entry of the table.
    """
    levels = {lang: float(np.mean(sorted(values, reverse=True)[:LANGUAGE_POOL]))
              for lang, values in cosines.items() if len(values) >= LANGUAGE_POOL}
    top = max(levels, key=levels.__getitem__, default="")
    offsets = {lang: levels[top] - level for lang, level in levels.items()}
    from_asked = (bias or {}).get(asked, {})
    if asked in levels:
        # The measured languages now sit at the question's own level, lifted by offsets[asked].
        thin = offsets[asked]
    else:
        offsets = {lang: offset + from_asked.get(top, 0.0) for lang, offset in offsets.items()}
        thin = 0.0
    offsets.update({lang: thin + from_asked.get(lang, 0.0)
                    for lang in cosines if lang not in levels and lang != asked})
    return offsets


def evidence(question: str, query_vector: np.ndarray, rows: dict[int, SentenceRow],
             vectors: dict[int, np.ndarray], calibration: Calibration, language: str = "",
             neighbours: Mapping[int, str] | None = None, previous: Mapping[int, str] | None = None) -> list[Evidence]:
    """The ranking's view of every candidate, for a question in `language` (ISO 639-1);
    `neighbours` holds the text of the sentences around each (`Store.neighbour_texts`),
    `previous` the sentence before each that opens with a pronoun (`Store.previous_texts`)."""
    terms = query_terms(question)
    side = asked_side(question, language)
    want, given = wanted(question), stated(question)
    # A transcript's speaker label ("Dmitry Peskov: Thank you.") names who speaks: it counts as
    # the sentence's own words when what follows meets the question too, else as its title.
    labels = {i: speaker_label(row.sentence.text) for i, row in rows.items()}
    # Who speaks a sentence, known from the sentences before it (a transcript's later lines, a
    # quote that says only "she said"), counts as its title does: "Qu'espère Verechtchouk pour les
    # couloirs ?" meets her "…we hope…, she said". Never in full: then every line of a speech
    # meets its speaker's name, and Putin's interview lines came before the readout that
    # answered "Qu'est-ce que Poutine a proposé à Erdogan ?" (dev 044; docs/quality.md).
    spoken_by: dict[str, list[bool]] = {}
    said_by = {}
    for i, row in rows.items():
        attribution = row.sentence.attribution
        claimant = attribution.claimant if attribution.how == "context" else ""
        if claimant not in spoken_by:
            spoken_by[claimant] = matches(terms, claimant)
        said_by[i] = spoken_by[claimant]
    hits = {i: matches(terms, row.sentence.text[len(labels[i]):]) for i, row in rows.items()}
    weights = _rarity(terms, list(hits.values()))
    in_title: dict[str, list[bool]] = {}
    on_date: dict[str, tuple[list[bool], bool]] = {}
    years = [n for n, term in enumerate(terms) if _YEAR.fullmatch(term.word)]
    parts, seasons = parts_of_month(question), seasons_asked(question)
    for row in rows.values():
        if row.article.id not in in_title:
            in_title[row.article.id] = matches(terms, row.article.title)
            dated = matches(terms, _date_words(row.article.published, parts, seasons))
            on_date[row.article.id] = dated, all(dated[n] for n in years)
    found = {}
    for i, row in rows.items():
        spoken = any(hits[i])
        # A speaker's label and the article's date count in full once the sentence itself
        # meets the question: "on November 11" in the report of 11 November 2022 is that day.
        # Not a date of another year than the one asked: February 2025 is not February 2024.
        dated, that_year = on_date[row.article.id]
        found[i] = [1.0 if hit or (spoken and (named or (on and that_year)))
                    else TITLE_CREDIT * (titled or named or on or speaker)
                    for hit, named, titled, on, speaker in zip(hits[i], matches(terms, labels[i]),
                                                               in_title[row.article.id], dated, said_by[i])]
    around = {i: [max(share, NEIGHBOUR_CREDIT * near) for share, near in zip(found[i], matches(terms, text))]
              for i, text in (neighbours or {}).items() if i in rows}
    for i, text in (previous or {}).items():
        if i in rows:
            around[i] = [max(share, ANAPHOR_CREDIT * before)
                         for share, before in zip(around.get(i, found[i]), matches(terms, text))]
    cosines = {i: float(vectors[i] @ query_vector) for i in rows if i in vectors}
    by_language: dict[str, list[float]] = {}
    for sentence_id, cosine in cosines.items():
        by_language.setdefault(rows[sentence_id].article.language, []).append(cosine)
    offsets = language_offsets(by_language, language, calibration.language_bias)
    out = []
    for sentence_id, row in rows.items():
        attribution = row.sentence.attribution
        cosine = cosines.get(sentence_id)
        out.append(Evidence(
            row=row,
            cosine=cosine + offsets.get(row.article.language, 0.0) if cosine is not None else 0.0,
            coverage=coverage(terms, found[sentence_id], weights),
            context_coverage=coverage(terms, around[sentence_id], weights) if sentence_id in around else None,
            typed=carries(want, row.sentence.text, attribution.how == "explicit", given),
            sided=side is not Side.NONE and attribution.side is side,
            calibration=calibration,
            asked=language,
            words_met=sum(hits[sentence_id]) / len(terms) if terms else 1.0,
        ))
    return out


def score_candidates(question: str, query_vector: np.ndarray, pool: Pool, calibration: Calibration,
                     language: str = "") -> list[Scored]:
    """Every candidate scored alike, best first; a sentence that asks, that only names who said
    the one before it, that only says a view was given, or that is only a courtesy, is no
    candidate: none answers on its own."""
    scored = [Scored(e.row, e.score, e.similarity, e.support, e.typed, e.words_met)
              for e in evidence(question, query_vector, pool.rows, pool.vectors, calibration, language,
                                pool.neighbours, pool.previous)
              if not (is_question(e.row.sentence.text) or only_names_who_said_it(e.row.sentence.text)
                      or only_says_a_view_was_given(e.row.sentence.text) or is_courtesy(e.row.sentence.text))]
    scored.sort(key=lambda s: s.score, reverse=True)
    return scored


def _dedupe_key(text: str) -> str:
    return " ".join(words(text))


def collapse(scored: list[Scored]) -> list[tuple[Scored, list[ArticleInfo]]]:
    """One entry per distinct sentence text; the other articles carrying it are kept as sources."""
    groups: dict[str, tuple[Scored, list[ArticleInfo]]] = {}
    for item in scored:
        key = _dedupe_key(item.row.sentence.text)
        if key in groups:
            first, others = groups[key]
            if item.row.article.id != first.row.article.id and all(a.id != item.row.article.id for a in others):
                others.append(item.row.article)
        else:
            groups[key] = (item, [])
    return list(groups.values())


def newest_first_among_ties(items: list[tuple[Scored, list[ArticleInfo]]], margin: float = TIE_MARGIN,
                            days: Collection[Day] = ()) -> list[tuple[Scored, list[ArticleInfo]]]:
    """Within runs of scores `margin` apart at most, put a claim published on a day the
    question names first, then the most recently published."""
    def order(item: tuple[Scored, list[ArticleInfo]]) -> tuple[bool, str]:
        published = item[0].row.article.published or ""
        return _published_on(published, days), published

    out: list[tuple[Scored, list[ArticleInfo]]] = []
    i = 0
    while i < len(items):
        j = i + 1
        while j < len(items) and items[i][0].score - items[j][0].score <= margin:
            j += 1
        out.extend(sorted(items[i:j], key=order, reverse=True))
        i = j
    return out


def _published_on(published: str, days: Collection[Day]) -> bool:
    """Whether an article published on `published` ("YYYY-MM-DD") is of one of `days`."""
    parsed = _year_month_day(published)
    return parsed is not None and any((d.month, d.day) == parsed[1:] and d.year in (None, parsed[0]) for d in days)


def to_quote(item: Scored, also_in: list[ArticleInfo]) -> Quote:
    sentence = item.row.sentence
    return Quote(text=sentence.text, claimant=sentence.attribution.claimant, side=sentence.attribution.side,
                 score=item.score, article=item.row.article, sentence_id=sentence.id, also_in=also_in,
                 similarity=item.similarity, support=item.support, holds_answer_type=item.typed)


@dataclass(frozen=True)
class Pool:
    """A question's candidates: their rows, stored vectors and neighbouring sentences' text (of
    the closest, and the sentence before each that opens with a pronoun)."""

    rows: dict[int, SentenceRow]
    vectors: dict[int, np.ndarray]
    neighbours: dict[int, str]
    previous: dict[int, str] = field(default_factory=dict)


async def on_the_day(store: Store, question: str, terms: list[QueryTerm], query_vector: np.ndarray,
                     guild_id: int | None) -> list[int]:
    """The sentences closest to the question among those published on the days it names
    ("nov 15 some ru milblogger reckons ukr is gathering troops…"): the report of that day
    tells it, though it may be far down the whole library's closest. Then those of the day that
    meet the most of its words, the closest first among equals: "путин стюардессам аэрофлота 5
    марта: кто у него там мутит решение по лизингу и запчастям?" is answered by "Leasing
    companies and spare parts – … your former CEO, now Minister of Transport, has some ideas",
    which neither the encoder nor the whole library's lexical search put among the candidates,
    and which meets two of its words in the one day's few hundred sentences."""
    days = [(day.year, day.month, day.day) for day in days_asked(question)]
    ids, vectors, texts = await store.sentences_published_on(days, guild_id, DAY_BUDGET)
    if not len(ids):
        return []
    cosines = vectors @ query_vector
    met = np.array([sum(matches(terms, text)) for text in texts])
    most = [i for i in np.lexsort((-cosines, -met))[:DAY_CANDIDATES] if met[i]]
    return ids[np.argsort(-cosines)[:DAY_CANDIDATES]].tolist() + ids[most].tolist()


async def candidates(store: Store, question: str, query_vector: np.ndarray, dense_hits: list[tuple[int, float]],
                     guild_id: int | None) -> Pool:
    """Union of dense, lexical and same-day candidates the scope may see, and the sentences
    around the best lexical matches, with what the ranking reads."""
    ids = [i for i, _ in dense_hits]
    terms = query_terms(question)
    lexical: list[int] = []
    for phrases in (fts_phrases(terms), fts_phrases(terms, bridged=True)):
        if phrases:
            lexical += [i for i, _ in await store.lexical_search(phrases, guild_id, CANDIDATES)]
    around = await store.neighbour_ids(lexical[:LEXICAL_NEIGHBOURS])
    ids += lexical + around
    ids += await on_the_day(store, question, terms, query_vector, guild_id)
    rows = await store.sentences_by_ids(set(ids), guild_id)
    found_ids, vecs = await store.vectors(sorted(rows))
    closest = [i for i, _ in dense_hits[:CONTEXT_POOL] if i in rows] + [i for i in around if i in rows]
    pronouns = [i for i, row in rows.items() if opens_with_a_pronoun(row.sentence.text)]
    return Pool(rows, dict(zip(found_ids.tolist(), vecs)), await store.neighbour_texts(closest),
                await store.previous_texts(pronouns))
