"""Offline bridges between the bot's languages: a domain glossary and transliteration.

The bundled embedding model only understands English, so a question in one language finds
sentences in another through words: the glossary (retrieval/glossary.py) maps a concept's
forms across fr, en, uk and ru, and transliteration maps names between scripts — Kursk,
Koursk and Курськ share the key "kursk", Zelensky, Zelenskyy and Зеленський "zelenski".
Keys are for comparing words only; nothing derived here is ever shown to a user.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from .glossary import COUNTRIES, GLOSSARY, MODELS, NAMES

# Cyrillic (uk + ru, after folding: й→и, ї→і, ё→е) to Latin, close to the transliterations the
# press uses for Ukrainian and Russian names.
_TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh",
    "з": "z", "и": "i", "і": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ь": "", "ъ": "", "ю": "iu", "я": "ia", "ы": "y", "э": "e",
}
# Russian names reach the Latin-script press with г as "g" and ю, я as "yu", "ya" (Prigozhin,
# Belgorod, Izyum), Ukrainian ones with "h" (Kharkiv, Luhansk): a Cyrillic word has both spellings.
_TO_LATIN_PRESS = {**_TO_LATIN, "г": "g", "ю": "yu", "я": "ya"}
# Spelling differences between the Latin renderings of one name (French "ou", English "y"/"kh").
_KEY_RULES = (("shch", "sh"), ("ou", "u"), ("kh", "h"), ("ck", "k"), ("ph", "f"), ("x", "ks"),
              ("w", "v"), ("y", "i"), ("j", "i"))
# Latin to Cyrillic, digraphs first; one spelling for Ukrainian and one for Russian texts.
_DIGRAPHS = (("shch", "щ", "щ"), ("zh", "ж", "ж"), ("kh", "х", "х"), ("ts", "ц", "ц"), ("ch", "ч", "ч"),
             ("sh", "ш", "ш"), ("ya", "я", "я"), ("yu", "ю", "ю"), ("ye", "є", "е"), ("yi", "ї", "и"))
_LETTERS = {"a": "а", "b": "б", "c": "к", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "г", "i": ("і", "и"),
            "j": "й", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "к", "r": "р",
            "s": "с", "t": "т", "u": "у", "v": "в", "w": "в", "x": "кс", "y": "и", "z": "з"}
# Letters of a transliterated prefix used to find a name in the other script.
CROSS_SCRIPT_PREFIX = 4
# A Latin word this long may be a name whose г the other script's key renders as "h".
NAME_LETTERS = 5


def fold(text: str) -> str:
    """Casefold and strip diacritics (both sides of every comparison are folded alike)."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def is_cyrillic(word: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in word)


def to_latin(word: str) -> str:
    """A folded word with its Cyrillic letters transliterated."""
    return "".join(_TO_LATIN.get(ch, ch) for ch in fold(word))


def latin_spellings(word: str) -> list[str]:
    """A Cyrillic word's Latin spellings: `to_latin`'s and the press's for Russian names."""
    folded = fold(word)
    return list(dict.fromkeys([to_latin(word), "".join(_TO_LATIN_PRESS.get(ch, ch) for ch in folded)]))


def keys(word: str) -> list[str]:
    """`key` of a question's word and of its other spellings across scripts: a Cyrillic name
    also as the press writes it ("Пригожин": "prihozhin", "prigozhin"), a Latin one of
    NAME_LETTERS or more with "h" for "g", as `to_latin` renders г ("Prigozhin" then matches
    "Пригожин"; a short word would match others: "gas" and "has")."""
    if is_cyrillic(word):
        spellings = latin_spellings(word)
    else:
        spellings = [fold(word).replace("g", "h")] if len(word) >= NAME_LETTERS else []
    return list(dict.fromkeys([key(word), *(key(s) for s in spellings)]))


@lru_cache(maxsize=200_000)
def key(word: str) -> str:
    """The script- and spelling-neutral key of a word, for matching names across languages.

    Cached: a library's vocabulary is small next to the number of words ranked per question.
    """
    latin = to_latin(word)
    for old, new in _KEY_RULES:
        latin = latin.replace(old, new)
    out = []
    for ch in latin:
        if not out or ch != out[-1] or ch.isdigit():
            out.append(ch)
    return "".join(out)


# A skeleton this short matches too many words to be telling.
SKELETON_LETTERS = 4
_NO_VOWELS = str.maketrans("g", "h", "aeiouy")


@lru_cache(maxsize=200_000)
def skeleton(word: str) -> str:
    """The consonants of a word's key (its first letter kept), tagged with the script they
    come from, or "" when too short to tell a name by.

    A place in Ukraine reaches the press spelt from Ukrainian, and a Russian question spells it
    the Russian way, with other vowels: Kreminna and "Кременной", Sievierodonetsk and
    "Северодонецк", Horlivka and "Горловка", Dnipro and "Днепр". Their keys differ, their
    consonants do not (г read "h" in both scripts). The script tag lets a skeleton meet only
    the other script's: within one script the key already compares spellings, and vowels tell
    its words apart.
    """
    whole = key(word)
    if len(whole) < SKELETON_LETTERS:
        return ""
    out = ("h" if whole[0] == "g" else whole[0]) + whole[1:].translate(_NO_VOWELS)
    if len(out) < SKELETON_LETTERS or not out.isalpha():
        return ""
    return ("l" if word.isascii() or not is_cyrillic(word) else "c") + out


def to_cyrillic(word: str) -> list[str]:
    """Ukrainian and Russian spellings of a Latin-script word (one entry when they agree)."""
    spellings = []
    for variant in (0, 1):
        out, i = [], 0
        while i < len(word):
            for latin, uk, ru in _DIGRAPHS:
                if word.startswith(latin, i):
                    out.append((uk, ru)[variant])
                    i += len(latin)
                    break
            else:
                letter = _LETTERS.get(word[i], word[i])
                out.append(letter[variant] if isinstance(letter, tuple) else letter)
                i += 1
        spellings.append("".join(out))
    return list(dict.fromkeys(spellings))


@dataclass(frozen=True)
class Form:
    """One glossary form: `text` as written (casefolded), `folded` for comparisons; `whole`
    for a name's stem, compared whole (`glossary.NAMES`)."""

    text: str
    folded: str
    prefix: bool
    whole: bool = False
    # For a stem: one more letter than it shares with any stem of another concept. "intercept*"
    # and "internationa*" begin alike, and cut to the same first letters the one would meet the
    # other's words ("abattus" met "interfere"): such a stem is compared by as many letters as
    # tell it apart (`lexical._match_form`).
    distinct: int = 0
    # A two-letter form written in capitals ("US", "UN"): an acronym, compared only with words
    # written in capitals, as "us" and the French "un" are other words (`lexical.matches`).
    acronym: bool = False
    # A phrase's words in order ("took_control" in the glossary: "took", "control"), each as a
    # form is written ("control*" a stem): a concept some texts put in several words ("have taken
    # control of Kherson City" for liberating it, "United States", "Croix-Rouge").
    phrase: tuple[str, ...] = ()
    # "country" for a form of a country other than the two at war, "model" for a weapon system
    # by its name: a sentence must name it to answer about it (`glossary.COUNTRIES`,
    # `glossary.MODELS`, `search.names_the_models_and_countries`).
    identifies: str = ""


class Glossary:
    """Concepts of the glossary, looked up by any of their forms."""

    def __init__(self, vocabulary: str, names: str = "", countries: str = "", models: str = "") -> None:
        self.concepts: list[tuple[Form, ...]] = []
        self._exact: dict[str, list[int]] = {}
        self._prefix: dict[str, list[int]] = {}
        lines = [(line, False, "") for line in vocabulary.splitlines()]
        lines += [(line, True, "") for line in names.splitlines()]
        lines += [(line, False, "country") for line in countries.splitlines()]
        lines += [(line, False, "model") for line in models.splitlines()]
        for line, name, identifies in lines:
            forms = tuple(_form(raw, name, identifies) for raw in line.split())
            if not forms:
                continue
            self.concepts.append(forms)
        self.concepts = _told_apart(self.concepts)
        for number, forms in enumerate(self.concepts):
            for form in forms:
                if form.phrase:
                    continue  # a question's word is one word: it is no phrase
                table = self._prefix if form.prefix else self._exact
                table.setdefault(form.folded, []).append(number)

    def concepts_of(self, word: str) -> list[tuple[Form, ...]]:
        """Every concept one of whose forms matches the (folded) word."""
        found = set(self._exact.get(word, ()))
        for end in range(2, len(word) + 1):
            found.update(self._prefix.get(word[:end], ()))
        return [self.concepts[i] for i in sorted(found)]


def _told_apart(concepts: list[tuple[Form, ...]]) -> list[tuple[Form, ...]]:
    """The concepts with each stem's `distinct` length: one more letter than the longest
    beginning it shares with a stem of another concept."""
    stems = sorted({(form.folded, number) for number, forms in enumerate(concepts) for form in forms if form.prefix})
    shared: dict[tuple[str, int], int] = {}
    # Sorted, a stem's longest shared beginning is with a neighbour of another concept; the
    # nearest such neighbour on each side is enough (shared beginnings only shrink further on).
    for i, (stem, number) in enumerate(stems):
        longest = 0
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(stems) and stems[j][1] == number:
                j += step
            if 0 <= j < len(stems):
                longest = max(longest, len(os.path.commonprefix([stem, stems[j][0]])))
        shared[(stem, number)] = longest
    return [tuple(replace(form, distinct=shared[(form.folded, number)] + 1) if form.prefix else form
                  for form in forms) for number, forms in enumerate(concepts)]


def _form(raw: str, name: bool, identifies: str = "") -> Form:
    """A form of a glossary line; `name` for a line of `glossary.NAMES`, `identifies` for a
    country's ("country") or a weapon system's ("model")."""
    if "_" in raw:
        words = raw.casefold().split("_")
        text = " ".join(word.rstrip("*") for word in words)
        return Form(text=text, folded=fold(text), prefix=False, phrase=tuple(fold(word) for word in words),
                    identifies=identifies)
    text = raw.rstrip("*").casefold()
    return Form(text=text, folded=fold(text), prefix=raw.endswith("*"), whole=bool(name) and raw.endswith("*"),
                acronym=is_acronym(raw), identifies=identifies)


def is_acronym(word: str) -> bool:
    """Whether a word is a two-letter acronym written in capitals ("US", "EU", "ЄС")."""
    return len(word) == 2 and word.isalpha() and word.isupper()


@lru_cache(maxsize=1)
def glossary() -> Glossary:
    return Glossary(GLOSSARY, NAMES, COUNTRIES, MODELS)
