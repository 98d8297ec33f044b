"""How errors and refusals reach the user: one clear line, only to them.

Three kinds, as in Red-DiscordBot's tree error handler: a `Refusal` (the user may not or not yet
do this: moderator only, cooldown) and a `UserError` (the input cannot be used) are shown as
their line and change nothing; anything else is a bug of ours, logged with its traceback, and
the user gets a short apology instead of silence.
"""

from __future__ import annotations

import logging

import discord
from discord import app_commands

from retrieval.errors import UserError

from .i18n import language_of, text
from .render import CONTENT_LIMIT, shorten

log = logging.getLogger("conflictbot.bot")


class Refusal(app_commands.CheckFailure):
    """A check that failed for a reason the user should read, as i18n key and values."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


def user_line(error: BaseException, language: str, context: str) -> str:
    """The line to show for `error`; logs it with its traceback when it is ours."""
    if isinstance(error, (app_commands.CommandInvokeError, app_commands.TransformerError)):
        error = error.__cause__ or error
    if isinstance(error, Refusal):
        return text(language, error.key, **error.values)
    if isinstance(error, UserError):
        return str(error)
    if isinstance(error, app_commands.NoPrivateMessage):
        return text(language, "refused.guild_only")
    if isinstance(error, app_commands.CheckFailure):
        return text(language, "refused.other")
    log.error("error in %s", context, exc_info=error)
    return text(language, "error.ours")


async def report(interaction: discord.Interaction, error: BaseException) -> None:
    """Tell the user who caused `interaction` what went wrong, visible only to them."""
    name = interaction.command.qualified_name if interaction.command else "a component"
    line = shorten(user_line(error, language_of(interaction.locale), f"/{name}"), CONTENT_LIMIT)
    if interaction.type is discord.InteractionType.autocomplete:
        return  # no message can answer an autocomplete; the user just sees no choices
    try:
        if interaction.response.is_done():
            await interaction.followup.send(line, ephemeral=True)
        else:
            await interaction.response.send_message(line, ephemeral=True)
    except discord.HTTPException:
        log.warning("could not tell the user about an error in /%s", name, exc_info=True)
