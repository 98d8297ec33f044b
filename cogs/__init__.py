"""The bot's features, one discord.py extension each, loaded by `bot.py` (RoboDanny's layout).

`utils/` holds what several extensions share: the bot's own words in each language, the shaping
of answers into Discord's limits, and how errors and refusals reach the user.
"""
