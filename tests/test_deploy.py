"""Deployment: the compose file and image an operator runs, and the `newsdesk run`/`health` commands they use."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from bot.app import health_file
from bot.cli import build_parser, main
from bot.cli.run_cmd import configure_logging, serve
from bot.errors import InputError
from bot.settings import Settings
from tests.discord_double import eventually
from tests.discord_double.fixtures import GUILD_ID, MEMBER_ID, SEEDS, TOKEN

ROOT = Path(__file__).resolve().parents[1]
NEWSDESK = Path(sys.executable).with_name("newsdesk")


def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))


def interpolate(value: str, env: dict[str, str]) -> str:
    """Compose's ${NAME:-default} and ${NAME}, with `env` as the .env file."""
    return re.sub(r"\$\{(\w+)(?::-([^}]*))?\}", lambda m: env.get(m.group(1)) or (m.group(2) or ""), value)


def dockerfile_instructions() -> list[tuple[str, str]]:
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8").replace("\\\n", " ")
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    return [(line.split(None, 1)[0].upper(), line.split(None, 1)[1]) for line in lines]


def exec_form(argument: str) -> list[str]:
    argument = argument.strip()
    return json.loads(argument) if argument.startswith("[") else shlex.split(argument)


def test_compose_runs_one_bot_service_from_env_file_with_restart():
    services = compose()["services"]
    assert [name for name, service in services.items() if not service.get("profiles")] == ["bot"]
    bot = services["bot"]
    assert bot["build"] == "." or bot["build"]["context"] == "."
    assert bot["env_file"] in (".env", [".env"])
    assert bot["restart"] == "unless-stopped"


def test_compose_keeps_the_database_on_a_named_volume():
    config = compose()
    bot = config["services"]["bot"]
    volume, mount = bot["volumes"][0].split(":")[:2]
    assert volume in config["volumes"]
    assert Path(interpolate(bot["environment"]["NEWSDESK_DB"], {})).parent == Path(mount)


def test_compose_postgres_profile_runs_a_healthy_database_the_bot_waits_for():
    config = compose()
    postgres, bot = config["services"]["postgres"], config["services"]["bot"]
    assert postgres["profiles"] == ["postgres"] and postgres["image"].startswith("postgres:")
    volume, mount = postgres["volumes"][0].split(":")[:2]
    assert volume in config["volumes"] and mount == "/var/lib/postgresql/data"
    test = postgres["healthcheck"]["test"]
    assert "pg_isready" in " ".join(test)
    assert bot["depends_on"]["postgres"] == {"condition": "service_healthy", "required": False}
    assert "ports" not in postgres  # only the bot reaches it

    # The three lines the compose file's header tells the operator to put in .env.
    header = (ROOT / "docker-compose.yml").read_text(encoding="utf-8").split("services:")[0]
    lines = re.findall(r"^#\s+(\w+)=(.*)$", header, flags=re.MULTILINE)
    env = {
        name: value.replace("<a password>", "s3cret").replace("<the same password>", "s3cret")
        for name, value in lines
    }
    assert env["COMPOSE_PROFILES"] == "postgres"
    environment = {k: interpolate(str(v), env) for k, v in postgres["environment"].items()}
    settings = Settings(database=interpolate(bot["environment"]["NEWSDESK_DB"], env))
    assert settings.database_kind == "postgres"
    url = urlsplit(settings.database)
    assert (url.hostname, url.username, url.password, url.path.lstrip("/")) == (
        "postgres",
        environment["POSTGRES_USER"],
        environment["POSTGRES_PASSWORD"],
        environment["POSTGRES_DB"],
    )
    # Without the profile the bot keeps its SQLite file on the volume.
    assert interpolate(bot["environment"]["NEWSDESK_DB"], {}) == "/data/newsdesk.db"


def test_compose_healthcheck_runs_the_health_command():
    healthcheck = compose()["services"]["bot"]["healthcheck"]
    test = healthcheck["test"]
    command = test[1:] if test[0] in ("CMD", "CMD-SHELL") else test
    assert command == ["newsdesk", "health"]
    # The bot touches its heartbeat every 30 s; a check rarer than the max age would always pass late.
    assert int(re.match(r"\d+", healthcheck["interval"]).group()) >= 30
    assert healthcheck["retries"] >= 1


def test_dockerfile_runs_newsdesk_as_a_non_root_user():
    instructions = dockerfile_instructions()
    assert instructions[0] == ("FROM", "python:3.11-slim")
    users = [arg for name, arg in instructions if name == "USER"]
    assert users and users[-1] not in ("root", "0")
    commands = [exec_form(arg) for name, arg in instructions if name == "CMD"]
    assert commands[-1] == ["newsdesk", "run"]
    assert any(name == "RUN" and "pip install" in arg for name, arg in instructions)


def test_dockerfile_copies_what_the_bot_needs_and_dockerignore_keeps_secrets_out():
    copied = {exec_form(arg)[0] for name, arg in dockerfile_instructions() if name == "COPY"}
    assert {"bot", "cogs", "seeds", "pyproject.toml"} <= copied
    ignored = (ROOT / ".dockerignore").read_text(encoding="utf-8").split()
    assert ".env" in ignored and ".git" in ignored


def test_the_commands_the_deployment_uses_exist():
    parser = build_parser()
    for argv in (["run"], ["health"]):
        assert callable(parser.parse_args(argv).func)


# --- newsdesk run and newsdesk health ------------------------------------------------------------


def test_run_without_a_token_says_how_to_get_one_in_one_line(tmp_path):
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(tmp_path)}
    result = subprocess.run(
        [str(NEWSDESK), "run"], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=60
    )
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "DISCORD_TOKEN" in lines[0] and "Reset Token" in lines[0] and ".env" in lines[0]


async def test_run_serves_until_sigterm_then_stops_cleanly_and_never_logs_the_token(
    discord_double, tmp_path, monkeypatch, capsys
):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEWSDESK_DB", str(tmp_path / "data" / "newsdesk.db"))
    settings = settings_for(tmp_path, database=tmp_path / "data" / "newsdesk.db")
    root = logging.getLogger()
    level = root.level
    handler = configure_logging("DEBUG", TOKEN)
    try:
        running = asyncio.create_task(serve(settings, TOKEN, guild_ready_timeout=0.05))
        await eventually(
            lambda: health_file(settings).exists() or running.done(), within=60
        )  # seeds analysed first
        assert main(["health"]) == 0
        logging.getLogger("test").warning("a careless line with the token %s in it", TOKEN)
        # An interaction's token answers as the bot for 15 minutes: discord.py's DEBUG lines (the
        # routes it calls, the events it receives) must not show it either.
        command = await discord_double.slash("summary", {}, guild_id=GUILD_ID, user_id=MEMBER_ID)
        await command.reply()

        os.kill(os.getpid(), signal.SIGTERM)
        await asyncio.wait_for(running, 10)
    finally:
        root.removeHandler(handler)
        root.setLevel(level)

    assert not health_file(settings).exists()
    assert main(["health"]) == 1
    err = capsys.readouterr().err
    assert TOKEN not in err
    assert command.token not in err
    assert "[interaction token]" in err  # the DEBUG lines were there, redacted
    assert "a careless line with the token [token] in it" in err
    assert "synced" in err  # the log did go somewhere


def settings_for(tmp_path: Path, **values) -> Settings:
    seeds = tmp_path / "seeds"
    if not seeds.exists():
        shutil.copytree(SEEDS, seeds)
    values = {"discord_token": TOKEN, "database": tmp_path / "newsdesk.db", "seeds_dir": seeds, **values}
    return Settings(**values)


async def test_run_with_a_token_discord_refuses_says_so_in_one_sentence(discord_double, tmp_path):
    discord_double.valid_tokens = {"the-real-token"}
    try:
        with pytest.raises(InputError, match=r"^Discord refused DISCORD_TOKEN: .*Reset Token"):
            await serve(settings_for(tmp_path), TOKEN, guild_ready_timeout=0.05)
    finally:
        discord_double.valid_tokens = None


async def test_run_with_an_unusable_database_says_so_in_one_sentence(discord_double, tmp_path):
    (tmp_path / "not-a-folder").write_text("a file where the data folder should be")
    settings = settings_for(tmp_path, database=tmp_path / "not-a-folder" / "newsdesk.db")
    with pytest.raises(InputError, match="Cannot open the library database"):
        await serve(settings, TOKEN, guild_ready_timeout=0.05)


def test_health_is_unhealthy_when_the_heartbeat_is_stale(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEWSDESK_DB", str(tmp_path / "newsdesk.db"))
    beat = tmp_path / "newsdesk.alive"
    beat.write_text("0\n")
    assert main(["health"]) == 0
    os.utime(beat, (1, 1))
    assert main(["health"]) == 1
    assert "last heartbeat" in capsys.readouterr().err
