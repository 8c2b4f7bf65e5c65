"""Errors a user can cause or fix: their message is one clear sentence, shown as is (CLI and Discord)."""

from __future__ import annotations


class NewsdeskError(Exception):
    """Base of every user-facing error; `str(exc)` is the sentence the user sees."""


class NotFoundError(NewsdeskError):
    """An article, speaker or topic the user asked for does not exist in their scope."""


class InputError(NewsdeskError):
    """Input that cannot be used: empty, binary, too large, wrong type, unreachable URL."""
