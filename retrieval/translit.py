"""Questions in Russian or Ukrainian typed in Latin letters, read in Cyrillic.

A member whose keyboard has no Cyrillic writes "skolko plennyh vzyala ukraina?" or "shcho
skazav zelenskyi pro perehovory?". Read as they are, such questions are taken for English:
the encoder and the word search meet next to nothing. A question holding one of the two
languages' question words so typed is read in that language's Cyrillic letters, by the
informal spelling members use (not a standard such as ISO 9, which nobody types): "kh" and
"h" are х in Russian, "h" is г in Ukrainian, "y" is ы in Russian and и in Ukrainian.
The transliteration libraries on PyPI (cyrtranslit, transliterate) read the standards and
turn "shcho" into "сгцго" or "plennyh" into "пленниг".
"""

from __future__ import annotations

import re

# Question words, as typed in Latin letters: the mark of a Russian or Ukrainian question.
# None is an English or French word.
_QUESTION_WORDS = {
    "ru": frozenset("skolko skol'ko chto shto kto kogda gde pochemu zachem kakoy kakaya kakie kakoe kakih "
                    "kuda otkuda".split()),
    "uk": frozenset("skilky skil'ky skilki shcho scho khto hto koly chomu navishcho yakyi yakyy yaka yake yaki "
                    "yakykh kudy zvidky".split()),
}
# Letter groups first, longest first; then single letters.
_GROUPS = {
    "ru": (("shch", "щ"), ("sch", "щ"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"),
           ("ya", "я"), ("ja", "я"), ("yu", "ю"), ("ju", "ю"), ("yo", "ё"), ("jo", "ё"),
           ("yy", "ый"), ("y", "ы"), ("h", "х"), ("'", "ь")),
    "uk": (("shch", "щ"), ("sch", "щ"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"),
           ("ya", "я"), ("ia", "я"), ("yu", "ю"), ("ye", "є"), ("ie", "є"), ("yi", "ї"),
           ("y", "и"), ("i", "і"), ("h", "г"), ("g", "ґ"), ("'", "ь")),
}
# Word endings read otherwise than inside a word: "zelenskyi", "velykyy" end with ий.
_ENDINGS = {"ru": (), "uk": (("yi", "ий"), ("yy", "ий"), ("iy", "ій"))}
_LETTERS = str.maketrans({"a": "а", "b": "б", "c": "ц", "d": "д", "e": "е", "f": "ф", "g": "г", "i": "и", "j": "й",
                          "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "к", "r": "р", "s": "с",
                          "t": "т", "u": "у", "v": "в", "w": "в", "x": "кс", "z": "з"})
# A vowel then "y" closes a Russian or Ukrainian syllable with й: "kurskoy", "voyna", "zelenskyi".
_Y_AFTER_VOWEL = re.compile(r"(?<=[aeiou])y(?![aeiouy])")
# Russian "ye" is е where it opens a word or follows a vowel ("yest", "Vladimirskoye"), and
# ые after a consonant ("novye").
_RUSSIAN_YE = re.compile(r"(?:^|(?<=[aeiou]))ye")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z']*")


def _word(word: str, language: str) -> str:
    word = word.lower()
    ending = next(((latin, cyrillic) for latin, cyrillic in _ENDINGS[language]
                   if word.endswith(latin) and len(word) > len(latin) + 1), ("", ""))
    word = _Y_AFTER_VOWEL.sub("j", word[:len(word) - len(ending[0])])
    if language == "ru":
        word = _RUSSIAN_YE.sub("е", word)
    out, i = [], 0
    while i < len(word):
        for latin, cyrillic in _GROUPS[language]:
            if word.startswith(latin, i):
                out.append(cyrillic)
                i += len(latin)
                break
        else:
            out.append(word[i].translate(_LETTERS))
            i += 1
    return "".join(out) + ending[1]


def typed_language(question: str) -> str:
    """"ru" or "uk" when the question is that language typed in Latin letters, else ""."""
    if not question.isascii():
        return ""
    words = {w.lower() for w in _LATIN_WORD.findall(question)}
    found = [language for language, marks in _QUESTION_WORDS.items() if words & marks]
    return found[0] if len(found) == 1 else ""


def in_cyrillic(question: str) -> str:
    """The question in Cyrillic letters when it is Russian or Ukrainian typed in Latin ones,
    else the question itself."""
    language = typed_language(question)
    if not language:
        return question
    return _LATIN_WORD.sub(lambda m: _word(m.group(), language), question)
