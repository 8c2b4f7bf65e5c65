"""Discord's documented limits, checked the way the API does: a list of problems means 400 Invalid Form Body."""

from __future__ import annotations

import re
from typing import Any

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
_NAME = re.compile(r"^[-_'\w]{1,32}$")


def _length(value: Any) -> int:
    return len(value) if isinstance(value, str) else 0


def _check_len(problems: list[str], where: str, value: Any, limit: int) -> None:
    if _length(value) > limit:
        problems.append(f"{where}: must be {limit} or fewer in length (got {_length(value)})")


def check_embeds(embeds: list[dict[str, Any]]) -> list[str]:
    problems: list[str] = []
    if len(embeds) > 10:
        problems.append(f"embeds: must be 10 or fewer in length (got {len(embeds)})")
    total = 0
    for i, embed in enumerate(embeds):
        where = f"embeds.{i}"
        title, description = embed.get("title"), embed.get("description")
        _check_len(problems, f"{where}.title", title, 256)
        _check_len(problems, f"{where}.description", description, 4096)
        total += _length(title) + _length(description)
        fields = embed.get("fields") or []
        if len(fields) > 25:
            problems.append(f"{where}.fields: must be 25 or fewer in length (got {len(fields)})")
        for j, field in enumerate(fields):
            name, value = field.get("name"), field.get("value")
            if not _length(name) or not _length(value):
                problems.append(f"{where}.fields.{j}: name and value are required and cannot be empty")
            _check_len(problems, f"{where}.fields.{j}.name", name, 256)
            _check_len(problems, f"{where}.fields.{j}.value", value, 1024)
            total += _length(name) + _length(value)
        footer = (embed.get("footer") or {}).get("text")
        author = (embed.get("author") or {}).get("name")
        _check_len(problems, f"{where}.footer.text", footer, 2048)
        _check_len(problems, f"{where}.author.name", author, 256)
        total += _length(footer) + _length(author)
    if total > 6000:
        problems.append(f"embeds: all embeds together must be 6000 or fewer characters (got {total})")
    return problems


def walk_components(components: list[dict[str, Any]]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for component in components:
        found.append(component)
        found.extend(walk_components(component.get("components") or []))
        if isinstance(component.get("component"), dict):
            found.extend(walk_components([component["component"]]))
        if isinstance(component.get("accessory"), dict):
            found.extend(walk_components([component["accessory"]]))
    return found


def check_components(components: list[dict[str, Any]]) -> list[str]:
    problems: list[str] = []
    rows = [c for c in components if c.get("type") == 1]
    if len(rows) > 5:
        problems.append(f"components: must be 5 or fewer action rows (got {len(rows)})")
    for i, row in enumerate(rows):
        if len(row.get("components") or []) > 5:
            problems.append(f"components.{i}: an action row holds at most 5 components")
    for component in walk_components(components):
        _check_len(problems, "custom_id", component.get("custom_id"), 100)
        if component.get("type") == 2:
            _check_len(problems, "button label", component.get("label"), 80)
        if component.get("type") == 3:
            options = component.get("options") or []
            if not 1 <= len(options) <= 25:
                problems.append(f"select menu: must have 1 to 25 options (got {len(options)})")
            for option in options:
                _check_len(problems, "select option label", option.get("label"), 100)
                _check_len(problems, "select option value", option.get("value"), 100)
                _check_len(problems, "select option description", option.get("description"), 100)
    return problems


def check_message(body: dict[str, Any], *, file_count: int, is_edit: bool = False) -> list[str]:
    """Problems with a message the bot sends (or the state it edits a message into)."""
    problems: list[str] = []
    content = body.get("content")
    if content is not None and not isinstance(content, str):
        problems.append("content: must be a string")
    _check_len(problems, "content", content, 2000)
    problems.extend(check_embeds(body.get("embeds") or []))
    problems.extend(check_components(body.get("components") or []))
    has_anything = (
        bool(content) or bool(body.get("embeds")) or file_count > 0 or bool(body.get("attachments"))
    ) or bool(body.get("components") or body.get("poll") or body.get("sticker_ids"))
    if not has_anything and not is_edit:
        problems.append("Cannot send an empty message")
    return problems


_CHOICE_TYPES: dict[int, tuple[type, ...]] = {3: (str,), 4: (int,), 10: (int, float)}


def check_autocomplete(data: dict[str, Any], option_type: int | None = None) -> list[str]:
    """Problems with autocomplete choices; values must have the type of the option being typed into."""
    problems: list[str] = []
    choices = data.get("choices")
    if not isinstance(choices, list):
        return ["choices: required"]
    if len(choices) > 25:
        problems.append(f"choices: must be 25 or fewer in length (got {len(choices)})")
    for i, choice in enumerate(choices):
        name, value = choice.get("name"), choice.get("value")
        if not 1 <= _length(name) <= 100:
            problems.append(f"choices.{i}.name: must be between 1 and 100 in length (got {name!r})")
        if isinstance(value, str) and len(value) > 100:
            problems.append(f"choices.{i}.value: must be 100 or fewer in length")
        expected = _CHOICE_TYPES.get(option_type or 0)
        if expected and (isinstance(value, bool) or not isinstance(value, expected)):
            problems.append(f"choices.{i}.value: {value!r} does not match the option's type {option_type}")
    return problems


def check_modal(data: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    if not 1 <= _length(data.get("title")) <= 45:
        problems.append("title: must be between 1 and 45 in length")
    if not 1 <= _length(data.get("custom_id")) <= 100:
        problems.append("custom_id: must be between 1 and 100 in length")
    components = data.get("components") or []
    if not 1 <= len(components) <= 5:
        problems.append(f"components: must have 1 to 5 rows (got {len(components)})")
    for component in walk_components(components):
        if component.get("type") == 4:
            _check_len(problems, "text input label", component.get("label"), 45)
            max_length = component.get("max_length")
            if max_length is not None and not 1 <= int(max_length) <= 4000:
                problems.append("text input max_length: must be between 1 and 4000")
    return problems


def _check_command_option(problems: list[str], where: str, option: dict[str, Any]) -> None:
    name = option.get("name", "")
    if not _NAME.match(name) or name != name.lower():
        problems.append(f"{where}.name: {name!r} must be 1-32 lower-case letters, digits, - or _")
    if not 1 <= _length(option.get("description")) <= 100:
        problems.append(f"{where}.description: must be between 1 and 100 in length")
    choices = option.get("choices") or []
    if len(choices) > 25:
        problems.append(f"{where}.choices: must be 25 or fewer in length")
    _check_options(problems, where, option.get("options") or [])


def _check_options(problems: list[str], where: str, options: list[dict[str, Any]]) -> None:
    if len(options) > 25:
        problems.append(f"{where}.options: must be 25 or fewer in length (got {len(options)})")
    names = [o.get("name") for o in options]
    if len(names) != len(set(names)):
        problems.append(f"{where}.options: option names must be unique ({names})")
    seen_optional = False
    for i, option in enumerate(options):
        _check_command_option(problems, f"{where}.options.{i}", option)
        if option.get("type") in (1, 2):
            continue
        if option.get("required"):
            if seen_optional:
                problems.append(
                    f"{where}.options.{i}: required options must be placed before non-required options"
                )
        else:
            seen_optional = True


def check_commands(commands: list[dict[str, Any]]) -> list[str]:
    problems: list[str] = []
    if len(commands) > 100:
        problems.append(f"at most 100 commands per scope (got {len(commands)})")
    keys = [(c.get("name"), c.get("type", 1)) for c in commands]
    if len(keys) != len(set(keys)):
        problems.append("application command names must be unique per type")
    for i, command in enumerate(commands):
        where = str(i)
        name = command.get("name", "")
        if command.get("type", 1) == 1:
            _check_command_option(problems, where, command)
        elif not 1 <= _length(name) <= 32:
            problems.append(f"{where}.name: must be between 1 and 32 in length")
    return problems


def focused_option_type(options: list[dict[str, Any]]) -> int | None:
    """The type of the option the user is typing into, looking inside subcommands."""
    for option in options:
        if option.get("focused"):
            return int(option["type"])
        found = focused_option_type(option.get("options") or [])
        if found is not None:
            return found
    return None
