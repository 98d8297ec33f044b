"""Rendering an Answer as plain text, for the terminal.

The Discord adapter renders its own embeds from the same `Answer`; both say who claims each
quote, in which outlet and on which date, and neither ever states a figure as fact.
"""

from __future__ import annotations

import textwrap

from .records import Answer, ArticleInfo, Quote, Side

# The terminal's own words in the four languages questions come in; anything else gets English.
SIDE_LABELS = {
    "en": {Side.UKRAINE: "Ukrainian side", Side.RUSSIA: "Russian side", Side.THIRD_PARTY: "third party", Side.NONE: "unattributed"},
    "fr": {Side.UKRAINE: "côté ukrainien", Side.RUSSIA: "côté russe", Side.THIRD_PARTY: "tierce partie", Side.NONE: "non attribué"},
    "uk": {Side.UKRAINE: "українська сторона", Side.RUSSIA: "російська сторона", Side.THIRD_PARTY: "третя сторона",
           Side.NONE: "без атрибуції"},
    "ru": {Side.UKRAINE: "украинская сторона", Side.RUSSIA: "российская сторона", Side.THIRD_PARTY: "третья сторона",
           Side.NONE: "без атрибуции"},
}
NO_SOURCE = {
    "en": "No article in the library answers this question.",
    "fr": "Aucun article de la bibliothèque ne répond à cette question.",
    "uk": "Жодна стаття бібліотеки не відповідає на це питання.",
    "ru": "Ни одна статья библиотеки не отвечает на этот вопрос.",
}
CLOSEST = {
    "en": "Closest sentences (not an answer):",
    "fr": "Phrases les plus proches (pas une réponse) :",
    "uk": "Найближчі речення (не відповідь):",
    "ru": "Ближайшие предложения (не ответ):",
}
ALSO_IN = {"en": "also", "fr": "aussi", "uk": "також", "ru": "также"}


def words_for(language: str) -> str:
    """The language the terminal's own words are written in: the question's, else English."""
    return language if language in SIDE_LABELS else "en"


def source_line(article: ArticleInfo) -> str:
    """"AFP, 2025-02-06, <url>" — only the parts that are known."""
    parts = [article.outlet or article.title, article.published, article.url]
    return ", ".join(p for p in parts if p)


def claim_line(quote: Quote, language: str = "en") -> str:
    """Who claims a quote and which side that is."""
    label = SIDE_LABELS[words_for(language)][quote.side]
    return f"{quote.claimant} ({label})" if quote.claimant else label


def format_quote(quote: Quote, number: int, language: str = "en", width: int = 100) -> str:
    body = textwrap.fill(f"“{quote.text}”", width=width, initial_indent=f"{number}. ", subsequent_indent="   ")
    lines = [body, f"   — {claim_line(quote, language)}", f"   {source_line(quote.article)}"]
    lines += [f"   {ALSO_IN[words_for(language)]}: {source_line(a)}" for a in quote.also_in]
    return "\n".join(lines)


def format_answer(answer: Answer) -> str:
    """A readable answer for a terminal."""
    lang = words_for(answer.language)
    lines: list[str] = []
    if not answer.answered:
        lines.append(NO_SOURCE[lang])
        if answer.quotes:
            lines.append(CLOSEST[lang])
    lines += [format_quote(q, n, answer.language) for n, q in enumerate(answer.quotes, 1)]
    return "\n".join(lines)
