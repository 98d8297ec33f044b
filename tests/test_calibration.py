"""Per-model calibration and the correction of an encoder's language bias."""

from __future__ import annotations

import pytest

from retrieval.config import BUNDLED_MODEL, BUNDLED_MULTILINGUAL_MODEL, Settings
from retrieval.search import (
    CALIBRATIONS,
    LANGUAGE_POOL,
    calibration_for,
    language_offsets,
)


def test_each_language_is_lifted_to_the_best_languages_level() -> None:
    offsets = language_offsets({
        "en": [0.90] * LANGUAGE_POOL + [0.50] * 5,  # the 5 weak ones are below its best 10
        "uk": [0.80] * LANGUAGE_POOL,
        "fr": [0.70] * (LANGUAGE_POOL - 1),  # too few to measure: left alone
    })
    assert offsets["en"] == pytest.approx(0.0)
    assert offsets["uk"] == pytest.approx(0.10)
    assert "fr" not in offsets


def test_no_candidates_no_offsets() -> None:
    assert language_offsets({}) == {}


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
