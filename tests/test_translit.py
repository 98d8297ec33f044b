"""Russian and Ukrainian questions typed in Latin letters, read in Cyrillic."""

import pytest

from retrieval.translit import in_cyrillic, typed_language


@pytest.mark.parametrize(("question", "cyrillic"), [
    ("skolko plennyh vzyala ukraina v kurskoy oblasti?", "сколко пленных взяла украина в курской области?"),
    ("Skolko plennyh, po zayavleniyu Ukrainy, vzyato?", "сколко пленных, по заявлению украины, взято?"),
    ("chto skazal peskov o peregovorah?", "что сказал песков о переговорах?"),
    ("kto takoy Syrskiy?", "кто такой сырский?"),
    ("kakie novye sistemy PVO poluchili voyska?", "какие новые системы пво получили войска?"),
    ("shcho skazav zelenskyi pro perehovory?", "що сказав зеленский про переговори?"),
    ("Skil'ky ukrayinciv zahynulo v Mariupoli?", "скільки українців загинуло в маріуполі?"),
    ("koly pochalasya viyna?", "коли почалася війна?"),
    ("khto komanduye ZSU?", "хто командує зсу?"),
])
def test_a_question_typed_in_latin_letters_is_read_in_cyrillic(question: str, cyrillic: str) -> None:
    assert in_cyrillic(question) == cyrillic


@pytest.mark.parametrize("question", [
    "How many prisoners does Ukraine claim?",
    "Combien de prisonniers l'Ukraine a-t-elle faits ?",
    "kursk prisoners",  # no question word of either language
    "Сколько пленных взяла Украина?",  # already Cyrillic
    "kto shcho skazav?",  # both languages' words: neither is sure
])
def test_other_questions_are_left_as_they_are(question: str) -> None:
    assert typed_language(question) == ""
    assert in_cyrillic(question) == question
