"""Who claims each sentence of an article, and for which side.

A quote about a war is only useful with its source: "909 prisoners" means something different
said by Kyiv's general staff, by Moscow, or by a news agency. So every sentence gets an
`Attribution`: the phrase naming who says it, that claimant's side, and `how` it was found.

The extraction is a small set of patterns over the sentence's *clause structure*, not a search
for side words anywhere: a claimant is only taken from the places where a speaker is named
(the subject of a speech verb, the inverted subject after a quotation, "selon X" / "according
to X" / "за словами X"). Words elsewhere in the sentence, such as an object ("les troupes
ukrainiennes ont lancé…" inside a Russian claim), never become the claimant. When no pattern
matches, the article's author or outlet is the claimant: a wrong claimant is worse than that
default, so every pattern prefers to miss rather than guess.

Pronoun claimants ("a-t-il ajouté", "Selon elle", "he said", "він заявив") take the most recent
claimant of the article; that is the one thing that needs state, and `attribute_sentences` keeps
it while walking the sentences in order.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .records import Attribution, Side


@lru_cache(maxsize=1)
def rules_version() -> str:
    """A fingerprint of the rules in this module. Attributions are stored at ingestion, so a
    library records the rules that made them, and one made by other rules (an upgrade that
    fixed a pattern) is re-attributed by `Engine.check` instead of keeping the old mistakes."""
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]

# ---------------------------------------------------------------------------------------------
# Sides: cue words found in a claimant phrase.
# ---------------------------------------------------------------------------------------------

# Stems, matched case-insensitively at a word start; any ending may follow ("ukrainienne",
# "Зеленського", "Россией").
_UKRAINE_STEMS = (
    "ukrain", "ukranian", "kyiv", "kiev", "kyïv", "zelensk", "zelenski", "podoly", "podoli", "kuleba",
    "kouleba", "shmyhal", "chmyhal", "chmygal", "vereshchuk", "vereschuk", "verechtchouk", "yermak",
    "iermak", "syrsk", "zaluzhn", "zaloujn", "reznikov", "umerov", "oumerov", "budanov",
    "boudanov", "stefanchuk", "ustenko", "kyslyts", "sybiha", "verkhovna rada",
    "україн", "київ", "києв", "зеленськ", "зеленск", "подоляк", "кулеб", "шмигал", "шмыгал",
    "верещук", "єрмак", "ермак", "сирськ", "залужн", "резніков", "резников", "буданов",
    "украин", "киев", "умєров", "умеров", "стефанчук", "кислиц", "сибіг", "сибиг",
    "верховна рада", "верховної ради", "верховная рада", "верховной рады",
    # Ukraine's regional and city authorities and its partisans' centre, as war reporting
    # (ISW's daily assessments) names them; the occupation's officials have their own cue.
    "resistance center", "oblast head", "oblast administration", "oblast military administration",
    "regional military administration", "regional state administration", "city military administration",
    "city council", "oblast council", "regional council", "обласна рада", "обласної ради", "облрад",
    "haidai", "gaidai", "синєгубов", "synehubov",
    "synegubov", "гайдай", "andryushchenko", "andryushenko", "andyrushchenko", "andryshchenko", "андрющенко",
    "центр національного спротиву",
    # Ukrainian officials ISW quotes most often by surname alone.
    "skibitsk", "malyar", "humenyuk", "cherevat", "motuzyanyk", "bratchuk", "arestovych",
    "danilov", "energoatom", "kotin", "starukh", "kyrylenko", "скібіцьк", "маляр", "гуменюк",
    "череват", "арестович", "данілов", "енергоатом",
)
_RUSSIA_STEMS = (
    "russia", "russe", "russie", "moscow", "moscou", "kremlin", "putin", "poutine", "shoigu",
    "choïgou", "choigou", "peskov", "lavrov", "zakharova", "konashenkov", "konachenkov",
    "medvedev", "gerasimov", "guerassimov", "guérassimov", "belousov", "beloussov", "nebenzia",
    "nebenzya", "ushakov", "kadyrov", "prigozhin", "prigojine", "gladkov", "khinshtein",
    "mishustin", "douma", "state duma", "wagner", "tass", "ria novosti", "interfax",
    "росі", "росси", "російськ", "российск", "москв", "кремл", "путін", "путин", "шойгу",
    "пєсков", "песков", "лавров", "захаров", "конашенков", "медведєв", "медведев",
    "герасимов", "минобороны", "міноборони рф", "гладков", "хинштейн", "хінштейн",
    "пригожин", "кадиров", "кадыров", "білоусов", "белоусов", "небензя", "ушаков", "мішустін",
    "мишустин", "держдум", "госдум", "вагнер", "риа новости", "интерфакс", "інтерфакс",
    # The occupation's officials and Russia's proxies in Donbas.
    "occupation", "occupying", "окупац", "оккупац", "окупант", "оккупант",
    "donetsk people", "luhansk people", "lugansk people", "prorus", "pro-rus", "séparatist",
    "separatist", "сепаратист", "pushilin", "pasechnik", "saldo", "balitsky", "balitskiy",
    "stremousov", "пушилін", "пушилин", "пасічник", "пасечник", "сальдо", "балицьк", "балицк",
    "стремоусов", "milblogger",
    # Russian officials, commanders and war bloggers ISW quotes most often by surname alone.
    "girkin", "strelkov", "rybar", "rudskoi", "rudskoy", "rogov", "dugin", "pegov", "surovikin",
    "minnekaev", "golikova", "volodin", "kartapolov", "aksyonov", "aksenov", "bezsonov",
    "khodakovsk", "gubarev", "kotyenok", "solovyov", "simonyan", "zhuchkovsk", "гіркін",
    "гиркин", "стрелков", "рибар", "рыбар", "суровікін", "суровикин", "аксьонов", "аксенов",
    "володін", "володин",
    # Russia's own regions, whose governors and officials speak for Russia.
    "belgorod", "bryansk", "kursk oblast governor", "voronezh", "rostov", "krasnodar", "samara",
    "penza", "oryol", "белгород", "брянск", "воронеж", "ростов", "краснодар", "chechen",
    "chechnya", "dagestan", "bashkort", "tatarstan", "buryat", "chelyabinsk", "sverdlovsk",
    "novosibirsk", "krasnoyarsk", "kaliningrad", "petersburg", "yakutia", "чечн", "чеченск",
    "дагестан", "башкорт", "татарстан", "бурят", "челябинск", "свердловск", "петербург",
    "kemerovo", "kuzbass", "volgograd", "magadan", "pskov", "omsk", "tomsk", "irkutsk", "orenburg",
    "saratov", "ulyanovsk", "kazan", "кемеров", "кузбас", "волгоград", "псков", "иркутск",
)
_THIRD_PARTY_STEMS = (
    "united nations", "nations unies", "iaea", "aiea", "grossi", "guterres", "united states",
    "united kingdom", "royaume-uni", "western", "occidenta", "західн", "западн",
    "états-unis", "etats-unis", "american", "américain", "washington", "white house",
    "maison blanche", "pentagon", "biden", "trump", "blinken", "macron", "scholz", "erdogan",
    "erdoğan", "stoltenberg", "rutte", "von der leyen", "european", "européen", "britain",
    "british", "britannique", "london", "londres", "france", "français", "german", "allemand",
    "berlin", "turkey", "turquie", "ankara", "china", "chinese", "chine", "chinois", "beijing",
    "pékin", "belarus", "biélorus", "lukashenko", "loukachenko", "minsk", "poland", "polish",
    "pologne", "polonais", "nordic", "scandinavia", "unspecified country", "red cross", "croix-rouge", "icrc",
    "cicr", "reuters",
    "institute for the study of war", "international", "amnesty", "human rights watch", "unicef", "osce",
    "байден", "макрон", "шольц", "лукашенк", "білорус", "белорус", "американ", "європ",
    "европ", "магате", "червон", "німеч", "герман", "франц", "британ", "китай", "данії",
    "данія", "данськ", "сполучен", "канад", "італі", "іспані", "швеці", "фінлянд", "норвег",
    "нідерланд", "бельгі", "естоні", "латві", "литв", "чехі", "чеськ", "румуні", "молдов",
    "японі", "ізраїл", "австралі", "австрі", "canad", "italy", "italian", "italie", "italien",
    "spain", "spanish", "espagn", "swed", "suède", "finland", "finnish", "finlande", "norw",
    "norvège", "denmark", "danish", "danemark", "netherlands", "dutch", "pays-bas", "belgi",
    "estonia", "estonie", "latvia", "lettonie", "lithuania", "lituanie", "czech", "tchèque",
    "romania", "roumanie", "moldova", "japan", "japon", "israel", "israël", "australi",
    "austria", "autriche", "swiss", "suisse", "hungar", "hongrie", "transnistr", "serbia",
    "serbie", "iran", "kazakh", "kyrgyz", "armenia", "arménie", "azerbaijan", "azerbaïdjan",
    "india", "indien", "brazil", "brésil", "сербі", "серби", "іран", "иран", "казах", "вірмен",
    "армен", "індія", "индия",
)
# Acronyms are matched with their case, so the pronoun "us" is not the US.
_UKRAINE_ACRONYMS = ("SBU", "AFU", "ZSU", "GUR", "HUR", "ЗСУ", "ВСУ", "СБУ", "ГУР", "ОВА", "ОДА")
_RUSSIA_ACRONYMS = ("FSB", "RF", "BARS", "РФ", "ФСБ", "ТАСС", "DNR", "LNR", "DPR", "LPR", "ДНР", "ЛНР")
_THIRD_PARTY_ACRONYMS = ("UN", "ONU", "NATO", "OTAN", "US", "USA", "EU", "UE", "UK", "AFP",
                         "AP", "ISW", "WHO", "OMS", "OHCHR", "ООН", "НАТО", "США", "ЄС", "ЕС")


# Acronyms that are no word in lower case either, matched in any case as members type them
# ("генштаб зсу", "the uk mod"); "us", "un", "eu" (French), "ap", "who", "ода" (ode) are words.
_CASELESS_ACRONYMS = frozenset({
    "SBU", "AFU", "ZSU", "GUR", "HUR", "FSB", "RF", "DNR", "LNR", "DPR", "LPR", "NATO", "OTAN", "USA",
    "UK", "ONU", "ISW", "AFP", "OHCHR", "OMS", "ЗСУ", "ВСУ", "СБУ", "ГУР", "РФ", "ФСБ", "ТАСС", "ДНР",
    "ЛНР", "ООН", "НАТО", "США", "ЄС",
})


def _cue_pattern(stems: tuple[str, ...], acronyms: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(re.escape(s) for s in sorted(stems, key=len, reverse=True))
    letters = "|".join(f"(?i:{re.escape(a)})" if a in _CASELESS_ACRONYMS else re.escape(a) for a in acronyms)
    return re.compile(rf"(?<!\w)(?:(?i:(?:{words})\w*)|(?:{letters})(?!\w))")


_CUES: tuple[tuple[Side, re.Pattern[str]], ...] = (
    (Side.UKRAINE, _cue_pattern(_UKRAINE_STEMS, _UKRAINE_ACRONYMS)),
    (Side.RUSSIA, _cue_pattern(_RUSSIA_STEMS, _RUSSIA_ACRONYMS)),
    (Side.THIRD_PARTY, _cue_pattern(_THIRD_PARTY_STEMS, _THIRD_PARTY_ACRONYMS)),
)


def sides_named(text: str) -> list[tuple[int, int, Side]]:
    """Every side cue in `text` ("Russian", "Kyiv", "ЗСУ", "the UN"…) as (start, end, side),
    in order."""
    return sorted(((m.start(), m.end(), side) for side, pattern in _CUES for m in pattern.finditer(text)),
                  key=lambda named: named[0])


def _cue(phrase: str) -> Side | None:
    """The side named by the earliest cue in `phrase`, or None when it names none.

    The earliest cue is the head of the phrase in all four languages' usual word orders:
    "the Russian ambassador to Ukraine" is Russian, "Ukraine's envoy to the UN" is Ukrainian.
    """
    named = sides_named(phrase)
    return named[0][2] if named else None


def side_of(claimant: str) -> Side:
    """The side of a claimant phrase: ukraine, russia, third-party, or none when empty.

    Anyone not recognisably Ukrainian or Russian (the UN, the IAEA, AFP, a named person with no
    side cue) is a third party.
    """
    if not claimant.strip():
        return Side.NONE
    return _cue(claimant) or Side.THIRD_PARTY


# ---------------------------------------------------------------------------------------------
# What a claimant phrase looks like.
# ---------------------------------------------------------------------------------------------

_PRONOUNS = {"il", "elle", "ils", "elles", "lui", "eux", "he", "she", "they", "it", "him",
             "her", "them", "він", "вона", "вони", "воно", "його", "її", "їх", "он", "она",
             "они", "оно", "его", "ее", "её", "их", "їхніми"}
# The speaker of the article or transcript and whom they address: the author, the outlet or
# the current speaker is the right claimant.
_INTERLOCUTORS = {"je", "j", "nous", "on", "vous", "tu", "i", "we", "you", "me", "us", "я",
                  "ми", "мы", "ти", "ви", "ты", "вы"}
_DETERMINERS = {"le", "la", "l", "les", "un", "une", "des", "du", "de", "d", "ce", "cet",
                "cette", "ces", "son", "sa", "ses", "leur", "leurs", "the", "a", "an", "this",
                "that", "its", "his", "their", "our", "notre", "nos"}
# Institutions named without their country ("the ministry", "le porte-parole"): their side is
# the one of the surrounding claimants, see `_claimant_side`.
_INSTITUTIONAL = re.compile(
    r"(?i)(?<!\w)(?:minist|president|présiden|presidency|general staff|staff\b|"
    r"état-major|etat-major|army|armée|military|militaire|forces|spokes|porte-parole|governor|"
    r"gouverneu|authorit|autorités|official|responsable|government|gouvernement|command|"
    r"office\b|cabinet|commander|commandant|ambassad|diplomat|intelligence|renseignement|"
    r"air force|navy|prosecutor|procureur|ombudsman|mayor|maire|head of|chef|leader|dirigeant|"
    r"delegation|délégation|negotiator|négociateur|administration|міністр|міноборони|генштаб|"
    r"генеральн|президент|уряд|влада|речни|губернатор|командуван|армі|министр|правительств|"
    r"власти|пресс-секретар|представ|глава|голова|очільни|штаб|офіс|офис|ОП\b|МЗС|МИД|"
    r"міністерств|министерств|відомств|ведомств|сил[иаы]?\b|силах|повітрян|воздушн|пво\b|ппо\b)"
)
# People or bodies that are claimants but belong to no side.
_NEUTRAL = re.compile(
    r"(?i)(?<!\w)(?:witness|témoin|resident|habitant|analyst|analyste|expert|observ|"
    r"journalist|source|media|médias|agenc|report|rapport|investigat|enquêteu|свідк|експерт|"
    r"mother|father|wife|wives|husband|widow|relatives|famil|"
    r"аналітик|свидетел|аналитик|источник|джерел)"
)
# Texts quoted as sources ("according to the Regulation", "selon le décret"): they name no one.
_DOCUMENT = re.compile(
    r"(?i)(?:regulation|order|decree|law|resolution|article|paragraph|règlement|décret|loi|"
    r"ordonnance|résolution|закон|указ|постанов|розпоряджен|распоряжен|положен|стат)"
)
_WORD = re.compile(r"[^\W\d_][\w'’.–-]*")
_CYRILLIC_WORD = re.compile(r"[а-яіїєґё]", re.IGNORECASE)
# "В Минобороны РФ заявили", "повідомили у Повітряних силах": the body, not its preposition.
_LOCATIVE = re.compile(r"^(?:[ВвУу]|Во|во)\s+(?=[A-ZА-ЯІЇЄҐЁ])")
# Words that show a clause, not a noun phrase, before the verb: conjunctions, relatives,
# clitics and forms of "to be" ("It was emphasised that…" names nobody).
_NOT_IN_SUBJECT = {
    "was", "were", "is", "are", "be", "been", "being", "est", "sont", "été", "було", "было",
    "can", "cannot", "could", "will", "would", "should", "must", "may", "might", "shall", "do",
    "does", "did", "has", "have", "had", "what", "why", "how", "for", "peut", "doit",
    "que", "qu", "qui", "où", "quand", "lorsque", "dont", "si", "comme", "car", "puisque",
    "tandis", "alors", "après", "avant", "et", "mais", "pourquoi", "comment", "ou", "y", "en", "se", "s", "lui",
    "that", "which", "who", "whom", "whose", "where", "when", "while", "if", "as", "because",
    "since", "after", "before", "than", "and", "but", "or", "although",
    "що", "який", "яка", "які", "яке", "коли", "де", "бо", "якщо", "і", "й", "та", "але", "а",
    "что", "который", "которая", "которые", "когда", "где", "если", "и", "но", "после",
}


def _words(phrase: str) -> list[str]:
    return _WORD.findall(phrase)


def _bare(word: str) -> str:
    """A word lowercased and without an elided article's apostrophe ("L'Ukraine" → "l")."""
    return re.split(r"['’]", word.casefold(), maxsplit=1)[0]


def _is_pronoun(phrase: str) -> bool:
    return phrase.strip().casefold() in _PRONOUNS


def _is_interlocutor(phrase: str) -> bool:
    words = _words(phrase)
    # "US" is the country, not "us" (an acronym is matched with its case, as in `_cue`).
    return len(words) == 1 and _bare(words[0]) in _INTERLOCUTORS and not (len(words[0]) > 1 and words[0].isupper())


def _names_someone(phrase: str, initial: bool = False) -> bool:
    """Whether `phrase` reads as a claimant rather than as a thing ("la création d'un fonds").

    A side cue, an institution, a kind of source, or a capitalised name after any determiner;
    when the phrase opens the sentence (`initial`), its first capital proves nothing.
    """
    if _cue(phrase) or _INSTITUTIONAL.search(phrase) or _NEUTRAL.search(phrase):
        return True
    words = _words(phrase)
    while words and _bare(words[0]) in _DETERMINERS and "'" not in words[0] \
            and "’" not in words[0]:
        words = words[1:]
    if initial and words == _words(phrase):
        words = words[1:]
    return any(w[0].isupper() for w in words)


# ---------------------------------------------------------------------------------------------
# Per-language vocabulary.
# ---------------------------------------------------------------------------------------------

_FR_PARTICIPLES = (
    "affirmé", "assuré", "déclaré", "annoncé", "indiqué", "précisé", "ajouté", "expliqué",
    "souligné", "estimé", "dit", "martelé", "rapporté", "confirmé", "démenti", "nié", "accusé",
    "dénoncé", "revendiqué", "prévenu", "averti", "insisté", "signalé", "reconnu", "admis",
    "écrit", "jugé", "fait savoir", "fait état", "répété", "rappelé", "détaillé", "relevé",
    "noté", "soutenu", "prétendu", "réaffirmé", "déploré", "condamné", "mis en garde",
    "communiqué", "raconté", "témoigné",
    # Pledges, demands and reproaches, as in English ("Vladimir Poutine a promis de riposter").
    "promis", "menacé", "exigé", "réclamé", "appelé", "reproché", "critiqué",
)
_FR_PRESENT = (
    "affirme", "affirment", "assure", "assurent", "déclare", "déclarent", "annonce",
    "annoncent", "indique", "indiquent", "précise", "précisent", "ajoute", "ajoutent",
    "explique", "expliquent", "souligne", "soulignent", "estime", "estiment", "dit", "disent",
    "martèle", "rapporte", "rapportent", "confirme", "confirment", "dément", "démentent", "nie",
    "nient", "accuse", "accusent", "dénonce", "dénoncent", "revendique", "revendiquent",
    "prévient", "avertit", "insiste", "signale", "signalent", "reconnaît", "admet", "écrit",
    "juge", "jugent", "fait savoir", "font savoir", "fait état", "font état", "répète",
    "rappelle", "soutient", "soutiennent", "prétend", "prétendent", "réaffirme",
    "promet", "promettent", "exige", "exigent", "réclame", "réclament", "reproche", "reprochent",
)
_FR_AUX = ("a", "ont", "avait", "avaient", "aurait", "auraient")
# Words between the auxiliary and the participle that keep the clause a claim.
_FR_ADVERBS = (
    "aussi", "également", "encore", "déjà", "ensuite", "alors", "enfin", "notamment",
    "toutefois", "cependant", "néanmoins", "publiquement", "officiellement", "récemment",
    "de nouveau", "à nouveau", "de son côté", "pour sa part", "par ailleurs", "plus tôt",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "soir", "matin",
    "hier", "aujourd'hui", "aujourd’hui", "dans la journée",
)
_FR_NEGATIONS = ("pas", "jamais", "point", "guère")

# The present of the verbs whose form is also a noun ("reports", "claims"), before "that": "The
# Ukrainian General Staff reports that…", but "Conflicting Russian reports that…" (`_noun_like`).
_EN_NOUN_LIKE_VERBS = ("reports that", "claims that", "notes that")
# Saying again, in the infinitive: "The Russian MoD also continued to claim that…"; never inverted
# ("Russian sources, however, continued to accuse Ukrainian forces of…" names no speaker after it).
_EN_SAYING_AGAIN = tuple(f"{go} to {say}" for go in ("continued", "continues", "continue")
                         for say in ("claim", "report", "deny", "insist", "assert", "allege", "accuse", "blame", "say"))
_EN_VERBS = (
    # No form that is also a common noun ("the United States", "claims", "reports", "notes"),
    # nor "declared" and "added", which are mostly not speech ("declared martial law", "value
    # added tax"); "added" is still read in an incise (", he added"). Nor the present of the
    # verbs of inference, whose subject is evidence, not a speaker: "Putin's decree indicates
    # that…", "The report confirms…", "This suggests…" are the outlet's analysis.
    "said", "says", "told", "tells", "stated", "claimed", "announced",
    "announces", "reported", "noted", "stressed", "emphasised",
    "emphasized", "emphasises", "emphasizes", "adds", "warned", "warns", "insisted",
    "insists", "confirmed", "denied", "denies", "accused", "accuses", "alleged",
    "alleges", "wrote", "writes", "asserted", "asserts", "argued", "argues", "explained", "explains", "pointed out", "points out",
    "indicated", "estimated", "revealed", "acknowledged",
    "acknowledges", "admitted", "admits", "reiterated", "reiterates", "underlined",
    "underscored", "informed", "assured", "assures", "recalled",
    "remarked", "highlighted", "blamed", "blames", "condemned", "condemns", "voiced", "commented",
    "suggested", "speculated", "predicted",
    # Complaints and boasts are their subject's claims ("Girkin complained that…"), which ISW
    # reports of Russian milbloggers daily.
    "complained", "complains", "lamented", "boasted", "conceded",
    # Speech only when a "that" clause follows: "added" ("The General Staff added that…"), and
    # the verbs that mostly mean seeing or answering ("Social media users observed a column").
    "added that", "observed that", "implied that", "specified that", "responded that", "insinuated that",
    # "Russian forces maintained artillery fire" holds positions, "the MoD maintained that…" says.
    "maintained that", "maintains that", "maintained its narrative", "maintained their narrative",
    "maintained its claim", "maintained their claims",
    *_EN_NOUN_LIKE_VERBS,
    *_EN_SAYING_AGAIN,
)
# Footage and images put out are the claim of whoever put them out ("Ukrainian forces posted
# footage of…"), and so are the reports they amplify ("Russian milbloggers amplified claims
# that…") and the complaints they file; "released" only so, as prisoners are released too.
# Whoever posts is no side an unnamed "the ministry" after it takes, though a later "he" names
# them (`attribute_sentences`).
_EN_SHOWING_VERBS = (
    "posted", "published", "shared", "amplified", "filed a complaint", "released footage", "released video",
    "released videos", "released a video", "released images", "released photos", "released a statement",
)
_EN_VERBS += _EN_SHOWING_VERBS
# Demands and pledges are claims too, but only after their subject: after a comma their object
# follows ("…, called on Russia to fight on"). Past forms only: "calls for" is also a noun.
_EN_DEMAND_VERBS = ("urged", "called on", "called for", "vowed", "demanded", "promised", "proposed")
_EN_ADVERBS = (
    "has", "have", "had", "also", "earlier", "later", "previously", "again", "repeatedly",
    "separately", "then", "further", "once", "publicly", "officially", "already", "today", "yesterday",
    "on monday", "on tuesday", "on wednesday", "on thursday", "on friday", "on saturday",
    "on sunday", "last week", "on its part", "in turn", "additionally", "similarly", "relatedly",
    "reportedly", "notably", "likewise", "even", "largely", "recently", "explicitly", "directly",
    "nevertheless", "nonetheless", "however", "instead", "still", "meanwhile", "subsequently",
)
# Any other adverb in -ly before the verb ("One Russian source falsely claimed"), lowercase and
# of five letters or more, save the nouns and adjectives that end so.
_EN_LY_ADVERB = r"(?-i:(?!(?:family|assembly|anomaly|monopoly|supply|reply|daily|weekly|monthly|early)\b)[a-z]{3,}ly)"
_EN_NEGATIONS = ("not", "never", "n't")
# Past forms that show a verb inside a would-be subject ("Russian forces made marginal confirmed
# advances"), like the regular ones in -ed.
_EN_IRREGULAR_PAST = {
    "made", "took", "gave", "held", "left", "lost", "won", "kept", "sent", "struck", "shot",
    "began", "fought", "ran", "brought", "built", "caught", "drove", "fell", "flew", "froze",
    "got", "went", "hit", "led", "met", "put", "saw", "set", "sold", "spent", "stood", "threw",
    "withdrew", "overran", "undertook", "used",
}
# What is posted, published or shared, which never posts anything itself.
_EN_MEDIA = {"footage", "video", "videos", "image", "images", "imagery", "photo", "photos", "photographs",
             "pictures", "audio", "recording", "recordings", "clip", "clips"}
# What is written, which an inverted "…, wrote X" names as its object, never as its writer:
# "Girkin, a former militant commander, wrote a harsh critique of the Russian military's
# performance" (the "Russian military" made it read as a claimant).
_EN_TEXTS = {"critique", "criticism", "article", "articles", "post", "posts", "message", "messages",
             "letter", "letters", "appeal", "essay", "op-ed", "piece", "commentary", "rebuttal",
             "thread", "review", "response", "statement", "statements", "note", "book", "column"}
_EN_TEXT_HEAD = re.compile(
    r"(?i)^(?:[\w’'-]+\s+){0,4}?(?P<head>[\w’'-]+)(?:\s+(?:of|on|about|by|from|to|in)\b|$)")
# Present verbs of evidence, which end a would-be subject as a past verb does: "Social media
# footage shows reported explosions in Melitopol" is the footage's, not a speaker's claim.
_EN_EVIDENCE_PRESENT = {"shows", "indicates", "suggests", "reveals", "confirms", "demonstrates", "appears"}

_CY_VERBS = (
    # Ukrainian
    "заявив", "заявила", "заявили", "заявляє", "заявляють", "повідомив", "повідомила",
    "повідомили", "повідомляє", "повідомляють", "сказав", "сказала", "сказали", "каже", "кажуть",
    "наголосив", "наголосила", "наголосили", "підкреслив", "підкреслила", "підкреслили",
    "зазначив", "зазначила", "зазначили", "зазначає", "додав", "додала", "додали", "розповів",
    "розповіла", "розповіли", "поінформував", "поінформувала", "стверджує", "стверджують",
    "стверджував", "звинуватив", "звинуватила", "звинуватили", "визнав", "визнала", "написав",
    "написала", "оголосив", "оголосила", "оголосили", "запевнив", "запевнила", "заперечив",
    "підтвердив", "підтвердила", "підтвердили", "попередив", "попередила",
    # Neuter: a ministry, a general staff or a government speaks in it ("Міністерство …
    # повідомило", "Минобороны России заявило").
    "заявило", "повідомило", "наголосило", "підкреслило", "зазначило", "оголосило",
    "підтвердило", "попередило", "додало", "поінформувало", "звинуватило", "визнало",
    "заявляло", "сообщило", "отметило", "подчеркнуло", "уточнило", "объявило", "признало",
    "подтвердило", "опровергло", "предупредило", "добавило", "обвинило", "пояснило",
    # Russian
    "заявил", "заявила", "заявили", "заявляет", "заявляют", "сообщил", "сообщила", "сообщили",
    "сообщает", "сообщают", "сказал", "сказала", "сказали", "говорит", "говорят", "подчеркнул",
    "подчеркнула", "отметил", "отметила", "отметили", "добавил", "добавила", "рассказал",
    "рассказала", "утверждает", "утверждают", "написал", "написала", "объявил", "объявила",
    "обвинил", "обвинила", "обвинили", "признал", "уточнил", "уточнила", "пояснил", "заверил",
    "подтвердил", "подтвердила", "подтвердили", "опроверг", "предупредил",
)
_CY_ADVERBS = ("також", "вже", "раніше", "сьогодні", "вчора", "учора", "зокрема", "ще",
               "беззаперечно", "відкрито", "офіційно", "публічно", "неодноразово", "чітко",
               "прямо", "вкотре", "знову", "нещодавно", "открыто", "официально", "публично",
               "неоднократно", "снова", "еще", "недавно",
               "тоже", "также", "уже", "ранее", "сегодня", "вчера", "в четвер", "в четверг")
_CY_NEGATIONS = ("не",)
# "за словами X", "по данным X", "как сообщил X": X is the claimant.
_CY_ACCORDING = (
    r"за\s+словами", r"за\s+даними", r"згідно\s+з(?:і)?(?:\s+даними)?", r"як\s+повідоми\w*",
    r"як\s+заяви\w*", r"як\s+зазначи\w*", r"як\s+розпові\w*", r"по\s+словам", r"по\s+данным",
    r"согласно(?:\s+данным)?", r"как\s+сообщи\w*", r"как\s+заяви\w*", r"как\s+отмети\w*",
    r"как\s+рассказа\w*",
    # "…», — говорится в сообщении ведомства": the body whose statement it is.
    r"говорится\s+в\s+(?:сообщении|заявлении|релизе|пресс-релизе|документе)",
    r"(?:йдеться|зазначається|наголошується)\s+[ув]\s+(?:повідомленні|заяві|зверненні|документі)",
)
_CY_POSSESSIVE_ACCORDING = re.compile(
    r"(?i)(?<!\w)(?:за\s+(?:його|її|їхніми|їх)\s+(?:словами|даними)|"
    r"по\s+(?:его|ее|её|их)\s+(?:словам|данным))(?!\w)"
)
_FR_ACCORDING = r"(?:selon|d['’]après|de\s+source)"
_EN_ACCORDING = r"(?:according\s+to|citing)"
# "selon les données de X", "according to a statement by X": the source is X.
_SOURCE_PREFIX = re.compile(
    r"(?i)^(?:(?:les?|la|des|un|une)\s+(?:informations?|données|chiffres|estimations|bilan|"
    r"communiqué|déclarations?|derniers\s+chiffres)\s+(?:de|du|des|d['’])\s*|"
    r"(?:the\s+|a\s+)?(?:latest\s+)?(?:data|figures|estimates|statement|information|report)\s+"
    r"(?:from|by|of)\s+|(?:даними|даним|інформації|информации)\s+)"
)

_QUOTE_CLOSE = "»\"”“"
_DASH = "—–-"


def _alt(words: tuple[str, ...]) -> str:
    """A regex alternation of phrases, longest first, spaces matching any whitespace."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


_TIME_WORDS = (
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier",
    "aujourd'hui", "aujourd’hui", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "today", "yesterday", "earlier", "later", "meanwhile", "however",
    "also", "moreover", "furthermore", "separately", "in addition", "in turn", "for his part",
    "for her part", "for its part", "en outre", "par ailleurs",
    "de son côté", "pour sa part", "plus tôt", "cependant", "toutefois", "néanmoins", "ainsi",
    "enfin", "d'abord", "ensuite", "but", "and", "et", "mais", "або", "але", "однак", "проте",
    "тим часом", "водночас", "сьогодні", "вчора", "раніше", "однако", "между тем", "сегодня",
    "вчера", "ранее", "at the same time", "in this context", "in this regard", "in that regard",
    "in this connection", "in comparison", "in contrast", "by contrast", "in particular",
    "in response", "in the meantime", "nevertheless", "nonetheless", "instead", "still", "thus",
    "therefore", "de plus", "при этом", "крім того", "кроме того",
)
# A leading adverbial clause before the subject: "Jeudi, ", "On Thursday, ", "Dans un
# communiqué, ", "Le 5 février, ".
_LEADING_ADVERBIAL = re.compile(
    rf"(?i)^(?:(?:on|in|at|dans|sur|lors|le|au|en|у|в|на)\s+[^,]{{0,40}}?\d[^,]{{0,20}},\s*|"
    rf"(?:{_alt(_TIME_WORDS)})(?:\s+(?:soir|matin|après-midi|night|morning|evening))?\s*,\s*|"
    rf"(?:dans|in)\s+(?:un|une|a|an|son|sa|its|his|her|their)\s+[^,]{{1,40}},\s*|"
    rf"(?:on|sur)\s+(?:Telegram|Facebook|X|Twitter)\s*,\s*|"
    # "About two months ago, President Lukashenko said…", "Notably, DNR-appointed authorities
    # announced…": a time ago, or an adverb in -ly (with a stem of four letters or more).
    rf"(?:(?:about|some|over|almost|nearly)\s+)?(?:\w+\s+){{1,2}}?(?:years?|months?|weeks?|days?|hours?)\s+ago\s*,\s*|"
    rf"[a-z]{{4,}}ly\s*,\s*|"
    # "Following the Makiivka strike, the Russian MoD blamed…", "Speaking in Minsk, Putin said…":
    # an event or a participle before the subject.
    rf"(?:after|before|despite|amid|during|après|avant|malgré|pendant|(?!according)[a-z]{{3,}}ing)\s+[^,]{{1,60}},\s*)"
)
# Complements that follow the claimant but are not part of it: "dans un communiqué",
# "sur Facebook", "à l'AFP", "on Thursday", "in a statement".
_TRAILING_COMPLEMENT = re.compile(
    rf"(?i)(?:\s+|,\s*)(?:dans|sur|lors|devant|pendant|à|aux?|on|in|during|via|while|"
    rf"to\s+(?:AFP|reporters|journalists|the\s+press|the\s+media)|"
    rf"after|before|ce|cette|у|в|на|під|во|{_alt(_TIME_WORDS)})(?!\w).*$"
)
_LEADING_COMPLEMENT = re.compile(
    rf"(?i)^(?:(?:à|to)\s+(?:l['’]\s*AFP|AFP|la\s+presse|des\s+journalistes|aux?\s+journalistes"
    rf"|reporters|journalists|the\s+press)|{_alt(_TIME_WORDS)}|"
    rf"(?:dans|in)\s+(?:un|une|a)\s+(?:communiqué|statement|message|post|vidéo|video)|"
    rf"(?:sur|on)\s+(?:Telegram|Facebook|X|Twitter))(?!\w)[\s,]*"
)
# What ends an inverted or "selon" claimant: the end of the clause.
_CLAIMANT_END = re.compile(
    r"\s*(?:[.;:!?»\"”(]|,\s*(?=[a-zà-ÿа-яіїєґ])|,\s*(?=[«\"“])|\s+que\s|\s+qu['’]|"
    r"\s+that\s|\s+що\s|\s+что\s|$)"
)
_MAX_CLAIMANT_WORDS = 18
# Beyond this many words a claimant must end with a name (see `_has_a_clause`).
_MAX_TITLE_WORDS = 14


def _clean_claimant(phrase: str, trim_complements: bool) -> str:
    """The claimant phrase without complements around it or trailing punctuation."""
    phrase = phrase.strip(" ,;:-—–")
    while True:
        shorter = _LEADING_COMPLEMENT.sub("", phrase, count=1)
        if shorter == phrase:
            break
        phrase = shorter
    phrase = _LOCATIVE.sub("", _SOURCE_PREFIX.sub("", phrase))
    if trim_complements:
        phrase = _without_trailing_complement(phrase)
    return phrase.strip(" ,;:-—–")


# "and" between two capitalised words belongs to a title or a body's name ("Deputy Prime
# Minister for European and Euro-Atlantic Integration of Ukraine"), not to what follows it.
_AND_IN_A_NAME = re.compile(r"\s+(?:and|et)\s+(?=[A-ZÀ-ÖА-ЯІЇЄҐ])")


def _without_trailing_complement(phrase: str) -> str:
    """`phrase` up to its first trailing complement ("…, said X on Thursday", "said X and
    added"), an "and" inside a title aside."""
    start = 0
    while match := _TRAILING_COMPLEMENT.search(phrase, start):
        before = phrase[: match.start()].split()
        if not (before and before[-1][:1].isupper() and _AND_IN_A_NAME.match(phrase, match.start())):
            return phrase[: match.start()]
        start = match.start() + 1
    return phrase


def _clause_after(text: str) -> str:
    """`text` up to the end of its clause (a period, a new lowercase clause, "que", "that")."""
    match = _CLAIMANT_END.search(text)
    return text[: match.start()] if match else text


# ---------------------------------------------------------------------------------------------
# The patterns, per language family.
# ---------------------------------------------------------------------------------------------

_NEG_LOOKBEHIND = r"(?<!\bpas\s)(?<!\bnot\s)(?<!\bне\s)"


class _Grammar:
    """The compiled patterns of one language family, applied in order of reliability."""

    def __init__(
        self,
        *,
        verbs: tuple[str, ...],
        adverbs: tuple[str, ...],
        negations: tuple[str, ...],
        according: str,
        aux: tuple[str, ...] = (),
        present: tuple[str, ...] = (),
        incise_verbs: tuple[str, ...] = (),
        pronoun_incise: str = "",
        dash_incise: bool = False,
        adverb_pattern: str = "",
        subject_verbs: tuple[str, ...] = (),
        not_inverted: tuple[str, ...] = (),
    ) -> None:
        adverb = _alt(adverbs) + (f"|{adverb_pattern}" if adverb_pattern else "")
        adv = rf"(?:(?:{adverb})\s+)*"
        # After a comma only the listed adverbs: ", which if true, likely indicates X" has X
        # as its object, not its speaker.
        listed_adv = rf"(?:(?:{_alt(adverbs)})\s+)*"
        neg = _alt(negations)
        self.negation = re.compile(rf"(?i)(?<!\w)(?:{neg})(?!\w)")
        speech = rf"(?:{_alt(verbs)})"
        incise_speech = rf"(?:{_alt(verbs + incise_verbs)})"
        finite = (
            rf"(?:(?:n['’])?(?:{_alt(aux)})\s+{adv}{speech}|(?:{_alt(present)}))"
            if aux
            else incise_speech
        )
        inverted = finite if aux else rf"(?:{_alt(tuple(v for v in verbs + incise_verbs if v not in not_inverted))})"
        opener = rf"[{_QUOTE_CLOSE}]\s*,?|," + (rf"|[{_QUOTE_CLOSE}]?\s*,?\s*[{_DASH}]+" if
                                                 dash_incise else "")
        # «…», a assuré X  /  ", said X"  /  «…», — заявив X
        self.inverted = re.compile(
            rf"(?i)(?:{opener})\s*(?:{listed_adv})?{inverted}(?!\w)\s*(?P<who>[^{_QUOTE_CLOSE}]+)$"
        )
        # «…», a-t-il ajouté  /  », ajoute-t-elle
        self.pronoun_incise = re.compile(pronoun_incise, re.IGNORECASE) if pronoun_incise else None
        # "…, the governor said on Thursday."  (English order, claimant before the verb)
        self.trailing_subject = re.compile(
            rf"(?:[{_QUOTE_CLOSE}]\s*,?|,)\s*(?P<who>[^,{_QUOTE_CLOSE}]{{1,90}}?)\s+{adv}"
            rf"{_NEG_LOOKBEHIND}{incise_speech}(?!\w)(?P<rest>[^,.]{{0,40}})[.!?]?$",
            re.IGNORECASE,
        ) if not aux else None
        self.according = re.compile(rf"(?i)(?<!\w){according}\s+(?P<who>.+)$")
        self.first_verb = re.compile(
            rf"(?i)(?<![\w'’-])(?:{finite}|(?:n['’])?(?:{_alt(aux)}))(?![\w-])"
            if aux else rf"(?i)(?<![\w'’-])(?:{_alt(verbs + subject_verbs)})(?![\w-])"
        )
        self.speech_after_aux = re.compile(
            rf"(?i)^\s*{adv}(?:{speech})(?![\w-])"
        ) if aux else None
        self.coordinated = re.compile(
            rf"(?i)\s(?:mais|et)\s+(?:{_alt(aux)})\s+{adv}{speech}(?![\w-])"
        ) if aux else None
        self.trailing_adverbs = re.compile(
            rf"(?i)(?:\s+(?:{adverb}|{neg}))+\s*$"
        )


_FRENCH = _Grammar(
    verbs=_FR_PARTICIPLES,
    adverbs=_FR_ADVERBS,
    negations=_FR_NEGATIONS,
    according=_FR_ACCORDING,
    aux=_FR_AUX,
    present=_FR_PRESENT,
    pronoun_incise=(
        rf"(?:^|[{_QUOTE_CLOSE},])\s*(?:(?:{_alt(_FR_AUX)})-t-(?P<p1>il|elle|ils|elles)\s+"
        rf"(?:(?:{_alt(_FR_ADVERBS)})\s+)*(?:{_alt(_FR_PARTICIPLES)})|"
        rf"(?:{_alt(_FR_PRESENT)})-(?:t-)?(?P<p2>il|elle|ils|elles)|"
        rf"(?:ont|avaient|auraient)-(?P<p3>ils|elles)\s+(?:(?:{_alt(_FR_ADVERBS)})\s+)*"
        rf"(?:{_alt(_FR_PARTICIPLES)}))(?![\w-])"
    ),
)
_ENGLISH = _Grammar(
    verbs=_EN_VERBS,
    adverbs=_EN_ADVERBS,
    negations=_EN_NEGATIONS,
    according=_EN_ACCORDING,
    incise_verbs=("added", "declared"),
    adverb_pattern=_EN_LY_ADVERB,
    subject_verbs=_EN_DEMAND_VERBS,
    # "…, posted a scathing critique of the Kremlin": what is put out follows these verbs, never
    # who put it out.
    not_inverted=_EN_SHOWING_VERBS + _EN_SAYING_AGAIN,
)
_CYRILLIC = _Grammar(
    verbs=_CY_VERBS,
    adverbs=_CY_ADVERBS,
    negations=_CY_NEGATIONS,
    according=rf"(?:{'|'.join(_CY_ACCORDING)})",
    dash_incise=True,
)
_GRAMMARS = {"fr": _FRENCH, "en": _ENGLISH, "uk": _CYRILLIC, "ru": _CYRILLIC}

# "President of Russia Vladimir Putin: Good afternoon…": a transcript's speaker label.
_SPEAKER_LABEL = re.compile(
    r"^(?P<who>[A-ZА-ЯІЇЄҐ][\w.'’-]*(?:\s+(?:of|the|de|du|des|la|[A-ZА-ЯІЇЄҐ][\w.'’-]*)){0,7})"
    # The turn opens after a space, or straight after the colon with an ellipsis, as the
    # Kremlin's transcripts give an interrupted turn ("Vladimir Putin:…I just said this.").
    r":(?=\s+\S|…|\.\.\.)"
)


_SPEAKER_ROLES = {"question", "answer", "remark", "reply", "вопрос", "ответ", "реплика",
                  "питання", "відповідь", "репліка"}


# Words of a section heading, which looks like a speaker label ("Eastern Ukraine: (Kharkiv
# Oblast)", "Special Edition: …" in ISW's daily assessments) but names no one: taken for a
# speaker, it made the region the claimant of every sentence after it.
_HEADING_WORDS = {
    "eastern", "western", "northern", "southern", "central", "northeastern", "northwestern",
    "southeastern", "southwestern", "north", "south", "east", "west", "est", "ouest", "nord", "sud",
    "edition", "update", "assessment", "takeaways", "note", "notes", "correction", "summary",
    "overview", "background", "axis", "direction", "line", "oblast", "region", "front", "sources",
    "édition", "bilan", "contexte", "résumé", "région", "ligne",
    "східна", "західна", "північна", "південна", "центральна", "схід", "захід", "південь", "північ",
    "восточная", "западная", "северная", "южная", "центральная", "восток", "запад", "юг", "север",
    "напрямок", "направление", "область", "оновлення", "обновление",
}


# A heading before a sentence that names no speaker ("CORRECTION: ISW incorrectly reported…",
# "Logistical campaign: The Mariupol City Council reported…"): no part of the claimant.
# Up to three words, none a verb of saying nor a determiner first ("The President emphasized: …").
_HEADING = re.compile(r"^(?P<head>[A-ZА-ЯІЇЄҐ][^\s:]*(?:\s+[^\s:]+){0,2}):\s+(?=[A-ZА-ЯІЇЄҐ\"“«(])")


def speaker_label(sentence: str) -> str:
    """The transcript speaker label a sentence opens with ("Dmitry Peskov:"), or "" when it
    has none: it says who speaks, not what is said."""
    label = _SPEAKER_LABEL.match(sentence)
    return sentence[:label.end()] if label and _is_speaker(label) else ""


def _is_speaker(label: re.Match[str]) -> bool:
    """A speaker label is a name (two capitalised words or more) or a role ("Question"), and
    not a section heading: one that opens or ends with a heading word, or is followed by a
    parenthesis. Only the ends: "Commander of the Southern Military District X:" is a speaker."""
    words = _words(label.group("who"))
    if {words[0].casefold(), words[-1].casefold()} & _HEADING_WORDS or label.group(0).endswith("("):
        return False
    capitalised = [w for w in words if w[0].isupper()]
    return len(words) <= 8 and (len(capitalised) >= 2 or label.group("who").casefold() in _SPEAKER_ROLES)


# ---------------------------------------------------------------------------------------------
# Finding the claimant phrase of one sentence.
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Found:
    """What one sentence says about its claimant.

    `claimant` is the phrase naming who claims the sentence (possibly a pronoun); `subject` is
    the sentence's subject when it names a side but no claim is made ("Le président ukrainien
    … a fait l'éloge"), kept because a following "a-t-il martelé" refers to it; `label` marks
    a transcript speaker label, whose speaker goes on talking in the next sentences; `detail`
    is an apposition left out of the claimant ("Tetiana Lomakina, coordinator … from the Office
    of the President"), which still tells its side.
    """

    claimant: str = ""
    subject: str = ""
    label: bool = False
    detail: str = ""
    shown: bool = False  # the claimant put out footage or a text (`_EN_SHOWING_VERBS`)


# An apposition after a name, in lower case: not a relative clause, nor a participle's or a
# source's phrase ("The Wall Street Journal, citing Ukrainian diplomats, reported…").
_APPOSITION = re.compile(
    r"^[,\s]*(?P<detail>(?!(?:who|which|that|qui|que|який|яка|які|который|которая|которые|"
    r"according|selon|d['’]après|за|по|\w+ing)\b)[a-zа-яіїєґё][^,.;:!?«»\"“”]*)")


def _apposition(text: str) -> str:
    """The apposition `text` opens with (after a comma), or ""."""
    match = _APPOSITION.match(text) if text.lstrip().startswith(",") else None
    return match.group("detail").strip() if match else ""


_LEADING_CONJUNCTION = re.compile(r"(?i)^(?:and|but|so|et|mais|donc|і|й|а|але|и|но)\s+")


def _in_a_title(words: list[str], i: int) -> bool:
    """Whether words[i] is the "for" or "and" of a title or a body's name: "Spokesperson for
    the Ukrainian Ministry of Defense", "Center for Strategic Communications", "Deputy Prime
    Minister for Construction and Regional Development" (a capitalised word on each side, and
    for "and" a "for" or "of" before it), not a clause ("Calls for peace") nor two claimants
    ("Russia and Ukraine")."""
    word = words[i].casefold()
    after = words[i + 1:i + 3]
    if word not in ("for", "and") or i == 0 or not after:
        return False
    before = words[i - 1]
    if not (before[:1].isupper() or (word == "for" and _INSTITUTIONAL.match(before))):
        return False
    if word == "and":
        return after[0][:1].isupper() and any(w in ("for", "of") for w in words[:i - 1])
    return after[0][:1].isupper() or (after[0].casefold() == "the" and len(after) > 1 and after[1][:1].isupper())


def _has_a_clause(words: list[str]) -> bool:
    """Whether a would-be claimant holds a clause rather than only naming someone: a word of
    `_NOT_IN_SUBJECT` outside a title, or more words than a title and a name take (a long
    phrase must end with a capitalised name: "The Head of the … Defense Forces, Yevhen Yerin")."""
    if any(_bare(w) in _NOT_IN_SUBJECT and not _in_a_title(words, i) for i, w in enumerate(words)):
        return True
    return len(words) > _MAX_TITLE_WORDS and not all(w[:1].isupper() for w in words[-2:])


# "Chechen leader Ramzan Kadyrov, apparently devastated by the defeat, called on…": an incise
# between commas, in lower case, after the subject.
_INCISE = re.compile(r"^(?P<head>[^,]+),\s*(?P<incise>[a-z](?:[^,]|(?<=\d),(?=\d{3}))*),$")
# "A prominent Russian milblogger that has previously criticized the command stated…": a
# relative clause after the subject; not a passive ("…that Russia lost tanks was denied").
# A "that" followed by a capital is a conjunction after a verb ("An investigation found that
# Wagner's founder reported…"), not a relative pronoun.
_RELATIVE = re.compile(r"^(?P<head>[^,]+?)\s+(?:who|that)\s+(?P<clause>[a-z][^,]*)$")
_PASSIVE_AUX = {"was", "were", "is", "are", "be", "been", "being"}
# Words between a subject and its verb that are auxiliaries and adverbs, not an incise.
_MAX_AUXILIARY_WORDS = 4
# The longest incise between commas ("A Russian milblogger, who has previously been proven to
# have fabricated false information about the frontline, claimed…") and the longest relative
# clause without them: longer, "that" is more often a verb's ("The Kremlin likely believes that
# … its stated goals…").
_MAX_INCISE_WORDS = {_INCISE: 20, _RELATIVE: 12}
# A sentence's end inside a would-be subject: two sentences the splitter left joined.
_SENTENCE_END = re.compile(r"[a-z]{2}[.!?]\s+[A-Z]")


def _without_incise(phrase: str) -> str:
    """The subject without an incise or a relative clause between it and its verb."""
    for pattern, longest in _MAX_INCISE_WORDS.items():
        match = pattern.match(phrase)
        if not match:
            continue
        between = _words(match.group(2))
        if between and len(between) <= longest and between[-1].casefold() not in _PASSIVE_AUX:
            return match.group("head")
    return phrase


def _valid_subject(phrase: str, grammar: _Grammar) -> str:
    """`phrase` as the subject of the sentence's first verb, or "" when it is not one.

    A subject starts the sentence (after an adverbial such as "Jeudi,"), is short, has no
    subordinate clause or conjunction, and any comma in it opens a named apposition
    ("Ukraine's foreign minister, Dmytro Kuleba,").
    """
    phrase = grammar.trailing_adverbs.sub("", phrase.strip())
    if not phrase[:1].isupper() or _SENTENCE_END.search(phrase):
        return ""
    while True:
        shorter = _LEADING_ADVERBIAL.sub("", phrase, count=1)
        if shorter == phrase:
            break
        phrase = shorter
    phrase = _LEADING_CONJUNCTION.sub("", phrase.strip())
    if grammar is _ENGLISH:  # measured on English war reporting only (docs/quality.md)
        phrase = _without_incise(phrase)
        if _words(phrase)[:1] and _words(phrase)[0].casefold() in _EN_PREPOSITIONS:
            # An adverbial up to its comma ("In view of this, the President of Russia"), or
            # run into the subject without one.
            if "," in phrase:
                return _valid_subject(phrase.split(",", 1)[1], grammar)
            phrase = _name_after_an_adverbial(phrase)
    if not phrase[:1].isalpha():
        return ""
    if not (_is_pronoun(phrase) or _is_interlocutor(phrase) or _names_someone(phrase, True)
            or (grammar is _ENGLISH and _is_a_surname(phrase))):
        return ""
    words = _words(phrase)
    if not words or len(words) > _MAX_CLAIMANT_WORDS or _has_a_clause(words) \
            or words[-1].casefold() in _DETERMINERS or re.search(r"(?:['’]s|s['’])$", words[-1]):
        return ""  # also "Russia’s demanded guarantees": a possessive is not a subject
    if len(words) > 1 and any(_is_pronoun(w) or _is_interlocutor(w) for w in words):
        return ""  # "Addressing the Maltese Parliament, I recalled": a clause, then a pronoun
    if phrase.endswith(",") and phrase.count(",") == 1:
        return ""  # "X, confirmed by Y": a participle after a comma, not a verb of X
    if grammar is _ENGLISH and words[-1].casefold() in _EN_MEDIA:
        return ""  # "Footage posted to social media shows…": what was posted, not who posted it
    if grammar is _ENGLISH and any(
        w.islower() and w.isalpha() and ((w.endswith("ed") and len(w) > 4) or w in _EN_IRREGULAR_PAST
                                         or w in _EN_EVIDENCE_PRESENT)
        and before.casefold() not in _EN_BEFORE_AN_ADJECTIVE  # "the head of occupied Crimea"
        for before, w in zip(["", *words], words)
    ):
        return ""  # "Shelling killed three people the governor said": a verb in the subject
    for segment in phrase.split(",")[1:]:
        segment = segment.strip()
        if segment and (not segment[0].isupper() or len(_words(segment)) > 5):
            return ""
    return _LOCATIVE.sub("", phrase.rstrip(" ,"))


# Words that open an adverbial, never a subject.
_EN_PREPOSITIONS = {"in", "on", "at", "during", "after", "before", "following", "amid", "with", "without",
                    "from", "for", "by", "through", "throughout", "over", "under", "despite", "since",
                    "until", "among", "against", "across", "within", "into", "via", "per"}
# The name that ends an adverbial run into its subject without a comma, after a parenthesis or
# a word in lower case: "At a meeting with … (SCO) Shoigu stated".
_NAME_AFTER_AN_ADVERBIAL = re.compile(
    r"(?:\)|(?<![\w’'-])(?!(?:that|which|who|whom|whose|where|when)\s)[a-z][\w’'-]*)"
    r"\s+(?P<name>(?:[A-Z][\w’'-]*\s+){0,4}[A-Z][\w’'-]*)$")


def _name_after_an_adverbial(phrase: str) -> str:
    """The subject after an English adverbial that opens `phrase` ("In a series of Telegram
    posts" is not one), or "" when no name ends it."""
    match = _NAME_AFTER_AN_ADVERBIAL.search(phrase)
    return match.group("name") if match else ""


# What stands in parentheses or between two dashes.
_ASIDE = re.compile(r"\([^()]*\)|\s[—–]\s[^—–]*\s[—–]\s")


def _without_asides(sentence: str) -> str:
    """The sentence with its asides blanked out, its length kept: a verb of saying in an aside
    is not the sentence's ("Prigozhin defended soldiers (Prigozhin observed that…) and claimed
    that…", "A milblogger — who had claimed strikes on Russia — found…")."""
    return _ASIDE.sub(lambda aside: " " * len(aside.group()), sentence)


def _from_subject(sentence: str, grammar: _Grammar) -> _Found:
    """The subject of the sentence's first finite verb, as claimant when that verb is a claim.

    In English a verb of saying with no subject before it is passed over for the next: it is
    an adjective ("Shoigu's claimed consideration", "amplified claimed drone footage") or inside
    a relative clause ("who has been confirmed to report…"), and "…and claimed that" follows."""
    if sentence.lstrip()[:1] in "«\"“„":
        return _Found()
    subject, verb = "", None
    for verb in grammar.first_verb.finditer(_without_asides(sentence)):
        if grammar is _ENGLISH and _EN_DATED_PARTICIPLE.match(sentence, verb.end()):
            continue
        subject = _valid_subject(sentence[: verb.start()], grammar)
        if subject and " ".join(verb.group(0).split()).casefold() in _EN_NOUN_LIKE_VERBS \
                and not _speaks_in_the_present(subject):
            subject = ""
            continue
        if not subject and grammar is _ENGLISH and _EN_WHAT_IS_SAID.match(sentence[verb.end():]):
            subject = _coordinated_subject(sentence[: verb.start()], grammar) or _joint_subject(
                sentence[: verb.start()], grammar)
        if subject or grammar is not _ENGLISH:
            break
    if not subject or verb is None:
        return _Found()
    if re.match(r"(?i)\s+(?:by|par)\s", sentence[verb.end():]):
        return _Found(subject=subject)  # "confirmed by": a passive, the subject claims nothing
    said = verb.group(0)
    if grammar.speech_after_aux is not None and re.fullmatch(
        rf"(?i)(?:n['’])?(?:{_alt(_FR_AUX)})", said
    ):
        # An auxiliary: a claim only when a speech participle follows it, or follows "mais a".
        rest = sentence[verb.end():]
        negated = re.match(rf"(?i)\s*(?:{_alt(_FR_NEGATIONS)})(?!\w)", rest) is not None
        claim = not negated and grammar.speech_after_aux.match(rest) is not None
        if not claim and grammar.coordinated is not None:
            claim = grammar.coordinated.search(_first_clause(rest)) is not None
        return _Found(claimant=subject) if claim else _Found(subject=subject)
    before = sentence[: verb.start()]
    between = before[before.find(subject) + len(subject):]
    # A negation just before the verb, or among the auxiliaries and adverbs after the subject:
    # "Ukrainian authorities have not formally claimed…".
    auxiliaries = between if len(_words(between)) <= _MAX_AUXILIARY_WORDS and "," not in between else ""
    just_before = sentence[max(0, verb.start() - 12): verb.start()]
    if any(grammar.negation.search(part) for part in (said, just_before, auxiliaries)):
        return _Found(subject=subject)
    return _Found(claimant=subject, detail=_apposition(between), shown=said.casefold() in _EN_SHOWING_VERBS)


def _speaks_in_the_present(subject: str) -> bool:
    """Whether `subject` is one for "reports that", "claims that", "notes that", which are nouns
    as often ("Conflicting Russian reports that…", "Geolocated footage corroborates Russian claims
    that…"): its last word names a speaker (a name, not an adjective of nationality, or an
    institution or a kind of source), and no word before it is a verb in -s ("…'s visit supports
    previous Ukrainian social media reports that…")."""
    words = _words(subject)
    last = words[-1]
    if subject.casefold() == "it":
        return False  # "It notes that…" cites a document, whoever spoke last
    if re.search(r"(?:ian|ean|ese|ish)$", last) or not (
            last[:1].isupper() or _INSTITUTIONAL.search(last) or _NEUTRAL.search(last)):
        return False
    return not any(w.islower() and w.endswith("s") and not w.endswith("ss") for w in words[:-1])


def _names_a_text(phrase: str) -> bool:
    """Whether an English phrase is something written or shown ("a harsh critique of the
    Russian military", "a video of…"): its head noun, the last word before its first
    complement, is a text or a medium."""
    head = _EN_TEXT_HEAD.match(phrase)
    return head is not None and head.group("head").casefold() in _EN_TEXTS | _EN_MEDIA


_EN_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# "Individual Russian attacks … reported on March 8 and March 9 may represent…": a participle
# and its date, then the sentence's own verb; the attacks report nothing.
_EN_DATED_PARTICIPLE = re.compile(
    rf"\s+(?:on|in|since)\s+{_EN_MONTH}(?:\s+\d{{1,2}})?(?:\s*(?:and|-|–|to)\s*(?:{_EN_MONTH}\s+)?\d{{1,2}})?"
    r"\s+(?:may|might|could|would|will|can|likely|are|is|was|were|indicates?|suggests?|represents?|shows?)\b"
)


# Capitalised words that open a sentence before a verb of saying without naming anyone.
_EN_NOT_A_NAME = {
    "if", "when", "while", "although", "though", "as", "because", "since", "once", "unless",
    "whether", "this", "that", "these", "those", "some", "others", "many", "most", "several",
    "both", "all", "each", "such", "any", "every", "no", "other", "either", "neither", "locals", "it",
    "they", "everyone", "everybody", "nobody", "someone", "somebody", "anyone", "over", "under", "after", "before", "despite", "during",
    "in", "on", "at", "from", "with", "without", "of", "for", "by", "about", "against", "among",
    "around", "between", "through", "within", "only", "even", "also", "still", "here", "there",
}


def _is_a_surname(phrase: str) -> bool:
    """One capitalised word before a verb of saying, as ISW names a speaker it has introduced
    ("Hromov stated that…", "Rybar claimed…", "Energoatom reported…"), not a function word,
    an adverb or a participle ("Having noted that…", "Recently proposed legislation…")."""
    word = phrase.strip()
    bare = word.casefold()
    return (word[:1].isupper() and word.replace("-", "").isalpha() and bare not in _EN_NOT_A_NAME
            and bare not in _DETERMINERS and not bare.endswith(("ing", "ly")))


# "… and (falsely) claimed", "… but stated that": a verb of saying coordinated with the
# sentence's first verb.
_EN_AND_BEFORE = re.compile(r"(?i)\s(?:and|but)\s+(?:[a-z]+ly\s+|also\s+|then\s+)?$")
_EN_AUXILIARIES = {"did", "does", "has", "have", "had", "was", "were", "is", "are"}
_EN_BEFORE_AN_ADJECTIVE = {"in", "of", "on", "at", "from", "near", "for", "with", "to", "by", "the",
                           "a", "an", "its", "their", "his", "her", "newly", "recently", "self"}
# What a coordinated verb of saying must be followed by to be one ("and maintained positions"
# is not): a "that" clause or a quotation.
_EN_WHAT_IS_SAID = re.compile(r"(?i)\s*(?:on\s+(?:\w+\s+){1,3}?)?(?:that\b|[«\"“:])")


def _coordinated_subject(before: str, grammar: _Grammar) -> str:
    """The subject of the sentence's first verb when the verb of saying is coordinated with it
    ("Prigozhin attempted to minimize the story and claimed that…", "The Russian Defense
    Ministry did not comment and falsely claimed that…"); "" otherwise. A verb of saying with
    a subject of its own ("…, and the General Staff stated") is not coordinated."""
    if not _EN_AND_BEFORE.search(before) or re.search(r"[—;]", before):
        return ""  # after a dash or a semicolon, "and claimed" is the new clause's subject's
    return _subject_of_first_verb(before, grammar)


def _subject_of_first_verb(before: str, grammar: _Grammar) -> str:
    """The valid subject before the first verb of `before` (a past form, an auxiliary), or ""."""
    previous = ""
    # A hyphenated word is one: "Wagner-affiliated channels" has no verb "affiliated".
    for word in re.finditer(r"[\w’'][\w’'–-]*", before):
        w = word.group(0)
        verb = (w.endswith("ed") and len(w) > 4) or w in _EN_IRREGULAR_PAST or w in _EN_AUXILIARIES
        # "…in occupied parts…", "the annexed regions": a participle used as an adjective.
        if verb and w.islower() and previous.casefold() not in _EN_BEFORE_AN_ADJECTIVE:
            return _valid_subject(before[: word.start()], grammar)
        previous = w
    return ""


def _joint_subject(before: str, grammar: _Grammar) -> str:
    """Two or three claimants of one side joined by "and" ("The Ukrainian General Staff and
    Southern Operational Command both reported that…", "The Russian MoD and several Russian
    milbloggers claimed that…"); "" when their sides differ ("Russian and Ukrainian sources",
    "Russia and Ukraine"), since no one side claims it."""
    phrase = grammar.trailing_adverbs.sub("", before.strip())
    phrase = re.sub(r"(?i)\s+(?:both|all|jointly)$", "", phrase).rstrip(" ,")
    if "," in phrase or _SENTENCE_END.search(phrase):
        return ""  # "During a meeting with…, Putin", "X and Y, in turn,": not a plain list
    parts = re.split(r"\s+and\s+", phrase)
    first = _valid_subject(parts[0], grammar) if 2 <= len(parts) <= 3 else ""
    if not first or any(not _names_someone(p) or len(_words(p)) > _MAX_TITLE_WORDS or _has_a_clause(_words(p))
                        for p in parts[1:]):
        return ""
    sides = {_cue(p) for p in parts} - {None}
    return " and ".join([first, *parts[1:]]) if sides in ({Side.UKRAINE}, {Side.RUSSIA}) else ""


def _first_clause(text: str) -> str:
    """Up to the first comma followed by a new subject; keeps "…, mais a annoncé" reachable."""
    return re.split(r"[;:]|,\s+(?=[A-ZÀ-ÝА-ЯІЇЄҐ])", text, maxsplit=1)[0]


def _accepted(phrase: str, *, quoted: bool) -> str:
    """`phrase` when it can be a claimant; after a quotation any short phrase can."""
    if not phrase or len(_words(phrase)) > _MAX_CLAIMANT_WORDS:
        return ""
    if _is_pronoun(phrase) or _is_interlocutor(phrase):
        return phrase
    words = _words(phrase)
    # Ukrainian and Russian have no articles and write titles in lower case ("за словами
    # міністра", "как сообщил губернатор"): such a phrase must open with the title or the
    # kind of source ("згідно з яким…", "згідно з українським законодавством" name no one).
    lowercase_title = _CYRILLIC_WORD.match(words[0]) is not None and bool(
        _INSTITUTIONAL.match(phrase) or _NEUTRAL.match(phrase))
    if not (phrase[0].isupper() or _bare(words[0]) in _DETERMINERS or lowercase_title):
        return ""
    head = next((w for w in words if _bare(w) not in _DETERMINERS), "")
    if _DOCUMENT.match(head):
        return ""  # "According to the Executive Order": a text, its author is not named
    return phrase if quoted or _names_someone(phrase) else ""


def _source_of(text: str) -> str:
    """The phrase after "selon" / "according to": up to the first comma, or the clause's end."""
    return _clause_after(text).split(",", 1)[0]


# "…, with Ukrainian President Volodymyr Zelensky stating that…": the claim is the speaker's,
# the sentence's own clause being the outlet's framing of it.
_EN_WITH_SPEAKER = re.compile(
    r"(?i),\s+with\s+(?P<who>[^,]{1,90}?)\s+(?:stating|saying|claiming|reporting|noting|warning|"
    r"announcing|adding|estimating|alleging|asserting|arguing|admitting|acknowledging|indicating|"
    r"confirming|denying|accusing|blaming|insisting|stressing|emphasi[sz]ing)(?!\w)"
)
# "Russian milbloggers defended the withdrawal, claiming that…": a participle of saying after a
# comma tells what the sentence's subject claims. Not "suggesting" nor "indicating": ISW's
# reading of evidence ("Footage shows…, suggesting that…").
_EN_SAYING_PARTICIPLE = re.compile(
    r"(?i),\s+(?:[a-z]+ly\s+|also\s+)?(?:stating|saying|claiming|noting|pointing\s+out|arguing|adding|"
    r"asserting|warning|explaining|alleging|insisting|complaining|emphasi[sz]ing|stressing|reiterating|"
    r"acknowledging|admitting|denying|announcing|reporting)\s+that(?!\w)"
)
# A verb's preposition left at the sentence's end: "…, a tactic ISW has reported on."
_STRANDED_PREPOSITIONS = {"on", "about", "to", "for", "with", "at", "in", "of"}
# "LNR head Leonid Pasechnik called the attack a “terrorist act”": a name given in quotation
# marks is its giver's claim; not "called up", "called on", "called for".
_EN_CALLED = re.compile(
    r"\s(?:called|dubbed|labell?ed|branded|described)\s+(?!(?:up|on|for|off|in)\b)(?:[\w’'-]+\s+){1,6}(?:as\s+)?[“\"«]")
# A clause's "that" right after a verb: what follows is what is said, not who says it.
_COMPLEMENTIZER = re.compile(r"(?i)(?:that|que|qu['’]|що|что)(?!\w)")
# "Luhansk People‘s Republic": an opening quotation mark typed for an apostrophe, within a word.
_OPENING_QUOTE_AS_APOSTROPHE = re.compile(r"(?<=\w)‘(?=\w)")
# "- The Russian MoD announced…": a list item (ISW's key takeaways) is read without its marker.
_LIST_MARKER = re.compile(r"^\s*[-–•▪*]\s+")


def _find(sentence: str, grammar: _Grammar) -> _Found:
    """The claimant of one sentence, by the most reliable pattern that matches."""
    sentence = _OPENING_QUOTE_AS_APOSTROPHE.sub("’", _LIST_MARKER.sub("", sentence))
    label = _SPEAKER_LABEL.match(sentence)
    if label and _is_speaker(label):
        return _Found(claimant=label.group("who"), label=True)
    heading = _HEADING.match(sentence)
    if heading and not grammar.first_verb.search(heading.group("head")) and (
            _bare(_words(heading.group("head"))[0]) not in _DETERMINERS):
        sentence = sentence[heading.end():]

    if grammar.pronoun_incise is not None:
        incise = grammar.pronoun_incise.search(sentence)
        if incise:
            return _Found(claimant=next(p for p in incise.group("p1", "p2", "p3") if p))

    for match in grammar.inverted.finditer(sentence):
        if _COMPLEMENTIZER.match(match.group("who")):
            continue  # "…, Petro Andryushenko, said that Russian forces…": the subject is before
        quoted = sentence[match.start()] in _QUOTE_CLOSE
        clause = _clause_after(match.group("who"))
        if not quoted and match.group("who")[len(clause):].strip(" .!?»\"”"):
            continue  # ", condemned the activity of X, and …": a coordinated verb, not an incise
        who = _accepted(_clean_claimant(clause, True), quoted=quoted)
        if grammar is _ENGLISH and _names_a_text(who):
            continue
        if who and not _has_a_clause(_words(who)):
            return _Found(claimant=who, detail=_apposition(match.group("who")[len(clause):]))

    if grammar.trailing_subject is not None:
        match = grammar.trailing_subject.search(sentence)
        if match:
            quoted = sentence[match.start()] in _QUOTE_CLOSE
            who = _accepted(_clean_claimant(match.group("who"), False), quoted=quoted)
            # "…, a tactic ISW has previously reported on.": a relative clause ending in its
            # preposition, whose verb is no incise of saying.
            stranded = match.group("rest").strip().casefold() in _STRANDED_PREPOSITIONS
            if who and not stranded and len(_words(who)) <= 8 and not any(
                _bare(w) in _NOT_IN_SUBJECT for w in _words(who)
            ):
                return _Found(claimant=who)

    possessive = _CY_POSSESSIVE_ACCORDING.search(sentence) if grammar is _CYRILLIC else None
    if possessive:
        return _Found(claimant=possessive.group(0).split()[1])

    according = grammar.according.search(sentence)
    initial = according is not None and not sentence[: according.start()].strip(" ,")
    if according and initial:
        who = _accepted(_clean_claimant(_source_of(according.group("who")), True),
                        quoted=False)
        if who:
            return _Found(claimant=who)

    found = _from_subject(sentence, grammar)
    if found.claimant:
        return found

    called = _EN_CALLED.search(sentence) if grammar is _ENGLISH else None
    if called:
        who = _valid_subject(sentence[: called.start()], grammar)
        if who:
            return _Found(claimant=who)

    participle = _EN_SAYING_PARTICIPLE.search(sentence) if grammar is _ENGLISH else None
    if participle:
        who = _subject_of_first_verb(sentence[: participle.start()], grammar)
        if who:
            return _Found(claimant=who)

    if according and not initial:
        who = _accepted(_clean_claimant(_source_of(according.group("who")), True),
                        quoted=False)
        if who:
            return _Found(claimant=who)

    with_speaker = _EN_WITH_SPEAKER.search(sentence) if grammar is _ENGLISH else None
    if with_speaker:
        phrase = grammar.trailing_adverbs.sub("", with_speaker.group("who"))
        # "with the MoD again deliberately avoiding directly acknowledging…": a verb, no speaker.
        if not any(w.islower() and w.endswith("ing") for w in _words(phrase)):
            who = _accepted(_clean_claimant(phrase, True), quoted=False)
            if who:
                return _Found(claimant=who)
    return found


# ---------------------------------------------------------------------------------------------
# The article walk.
# ---------------------------------------------------------------------------------------------


_REPEATED_BLOCK = 3


def _without_repetition(claimant: str) -> str:
    """The claimant up to where its words start over: a page can repeat a name from its
    tooltip ("Defence Minister Sergei Shoigu Shoigu SergeiDefence Minister", as the Kremlin's
    transcripts are saved) or its editor twice ("… Office Kyrylo Tymoshenko Kyrylo
    Tymoshenko"). Only a block of up to three words right after itself: "Deputy Chief of the
    General Staff, Brigadier General X" names "General" twice, apart."""
    spans = list(re.finditer(r"\w[\w'’-]*", claimant))
    folded = [m.group().casefold() for m in spans]
    for i in range(1, len(spans)):
        if not claimant[spans[i - 1].end():spans[i].start()].isspace():
            continue  # "Deputy Prime Minister - Minister for…": a dash between, no repetition
        for size in range(1, min(_REPEATED_BLOCK, i) + 1):
            if folded[i:i + size] == folded[i - size:i]:
                return claimant[:spans[i].start()].rstrip()
    return claimant


def _surname(claimant: str) -> str:
    """The last word of a claimant that ends with a name ("…Mayor Ivan Fedorov" → "fedorov"),
    or "" when it ends with an institution or a lowercase word."""
    words = _words(claimant)
    last = words[-1] if words else ""
    return _bare(last) if last[:1].isupper() and not _INSTITUTIONAL.search(last) else ""


def _claimant_side(claimant: str, previous: Attribution | None, default: Attribution,
                   detail: str = "", named: Mapping[str, Side] | None = None) -> Side:
    """The side of an explicit claimant.

    A phrase with a cue has that side, and so has a name whose apposition has one ("Vadym
    Boychenko, the Ukrainian mayor of Mariupol"). One that names an institution without its
    country ("the ministry", "le porte-parole", "Генштаб", "…, coordinator from the Office of the
    President") belongs to the claimant just before it, or, failing that, to the article's own
    speaker (the Kremlin's "the President"). Anyone else with no cue is a third party.
    """
    cue = _cue(claimant) or (_cue(detail) if detail else None)
    if cue is not None:
        return cue
    surname = _surname(claimant)
    if named and surname in named:
        return named[surname]  # "Fedorov also noted…" after "Melitopol Mayor Ivan Fedorov"
    described = f"{claimant} {detail}"
    if _INSTITUTIONAL.search(described) and not _NEUTRAL.search(described):
        for known in (previous, default):
            if known is not None and known.side not in (Side.NONE, Side.THIRD_PARTY):
                return known.side
    return Side.THIRD_PARTY


# An author that is a newsroom's account, not a person: the ISW pages are all signed "Press
# ISW" (the site's user "press-isw"), which was shown as the claimant of the institute's own
# assessments, 23,603 of its sentences. Its claims are the outlet's.
_NEWSROOM_ACCOUNT = re.compile(
    r"(?i)(?<!\w)(?:press(?!\s+secretary)|staff|admin|administrator|editors?|editorial|newsroom|"
    r"desk|webmaster|rédaction|redaction|редакція|редакция|прес-служба|пресс-служба)(?!\w)")


def attribute_sentences(
    sentences: list[str], language: str, outlet: str = "", author: str = ""
) -> list[Attribution]:
    """One Attribution per sentence of an article, in order.

    Explicit claimants come from the sentence; pronouns take the latest claimant of the
    article (or the subject that named a side just before); a transcript speaker label holds
    for the sentences that follow it; everything else is the author's or the outlet's claim.
    """
    grammar = _GRAMMARS.get(language, _ENGLISH)
    speaker = (outlet if _NEWSROOM_ACCOUNT.search(author) else author or outlet).strip()
    default = (
        Attribution(speaker, side_of(speaker), "outlet") if speaker
        else Attribution("", Side.NONE, "none")
    )
    previous: Attribution | None = None  # the claimant an unnamed institution's side follows
    latest: Attribution | None = None  # the claimant a pronoun refers to, who may have only posted
    turn: Attribution | None = None  # the speaker of a transcript's current turn
    result: list[Attribution] = []
    named: dict[str, Side] = {}  # the side of each surname the article has named in full
    for sentence in sentences:
        found = _find(sentence, grammar)
        claimant = _without_repetition(found.claimant)
        if claimant and _is_pronoun(claimant):
            attribution = (
                Attribution(latest.claimant, latest.side, "context") if latest
                else turn or default
            )
        elif claimant and not _is_interlocutor(claimant):
            attribution = Attribution(claimant, _claimant_side(claimant, previous, default, found.detail, named))
            latest = attribution
            if not found.shown:
                previous = attribution
            surname = _surname(claimant)
            if attribution.side in (Side.UKRAINE, Side.RUSSIA) and len(_words(claimant)) > 1 and surname:
                named[surname] = attribution.side
            if found.label:
                turn = Attribution(claimant, attribution.side, "context")
        else:
            attribution = turn or default
            if found.subject and _cue(found.subject) in (Side.UKRAINE, Side.RUSSIA):
                previous = latest = Attribution(found.subject, _cue(found.subject) or Side.NONE)
        result.append(attribution)
    return result
