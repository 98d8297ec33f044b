"""From an article's raw text to clean, verbatim sentences.

Scraped text carries page chrome ("Rechercher", "Dernières Infos - Conflit"), photo credits and a
truncated teaser that repeats the lead. None of it is a claim anyone makes, so it is dropped
before splitting; every sentence kept is still a verbatim piece of the article (up to
whitespace), which is what lets the bot quote instead of paraphrase.

Sentence boundaries come from `sentencex` (Wikimedia's multilingual segmenter, which keeps
« … » and "…" quotations whole); a thin pass re-joins what it splits too eagerly in our
languages: initials and titles ("M. Macron", "В. Зеленський") and abbreviations followed by a
lowercase word or a figure.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

from sentencex import segment

# A sentence that is only a photo or image credit: "Photo Gavriil Grigorov / POOL / AFP".
_CREDIT = re.compile(
    r"^\s*(?:photo|photos|crédit|credit|credits|фото|світлина|©|image|illustration)\b"
    r"[^.!?]{0,120}$",
    re.IGNORECASE,
)
# A copyright sign in a line this short is an image's credit, not a sentence quoting one.
_CREDIT_MAX_WORDS = 12
# A map's or chart's source line, written without a sentence's end: "Source: Satellite image…".
_SOURCE_LINE = re.compile(r"^\W*(?:source|sources|джерело|джерела|источник|источники)\s*:", re.IGNORECASE)
# Words that end a segment but not a sentence when a capitalised word follows.
_TITLES = {"m", "mm", "mme", "mlle", "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt",
           "gov", "sen", "rep", "prof", "pr", "me", "mgr"}
_LAST_WORD = re.compile(r"(\w+)\.\s*$")
_ELLIPSIS_END = re.compile(r"(?:\.\.\.|…)\s*$")
_SENTENCE_END = re.compile(r"[.!?…»\"”)]\s*$")
_WS = re.compile(r"\s+")
# Markdown heading and block-quote marks opening a line: layout, not words of the article.
_MARKDOWN_LINE = re.compile(r"^(?:#{1,6}|>+)\s+")

# Below this many words, a line before the first real paragraph is page chrome.
_CHROME_MAX_WORDS = 5
# A paragraph of at least this many words is body text.
_BODY_MIN_WORDS = 8
# A unit of at most this many words without a sentence's end may be a fragment (`is_fragment`).
_FRAGMENT_MAX_WORDS = 16
# At most this many words with no running text make a unit no sentence, however it ends.
_BARE_MAX_WORDS = 3
_LIST_ITEM_END = re.compile(r"[;:,]\s*$")
_LINK = re.compile(r"://|\bwww\.|\bdot (?:com|ru|ua|org|io|net|gov)\b|^\S+$")
# A token of a cited link: an address or a piece of one, the "dot" that spells one out, or the
# semicolons between them.
_LINK_DEBRIS = re.compile(r"://|/|^www\.|^dot$|^[;,.:]+$|\.(?:html?|php|aspx?)\b")
_CLOCK_TIME = re.compile(r"\b\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)", re.IGNORECASE)
# A lowercase word of four letters or more: running text, not a heading's or a byline's names.
_PROSE_WORD = re.compile(r"(?<![\w'’-])[^\W\d_A-ZÀ-ÞА-ЯЄІЇҐ][\w'’-]{3,}")


def normalize_ws(text: str) -> str:
    """Collapse whitespace runs to one space; how quotes are compared with article text."""
    return _WS.sub(" ", text).strip()


def _squash(text: str) -> str:
    """Text with all whitespace removed, to spot a teaser whose paragraphs were glued."""
    return _WS.sub("", text)


def _blocks(text: str) -> list[str]:
    """Paragraphs, splitting short lines inside a paragraph into blocks of their own.

    A line of a few words without end punctuation ("Rechercher") is a block; longer lines
    are soft-wrapped prose and are joined back with a space.
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    blocks: list[str] = []
    for para in re.split(r"\n\s*\n", text):
        current: list[str] = []
        for line in para.split("\n"):
            line = _MARKDOWN_LINE.sub("", line.strip())
            if not line:
                continue
            standalone = len(line.split()) <= _CHROME_MAX_WORDS and not _SENTENCE_END.search(line)
            if standalone:
                if current:
                    blocks.append(" ".join(current))
                    current = []
                blocks.append(line)
            else:
                current.append(line)
        if current:
            blocks.append(" ".join(current))
    return blocks


def clean_paragraphs(text: str, title: str = "") -> list[str]:
    """The article's body paragraphs, noise removed, each paragraph once.

    Removed: short chrome lines before the first body paragraph, a trailing teaser that
    repeats earlier text and ends in an ellipsis, and exact repeats of an earlier paragraph.
    """
    blocks = _blocks(text)
    first_body = next(
        (i for i, b in enumerate(blocks) if len(b.split()) >= _BODY_MIN_WORDS or b == title),
        len(blocks),
    )
    kept: list[str] = []
    seen: set[str] = set()
    for i, block in enumerate(blocks):
        if i < first_body and len(block.split()) <= _CHROME_MAX_WORDS:
            continue
        key = normalize_ws(block).casefold()
        if key in seen:
            continue
        if _ELLIPSIS_END.search(block) and _is_teaser(block, kept):
            continue
        seen.add(key)
        kept.append(block)
    return kept


def _is_teaser(block: str, earlier: list[str]) -> bool:
    """True when `block`, minus its ellipsis and cut-off last word, repeats earlier text."""
    stem = _ELLIPSIS_END.sub("", block).rsplit(" ", 1)[0]
    return len(stem) >= 40 and _squash(stem) in _squash("".join(earlier))


def _merge_abbreviations(parts: list[str]) -> list[str]:
    """Re-join segments split after an initial, a title or an abbreviation."""
    merged: list[str] = []
    for part in parts:
        if merged and _continues(merged[-1], part):
            merged[-1] = merged[-1] + part
        else:
            merged.append(part)
    return merged


def _continues(previous: str, part: str) -> bool:
    """Whether `part` carries on the sentence that `previous` seemed to end."""
    stripped = part.lstrip()
    if not stripped:
        return True
    if stripped[0].islower() or stripped[0] in ",;:":
        return True
    match = _LAST_WORD.search(previous)
    if not match:
        return False
    word = match.group(1)
    is_initial = len(word) == 1 and word.isupper()
    # "24 лют. 2022", "p. 12": a short lowercase abbreviation before a figure.
    is_short_abbreviation = stripped[0].isdigit() and word.islower() and len(word) <= 4
    return is_initial or is_short_abbreviation or word.casefold() in _TITLES


# A left single quotation mark after a letter is an apostrophe typed with the wrong mark
# ("Russia‘s", "the Ukrainians‘ terms": 104 units of the ISW pages), which the segmenter takes
# for an opening quotation, keeping the sentences after it in one unit.
_MISTYPED_APOSTROPHE = re.compile(r"(?<=\w)‘")
# Double quotation marks typed the wrong way round: an opening mark where a quotation closes,
# after its last word ("…commander of the “center“ forces…", 19 times on ISW's pages), and a
# closing one where it opens, before its first ("the ”Murman” rifle company", 247 times).
# The segmenter counts them as they are typed and, having lost count, kept the sentences up
# to the next mark that closed in one unit.
_MISTYPED_CLOSING_QUOTE = re.compile(r"(?<=[\w.,!?])“(?=[\s.,;:!?)]|$)")
_MISTYPED_OPENING_QUOTE = re.compile(r"(?:^|(?<=[\s(]))”(?=\w)")


# A segment that ends with an opening quotation mark: the segmenter has lost count of the
# quotes ('…could have been changed. "'), and keeps a quotation's sentences and the ones after
# it together from there ('…after all," the President said. Volodymyr Zelenskyy noted…').
_QUOTE_LEFT_OPEN = re.compile(r"\s[\"“«„]\s*$")


def _segments(paragraph: str, language: str) -> list[str]:
    """sentencex's segments of the paragraph, as written.

    It is given the paragraph with its apostrophes and quotation marks set right, each mark
    replaced one character for one; the segments, which put end to end make up what they were
    cut from, are cut from the paragraph at the same places, so that every sentence stays
    verbatim.
    """
    mended = _MISTYPED_APOSTROPHE.sub("’", paragraph)
    mended = _MISTYPED_OPENING_QUOTE.sub("“", _MISTYPED_CLOSING_QUOTE.sub("”", mended))
    return _cut(paragraph, mended, language)


def _cut(paragraph: str, mended: str, language: str) -> list[str]:
    """`_segments` of `mended`, cut from `paragraph`. Where a segment ends with an opening
    quotation mark, the mark goes to the next sentence and the rest is segmented afresh."""
    out, start = [], 0
    for piece in segment(language, mended):
        left_open = _QUOTE_LEFT_OPEN.search(piece)
        if left_open and start + len(piece) < len(mended):
            cut = start + left_open.start() + 1
            return [*out, paragraph[start:cut], *_cut(paragraph[cut:], mended[cut:], language)]
        out.append(paragraph[start:start + len(piece)])
        start += len(piece)
    return out


# "etc." that ends a sentence, before a capital or a quotation that opens the next: sentencex
# takes it for an abbreviation inside one ("…Luhansk and Donetsk regions, etc. "Ukraine has sent
# all the necessary requests…," said Olha Stefanishyna", her words joined to a list of places).
_ETC_ENDS = re.compile(r"(?<!\w)(?:etc|т\.\s?д|т\.\s?п)\.(\s+)(?=[\"“«„]?[A-ZА-ЯІЇЄҐ])")


def _after_etc(parts: list[str]) -> list[str]:
    """The segments, cut again after an "etc." that ends a sentence."""
    out = []
    for part in parts:
        start = 0
        for match in _ETC_ENDS.finditer(part):
            out.append(part[start:match.end(1)])
            start = match.end(1)
        out.append(part[start:])
    return out


def split_sentences(paragraph: str, language: str = "en") -> list[str]:
    """Sentences of one paragraph, verbatim but for surrounding whitespace."""
    parts = _after_etc(_segments(paragraph, language or "en"))
    sentences = [normalize_ws(s) for s in _merge_abbreviations(parts)]
    return [s for s in sentences if s and any(ch.isalnum() for ch in s)]


_QUESTION_END = re.compile(r"\?[\s»\"”“’)\]]*$")


def is_question(sentence: str) -> bool:
    """A sentence that asks (a journalist's question in a transcript, a speech's rhetorical
    "Анулювання віз для росіян?"): it claims nothing, so it answers nothing, however close its
    wording comes to a member's question, which is itself a question."""
    return bool(_QUESTION_END.search(sentence))


# "This was stated by President Zelenskyy at a briefing.", "Про це заявив…", "Об этом сообщил…",
# "C'est ce qu'a déclaré…": a press release naming the speaker of what came before.
_WHO_SAID_IT = re.compile(
    r"^(?:(?:This|That|It) (?:was|has been|is) (?:stated|said|announced|reported|noted|emphasi[sz]ed|stressed|"
    r"declared|told)\b"
    r"|Про це (?:йдеться|заяви|сказа|повідоми|розпові|наголоси|зазначи|поінформува|написа)"
    r"|Об этом (?:говорится|заяви|сказа|сообщи|рассказа|написа|объяви)"
    r"|C['’]est ce qu['’](?:a|ont) (?:déclaré|affirmé|annoncé|indiqué|dit|écrit|expliqué)\b)",
    re.IGNORECASE,
)
# What, after such an opening, says something of its own: "…, adding that…", "…, що…".
_MORE_SAID = re.compile(r"\b(?:that|add\w*|що|додав\w*|что|добави\w*|que|qu['’]|ajout\w*)\b", re.IGNORECASE)


def only_names_who_said_it(sentence: str) -> bool:
    """A sentence that only says who said what came before it ("This was stated by President
    Zelenskyy during a press conference."): its speaker matches a question about them, but
    what they said is in the sentence before, so it answers nothing on its own."""
    opening = _WHO_SAID_IT.match(sentence)
    return bool(opening) and not _MORE_SAID.search(sentence, opening.end())


# A readout's line that a view was given, not which: "Vladimir Putin gave his principled
# assessment of the negotiating process", "The two leaders exchanged views on food security",
# "Президенти обмінялися думками щодо…", "Стороны обменялись мнениями…".
_VIEW_GIVEN = re.compile(
    r"\b(?:gave|give|gives|shared|shares|laid out|lays out|outlined|outlines|set out|presented|explained|"
    r"exchanged|exchange|expressed|voiced|reiterated|conveyed)\s+(?:his|her|their|its|our|the|an?|"
    r"Russia['’]s|Ukraine['’]s|Kyiv['’]s|Kiev['’]s|Moscow['’]s)?\s*(?:\w+\s+){0,2}?"
    r"(?:assessments?|positions?|approach(?:es)?|views?|opinions?|vision|evaluations?|stance|thoughts|considerations)\b"
    r"|\b(?:обмінял\w*|обменял\w*)\s+(?:думками|поглядами|мнениями|взглядами)"
    r"|\b(?:поділи\w*|поделил\w*|дав|дал|виклав|изложил)\s+(?:\w+\s+)?(?:оцінк\w*|оценк\w*|позиці\w*|позици\w*|баченн\w*|видени\w*)"
    r"|\b(?:échangé|échangent|exposé|présenté|partagé)\s+(?:\w+\s+){0,2}(?:vues|points de vue|évaluation|position|analyse)\b",
    re.IGNORECASE,
)
# The nouns of a view, looked for first, as plain text: the pattern costs ~20 µs a sentence,
# and the ranking asks it of every candidate.
_VIEW_NOUNS = ("assessment", "position", "approach", "view", "opinion", "vision", "evaluation", "stance", "thought",
               "consideration", "думк", "погляд", "мнени", "взгляд", "оцінк", "оценк", "позиці", "позици", "баченн",
               "видени", "vues", "point", "évaluation", "analyse")
# What, after it, gives the view: "…, stressing that…", "…: …", a quotation, "including…".
_VIEW_SAID = re.compile(r"\b(?:that|which|why|including|namely|що|что|які|которые|que|qui|notamment)\b|[:“\"«]", re.IGNORECASE)


def only_says_a_view_was_given(sentence: str) -> bool:
    """A readout's line that someone gave a view without giving it ("Vladimir Putin laid out
    Russia's position regarding the operation"): it names the speaker and the matter, so it
    met "what does Putin say about…" before the sentences that say it, and answers nothing."""
    folded = sentence.casefold()
    given = any(noun in folded for noun in _VIEW_NOUNS) and _VIEW_GIVEN.search(sentence)
    return bool(given) and not _VIEW_SAID.search(sentence, given.end())


# A subject that is a personal or demonstrative pronoun, in the four languages, maybe after a
# connective ("However, they must also realise that…"), or a Ukrainian or Russian adverb of
# place ("Там не відбувалося нічого…": at the centre the sentence before names). English
# "There" and French "Là" are left out: "There is…" and "Là où…" seldom point back.
_OPENING_PRONOUN = re.compile(
    r"(?:(?:however|but|and|yet|also|однак|але|проте|і|однако|но|и|mais|cependant|et),?\s+)?"
    r"(?:this|these|that|those|it|they|he|she|це|ця|цей|ці|він|вона|вони|это|этот|эта|эти|он|она|они"
    r"|ce|cela|ceci|il|elle|ils|elles|там|тут|здесь)\b", re.IGNORECASE)


def opens_with_a_pronoun(sentence: str) -> bool:
    """Whether the sentence opens with a pronoun for what the sentence before it names: "This
    became patently clear after the dissolution of the Soviet Union in 1991." answers when
    Lenin's model of the state proved worse than a mistake, which the sentence before says."""
    return bool(_OPENING_PRONOUN.match(sentence))


def is_credit(sentence: str) -> bool:
    """A photo, image or map credit line, which states nothing: "Photo Gavriil Grigorov / POOL /
    AFP", "Satellite image ©2022 Maxar Technologies", "Source: NASA's Fire Information…, Esri,
    Maxar]" (ISW's maps, which came first for questions on Maxar's imagery)."""
    if bool(_CREDIT.match(sentence)) and "/" in sentence or sentence.startswith("©"):
        return True
    if "©" in sentence and len(sentence.split()) <= _CREDIT_MAX_WORDS:
        return True
    return bool(_SOURCE_LINE.match(sentence)) and not _SENTENCE_END.search(sentence.rstrip("]"))


def is_link_list(sentence: str) -> bool:
    """Sources cited as bare links, however the unit ends ("https://t dot me/kyivoda/2701;",
    "https://gur.gov dot ua/content/….html."): ISW's endnotes, 31 units of its pages, which
    a question's transliterated words could meet ("Скільки полонених?" had one first for the
    "polonu" of its link)."""
    tokens = sentence.split()
    return any("/" in t for t in tokens) and all(_LINK_DEBRIS.search(t) for t in tokens)


def is_fragment(sentence: str) -> bool:
    """A heading, byline, timestamp or link: short, not ended as a sentence or a list item is,
    and a link, a clock time, or no lowercase word at all ("Key Takeaways", "April 22, 5:30pm
    ET", "Karolina Hird, George Barros, and Frederick W. Kagan"). 1,944 of the ISW pages'
    36,561 units (538 distinct); a list item ("- 12 drones shot down over Kyiv") is running
    text and stays. Ended or not, a unit of a few words none of which is running text is an
    address, a slogan or a heading ("Канцлере Шольц!", "Слава Україні!", "Перше.", "-
    Kharkiv;"), which states nothing and whose few topical words made it the closest "answer"
    to a short question ("What did Scholz discuss with Zelensky?").
    """
    if is_link_list(sentence):
        return True
    if len(sentence.split()) <= _BARE_MAX_WORDS and not _PROSE_WORD.search(sentence):
        return True
    if _SENTENCE_END.search(sentence) or _LIST_ITEM_END.search(sentence):
        return False
    if len(sentence.split()) > _FRAGMENT_MAX_WORDS:
        return False
    return bool(_LINK.search(sentence) or _CLOCK_TIME.search(sentence) or not _PROSE_WORD.search(sentence))


@lru_cache(maxsize=1)
def splitting_version() -> str:
    """A fingerprint of how articles are cut into sentences: this module and the segmenter's
    release. Sentences are stored at ingestion, so a library records the rules that cut them,
    and an article those rules now cut otherwise (an upgrade that mended a mistyped quotation
    mark) is split again by `Engine.check` instead of keeping its old units."""
    rules = Path(__file__).read_bytes() + version("sentencex").encode()
    return hashlib.sha256(rules).hexdigest()[:16]


def article_sentences(text: str, language: str, title: str = "") -> list[str]:
    """Every quotable sentence of an article, in order, noise removed, each once.

    Fragments are dropped only from an article that has sentences: a pasted headline alone
    ("Ukraine Says It Captured 909 Russian Soldiers") is still an article.
    """
    sentences: list[str] = []
    seen: set[str] = set()
    for paragraph in clean_paragraphs(text, title):
        for sentence in split_sentences(paragraph, language):
            key = sentence.casefold()
            if is_credit(sentence) or key in seen:
                continue
            seen.add(key)
            sentences.append(sentence)
    whole = [s for s in sentences if not is_fragment(s)]
    return whole or sentences
