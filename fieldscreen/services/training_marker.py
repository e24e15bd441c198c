"""The mark of a training installation: a file in its data directory, so its sessions know they hold practice data."""

from __future__ import annotations

from pathlib import Path

MARKER = "TRAINING"
_TEXT = "This data directory holds made-up practice cases only. It is wiped whenever training starts.\n"


def is_training(data_dir: Path) -> bool:
    """Whether ``data_dir`` is a training installation."""
    return (data_dir / MARKER).is_file()


def mark_training(data_dir: Path) -> None:
    """Mark ``data_dir`` as a training installation."""
    (data_dir / MARKER).write_text(_TEXT, encoding="utf-8")
