"""Shared pytest setup: the loopback Discord fixtures (see tests/discord_double)."""

pytest_plugins = ["tests.discord_double.fixtures"]
