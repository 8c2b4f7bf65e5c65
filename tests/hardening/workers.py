"""Module-level functions for the analysis worker processes (which import them by name)."""

from __future__ import annotations

import os
import time


def never_finishes(_text: str) -> None:
    time.sleep(3600)


def worker_pid() -> int:
    return os.getpid()
