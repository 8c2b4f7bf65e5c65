"""Runtime settings, read once from the environment and `.env`; the only place that looks at either."""

from __future__ import annotations

import ipaddress
import logging
from pathlib import Path
from typing import Annotated, Any

from pydantic import AliasChoices, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot.errors import InputError

MB = 1024 * 1024


class Settings(BaseSettings):
    """Everything Newsdesk can be configured with. Field docs are in `.env.example`."""

    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        populate_by_name=True,
        frozen=True,
    )

    discord_token: SecretStr | None = Field(default=None, validation_alias=AliasChoices("DISCORD_TOKEN"))
    db_path: Path = Field(default=Path("data/newsdesk.db"), validation_alias=AliasChoices("NEWSDESK_DB"))
    seeds_dir: Path = Field(default=Path("seeds"), validation_alias=AliasChoices("NEWSDESK_SEEDS"))
    log_level: str = Field(default="INFO", validation_alias=AliasChoices("NEWSDESK_LOG_LEVEL"))
    dev_guild_id: int | None = Field(default=None, validation_alias=AliasChoices("NEWSDESK_DEV_GUILD_ID"))
    max_article_chars: int = Field(
        default=1_000_000, gt=0, validation_alias=AliasChoices("NEWSDESK_MAX_ARTICLE_CHARS")
    )
    max_download_bytes: int = Field(
        default=5 * MB, gt=0, validation_alias=AliasChoices("NEWSDESK_MAX_DOWNLOAD_BYTES")
    )
    fetch_timeout: float = Field(default=15.0, gt=0, validation_alias=AliasChoices("NEWSDESK_FETCH_TIMEOUT"))
    max_redirects: int = Field(default=5, ge=0, validation_alias=AliasChoices("NEWSDESK_MAX_REDIRECTS"))
    # Hosts or networks that may be fetched even though they resolve to private addresses.
    # Comma-separated in the environment ("127.0.0.1,intranet.example,10.0.0.0/8").
    url_allowlist: Annotated[tuple[str, ...], NoDecode] = Field(
        default=(), validation_alias=AliasChoices("NEWSDESK_URL_ALLOWLIST")
    )

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        level = value.strip().upper()
        if not isinstance(logging.getLevelName(level), int):
            raise ValueError(f"unknown log level {value!r} (use DEBUG, INFO, WARNING or ERROR)")
        return level

    @field_validator("dev_guild_id", "discord_token", mode="before")
    @classmethod
    def _empty_is_unset(cls, value: Any) -> Any:
        # `.env.example` lists every name with an empty value; empty means "not set".
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("url_allowlist", mode="before")
    @classmethod
    def _split_allowlist(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = value.split(",")
        entries = tuple(str(v).strip().lower() for v in value if str(v).strip())
        for entry in entries:
            if "/" in entry:
                try:
                    ipaddress.ip_network(entry, strict=False)
                except ValueError:
                    raise ValueError(f"{entry!r} is not a network like 10.0.0.0/8") from None
        return entries


def load_settings(**overrides: Any) -> Settings:
    """Settings from the environment and `.env`; a bad value is one sentence naming the variable."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        error = exc.errors()[0]
        where = str(error["loc"][0]) if error["loc"] else "settings"
        names = {n: f.validation_alias for n, f in Settings.model_fields.items()}
        alias = names.get(where)
        variable = alias.choices[0] if isinstance(alias, AliasChoices) else where
        raise InputError(f"Setting {variable} is invalid: {error['msg']}.") from None
