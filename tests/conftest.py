from fakediscord.engine import bot_engine, bot_settings, make_bot  # noqa: F401  (conflictbot on the fake Discord)
from fakediscord.fixtures import error_log, fake_discord  # noqa: F401  (the bot's Discord test server)
