"""Benchmarks: speed, memory and scale. Each module runs with `python -m bench.<name>` and prints a table."""
