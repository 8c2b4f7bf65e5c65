"""Turn a test's `{"name": value}` options into interaction option payloads, the way Discord's client would."""

from __future__ import annotations

from typing import Any

STRING, INTEGER, BOOLEAN, USER, CHANNEL, ROLE, MENTIONABLE, NUMBER, ATTACHMENT = 3, 4, 5, 6, 7, 8, 9, 10, 11


def find_command(commands: list[dict[str, Any]], name: str) -> dict[str, Any] | None:
    return next((c for c in commands if c["name"] == name and c.get("type", 1) == 1), None)


def descend(command: dict[str, Any], subcommand: str | None) -> tuple[list[str], dict[str, Any]]:
    """The path of subcommand names and the (sub)command definition whose options the user fills in."""
    node, path = command, list[str]()
    for part in (subcommand or "").split():
        child = next((o for o in node.get("options", []) if o["name"] == part and o["type"] in (1, 2)), None)
        if child is None:
            known = [o["name"] for o in node.get("options", []) if o["type"] in (1, 2)]
            raise ValueError(f"/{command['name']} has no subcommand {part!r} (has {known})")
        node, path = child, [*path, part]
    if any(o["type"] in (1, 2) for o in node.get("options", [])):
        known = [o["name"] for o in node["options"]]
        raise ValueError(f"/{command['name']} needs a subcommand, one of {known}")
    return path, node


def _check_value(definition: dict[str, Any], value: Any) -> None:
    name = definition["name"]
    choices = definition.get("choices")
    if choices and value not in [c["value"] for c in choices]:
        raise ValueError(f"option {name!r}: Discord offers only the choices {[c['value'] for c in choices]}")
    if isinstance(value, str):
        low, high = definition.get("min_length"), definition.get("max_length")
        if (low is not None and len(value) < low) or (high is not None and len(value) > high):
            raise ValueError(f"option {name!r}: Discord allows {low}..{high} characters")
    elif isinstance(value, int | float) and not isinstance(value, bool):
        low, high = definition.get("min_value"), definition.get("max_value")
        if (low is not None and value < low) or (high is not None and value > high):
            raise ValueError(f"option {name!r}: Discord allows values {low}..{high}")


def nest(path: list[str], leaf_options: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Wrap leaf options in their subcommand (type 1) / group (type 2) options."""
    options = leaf_options
    for depth, name in reversed(list(enumerate(path))):
        kind = 1 if depth == len(path) - 1 else 2
        options = [{"type": kind, "name": name, "options": options}]
    return options


def build_leaf_options(
    node: dict[str, Any],
    values: dict[str, Any],
    *,
    resolve: Any,
    focused: str | None = None,
) -> list[dict[str, Any]]:
    """Option payloads for `values`; `resolve(type, value)` returns the value to send and fills `resolved`."""
    definitions = {o["name"]: o for o in node.get("options", [])}
    unknown = set(values) - set(definitions)
    if unknown:
        raise ValueError(f"unknown option(s) {sorted(unknown)}; this command has {sorted(definitions)}")
    if focused is None:
        missing = [n for n, o in definitions.items() if o.get("required") and n not in values]
        if missing:
            raise ValueError(f"required option(s) {missing} missing; Discord would not send the command")
    elif focused not in definitions or not definitions[focused].get("autocomplete"):
        raise ValueError(f"option {focused!r} does not have autocomplete")
    options = []
    for name, value in values.items():
        definition = definitions[name]
        if name == focused:
            # While typing, Discord sends the partial text as a string whatever the option type.
            options.append({"type": definition["type"], "name": name, "value": str(value), "focused": True})
            continue
        if focused is None:
            _check_value(definition, value)
        options.append(
            {"type": definition["type"], "name": name, "value": resolve(definition["type"], value)}
        )
    return options
