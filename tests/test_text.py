"""The splitter and the noise filter, on the seed article and on each language's traps."""

from pathlib import Path

import pytest

from retrieval.text import (
    article_sentences,
    clean_paragraphs,
    is_credit,
    is_question,
    normalize_ws,
    only_names_who_said_it,
    only_says_a_view_was_given,
    split_sentences,
)

SEED = Path(__file__).resolve().parents[1] / "corpus" / "afp-20250206-koursk.md"
TITLE = "La Russie affirme avoir repoussé une contre-offensive ukrainienne dans la région de Koursk"


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8").split("---\n", 2)[2]


@pytest.fixture(scope="module")
def seed_sentences(seed_text: str) -> list[str]:
    return article_sentences(seed_text, "fr", TITLE)


def test_seed_noise_is_removed(seed_sentences: list[str]) -> None:
    joined = "\n".join(seed_sentences)
    assert "Rechercher" not in joined
    assert "Dernières Infos" not in joined
    assert "Photo Gavriil Grigorov" not in joined
    assert not any(s.endswith("...") for s in seed_sentences), "the truncated teaser is gone"


def test_seed_paragraphs_stored_once(seed_sentences: list[str]) -> None:
    opening = [s for s in seed_sentences if s.startswith("La Russie a affirmé jeudi")]
    assert len(opening) == 1
    assert len(seed_sentences) == len(set(seed_sentences))


def test_seed_sentences_are_verbatim(seed_text: str, seed_sentences: list[str]) -> None:
    flat = normalize_ws(seed_text)
    assert all(normalize_ws(s) in flat for s in seed_sentences)
    assert len(seed_sentences) == 17  # headline, caption, 15 body sentences


def test_caption_is_text_but_credit_is_not(seed_sentences: list[str]) -> None:
    assert any(s.startswith("Le président russe Vladimir Poutine rencontre") for s in seed_sentences)


@pytest.mark.parametrize(("line", "credit"), [
    ("Satellite image ©2022 Maxar Technologies.", True),
    ("- Satellite images ©2022 Maxar Technologies", True),
    ("Source: Satellite image ©2022 Maxar Technologies", True),
    ("Source: NASA’s Fire Information for Resource Management System over Donbas, July 15 – July 23 and Esri, "
     "Maxar, Earthstar Geographics, and the GIS User Community]", True),
    ("Photo Gavriil Grigorov / POOL / AFP", True),
    ("Source: the General Staff said that five tanks were destroyed.", False),
    ("Maxar imagery (©2022) showed Russian combat vehicles sheltering under the plant's turbine hall near a reactor.",
     False),
])
def test_image_and_map_credits_are_no_sentences(line: str, credit: bool) -> None:
    assert is_credit(line) is credit


def test_quotations_and_figures_stay_inside_sentences(seed_sentences: list[str]) -> None:
    assert any("« plus de 1.500 » civils russes" in s for s in seed_sentences)
    assert any(s.startswith("« Au cours de l'opération") and s.endswith("sur Facebook.") for s in seed_sentences)
    assert any("(...) Toutes les attaques ont été repoussées »" in s for s in seed_sentences)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "M. Macron a dit « Nous sommes là. Toujours. » puis il est parti. Il y a 1.500 civils.",
         ["M. Macron a dit « Nous sommes là. Toujours. » puis il est parti.", "Il y a 1.500 civils."]),
        ("en", 'Mr. Smith said 1.5 million fled. "He left." Then U.S. troops arrived.',
         ["Mr. Smith said 1.5 million fled.", '"He left."', "Then U.S. troops arrived."]),
        ("uk", "Президент В. Зеленський заявив: «Ми переможемо. Слава Україні!» Це сталося 24 лют. 2022 року.",
         ["Президент В. Зеленський заявив: «Ми переможемо. Слава Україні!»", "Це сталося 24 лют. 2022 року."]),
        ("ru", "Министр С. Шойгу сообщил о 1.500 пленных. Переговоры продолжаются.",
         ["Министр С. Шойгу сообщил о 1.500 пленных.", "Переговоры продолжаются."]),
        # An apostrophe typed as an opening quotation mark opens no quotation up to the next
        # apostrophe; the sentences keep the mark as written.
        ("en", "Russia‘s forces were tired. Girkin said that Putin’s plan failed.",
         ["Russia‘s forces were tired.", "Girkin said that Putin’s plan failed."]),
        # A quotation left unclosed: the next one's opening mark is no end of a sentence.
        ("en", 'He emphasized: "We cannot decide for them. The war could have been avoided. '
               '"We would have neighbors. We could fight together," he said. Zelenskyy noted it.',
         ['He emphasized: "We cannot decide for them.', "The war could have been avoided.",
          '"We would have neighbors. We could fight together," he said.', "Zelenskyy noted it."]),
        ("fr", "Le ‘bon’ choix. Ensuite.", ["Le ‘bon’ choix.", "Ensuite."]),
        # Double quotation marks typed the wrong way round ("the “center“ forces", "the
        # ”Murman” company") close and open quotations where they stand.
        ("en", "They command the “center“ forces for three weeks. A milblogger said they have "
               "“warm relations” with Kadyrov.",
         ["They command the “center“ forces for three weeks.",
          "A milblogger said they have “warm relations” with Kadyrov."]),
        ("en", "Media said the ”Murman” company deployed. Others said the “Komi“ company left. "
               "Officials called it a “routine” step.",
         ["Media said the ”Murman” company deployed.", "Others said the “Komi“ company left.",
          "Officials called it a “routine” step."]),
        ("en", "He noted that ”a few years ago, they said it was fake! Now they say it is dangerous.” "
               "Officials denied it.",
         ["He noted that ”a few years ago, they said it was fake! Now they say it is dangerous.”",
          "Officials denied it."]),
        ("uk", "Він сказав „Так буде.“ Наступне речення.", ["Він сказав „Так буде.“", "Наступне речення."]),
        # "etc." ends a sentence before a capital or an opening quotation, not before a lowercase word.
        ("en", 'Corridors are needed in Sumy, Kharkiv, etc. "We sent the requests," said the minister.',
         ["Corridors are needed in Sumy, Kharkiv, etc.", '"We sent the requests," said the minister.']),
        ("en", "Tanks, guns, etc. were sent. Then more.", ["Tanks, guns, etc. were sent.", "Then more."]),
        ("ru", "Танки, пушки и т.д. Война продолжается.", ["Танки, пушки и т.д.", "Война продолжается."]),
    ],
)
def test_split_sentences(language: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, language) == expected


@pytest.mark.parametrize(("sentence", "asks"), [
    ("Анулювання віз для росіян?", True),
    ("Can you tell us if conscripts will be sent to Ukraine?»", True),
    ("«Qui a tiré ?»", True),
    ("«Чи будуть строковики воювати?» — запитала журналістка.", False),  # a report of a question
    ("Conscripts will not fight.", False),
])
def test_a_sentence_that_asks(sentence: str, asks: bool) -> None:
    assert is_question(sentence) is asks


def test_soft_wrapped_lines_are_joined_and_short_lines_kept_apart() -> None:
    text = "Menu\nHome\n\nThe ministry said the convoy\nreached the city on Monday.\n\nThe ministry said the convoy reached the city on Monday."
    assert clean_paragraphs(text) == ["The ministry said the convoy reached the city on Monday."]


def test_headings_bylines_timestamps_and_links_are_not_sentences() -> None:
    """The ISW pages' units that state nothing: quoted, a timestamp answered "when" questions."""
    units = [
        "Karolina Hird, Grace Mappes, George Barros, and Frederick W. Kagan",
        "September 21, 9:30 pm ET",
        "Key Takeaways",
        "Russian President Vladimir Putin announced partial mobilization on September 21.",
        "- Russian Main Effort—Eastern Ukraine",
        "Russian forces continued ground attacks northwest of Bakhmut.",
        "https://tass dot ru/mezhdunarodnaya-panorama/14193143",
    ]
    assert article_sentences("\n\n".join(units), "en") == [
        "Russian President Vladimir Putin announced partial mobilization on September 21.",
        "Russian forces continued ground attacks northwest of Bakhmut.",
    ]


def test_cited_links_are_not_sentences_however_they_end() -> None:
    """ISW's endnotes end with a full stop or a semicolon like a sentence or a list item."""
    units = [
        "https://gur.gov dot ua/content/putin-i-shoihu-hotuiutsia-zadiiaty-u-viini.html.",
        "; ; https://tsn dot ua/ato/sproba-prorvati-oboronu-2014372.html; https://t dot me/synegubov/2691.",
        "dot me/kyivoda/2700; ; ;",
        "The Ukrainian General Staff reported that 65 people were returned from captivity.",
        "The GUR said so at https://gur.gov.ua/content/x.html on Monday.",
    ]
    assert article_sentences("\n\n".join(units), "en") == units[3:]


def test_an_address_a_slogan_or_a_heading_is_no_sentence_however_it_ends() -> None:
    """A few words with no running text state nothing, and their topical words made one the
    closest "answer" to a short question ("Канцлере Шольц!" for "What did Scholz discuss?")."""
    body = "Зеленський подякував Шольцу за підтримку України і говорив з ним про санкції проти Росії."
    units = [body, "Канцлере Шольц!", "Слава Україні!", "Перше.", "- Kharkiv;", "Supporting Effort #1—Kharkiv:",
             "Ми переможемо!", "Putin lied.", "909 prisoners."]
    assert article_sentences("\n\n".join(units), "uk") == [body, *units[6:]]


def test_list_items_are_running_text() -> None:
    """A list item without a full stop still states something: a loss report, a bullet."""
    units = ["Losses of the enemy, according to the General Staff:", "- 12 drones shot down over Kyiv",
             "особового складу — близько 1 200 осіб", "The Air Force said the attack lasted six hours."]
    assert article_sentences("\n\n".join(units), "en") == units


def test_an_article_of_fragments_only_is_kept_whole() -> None:
    """A pasted headline alone is still the moderator's article."""
    assert article_sentences("Ukraine Says It Captured 909 Russian Soldiers", "en") == [
        "Ukraine Says It Captured 909 Russian Soldiers"]


@pytest.mark.parametrize(("sentence", "only"), [
    ("This was stated by President of Ukraine Volodymyr Zelenskyy at a briefing.", True),
    ("This was announced by Deputy Prime Minister Iryna Vereshchuk.", True),
    ("Про це заявив Президент України Володимир Зеленський під час брифінгу.", True),
    ("Об этом сообщил пресс-секретарь Кремля Дмитрий Песков.", True),
    ("C'est ce qu'a déclaré jeudi le porte-parole du Kremlin.", True),
    # Something said of its own after the speaker.
    ("This was stated by Zelenskyy, who added that talks would go on.", False),
    ("Про це заявив Зеленський, наголосивши, що переговори тривають.", False),
    ("Об этом заявил Песков, добавив, что переговоры продолжатся.", False),
    ("This was a turning point, Zelenskyy said.", False),
    ("Zelenskyy stated that talks would go on.", False),
])
def test_a_sentence_that_only_names_who_said_what_came_before(sentence: str, only: bool) -> None:
    assert only_names_who_said_it(sentence) is only


@pytest.mark.parametrize(("sentence", "only"), [
    ("Vladimir Putin laid out Russia's position regarding the ongoing military operation.", True),
    ("Vladimir Putin also gave his principled assessment of the negotiating process frozen by Kiev.", True),
    ("The two leaders exchanged views on issues related to global food security.", True),
    ("The leaders continued their detailed exchange of views on the situation in Ukraine.", True),
    ("Президенти обмінялися думками щодо ситуації навколо України.", True),
    ("Стороны обменялись мнениями о ситуации на Украине.", True),
    ("Les deux dirigeants ont échangé leurs vues sur la situation.", True),
    ("Le président a présenté son évaluation de la situation.", True),
    # The view itself follows.
    ("Vladimir Putin shared his assessment, stressing that the talks had stalled.", False),
    ("Putin laid out his position: the West is to blame.", False),
    ("I explained our view on why energy cooperation with Russia cannot be isolated from its policy.", False),
    ("Putin reiterated Russia's position, including its non-first-use policy.", False),
    ("Zelensky said the talks had stalled.", False),
])
def test_a_readout_line_that_only_says_a_view_was_given(sentence: str, only: bool) -> None:
    """"Vladimir Putin laid out Russia's position regarding…" names the speaker and the
    matter of "what does Putin say about…", and not what he said."""
    assert only_says_a_view_was_given(sentence) is only
