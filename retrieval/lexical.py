"""Lexical matching shared by candidate retrieval and answer support.

Terms are cut to a five-letter prefix, a crude stemmer that works the same way in our four
languages and across cognates: "prisoners" and "prisonniers" share "priso", "captured" and
"capturé" share "captu", "полонених" and "полонені" share "полон". Stopwords and question words
carry no evidence and are dropped.
"""

from __future__ import annotations

import re
import unicodedata

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


def _fold(text: str) -> str:
    """Casefold and strip diacritics, as FTS5's unicode61 remove_diacritics does."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_STOPWORDS = {_fold(w) for w in _STOPWORDS}


def words(text: str, fold: bool = True) -> list[str]:
    """Words of `text`, casefolded; with `fold`, without diacritics too.

    The FTS query keeps diacritics (FTS5's tokenizer folds them its own way, Latin only);
    comparisons made here fold both sides alike.
    """
    return [_fold(w) if fold else w.casefold() for w in _WORD.findall(text)]


def terms(text: str, fold: bool = True) -> list[str]:
    """Content terms of a question or sentence, as prefixes, in order, each once."""
    out: list[str] = []
    for word in words(text, fold):
        if _fold(word) in _STOPWORDS:
            continue
        if len(word) < 3 and not word.isdigit():
            continue
        term = word if word.isdigit() else word[:PREFIX]
        if term not in out:
            out.append(term)
    return out


def fts_query(question: str) -> str:
    """An FTS5 MATCH expression: any of the question's terms, as quoted prefixes.

    Every term is wrapped in double quotes, so FTS syntax typed by a user (NEAR, *, -, quotes,
    parentheses) is searched as text and never parsed as an operator.
    """
    parts = []
    for term in terms(question, fold=False):
        quoted = '"' + term.replace('"', '""') + '"'
        parts.append(quoted if term.isdigit() or len(term) < PREFIX else quoted + "*")
    return " OR ".join(parts)


def coverage(question_terms: list[str], sentence: str) -> float:
    """Share of the question's terms that the sentence contains (figures count double)."""
    if not question_terms:
        return 0.0
    sentence_terms = {w if w.isdigit() else w[:PREFIX] for w in words(sentence)}
    weights = [2.0 if t.isdigit() else 1.0 for t in question_terms]
    hit = sum(w for t, w in zip(question_terms, weights) if t in sentence_terms)
    return hit / sum(weights)
