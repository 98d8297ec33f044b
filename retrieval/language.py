"""Language identification for articles and questions (fr, en, uk, ru).

lingua is restricted to the four languages the bot serves: on short questions an open-set
detector confuses Ukrainian with Russian or Bulgarian far more often. The detector is built once,
lazily, because building it costs a fraction of a second.
"""

from __future__ import annotations

from functools import lru_cache

SUPPORTED = ("en", "fr", "uk", "ru")


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(
        Language.ENGLISH, Language.FRENCH, Language.UKRAINIAN, Language.RUSSIAN
    ).with_preloaded_language_models().build()


def detect_language(text: str, default: str = "") -> str:
    """ISO 639-1 code of `text` among SUPPORTED, or `default` when it cannot be told."""
    sample = text[:2000]
    if not any(ch.isalpha() for ch in sample):
        return default
    found = _detector().detect_language_of(sample)
    return found.iso_code_639_1.name.lower() if found is not None else default
