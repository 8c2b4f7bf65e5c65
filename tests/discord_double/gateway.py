"""The double's gateway websocket: HELLO, IDENTIFY/READY, RESUME, heartbeats, zlib-stream framing and
shards (each IDENTIFY with a `shard` [id, count] is one shard's session; guild events go to the session
of the guild's shard, `(guild_id >> 22) % count`, as on Discord)."""

# Tests call these with `timeout=`: the agreed test-facing API, simpler than wrapping each call.
# ruff: noqa: ASYNC109

from __future__ import annotations

import asyncio
import json
import logging
import secrets
import zlib
from collections.abc import Callable
from typing import Any

from aiohttp import WSMsgType, web

log = logging.getLogger(__name__)

DISPATCH, HEARTBEAT, IDENTIFY, PRESENCE, VOICE, RESUME, RECONNECT = 0, 1, 2, 3, 4, 6, 7
REQUEST_MEMBERS, INVALID_SESSION, HELLO, HEARTBEAT_ACK = 8, 9, 10, 11
HEARTBEAT_INTERVAL_MS = 41_250


def shard_of(guild_id: int, shard_count: int) -> int:
    """The shard a guild belongs to, by Discord's formula."""
    return (guild_id >> 22) % shard_count


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


class Session:
    """A gateway session. Events queue in order and survive a dropped socket, so a RESUME replays them."""

    def __init__(self, session_id: str, identify: dict[str, Any]) -> None:
        self.session_id = session_id
        self.identify = identify
        shard = identify.get("shard") or [0, 1]
        self.shard_id, self.shard_count = int(shard[0]), int(shard[1])
        self.events: list[dict[str, Any]] = []
        self.connection: Connection | None = None
        self.resumes = 0
        self._delivered = 0
        self._wake = asyncio.Event()
        self._writer: asyncio.Task[None] | None = None

    @property
    def seq(self) -> int:
        return len(self.events)

    def dispatch(self, event: str, data: dict[str, Any]) -> None:
        """Queue an event now (its sequence number is fixed at once); the writer sends queued events in order."""
        self.events.append({"op": DISPATCH, "t": event, "s": self.seq + 1, "d": data})
        self._wake.set()

    def attach(self, connection: Connection, delivered: int) -> None:
        """Send this session's events on `connection`, starting after sequence number `delivered`."""
        self.detach()
        self.connection, self._delivered = connection, delivered
        self._writer = asyncio.get_running_loop().create_task(self._write(connection))

    def detach(self) -> None:
        if self._writer is not None:
            self._writer.cancel()
            self._writer = None
        self.connection = None

    async def _write(self, connection: Connection) -> None:
        while True:
            while self._delivered < len(self.events):
                try:
                    await connection.send(self.events[self._delivered])
                except (ConnectionError, RuntimeError):
                    return  # the client is away; on RESUME it says which events it has seen
                self._delivered += 1
            self._wake.clear()
            await self._wake.wait()


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
        # The latest session of each shard id: where that shard's guilds' events go.
        self.shards: dict[int, Session] = {}
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

    def dispatch(self, event: str, data: dict[str, Any]) -> None:
        """Queue an event for the session of its guild's shard (delivered now, or on RESUME if the
        socket is down); events without a guild go to shard 0."""
        guild = data.get("id") if event in ("GUILD_CREATE", "GUILD_DELETE") else data.get("guild_id")
        session = self.session_for(int(guild) if guild is not None else None)
        if session is not None:
            session.dispatch(event, data)

    def session_for(self, guild_id: int | None) -> Session | None:
        """The session holding the guild's shard (the shard count is the latest session's)."""
        if self.current is None:
            return None
        count = self.current.shard_count
        shard = 0 if guild_id is None else shard_of(guild_id, count)
        session = self.shards.get(shard)
        return session if session is not None and session.shard_count == count else self.current

    def _live(self) -> tuple[Session, Connection]:
        session = self.current
        if session is None or session.connection is None:
            raise RuntimeError("no client is connected to the gateway")
        return session, session.connection

    async def drop(self, code: int = 4000) -> None:
        """Close the live socket the way a network blip would (a close code the client may resume after)."""
        session, connection = self._live()
        session.detach()
        await connection.ws.close(code=code, message=b"dropped by the test")

    async def send_op(self, op: int, data: Any) -> None:
        """Send a non-dispatch opcode (RECONNECT, INVALID_SESSION, ...) on the live socket."""
        _, connection = self._live()
        await connection.send({"op": op, "d": data})

    async def close_all(self) -> None:
        for session in self.sessions.values():
            session.detach()
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
                if msg.type is WSMsgType.TEXT:
                    session = await self._handle_op(connection, session, json.loads(msg.data))
        finally:
            self.connections.remove(connection)
            if session is not None and session.connection is connection:
                session.detach()
            await self._notify()
        return ws

    async def _handle_op(
        self, connection: Connection, session: Session | None, payload: dict[str, Any]
    ) -> Session | None:
        op, data = payload.get("op"), payload.get("d") or {}
        if op == HEARTBEAT:
            await connection.send({"op": HEARTBEAT_ACK, "d": None})
        elif op in (IDENTIFY, RESUME) and not self._token_ok(data.get("token")):
            await connection.ws.close(code=4004, message=b"Authentication failed.")
            return None
        elif op == IDENTIFY:
            session = self._identify(connection, data)
            await self._notify()
        elif op == RESUME:
            session = self.sessions.get(str(data.get("session_id")))
            if session is None:
                await connection.send({"op": INVALID_SESSION, "d": False})
                return None
            session.attach(connection, delivered=int(data.get("seq") or 0))
            session.resumes += 1
            session.dispatch("RESUMED", {})
            self.current = session
            self.shards[session.shard_id] = session
            await self._notify()
        elif op == REQUEST_MEMBERS and session is not None:
            chunk = {"guild_id": data["guild_id"], "members": [], "chunk_index": 0, "chunk_count": 1}
            session.dispatch("GUILD_MEMBERS_CHUNK", {**chunk, "nonce": data.get("nonce")})
        return session

    def _identify(self, connection: Connection, data: dict[str, Any]) -> Session:
        self.identifies.append(data)
        session = Session(secrets.token_hex(16), identify=data)
        self.sessions[session.session_id] = session
        self.current = session
        self.shards[session.shard_id] = session
        for event, event_data in self._on_identify(data):
            if event == "READY":
                event_data = {**event_data, "session_id": session.session_id}
            session.dispatch(event, event_data)
        session.attach(connection, delivered=0)
        return session
