"""Lexical matching shared by candidate retrieval, ranking and abstention.

Terms are cut to a five-letter prefix, a crude stemmer that works the same way in our four
languages and across cognates: "prisoners" and "prisonniers" share "priso", "captured" and
"capturé" share "captu", "полонених" and "полонені" share "полон". Stopwords and question words
carry no evidence and are dropped. Each question term also carries its bridges to the other
languages (retrieval/bridge.py): glossary forms and a transliteration key, so "prisoners"
is found in "полонених" and "Kursk" in "Курськ".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .bridge import (
    CROSS_SCRIPT_PREFIX,
    fold,
    glossary,
    is_cyrillic,
    key,
    to_cyrillic,
    to_latin,
)

PREFIX = 5

_WORD = re.compile(r"\w+", re.UNICODE)

_STOPWORDS = set("""
a an the of to in on at by for from with about as and or but not no is are was were be been being
do does did done have has had will would can could should may might must it its this that these
those there their they them he she his her we our you your i me my what which who whom whose when
where why how many much any some all more most than then so if into out up down over under again
still also just very only such per claim claims claimed say says said according tell told report
reported
le la les l un une des du de d au aux et ou mais ne pas plus que qui quoi quel quelle quels quelles
combien comment pourquoi quand où est sont été etre être a ont avait avoir fait faire dans sur par
pour avec sans sous ce cet cette ces son sa ses leur leurs il elle ils elles on se s en y selon
d après affirme affirmé dit dire
і й та або але не ні що хто який яка яке які коли де чому як скільки чи це цей ця ці той та ті
його її їх він вона вони ми ви у в на з із за до від по про для при над під як каже кажуть
и или но не ни что кто какой какая какое какие когда где почему как сколько ли это этот эта эти
тот та те его ее их он она они мы вы у в на с из за до от по о об про для при над под говорит
""".split())
_STOPWORDS = {fold(w) for w in _STOPWORDS}


def words(text: str, fold_diacritics: bool = True) -> list[str]:
    """Words of `text`, casefolded; with `fold_diacritics`, without diacritics too.

    The FTS query keeps diacritics (FTS5's tokenizer folds them its own way, Latin only);
    comparisons made here fold both sides alike.
    """
    return [fold(w) if fold_diacritics else w.casefold() for w in _WORD.findall(text)]


def _content_words(text: str) -> list[str]:
    """Casefolded words that carry evidence: no stopwords, no one- or two-letter words."""
    out: list[str] = []
    for word in words(text, fold_diacritics=False):
        if fold(word) in _STOPWORDS or (len(word) < 3 and not word.isdigit()) or word in out:
            continue
        out.append(word)
    return out


def _match_form(folded: str, prefix: bool = True) -> str:
    """How a term is compared: a prefix of PREFIX letters, or `=word` for an exact match."""
    return folded[:PREFIX] if prefix and len(folded) >= PREFIX and not folded.isdigit() else "=" + folded


@dataclass(frozen=True)
class QueryTerm:
    """One content word of a question with every way a sentence may contain it.

    `forms` are compared with the sentence's own words (its prefix, its glossary translations);
    `keys` with the transliteration keys of the sentence's words (names across scripts).
    `search` holds the same alternatives spelt for an FTS5 query, original word first.
    """

    word: str
    weight: float
    forms: frozenset[str]
    keys: frozenset[str]
    search: tuple[str, ...]


def query_terms(question: str) -> list[QueryTerm]:
    """The question's content terms, in order, with their cross-language bridges."""
    out: list[QueryTerm] = []
    for word in _content_words(question):
        folded = fold(word)
        if word.isdigit():
            out.append(QueryTerm(word, 2.0, frozenset({"=" + word}), frozenset(), (word,)))
            continue
        forms = {_match_form(folded)}
        search = [word[:PREFIX] + "*" if len(word) >= PREFIX else word]
        concepts = glossary().concepts_of(folded)
        for concept in concepts:
            for form in concept:
                forms.add(_match_form(form.folded, form.prefix or len(form.folded) >= 4))
                search.append(form.text + ("*" if form.prefix else ""))
        if not concepts and len(folded) >= CROSS_SCRIPT_PREFIX:
            spellings = [to_latin(word)] if is_cyrillic(word) else to_cyrillic(folded)
            search += [s[:CROSS_SCRIPT_PREFIX] + "*" for s in spellings]
            if "ou" in folded:
                search.append(folded.replace("ou", "u")[:PREFIX] + "*")
        out.append(QueryTerm(word, 1.0, frozenset(forms), frozenset({_match_form(key(word))}),
                             tuple(dict.fromkeys(search))))
    return out


def _fts_phrase(term: str) -> str:
    """A quoted FTS5 string (optionally a prefix query): user text is never parsed as syntax."""
    prefix = term.endswith("*")
    body = term.rstrip("*")
    return '"' + body.replace('"', '""') + '"' + ("*" if prefix else "")


def fts_query(terms: list[QueryTerm], bridged: bool = False) -> str:
    """An FTS5 MATCH expression: any of the question's words, or (`bridged`) of their bridges."""
    parts = [p for t in terms for p in (t.search[1:] if bridged else t.search[:1]) if p.rstrip("*")]
    return " OR ".join(_fts_phrase(p) for p in dict.fromkeys(parts))


@lru_cache(maxsize=50_000)
def sentence_forms(sentence: str) -> tuple[frozenset[str], frozenset[str]]:
    """What QueryTerm.forms and .keys are compared with: each word's prefixes and exact form.

    Cached: the sentences a library keeps returning as candidates are few next to its size.
    """
    forms: set[str] = set()
    keys: set[str] = set()
    for word in words(sentence):
        for table, value in ((forms, word), (keys, key(word))):
            table.add("=" + value)
            table.update(value[:n] for n in range(3, PREFIX + 1) if len(value) >= n)
    return frozenset(forms), frozenset(keys)


def matched(term: QueryTerm, forms: frozenset[str], keys: frozenset[str]) -> bool:
    return not term.forms.isdisjoint(forms) or not term.keys.isdisjoint(keys)


def matches(terms: list[QueryTerm], sentence: str) -> list[bool]:
    """For each question term, whether the sentence contains it in any language."""
    forms, keys = sentence_forms(sentence)
    return [matched(t, forms, keys) for t in terms]


def coverage(terms: list[QueryTerm], hits: list[bool], weights: list[float] | None = None) -> float:
    """Weighted share of the question's terms found (figures count double)."""
    weights = weights or [1.0] * len(terms)
    total = sum(t.weight * w for t, w in zip(terms, weights))
    found = sum(t.weight * w for t, w, hit in zip(terms, weights, hits) if hit)
    return found / total if total else 0.0
