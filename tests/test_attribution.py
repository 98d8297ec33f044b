"""Attribution: who claims each sentence, and for which side.

The seed article is checked sentence by sentence because it holds every case the bot must get
right on its first question: explicit claimants in both word orders, "selon Kiev", pronouns
that refer to the previous sentence, a subject that is only an object elsewhere, and AFP's own
narration.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.attribution import attribute_sentences, side_of, speaker_label
from retrieval.records import Attribution, Side
from retrieval.text import article_sentences

SEED_NAME = "000_5b2e7d635423a112.txt"
SEED_TITLE = (
    "La Russie affirme avoir repoussé une contre-offensive ukrainienne dans la région de Koursk"
)


def _seed_path() -> Path:
    """The seed as shipped in corpus/, else the shared copy beside the clone."""
    repo = Path(__file__).resolve().parents[1]
    for candidate in [*sorted((repo / "corpus").glob(f"*{SEED_NAME[:3]}*")),
                      repo.parent / "shared" / "seed" / SEED_NAME]:
        if candidate.is_file() and "909" in candidate.read_text(encoding="utf-8"):
            return candidate
    pytest.skip("seed article not found")


@pytest.fixture(scope="module")
def seed() -> list[tuple[str, Attribution]]:
    sentences = article_sentences(_seed_path().read_text(encoding="utf-8"), "fr", SEED_TITLE)
    return list(zip(sentences, attribute_sentences(sentences, "fr", outlet="AFP")))


# (start of the sentence, expected claimant substring, side, how), one per seed sentence.
SEED_EXPECTED = [
    ("La Russie affirme avoir repoussé", "La Russie", Side.RUSSIA, "explicit"),
    ("Le président russe Vladimir Poutine rencontre", "AFP", Side.THIRD_PARTY, "outlet"),
    ("La Russie a affirmé jeudi", "La Russie", Side.RUSSIA, "explicit"),
    ("Les combats se déroulent", "AFP", Side.THIRD_PARTY, "outlet"),
    ("Si les forces russes ont depuis repris", "Kiev", Side.UKRAINE, "explicit"),
    ("Jeudi, l'armée russe a assuré", "l'armée russe", Side.RUSSIA, "explicit"),
    ("Selon elle, les troupes ukrainiennes", "l'armée russe", Side.RUSSIA, "context"),
    ("« Les unités d'assaut ukrainiennes", "le ministère russe de la Défense", Side.RUSSIA,
     "explicit"),
    ("L'Ukraine n'a pas fait état", "L'Ukraine", Side.UKRAINE, "explicit"),
    ("L'un des objectifs, selon Kiev", "Kiev", Side.UKRAINE, "explicit"),
    ("« Au cours de l'opération", "l'état-major de l'armée ukrainienne", Side.UKRAINE,
     "explicit"),
    ("« Cela a permis de ramener", "l'état-major de l'armée ukrainienne", Side.UKRAINE,
     "context"),
    ("Le président ukrainien Volodymyr Zelensky a fait", "AFP", Side.THIRD_PARTY, "outlet"),
    ("« L'occupant peut et doit", "Zelensky", Side.UKRAINE, "context"),
    ("Cette opération n'a toutefois pas réussi", "AFP", Side.THIRD_PARTY, "outlet"),
    ("L'Ukraine affirme aussi", "L'Ukraine", Side.UKRAINE, "explicit"),
    ("Le porte-parole du commandement militaire ukrainien", "Oleksiï Dmytrachkivsky",
     Side.UKRAINE, "explicit"),
]


def test_seed_has_the_expected_sentences(seed: list[tuple[str, Attribution]]) -> None:
    starts = [start for start, *_ in SEED_EXPECTED]
    assert [sentence[: len(start)] for (sentence, _), start in zip(seed, starts)] == starts
    assert len(seed) == len(SEED_EXPECTED)


@pytest.mark.parametrize("index", range(len(SEED_EXPECTED)))
def test_seed_sentence_attribution(seed: list[tuple[str, Attribution]], index: int) -> None:
    sentence, attribution = seed[index]
    _, claimant, side, how = SEED_EXPECTED[index]
    assert claimant in attribution.claimant, (sentence, attribution)
    assert (attribution.side, attribution.how) == (side, how), (sentence, attribution)


def test_seed_909_sentences_are_ukrainian_claims(seed: list[tuple[str, Attribution]]) -> None:
    found = [(s, a) for s, a in seed if "909" in s]
    assert len(found) == 2
    assert {a.side for _, a in found} == {Side.UKRAINE}
    assert found[0][1].claimant == "L'Ukraine"
    assert found[1][1].claimant == "l'état-major de l'armée ukrainienne"


def test_seed_claimant_trims_complements(seed: list[tuple[str, Attribution]]) -> None:
    claimants = {a.claimant for _, a in seed}
    assert "le ministère russe de la Défense" in claimants  # not "… dans un communiqué"
    assert not any("Facebook" in c or "jeudi" in c or "AFP" in c and c != "AFP"
                   for c in claimants)


def _one(sentence: str, language: str = "en", **meta: str) -> Attribution:
    return attribute_sentences([sentence], language, **meta)[0]


@pytest.mark.parametrize(
    ("sentence", "claimant", "side"),
    [
        ("The Russian Defence Ministry said on Thursday that its forces had taken the village.",
         "The Russian Defence Ministry", Side.RUSSIA),
        ("According to Kyiv, more than 600 drones were launched overnight.", "Kyiv",
         Side.UKRAINE),
        ("Prices rose by 20 percent, according to the IAEA.", "the IAEA", Side.THIRD_PARTY),
        ('"We will not give up an inch," said Ukraine\'s foreign minister Dmytro Kuleba.',
         "Ukraine's foreign minister Dmytro Kuleba", Side.UKRAINE),
        ('"The attack was repelled," Kremlin spokesman Dmitry Peskov told reporters.',
         "Kremlin spokesman Dmitry Peskov", Side.RUSSIA),
        ("Russian forces shelled Kharkiv overnight, the regional governor said.",
         "the regional governor", Side.THIRD_PARTY),
        ("NATO Secretary General Jens Stoltenberg stated that the alliance would respond.",
         "NATO Secretary General Jens Stoltenberg", Side.THIRD_PARTY),
        ("Ukraine's foreign minister, Dmytro Kuleba, has also said the talks failed.",
         "Ukraine's foreign minister, Dmytro Kuleba", Side.UKRAINE),
        # A connective or a time ago before the subject is no part of the claimant.
        ("In this context, Vladimir Putin confirmed that the sanctions complicate supplies.",
         "Vladimir Putin", Side.RUSSIA),
        ("At the same time, Iryna Vereshchuk noted that the corridor had been shelled.",
         "Iryna Vereshchuk", Side.UKRAINE),
        ("About two months ago, President Lukashenko said that he had asked to be promoted.",
         "President Lukashenko", Side.THIRD_PARTY),
        ("Notably, DNR-appointed occupation authorities of Mariupol announced on April 20 that a parade would be held.",
         "DNR-appointed occupation authorities of Mariupol", Side.RUSSIA),
        ("Finally, the GUR reported low morale among Syrian recruits.", "the GUR", Side.UKRAINE),
    ],
)
def test_english_explicit(sentence: str, claimant: str, side: Side) -> None:
    attribution = _one(sentence, outlet="AFP")
    assert attribution == Attribution(claimant, side, "explicit")


@pytest.mark.parametrize(("sentence", "claimant", "side"), [
    ("Vladimir Poutine a promis de riposter.", "Vladimir Poutine", Side.RUSSIA),
    ("Le chef du groupe Wagner, Evguéni Prigojine, a reproché à l'état-major de ne pas lui fournir de munitions.",
     "Le chef du groupe Wagner, Evguéni Prigojine", Side.RUSSIA),
    ("Volodymyr Zelensky exige des avions de combat.", "Volodymyr Zelensky", Side.UKRAINE),
])
def test_french_pledges_demands_and_reproaches(sentence: str, claimant: str, side: Side) -> None:
    """AFP's "a promis", "a reproché", "exige" are their subject's claims, as "promised" is."""
    assert _one(sentence, "fr", outlet="AFP") == Attribution(claimant, side, "explicit")


def test_a_french_refusal_to_comment_claims_nothing() -> None:
    assert _one("Le porte-parole du Kremlin, Dmitri Peskov, a refusé de commenter.", "fr", outlet="AFP").how == "outlet"


def test_english_pronoun_takes_previous_claimant() -> None:
    sentences = [
        "Russia's foreign minister Sergei Lavrov said Moscow was ready for talks.",
        "Western sanctions have hit the economy hard.",
        '"We are not afraid," he added.',
        "She said the talks would resume.",
    ]
    result = attribute_sentences(sentences, "en", outlet="AFP")
    assert result[0] == Attribution("Russia's foreign minister Sergei Lavrov", Side.RUSSIA)
    assert result[1] == Attribution("AFP", Side.THIRD_PARTY, "outlet")
    assert result[2] == Attribution(result[0].claimant, Side.RUSSIA, "context")
    assert result[3].how == "context"


def test_a_pronoun_refers_to_whoever_posted_just_before() -> None:
    """"He suggested…" after "Girkin … posted a scathing critique" is Girkin's: a poster is no
    side for an unnamed institution to take, but is the person a pronoun names."""
    sentences = [
        "Putin stated that the units should rest.",
        "Igor Girkin, an ardent Russian nationalist, posted a scathing critique of the Kremlin on Telegram.",
        "He suggested that Russian forces had paid too high a price.",
    ]
    result = attribute_sentences(sentences, "en", outlet="Institute for the Study of War")
    assert result[2] == Attribution("Igor Girkin", Side.RUSSIA, "context")


def test_a_surname_alone_is_a_claimant_with_the_side_it_was_named_with() -> None:
    """ISW names a speaker in full once, then by surname: "Hromov stated…" is Hromov's claim,
    and Hromov is Ukrainian because the article said so; a surname neither the article nor the
    side cues know has no side."""
    sentences = [
        "Ukrainian General Staff Deputy Chief Oleksiy Hromov stated that Russian forces are regrouping.",
        "Russian forces continued attacks near Bakhmut.",
        "Hromov also reported that Russian forces concentrated their artillery near Bakhmut.",
        "Girkin claimed that the Kremlin has lost its way.",
    ]
    result = attribute_sentences(sentences, "en", outlet="Institute for the Study of War")
    assert result[0].side is Side.UKRAINE
    assert result[2] == Attribution("Hromov", Side.UKRAINE)
    assert result[3] == Attribution("Girkin", Side.RUSSIA)  # a war figure the side cues know
    assert _one("Zorin claimed that the front was collapsing.") == Attribution("Zorin", Side.THIRD_PARTY)


@pytest.mark.parametrize("sentence", [
    "Everyone says we must be together.",
    "Recently proposed Russian legislation suggests that the Kremlin shares this assessment.",
    "If confirmed, the strike would be the deepest so far.",
])
def test_one_capitalised_word_that_names_no_one(sentence: str) -> None:
    assert _one(sentence, outlet="Institute for the Study of War").how == "outlet"


def test_the_us_is_not_us() -> None:
    attribution = _one("A senior US defense official reported that Russian aircraft conducted 300 sorties.",
                       outlet="Institute for the Study of War")
    assert attribution == Attribution("A senior US defense official", Side.THIRD_PARTY)


def test_whoever_posts_footage_is_not_the_context_of_the_next_claim() -> None:
    """"Kharkiv Oblast officials reported…" takes the side of the claimant before it; one who
    only posted footage in between is not who the officials speak for (it made them Russian)."""
    sentences = [
        "The Ukrainian General Staff reported that Russian forces shelled Kharkiv.",
        "Russian milbloggers posted footage of strikes on the city.",
        "Kharkiv Oblast officials reported missile strikes on five city districts.",
    ]
    attributions = attribute_sentences(sentences, "en", outlet="Institute for the Study of War")
    assert attributions[1] == Attribution("Russian milbloggers", Side.RUSSIA)
    assert attributions[2] == Attribution("Kharkiv Oblast officials", Side.UKRAINE)


def test_institution_without_country_takes_side_of_context() -> None:
    sentences = [
        "The Russian Defence Ministry said its troops had advanced.",
        '"All attacks were repelled," said the ministry.',
    ]
    assert attribute_sentences(sentences, "en", outlet="AFP")[1] == Attribution(
        "the ministry", Side.RUSSIA
    )
    kremlin = _one("The President noted that the situation had deteriorated.",
                   outlet="Kremlin", author="Vladimir Putin")
    assert kremlin == Attribution("The President", Side.RUSSIA)


@pytest.mark.parametrize(
    "sentence",
    [
        # Objects and passives name no claimant: the outlet's narration.
        "Russian troops attacked Ukrainian positions near Pokrovsk.",
        "It was emphasised once again that Kiev is only imitating a negotiating process.",
        "Zelensky thanked the soldiers and awarded several units.",
        "Le président, en visite à Kiev, a annoncé la création d'un fonds.",
        "Ukraine has not confirmed the report.",
        # Evidence that indicates or confirms: the outlet's inference, no one's claim.
        "Putin's decree indicates that the FSB may be understaffed.",
        "The Russian MoD's announcement confirms the earlier assessment that the command is reshuffled.",
        # A negation past an adverb: no claim made.
        "Ukrainian forces have not officially claimed responsibility for these explosions.",
        "The Kremlin has not yet officially confirmed the general's dismissal.",
    ],
)
def test_no_claimant_falls_back_to_outlet(sentence: str) -> None:
    language = "fr" if "président" in sentence else "en"
    assert _one(sentence, language, outlet="AFP") == Attribution(
        "AFP", Side.THIRD_PARTY, "outlet"
    )


def test_outlet_default_uses_author_first() -> None:
    sentences = ["Today we finally managed to start the evacuation of people from Azovstal.",
                 "I told President Biden that we need more air defence."]
    ukraine = attribute_sentences(sentences, "en", outlet="Office of the President of Ukraine",
                                  author="Volodymyr Zelenskyy")
    assert ukraine == [Attribution("Volodymyr Zelenskyy", Side.UKRAINE, "outlet")] * 2
    russia = _one("The special military operation is proceeding according to plan.",
                  outlet="Kremlin")
    assert russia == Attribution("Kremlin", Side.RUSSIA, "outlet")
    assert _one("Nobody is named here.") == Attribution("", Side.NONE, "none")


@pytest.mark.parametrize("author", ["Press ISW", "Editorial Staff", "Редакція", "Admin"])
def test_a_newsroom_account_is_no_author_to_claim(author: str) -> None:
    """A page signed by the site's account ("Press ISW") makes the outlet's claims."""
    result = attribute_sentences(["Russian forces continued to attack near Bakhmut."], "en",
                                 outlet="Institute for the Study of War", author=author)
    assert result == [Attribution("Institute for the Study of War", Side.THIRD_PARTY, "outlet")]


def test_transcript_speaker_label_holds_for_the_turn() -> None:
    sentences = [
        "Pavel Zarubin: Your decisions have evoked a stormy international response.",
        "What will happen next?",
        "President of Russia Vladimir Putin: Good afternoon.",
        "Our goals will be achieved.",
    ]
    result = attribute_sentences(sentences, "en", outlet="Kremlin", author="Vladimir Putin")
    assert result[0] == Attribution("Pavel Zarubin", Side.THIRD_PARTY)
    assert result[1] == Attribution("Pavel Zarubin", Side.THIRD_PARTY, "context")
    assert result[2] == Attribution("President of Russia Vladimir Putin", Side.RUSSIA)
    assert result[3] == Attribution("President of Russia Vladimir Putin", Side.RUSSIA,
                                    "context")


def test_speaker_label_is_the_label_a_transcript_turn_opens_with() -> None:
    assert speaker_label("Dmitry Peskov: Over to Russian journalists.") == "Dmitry Peskov:"
    assert speaker_label("Question: Will conscripts be sent?") == "Question:"
    assert speaker_label("Vladimir Putin:…I just said this.") == "Vladimir Putin:"  # an interrupted turn
    # A section heading or a colon inside a sentence is no speaker label.
    assert speaker_label("Eastern Ukraine: Russian forces attacked near Bakhmut.") == ""
    assert speaker_label("Zelensky said one thing: we will not give up.") == ""


@pytest.mark.parametrize(
    ("sentence", "claimant", "side"),
    [
        # A date between the verb and what is said: "…announced on November 9 that…".
        ("Russian Defense Minister Sergei Shoigu and Commander of Russian Armed Forces in Ukraine Army General "
         "Sergey Surovikin announced on November 9 that Russian forces will withdraw.",
         "Russian Defense Minister Sergei Shoigu and Commander of Russian Armed Forces in Ukraine Army General "
         "Sergey Surovikin", Side.RUSSIA),
        ("The Ukrainian General Staff and the Chernihiv Regional Administration separately reported on March 27 "
         "that Russian forces withdrew.",
         "The Ukrainian General Staff and the Chernihiv Regional Administration", Side.UKRAINE),
    ],
)
def test_claimants_of_one_side_with_long_titles(sentence: str, claimant: str, side: Side) -> None:
    assert _one(sentence, outlet="Institute for the Study of War") == Attribution(claimant, side)


def test_a_name_the_page_repeats_is_named_once() -> None:
    """Kremlin transcripts are saved with the speaker's tooltip glued to the label."""
    sentences = [
        "Defence Minister Sergei Shoigu Shoigu SergeiDefence Minister: Mr President, Mariupol is liberated.",
        "The remaining nationalists are hiding in the industrial area.",
    ]
    result = attribute_sentences(sentences, "en", outlet="Kremlin", author="Vladimir Putin")
    assert result[0] == Attribution("Defence Minister Sergei Shoigu", Side.RUSSIA)
    assert result[1] == Attribution("Defence Minister Sergei Shoigu", Side.RUSSIA, "context")
    tymoshenko = "Deputy Head of Ukraine's Presidential Office Kyrylo Tymoshenko"
    assert _one(f"{tymoshenko} Kyrylo Tymoshenko stated that the strikes damaged the grid.").claimant == tymoshenko
    # A word named twice apart, or across a dash, is no repetition.
    hromov = ("Deputy Chief of the Main Operational Directorate of the Ukrainian General Staff, "
              "Brigadier General Oleksiy Hromov")
    assert _one(f"{hromov} reported that Ukrainian forces advanced up to 1.5km.").claimant == hromov
    vereshchuk = "Deputy Prime Minister - Minister for Reintegration Iryna Vereshchuk"
    assert _one(f"{vereshchuk} said that evacuation routes were opened again.").claimant == vereshchuk


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("The GUR reported that Russian forces are moving equipment to Melitopol.", Side.UKRAINE),
        ("Luhansk Oblast Head Serhiy Haidai stated on January 12 that shelling continued.", Side.UKRAINE),
        ("The Mariupol City Council reported that occupation authorities closed the schools.", Side.UKRAINE),
        ("The Zaporizhia Regional Military Administration reported 12 strikes overnight.", Side.UKRAINE),
        ("Kherson Oblast Council Head Oleksandr Samoilenko announced that Kyselivka was liberated.", Side.UKRAINE),
        ("Kherson Oblast occupation head Vladimir Saldo claimed that the evacuation was voluntary.", Side.RUSSIA),
        ("DNR Head Denis Pushilin claimed that Russian forces had entered the town.", Side.RUSSIA),
        ("A prominent milblogger claimed that the assault had stalled.", Side.RUSSIA),
        ("Belgorod Oblast Governor Vyacheslav Gladkov reported that a drone hit a substation.", Side.RUSSIA),
        ("Samara Oblast Governor Dmitry Azarov stated that 300 reservists had been called up.", Side.RUSSIA),
        ("Глава ДНР Денис Пушилин заявил, что бои продолжаются.", Side.RUSSIA),
        ("Spokesperson for the Ukrainian Eastern Group of Forces Serhiy Cherevaty stated that 20 attacks were repelled.",
         Side.UKRAINE),
        ("Ukraine’s Center for Strategic Communications reported that 30 drones were shot down.", Side.UKRAINE),
    ],
)
def test_regional_officials_and_proxies_have_their_side(sentence: str, side: Side) -> None:
    """War reporting names Ukraine's regional authorities by their office, and the
    occupation's officials and Russia's proxies by theirs; none carries a country's name."""
    language = "ru" if sentence[0] >= "Ѐ" else "en"
    assert _one(sentence, language, outlet="Institute for the Study of War").side is side


@pytest.mark.parametrize("heading", [
    "Eastern Ukraine: (Vovchansk-Kupyansk-Izyum-Lyman Line)",
    "Southern Ukraine: Russian forces conducted limited attacks.",
    "Special Edition: Russian Military Capabilities Assessments",
    "Key Takeaways: Russian forces continued offensive operations.",
])
def test_a_section_heading_is_not_a_speaker_label(heading: str) -> None:
    """ISW's daily assessments head their sections "Eastern Ukraine: …": taken for a
    transcript speaker, the region became the claimant (and Ukraine the side) of every
    sentence after it, the institute's own assessments included."""
    sentences = [heading, "Russian forces continued to attack near Bakhmut."]
    result = attribute_sentences(sentences, "en", outlet="Institute for the Study of War")
    assert result == [Attribution("Institute for the Study of War", Side.THIRD_PARTY, "outlet")] * 2


@pytest.mark.parametrize(("sentence", "claimant"), [
    ("The Ukrainian General Staff additionally reported that Russian forces shelled Kharkiv.",
     "The Ukrainian General Staff"),
    ("A Russian milblogger similarly claimed that the assault stalled.", "A Russian milblogger"),
    ("Spokesperson for the Russian MoD Igor Konashenkov claimed that 50 drones were downed.",
     "Spokesperson for the Russian MoD Igor Konashenkov"),
])
def test_claimant_keeps_its_title_and_drops_a_trailing_adverb(sentence: str, claimant: str) -> None:
    assert _one(sentence, outlet="Institute for the Study of War").claimant == claimant


@pytest.mark.parametrize(("sentence", "claimant", "side"), [
    # A list item (ISW's key takeaways) is read without its marker.
    ("- The Russian Ministry of Defense (MoD) announced on May 3 that its forces took the village.",
     "The Russian Ministry of Defense (MoD)", Side.RUSSIA),
    # Any adverb in -ly before the verb stays out of the claimant.
    ("One Russian source falsely claimed that the strike was staged.", "One Russian source", Side.RUSSIA),
    ("The Russian MoD nevertheless claimed that the offensive continued.", "The Russian MoD", Side.RUSSIA),
    # An incise or a relative clause between the subject and its verb.
    ("Chechen leader Ramzan Kadyrov, visibly shaken by the retreat from the city, stated that the war must go on.",
     "Chechen leader Ramzan Kadyrov", Side.RUSSIA),
    ("A prominent milblogger who has often criticized the command stated that the assault failed.",
     "A prominent milblogger", Side.RUSSIA),
    # A long title with "for" after a lowercase office and "and" inside a body's name.
    ("The spokesperson for Ukraine's Southern Defense Forces, Nataliya Humenyuk, stated that the bridge was hit.",
     "The spokesperson for Ukraine's Southern Defense Forces, Nataliya Humenyuk", Side.UKRAINE),
    (("Russian Deputy Prime Minister for Construction and Regional Development Marat Khusnullin stated "
      "that repairs would end in December."),
     "Russian Deputy Prime Minister for Construction and Regional Development Marat Khusnullin", Side.RUSSIA),
    # The same "and" in a title after the verb, and in a source's name after "according to";
    # an "and" after a name is no part of it.
    ('"We sent the requests," said Daria Herasymchuk, Commissioner for Children\'s Rights and Rehabilitation.',
     "Daria Herasymchuk, Commissioner for Children's Rights and Rehabilitation", Side.THIRD_PARTY),
    ("According to Ukraine’s Center for Strategic Communications and Information Security, 22 drones fell.",
     "Ukraine’s Center for Strategic Communications and Information Security", Side.UKRAINE),
    ('"We will not retreat," said Peskov and added that the talks were over.', "Peskov", Side.RUSSIA),
    # A heading before the sentence is no part of the claimant; a label with a verb of saying,
    # or opened by a determiner, is the claimant's own.
    ("CORRECTION: ISW mistakenly reported on April 14 that the cruiser carried Kalibr missiles.",
     "ISW", Side.THIRD_PARTY),
    ("- Logistical campaign: The Mariupol City Council reported on August 17 that officials seized flats.",
     "The Mariupol City Council", Side.UKRAINE),
    ('The President emphasized: "We cannot decide for them."', "The President", Side.THIRD_PARTY),
    ("Putin also said: “You can only trust me.”", "Putin", Side.RUSSIA),
    # A demand is a claim of its subject, and what follows it after a comma is its object.
    ("Kadyrov, furious about the defeat, called on Russia to use every weapon.", "Kadyrov", Side.RUSSIA),
    ("Serbian President Aleksandar Vucic called on the Wagner Group to stop recruiting in Serbia.",
     "Serbian President Aleksandar Vucic", Side.THIRD_PARTY),
    ("Russian milblogger Voennyi Osvedomitel’ claimed that the assault stalled.",
     "Russian milblogger Voennyi Osvedomitel’", Side.RUSSIA),  # an apostrophe, not a possessive
    ("Russian milbloggers voiced concern that the counterattack threatens supply lines.",
     "Russian milbloggers", Side.RUSSIA),
    ("The United Kingdom Ministry of Defense (MoD) reported that the brigade withdrew.",
     "The United Kingdom Ministry of Defense (MoD)", Side.THIRD_PARTY),
    # "…, Petro Andryushchenko, said that Russian forces…": the verb's subject is before it.
    ("An advisor to Mariupol's mayor, Petro Andryushchenko, said that Russian forces shelled the port.",
     "An advisor to Mariupol's mayor, Petro Andryushchenko", Side.UKRAINE),
    # An event or a participle before the subject.
    ("Following the Makiivka strike, the Russian MoD highlighted the lack of operational security "
     "among servicemen and blamed cellphone use—among other factors—for enabling the strike.",
     "the Russian MoD", Side.RUSSIA),
    ("Speaking to schoolchildren in Kaliningrad, Putin once again stated that the operation would go on.",
     "Putin", Side.RUSSIA),
    # "…, with X stating that…": the outlet frames, X claims.
    ("Strikes have significant effects on the grid, with Ukrainian President Volodymyr Zelensky "
     "stating that six million Ukrainians were left without power.",
     "Ukrainian President Volodymyr Zelensky", Side.UKRAINE),
    ("Russian sources claimed that the attack failed, with one milblogger baselessly claiming that "
     "Ukrainian troops fled.", "Russian sources", Side.RUSSIA),
    # Suggestions, speculations, predictions, promises and proposals are their subject's claims.
    ("Russian milblogger Yuri Kotyenok suggested that Russian authorities are preparing to raise the age limit.",
     "Russian milblogger Yuri Kotyenok", Side.RUSSIA),
    ("The GUR additionally speculated that Russian forces may be preparing a provocation.", "The GUR", Side.UKRAINE),
    ("Shoigu also proposed that Russia form five artillery divisions.", "Shoigu", Side.RUSSIA),
    ("Mishustin also promised that the Kremlin will check how the funds are spent.", "Mishustin", Side.RUSSIA),
    ("The Ukrainian General Staff added that Russian forces are regrouping.", "The Ukrainian General Staff",
     Side.UKRAINE),
    # Complaints and boasts are claims too; "observed" and "implied" only with a "that" clause.
    ("One Russian milblogger complained on October 13 that newly mobilized men are deployed haphazardly.",
     "One Russian milblogger", Side.RUSSIA),
    ("Girkin complained that Russian forces have failed to meet the Kremlin's objectives.", "Girkin", Side.RUSSIA),
    ("Ukrainian partisan channel Zalizna Palianytsia boasted that the traitors' fate is decided.",
     "Ukrainian partisan channel Zalizna Palianytsia", Side.UKRAINE),
    ("Budanov observed that the Russians have prepared parts of the dam for limited explosions.", "Budanov",
     Side.UKRAINE),
    ("Some milbloggers implied that Lapin is no longer the commander.", "Some milbloggers", Side.RUSSIA),
    # An adjective in -ed after a determiner is no verb in the subject.
    ("An unnamed senior US defense official stated that Russian forces are attempting to advance.",
     "An unnamed senior US defense official", Side.THIRD_PARTY),
    ("An unnamed senior Nordic defense official told Foreign Policy that Russia has 6,000 troops left.",
     "An unnamed senior Nordic defense official", Side.THIRD_PARTY),
    ("The Russian-appointed head of occupied Crimea, Sergey Aksyonov, claimed that the bridge reopened.",
     "The Russian-appointed head of occupied Crimea, Sergey Aksyonov", Side.RUSSIA),
    # A long incise between commas; an apostrophe typed as an opening quotation mark.
    ("A Russian milblogger, who has previously been proven to have fabricated false information about the "
     "frontline, claimed that Russian forces attacked.", "A Russian milblogger", Side.RUSSIA),
    ("Head of the Luhansk People‘s Republic (LNR) Leonid Pasechnik claimed that the LNR controls the oblast.",
     "Head of the Luhansk People’s Republic (LNR) Leonid Pasechnik", Side.RUSSIA),
    # A participle of saying after a comma is the subject's claim.
    ("Russian milbloggers overwhelmingly defended the decision to withdraw, claiming that the island was "
     "of no importance.", "Russian milbloggers", Side.RUSSIA),
    ("Gerasimov publicly reemerged to brief foreign military attaches on December 22, stating that Russia "
     "had to launch the operation.", "Gerasimov", Side.RUSSIA),
    ("Wagner-affiliated Telegram channels commented on the shooting, noting that a civil war is ongoing.",
     "Wagner-affiliated Telegram channels", Side.RUSSIA),
    ("Ukrainian military officials are continuing their operational silence, noting that the offensive "
     "goes on.", "Ukrainian military officials", Side.UKRAINE),
    # A verb of saying with no subject before it (an adjective, in a relative clause) is passed over.
    ("Russian milbloggers are criticizing Shoigu’s claimed consideration for civilians and claimed that "
     "Soviet troops would not have cared.", "Russian milbloggers", Side.RUSSIA),
    ("A Russian milblogger who has been confirmed to report false information claimed that Wagner attacked.",
     "A Russian milblogger", Side.RUSSIA),
    ("These milbloggers used panicked tones, acknowledged Ukrainian gains, and claimed that the offensive "
     "is a distraction.", "These milbloggers", Side.RUSSIA),
    ("Russian Wagner Group–affiliated media outlet RIAFAN posted a report and claimed that fighting goes on.",
     "Russian Wagner Group–affiliated media outlet RIAFAN", Side.RUSSIA),
    # A verb of saying in an aside is not the sentence's.
    ("Prigozhin defended soldiers who grow beards (Prigozhin observed that beards are customary) and claimed "
     "that smartphones are necessary.", "Prigozhin", Side.RUSSIA),
    # A verb of saying coordinated with the subject's first verb.
    ("Wagner Group financier Yevgeny Prigozhin attempted to minimize the story and claimed that he was in control.",
     "Wagner Group financier Yevgeny Prigozhin", Side.RUSSIA),
    ("The Russian MoD did not comment on the counterattack and falsely claimed that Ukrainian units are retreating.",
     "The Russian MoD", Side.RUSSIA),
    # Claimants of one side joined by "and".
    ("The Ukrainian General Staff and Southern Operational Command both reported that the bridge was hit.",
     "The Ukrainian General Staff and Southern Operational Command", Side.UKRAINE),
    ("The Russian MoD and several Russian milbloggers claimed that the attack was repelled.",
     "The Russian MoD and several Russian milbloggers", Side.RUSSIA),
    ("Western officials stated that the offensive had stalled.", "Western officials", Side.THIRD_PARTY),
    # Footage, images and statements put out are the claim of whoever put them out.
    ("Russian milbloggers posted footage of strikes on Ukrainian positions near Bakhmut.",
     "Russian milbloggers", Side.RUSSIA),
    ("Ukraine’s Main Intelligence Directorate (GUR) published a document on occupation guidance.",
     "Ukraine’s Main Intelligence Directorate (GUR)", Side.UKRAINE),
    ("Ukrainian forces released footage of captured Russian vehicles.", "Ukrainian forces", Side.UKRAINE),
    ("Several Russian milbloggers amplified claims that Russian troops are fighting for Kodema.",
     "Several Russian milbloggers", Side.RUSSIA),
    ("A group of wives of mobilized soldiers from Volgograd filed a complaint with the military prosecutor’s "
     "office on December 26 that commanders are holding their husbands.", "A group of wives of mobilized soldiers "
     "from Volgograd", Side.RUSSIA),
    # An adverbial before the subject, long or run into it without a comma.
    ("In a series of Telegram posts published prior to Putin’s meeting with Shoigu on July 4, Girkin complained "
     "that Russian forces have failed to meet the announced goals of the operation.", "Girkin", Side.RUSSIA),
    ("At a meeting with defense ministers of the Shanghai Cooperation Organization (SCO) Shoigu stated that the "
     "offensive would slow.", "Shoigu", Side.RUSSIA),
    # What was written or posted is no inverted speaker; a figure's comma is no end of an incise.
    ("Igor Girkin, a former Russian militant commander, wrote a harsh critique of the Russian military’s "
     "performance.", "Igor Girkin", Side.RUSSIA),
    ("Igor Girkin, an ardent Russian nationalist, posted a scathing critique of the Kremlin’s handling of the war.",
     "Igor Girkin", Side.RUSSIA),
    ("Moscow Calling, a Russian Telegram channel with 31,000 subscribers, posted an appraisal of Russian operations.",
     "Moscow Calling", Side.RUSSIA),
    # Saying again ("continued to claim"), the present of the verbs that are also nouns, a verb of
    # saying after "but", comments, a narrative maintained.
    ("The Russian Ministry of Defense (MoD) also continued to claim that Russian troops repelled Ukrainian attacks.",
     "The Russian Ministry of Defense (MoD)", Side.RUSSIA),
    ("Russian sources, however, continued to accuse Ukrainian forces of shelling the Kakhovka HPP.",
     "Russian sources", Side.RUSSIA),
    ("The Ukrainian General Staff reports that Russian forces are regrouping near Izyum.",
     "The Ukrainian General Staff", Side.UKRAINE),
    ("Ukrainian military officials maintained operational silence on September 17 but noted that Russian forces "
     "shelled the town.", "Ukrainian military officials", Side.UKRAINE),
    ("Several milbloggers commented on a reported list of guidelines for Russian troops.", "Several milbloggers",
     Side.RUSSIA),
    ("The Russian MoD maintained its narrative that Ukrainian authorities are attempting to create a disaster.",
     "The Russian MoD", Side.RUSSIA),
    # A name given in quotation marks.
    ("LNR head Leonid Pasechnik called the attack a “terrorist act.”", "LNR head Leonid Pasechnik", Side.RUSSIA),
    ("French President Emmanuel Macron called the sham referenda a “parody” and a “provocation.”",
     "French President Emmanuel Macron", Side.THIRD_PARTY),
    # Soldiers' families speak for themselves.
    ("The mother complained that mobilized units face preferential treatment.", "The mother", Side.THIRD_PARTY),
])
def test_war_reporting_claimant_forms(sentence: str, claimant: str, side: Side) -> None:
    """The forms of ISW's daily assessments that had no claimant or a wrong one."""
    assert _one(sentence, outlet="Institute for the Study of War") == Attribution(claimant, side)

@pytest.mark.parametrize(("sentence", "outlet", "side"), [
    ("Oleksiy Arestovych, chief advisor to Ukrainian President Volodymyr Zelensky, said that the assault failed.",
     "Institute for the Study of War", Side.UKRAINE),
    ("Igor Girkin, a former Russian officer and nationalist voice, claimed that the front was collapsing.",
     "Institute for the Study of War", Side.RUSSIA),
    (('"Civilians lack food and water," says Tetiana Lomakina, coordinator of humanitarian corridors '
      "from the Office of the President."), "Office of the President of Ukraine", Side.UKRAINE),
    # Not an apposition: a source the claimant cites, or a relative clause.
    ("The Wall Street Journal, citing Ukrainian and European diplomats, reported that talks stalled.",
     "Institute for the Study of War", Side.THIRD_PARTY),
    ('"The strike hit a depot," said John Smith, who visited Kyiv last week.', "Reuters", Side.THIRD_PARTY),
])
def test_an_apposition_tells_the_side_of_a_name(sentence: str, outlet: str, side: Side) -> None:
    """A name with no side cue is described after a comma: the description has the cue."""
    attribution = _one(sentence, outlet=outlet)
    assert attribution.how == "explicit" and attribution.side is side, attribution



@pytest.mark.parametrize("sentence", [
    "Ukraine's claim that Russia lost 100 tanks was denied by Moscow.",  # a passive, not a relative
    "An investigation found that Wagner's founder reported to the GRU.",  # "that" after a verb
    "Russia and Ukraine said the talks had failed.",  # two claimants, not a title with "and"
    "Russia's demanded guarantees entail the withdrawal of NATO forces.",  # a possessive
    "The strikes that Russia reported on Monday hit an empty warehouse.",  # an object relative
    "Russian forces made marginal confirmed advances near the town.",  # an irregular past verb
    "Social media footage shows reported explosions in Melitopol.",  # evidence, in the present
    "A milblogger's footage showed the column, which if true, likely indicates the reduced capacity of air defenses.",
    # What was posted is no speaker, nor are prisoners released a claim.
    "Footage posted to social media shows Ukrainian troops in the village.",
    "Geolocated footage published on January 11 shows Russian positions near the town.",
    "Russian forces released 50 Ukrainian prisoners on Monday.",
    "The Russian MoD continues to attempt to downplay the role of the Wagner Group in claimed advances.",
    # "with X …-ing" names a speaker only when a verb of saying follows X directly.
    "ISW monitors the conflict, with the Russian MoD again avoiding acknowledging Wagner's role.",
    "According to the map, Russian forces advanced near the town.",
    # An analysis is the outlet's: "suggests" in the present is ISW's reading of the evidence.
    "This suggests that Russian forces are regrouping near the town.",
    "The proposed law would ban the sale of property to foreigners.",
    "Russian forces added 200 tanks to the Bakhmut axis.",  # "added" without "that" is no speech
    "Social media users observed a Russian armored column assembling in Stolin.",  # seen, not said
    # A verb of saying between dashes is an aside's; "that" after a verb opens no relative clause;
    # two sentences left joined are no subject.
    "A prominent milblogger — who had claimed Ukrainian strikes against Russia — found Putin's comments disappointing.",
    "The Kremlin likely believes that it will be able to exact more concessions from Ukraine the more maximalist "
    "its stated goals are.",
    "Ukrainian operations in Kharkiv and Kherson oblasts demonstrate the military’s skill and knowledge of "
    "Soviet operational art. Soviet operational art emphasizes that militaries need successive operations.",
    # "and reported" after a dash is the new clause's subject's, not the sentence's first.
    "Occupation authorities have taken measures to hold referendums at any time—ISW reported on August 3 that "
    "voting would be online and reported on August 7 that surveys were planned.",
    # "suggesting that" after a comma is the outlet's reading of the evidence.
    "Geolocated footage shows Russian forces fleeing Kupyansk, suggesting that they are withdrawing.",
    # Coordinated, but no "that" clause or quotation follows: no speech.
    "Ukrainian forces continued their interdiction campaign and maintained operational pressure.",
    # The verb of saying has a subject of its own after "and", which is no name here.
    "Russian forces shelled the town, and it was reported that ten people died.",
    # Claimants of different sides: no one side claims it.
    "Russian and Ukrainian sources reported that fighting continued near the plant.",
    "Western and Ukrainian sources claimed that a general mobilization was near.",
    # A participle and its date before the sentence's own verb; a relative clause's verb.
    "Individual Russian attacks reported on March 8 and March 9 may represent the scale of their operations.",
    "Russian security services are posting misleading advertisements, a tactic ISW has previously reported on.",
    # Holding positions is no saying; "reports" and "claims" before "that" are nouns as often.
    "Russian forces maintained artillery fire along the T1302 highway.",
    "Conflicting Russian reports that Russian forces withdrew from Lyman are likely false.",
    "Geolocated footage corroborates Russian claims that Ukrainian troops are pushing east.",
    "Any claims that Russian forces would not blow the dam are absurd.",
    "It notes that operational pauses are planned to regenerate combat power.",
    "Russian forces called up “volunteers” from the region.",  # called up, no name given
])
def test_war_reporting_forms_that_name_no_claimant(sentence: str) -> None:
    attribution = _one(sentence, outlet="Institute for the Study of War")
    assert attribution.how == "outlet", attribution


def test_for_in_a_clause_is_not_a_title() -> None:
    assert _one("Calls for peace talks said nothing new.", outlet="AFP").how == "outlet"


def test_a_title_with_a_compass_word_is_still_a_speaker() -> None:
    label = "Commander of the Southern Military District Aleksandr Dvornikov: We are advancing."
    assert _one(label, outlet="Kremlin") == Attribution(
        "Commander of the Southern Military District Aleksandr Dvornikov", Side.RUSSIA)


@pytest.mark.parametrize(
    ("sentence", "language", "claimant", "side"),
    [
        ("Зеленський заявив, що Україна не віддасть жодного міста.", "uk", "Зеленський",
         Side.UKRAINE),
        ("За словами Шмигаля, уряд виділив ще 10 млрд гривень.", "uk", "Шмигаля",
         Side.UKRAINE),
        ("Як повідомив Генштаб ЗСУ, ворог втратив 200 танків.", "uk", "Генштаб ЗСУ",
         Side.UKRAINE),
        ("«Ситуация под контролем», — заявил Песков.", "ru", "Песков", Side.RUSSIA),
        ("По данным Минобороны России, уничтожено 50 беспилотников.", "ru", "Минобороны России",
         Side.RUSSIA),
        ("Представитель ООН сообщил, что гуманитарный коридор открыт.", "ru",
         "Представитель ООН", Side.THIRD_PARTY),
        # A ministry speaks in the neuter.
        ("Минобороны России заявило об уничтожении 15 беспилотников.", "ru",
         "Минобороны России", Side.RUSSIA),
        ("Міністерство оборони України повідомило, що ворог втратив 1200 військових.", "uk",
         "Міністерство оборони України", Side.UKRAINE),
        # Titles in lower case, with no article before them.
        ("По словам губернатора Белгородской области Вячеслава Гладкова, пострадали двое.", "ru",
         "губернатора Белгородской области Вячеслава Гладкова", Side.RUSSIA),
        ("Как сообщил пресс-секретарь Кремля Дмитрий Песков, переговоры не ведутся.", "ru",
         "пресс-секретарь Кремля Дмитрий Песков", Side.RUSSIA),
        ("За словами міністра закордонних справ Дмитра Кулеби, Україна готова до переговорів.",
         "uk", "міністра закордонних справ Дмитра Кулеби", Side.UKRAINE),
        # The body, without the preposition that names it ("in the MoD they said").
        ("В Минобороны РФ заявили, что ВСУ потеряли до 300 военнослужащих.", "ru",
         "Минобороны РФ", Side.RUSSIA),
    ],
)
def test_ukrainian_and_russian(sentence: str, language: str, claimant: str, side: Side) -> None:
    assert _one(sentence, language, outlet="AFP") == Attribution(claimant, side)


def test_cyrillic_statement_of_a_body_named_before() -> None:
    sentences = ["Министерство обороны России сообщило, что сбиты 15 беспилотников.",
                 "«Перехвачены и уничтожены 15 беспилотников», — говорится в сообщении ведомства.",
                 "Сили оборони збили 40 дронів, повідомили у Повітряних силах."]
    result = attribute_sentences(sentences[:2], "ru", outlet="ТАСС")
    assert result[1] == Attribution("ведомства", Side.RUSSIA)
    air_force = attribute_sentences(sentences[2:], "uk", outlet="Міністерство оборони України")
    assert air_force == [Attribution("Повітряних силах", Side.UKRAINE)]
    # A lower-case phrase that names no one is still nobody's claim.
    assert _one("Как сообщил источник, переговоры идут.", "ru", outlet="AFP").claimant == "источник"
    for nobody in ("По словам очевидцев вчера было тихо.",
                   "Ухвалено розпорядження, згідно з яким Державне агентство резерву має забезпечити запас.",
                   "Ми скорочуємо перевірки для тих, хто працює згідно з українським законодавством."):
        assert _one(nobody, "uk", outlet="AFP").how == "outlet", nobody


def test_cyrillic_pronoun_and_first_person() -> None:
    sentences = ["Путин заявил, что операция идет по плану.", "По его словам, цели будут достигнуты.",
                 "Він додав, що переговори тривають."]
    result = attribute_sentences(sentences, "ru", outlet="AFP")
    assert result[1] == Attribution("Путин", Side.RUSSIA, "context")
    assert result[2] == Attribution("Путин", Side.RUSSIA, "context")
    address = _one("Підкреслив, що загроза голоду буде зберігатися.", "uk",
                   outlet="Office of the President of Ukraine", author="Володимир Зеленський")
    assert address == Attribution("Володимир Зеленський", Side.UKRAINE, "outlet")


@pytest.mark.parametrize(
    ("claimant", "side"),
    [
        ("Kyiv", Side.UKRAINE), ("l'état-major ukrainien", Side.UKRAINE),
        ("Volodymyr Zelenskyy", Side.UKRAINE), ("Зеленського", Side.UKRAINE),
        ("Денис Шмигаль", Side.UKRAINE), ("Office of the President of Ukraine", Side.UKRAINE),
        ("Cabinet of Ministers of Ukraine", Side.UKRAINE), ("Mykhailo Podolyak", Side.UKRAINE),
        ("General Staff of the Armed Forces of Ukraine", Side.UKRAINE),
        ("Kremlin", Side.RUSSIA), ("Vladimir Putin", Side.RUSSIA), ("Moscou", Side.RUSSIA),
        ("le ministère russe de la Défense", Side.RUSSIA), ("Choïgou", Side.RUSSIA),
        ("Минобороны", Side.RUSSIA), ("Росія", Side.RUSSIA), ("Maria Zakharova", Side.RUSSIA),
        ("the Russian ambassador to Ukraine", Side.RUSSIA),
        ("Ukraine's envoy to the UN", Side.UKRAINE),
        ("AFP", Side.THIRD_PARTY), ("ISW", Side.THIRD_PARTY), ("the IAEA", Side.THIRD_PARTY),
        ("NATO", Side.THIRD_PARTY), ("John Smith", Side.THIRD_PARTY),
        ("Alexander Lukashenko", Side.THIRD_PARTY), ("biélorusse", Side.THIRD_PARTY),
        # The names of both sides in Cyrillic too, as the Latin ones.
        ("Євген Пригожин", Side.RUSSIA), ("Рамзан Кадыров", Side.RUSSIA), ("депутат Госдумы", Side.RUSSIA),
        ("бойцы Вагнера", Side.RUSSIA), ("Рустем Умєров", Side.UKRAINE), ("Верховна Рада", Side.UKRAINE),
        ("Андрій Сибіга", Side.UKRAINE), ("я думаю", Side.THIRD_PARTY),  # "думаю" is not the Duma
        # Spellings ISW also uses; the Russian Combat Reserve; Nordic officials.
        ("Vereschuk", Side.UKRAINE), ("Petro Andyrushchenko", Side.UKRAINE), ("A wounded BARS serviceman", Side.RUSSIA),
        ("An unnamed senior Nordic defense official", Side.THIRD_PARTY),
        ("Kemerovo Oblast officials", Side.RUSSIA), ("Residents of Kazan", Side.RUSSIA),
        ("", Side.NONE), ("  ", Side.NONE),
    ],
)
def test_side_of(claimant: str, side: Side) -> None:
    assert side_of(claimant) is side


def test_us_acronym_is_case_sensitive() -> None:
    assert side_of("let us") is Side.THIRD_PARTY  # no cue at all, not "the US"
    assert side_of("US officials") is Side.THIRD_PARTY
