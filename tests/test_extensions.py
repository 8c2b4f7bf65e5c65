"""Every extension in cogs/ loads, and together their commands fit Discord's rules for names and sizes."""

from __future__ import annotations

import importlib
import re

import pytest
from discord import app_commands

from bot.app import NewsdeskBot, extension_names
from bot.settings import Settings

NAME = re.compile(r"^[-_\w]{1,32}$")
EXTENSIONS = extension_names()


def make_bot(tmp_path) -> NewsdeskBot:
    return NewsdeskBot(Settings(database=tmp_path / "unused.db", seeds_dir=tmp_path))


async def loaded_commands(bot: NewsdeskBot, names: list[str]) -> list[dict]:
    for name in names:
        await bot.load_extension(name)
    return [command.to_dict(bot.tree) for command in bot.tree.get_commands()]


def walk(payload: dict, path: str = ""):
    """(path, option-or-command) for a command payload and every option and subcommand below it."""
    here = f"{path} {payload['name']}".strip()
    yield here, payload
    for option in payload.get("options", []):
        yield from walk(option, here)


def test_there_are_extensions_and_each_has_a_setup_function():
    assert EXTENSIONS, "cogs/ holds no extension"
    for name in EXTENSIONS:
        assert callable(getattr(importlib.import_module(name), "setup", None)), f"{name} has no setup()"


@pytest.mark.parametrize("extension", EXTENSIONS)
async def test_each_extension_loads_on_its_own(extension, tmp_path):
    bot = make_bot(tmp_path)
    try:
        assert await loaded_commands(bot, [extension]) or bot.cogs, f"{extension} added nothing"
    finally:
        await bot.close()


async def test_all_extensions_load_together_without_a_name_clash(tmp_path):
    bot = make_bot(tmp_path)
    try:
        # add_command raises CommandAlreadyRegistered on a clash, so loading them all is the check.
        commands = await loaded_commands(bot, EXTENSIONS)
    except app_commands.CommandAlreadyRegistered as exc:
        pytest.fail(f"two extensions register /{exc.name}")
    finally:
        await bot.close()
    names = [c["name"] for c in commands]
    assert len(names) == len(set(names))
    assert {"summary", "experts", "sentiment", "quotes", "articles", "article"} <= set(names)
    assert len(commands) <= 100


async def test_names_descriptions_and_options_respect_discords_limits(tmp_path):
    bot = make_bot(tmp_path)
    try:
        commands = await loaded_commands(bot, EXTENSIONS)
    finally:
        await bot.close()
    for command in commands:
        for path, item in walk(command):
            name, description = item["name"], item.get("description", "")
            assert NAME.match(name) and name == name.lower(), f"/{path}: bad name {name!r}"
            assert 1 <= len(description) <= 100, f"/{path}: description is {len(description)} characters"
            options = item.get("options", [])
            assert len(options) <= 25, f"/{path}: {len(options)} options"
            assert len({o["name"] for o in options}) == len(options), f"/{path}: repeated option names"
            for choice in item.get("choices") or []:
                assert 1 <= len(choice["name"]) <= 100 and len(str(choice["value"])) <= 100, (
                    f"/{path}: {choice}"
                )
            assert len(item.get("choices") or []) <= 25, f"/{path}: too many choices"
