"""What a sentence's vector is made from, and the bundled multilingual model."""

from __future__ import annotations

import numpy as np

from retrieval.embedder import TITLE_CONTEXT_CHARS, Embedder, as_question, passage


def test_a_sentence_is_embedded_after_its_title() -> None:
    assert passage("Martial law extended", "It was adopted by 300 votes.") == (
        "Martial law extended. It was adopted by 300 votes.")
    assert passage("  Kursk:  ", "909 prisoners.") == "Kursk. 909 prisoners."
    assert passage("", "No title here.") == "No title here."


def test_a_long_title_is_cut_on_a_word_boundary() -> None:
    title = "Address by the President " * 20
    text = passage(title, "Sentence.")
    head = text.removesuffix(". Sentence.")
    assert len(head) <= TITLE_CONTEXT_CHARS and title.startswith(head) and not head.endswith(" ")


def test_the_default_model_reads_across_languages() -> None:
    embedder = Embedder()
    question = embedder.encode_query("How many Russian soldiers were taken prisoner?")
    sentences = embedder.encode_sentences([
        "Україна взяла в полон 909 російських військових.",  # the answer, in Ukrainian
        "Погода в Києві була холодна.",  # the weather in Kyiv
    ])
    assert sentences.shape == (2, embedder.dimension) and sentences.dtype == np.float32
    assert np.allclose(np.linalg.norm(sentences, axis=1), 1.0, atol=1e-3)
    assert sentences[0] @ question > sentences[1] @ question


def test_a_repeated_question_comes_from_the_cache_unchanged() -> None:
    embedder = Embedder()
    first = embedder.encode_query("Who shelled the Zaporizhzhia plant?")
    first[:] = 0.0  # a caller's changes never reach the cache
    again = embedder.encode_query("Who shelled the Zaporizhzhia plant?")
    assert np.linalg.norm(again) > 0.99
    assert embedder._cached_query.cache_info().hits >= 1


def test_a_question_is_encoded_with_its_question_mark_typed_or_not() -> None:
    assert as_question("how many prisoners does ukraine claim") == "how many prisoners does ukraine claim?"
    assert as_question("Who shelled the plant?  ") == "Who shelled the plant?"
    assert as_question("combien de prisonniers ?") == "combien de prisonniers ?"
    assert as_question("how many??") == "how many?"
    assert as_question("how many 👍🏽 prisoners ❤️?") == "how many prisoners?"
    assert as_question("🤔 what does Decree № 64 say") == "what does Decree № 64 say?"
    assert as_question('what did he call "denazification"') == 'what did he call "denazification"?'
    # Another ending makes it a request as typed.
    assert as_question("Tell me about the Kursk incursion.") == "Tell me about the Kursk incursion."
    assert as_question("Слава Україні!") == "Слава Україні!"


def test_a_question_without_its_mark_gets_the_same_vector() -> None:
    embedder = Embedder()
    typed = embedder.encode_query("Скільки полонених у Курській області")
    assert np.array_equal(typed, embedder.encode_query("Скільки полонених у Курській області?"))
    assert not np.array_equal(typed, embedder.encode_query("Скільки полонених у Курській області."))
