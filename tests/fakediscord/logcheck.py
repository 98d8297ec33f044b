"""Turns ERROR logs into test failures.

discord.py catches exceptions raised in event handlers, command callbacks and the tree's error
handler and only *logs* them, so a broken bot would otherwise pass silently while the user sees
nothing. A test that provokes an error on purpose declares it with `expect()`.
"""

from __future__ import annotations

import logging


class ErrorLog(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.records: list[logging.LogRecord] = []
        self._expected: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def expect(self, fragment: str) -> None:
        """Allow one ERROR record whose message or traceback contains `fragment`."""
        self._expected.append(fragment)

    def unexpected(self) -> list[str]:
        expected = list(self._expected)
        surprises = []
        for record in self.records:
            text = self.format(record)
            match = next((f for f in expected if f in text), None)
            if match is None:
                surprises.append(text)
            else:
                expected.remove(match)
        return surprises
