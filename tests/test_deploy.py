"""The deployment files say what a server operator needs: one restartable bot service with a kept database."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import yaml

from bot.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]


def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))


def dockerfile_instructions() -> list[tuple[str, str]]:
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8").replace("\\\n", " ")
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    return [(line.split(None, 1)[0].upper(), line.split(None, 1)[1]) for line in lines]


def exec_form(argument: str) -> list[str]:
    argument = argument.strip()
    return json.loads(argument) if argument.startswith("[") else shlex.split(argument)


def test_compose_runs_one_bot_service_from_env_file_with_restart():
    services = compose()["services"]
    assert list(services) == ["bot"]
    bot = services["bot"]
    assert bot["build"] == "." or bot["build"]["context"] == "."
    assert bot["env_file"] in (".env", [".env"])
    assert bot["restart"] == "unless-stopped"


def test_compose_keeps_the_database_on_a_named_volume():
    config = compose()
    bot = config["services"]["bot"]
    volume, mount = bot["volumes"][0].split(":")[:2]
    assert volume in config["volumes"]
    assert Path(bot["environment"]["NEWSDESK_DB"]).parent == Path(mount)


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
