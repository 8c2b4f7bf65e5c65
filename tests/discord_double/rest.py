"""The double's REST API: login, command sync, interaction callbacks, webhook followups and channel messages."""

from __future__ import annotations

import asyncio
import copy
import json
import mimetypes
from typing import TYPE_CHECKING, Any, NamedTuple

from aiohttp import web

from .payloads import EPHEMERAL, LOADING
from .records import InteractionRecord
from .validation import (
    MAX_UPLOAD_BYTES,
    check_autocomplete,
    check_commands,
    check_message,
    check_modal,
    focused_option_type,
)

if TYPE_CHECKING:
    from .double import DiscordDouble

Files = dict[int, tuple[str, bytes, str]]


class _Callback(NamedTuple):
    """An interaction callback the bot sent: its type, data and files, and (for type 7) the message
    whose component was used."""

    record: InteractionRecord
    kind: int
    data: dict[str, Any]
    files: Files
    target: dict[str, Any] | None


# Which callback types Discord accepts for each interaction type.
_ALLOWED_CALLBACKS = {2: {4, 5, 9}, 3: {4, 5, 6, 7, 9}, 4: {8}, 5: {4, 5, 6, 7}}


def json_response(data: Any, status: int = 200) -> web.Response:
    # discord.py decodes JSON only for exactly "application/json": no charset parameter.
    return web.Response(body=json.dumps(data).encode(), status=status, content_type="application/json")


def error(status: int, code: int, message: str, problems: list[str] | None = None) -> web.Response:
    body: dict[str, Any] = {"code": code, "message": message}
    if problems:
        body["errors"] = {"form": {"_errors": [{"code": "INVALID", "message": p} for p in problems]}}
    return json_response(body, status)


def public(message: dict[str, Any]) -> dict[str, Any]:
    """The message as Discord returns it (the record also keeps file bytes and allowed_mentions)."""
    return {k: v for k, v in message.items() if k not in ("files", "allowed_mentions")}


async def read_body(request: web.Request) -> tuple[dict[str, Any], Files]:
    """JSON or multipart (payload_json + files[n]) request bodies."""
    if not request.content_type.startswith("multipart/"):
        raw = await request.read()
        return (json.loads(raw) if raw else {}), {}
    body: dict[str, Any] = {}
    files: Files = {}
    reader = await request.multipart()
    while (part := await reader.next()) is not None:
        name = getattr(part, "name", None) or ""
        data = await part.read()  # type: ignore[union-attr]
        if name == "payload_json":
            body = json.loads(data)
        elif name.startswith("files["):
            index = int(name[len("files[") : -1])
            filename = getattr(part, "filename", None) or f"file{index}"
            content_type = part.headers.get("Content-Type", "application/octet-stream")
            if content_type == "application/octet-stream":
                # Discord works the type out from the file name, as this does.
                content_type = mimetypes.guess_type(filename)[0] or content_type
            files[index] = (filename, bytes(data), content_type)
    return body, files


class Rest:
    """Route handlers; all state lives on the DiscordDouble so tests can look at it."""

    def __init__(self, double: DiscordDouble) -> None:
        self.double = double

    def routes(self) -> list[web.RouteDef]:
        api = "/api/v10"
        return [
            web.get(f"{api}/users/@me", self.get_me),
            web.get(f"{api}/oauth2/applications/@me", self.get_application),
            web.get(f"{api}/applications/@me", self.get_application),
            web.get(f"{api}/gateway", self.get_gateway),
            web.get(f"{api}/gateway/bot", self.get_gateway),
            web.put(f"{api}/applications/{{app}}/commands", self.put_commands),
            web.get(f"{api}/applications/{{app}}/commands", self.get_commands),
            web.put(f"{api}/applications/{{app}}/guilds/{{guild}}/commands", self.put_commands),
            web.get(f"{api}/applications/{{app}}/guilds/{{guild}}/commands", self.get_commands),
            web.post(f"{api}/interactions/{{id}}/{{token}}/callback", self.interaction_callback),
            web.post(f"{api}/webhooks/{{app}}/{{token}}", self.followup),
            web.get(f"{api}/webhooks/{{app}}/{{token}}/messages/{{message}}", self.get_webhook_message),
            web.patch(f"{api}/webhooks/{{app}}/{{token}}/messages/{{message}}", self.edit_webhook_message),
            web.delete(f"{api}/webhooks/{{app}}/{{token}}/messages/{{message}}", self.delete_webhook_message),
            web.get(f"{api}/channels/{{channel}}", self.get_channel),
            web.post(f"{api}/channels/{{channel}}/messages", self.channel_message),
            web.get(f"{api}/channels/{{channel}}/messages/{{message}}", self.get_channel_message),
            web.patch(f"{api}/channels/{{channel}}/messages/{{message}}", self.edit_channel_message),
            web.delete(f"{api}/channels/{{channel}}/messages/{{message}}", self.delete_channel_message),
            web.get("/attachments/{id}/{filename}", self.get_attachment),
        ]

    # --- errors -----------------------------------------------------------------------------------

    async def _reject(
        self,
        request: web.Request,
        record: InteractionRecord | None,
        status: int,
        code: int,
        message: str,
        problems: list[str] | None = None,
    ) -> web.Response:
        rejection = {
            "method": request.method,
            "path": request.path,
            "status": status,
            "code": code,
            "message": message,
            "problems": problems or [],
        }
        self.double.rejections.append(rejection)
        if record is not None:
            record.rejections.append(rejection)
            await record._notify()
        return error(status, code, message, problems)

    async def _body(self, request: web.Request, record: InteractionRecord | None) -> tuple[Any, Files]:
        body, files = await read_body(request)
        too_big = [name for name, data, _ in files.values() if len(data) > MAX_UPLOAD_BYTES]
        if too_big:
            return await self._reject(request, record, 413, 40005, "Request entity too large", too_big), {}
        return body, files

    # --- login and sync ---------------------------------------------------------------------------

    async def get_me(self, request: web.Request) -> web.Response:
        return json_response(self.double.bot_user_payload(full=True))

    async def get_application(self, request: web.Request) -> web.Response:
        return json_response(self.double.application_payload())

    async def get_gateway(self, request: web.Request) -> web.Response:
        return json_response(
            {
                "url": self.double.gateway_url,
                "shards": self.double.shard_count,
                "session_start_limit": {
                    "total": 1000,
                    "remaining": 1000,
                    "reset_after": 0,
                    "max_concurrency": 1,
                },
            }
        )

    async def put_commands(self, request: web.Request) -> web.Response:
        guild = request.match_info.get("guild")
        guild_id = int(guild) if guild else None
        if int(request.match_info["app"]) != self.double.app_id:
            return await self._reject(request, None, 403, 50001, "Missing Access")
        body = await request.json()
        problems = check_commands(body)
        if problems:
            return await self._reject(request, None, 400, 50035, "Invalid Form Body", problems)
        return json_response(self.double._store_commands(guild_id, body))

    async def get_commands(self, request: web.Request) -> web.Response:
        guild = request.match_info.get("guild")
        return json_response(self.double.synced_commands(int(guild) if guild else None))

    # --- interactions -----------------------------------------------------------------------------

    async def interaction_callback(self, request: web.Request) -> web.Response:
        double = self.double
        record = double._records.get(int(request.match_info["id"]))
        if record is None or record.token != request.match_info["token"]:
            return await self._reject(request, None, 404, 10062, "Unknown interaction")
        deadline = double.ack_deadline
        if deadline is not None and asyncio.get_running_loop().time() - record.sent_at > deadline:
            # Past the deadline Discord has shown "The application did not respond" and forgot the token.
            return await self._reject(request, record, 404, 10062, "Unknown interaction")
        body, files = await self._body(request, record)
        if isinstance(body, web.Response):
            return body
        if record.acknowledged:
            return await self._reject(
                request, record, 400, 40060, "Interaction has already been acknowledged."
            )
        kind, data = body.get("type"), body.get("data") or {}
        if kind not in _ALLOWED_CALLBACKS.get(record.type, set()):
            problem = f"callback type {kind} is not valid for an interaction of type {record.type}"
            return await self._reject(request, record, 400, 50035, "Invalid Form Body", [problem])

        target = double.messages.get(int(record.payload["message"]["id"])) if kind == 7 else None
        if kind == 7 and target is None:
            return await self._reject(request, record, 404, 10008, "Unknown Message")
        callback = _Callback(record, kind, data, files, target)
        problems = self._callback_problems(callback)
        if problems:
            return await self._reject(request, record, 400, 50035, "Invalid Form Body", problems)
        record.callbacks.append({"type": kind, "data": data})
        message = self._apply_callback(callback)
        await record._notify()
        if "with_response" not in request.query:
            return web.Response(status=204)
        return json_response(_callback_response(record, kind, message))

    def _callback_problems(self, callback: _Callback) -> list[str]:
        """What Discord's form checks would refuse in a callback's data, by its type."""
        record, kind, data, files, target = callback
        if kind == 4:
            return check_message(data, file_count=len(files))
        if kind == 7 and target is not None:
            return check_message(self.double._edited(target, data, files), file_count=0)
        if kind == 8:
            options = (record.payload.get("data") or {}).get("options") or []
            return check_autocomplete(data, focused_option_type(options))
        if kind == 9:
            return check_modal(data)
        return []

    def _apply_callback(self, callback: _Callback) -> dict[str, Any] | None:
        """What an accepted callback does to the interaction; the message it created or edited."""
        record, kind, data, files, target = callback
        double = self.double
        message: dict[str, Any] | None = None
        if kind == 4:
            message = double._create_message(data, files, record=record)
            record.original = message
            record.messages.append(copy.deepcopy(message))
        elif kind == 5:
            loading = {"flags": LOADING | (int(data.get("flags") or 0) & EPHEMERAL)}
            message = double._create_message(loading, {}, record=record)
            record.original = message
        elif kind == 7 and target is not None:
            message = double._store_edit(target, double._edited(target, data, files))
            record.original = message
            record.messages.append(copy.deepcopy(message))
        elif kind == 6 and "message" in record.payload:
            # After a deferred update, "@original" is the message the component is on.
            record.original = double.messages.get(int(record.payload["message"]["id"]))
        elif kind == 8:
            record.choices = data.get("choices", [])
        elif kind == 9:
            record.modal = data
        return message

    async def _message_body(
        self, request: web.Request, record: InteractionRecord | None
    ) -> tuple[Any, Files]:
        """A new message's body and files, or the rejection Discord's form checks would give it."""
        body, files = await self._body(request, record)
        if isinstance(body, web.Response):
            return body, files
        problems = check_message(body, file_count=len(files))
        if problems:
            return await self._reject(request, record, 400, 50035, "Invalid Form Body", problems), files
        return body, files

    def _webhook_record(self, request: web.Request) -> InteractionRecord | None:
        if int(request.match_info["app"]) != self.double.app_id:
            return None
        return self.double._records_by_token.get(request.match_info["token"])

    async def followup(self, request: web.Request) -> web.Response:
        double = self.double
        record = self._webhook_record(request)
        if record is None or not record.acknowledged:
            # Discord knows the interaction webhook only once the interaction was acknowledged.
            return await self._reject(request, record, 404, 10015, "Unknown Webhook")
        body, files = await self._message_body(request, record)
        if isinstance(body, web.Response):
            return body
        original = record.original
        if original is not None and int(original.get("flags") or 0) & LOADING:
            # The first followup after a defer replaces the "thinking…" message and keeps its visibility.
            edited = double._edited(original, {k: v for k, v in body.items() if k != "flags"}, files)
            flags = int(body.get("flags") or 0) & ~(EPHEMERAL | LOADING)
            edited["flags"] = (int(original["flags"]) & EPHEMERAL) | flags
            message = double._store_edit(original, edited)
            record.original = message
        else:
            message = double._create_message(body, files, record=record)
        record.messages.append(copy.deepcopy(message))
        await record._notify()
        if request.query.get("wait", "false").lower() in ("true", "1"):
            return json_response(public(message))
        return web.Response(status=204)

    def _webhook_message(self, request: web.Request, record: InteractionRecord) -> dict[str, Any] | None:
        which = request.match_info["message"]
        if which == "@original":
            return record.original
        message = self.double.messages.get(int(which))
        if message is None or self.double._message_records.get(int(which)) is not record:
            return None
        return message

    async def get_webhook_message(self, request: web.Request) -> web.Response:
        record = self._webhook_record(request)
        message = self._webhook_message(request, record) if record is not None else None
        if message is None:
            return await self._reject(request, record, 404, 10008, "Unknown Message")
        return json_response(public(message))

    async def edit_webhook_message(self, request: web.Request) -> web.Response:
        double = self.double
        record = self._webhook_record(request)
        message = self._webhook_message(request, record) if record is not None else None
        if record is None or message is None:
            return await self._reject(request, record, 404, 10008, "Unknown Message")
        body, files = await self._body(request, record)
        if isinstance(body, web.Response):
            return body
        edited = double._edited(message, body, files)
        edited["flags"] = int(edited.get("flags") or 0) & ~LOADING
        problems = check_message(edited, file_count=0)
        if problems:
            return await self._reject(request, record, 400, 50035, "Invalid Form Body", problems)
        stored = double._store_edit(message, edited)
        if record.original is not None and record.original["id"] == stored["id"]:
            record.original = stored
        record.messages.append(copy.deepcopy(stored))
        await record._notify()
        return json_response(public(stored))

    async def delete_webhook_message(self, request: web.Request) -> web.Response:
        record = self._webhook_record(request)
        message = self._webhook_message(request, record) if record is not None else None
        if record is None or message is None:
            return await self._reject(request, record, 404, 10008, "Unknown Message")
        self.double.messages.pop(int(message["id"]), None)
        record.deleted.append(int(message["id"]))
        if record.original is not None and record.original["id"] == message["id"]:
            # With the original gone, a later followup is a message of its own, with its own flags.
            record.original = None
        await record._notify()
        return web.Response(status=204)

    # --- channels ---------------------------------------------------------------------------------

    async def get_channel(self, request: web.Request) -> web.Response:
        channel = self.double._channel(int(request.match_info["channel"]))
        if channel is None:
            return await self._reject(request, None, 404, 10003, "Unknown Channel")
        return json_response(channel)

    async def channel_message(self, request: web.Request) -> web.Response:
        double = self.double
        channel_id = int(request.match_info["channel"])
        channel = double._channel(channel_id)
        if channel is None and channel_id in double.left_channels:
            return await self._reject(request, None, 403, 50001, "Missing Access")
        if channel is None:
            return await self._reject(request, None, 404, 10003, "Unknown Channel")
        body, files = await self._message_body(request, None)
        if isinstance(body, web.Response):
            return body
        nonce = str(body["nonce"]) if body.get("nonce") is not None else None
        if nonce is not None and body.get("enforce_nonce"):
            # Discord returns the message it already created with this nonce (within a few
            # minutes; the double remembers for its whole life) instead of posting another.
            earlier = double.messages.get(double.nonces.get(nonce, 0))
            if earlier is not None:
                return json_response(public(earlier))
        message = double._create_message(body, files, channel_id=int(channel["id"]))
        if nonce is not None:
            double.nonces[nonce] = int(message["id"])
        double.channel_messages.append(copy.deepcopy(message))
        return json_response(public(message))

    def _channel_message(self, request: web.Request) -> dict[str, Any] | None:
        message = self.double.messages.get(int(request.match_info["message"]))
        if message is None or message["channel_id"] != request.match_info["channel"]:
            return None
        if int(message.get("flags") or 0) & EPHEMERAL:
            return None  # ephemeral messages exist only for their user, not in the channel
        return message

    async def get_channel_message(self, request: web.Request) -> web.Response:
        message = self._channel_message(request)
        if message is None:
            return await self._reject(request, None, 404, 10008, "Unknown Message")
        return json_response(public(message))

    async def edit_channel_message(self, request: web.Request) -> web.Response:
        message = self._channel_message(request)
        if message is None:
            return await self._reject(request, None, 404, 10008, "Unknown Message")
        body, files = await self._body(request, None)
        if isinstance(body, web.Response):
            return body
        edited = self.double._edited(message, body, files)
        problems = check_message(edited, file_count=0)
        if problems:
            return await self._reject(request, None, 400, 50035, "Invalid Form Body", problems)
        stored = self.double._store_edit(message, edited)
        self.double.channel_messages.append(copy.deepcopy(stored))
        return json_response(public(stored))

    async def delete_channel_message(self, request: web.Request) -> web.Response:
        message = self._channel_message(request)
        if message is None:
            return await self._reject(request, None, 404, 10008, "Unknown Message")
        self.double.messages.pop(int(message["id"]), None)
        return web.Response(status=204)

    async def get_attachment(self, request: web.Request) -> web.Response:
        stored = self.double._files.get(int(request.match_info["id"]))
        if stored is None:
            return web.Response(status=404, text="no such attachment")
        _, data, content_type = stored
        return web.Response(body=data, content_type=content_type)


def _callback_response(
    record: InteractionRecord, kind: int, message: dict[str, Any] | None
) -> dict[str, Any]:
    """The body of a callback answered `with_response`: the interaction and what it made."""
    interaction: dict[str, Any] = {"id": str(record.id), "type": record.type}
    resource: dict[str, Any] = {"type": kind}
    if message is not None:
        flags = int(message.get("flags") or 0)
        interaction.update(
            response_message_id=message["id"],
            response_message_loading=bool(flags & LOADING),
            response_message_ephemeral=bool(flags & EPHEMERAL),
        )
        resource["message"] = public(message)
    return {"interaction": interaction, "resource": resource}
