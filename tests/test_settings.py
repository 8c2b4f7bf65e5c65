"""Settings come from the environment and `.env`; bad values are one sentence naming the variable."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.errors import InputError
from bot.settings import Settings, load_settings

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for variable in Settings.variables().values():
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.chdir(tmp_path)  # no developer's .env is read


def test_defaults_need_no_environment() -> None:
    settings = load_settings()
    assert settings.discord_token is None
    assert settings.db_path == Path("data/newsdesk.db") and settings.seeds_dir == Path("seeds")
    assert settings.max_download_bytes == 5 * 1024 * 1024 and settings.url_allowlist == ()
    assert settings.dev_guild_id is None and settings.log_level == "INFO"


def test_environment_overrides_and_comma_separated_allowlist(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISCORD_TOKEN", "secret-token")
    monkeypatch.setenv("NEWSDESK_DB", "/var/lib/newsdesk/lib.db")
    monkeypatch.setenv("NEWSDESK_DEV_GUILD_ID", "1234")
    monkeypatch.setenv("NEWSDESK_URL_ALLOWLIST", "127.0.0.1, Intranet.Example ,10.0.0.0/8")
    monkeypatch.setenv("NEWSDESK_LOG_LEVEL", "debug")
    settings = load_settings()
    assert settings.discord_token is not None and settings.discord_token.get_secret_value() == "secret-token"
    assert "secret-token" not in repr(settings)
    assert settings.db_path == Path("/var/lib/newsdesk/lib.db") and settings.dev_guild_id == 1234
    assert settings.url_allowlist == ("127.0.0.1", "intranet.example", "10.0.0.0/8")
    assert settings.log_level == "DEBUG"


def test_dotenv_file_in_the_working_folder_is_read(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("NEWSDESK_MAX_REDIRECTS=2\nNEWSDESK_FETCH_TIMEOUT=4.5\n", encoding="utf-8")
    settings = load_settings()
    assert settings.max_redirects == 2 and settings.fetch_timeout == 4.5


def test_committed_example_file_is_valid_as_is(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text((ROOT / ".env.example").read_text(encoding="utf-8"), encoding="utf-8")
    settings = load_settings()
    assert settings.discord_token is None and settings.dev_guild_id is None


@pytest.mark.parametrize(
    "name,value",
    [
        ("NEWSDESK_FETCH_TIMEOUT", "soon"),
        ("NEWSDESK_MAX_DOWNLOAD_BYTES", "-1"),
        ("NEWSDESK_LOG_LEVEL", "LOUD"),
        ("NEWSDESK_DEV_GUILD_ID", "my-server"),
        ("NEWSDESK_URL_ALLOWLIST", "10.0.0.0/99"),
        ("NEWSDESK_DB", "mysql://db.example/news"),
        ("NEWSDESK_SHARD_COUNT", "0"),
        ("NEWSDESK_SHARD_IDS", "0,1"),  # without a count
    ],
)
def test_bad_values_are_one_sentence_naming_the_variable(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(InputError, match=name) as caught:
        load_settings()
    assert "\n" not in str(caught.value)


def test_database_is_a_sqlite_path_or_url_or_a_postgres_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSDESK_DB", "sqlite:///lib/news.db")
    settings = load_settings()
    assert settings.database_kind == "sqlite" and settings.db_path == Path("lib/news.db")
    monkeypatch.setenv("NEWSDESK_DB", "sqlite:////var/lib/news.db")
    assert load_settings().db_path == Path("/var/lib/news.db")
    monkeypatch.setenv("NEWSDESK_DB", "postgresql://newsdesk:pw@db:5432/newsdesk")
    settings = load_settings()
    assert settings.database_kind == "postgres" and settings.db_path is None
    assert settings.database_display == "postgresql://newsdesk:***@db:5432/newsdesk"
    assert ":pw@" not in repr(settings) and "postgresql://newsdesk:***@db" in repr(settings)


def test_shards_split_between_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    assert load_settings().shard_count is None and load_settings().shard_ids is None
    monkeypatch.setenv("NEWSDESK_SHARD_COUNT", "4")
    monkeypatch.setenv("NEWSDESK_SHARD_IDS", "2, 3")
    settings = load_settings()
    assert settings.shard_count == 4 and settings.shard_ids == (2, 3)
    monkeypatch.setenv("NEWSDESK_SHARD_IDS", "3,4")
    with pytest.raises(InputError, match="NEWSDESK_SHARD_IDS must be distinct numbers from 0 to 3"):
        load_settings()


def test_a_bad_value_in_the_dotenv_file_is_one_sentence_naming_it(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("NEWSDESK_QUERY_TIMEOUT=soon\n", encoding="utf-8")
    with pytest.raises(
        InputError, match=r"^Setting NEWSDESK_QUERY_TIMEOUT is invalid: 'soon' is not a number\.$"
    ):
        load_settings()


def test_the_environment_wins_over_the_dotenv_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("NEWSDESK_MAX_REDIRECTS=2\n", encoding="utf-8")
    monkeypatch.setenv("NEWSDESK_MAX_REDIRECTS", "7")
    assert load_settings().max_redirects == 7
