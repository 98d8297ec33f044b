"""Per-model calibration and the correction of an encoder's language bias."""

from __future__ import annotations

import pytest

from retrieval.config import BUNDLED_MODEL, BUNDLED_MULTILINGUAL_MODEL, Settings
from retrieval.lexical import BRIDGE_RECALL, coverage_across
from retrieval.records import Side
from retrieval.search import (
    CALIBRATIONS,
    LANGUAGE_POOL,
    calibration_for,
    language_offsets,
)


def test_each_language_is_lifted_to_the_best_languages_level() -> None:
    offsets = language_offsets({
        "en": [0.90] * LANGUAGE_POOL + [0.50] * 5,  # the 5 weak ones are below its best LANGUAGE_POOL
        "uk": [0.80] * LANGUAGE_POOL,
        "fr": [0.70] * (LANGUAGE_POOL - 1),  # too few to measure, and no table: left alone
    })
    assert offsets == pytest.approx({"en": 0.0, "uk": 0.10, "fr": 0.0})


def test_no_candidates_no_offsets() -> None:
    assert language_offsets({}) == {}


BIAS = {"uk": {"fr": 0.08, "en": 0.07}, "en": {"fr": 0.04}}


def test_the_questions_own_language_measured_needs_no_table() -> None:
    offsets = language_offsets({"uk": [0.85] * LANGUAGE_POOL, "fr": [0.80] * LANGUAGE_POOL}, "uk", BIAS)
    assert offsets == pytest.approx({"uk": 0.0, "fr": 0.05})


def test_a_thin_language_is_put_on_the_questions_scale_by_the_table() -> None:
    """A few French sentences among many English ones, for an English question: too few to
    measure the bias on, so the model's en→fr entry stands in for it."""
    offsets = language_offsets({"en": [0.88] * LANGUAGE_POOL, "fr": [0.84] * 2}, "en", BIAS)
    assert offsets == pytest.approx({"en": 0.0, "fr": 0.04})
    offsets = language_offsets({"en": [0.88] * LANGUAGE_POOL, "uk": [0.80] * LANGUAGE_POOL,
                                "fr": [0.84] * 2}, "uk", BIAS)
    assert offsets == pytest.approx({"en": 0.0, "uk": 0.08, "fr": 0.16})


def test_fifteen_candidates_are_too_few_to_measure_a_language_on() -> None:
    """Fifteen Ukrainian candidates among a question's: their best ten were nearly all of them,
    weak lexical matches included, and measured a level below the language's; such a language
    takes the model's table, as a thinner one does."""
    offsets = language_offsets({"en": [0.88] * 40, "uk": [0.84] * 5 + [0.70] * 10}, "en", BIAS | {"en": {"uk": 0.06}})
    assert offsets == pytest.approx({"en": 0.0, "uk": 0.06})


def test_a_library_without_the_questions_language_is_lifted_by_the_models_bias() -> None:
    """A French library asked in Ukrainian: its level is a cross-language one, below the
    scale the threshold was set on; the measured uk→fr bias lifts it."""
    offsets = language_offsets({"fr": [0.76] * LANGUAGE_POOL}, "uk", BIAS)
    assert offsets == pytest.approx({"fr": 0.08})
    offsets = language_offsets({
        "fr": [0.76] * LANGUAGE_POOL,
        "en": [0.74] * LANGUAGE_POOL,
        "ru": [0.70] * 3,  # too few to measure: the table's own entry (none for uk→ru here)
    }, "uk", BIAS)
    assert offsets == pytest.approx({"fr": 0.08, "en": 0.10, "ru": 0.0})
    assert language_offsets({"fr": [0.8] * 3}, "en", BIAS) == pytest.approx({"fr": 0.04})


def test_without_a_table_nothing_is_lifted() -> None:
    assert language_offsets({"fr": [0.76] * LANGUAGE_POOL}, "uk", {}) == pytest.approx({"fr": 0.0})
    assert language_offsets({"fr": [0.76] * LANGUAGE_POOL}, "de", BIAS) == pytest.approx({"fr": 0.0})


def test_known_models_have_their_own_calibration_and_others_the_default_ones() -> None:
    assert calibration_for(BUNDLED_MODEL) == CALIBRATIONS[BUNDLED_MODEL]
    assert calibration_for(BUNDLED_MULTILINGUAL_MODEL) != calibration_for(BUNDLED_MODEL)
    assert calibration_for("someone/new-model") == CALIBRATIONS[BUNDLED_MULTILINGUAL_MODEL]


def test_a_deployment_sets_its_own_threshold(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.setenv("ANSWER_THRESHOLD", "0.5")
    settings = Settings.from_env(dotenv_path=tmp_path / "absent.env")
    assert settings.answer_threshold == 0.5
    calibration = calibration_for(settings.model_name, settings.answer_threshold)
    assert calibration.answer_threshold == 0.5
    assert calibration.coverage_weight == CALIBRATIONS[BUNDLED_MULTILINGUAL_MODEL].coverage_weight
    monkeypatch.setenv("ANSWER_THRESHOLD", "")
    assert Settings.from_env(dotenv_path=tmp_path / "absent.env").answer_threshold is None


def test_coverage_across_languages_is_put_on_the_own_language_scale() -> None:
    """The bridge finds fewer of a question's words in an answer written in another language;
    the support the threshold tests should not hold that against the answer."""
    assert coverage_across(0.5, "en", "en") == 0.5
    assert coverage_across(0.5, "ru", "en") == pytest.approx(0.5 / BRIDGE_RECALL["ru"]["en"])
    assert coverage_across(0.9, "ru", "en") == 1.0
    assert coverage_across(0.5, "de", "en") == 0.5  # a language never measured: as is


def test_the_threshold_tests_the_support_of_the_best_sentence() -> None:
    """Similarity and a little of the word coverage: an unanswerable question's near-miss
    shares few of its words; an answer of the same similarity shares more."""
    from retrieval.records import ArticleInfo, Attribution, Sentence
    from retrieval.search import Evidence, Scored
    from retrieval.store import SentenceRow

    calibration = calibration_for(BUNDLED_MULTILINGUAL_MODEL)
    assert calibration.threshold_on == "support" and calibration.support_weight > 0
    article = ArticleInfo(id="a", title="t", outlet="AFP", url="", published="2025-02-06", language="fr")
    row = SentenceRow(Sentence(1, "a", 0, "Texte.", Attribution("AFP", Side.THIRD_PARTY, "outlet")), article)

    def best(cosine: float, covered: float, typed: bool = True) -> Scored:
        e = Evidence(row, cosine, covered, typed=typed, sided=False, calibration=calibration, asked="ru")
        assert e.support == pytest.approx(e.similarity + calibration.support_weight
                                          * coverage_across(covered, "ru", "fr"))
        return Scored(row, e.score, e.similarity, e.support, e.typed)

    threshold = calibration.answer_threshold
    assert calibration.answers(best(threshold - 0.01, 0.5))
    assert not calibration.answers(best(threshold - 0.01, 0.0))
    # "верещук коридор з андріївки на житомир, через які села маршрут?" against Vereshchuk's
    # English route (similarity 0.81), whose words met, on the scale of a Ukrainian sentence,
    # are all the question's, is answered; a near-miss closer in meaning that meets none is not.
    assert calibration.answers(best(0.8085, 1.0))
    assert not calibration.answers(best(0.8585, 0.0))
    # Without the kind of answer asked for (no date for "when…?"), no support is enough.
    assert not calibration.answers(best(threshold + 0.1, 1.0, typed=False))
    assert best(0.8, 0.3).tested("similarity") == 0.8
