"""Plain records passed between the library's parts.

They sit at the bottom of the import graph: every other module may import them, they import
nothing of ours. Keeping them free of behaviour lets the store, the search and the adapters
(Discord, CLI) agree on one shape without knowing about each other.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import Enum


class Side(str, Enum):
    """Which party a claim comes from. `NONE` when nobody can be named."""

    UKRAINE = "ukraine"
    RUSSIA = "russia"
    THIRD_PARTY = "third-party"
    NONE = "none"


@dataclass(frozen=True)
class Attribution:
    """Who makes the claim of one sentence.

    `how` records where the claimant was found, so a reader (and the tests) can tell an explicit
    "a assuré l'état-major" from a claimant inherited from the previous sentence ("a-t-il
    ajouté") or from the article's outlet when the text names nobody.
    """

    claimant: str
    side: Side
    how: str = "explicit"  # explicit | context | outlet | none


@dataclass
class Article:
    """An article as it enters the library, before it is split and stored.

    `guild_id` is None for the shared library (corpus/ and CLI ingests) and a Discord server id
    for what that server's moderators add.
    """

    title: str
    text: str
    outlet: str = ""
    author: str = ""
    published: str = ""  # YYYY-MM-DD, or "" when unknown
    language: str = ""  # ISO 639-1, detected when empty
    url: str = ""
    license: str = ""
    source_id: str = ""  # the id given by the source (JSONL `id`, file name), for reference
    guild_id: int | None = None


@dataclass(frozen=True)
class Sentence:
    """One sentence of a stored article, verbatim, with its position and attribution."""

    id: int
    article_id: str
    position: int
    text: str
    attribution: Attribution


@dataclass(frozen=True)
class ArticleInfo:
    """A stored article's metadata, as shown next to a quote and in listings."""

    id: str
    title: str
    outlet: str
    url: str
    published: str
    language: str
    author: str = ""
    guild_id: int | None = None
    sentence_count: int = 0
    added_at: str = ""

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "outlet": self.outlet,
            "url": self.url,
            "published": self.published,
            "language": self.language,
        }


@dataclass
class Quote:
    """A sentence offered as (part of) an answer, with every source that carries it."""

    text: str
    claimant: str
    side: Side
    score: float
    article: ArticleInfo
    sentence_id: int
    also_in: list[ArticleInfo] = field(default_factory=list)
    # The model's closeness in meaning (part of `score`), and the support the answer threshold
    # tests (`search.Evidence.support`).
    similarity: float = 0.0
    support: float = 0.0
    # Whether it holds the kind of answer the question asks for (a figure, a date, a name; True
    # when it asks for none): without it, the best quote is not an answer whatever its support.
    holds_answer_type: bool = True

    def to_json(self) -> dict:
        data = {
            "text": self.text,
            "claimant": self.claimant,
            "side": self.side.value,
            "score": round(self.score, 4),
            "similarity": round(self.similarity, 4),
            "support": round(self.support, 4),
            "holds_answer_type": self.holds_answer_type,
            "article": self.article.to_json(),
        }
        if self.also_in:
            data["also_in"] = [a.to_json() for a in self.also_in]
        return data


@dataclass
class Answer:
    """The platform-neutral result of a question.

    When `answered` is False, `quotes` holds only what is offered as "closest, but not an
    answer" and `closest_only` says so; the adapters must not present those as an answer.
    """

    question: str
    answered: bool
    quotes: list[Quote]
    language: str
    latency_ms: float = 0.0
    closest_only: bool = False
    # Abstained whatever the answer threshold: the best match is a report from before the day
    # asked about, or does not name the model or the country asked about (`Engine.ask`).
    held_back: bool = False

    def to_json(self) -> dict:
        return {
            "question": self.question,
            "answered": self.answered,
            "quotes": [q.to_json() for q in self.quotes],
            "closest_only": self.closest_only,
            "held_back": self.held_back,
            "language": self.language,
            "latency_ms": round(self.latency_ms, 1),
        }


def as_dict(record: object) -> dict:
    """Dataclass to dict, for logging and tests."""
    return asdict(record)  # type: ignore[arg-type]
