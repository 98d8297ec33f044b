"""From a question to ranked, attributed quotes, or an honest "no source".

Candidates come from two retrievers: the dense index (meaning) and SQLite FTS5 (words, with
prefix terms that also bridge cognates across languages). Every candidate is then scored the
same way: cosine similarity to the question, plus the share of the question's terms it contains,
plus a small bonus when the question asks for one side's claim and the sentence is that side's.
A question whose best candidate scores below `answer_threshold` is not answered: the closest
sentences are offered as such, never as an answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from .attribution import side_of
from .lexical import coverage, fts_query, terms, words
from .records import ArticleInfo, Quote, Side
from .store import SentenceRow, Store

# Weights and thresholds, calibrated on the development set (docs/quality.md).
COVERAGE_WEIGHT = 0.35
SIDE_BONUS = 0.05
ANSWER_THRESHOLD = 0.55
# Quotes within this score of each other are ordered newest first.
TIE_MARGIN = 0.03
# Quotes scoring this far below the best one are left out of an answer.
QUOTE_SPREAD = 0.2
CANDIDATES = 50

# Words that, with a side named in the question, make it a question about that side's claim.
_CLAIM_CUES = re.compile(
    r"\b(claim|claims|say|says|said|according|version|blame|blames|admit|admits|accuse|"
    r"selon|d'après|affirme|dit|disent|déclare|accuse|"
    r"каже|кажуть|заявля\w*|стверджу\w*|за словами|звинувачу\w*|"
    r"говор\w*|утвержда\w*|по словам|обвиня\w*)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Scored:
    row: SentenceRow
    score: float


def asked_side(question: str) -> Side:
    """The side whose claim the question asks for ("what does Moscow say…"), or NONE."""
    if not _CLAIM_CUES.search(question):
        return Side.NONE
    side = side_of(question)
    return side if side in (Side.UKRAINE, Side.RUSSIA) else Side.NONE


def score_candidates(question: str, query_vector: np.ndarray, rows: dict[int, SentenceRow],
                     vectors: dict[int, np.ndarray]) -> list[Scored]:
    """Every candidate scored alike, best first."""
    question_terms = terms(question)
    side = asked_side(question)
    scored = []
    for sentence_id, row in rows.items():
        vector = vectors.get(sentence_id)
        cosine = float(vector @ query_vector) if vector is not None else 0.0
        score = cosine + COVERAGE_WEIGHT * coverage(question_terms, row.sentence.text)
        if side is not Side.NONE and row.sentence.attribution.side is side:
            score += SIDE_BONUS
        scored.append(Scored(row, score))
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


def newest_first_among_ties(items: list[tuple[Scored, list[ArticleInfo]]]) -> list[tuple[Scored, list[ArticleInfo]]]:
    """Within runs of near-equal scores, put the most recently published claim first."""
    out: list[tuple[Scored, list[ArticleInfo]]] = []
    i = 0
    while i < len(items):
        j = i + 1
        while j < len(items) and items[i][0].score - items[j][0].score <= TIE_MARGIN:
            j += 1
        out.extend(sorted(items[i:j], key=lambda it: it[0].row.article.published or "", reverse=True))
        i = j
    return out


def to_quote(item: Scored, also_in: list[ArticleInfo]) -> Quote:
    sentence = item.row.sentence
    return Quote(text=sentence.text, claimant=sentence.attribution.claimant, side=sentence.attribution.side,
                 score=item.score, article=item.row.article, sentence_id=sentence.id, also_in=also_in)


async def candidates(store: Store, question: str, dense_hits: list[tuple[int, float]],
                     guild_id: int | None) -> tuple[dict[int, SentenceRow], dict[int, np.ndarray]]:
    """Union of dense and lexical candidates the scope may see, with their stored vectors."""
    ids = [i for i, _ in dense_hits]
    match = fts_query(question)
    if match:
        ids += [i for i, _ in await store.lexical_search(match, guild_id, CANDIDATES)]
    rows = await store.sentences_by_ids(set(ids), guild_id)
    found_ids, vecs = await store.vectors(sorted(rows))
    return rows, dict(zip(found_ids.tolist(), vecs))
