"""Runtime settings, read once from the environment and `.env`; the only place that looks at either.

Each setting is declared once, in `Settings` below: its variable, default and parser. Reading them
takes a few milliseconds (pydantic-settings took 90-150 ms of every command's start)."""

from __future__ import annotations

import dataclasses
import ipaddress
import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit, urlunsplit

from bot.errors import InputError

MB = 1024 * 1024
# The one definition of what a PostgreSQL URL starts with (bot.store.is_postgres_url uses it too).
POSTGRES_SCHEMES = ("postgresql://", "postgres://")
ENV_FILE = ".env"


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


class Secret:
    """A value kept out of repr() and logs (the bot token); `get_secret_value()` reads it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def get_secret_value(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('**********')"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


# ---- parsers: each takes what the environment gives (a string) or a typed value (code, tests), and
# returns the value or raises ValueError with a clause saying what is wrong ---------------------------

Parse = Callable[[Any], Any]


def _optional(parse: Parse) -> Parse:
    """Unset, or empty as `.env.example` lists it: None."""

    def parse_optional(value: Any) -> Any:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        return parse(value)

    return parse_optional


def _number(
    kind: type[int] | type[float],
    *,
    gt: float | None = None,
    ge: float | None = None,
    le: float | None = None,
) -> Parse:
    noun = "a whole number" if kind is int else "a number"

    def parse_number(value: Any) -> int | float:
        try:
            if isinstance(value, bool) or (
                kind is int and isinstance(value, float) and not value.is_integer()
            ):
                raise ValueError
            # int() directly: a Discord id (19 digits) does not survive a float.
            number = int(value) if kind is int else float(value)
        except (TypeError, ValueError):
            raise ValueError(f"{value!r} is not {noun}") from None
        if number != number or abs(number) == float("inf"):
            raise ValueError(f"{value!r} is not {noun}")
        if gt is not None and not number > gt:
            raise ValueError(f"it must be more than {gt}")
        if ge is not None and not number >= ge:
            raise ValueError(f"it must be at least {ge}")
        if le is not None and not number <= le:
            raise ValueError(f"it must be at most {le}")
        return number

    return parse_number


TRUE = frozenset({"1", "true", "t", "yes", "y", "on"})
FALSE = frozenset({"0", "false", "f", "no", "n", "off"})


def _boolean(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    word = str(value).strip().lower()
    if word in TRUE | FALSE:
        return word in TRUE
    raise ValueError(f"{value!r} is not true or false")


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{value!r} is not text")
    return value


def _path(value: Any) -> Path:
    if not isinstance(value, str | os.PathLike):
        raise ValueError(f"{value!r} is not a path")
    return Path(value)


def _secret(value: Any) -> Secret:
    return value if isinstance(value, Secret) else Secret(_text(value))


def _database(value: Any) -> str:
    value = os.fspath(value) if isinstance(value, os.PathLike) else _text(value).strip()
    scheme = value.split("://", 1)[0].lower() if "://" in value else None
    if scheme is not None and f"{scheme}://" not in ("sqlite://", *POSTGRES_SCHEMES):
        raise ValueError("use a file path, sqlite:///path or postgresql://user:password@host/database")
    if not value:
        raise ValueError("it is empty")
    return value


def _log_level(value: Any) -> str:
    level = _text(value).strip().upper()
    if not isinstance(logging.getLevelName(level), int):
        raise ValueError(f"unknown log level {value!r} (use DEBUG, INFO, WARNING or ERROR)")
    return level


def _items(value: Any) -> Iterable[Any]:
    """A comma-separated string (spaces allowed) or a sequence, as a list of its non-empty items."""
    parts = value.replace(" ", ",").split(",") if isinstance(value, str) else list(value)
    return [p for p in parts if str(p).strip()]


def _allowlist(value: Any) -> tuple[str, ...]:
    entries = tuple(str(v).strip().lower() for v in (value.split(",") if isinstance(value, str) else value))
    entries = tuple(e for e in entries if e)
    for entry in entries:
        if "/" in entry:
            try:
                ipaddress.ip_network(entry, strict=False)
            except ValueError:
                raise ValueError(f"{entry!r} is not a network like 10.0.0.0/8") from None
    return entries


def _shard_ids(value: Any) -> tuple[int, ...] | None:
    whole = _number(int)
    return tuple(whole(v) for v in _items(value)) or None


def _setting(variable: str, default: Any, parse: Parse, *, alias: str | None = None) -> Any:
    """A setting: its environment variable, default, and parser (which also checks typed values)."""
    return field(default=default, metadata={"variable": variable, "parse": parse, "alias": alias})


class SettingError(ValueError):
    """One bad setting, or a rule across settings; the message is the sentence the user reads."""


@dataclass(frozen=True, repr=False)
class Settings:
    """Everything Newsdesk can be configured with. Field docs are in `.env.example`."""

    discord_token: Secret | None = _setting("DISCORD_TOKEN", None, _optional(_secret))
    # A SQLite file path (or sqlite:///path), or a postgresql:// URL; see `database_kind`.
    database: str = _setting("NEWSDESK_DB", "data/newsdesk.db", _database, alias="db_path")
    # SQLite only: rank full-text searches with the tantivy index kept beside the database file.
    search_index: bool = _setting("NEWSDESK_SEARCH_INDEX", True, _boolean)
    seeds_dir: Path = _setting("NEWSDESK_SEEDS", Path("seeds"), _path)
    log_level: str = _setting("NEWSDESK_LOG_LEVEL", "INFO", _log_level)
    dev_guild_id: int | None = _setting("NEWSDESK_DEV_GUILD_ID", None, _optional(_number(int)))
    max_article_chars: int = _setting("NEWSDESK_MAX_ARTICLE_CHARS", 1_000_000, _number(int, gt=0))
    max_download_bytes: int = _setting("NEWSDESK_MAX_DOWNLOAD_BYTES", 5 * MB, _number(int, gt=0))
    # Seconds one article's analysis may take; 0 = no limit (analysis then runs in a thread).
    max_analysis_seconds: float = _setting("NEWSDESK_MAX_ANALYSIS_SECONDS", 60.0, _number(float, ge=0))
    fetch_timeout: float = _setting("NEWSDESK_FETCH_TIMEOUT", 15.0, _number(float, gt=0))
    query_timeout: float = _setting("NEWSDESK_QUERY_TIMEOUT", 10.0, _number(float, gt=0))
    max_redirects: int = _setting("NEWSDESK_MAX_REDIRECTS", 5, _number(int, ge=0))
    # Hosts or networks that may be fetched even though they resolve to private addresses.
    # Comma-separated in the environment ("127.0.0.1,intranet.example,10.0.0.0/8").
    url_allowlist: tuple[str, ...] = _setting("NEWSDESK_URL_ALLOWLIST", (), _allowlist)
    # Discord sharding across processes: every process gets the same count and its own shard ids.
    # Unset: one process runs every shard, as many as Discord recommends.
    shard_count: int | None = _setting("NEWSDESK_SHARD_COUNT", None, _optional(_number(int, gt=0)))
    shard_ids: tuple[int, ...] | None = _setting("NEWSDESK_SHARD_IDS", None, _optional(_shard_ids))
    # Feeds (/feed): minutes between two polls of a feed (each feed keeps its own schedule, with jitter),
    # at most this many new articles per feed per poll, how many feeds a server may follow, and how
    # many hours a feed may fail before it is paused.
    feed_interval_minutes: float = _setting("NEWSDESK_FEED_INTERVAL_MINUTES", 15.0, _number(float, ge=5))
    feed_max_items: int = _setting("NEWSDESK_FEED_MAX_ITEMS", 5, _number(int, ge=1, le=20))
    feeds_per_server: int = _setting("NEWSDESK_FEEDS_PER_SERVER", 20, _number(int, ge=1, le=100))
    feed_pause_hours: float = _setting("NEWSDESK_FEED_PAUSE_HOURS", 24.0, _number(float, gt=0))
    # Seconds between two looks at which feeds are due (and at announcements to post).
    feed_check_seconds: float = _setting("NEWSDESK_FEED_CHECK_SECONDS", 30.0, _number(float, gt=0))
    # The heartbeat `newsdesk health` reads; default: beside the SQLite file, or the temp folder.
    health_file_path: Path | None = _setting("NEWSDESK_HEALTH_FILE", None, _optional(_path))

    def __post_init__(self) -> None:
        # Every value passes its parser, however the settings were made (environment, code, replace()).
        for spec in dataclasses.fields(self):
            try:
                parsed = spec.metadata["parse"](getattr(self, spec.name))
            except ValueError as exc:
                raise SettingError(f"Setting {spec.metadata['variable']} is invalid: {exc}.") from None
            object.__setattr__(self, spec.name, parsed)
        if self.shard_ids is not None:
            if self.shard_count is None:
                raise SettingError("NEWSDESK_SHARD_IDS needs NEWSDESK_SHARD_COUNT.")
            wrong = [i for i in self.shard_ids if not 0 <= i < self.shard_count]
            if wrong or len(set(self.shard_ids)) != len(self.shard_ids):
                raise SettingError(
                    f"NEWSDESK_SHARD_IDS must be distinct numbers from 0 to {self.shard_count - 1}."
                )

    @classmethod
    def variables(cls) -> dict[str, str]:
        """Each setting's environment variable, by field name."""
        return {spec.name: spec.metadata["variable"] for spec in dataclasses.fields(cls)}

    def __repr__(self) -> str:
        # The token is a Secret; a PostgreSQL URL may hold a password too.
        shown = (
            f"{spec.name}={redact_url(self.database) if spec.name == 'database' else getattr(self, spec.name)!r}"
            for spec in dataclasses.fields(self)
        )
        return f"Settings({', '.join(shown)})"

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


def _environment() -> dict[str, str]:
    """The variables `.env` (in the working folder) sets, overridden by the process environment; names
    compared without case."""
    found: dict[str, str] = {}
    if os.path.isfile(ENV_FILE):
        from dotenv import dotenv_values  # only when there is a file to read

        found = {k.upper(): v for k, v in dotenv_values(ENV_FILE, encoding="utf-8").items() if v is not None}
    found.update((k.upper(), v) for k, v in os.environ.items())
    return found


def load_settings(**overrides: Any) -> Settings:
    """Settings from the environment and `.env` (keyword arguments, by field name, win); a bad value is
    one sentence naming the variable."""
    environment = _environment()
    values: dict[str, Any] = {}
    for spec in dataclasses.fields(Settings):
        variable = spec.metadata["variable"]
        if variable in environment:
            values[spec.name] = environment[variable]
        alias = spec.metadata["alias"]
        for name in (spec.name, alias):
            if name is not None and name in overrides:
                values[spec.name] = overrides.pop(name)
    if overrides:
        raise TypeError(f"unknown settings: {', '.join(sorted(overrides))}")
    try:
        return Settings(**values)
    except SettingError as exc:
        raise InputError(str(exc)) from None
