"""Lexical matching shared by candidate retrieval, ranking and abstention.

Terms are cut to a five-letter prefix, a crude stemmer that works the same way in our four
languages and across cognates: "prisoners" and "prisonniers" share "priso", "captured" and
"capturé" share "captu", "полонених" and "полонені" share "полон". Stopwords and question words
carry no evidence and are dropped. Each question term also carries its bridges to the other
languages (retrieval/bridge.py): glossary forms and a transliteration key, so "prisoners"
is found in "полонених" and "Kursk" in "Курськ".
"""

from __future__ import annotations

import math
import re
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol

from .bridge import (
    CROSS_SCRIPT_PREFIX,
    Form,
    fold,
    glossary,
    is_acronym,
    is_cyrillic,
    key,
    keys,
    latin_spellings,
    skeleton,
    to_cyrillic,
)

PREFIX = 5
# A glossary stem shorter than PREFIX ("kill*", "war*") is compared as a prefix of its own
# length, down to this many letters (three-letter stems such as "war*" would meet "warned"
# and "ward"); the marker keeps it apart from exact forms and keys.
SHORT_PREFIX = 4
_SHORT = "~"
# A name's glossary stem longer than PREFIX ("zelensk*", "chernihiv*") is compared whole, marked
# apart from the prefixes: "zelen" would meet Zelenopillia, "chern" Chernobyl (`glossary.NAMES`).
_WHOLE = "^"
# An acronym's form (`bridge.is_acronym`), compared only with the words a sentence writes in capitals.
_ACRONYM = "!"
# Two letters with their dots ("U.S.", "U.N."), the acronym as some outlets and members write it.
_DOTTED = re.compile(r"\b([^\W\d_])\.([^\W\d_])\.(?!\w)")
_TWO_LETTERS = re.compile(r"\b[^\W\d_]{2}\b")

# A model's designation is one word: "T-72", "Су-25", "F-16s", "S-300" name a weapon, and their
# figures are no quantity ("S-300" met every sentence with 300 in it, as a figure, which counts
# double). Its letters and digits are joined, a plural "s" dropped (`_word`).
_DESIGNATION = r"[^\W\d_]{1,3}-\d{1,4}(?:[^\W\d_]{1,2}\d?)?(?![\w-])"
# A figure written with its separators is one word too: "6,5 тис" (6.5 thousand) holds no "5",
# "1,500" is 1500. Thousands are grouped by threes; a decimal has one or two digits after its
# point, and a date is none: "24.02.2022", or "24.02" as members type a day and its month (a
# point before 01 to 12 is left to them), keeps its day a word of its own.
_THOUSANDS = r"\d{1,3}(?:[.,]\d{3})+(?![.,]?\d)"
_DECIMAL = r"\d+(?:,\d{1,2}|\.(?:\d|1[3-9]|[2-9]\d))(?![.,]?\d)"
_FIGURE = re.compile(rf"(?P<thousands>{_THOUSANDS})|{_DECIMAL}")
_WORD = re.compile(rf"{_DESIGNATION}|{_THOUSANDS}|{_DECIMAL}|\w+", re.UNICODE)
_AGE = re.compile(r"(\d{1,3})(?:yo|yrs?|y)")
# Thousands as chat writes them: "300k" is 300000, as "300,000" is.
_THOUSANDS_K = re.compile(r"(\d{1,3})[kк]")
# A day or a rank written as an ordinal in one word: "17th", "17e", "17ème", "17го" (chat for
# "17-го", which the tokenizer already splits).
_ORDINAL = re.compile(r"(\d{1,2})(?:st|nd|rd|th|e|er|re|ème|eme|го|ого|ое|е|ий|й|я|та|ій)")
_DESIGNATED = re.compile(r"([^\W\d_]{1,3})(\d{1,4}\w*)")
_VARIANT = re.compile(r"[^\W\d_]{1,3}\d{1,4}(?=[^\W\d_])")
# A designation's letters are written with either script's look-alikes: the airliner "МС-21" is
# "MC-21" abroad, not the "MS-21" a transliteration gives (which "С-300" → "S-300" follows).
_TO_CYRILLIC_LOOK = str.maketrans("abcehkmoptxy", "авсенкмортху")
_TO_LATIN_LOOK = str.maketrans("авсенкмортху", "abcehkmoptxy")

_STOPWORDS = set("""
a an the of to in on at by for from with about as and or but not no is are was were be been being
do does did done have has had will would can could should may might must it its this that these
those there their they them he she his her we our you your i me my what which who whom whose when
where why how many much any some all more most than then so if into out up down over under again
still also just very only such per claim claims claimed say says said according tell told report
reported happen happens happened happening going
le la les l un une des du de d au aux et ou mais ne pas plus que qui quoi quel quelle quels quelles
combien comment pourquoi quand où est sont été etre être a ont avait avoir fait faire dans sur par
pour avec sans sous ce cet cette ces son sa ses leur leurs il elle ils elles on se s en y selon
d après affirme affirmé dit dire passé passe
і й та або але не ні що хто який яка яке які коли де чому як скільки чи це цей ця ці той та ті
його її їх він вона вони ми ви у в на з із за до від по про для при над під як каже кажуть
сталося стався сталася сталися відбувається відбулося відбуваються трапилося коїться
и или но не ни что кто какой какая какое какие когда где почему как сколько ли это этот эта эти
тот та те его ее их он она они мы вы у в на с из за до от по о об про для при над под говорит
случилось случился произошло происходит происходило происходят творится
""".split())
# Chat as members type it in Discord: contractions without their apostrophe and fillers. "whats
# happening in kreminna" had "whats" as a term, met only by "WhatsApp", whose sentence came first;
# "the guy who chairs the AU", "are getting cash", "vraiment", "так званій" (so-called) likewise.
_STOPWORDS |= set("""
whats wheres whos hows whens whys thats theres heres isnt arent wasnt werent dont doesnt didnt
hasnt havent hadnt wont cant couldnt wouldnt shouldnt im ive youre theyre anyone anybody someone
somebody know guys pls plz lol wat abt tldr thing stuff
didn doesn isn aren wasn weren hasn haven hadn wouldn couldn shouldn
guy dude nah yeah yep tho rn smth even really actually seriously basically literally get gets got getting gotten
vraiment truc trucs machin gros jusqu так реально насправді взагалі вообще типа короче званий звана звані званій
gonna wanna gotta tbh idk imo btw ngl bro wut quelqu sait genre bref jsp mdr ptdr svp stp
кста чё че шо шось шоб ваще щас тіпа кароче хз мб плз там тут
званої званого называемый называемая называемые называемой называемого
""".split())
# Prepositions of time place nothing in the matter: "what did the kremlin say after the kakhovka
# dam was blown up?" met Putin's "…after the dissolution of the Soviet Union" by its "after"
# (and the nouns of "під час", "во время": during; of "станом на", "по состоянию на": as of).
# "перед" (before) stays a term: as a stopword, a question the dev articles cannot answer ("…у
# драмтеатра в мариуполе перед тем как его разбомбили") was answered (twenty-fifth session).
_STOPWORDS |= set("""
after before during since until après avant pendant depuis після протягом после течение час время
станом состоянию
""".split())
# Pronouns, forms of "to be", prepositions, the words of "according to" and the other cases of
# "which" and "whose" the lists above missed: "Кого Кадыров обвинил…", "Когда … был взят
# Соледар?", "по данным украинского Центра…", "по словам России", "яким росіянам дякував…",
# "combien d'occupants avaient déjà péri", "навіщо", "куда", "именно", "juste".
_STOPWORDS |= set("""
vers près entre chez lors lequel laquelle lesquels lesquelles auquel auxquels duquel desquels dont
яким якими якою яку якім котрий котра котре котрі котрого котрому котрих чий чия чиє чиї чиїх
каким какими какую каком который которая которое которые которого которому которым которых которой
чей чья чьё чьи чьих
нас нам нами вас вам вами мене мені мною тебе тобі тобою їм ними них неї нею нього нему себе собі собою
меня мне мной тебя ему им ими ней ним нём себя собой him
кого кому ким якого якому якої якій яких їхні їхній їхня їхнє свій свого свої своїх своє свою наш наша
наші наших був була було були буде будуть без через знову щоб даними думку словами
кем чем чему каких какого какому свой своего свои своих своё свою наши наших был была было были будет
будут снова чтобы данным мнению словам
avaient étaient était sera seront serait seraient aurait auraient avons avez ai déjà already вже уже
каков какова каково каковы навіщо нащо чого куди звідки зачем куда откуда
саме хоч хоча просто навіть також теж именно хоть даже тоже exactement juste encore aussi même
нашій нашої нашу нашим нашими нашого нашому нашей нашего нашему
все всё всі усі усе весь вся всех всем того тому щодо стосовно насчёт насчет касательно относительно
идёт идет іде йде
писал писала писали писав написал написала написали написав розказував розповідав рассказывал описал
raconte raconté racontait disait disaient
надо нужно можно нет вроде мол типу чет якісь пока incl thru shud wich teh theyd quil сколко скока скіки скильки скілки скольких
devait devaient doit doivent pourrait peut peuvent vient viennent aller va vont tout tous toute toutes ceux celle celles
celui bien autre autres aucun aucune davantage faisait faisaient
""".split())
# Verbs of saying in the past, as "said" and "told" are: "шмигаль 5 березня казав…", "путин…
# чё сказал про…" had the verb as a term, which the glossary's "say" met in every "said" of a
# transcript. And the French pronouns after a verb ("…essaient de lui faire croire quoi"), the
# filler "причём" (what has it to do with).
_STOPWORDS |= set("""
сказал сказала сказали сказав казав казала казали говорил говорила говорили говорив говорят
розповів розповіла рассказал рассказала пише пишуть пишет пишут lui eux nous vous moi toi причем причём
""".split())
# The other cases of "this", "that" and "one's own", "the most", and the words of "despite",
# "besides", "both" and "other" in the four languages, as "entre" and "même" were: "на
# этой неделе", "несмотря на", "помимо штурмов", "la plupart", "sur quel côté".
_STOPWORDS |= set("""
этой этого этому этим этих эту тех тем цієї цього цьому цим цих цю тих тією
своим своей своему своими своїм своєї своєму своїми самый самая самое самые самых самим самого самой
despite несмотря попри malgré besides помимо кроме крім both оба обе обидва обидві other others
інше інший інша інші другие другой другая другое другого
plupart autant devant parmi côté côtés façon quasi font mettre venir
""".split())
# The rest of the kind that members' questions showed: "him" and "that" in their other cases
# ("из него", "з тим"), "there", "somewhere", "only", "must", "did" ("що зробила поліція"),
# "can" ("що можна", "что смогли занять"), "скок" and "скількох" (how many), the nouns of
# "according to" ("по версии Минобороны", "за повідомленням ISW"), "в ходе" (during), "в итоге"
# (in the end), "примерно" (about), "йшлося" (it was about), "comme", chat's "cest", and the "that"
# of "о том, что" and "в этом".
_STOPWORDS |= set("""
него тим туди десь тільки только лише лишь чим скок скількох должно должен должна должны повинен
повинні зробив зробила зробило зробили сделал сделала сделало сделали версии версією версії
повідомленням повідомленнями сообщению
може можуть можна могут может могли смогли сможет зможе змогли змогла змогло ходе итоге примерно приблизно
йшлося comme cest sest том этом
""".split())
_STOPWORDS = {fold(w) for w in _STOPWORDS}


def words(text: str) -> list[str]:
    """Words of `text`, casefolded and without diacritics, as sentences and questions are compared."""
    return list(_folded_words(text))


def _word(token: str) -> str:
    """A token as compared: a designation joined ("T-72" → "T72", "F-16s" → "F16"), a figure
    without its thousands separators ("1,500" → "1500") or with a point for its decimal one
    ("6,5" → "6.5"), an age as chat types it without its unit ("16yo" → "16": "16 years old"),
    an ordinal without its ending ("17th" → "17": "March 17")."""
    if token[0].isdigit():
        figure = _FIGURE.fullmatch(token)
        if figure:
            return re.sub("[.,]", "", token) if figure["thousands"] else token.replace(",", ".")
        age = _AGE.fullmatch(token) or _ORDINAL.fullmatch(token)
        if age:
            return age[1]
        thousands = _THOUSANDS_K.fullmatch(token)
        if thousands:
            return thousands[1] + "000"
    if "-" not in token:
        return token
    joined = token.replace("-", "")
    return joined[:-1] if joined[-1] in "sS" and joined[-2].isdigit() else joined


# Ukrainian writes an apostrophe inside a word, before я, ю, є or ї ("пам'ять", "прем’єр",
# "обʼєкт"), with any of three characters. The modifier letter (U+02BC) is a letter, so the word
# stays whole, for FTS5 as here; the other two split it, and "прем'єр" asked met "Премʼєр-міністр"
# nowhere (its "ють" of "б'ють" was a term of its own). One character for all three.
_APOSTROPHE_IN_A_WORD = re.compile(r"(?<=[а-яіїєґА-ЯІЇЄҐ])['’](?=[єїюяЄЇЮЯ])")
APOSTROPHE = "\u02bc"


def with_one_apostrophe(text: str) -> str:
    """The text with every apostrophe inside a Ukrainian word written as U+02BC."""
    return _APOSTROPHE_IN_A_WORD.sub(APOSTROPHE, text)


@lru_cache(maxsize=4096)
def _folded_words(text: str) -> tuple[str, ...]:
    """Cached: a question's candidates are split by the lexical rescoring, the term matching
    and the de-duplication in turn."""
    if text.isascii():
        return tuple(_word(w) for w in _WORD.findall(text.lower()))
    return tuple(_folded(_word(w)) for w in _WORD.findall(with_one_apostrophe(text)))


@lru_cache(maxsize=200_000)
def _folded(word: str) -> str:
    """`fold` of one word, cached: ranking folds every word of every candidate."""
    return fold(word)


def _content_words(text: str) -> list[str]:
    """Casefolded words that carry evidence: no stopwords, no one- or two-letter words but
    acronyms ("US", "EU"), which are kept in their capitals (`bridge.is_acronym`), and a letter
    with a figure ("g7", as chat writes the G7). Diacritics are kept for the FTS query (FTS5's
    tokenizer folds them its own way, Latin only)."""
    out: list[str] = []
    for token in _WORD.findall(_DOTTED.sub(r"\1\2", text)):
        if is_acronym(token):
            word, noise = token, False
        else:
            word = _word(token.casefold())
            noise = (len(word) < 3 and not word.isdigit() and not _DESIGNATED.fullmatch(word)) or fold(word) in _STOPWORDS
        if not noise and word not in out:
            out.append(word)
    return out


def _match_form(folded: str, prefix: bool = True, short: bool = False, whole: bool = False, distinct: int = 0,
                acronym: bool = False) -> str:
    """How a term is compared: a prefix of PREFIX letters, `=word` for an exact match, `!word`
    for an acronym, met only in capitals (`matches`), or, for
    a glossary stem marked as a prefix but shorter than PREFIX ("kill*", "танк*"), `~stem`:
    that stem's own prefix, as the lexical search uses it; a name's stem longer than PREFIX
    (`whole`) is `^stem`, compared whole, and so are the first `distinct` letters of a stem
    that begins as another concept's does (`bridge.Form.distinct`)."""
    if acronym:
        return _ACRONYM + folded
    if folded.isdigit() or not prefix:
        return "=" + folded
    if whole and len(folded) > PREFIX:
        return _WHOLE + folded
    if distinct > PREFIX and len(folded) > PREFIX:
        return _WHOLE + folded[:distinct]
    if len(folded) >= PREFIX:
        return folded[:PREFIX]
    return _SHORT + folded if short and len(folded) >= SHORT_PREFIX else "=" + folded


@dataclass(frozen=True)
class QueryTerm:
    """One content word of a question with every way a sentence may contain it.

    `forms` are compared with the sentence's own words (its prefix, its glossary translations);
    `keys` with the transliteration keys of the sentence's words (names across scripts).
    `search` holds the same alternatives spelt for an FTS5 query, original word first.
    `phrases` are glossary translations in several words, compared with words that follow each
    other in the sentence, each word as `forms` are. `identifies`: "country" when it names a country
    other than the two at war, "model" a weapon system (`glossary.COUNTRIES`, `glossary.MODELS`).
    """

    word: str
    weight: float
    forms: frozenset[str]
    keys: frozenset[str]
    search: tuple[str, ...]
    phrases: frozenset[tuple[str, ...]] = frozenset()
    identifies: str = ""


def query_terms(question: str) -> list[QueryTerm]:
    """The question's content terms, in order, with their cross-language bridges."""
    out: list[QueryTerm] = []
    question = with_one_apostrophe(question)
    names = _names(question)
    days = _days_of_months(question)
    question, glossary_phrases = _glossary_phrases_in(question)
    for word in _content_words(question):
        if word in glossary_phrases:
            out.append(_phrase_term(word.replace("_", " "), *glossary_phrases[word]))
            continue
        folded = fold(word)
        if word.replace(".", "", 1).isdigit():
            # A small figure is also met written out ("3 words": "three words we have been
            # fighting for"), through the glossary's lines for two to ten; not a month's day
            # ("aug 9" is no "nine").
            forms, phrases, bridged = _bridges([] if word in days else glossary().concepts_of(word))
            out.append(QueryTerm(word, 2.0, frozenset({"=" + word, *forms}), frozenset(),
                                 tuple(dict.fromkeys([word, *bridged]))))
            continue
        designated = is_designation(word) and _DESIGNATED.fullmatch(word)
        if designated:
            # FTS5 splits it as written, "T-72" as a phrase of its letters (in either script)
            # and digits, "T72" as one token.
            letters, rest = designated.groups()
            spellings = latin_spellings(letters) if is_cyrillic(letters) else to_cyrillic(letters)
            search = [word, *(f"{spelt} {rest}" for spelt in dict.fromkeys([letters, *spellings]))]
            name_keys = frozenset(_match_form(k) for k in keys(word))
            looks = {folded.translate(_TO_CYRILLIC_LOOK), folded.translate(_TO_LATIN_LOOK)}
            forms = frozenset(_match_form(form) for form in {folded, *looks})
            out.append(QueryTerm(word, 1.0, forms, name_keys, tuple(search)))
            continue
        word, folded = _without_possessive_s(word, folded)
        search = [word[:PREFIX] + "*" if len(word) >= PREFIX else word]
        if APOSTROPHE in word:
            # Written with another apostrophe, FTS5 holds it as two words in a row.
            search.append(word.replace(APOSTROPHE, " ") + "*")
        concepts = glossary().concepts_of(folded)
        # A name the glossary knows is compared by its stems, not by its own first letters, and
        # is that name only: "Crimea" begins with the stem "crime*", "Чернігів" with "черн*" (black).
        name = _name_stem(folded, concepts)
        if name:
            concepts = [concept for concept in concepts if any(form.whole for form in concept)]
        distinct = _distinct(folded, concepts)
        acronym = is_acronym(word)
        forms, phrases, bridged = _bridges(concepts)
        forms.add(_match_form(name, whole=True) if name else _match_form(folded, distinct=distinct, acronym=acronym))
        search += bridged
        if not concepts and len(folded) >= CROSS_SCRIPT_PREFIX:
            spellings = latin_spellings(word) if is_cyrillic(word) else to_cyrillic(folded)
            search += [s[:CROSS_SCRIPT_PREFIX] + "*" for s in spellings]
            if "ou" in folded:
                search.append(folded.replace("ou", "u")[:PREFIX] + "*")
        # Its stems are written in both scripts, and its key's first letters would meet what
        # its own would ("zelenskiy", "Зеленопілля"); an acronym's key would meet "us".
        name_keys = set() if name or acronym else {_match_form(k, distinct=distinct) for k in keys(word)}
        if not concepts and folded in names and not acronym:
            name_keys |= _other_script_skeleton(word)
        out.append(QueryTerm(word, 1.0, frozenset(forms), frozenset(name_keys), tuple(dict.fromkeys(search)),
                             frozenset(phrases), _identifies(concepts)))
    return out


# The glossary's lines for the months, known by their English names; each holds the month's
# names and abbreviations in the four languages ("aug", "janv", "вересня", "марта").
_ENGLISH_MONTHS = frozenset("january february march april may june july august september october november december".split())


def _names_a_month(token: str) -> bool:
    return any(form.folded in _ENGLISH_MONTHS for concept in glossary().concepts_of(fold(token.casefold()))
               for form in concept)


def _days_of_months(question: str) -> set[str]:
    """The figures written next to a month's name, in any of the four languages ("aug 9",
    "5 вересня"): days, not counts."""
    tokens = _WORD.findall(question)
    return {token for i, token in enumerate(tokens) if token.isdigit()
            and any(map(_names_a_month, tokens[max(0, i - 1):i] + tokens[i + 1:i + 2]))}


def _without_possessive_s(word: str, folded: str) -> tuple[str, str]:
    """A name with the "s" of a possessive typed without its apostrophe ("kyivs ok", "kharkivs
    defense") as the name itself: the glossary knows "kyiv" whole, and "kyivs" met nothing."""
    if len(folded) < 4 or not folded.endswith("s") or glossary().concepts_of(folded):
        return word, folded
    names = [concept for concept in glossary().concepts_of(folded[:-1]) if any(form.whole for form in concept)]
    return (word[:-1], folded[:-1]) if names else (word, folded)


def _bridges(concepts: list[tuple[Form, ...]]) -> tuple[set[str], set[tuple[str, ...]], list[str]]:
    """The glossary forms of a question term's concepts: as compared with a sentence's words
    (`_match_form`), its phrases (`QueryTerm.phrases`), and as searched (FTS5 strings)."""
    forms: set[str] = set()
    phrases: set[tuple[str, ...]] = set()
    search: list[str] = []
    for concept in concepts:
        for form in concept:
            if form.phrase:
                phrases.add(tuple(_match_form(w.rstrip("*"), w.endswith("*"), short=True) for w in form.phrase))
                search.append(form.text + ("*" if form.phrase[-1].endswith("*") else ""))
                continue
            forms.add(_match_form(form.folded, form.prefix or len(form.folded) >= 4, short=form.prefix,
                                  whole=form.whole, distinct=form.distinct, acronym=form.acronym))
            search.append(form.text + ("*" if form.prefix else ""))
    return forms, phrases, search


def _phrase_term(said: str, written: str, concepts: list[tuple[Form, ...]]) -> QueryTerm:
    """The term of a glossary phrase the question says ("États-Unis", "Red Cross"): one term,
    which the phrase's concept bridges, rather than words no line knows ("unis", "red").
    `said` is its content words, `written` the phrase as the glossary writes it, searched first."""
    forms, phrases, search = _bridges(concepts)
    return QueryTerm(said, 1.0, frozenset(forms), frozenset(), tuple(dict.fromkeys([written, *search])),
                     frozenset(phrases), _identifies(concepts))


def _identifies(concepts: list[tuple[Form, ...]]) -> str:
    return next((form.identifies for concept in concepts for form in concept if form.identifies), "")


@lru_cache(maxsize=1)
def _glossary_phrases() -> dict[str, list[tuple[Form, int]]]:
    """The glossary's phrases by their first word (without its "*"): (form, concept number)."""
    table: dict[str, list[tuple[Form, int]]] = {}
    for number, concept in enumerate(glossary().concepts):
        for form in concept:
            if form.phrase:
                table.setdefault(form.phrase[0].rstrip("*"), []).append((form, number))
    return table


def _phrases_beginning(word: str) -> list[tuple[Form, int]]:
    """The glossary's phrases whose first word is this one, whole or as a stem it begins with
    ("воєнн*_стан*" for "воєнний стан": a phrase of stems was met in sentences, never asked)."""
    table = _glossary_phrases()
    return [*table.get(word, ()), *(entry for cut in range(len(word) - 1, 2, -1) for entry in table.get(word[:cut], ())
                                    if entry[0].phrase[0].endswith("*"))]


def _glossary_phrases_in(question: str) -> tuple[str, dict[str, tuple[str, list[tuple[Form, ...]]]]]:
    """The question with each glossary phrase it says joined into one word by "_" (a word
    `_WORD` keeps whole), and for each such word: (the phrase as written, its concepts).
    The longest phrase at a position wins; phrases do not overlap."""
    tokens = list(_WORD.finditer(question))
    folded = [fold(token[0]) for token in tokens]
    found: dict[str, tuple[str, list[tuple[Form, ...]]]] = {}
    pieces, at, start = [], 0, 0
    while start < len(tokens):
        best: dict[int, list[tuple[Form, int]]] = {}
        for form, number in _phrases_beginning(folded[start]):
            there = folded[start:start + len(form.phrase)]
            if len(there) == len(form.phrase) and all(
                    q == w or (w.endswith("*") and q.startswith(w[:-1])) for q, w in zip(there, form.phrase)):
                best.setdefault(len(form.phrase), []).append((form, number))
        if not best:
            start += 1
            continue
        length = max(best)
        joined = "_".join(token[0] for token in tokens[start:start + length])
        numbers = sorted({number for _, number in best[length]})
        found[joined.casefold()] = (best[length][0][0].text, [glossary().concepts[n] for n in numbers])
        pieces += [question[at:tokens[start].start()], joined]
        at = tokens[start + length - 1].end()
        start += length
    return "".join(pieces) + question[at:], found


def is_designation(word: str) -> bool:
    """Whether a question's word names a model by its designation ("f16", "s300", "mh17"),
    not a word the glossary knows that is written alike ("ww2", the Second World War)."""
    return _DESIGNATED.fullmatch(word) is not None and not glossary().concepts_of(fold(word))


def _name_stem(folded: str, concepts: list[tuple[Form, ...]]) -> str:
    """The longest name stem longer than PREFIX the word begins with, or "" when the glossary
    knows it by a shorter name stem or whole, or not as a name."""
    found = [form for concept in concepts if any(form.whole for form in concept) for form in concept
             if (form.folded == folded and not form.prefix) or (form.prefix and folded.startswith(form.folded))]
    if not found or not all(form.whole and len(form.folded) > PREFIX for form in found):
        return ""
    return max((form.folded for form in found), key=len)


def _distinct(folded: str, concepts: list[tuple[Form, ...]]) -> int:
    """How many of the word's letters tell it apart: as many as the glossary stem it begins
    with needs (`bridge.Form.distinct`), "international" by "intern", not "inter" (intercepted)."""
    return max((form.distinct for concept in concepts for form in concept
                if form.prefix and folded.startswith(form.folded)), default=0)


def _names(question: str) -> set[str]:
    """The question's capitalised words after its first (folded): the names in it."""
    return {fold(word) for word in _WORD.findall(question)[1:] if word[:1].isupper()}


# Marks a consonant skeleton (`bridge.skeleton`) among a word's keys.
_SKELETON = "\x01"


def _other_script_skeleton(word: str) -> set[str]:
    """The key that finds a question's name spelt with other vowels in the other script
    ("Кременной" → Kreminna), compared as `_match_form` compares words.

    Only for a name the glossary does not know: the consonants of common words meet too many
    others ("правду" would meet "provide", "Херсон" "garrison").
    """
    found = skeleton(word)
    if not found:
        return set()
    other = "l" if found[0] == "c" else "c"
    return {_SKELETON + other + _match_form(found[1:])}


def _fts_phrase(term: str) -> str:
    """A quoted FTS5 string (optionally a prefix query): user text is never parsed as syntax."""
    prefix = term.endswith("*")
    body = term.rstrip("*")
    return '"' + body.replace('"', '""') + '"' + ("*" if prefix else "")


def fts_phrases(terms: list[QueryTerm], bridged: bool = False) -> list[str]:
    """The search strings of the question's words, or (`bridged`) of their bridges, once each.

    A string ending in "*" is a prefix; `fts_match` turns a list of them into a MATCH expression.
    """
    parts = [p for t in terms for p in (t.search[1:] if bridged else t.search[:1]) if p.rstrip("*")]
    return list(dict.fromkeys(parts))


def fts_match(phrases: list[str]) -> str:
    """An FTS5 MATCH expression: any of the phrases."""
    return " OR ".join(_fts_phrase(p) for p in phrases)


def fts_query(terms: list[QueryTerm], bridged: bool = False) -> str:
    """An FTS5 MATCH expression: any of the question's words, or (`bridged`) of their bridges."""
    return fts_match(fts_phrases(terms, bridged))


# -- lexical retrieval in a large library ----------------------------------------------------
#
# FTS5 ranks every row its query matches, so a query's cost grows with its commonest phrase: a
# word half the library contains ("Ukraine" in a library about Ukraine) costs as much as the rest
# of the question together, 1.7 s at 1M sentences. So a query matches only its rarest phrases,
# up to a budget of rows (`plan`), and the best of those rows are then rescored with the phrases
# left out (`rescore`), by the same bm25 formula FTS5 uses: the order is FTS5's over the whole
# query, except that a row containing none of the rare phrases is not a candidate. A query
# within the budget is matched whole and its order is FTS5's own.

# The store's FTS5 tokenizer: `fts_tokens` splits text exactly as the index does.
FTS_TOKENIZE = "unicode61 remove_diacritics 2"
# FTS5's bm25 parameters.
BM25_K1 = 1.2
BM25_B = 0.75
_tokenizer_lock = threading.Lock()


@lru_cache(maxsize=1)
def _tokenizer() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    conn.execute(f"CREATE VIRTUAL TABLE t USING fts5 (x, tokenize='{FTS_TOKENIZE}')")
    conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab (t, instance)")
    conn.execute("CREATE VIRTUAL TABLE r USING fts5vocab (t, row)")
    return conn


def fts_tokens(text: str) -> tuple[str, ...]:
    """The tokens FTS5 makes of `text`, as its vocabulary lists them (folded its own way: it
    strips Latin diacritics only, so "armée" is "armee" but "й" stays "й")."""
    return fts_tokens_of([text])[0]


_TOKENS_KEPT = 50_000
_tokens_cache: dict[str, tuple[str, ...]] = {}


def fts_tokens_of(texts: Sequence[str]) -> list[tuple[str, ...]]:
    """`fts_tokens` of each text, asking FTS5 once for all those not seen before."""
    known = {text: _tokens_cache[text] for text in texts if text in _tokens_cache}
    missing = [text for text in dict.fromkeys(texts) if text not in known]
    if missing:
        with _tokenizer_lock:
            conn = _tokenizer()
            conn.executemany("INSERT INTO t (rowid, x) VALUES (?, ?)", enumerate(missing, 1))
            try:
                found: dict[int, list[str]] = {}
                for doc, term in conn.execute("SELECT doc, term FROM v ORDER BY doc, offset"):
                    found.setdefault(doc, []).append(term)
            finally:
                conn.execute("DELETE FROM t")
        if len(_tokens_cache) + len(missing) > _TOKENS_KEPT:
            _tokens_cache.clear()
        for n, text in enumerate(missing, 1):
            known[text] = _tokens_cache[text] = tuple(found.get(n, ()))
    return [known[text] for text in texts]


def fts_document_counts(texts: Iterable[str]) -> dict[str, tuple[int, int]]:
    """For each FTS5 token of `texts`: (texts containing it, its occurrences)."""
    with _tokenizer_lock:
        conn = _tokenizer()
        conn.executemany("INSERT INTO t (x) VALUES (?)", ((t,) for t in texts))
        try:
            return {term: (docs, count) for term, docs, count in conn.execute("SELECT term, doc, cnt FROM r")}
        finally:
            conn.execute("DELETE FROM t")


class DocumentFrequency(Protocol):
    """How many rows of the lexical index contain an FTS5 token, or any token with a prefix."""

    rows: int  # rows in the index
    mean_length: float  # tokens per row

    def docs(self, token: str, prefix: bool) -> int: ...


@dataclass(frozen=True)
class Rescore:
    """A phrase left out of a query, to add to the bm25 of the rows it matched."""

    folded: str  # its token, folded as `words` folds
    prefix: bool
    idf: float


def plan(phrases: Sequence[str], frequency: DocumentFrequency, budget: int) -> tuple[list[str], list[Rescore]]:
    """The phrases (search strings, "prefix*" or "word") a query matches, and those left out.

    Rarest first, as long as the rows they match add up to at most `budget`; a phrase FTS5 makes
    no token of, or whose token no row contains, matches nothing and is dropped. A phrase costs
    the rows of its commonest token (FTS5 reads every token's list of a phrase), once for all
    the phrases FTS5 reads alike ("région*" and "region*").
    """
    # (FTS5 tokens, prefix?) -> the phrases FTS5 reads as it
    groups: dict[tuple[tuple[str, ...], bool], list[int]] = {}
    for i, (phrase, tokens) in enumerate(zip(phrases, fts_tokens_of([p.rstrip("*") for p in phrases]))):
        groups.setdefault((tokens, phrase.endswith("*")), []).append(i)
    costs = {}
    for tokens, prefix in groups:
        last = len(tokens) - 1
        costs[tokens, prefix] = max((frequency.docs(t, prefix and n == last) for n, t in enumerate(tokens)), default=0)
    kept, total = set(), 0
    for group in sorted(groups, key=costs.__getitem__):
        total += costs[group]
        if total > budget:
            break
        kept.add(group)
    matched = sorted(i for group in kept if costs[group] for i in groups[group])
    left = []
    for (tokens, prefix), members in groups.items():
        idf = _idf(frequency.rows, costs[tokens, prefix])
        if (tokens, prefix) not in kept and len(tokens) == 1 and costs[tokens, prefix] and idf > _IDF_FLOOR:
            # Once per phrase, as FTS5 would weigh "région*" OR "region*".
            left += [Rescore(fold(tokens[0]), prefix, idf)] * len(members)
    return [phrases[i] for i in matched], left


_IDF_FLOOR = 1e-6


def _idf(rows: int, docs: int) -> float:
    """FTS5's bm25 idf, floored as FTS5 floors it."""
    idf = math.log((rows - docs + 0.5) / (docs + 0.5))
    return idf if idf > 0 else _IDF_FLOOR


def rescore(ranked: Sequence[tuple[int, float, str]], left: list[Rescore],
            mean_length: float) -> list[tuple[int, float]]:
    """(id, bm25) of FTS5-ranked rows (id, bm25, text) with the phrases left out added, best first.

    bm25 is FTS5's, lower-better: each phrase adds -idf * tf * (k1 + 1) / (tf + k1 * (1 - b +
    b * length / mean length)), tf and length counted in the row's words, folded alike.
    """
    if not left:
        return [(i, score) for i, score, _ in ranked]
    hits_of: dict[str, list[int]] = {}
    out = []
    for sentence_id, score, text in ranked:
        tokens = _folded_words(text or "")
        tf: dict[int, int] = {}
        for word in tokens:
            hits = hits_of.get(word)
            if hits is None:
                hits = hits_of[word] = [n for n, p in enumerate(left)
                                        if (word.startswith(p.folded) if p.prefix else word == p.folded)]
            for n in hits:
                tf[n] = tf.get(n, 0) + 1
        if tf:
            norm = BM25_K1 * (1 - BM25_B + BM25_B * len(tokens) / max(mean_length, 1.0))
            score -= sum(left[n].idf * f * (BM25_K1 + 1) / (f + norm) for n, f in tf.items())
        out.append((sentence_id, score))
    out.sort(key=lambda item: item[1])
    return out


@lru_cache(maxsize=200_000)
def _word_forms(word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A folded word's exact form and PREFIX-letter prefix, and the same of its key and of its
    consonant skeleton (tagged with its script, so that only the other script's names meet it).

    A question term is compared by exactly these (`_match_form`): its PREFIX-letter prefix
    when it has that many letters, else the whole word, so no other prefix can match.
    """
    stems = tuple(_WHOLE + word[:n] for n in range(PREFIX + 1, len(word) + 1))
    found = skeleton(word)
    if not found:
        return (*_own_forms(word), *stems), _own_forms(key(word))
    # As `_match_form` gives a question's skeleton: the whole, or its PREFIX-letter prefix.
    tag, consonants = _SKELETON + found[0], found[1:]
    skeletons = (tag + "=" + consonants, *((tag + consonants[:PREFIX],) if len(consonants) >= PREFIX else ()))
    return (*_own_forms(word), *stems), (*_own_forms(key(word)), *skeletons)


def _own_forms(value: str) -> tuple[str, ...]:
    """A word's exact form, its PREFIX-letter prefix, and its short stems (see `_match_form`);
    a designation's variant ("t72b3") is also the model it varies ("t72")."""
    stems = tuple(_SHORT + value[:n] for n in range(SHORT_PREFIX, min(len(value), PREFIX - 1) + 1))
    model = _VARIANT.match(value)
    return ("=" + value, *((value[:PREFIX],) if len(value) >= PREFIX else ()), *stems,
            *(("=" + model[0],) if model else ()))


# "may" in lower case is the English modal verb, not the month the glossary's "May" stands for
# (ISW writes the modal three times as often): it is not matched.
_MODAL_MAY = re.compile(r"\bmay\b")


def matches(terms: list[QueryTerm], sentence: str) -> list[bool]:
    """For each question term, whether the sentence contains it in any language."""
    hits = [False] * len(terms)
    lookup = _lookup(terms)
    if lookup.month_may and "may" in sentence:
        sentence = _MODAL_MAY.sub(" ", sentence)
    for word in _folded_words(sentence):
        found = lookup.words.get(word)
        if found is None:
            found = lookup.words[word] = lookup.terms_of(word)
        for n in found:
            hits[n] = True
    if lookup.phrases:
        said = _folded_words(sentence)
        for phrase, n in lookup.phrases:
            if not hits[n] and _says(said, phrase):
                hits[n] = True
    if lookup.acronyms:
        for token in _TWO_LETTERS.findall(_DOTTED.sub(r"\1\2", sentence)):
            if is_acronym(token):
                for n in lookup.by_probe.get(_ACRONYM + fold(token), ()):
                    hits[n] = True
    return hits


def _says(said: Sequence[str], phrase: tuple[str, ...]) -> bool:
    """Whether the words of `phrase` (match forms) follow each other among the folded words `said`."""
    last = len(said) - len(phrase)
    return any(all(form in _word_probes(said[start + n]) for n, form in enumerate(phrase))
               for start in range(last + 1) if phrase[0] in _word_probes(said[start]))


@dataclass
class _TermLookup:
    """Which of one question's terms each word stands for, by the word's forms and keys.

    One question's candidates share most of their words, so each word is looked up once
    (`words`), and by its few forms in an index of the terms' forms rather than against every
    term (on a 100k library, ~1,000 distinct words among a question's ~180 candidates).
    """

    terms: list[QueryTerm]
    term_ids: tuple[int, ...] = ()
    by_probe: dict[str, tuple[int, ...]] = field(default_factory=dict)
    words: dict[str, tuple[int, ...]] = field(default_factory=dict)
    month_may: bool = False  # a term stands for the month May (`_MODAL_MAY`)
    acronyms: bool = False  # a term has an acronym's form, met only in capitals
    phrases: list[tuple[tuple[str, ...], int]] = field(default_factory=list)  # (phrase, its term)

    def __post_init__(self) -> None:
        self.term_ids = tuple(map(id, self.terms))
        found: dict[str, set[int]] = {}
        for n, term in enumerate(self.terms):
            for probe in (*term.forms, *(_KEY + k for k in term.keys)):
                found.setdefault(probe, set()).add(n)
        self.by_probe = {probe: tuple(sorted(ns)) for probe, ns in found.items()}
        self.month_may = "=may" in self.by_probe
        self.acronyms = any(probe.startswith(_ACRONYM) for probe in self.by_probe)
        self.phrases = [(phrase, n) for n, term in enumerate(self.terms) for phrase in term.phrases]

    def terms_of(self, word: str) -> tuple[int, ...]:
        hits = [self.by_probe[p] for p in _word_probes(word) if p in self.by_probe]
        if len(hits) < 2:
            return hits[0] if hits else ()
        return tuple(sorted(set().union(*hits)))


# Marks a transliteration key among a word's probes: keys are compared only with keys.
_KEY = "\x00"


@lru_cache(maxsize=200_000)
def _word_probes(word: str) -> tuple[str, ...]:
    """A word's forms and marked keys, as looked up in `_TermLookup.by_probe`."""
    word_forms, word_keys = _word_forms(word)
    return (*word_forms, *(_KEY + k for k in word_keys))


_last_lookup: list[_TermLookup] = []


def _lookup(terms: list[QueryTerm]) -> _TermLookup:
    """The lookup of the last list of terms seen (one question's candidates come in a row)."""
    if not _last_lookup or _last_lookup[0].terms is not terms or _last_lookup[0].term_ids != tuple(map(id, terms)):
        _last_lookup[:] = [_TermLookup(terms)]
    return _last_lookup[0]


# How much of a question's word coverage an answer keeps when it is written in another language:
# BRIDGE_RECALL[asked][written]. The glossary and the transliterated names find fewer of the
# question's words across languages than its own words find in its own language. Measured with
# `python -m benchmarks.language_bias` on its 20 question/answer pairs in the four languages.
BRIDGE_RECALL = {
    "en": {"fr": 0.86, "uk": 0.79, "ru": 0.78}, "fr": {"en": 0.85, "uk": 0.75, "ru": 0.73},
    "uk": {"en": 0.82, "fr": 0.81, "ru": 0.92}, "ru": {"en": 0.74, "fr": 0.72, "uk": 0.84},
}


def coverage_across(value: float, asked: str, written: str) -> float:
    """A coverage of a sentence written in `written`, for a question asked in `asked`, on the
    scale of a sentence in the question's own language (`BRIDGE_RECALL`)."""
    return min(1.0, value / BRIDGE_RECALL.get(asked, {}).get(written, 1.0))


def coverage(terms: list[QueryTerm], hits: Sequence[float], weights: list[float] | None = None) -> float:
    """Weighted share of the question's terms found (figures count double); a hit may count
    in part (a term found only in the article's title, `search.TITLE_CREDIT`)."""
    weights = weights or [1.0] * len(terms)
    total = sum(t.weight * w for t, w in zip(terms, weights))
    found = sum(t.weight * w * float(hit) for t, w, hit in zip(terms, weights, hits))
    return found / total if total else 0.0
