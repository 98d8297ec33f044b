"""A member's message as the question it asks: Discord's markup taken out.

A question typed in Discord carries more than its words: the bot's own mention, other
mentions and custom emoji (`<@&123…>`, `<:ukraine:123…>`, whose 18-digit ids the search would
read as figures to look for), timestamps, and markdown (`**how many**`, `||spoiler||`). The
engine is a library with no Discord in it, so the adapter hands it the words alone.
"""

from __future__ import annotations

import re

import discord

# Mentions of users, roles, channels and slash commands, custom emoji and timestamps: ids and
# names that are no words of the question (discord.py's `Message.clean_content` would make the
# mentions "@name", which is no part of a question either).
_ENTITY = re.compile(r"<(?:@[!&]?\d+|#\d+|/[\w -]+:\d+|a?:\w+:\d+|t:-?\d+(?::[tTdDfFR])?)>")


def question_text(content: str) -> str:
    """The words of a question typed in Discord, with its markup, mentions and custom emoji
    removed and its spaces collapsed ("" when nothing else was typed)."""
    words = discord.utils.remove_markdown(_ENTITY.sub(" ", content), ignore_links=True)
    return " ".join(words.split())
