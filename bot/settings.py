"""Runtime settings, read once from the environment and `.env`; the only place that looks at either."""

from __future__ import annotations

import ipaddress
import logging
import os
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit, urlunsplit

from pydantic import AliasChoices, Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot.errors import InputError

MB = 1024 * 1024
# The one definition of what a PostgreSQL URL starts with (bot.store.is_postgres_url uses it too).
POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def sqlite_path(database: str) -> Path:
    """The file of a SQLite database setting: a plain path, or sqlite:///relative, sqlite:////absolute."""
    if database.startswith("sqlite://"):
        return Path(database.removeprefix("sqlite://").removeprefix("/"))
    return Path(database)


def redact_url(database: str) -> str:
    """`database` with any password in it replaced by ***."""
    if "://" not in database:
        return database
    parts = urlsplit(database)
    if parts.password is None:
        return database
    netloc = parts.netloc.rsplit("@", 1)
    user = netloc[0].split(":", 1)[0]
    return urlunsplit(parts._replace(netloc=f"{user}:***@{netloc[1]}"))


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
    # A SQLite file path (or sqlite:///path), or a postgresql:// URL; see `database_kind`.
    database: str = Field(default="data/newsdesk.db", validation_alias=AliasChoices("NEWSDESK_DB", "db_path"))
    # SQLite only: rank full-text searches with the tantivy index kept beside the database file.
    search_index: bool = Field(default=True, validation_alias=AliasChoices("NEWSDESK_SEARCH_INDEX"))
    seeds_dir: Path = Field(default=Path("seeds"), validation_alias=AliasChoices("NEWSDESK_SEEDS"))
    log_level: str = Field(default="INFO", validation_alias=AliasChoices("NEWSDESK_LOG_LEVEL"))
    dev_guild_id: int | None = Field(default=None, validation_alias=AliasChoices("NEWSDESK_DEV_GUILD_ID"))
    max_article_chars: int = Field(
        default=1_000_000, gt=0, validation_alias=AliasChoices("NEWSDESK_MAX_ARTICLE_CHARS")
    )
    max_download_bytes: int = Field(
        default=5 * MB, gt=0, validation_alias=AliasChoices("NEWSDESK_MAX_DOWNLOAD_BYTES")
    )
    # Seconds one article's analysis may take; 0 = no limit (analysis then runs in a thread).
    max_analysis_seconds: float = Field(
        default=60.0, ge=0, validation_alias=AliasChoices("NEWSDESK_MAX_ANALYSIS_SECONDS")
    )
    fetch_timeout: float = Field(default=15.0, gt=0, validation_alias=AliasChoices("NEWSDESK_FETCH_TIMEOUT"))
    query_timeout: float = Field(default=10.0, gt=0, validation_alias=AliasChoices("NEWSDESK_QUERY_TIMEOUT"))
    max_redirects: int = Field(default=5, ge=0, validation_alias=AliasChoices("NEWSDESK_MAX_REDIRECTS"))
    # Hosts or networks that may be fetched even though they resolve to private addresses.
    # Comma-separated in the environment ("127.0.0.1,intranet.example,10.0.0.0/8").
    url_allowlist: Annotated[tuple[str, ...], NoDecode] = Field(
        default=(), validation_alias=AliasChoices("NEWSDESK_URL_ALLOWLIST")
    )
    # Discord sharding across processes: every process gets the same count and its own shard ids.
    # Unset: one process runs every shard, as many as Discord recommends.
    shard_count: int | None = Field(default=None, gt=0, validation_alias=AliasChoices("NEWSDESK_SHARD_COUNT"))
    shard_ids: Annotated[tuple[int, ...] | None, NoDecode] = Field(
        default=None, validation_alias=AliasChoices("NEWSDESK_SHARD_IDS")
    )
    # Feeds (/feed): minutes between two polls of a feed (each feed keeps its own schedule, with jitter),
    # at most this many new articles per feed per poll, how many feeds a server may follow, and how
    # many hours a feed may fail before it is paused.
    feed_interval_minutes: float = Field(
        default=15.0, ge=5, validation_alias=AliasChoices("NEWSDESK_FEED_INTERVAL_MINUTES")
    )
    feed_max_items: int = Field(
        default=5, ge=1, le=20, validation_alias=AliasChoices("NEWSDESK_FEED_MAX_ITEMS")
    )
    feeds_per_server: int = Field(
        default=20, ge=1, le=100, validation_alias=AliasChoices("NEWSDESK_FEEDS_PER_SERVER")
    )
    feed_pause_hours: float = Field(
        default=24.0, gt=0, validation_alias=AliasChoices("NEWSDESK_FEED_PAUSE_HOURS")
    )
    # Seconds between two looks at which feeds are due (and at announcements to post).
    feed_check_seconds: float = Field(
        default=30.0, gt=0, validation_alias=AliasChoices("NEWSDESK_FEED_CHECK_SECONDS")
    )
    # The heartbeat `newsdesk health` reads; default: beside the SQLite file, or the temp folder.
    health_file_path: Path | None = Field(default=None, validation_alias=AliasChoices("NEWSDESK_HEALTH_FILE"))

    def __repr_args__(self) -> Any:
        # The token is a SecretStr; a PostgreSQL URL may hold a password too.
        for name, value in super().__repr_args__():
            yield name, redact_url(value) if name == "database" else value

    @property
    def database_kind(self) -> Literal["sqlite", "postgres"]:
        return "postgres" if self.database.startswith(POSTGRES_SCHEMES) else "sqlite"

    @property
    def db_path(self) -> Path | None:
        """The SQLite file, or None when the library is in PostgreSQL."""
        if self.database_kind == "postgres":
            return None
        return sqlite_path(self.database)

    @property
    def database_display(self) -> str:
        """The database for messages and logs: a PostgreSQL URL without its password."""
        return redact_url(self.database)

    @field_validator("database", mode="before")
    @classmethod
    def _database_url(cls, value: Any) -> Any:
        if isinstance(value, os.PathLike):
            return os.fspath(value)
        if isinstance(value, str):
            value = value.strip()
            scheme = value.split("://", 1)[0].lower() if "://" in value else None
            if scheme is not None and f"{scheme}://" not in ("sqlite://", *POSTGRES_SCHEMES):
                raise ValueError(
                    "use a file path, sqlite:///path or postgresql://user:password@host/database"
                )
            if not value:
                raise ValueError("empty")
        return value

    @field_validator("shard_count", "health_file_path", mode="before")
    @classmethod
    def _empty_is_none(cls, value: Any) -> Any:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("shard_ids", mode="before")
    @classmethod
    def _split_shard_ids(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = [v for v in value.replace(" ", ",").split(",") if v.strip()] or None
        return value

    @model_validator(mode="after")
    def _shards_fit(self) -> Settings:
        if self.shard_ids is not None:
            if self.shard_count is None:
                raise ValueError("NEWSDESK_SHARD_IDS needs NEWSDESK_SHARD_COUNT")
            wrong = [i for i in self.shard_ids if not 0 <= i < self.shard_count]
            if wrong or len(set(self.shard_ids)) != len(self.shard_ids):
                raise ValueError(
                    f"NEWSDESK_SHARD_IDS must be distinct numbers from 0 to {self.shard_count - 1}"
                )
        return self

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
        if not error["loc"]:  # a rule across settings (shards): its message names the variables
            raise InputError(f"{error['msg'].removeprefix('Value error, ')}.") from None
        where = str(error["loc"][0]) if error["loc"] else "settings"
        names = {n: f.validation_alias for n, f in Settings.model_fields.items()}
        alias = names.get(where)
        variable = alias.choices[0] if isinstance(alias, AliasChoices) else where
        raise InputError(f"Setting {variable} is invalid: {error['msg']}.") from None
