"""Messages the bot creates and edits through the double: attachments, file bytes, edit semantics."""

from __future__ import annotations

import copy
from typing import Any

from . import payloads
from .payloads import snowflake
from .records import InteractionRecord
from .rest import Files


class MessageMixin:
    """Part of DiscordDouble: every message the bot sent, by id, in its current state."""

    app_id: int
    base_url: str
    messages: dict[int, dict[str, Any]]
    _files: dict[int, tuple[str, bytes, str]]
    _message_records: dict[int, InteractionRecord]

    def bot_user_payload(self, *, full: bool = False) -> dict[str, Any]:
        raise NotImplementedError

    def _channel(self, channel_id: int) -> dict[str, Any] | None:
        raise NotImplementedError

    def _attachments(
        self, body: dict[str, Any], files: Files, kept: list[dict[str, Any]]
    ) -> list[dict[str, Any]]:
        """Attachment objects for a message body: kept ones by id, new uploads by their files[n] index."""
        by_id = {a["id"]: a for a in kept}
        entries = body.get("attachments")
        if entries is None:
            entries = [*({"id": a["id"]} for a in kept), *({"id": i} for i in sorted(files))]
        result = []
        for entry in entries:
            if str(entry.get("id")) in by_id:
                result.append(by_id[str(entry["id"])])
                continue
            index = int(entry["id"])
            if index not in files:
                continue
            filename, data, content_type = files[index]
            attachment_id = snowflake()
            self._files[attachment_id] = (entry.get("filename") or filename, data, content_type)
            url = f"{self.base_url}/attachments/{attachment_id}/{entry.get('filename') or filename}"
            result.append(
                {
                    "id": str(attachment_id),
                    "filename": entry.get("filename") or filename,
                    "description": entry.get("description"),
                    "size": len(data),
                    "content_type": content_type,
                    "url": url,
                    "proxy_url": url,
                }
            )
        return result

    def _with_files(self, message: dict[str, Any]) -> dict[str, Any]:
        message["files"] = [
            {
                "filename": a["filename"],
                "content_type": a["content_type"],
                "data": self._files[int(a["id"])][1],
            }
            for a in message["attachments"]
        ]
        return message

    def _create_message(
        self,
        body: dict[str, Any],
        files: Files,
        *,
        record: InteractionRecord | None = None,
        channel_id: int | None = None,
    ) -> dict[str, Any]:
        if record is not None:
            channel_id = int(record.payload["channel_id"])
        assert channel_id is not None
        channel = self._channel(channel_id)
        guild_id = int(channel["guild_id"]) if channel else None
        message_body = {**body, "attachments": self._attachments(body, files, [])}
        message = payloads.message(
            message_id=snowflake(),
            channel_id=channel_id,
            author=self.bot_user_payload(),
            body=message_body,
            application_id=self.app_id if record is not None else None,
            webhook_id=self.app_id if record is not None else None,
            guild_id=guild_id,
        )
        message["allowed_mentions"] = body.get("allowed_mentions")
        self._with_files(message)
        self.messages[int(message["id"])] = message
        if record is not None:
            self._message_records[int(message["id"])] = record
        return message

    def _edited(self, message: dict[str, Any], body: dict[str, Any], files: Files) -> dict[str, Any]:
        """What `message` becomes after an edit with `body` (not stored yet; validated first)."""
        edited = copy.deepcopy(message)
        for key in ("content", "embeds", "components", "poll"):
            if key in body:
                edited[key] = body[key] if body[key] is not None else ([] if key != "content" else "")
        if "flags" in body and body["flags"] is not None:
            # Only suppress-embeds can change on an edit; visibility is fixed when the message is sent.
            edited["flags"] = (int(edited.get("flags") or 0) & ~4) | (int(body["flags"]) & 4)
        if "allowed_mentions" in body:
            edited["allowed_mentions"] = body["allowed_mentions"]
        if "attachments" in body or files:
            edited["attachments"] = self._attachments(body, files, message.get("attachments", []))
        return self._with_files(edited)

    def _store_edit(self, message: dict[str, Any], edited: dict[str, Any]) -> dict[str, Any]:
        edited["edited_timestamp"] = payloads.now_iso()
        self.messages[int(edited["id"])] = edited
        return edited
