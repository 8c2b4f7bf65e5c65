"""Worker processes end with the bot: a worker whose parent died (SIGKILL, a crash) exits too.

On Linux the kernel sends the worker SIGKILL when its parent thread dies (prctl PR_SET_PDEATHSIG);
elsewhere, and as a fallback, a thread in the worker checks every second that its parent is still
the one that started it (an orphan is re-parented to init or a subreaper).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1
WATCH_SECONDS = 1.0


def die_with_parent(*, kernel_signal: bool = True) -> None:
    """Call first thing in a worker process (a pool's initializer, a Process's target). The kernel's
    signal comes when the *thread* that started the worker ends: pass `kernel_signal=False` for a
    worker that a short-lived thread may start (the watchdog alone then ends it)."""
    parent = os.getppid()
    if kernel_signal and sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass  # the watchdog below still ends an orphan within a second or so
    if os.getppid() != parent:
        os._exit(0)  # the parent died before the death signal was armed
    threading.Thread(target=_watch, args=(parent,), name="newsdesk-lifeline", daemon=True).start()


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(WATCH_SECONDS)
    os._exit(0)
