"""Answer-type cues: what kind of answer a question wants, and whether a sentence has one.

"How many…" wants a figure, "when…" a date, "who…" a named person or body. A sentence about the
right matter that holds no figure rarely answers a "how many" question, so the ranking prefers
sentences that carry the kind of answer asked for. The cues are word lists of the four
languages, written for question forms in general, not for any question set.
"""

from __future__ import annotations

import re
from enum import Enum

_I = re.IGNORECASE


class Want(str, Enum):
    FIGURE = "figure"
    DATE = "date"
    NAME = "name"
    ANY = "any"


_WANTS_FIGURE = re.compile(
    r"\b(how\s+(many|much|long|far|big|large|often)|what\s+(number|percentage|share|amount|sum|toll)|"
    r"combien|quel(le)?s?\s+(nombre|montant|part|somme|bilan)|"
    r"скільки|яка\s+кількість|який\s+(обсяг|розмір)|сколько|какое\s+количество)\b", _I)
_WANTS_DATE = re.compile(
    r"\b(when|what\s+(date|day|year|month)|which\s+(date|day|year|month)|since\s+when|"
    r"quand|quel(le)?\s+(date|jour|année|mois)|depuis\s+quand|"
    r"коли|якого\s+числа|в\s+якому\s+році|когда|какого\s+числа|в\s+каком\s+году)\b", _I)
_WANTS_NAME = re.compile(
    r"(^|[,;:]\s*)(who|whom|qui|хто|кто)\b|"
    r"\b(which|what|quel(le)?|який|яка|какой|какая)\s+(leader|official|minister|president|country|"
    r"organi[sz]ation|dirigeant|responsable|ministre|président|pays|лідер|міністр|країна|лидер|министр|страна)\b", _I)

_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"hundreds?|thousands?|millions?|billions?|dozens?|"
    r"deux|trois|quatre|cinq|sept|huit|neuf|dix|douze|quinze|vingt|trente|quarante|cinquante|"
    r"cents?|centaines?|milliers?|mille|milliards?|"
    r"два|дві|три|чотири|п.ять|шість|сім|вісім|дев.ять|десять|двадцять|тридцять|сорок|п.ятдесят|"
    r"четыре|пять|шесть|семь|восемь|девять|двадцать|тридцать|пятьдесят|"
    r"сот\w*|тисяч\w*|тис|тысяч\w*|мільйон\w*|млн|миллион\w*|мільярд\w*|млрд|миллиард\w*|десятк\w*"
)
_HAS_FIGURE = re.compile(rf"\d|\b({_NUMBER_WORDS})\b", _I)

_MONTHS = (
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"січ\w+|лют\w+|берез\w+|квіт\w+|травн\w+|червн\w+|лип\w+|серп\w+|верес\w+|жовт\w+|листопад\w*|груд\w+|"
    r"январ\w+|феврал\w+|март\w*|апрел\w+|ма[яй]|июн\w+|июл\w+|август\w*|сентябр\w+|октябр\w+|ноябр\w+|декабр\w+"
)
_HAS_DATE = re.compile(rf"\b((19|20)\d\d|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|{_MONTHS})\b", _I)
# A capitalised word that does not open the sentence: a name, in Latin or Cyrillic script.
_HAS_NAME = re.compile(r"(?<=[\w,;:»”)]\s)[A-ZÀ-ÖØ-ÞА-ЯЄІЇҐ][\w'’-]+")


# "when" opening a clause before the question proper: "when they pulled out, how many…".
_WHEN_CLAUSE = re.compile(r"\b(when|quand|коли|когда)\b[^,?]*,", _I)
# "when" opening a clause after it: "how much did it borrow when the invasion started?", "what
# was the plan when it went for Kyiv?" (two words or more follow, and not the auxiliary of a
# second question: "…, and when did it end?").
_WHEN_AFTER = re.compile(
    r"\b(when|quand|коли|когда)\s+(?!(did|does|do|was|were|is|are|has|have|had|will|would|can|could)\b)"
    r"[^\s?]+\s+[^\s?]+", _I)
# The question words that, before such a "when", are the question proper.
_ASKS = re.compile(
    r"\b(what|which|who|whom|why|where|how|que|qu(?=['’])|quoi|quel(le)?s?|qui|pourquoi|où|comment|combien|"
    r"що|який|яка|яке|які|хто|чому|де|як|скільки|что|какой|какая|какое|какие|кто|почему|где|как|сколько)\b", _I)


def wanted(question: str) -> Want:
    """The kind of answer a question asks for; ANY when it names none.

    A date question is checked first: "how long ago… and when?" wants a date more than a figure,
    unless its "when" only opens a clause, before a figure question or after any question.
    """
    date, figure = _WANTS_DATE.search(question), _WANTS_FIGURE.search(question)
    when_clause = date is not None and (
        (figure is not None and figure.start() > date.start() and _WHEN_CLAUSE.match(question, date.start()))
        or (_ASKS.search(question, 0, date.start()) is not None and _WHEN_AFTER.match(question, date.start())))
    if date and not when_clause:
        return Want.DATE
    if figure:
        return Want.FIGURE
    if _WANTS_NAME.search(question):
        return Want.NAME
    return Want.ANY


# The digits of dates and clock times, which answer "when", not "how many".
_DATE_FIGURES = re.compile(
    rf"\b(\d{{1,2}}\s+({_MONTHS})(\s+(19|20)\d\d)?|({_MONTHS})\s+\d{{1,2}}(,?\s+(19|20)\d\d)?|"
    rf"(19|20)\d\d|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|\d{{1,2}}[:.h]\d\d)\b", _I)


def carries(want: Want, sentence: str, explicit_claimant: bool) -> bool:
    """Whether the sentence holds the kind of answer wanted (always True for ANY)."""
    if want is Want.FIGURE:
        return bool(_HAS_FIGURE.search(_DATE_FIGURES.sub(" ", sentence)))
    if want is Want.DATE:
        return bool(_HAS_DATE.search(sentence))
    if want is Want.NAME:
        return explicit_claimant or bool(_HAS_NAME.search(sentence))
    return True
