"""JSON payloads shaped like Discord's API v10, as discord.py 2.7 parses them.

Only the fields discord.py reads (or needs to avoid a KeyError) are filled in; everything is a
plain dict so a test can see exactly what the bot will receive.
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from typing import Any

_snowflakes = itertools.count(1_100_000_000_000_000_000)

# discord.py's default-on features need nothing else from an application's flags.
APPLICATION_FLAGS = 0


def snowflake() -> int:
    """A fresh, unique id, as Discord's snowflakes are."""
    return next(_snowflakes)


def now_iso() -> str:
    return datetime.now(UTC).isoformat()


def user(user_id: int, name: str, *, bot: bool = False) -> dict[str, Any]:
    return {
        "id": str(user_id),
        "username": name,
        "global_name": name,
        "discriminator": "0",
        "avatar": None,
        "bot": bot,
        "flags": 0,
        "public_flags": 0,
    }


def role(role_id: int, name: str, permissions: int, position: int = 0) -> dict[str, Any]:
    return {
        "id": str(role_id),
        "name": name,
        "color": 0,
        "hoist": False,
        "position": position,
        "permissions": str(permissions),
        "managed": False,
        "mentionable": False,
        "flags": 0,
    }


def member(user_payload: dict[str, Any], role_ids: list[int], permissions: int | None = None) -> dict[str, Any]:
    """A guild member; `permissions` (total, in the channel) is what interactions carry."""
    data: dict[str, Any] = {
        "user": user_payload,
        "roles": [str(r) for r in role_ids],
        "joined_at": now_iso(),
        "deaf": False,
        "mute": False,
        "flags": 0,
        "nick": None,
        "avatar": None,
    }
    if permissions is not None:
        data["permissions"] = str(permissions)
    return data


def text_channel(channel_id: int, guild_id: int, name: str) -> dict[str, Any]:
    return {
        "id": str(channel_id),
        "type": 0,
        "guild_id": str(guild_id),
        "name": name,
        "position": 0,
        "permission_overwrites": [],
        "nsfw": False,
        "parent_id": None,
        "topic": None,
        "last_message_id": None,
        "rate_limit_per_user": 0,
    }


def message(
    message_id: int,
    channel_id: int,
    author: dict[str, Any],
    body: dict[str, Any],
    *,
    guild_id: int | None = None,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A message as Discord echoes it back, built from what was posted (`body`)."""
    data: dict[str, Any] = {
        "id": str(message_id),
        "channel_id": str(channel_id),
        "type": 0,
        "author": author,
        "content": body.get("content") or "",
        "embeds": body.get("embeds") or [],
        "attachments": [],
        "mentions": [],
        "mention_roles": [],
        "mention_everyone": False,
        "pinned": False,
        "tts": False,
        "timestamp": now_iso(),
        "edited_timestamp": None,
        "flags": body.get("flags", 0),
        "components": body.get("components") or [],
    }
    if guild_id is not None:
        data["guild_id"] = str(guild_id)
    if extra:
        data.update(extra)
    return data


def application(app_id: int, owner: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": str(app_id),
        "name": "conflictbot-test",
        "description": "",
        "icon": None,
        "bot_public": True,
        "bot_require_code_grant": False,
        "owner": owner,
        "verify_key": "0" * 64,
        "flags": APPLICATION_FLAGS,
        "team": None,
    }


def attachment(attachment_id: int, filename: str, size: int, url: str, content_type: str) -> dict[str, Any]:
    return {
        "id": str(attachment_id),
        "filename": filename,
        "size": size,
        "url": url,
        "proxy_url": url,
        "content_type": content_type,
    }
