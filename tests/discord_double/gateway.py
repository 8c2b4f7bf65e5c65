"""The double's gateway websocket: HELLO, IDENTIFY/READY, RESUME, heartbeats and zlib-stream framing."""

# Tests call these with `timeout=`: the agreed test-facing API, simpler than wrapping each call.
# ruff: noqa: ASYNC109

from __future__ import annotations

import asyncio
import json
import logging
import secrets
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

log = logging.getLogger(__name__)

DISPATCH, HEARTBEAT, IDENTIFY, PRESENCE, VOICE, RESUME, RECONNECT = 0, 1, 2, 3, 4, 6, 7
REQUEST_MEMBERS, INVALID_SESSION, HELLO, HEARTBEAT_ACK = 8, 9, 10, 11
HEARTBEAT_INTERVAL_MS = 41_250


class Connection:
    """One websocket; every frame shares the connection's zlib stream, as Discord's gateway does."""

    def __init__(self, ws: web.WebSocketResponse, compress: str | None) -> None:
        self.ws = ws
        self._zlib = zlib.compressobj() if compress == "zlib-stream" else None
        self._lock = asyncio.Lock()

    async def send(self, payload: dict[str, Any]) -> None:
        text = json.dumps(payload)
        async with self._lock:
            if self.ws.closed:
                raise ConnectionResetError("gateway connection is closed")
            if self._zlib is None:
                await self.ws.send_str(text)
            else:
                frame = self._zlib.compress(text.encode()) + self._zlib.flush(zlib.Z_SYNC_FLUSH)
                await self.ws.send_bytes(frame)


@dataclass
class Session:
    """A gateway session: survives a dropped socket so the client can RESUME and get what it missed."""

    session_id: str
    identify: dict[str, Any]
    seq: int = 0
    events: list[dict[str, Any]] = field(default_factory=list)
    connection: Connection | None = None
    resumes: int = 0

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        self.seq += 1
        payload = {"op": DISPATCH, "t": event, "s": self.seq, "d": data}
        self.events.append(payload)
        if self.connection is not None:
            try:
                await self.connection.send(payload)
            except (ConnectionResetError, RuntimeError):
                # The client is away; it gets this event when it resumes.
                self.connection = None


class Gateway:
    """Accepts websocket clients; `on_identify` builds the READY data and the GUILD_CREATEs that follow."""

    def __init__(
        self,
        on_identify: Callable[[dict[str, Any]], list[tuple[str, dict[str, Any]]]],
        token_ok: Callable[[str | None], bool],
    ) -> None:
        self._on_identify = on_identify
        self._token_ok = token_ok
        self.sessions: dict[str, Session] = {}
        self.current: Session | None = None
        self.identifies: list[dict[str, Any]] = []
        self.connections: list[Connection] = []
        self._state_changed = asyncio.Condition()

    async def _notify(self) -> None:
        async with self._state_changed:
            self._state_changed.notify_all()

    async def wait_until(self, condition: Callable[[], bool], timeout: float) -> None:
        """Wait until `condition()` holds; it is re-checked whenever a client connects, identifies or leaves."""
        async with self._state_changed:
            await asyncio.wait_for(self._state_changed.wait_for(condition), timeout)

    def connected(self) -> bool:
        return self.current is not None and self.current.connection is not None

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        if self.current is not None:
            await self.current.dispatch(event, data)

    async def drop(self, code: int = 4000) -> None:
        """Close the live socket the way a network blip would (a close code the client may resume after)."""
        session = self.current
        if session is None or session.connection is None:
            raise RuntimeError("no client is connected to the gateway")
        connection, session.connection = session.connection, None
        await connection.ws.close(code=code, message=b"dropped by the test")

    async def send_op(self, op: int, data: Any) -> None:
        """Send a non-dispatch opcode (RECONNECT, INVALID_SESSION, ...) on the live socket."""
        session = self.current
        if session is None or session.connection is None:
            raise RuntimeError("no client is connected to the gateway")
        await session.connection.send({"op": op, "d": data})

    async def close_all(self) -> None:
        for connection in list(self.connections):
            if not connection.ws.closed:
                await connection.ws.close(code=1001, message=b"double shutting down")

    async def handle(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoclose=True, max_msg_size=0)
        await ws.prepare(request)
        compress = request.query.get("compress")
        if compress not in (None, "zlib-stream"):
            log.error("client asked for %s; the double speaks only zlib-stream", compress)
            await ws.close(code=4000, message=b"unsupported compression")
            return ws
        connection = Connection(ws, compress)
        self.connections.append(connection)
        session: Session | None = None
        try:
            await connection.send({"op": HELLO, "d": {"heartbeat_interval": HEARTBEAT_INTERVAL_MS}})
            async for msg in ws:
                if msg.type is not WSMsgType.TEXT:
                    continue
                payload = json.loads(msg.data)
                session = await self._handle_op(connection, session, payload)
        finally:
            self.connections.remove(connection)
            if session is not None and session.connection is connection:
                session.connection = None
            await self._notify()
        return ws

    async def _handle_op(
        self, connection: Connection, session: Session | None, payload: dict[str, Any]
    ) -> Session | None:
        op, data = payload.get("op"), payload.get("d")
        if op == HEARTBEAT:
            await connection.send({"op": HEARTBEAT_ACK, "d": None})
        elif op == IDENTIFY:
            if not self._token_ok((data or {}).get("token")):
                await connection.ws.close(code=4004, message=b"Authentication failed.")
                return None
            session = await self._identify(connection, data or {})
        elif op == RESUME:
            if not self._token_ok((data or {}).get("token")):
                await connection.ws.close(code=4004, message=b"Authentication failed.")
                return None
            session = await self._resume(connection, data or {})
        elif op == REQUEST_MEMBERS and session is not None:
            await session.dispatch(
                "GUILD_MEMBERS_CHUNK",
                {
                    "guild_id": data["guild_id"],
                    "members": [],
                    "chunk_index": 0,
                    "chunk_count": 1,
                    "nonce": data.get("nonce"),
                },
            )
        return session

    async def _identify(self, connection: Connection, data: dict[str, Any]) -> Session:
        self.identifies.append(data)
        session = Session(session_id=secrets.token_hex(16), identify=data, connection=connection)
        self.sessions[session.session_id] = session
        self.current = session
        for event, event_data in self._on_identify(data):
            if event == "READY":
                event_data = {**event_data, "session_id": session.session_id}
            await session.dispatch(event, event_data)
        await self._notify()
        return session

    async def _resume(self, connection: Connection, data: dict[str, Any]) -> Session | None:
        session = self.sessions.get(str(data.get("session_id")))
        if session is None:
            await connection.send({"op": INVALID_SESSION, "d": False})
            return None
        last_seen = int(data.get("seq") or 0)
        while missed := [event for event in session.events if event["s"] > last_seen]:
            for event in missed:
                await connection.send(event)
                last_seen = event["s"]
        # No await since the last check: nothing dispatched meanwhile can slip between replay and attach.
        session.connection = connection
        session.resumes += 1
        await session.dispatch("RESUMED", {})
        self.current = session
        await self._notify()
        return session
