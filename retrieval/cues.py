"""Answer-type cues: what kind of answer a question wants, and whether a sentence has one.

"How many…" wants a figure, "when…" a date, "who…" a named person or body. A sentence about the
right matter that holds no figure rarely answers a "how many" question, so the ranking prefers
sentences that carry the kind of answer asked for. The cues are word lists of the four
languages, written for question forms in general, not for any question set.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from .bridge import is_cyrillic
from .lexical import words

_I = re.IGNORECASE


class Want(str, Enum):
    FIGURE = "figure"
    DATE = "date"
    NAME = "name"
    SPAN = "span"  # "how long": a figure ("30 days") or a date it lasts until ("the end of 2022")
    ANY = "any"


# "What is the (maximum) range of…", "quelle est la portée…": a measure is a figure too.
_MEASURES_EN = r"number|percentage|share|amount|sum|toll|range|distance|cost|price|size|length|count|rate|weight|age"
_MEASURES_FR = r"nombre|montant|part|somme|bilan|portée|distance|coût|prix|taille|longueur|taux|poids|âges?"
# The same asked with a case of its noun ("на яку суму", "какого веса", "с какого возраста"),
# from an age ("from what age"), or as a toll ("death toll of…"), and "скок", chat for сколько.
_MEASURES_ASKED = (r"(from|at)\s+what\s+age|(death\s+)?toll\s+of|à\s+partir\s+de\s+quel\s+âge|"
                   r"на\s+яку\s+суму|якого\s+(розміру|обсягу)|якої\s+(ваги|суми)|з\s+якого\s+віку|який\s+(\w+\s+)?(курс|вік)|"
                   r"на\s+какую\s+сумму|какого\s+(размера|объ[её]ма|веса)|с\s+какого\s+возраста|какой\s+(\w+\s+)?(курс|возраст)|скок")
# "Over what period?", "за який саме період?", "на какой срок?": how long, asked with a noun.
_PERIOD = (r"(over|for|in|during)\s+what\s+(time\s+)?period|(sur|pendant|en)\s+quelle\s+période|"
           r"за\s+який\s+(саме\s+)?(період|термін|час)|протягом\s+якого\s+(часу|періоду)|на\s+який\s+(термін|строк)|"
           r"до\s+якого\s+(терміну|часу)|за\s+какой\s+(именно\s+)?(период|срок)|в\s+течение\s+какого\s+(времени|периода)|"
           r"на\s+какой\s+срок|до\s+какого\s+(срока|времени)")
# "At what distance?", "на якій відстані?": how far, asked with a noun.
_DISTANCE = (r"at\s+what\s+(approximate\s+)?distance|à\s+quelle\s+distance|"
             r"на\s+якій\s+(приблизно\s+)?відстані|на\s+каком\s+(примерно\s+)?расстоянии")
_WANTS_FIGURE = re.compile(
    rf"\b(how\s+(many|much|long|far|big|large|often)|{_PERIOD}|{_DISTANCE}|{_MEASURES_ASKED}|"
    rf"what(['’]s|\s+(is|was|are|were))?\s+(the\s+)?(\w+(['’]s)?\s+)?({_MEASURES_EN})|"
    rf"combien|quel(le)?s?(\s+(est|était|sont|étaient))?\s+(la\s+|le\s+|les\s+|l['’])?({_MEASURES_FR})|"
    r"скільки|скіки|скильки|скілки|сколко|скока|скольких|як\s+довго|как\s+долго|яка\s+(кількість|дальність|вартість|відстань|ціна)|який\s+(обсяг|розмір)|"
    r"сколько|какое\s+количество|какая\s+(дальность|стоимость|цена)|какова\s+(дальность|стоимость|цена)|"
    r"какой\s+(объ[её]м|размер))\b", _I)
# Of those, the ones that ask how long something lasts.
_WANTS_SPAN = re.compile(rf"how\s+long|combien\s+de\s+temps|скільки\s+часу|як\s+довго|как\s+долго|сколько\s+времени|{_PERIOD}", _I)
_WANTS_DATE = re.compile(
    r"\b(when|(what|which)\s+(dates?|days?|years?|months?)|since\s+when|"
    r"quand|quel(le)?s?\s+(dates?|jours?|années?|mois)|depuis\s+quand|"
    r"коли|якого\s+(числа|дня)|[ву]\s+(якому\s+році|який\s+день)|на\s+яке\s+число|"
    r"когда|какого\s+(числа|дня)|в\s+(каком\s+году|какой\s+день)|на\s+какое\s+число)\b", _I)
_WANTS_NAME = re.compile(
    r"(^|[,;:]\s*)((with|to|from|by|for|avec|à|de|par|pour|з|із|зі|до|від|для|с|со|к|от|у)\s+)?"
    r"(who|whom|qui|хто|кого|кому|ким|кто|кем)\b|"
    # "What's the name of…", "як звали…", "comment s'appelle…"
    r"\bwhat(['’]?s|\s+(is|was|are|were))\s+(the\s+|(his|her|their)\s+)names?\b|\bquel(le)?s?\s+(est|était|sont)\s+(le|les|son|leurs?)\s+noms?\b|"
    r"\bcomment\s+s['’]appel\w*|\bяк\s+(звали|звуть|зветься|називається)\b|\bкак\s+(звали|зовут|называется)\b|"
    r"\b(which|what|quel(le)?s?|який|яка|які|яке|якого|яких|какой|какая|какие|какое|какого|каких)\s+"
    r"(leaders?|officials?|ministers?|presidents?|country|countries|organi[sz]ations?|towns?|cities|city|villages?|"
    r"settlements?|dirigeants?|responsables?|ministres?|présidents?|pays|villes?|villages?|localités?|"
    r"лідер\w*|міністр\w*|країн\w*|міст[оа]|міст|сел[оа]|сіл|селищ\w*|населен\w*|"
    r"лидер\w*|министр\w*|стран\w*|город\w*|сёла|сел|населён\w*)\b", _I)

# Words that are figures, in every case a sentence gives them ("чотирьох рахунків", "трёх
# человек", "троє загиблих"), and stems that begin one ("тисяч": тисячі, тисячами), compared with
# a sentence's words as `lexical.words` splits and folds them ("п'ять" is "п" and "ять"; the
# ranking has already split every candidate, so this costs a set lookup per word: a regular
# expression of all these alternatives, tried at every position of ~200 candidates per
# question, cost more than the rest of the ranking).
_NUMBER_WORDS = frozenset(w for w in words("""
    one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty
    hundred hundreds thousand thousands million millions billion billions dozen dozens
    deux trois quatre cinq sept huit neuf dix douze quinze vingt trente quarante cinquante
    cent cents centaine centaines millier milliers mille milliard milliards
    два дві три чотири п'ять шість сім вісім дев'ять десять двадцять тридцять сорок п'ятдесят сто
    четыре пять шесть семь восемь девять двадцать тридцать пятьдесят тис млн млрд
    двох двом двома трьох трьом трьома чотирьох чотирьом чотирма п'ятьох п'яти шести семи восьми
    дев'яти десяти двадцяти тридцяти сорока п'ятдесяти двоє троє четверо п'ятеро шестеро
    двух двум двумя трех трёх трем тремя четырех четырёх четырем четырьмя пяти девяти пятидесяти
    двадцати тридцати ста двое трое пятеро
""") if len(w) > 1)
_NUMBER_STEMS = tuple(words("сотн сотен сотень тисяч тысяч мільйон миллион мільярд миллиард десятк"))

# Months: whole words, and stems that need a letter more ("травн": травня).
_MONTH_NAMES = """
    january february march april may june july august september october november december
    janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    листопад март август мая май
"""
_MONTH_STEM_NAMES = """
    січ лют берез квіт травн червн лип серп верес жовт листопад груд
    январ феврал март апрел июн июл август сентябр октябр ноябр декабр
"""
_MONTH_WORDS = frozenset(words(_MONTH_NAMES))
_MONTH_STEMS = tuple(words(_MONTH_STEM_NAMES))
# The same, for the patterns that find a date around a figure in the sentence as written.
_MONTHS = "|".join([*_MONTH_NAMES.split(), *(stem + r"\w+" for stem in _MONTH_STEM_NAMES.split())])
_NUMERIC_DATE = re.compile(r"(19|20)\d\d|\d{1,2}[./]\d{1,2}[./]\d{2,4}")
# A run of digits, with the separators of a figure inside it ("12 729", "1,500", "9.5", "9:30").
_DIGITS = re.compile(r"\d+(?:[.,:/\s]\d+)*")
# A capitalised word that does not open the sentence: a name, in Latin or Cyrillic script.
_HAS_NAME = re.compile(r"(?<=[\w,;:»”)]\s)[A-ZÀ-ÖØ-ÞА-ЯЄІЇҐ][\w'’-]+")


# "when" opening a clause before the question proper: "when they pulled out, how many…".
_WHEN_CLAUSE = re.compile(r"\b(when|quand|коли|когда)\b[^,?]*,", _I)
# "when" opening a clause after it: "how much did it borrow when the invasion started?", "what
# was the plan when it went for Kyiv?" (two words or more follow, and not the auxiliary of a
# second question: "…, and when did it end?", nor "when and where…").
_WHEN_AFTER = re.compile(
    r"\b(when|quand|коли|когда)\s+(?!(did|does|do|was|were|is|are|has|have|had|will|would|can|could|"
    r"and|or|et|ou|і|й|та|чи|и|или)\b)"
    r"[^\s?]+\s+[^\s?]+", _I)
# Question words that are nothing else; "что", "що", "как", "як" are also "that" and "as".
_ONLY_ASKING = (r"what|which|who|whom|why|where|how|que|qu(?=['’])|quoi|quel(le)?s?|qui|pourquoi|où|comment|combien|"
                r"який|яка|яке|які|хто|чому|де|скільки|какой|какая|какое|какие|кто|почему|где|сколько")
# The question words that, before such a "when", are the question proper.
_ASKS = re.compile(rf"\b({_ONLY_ASKING}|що|як|что|как)\b", _I)
# One that opens the question proper after a "when" clause and its comma, maybe after a "but"
# and a preposition ("…, but of what?"), or the auxiliary of a yes-or-no question ("sept 19 when
# the lnr ppl were screaming for annexation, did isw say the south got left out?", "…, чи…",
# "…, est-ce que…", "…, ожидал ли…"); not "что", "що", "как", "як", mostly "that" and "as"
# there ("Когда Россия объявила, что выходит из сделки?" asks when).
_ASKS_AFTER_CLAUSE = re.compile(
    r"\s*(?:(?:but|and|so|mais|et|alors|але|а|і|но|и)\s+)?(?:(?:of|about|for|with|de|à|avec|про|з|о|об|с)\s+)?"
    rf"({_ONLY_ASKING}|did|does|do|is|are|was|were|has|have|had|will|would|can|could|est-ce|чи"
    r"|[^\W\d_]+\s+ли)\b", _I)


def _asks_besides(question: str, when: re.Match[str]) -> bool:
    """Whether a question word other than the "when" asks the question: before it ("what was
    the plan when it went for Kyiv?"), or right after the clause it opens ("the world won't
    think of Tolstoy when it hears Russia, but what?")."""
    clause = _WHEN_CLAUSE.match(question, when.start())
    return (_ASKS.search(question, 0, when.start()) is not None
            or (clause is not None and _ASKS_AFTER_CLAUSE.match(question, clause.end()) is not None))


def wanted(question: str) -> Want:
    """The kind of answer a question asks for; ANY when it names none.

    A date question is checked first: "how long ago… and when?" wants a date more than a figure,
    unless its "when" only opens a clause, before a figure question or after any question.
    """
    date, figure = _WANTS_DATE.search(question), _WANTS_FIGURE.search(question)
    when_clause = date is not None and (
        (figure is not None and figure.start() > date.start() and _WHEN_CLAUSE.match(question, date.start()))
        or (_WHEN_AFTER.match(question, date.start()) is not None and _asks_besides(question, date)))
    if date and not when_clause:
        return Want.DATE
    if figure:
        return Want.SPAN if _WANTS_SPAN.match(question, figure.start()) else Want.FIGURE
    if _WANTS_NAME.search(question):
        return Want.NAME
    return Want.ANY


# The digits of dates and clock times, which answer "when", not "how many".
_DATE_FIGURES = re.compile(
    rf"\b(\d{{1,2}}\s+({_MONTHS})(\s+(19|20)\d\d)?|({_MONTHS})\s+\d{{1,2}}(,?\s+(19|20)\d\d)?|"
    rf"(19|20)\d\d|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|\d{{1,2}}[:.h]\d\d)\b", _I)
# How far before or after a run of digits a date holding it may reach ("September 20, 2022").
_DATE_REACH = 24


def _in_a_date(sentence: str, digits: re.Match[str]) -> bool:
    """Whether a run of digits is (part of) a date or a clock time."""
    return any(date.start() <= digits.start() and date.end() >= digits.end() for date in _DATE_FIGURES.finditer(
        sentence, max(0, digits.start() - _DATE_REACH), digits.end() + _DATE_REACH))


# The number of a document or of a clause names it and counts nothing: "Decree № 64/2022",
# "Article 17 of the Constitution", "Resolution 2623" do not answer "how many".
_IDENTIFIER_BEFORE = re.compile(
    r"(?:№|#|\bno\.|\bnr\.?|\bart\.|\b(?:article|resolution|decree|paragraph|section|clause|décret|"
    r"résolution|статт[іяею]|стать[иеяюей]|пункт[уа]?|резолюці[їя]|резолюци[ия]|указ[ау]?))\s*$", _I)
_NUMBERED_IN_A_YEAR = re.compile(r"\d+/(?:19|20)\d\d")
# Digits written onto letters name a model: "M142 HIMARS", "Su-25", "Kh-35", "Т-72".
_MODEL_BEFORE = re.compile(r"[^\W\d_]-?$")
# How far before a run of digits the word that makes it an identifier may stand.
_IDENTIFIER_REACH = 16


def _an_identifier(sentence: str, digits: re.Match[str]) -> bool:
    """Whether a run of digits numbers a document, a clause or a model rather than counting."""
    return (_NUMBERED_IN_A_YEAR.fullmatch(digits.group()) is not None
            or _MODEL_BEFORE.search(sentence, max(0, digits.start() - 2), digits.start()) is not None
            or _IDENTIFIER_BEFORE.search(sentence, max(0, digits.start() - _IDENTIFIER_REACH), digits.start()) is not None)


@dataclass(frozen=True)
class Stated:
    """The figures and dates a question gives itself ("in early April 2022", "of the 300
    deputies"): a sentence whose only figure or date is one of them repeats the question and
    answers nothing ("У 2022 році." for "in what year, according to Zelensky in April 2022…")."""

    figures: frozenset[str] = frozenset()
    dates: frozenset[tuple[int, ...]] = frozenset()


def _figures(text: str) -> Iterator[str]:
    """The figures in digits that count something, as digits alone ("1,500" → "1500"), one
    at a time: the ranking asks of ~200 candidates whether any is new to the question."""
    return (re.sub(r"\D", "", digits.group()) for digits in _DIGITS.finditer(text)
            if not _in_a_date(text, digits) and not _an_identifier(text, digits))


def _dates(text: str) -> Iterator[tuple[int, ...]]:
    """The dates in the text, one at a time: dates in figures (their numbers, a year alone
    is one), months (two numbers: 0 and the month), then the days of a month (the month and
    the day), the costliest to find and needed only when the months were no news."""
    for digits in _DIGITS.finditer(text):
        if _NUMERIC_DATE.fullmatch(digits.group()):
            yield tuple(int(part) for part in re.split(r"\D", digits.group()))
    months = [w for w in words(text) if w in _MONTH_WORDS or (w.startswith(_MONTH_STEMS) and w not in _MONTH_STEMS)]
    yield from ((0, _month(w) or -1) for w in months)
    if months:
        yield from ((day.month, day.day) for day in days_asked(text))


def stated(question: str) -> Stated:
    """The figures and dates the question gives (`Stated`)."""
    return Stated(frozenset(_figures(question)), frozenset(_dates(question)))


def has_figure(sentence: str, given: Stated = Stated()) -> bool:
    """A figure in digits that is neither a date's nor a document's number, nor one the
    question gives, or in words ("huit", "тисячі")."""
    if any(figure not in given.figures for figure in _figures(sentence)):
        return True
    return any(w in _NUMBER_WORDS or w.startswith(_NUMBER_STEMS) for w in words(sentence))


def has_date(sentence: str, given: Stated = Stated()) -> bool:
    """A year, a numeric date or a month's name, other than those the question gives."""
    return any(found not in given.dates for found in _dates(sentence))


def carries(want: Want, sentence: str, explicit_claimant: bool, given: Stated = Stated()) -> bool:
    """Whether the sentence holds the kind of answer wanted (always True for ANY), other than
    a figure or date the question gives itself."""
    if want is Want.FIGURE:
        return has_figure(sentence, given)
    if want is Want.DATE:
        return has_date(sentence, given)
    if want is Want.SPAN:
        return has_figure(sentence, given) or has_date(sentence, given)
    if want is Want.NAME:
        return explicit_claimant or bool(_HAS_NAME.search(sentence))
    return True


# "What's the latest on Bakhmut?", "Що нового під Бахмутом?": the question asks for the newest
# claims on its matter; the words that say so are no part of the matter.
_LATEST = re.compile(
    r"\b(?:the\s+)?(?:latest|newest|most\s+recent)(?:\s+(?:news|updates?|reports?|claims?))?(?:\s+(?:on|about|from|in))?"
    r"|\bwhat['’]?s\s+new(?:\s+(?:on|about|from|in|with))?|\b(?:right\s+)?now\b|\bcurrently\b|\brecently\b"
    r"|\b(?:les\s+)?dernières\s+nouvelles(?:\s+(?:de|du|des|sur|d['’]))?|\bquoi\s+de\s+neuf(?:\s+(?:à|au|sur|du|de|d['’]))?"
    r"|\bactuellement\b|\ben\s+ce\s+moment\b|\brécemment\b"
    r"|\bостанні\s+новини(?:\s+(?:з|із|про))?|\bщо\s+нового(?:\s+(?:в|у|під|на|з|про))?|\bзараз\b|\bнаразі\b"
    r"|\bпоследние\s+новости(?:\s+(?:из|о|об|про|с))?|\bчто\s+нового(?:\s+(?:в|во|под|на|с|о|об|про))?"
    r"|\bсейчас\b|\bна\s+данный\s+момент\b",
    _I,
)


def without_recency(question: str) -> str:
    """The question without the words that ask for the newest claims ("the latest on"), or
    the question itself when it has none, or nothing else (then they are all it asks)."""
    topic = " ".join(_LATEST.sub(" ", question).split())
    return topic if topic != question and any(ch.isalnum() for ch in topic) else question


# A date as members type it in figures: day first with dots or dashes ("24.02.2022", the way
# of Ukraine, Russia and France), ISO ("2022-02-24"), or with slashes, day or month first
# ("24/02/2022", "2/24/22"). The reports and the articles' dates are read in words: "what
# happened on 14.04.2022?" met "January 14" by its "14", and no report of 14 April.
_TYPED_DATE = re.compile(
    r"(?<![\d.,/-])(?:(?P<iso_y>(?:19|20)\d\d)-(?P<iso_m>\d{1,2})-(?P<iso_d>\d{1,2})"
    r"|(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)?\d\d))(?![\d.,/-]?\d)")
# The months as each language writes them after a day ("24 лютого 2022").
_MONTHS_AFTER_A_DAY = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
}


# The seasons as members name them, winter first.
_SEASON_WORDS = ("winter|hiver|зима|зиму|зими|взимку|взимі|зимой|зимы", "spring|printemps|весна|весну|весни|навесні|весной|весны",
                 "summer|été|літо|літа|влітку|лето|летом|лета", "autumn|fall|automne|осінь|осені|восени|осень|осенью|осени")
_SEASON = "|".join(_SEASON_WORDS)
_BETWEEN = r"\s+(?:of\s+|de\s+|d['’]\s*|du\s+)?(?:the\s+year\s+)?"
# A season with its year cut to two figures: "summer 22", "winter of '23", "влітку 22", "летом 22".
_SEASON_SHORT_YEAR = re.compile(
    rf"(?<!\w)(?P<season>{_SEASON})(?P<between>{_BETWEEN})['’]?(?P<year>\d\d)(?![\d.,/-]?\d)", _I)
# A season with its year: "summer 2022", "l'été 2022", "влітку 2022 року", "зимой 2023".
_SEASON_OF_A_YEAR = re.compile(rf"(?<!\w)(?P<season>{_SEASON}){_BETWEEN}(?P<year>(?:19|20)\d\d)(?!\d)", _I)


# A month after "in" with its year cut to two figures: "в марте 22", "у березні 22", "en mars 22",
# "in March '22". After "in" it is no day of the month ("22 марта", "on March 22", "в марте
# 22-го"); in English only with its apostrophe ("in May 22 people died").
_MONTH_SHORT_YEAR = re.compile(
    r"(?<!\w)(?P<month>(?:en|в|во|у)\s+[^\W\d_]{3,}\.?\s+['’]?|in\s+[^\W\d_]{3,}\.?\s+['’])"
    r"(?P<year>\d\d)(?![\d.,/:-]?\d|\s*[-–])", _I)


def _with_the_month_s_year(match: re.Match[str]) -> str:
    """"в марте 22" → "в марте 2022", when the word is a month."""
    said = match["month"].rstrip("'’")
    return f"{said}20{match['year']}" if _month(said.split()[1].rstrip(".")) else match[0]


def seasons_asked(question: str) -> frozenset[int]:
    """The seasons the question names with their year (0 winter, 1 spring, 2 summer, 3 autumn):
    "in summer 2022" dates the reports of June to August; "this spring" alone is no date, and
    often the matter ("how much will be sown this spring?")."""
    return frozenset(next(n for n, said in enumerate(_SEASON_WORDS) if re.fullmatch(said, match["season"], _I))
                     for match in _SEASON_OF_A_YEAR.finditer(question))


def with_dates_in_words(question: str, language: str) -> str:
    """The question with the dates it types in figures written as the reports write them, in
    its language ("24.02.2022" → "24 лютого 2022" in Ukrainian), and the year of a season or
    of a month after "in" in full ("summer 22", "в марте 22" → "summer 2022", "в марте 2022":
    "22" alone met the 22nd of every month, and "марте 22" was read as 22 March).

    Slashes are read day first unless that cannot be ("2/24/2022") or the question is in
    English, whose members more often write the month first ("3/4/2022": 4 March); dots and
    dashes are always day first. What is not a calendar date is left as typed.
    """
    months = _MONTHS_AFTER_A_DAY.get(language, _MONTHS_AFTER_A_DAY["en"]).split()

    def spelt(match: re.Match[str]) -> str:
        if match["iso_y"]:
            year, month, day = int(match["iso_y"]), int(match["iso_m"]), int(match["iso_d"])
        else:
            day, month, year = int(match["a"]), int(match["b"]), int(match["y"])
            if match["sep"] == "/" and day <= 12 and (month > 12 or language == "en"):
                day, month = month, day
            year += 2000 if year < 100 else 0
        try:
            date(year, month, day)
        except ValueError:
            return match[0]
        return f"{day} {months[month - 1]} {year}"

    question = _SEASON_SHORT_YEAR.sub(lambda m: f"{m['season']}{m['between']}20{m['year']}", question)
    question = _MONTH_SHORT_YEAR.sub(_with_the_month_s_year, question)
    return _TYPED_DATE.sub(spelt, question)


# The first day of Russia's full-scale invasion, from which members count the war's days ("on
# the first day of the invasion", "day 100 of the war", "у перший день вторгнення").
INVASION_DAY = date(2022, 2, 24)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "premier": 1, "deuxième": 2, "troisième": 3,
             "перший": 1, "першого": 1, "першому": 1, "другий": 2, "другого": 2, "третій": 3, "третього": 3,
             "первый": 1, "первого": 1, "первом": 1, "второй": 2, "второго": 2, "третий": 3, "третьего": 3}
_WAR = (r"(?:the\s+)?(?:full[-\s]scale\s+)?(?:war|invasion)|(?:la\s+)?guerre|l['’]\s*invasion"
        r"|(?:повномасштабної\s+)?(?:війни|вторгнення|агресії)|(?:полномасштабного\s+)?(?:войны|вторжения|агрессии)")
_NTH = r"(?P<n>\d{1,4})(?:st|nd|rd|th|e|ème|-?(?:й|го|ий|ого|ому|ом))?|(?P<word>[^\W\d_]+)"
_WAR_DAY = re.compile(
    rf"(?<!\w)(?:(?:{_NTH})\s+(?:day|jour|день|дня|дні|дне)\s+(?:of|de|d['’]|du)?\s*(?:{_WAR})"
    rf"|(?:day|jour|день)\s+(?P<m>\d{{1,4}})\s+(?:of|de|du)\s+(?:{_WAR}))(?!\w)", _I)


def with_war_days_dated(question: str, language: str) -> str:
    """The question with the date of a day of the war it counts ("on the first day of the
    invasion" → "…, 24 February 2022"), written after it in its language: the reports of that
    day are dated, not numbered. A count in figures gives way to the date ("на 2й день
    вторгнення" → "на день вторгнення (25 лютого 2022)"): as a term, its "2" met "ціль номер
    два" of that day's address."""
    def dated(match: re.Match[str]) -> str:
        number = int(match["n"] or match["m"] or 0) or _ORDINALS.get((match["word"] or "").casefold(), 0)
        if not 0 < number < 5000:
            return match[0]
        day = INVASION_DAY + timedelta(days=number - 1)
        months = _MONTHS_AFTER_A_DAY.get(language, _MONTHS_AFTER_A_DAY["en"]).split()
        said = re.sub(r"\d+\S*\s*", "", match[0], count=1) if (match["n"] or match["m"]) else match[0]
        return f"{said} ({day.day} {months[day.month - 1]} {day.year})"

    return _WAR_DAY.sub(dated, question)


# The months, January first: their names and short forms in English and French, whole, and
# the stems of their Ukrainian and Russian forms ("лютого", "февраля" are the second).
_MONTH_OF = [forms.split() for forms in (
    "january jan janvier janv січ январ", "february feb février fevrier févr fevr fév fev лют феврал",
    "march mar mars берез март", "april apr avril avr квіт апрел", "may mai трав мая май мае",
    "june jun juin черв июн", "july jul juillet juil лип июл", "august aug août aout серп август",
    "september sep sept septembre верес сентябр", "october oct octobre жовт октябр",
    "november nov novembre листопад ноябр", "december dec décembre decembre déc груд декабр")]


# The short forms of the Russian months and of "березень" ("в конце окт", "в янв"), whole words
# only: as stems, "дек" and "сен" would begin "декрет" and "сенат".
_MONTH_SHORT = {"янв": 1, "фев": 2, "мар": 3, "бер": 3, "апр": 4, "авг": 8, "сен": 9, "сент": 9, "окт": 10, "ноя": 11,
                "нояб": 11, "дек": 12}


def _month(word: str) -> int:
    """The month a word names (1–12), or 0."""
    word = word.casefold()
    for number, forms in enumerate(_MONTH_OF, 1):
        if any(word.startswith(form) if is_cyrillic(form) else word == form for form in forms):
            return number
    return _MONTH_SHORT.get(word, 0)


# A month named with its year, a day before or after the month or none: "20 May 2023",
# "May 20, 2023", "в мае 2023 года", "лютого 2022".
_ASKED_DATE = re.compile(
    r"(?<!\w)(?:(?P<day>\d{1,2})\s+)?(?P<month>[^\W\d_]{3,})\.?(?:\s+(?P<day_after>\d{1,2}),?)?"
    r"\s+(?P<year>(?:19|20)\d\d)(?!\d)")


@dataclass(frozen=True)
class PartOfMonth:
    """The days of a month a question narrows it to: "mid December" is the 10th to the 20th."""

    month: int
    first: int
    last: int


# A part of a month as members name it: "early aug", "mid-December", "end of october", "fin
# novembre", "mi-décembre", "наприкінці червня", "в середине декабря". The parts overlap by a
# day: a report of the 10th may be what "early" or "mid" recalls.
_PARTS = {
    "early": (1, 10, r"early|beginning\s+of|start\s+of|début|debut|початок|початку|начало|начале"),
    "mid": (10, 20, r"mid|middle\s+of|mi|milieu|середина|середині|середине"),
    "late": (20, 31, r"late|end\s+of|fin|кінець|кінці|наприкінці|конец|конце"),
}
_PART_OF_MONTH = re.compile(
    r"(?<!\w)(?:" + "|".join(f"(?P<{name}>{said})" for name, (_, _, said) in _PARTS.items()) + ")"
    r"(?:\s*-\s*|\s+)(?:(?:of|the|de|du)\s+|d['’]\s*)?(?P<month>[^\W\d_]{3,})", _I)


def parts_of_month(question: str) -> list[PartOfMonth]:
    """The parts of months the question names ("what did Gromov say in early August?"), so
    that a report from the rest of that month does not count as dated in it."""
    found = []
    for match in _PART_OF_MONTH.finditer(question):
        month = _month(match["month"])
        if month:
            first, last, _ = _PARTS[next(name for name in _PARTS if match[name])]
            found.append(PartOfMonth(month, first, last))
    return found


@dataclass(frozen=True)
class Day:
    """A day a question names, with its year when it gives one: "nov 15", "24 лютого 2022"."""

    month: int
    day: int
    year: int | None = None


# A day of a month, the day first or after it ("15 November", "le 1er mars", "nov 15", "apr
# 8th"), maybe with its year; not a figure's part ("1,5 млн") nor a month with its year ("March
# 2022"). Two expressions, each searched on its own: one alone would take "Зеленський 24" for a
# month and its day, and so miss "24 лютого".
_YEAR_AFTER = r"(?:,?\s+(?P<year>(?:19|20)\d\d)(?!\d))?"
_DAY_FIRST = re.compile(r"(?<![\w.,])(?P<day>\d{1,2})(?:st|nd|rd|th|er)?\s+(?P<month>[^\W\d_]{3,})" + _YEAR_AFTER, _I)
_MONTH_FIRST = re.compile(
    r"(?<!\w)(?P<month>[^\W\d_]{3,})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?![\d.,]?\d)" + _YEAR_AFTER, _I)


def days_asked(question: str) -> list[Day]:
    """The days of a month the question names ("what did the milbloggers say on nov 15?"):
    that day's reports are where its answer is likeliest to be told. Dates typed in figures
    are read first (`with_dates_in_words`)."""
    found = []
    for match in sorted([*_DAY_FIRST.finditer(question), *_MONTH_FIRST.finditer(question)], key=lambda m: m.start()):
        day = Day(_month(match["month"]), int(match["day"]), int(match["year"]) if match["year"] else None)
        try:
            date(day.year or 2000, day.month, day.day)  # 2000 had a 29 February
        except ValueError:
            continue
        if day not in found:
            found.append(day)
    return found


# "Before 24 February 2022", "до 24 лютого": what is asked about came earlier.
_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:before|until|till|prior\s+to|up\s+to|by|eve\s+of|avant|jusqu['’]au|jusqu['’]à|до|перед|"
    r"напередодні|накануне|по)(?:\s+(?:the|le|la|l['’]))?\s+$")


# A year the matter happened in: "lost in 2024", "en 2024", "у 2024 році", "в 2024 году", or
# whose matter it is, in the genitive: "контрнаступ 2023 року", "события 2014 года" (not "на
# 2024 рік", a year planned for, nor "до 2024 року", before it).
_ASKED_YEAR = re.compile(r"(?i)(?<!\w)(?:in|during|en|у|в|во|протягом|течение)\s+(?P<year>(?:19|20)\d\d)(?![\d-])"
                         r"|(?<![\w-])(?P<year_of>(?:19|20)\d\d)\s+(?:року|года)(?!\w)")


def asked_since(question: str) -> str:
    """The first day a report could tell what the question asks about, as "YYYY-MM-DD", when
    it names a month with its year ("what happened in Bakhmut on 20 May 2023?": a report of
    January 2023 cannot) or a year the matter happened in ("how many submarines did the fleet
    lose in 2024?": the first of January), else "". Dates typed in figures are read first
    (`with_dates_in_words`)."""
    for match in _ASKED_DATE.finditer(question):
        month = _month(match["month"])
        if not month or _BEFORE.search(question, 0, match.start()):
            continue
        day = int(match["day"] or match["day_after"] or 1)
        try:
            return date(int(match["year"]), month, day).isoformat()
        except ValueError:
            return date(int(match["year"]), month, 1).isoformat()
    for year in _ASKED_YEAR.finditer(question):
        if not _BEFORE.search(question, 0, year.start()):
            return f"{year['year'] or year['year_of']}-01-01"
    return ""


# Whom a greeting or thanks may name: "hi bot", "thanks all".
_ADDRESSED = r"(?:\s+(?:bot|бот|there|all|everyone|à\s+tous|всім|всем))?"
# A greeting before the question and thanks after it ("hi bot, …", "…? thanks!"), said to the
# bot: the encoder reads them as part of the matter ("good morning, what happened in bucha?"
# fell below the answer threshold that "what happened in bucha?" clears), and a message of
# nothing else asks nothing ("thanks!" was answered with "Thank you for the opportunity.").
_GREETING = re.compile(
    r"^\W*(?:(?:hi|hello|hey|hiya|greetings|good\s+(?:morning|afternoon|evening|day)|how\s+are\s+you|please|ok(?:ay)?|"
    r"test|ping|bonjour|bonsoir|salut|coucou|ça\s+va|привіт|вітаю|як\s+справи|доброго\s+(?:дня|ранку|вечора)|"
    r"добр\w+\s+(?:день|ранок|вечір|утро|вечер)|привет|здравствуй\w*|как\s+дела|будь\s+ласка|пожалуйста|тест)\b"
    rf"{_ADDRESSED}\W*)+",
    _I,
)
_THANKS = re.compile(
    r"[\s,.;:!-]*\b(?:thanks?(?:\s+you)?(?:\s+(?:so\s+much|a\s+lot|in\s+advance))?|thx|cheers|please|"
    r"merci(?:\s+beaucoup)?|s['’]il\s+(?:te|vous)\s+pla[iî]t|svp|stp|дякую(?:\s+дуже)?|будь\s+ласка|"
    r"спасибо(?:\s+большое)?|пожалуйста|(?:good)?bye|good\s+night|au\s+revoir|бувай|до\s+побачення|"
    rf"до\s+свидания){_ADDRESSED}\W*$",
    _I,
)


def _bare(question: str) -> str:
    return _THANKS.sub("", _GREETING.sub("", question)).strip()


def without_courtesies(question: str) -> str:
    """The question without a greeting before it and thanks after it, or the question itself
    when nothing else is left."""
    bare = _bare(question)
    return bare if any(ch.isalnum() for ch in bare) else question


def is_small_talk(question: str) -> bool:
    """Whether the question is greetings and thanks and nothing else ("hi bot, how are you?",
    "Дякую!"): said to the bot, it asks nothing about the war."""
    return not any(ch.isalnum() for ch in _bare(question))


# Whom a speaker addresses in a transcript: "Mr President", "Mr Chairperson of the African Union
# Commission", "Madam Secretary-General", "dear friends", "колеги", "шановний пане Президенте"
# (capitalised words after the title: "Mr Zelensky said…" goes on to say something).
_TITLE = (r"(?:(?:mr|mrs|ms|madam|mister|monsieur|madame|dear|chers?|пане?|пані|господине?|госпож[аео]|уважаем\w*|"
          r"шановн\w*|дорог\w*)\.?\s+)")
_CAPITALISED = r"(?-i:[A-ZА-ЯІЇЄҐ])[\w’'-]*"
_ADDRESS = (rf"{_TITLE}*(?:friends|colleagues|comrades|ladies\s+and\s+gentlemen|amis|друзі|друзья|колеги|коллеги|"
            rf"товариші|товарищи)|{_TITLE}+{_CAPITALISED}(?:\s+(?:of|the|{_CAPITALISED})){{0,5}}")
# What a host and a guest say to each other before the matter: thanks, a greeting, gladness
# to see each other ("I am very happy to see you here in Russia").
_COURTESY = (r"(?:thank\s+you|thanks)(?:\s+(?:very|so)\s+much)?(?:\s+for\s+(?:coming|the\s+invitation|"
             r"having\s+me|your\s+(?:hospitality|time|attention)))?|"
             r"merci(?:\s+beaucoup)?|дякую(?:\s+вам)?(?:\s+за\s+увагу)?|спасибо(?:\s+вам)?(?:\s+большое)?"
             r"(?:\s+за\s+внимание)?|благодарю(?:\s+вас)?|"
             r"good\s+(?:morning|afternoon|evening|day)|hello|welcome|bonjour|bonsoir|добр\w+\s+(?:день|ранок|вечір|"
             r"утро|вечер|дня|ранку|вечора)|здравствуйте|вітаю|приветствую|go\s+ahead|please|"
             r"(?:i\s+am|i['’]m|we\s+are)\s+(?:very\s+|so\s+)?(?:happy|glad|pleased|delighted)\s+to\s+"
             r"(?:see|meet|welcome|greet)\s+you(?:\s+(?:here|again|all))*(?:\s+in\s+(?:the\s+)?[\w-]+)?|"
             r"(?:it\s+is|it['’]s)\s+(?:a\s+)?(?:great\s+)?pleasure\s+to\s+(?:see|meet)\s+you(?:\s+(?:here|again))*|"
             r"рад\w*\s+(?:вас\s+|тебя\s+)?(?:видеть|бачити)(?:\s+(?:вас|тебя))?|радий\s+(?:вас\s+)?бачити")
# A sentence of nothing else, after the speaker's label if it has one.
_ONLY_COURTESIES = re.compile(rf"^(?:[^:.!?…]{{1,120}}:\s+)?(?:(?:{_ADDRESS}|{_COURTESY})[\s,.!;:—-]*)+$", _I)


def is_courtesy(sentence: str) -> bool:
    """A sentence of thanks, greetings and forms of address and nothing else ("Vladimir Putin:
    Thank you.", "Mr President, …, I am happy to see you here in Russia."): it names the
    speaker, the guest and the place of a meeting, so it met questions about that meeting
    first, and it answers none of them."""
    return bool(_ONLY_COURTESIES.match(sentence))
