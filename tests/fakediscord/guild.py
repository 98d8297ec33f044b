"""The fake server's view of one guild: its channel, roles and members.

Permissions are computed the way Discord does for a channel without overwrites (the union of the
member's roles, everything for Administrator), so a test states *who* acts ("a member with the
Moderator role") and the interaction carries the permissions Discord would send.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import payloads

ADMINISTRATOR = 1 << 3
ALL_PERMISSIONS = (1 << 53) - 1
# @everyone's usual defaults: view channel, send messages, read history, use application commands.
EVERYONE_DEFAULT = (1 << 10) | (1 << 11) | (1 << 16) | (1 << 31)


@dataclass(frozen=True)
class FakeUser:
    id: int
    name: str
    bot: bool = False

    def payload(self) -> dict[str, Any]:
        return payloads.user(self.id, self.name, bot=self.bot)

    @property
    def mention(self) -> str:
        return f"<@{self.id}>"


@dataclass
class FakeGuild:
    id: int
    name: str
    channel_id: int
    roles: dict[int, dict[str, Any]] = field(default_factory=dict)
    members: dict[int, tuple[FakeUser, list[int]]] = field(default_factory=dict)

    @classmethod
    def create(cls, name: str) -> FakeGuild:
        guild_id = payloads.snowflake()
        guild = cls(guild_id, name, payloads.snowflake())
        # The @everyone role's id is the guild's id, as on Discord.
        guild.roles[guild_id] = payloads.role(guild_id, "@everyone", EVERYONE_DEFAULT)
        return guild

    def add_role(self, name: str, permissions: int = 0) -> int:
        role_id = payloads.snowflake()
        self.roles[role_id] = payloads.role(role_id, name, permissions, position=len(self.roles))
        return role_id

    def add_member(self, user: FakeUser, role_ids: list[int] | None = None) -> FakeUser:
        self.members[user.id] = (user, list(role_ids or []))
        return user

    def role_ids_of(self, user: FakeUser) -> list[int]:
        return self.members[user.id][1] if user.id in self.members else []

    def permissions_of(self, user: FakeUser) -> int:
        total = 0
        for role_id in [self.id, *self.role_ids_of(user)]:
            total |= int(self.roles[role_id]["permissions"])
        return ALL_PERMISSIONS if total & ADMINISTRATOR else total

    def member_payload(self, user: FakeUser, *, with_permissions: bool = False) -> dict[str, Any]:
        permissions = self.permissions_of(user) if with_permissions else None
        return payloads.member(user.payload(), self.role_ids_of(user), permissions)

    def channel_payload(self) -> dict[str, Any]:
        return payloads.text_channel(self.channel_id, self.id, "general")

    def create_payload(self) -> dict[str, Any]:
        """GUILD_CREATE's data: what discord.py caches about the guild."""
        return {
            "id": str(self.id),
            "name": self.name,
            "icon": None,
            "owner_id": str(next(iter(self.members), 1)),
            "unavailable": False,
            "large": False,
            "member_count": len(self.members),
            "roles": list(self.roles.values()),
            "channels": [self.channel_payload()],
            "threads": [],
            "members": [self.member_payload(user) for user, _ in self.members.values()],
            "voice_states": [],
            "presences": [],
            "emojis": [],
            "stickers": [],
            "features": [],
            "preferred_locale": "en-US",
            "joined_at": payloads.now_iso(),
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "nsfw_level": 0,
            "premium_tier": 0,
            "system_channel_flags": 0,
        }
