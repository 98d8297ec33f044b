"""The terminal rendering of an answer: who claims each quote, in the question's language."""

from __future__ import annotations

import pytest

from retrieval.answer import CLOSEST, NO_SOURCE, SIDE_LABELS, format_answer
from retrieval.records import Answer, ArticleInfo, Quote, Side

AFP = ArticleInfo(id="a1", title="Koursk", outlet="AFP", url="https://example.org/a1",
                  published="2025-02-06", language="fr")
UKRINFORM = ArticleInfo(id="a2", title="Kursk", outlet="Ukrinform", url="", published="2025-02-07",
                        language="uk")
QUOTE = Quote(text="L'état-major ukrainien a annoncé avoir fait prisonniers au total 909 soldats russes.",
              claimant="L'état-major ukrainien", side=Side.UKRAINE, score=1.0, article=AFP,
              sentence_id=7, also_in=[UKRINFORM])


@pytest.mark.parametrize("language", ["en", "fr", "uk", "ru"])
def test_an_answer_names_the_claimant_and_side_in_the_question_language(language: str) -> None:
    text = format_answer(Answer("?", answered=True, quotes=[QUOTE], language=language))
    assert f"— L'état-major ukrainien ({SIDE_LABELS[language][Side.UKRAINE]})" in text
    assert "AFP, 2025-02-06, https://example.org/a1" in text
    assert "Ukrinform, 2025-02-07" in text
    assert NO_SOURCE[language] not in text


@pytest.mark.parametrize("language", ["en", "fr", "uk", "ru"])
def test_closest_sentences_are_never_presented_as_an_answer(language: str) -> None:
    text = format_answer(Answer("?", answered=False, quotes=[QUOTE], language=language, closest_only=True))
    assert text.startswith(NO_SOURCE[language] + "\n" + CLOSEST[language])


def test_another_language_gets_english_words() -> None:
    text = format_answer(Answer("?", answered=False, quotes=[], language="de"))
    assert text == NO_SOURCE["en"]
