"""What the bot did with one interaction: its callbacks, the messages users saw, anything Discord refused."""

# Tests call these with `timeout=`: the agreed test-facing API, simpler than wrapping each call.
# ruff: noqa: ASYNC109

from __future__ import annotations

import asyncio
from typing import Any

from .payloads import EPHEMERAL


def is_ephemeral(message: dict[str, Any]) -> bool:
    """True when only the invoking user sees `message` (flag 64)."""
    return bool(int(message.get("flags") or 0) & EPHEMERAL)


class InteractionRecord:
    """One interaction the double sent to the bot, filled in as the bot answers."""

    is_ephemeral = staticmethod(is_ephemeral)

    def __init__(self, payload: dict[str, Any]) -> None:
        self.payload = payload
        self.id = int(payload["id"])
        self.token: str = payload["token"]
        self.type: int = payload["type"]
        self.callbacks: list[dict[str, Any]] = []
        self.modal: dict[str, Any] | None = None
        self.choices: list[dict[str, Any]] | None = None
        # Every state a user could see, in order: the answer, followups, and each edit.
        self.messages: list[dict[str, Any]] = []
        self.original: dict[str, Any] | None = None
        self.deleted: list[int] = []
        self.rejections: list[dict[str, Any]] = []
        self._changed = asyncio.Condition()
        self.sent_at = asyncio.get_running_loop().time()

    def __repr__(self) -> str:
        return f"<InteractionRecord id={self.id} type={self.type} callbacks={[c['type'] for c in self.callbacks]}>"

    @property
    def acknowledged(self) -> bool:
        return bool(self.callbacks)

    @property
    def deferred(self) -> bool:
        return any(c["type"] in (5, 6) for c in self.callbacks)

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def _wait(self, done: Any, timeout: float, what: str) -> None:
        try:
            async with self._changed:
                await asyncio.wait_for(self._changed.wait_for(done), timeout)
        except TimeoutError:
            raise AssertionError(
                f"the bot did not {what} within {timeout} s; callbacks: {self.callbacks}; "
                f"messages: {self.messages}; refused by Discord: {self.rejections}"
            ) from None

    def _refused(self) -> None:
        if self.rejections:
            raise AssertionError(f"Discord would refuse what the bot sent: {self.rejections}")

    async def replies(self, n: int, timeout: float = 10) -> list[dict[str, Any]]:
        """The first `n` visible messages (answer, followups, edits), in order."""

        def done() -> bool:
            return len(self.messages) >= n or bool(self.rejections) or self.modal is not None

        await self._wait(done, timeout, f"show {n} message(s)")
        self._refused()
        if len(self.messages) < n:
            raise AssertionError(f"the bot answered with a modal, not a message: {self.modal}")
        return self.messages[:n]

    async def reply(self, timeout: float = 10) -> dict[str, Any]:
        """The first visible answer: the message of a type-4/7 callback, or after a defer its first followup/edit."""
        return (await self.replies(1, timeout))[0]

    async def wait_modal(self, timeout: float = 10) -> dict[str, Any]:
        """The modal (type-9 callback data) the bot opened."""
        await self._wait(lambda: self.modal is not None or bool(self.rejections), timeout, "open a modal")
        self._refused()
        assert self.modal is not None
        return self.modal

    async def wait_callback(self, timeout: float = 10) -> dict[str, Any]:
        """The first callback (any type), e.g. to see that the bot deferred."""
        await self._wait(lambda: bool(self.callbacks) or bool(self.rejections), timeout, "acknowledge")
        self._refused()
        return self.callbacks[0]
