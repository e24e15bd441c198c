"""A fork server for the kill tests: import fieldscreen once, then fork one child per request and SIGKILL it.

Run by ``tests/reliability/test_kill_points.py`` through ``kill_support.ForkServer``. Each line on stdin is one JSON
request::

    {"operation": "answering", "data_dir": "...", "log": "...", "seed": 7, "kill_after": 0.35, "params": {...}}

The server forks a child that runs the operation's loop from ``kill_operations`` (the real services, as the app
calls them), writing its lines (``ACK ...`` once a write is acknowledged by the service) straight to the ``log``
file, so a kill loses nothing that was said. After ``kill_after`` seconds the server sends SIGKILL, unless the child
finished first, reaps it and answers ``EXIT <code>`` (``-9`` when killed). Forking from this process costs a few
milliseconds where a fresh interpreter would spend most of a second importing, which is what lets hundreds of kill
points fit in the quick profile; the child still is a separate process whose memory dies with it.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from kill_operations import OPERATIONS, warm_up  # noqa: E402  (imports the services: the fork shares them)

POLL_SECONDS = 0.002


def _child(request: dict) -> None:
    """Run one operation until killed (or done); never returns."""
    code = 1
    fd = os.open(request["log"], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)

    def say(*words: str) -> None:
        os.write(fd, (" ".join(words) + "\n").encode("utf-8"))

    try:
        OPERATIONS[request["operation"]](
            Path(request["data_dir"]), random.Random(request["seed"]), request["params"], say
        )
        say("DONE")
        code = 0
    except BaseException:  # reported to the test, which fails on it: a child left alone must not fail
        say("ERROR", json.dumps(traceback.format_exc()))
    finally:
        os._exit(code)


def _run(request: dict) -> int:
    """Fork the child, kill it after ``kill_after`` seconds unless it ended, and return its exit code."""
    pid = os.fork()
    if pid == 0:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        _child(request)
    deadline = time.monotonic() + request["kill_after"]
    while time.monotonic() < deadline:
        ended, status = os.waitpid(pid, os.WNOHANG)
        if ended:
            return os.waitstatus_to_exitcode(status)
        time.sleep(POLL_SECONDS)
    os.kill(pid, signal.SIGKILL)  # not reaped yet, so the pid is still the child's
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])


def main() -> int:
    """Serve requests until stdin closes."""
    warm_up()
    print("READY", flush=True)
    for line in sys.stdin:
        print(f"EXIT {_run(json.loads(line))}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
