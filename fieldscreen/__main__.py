"""Entry point: parse the command line, set up logging, then hand over to a command or the GUI."""

from __future__ import annotations

import sys
from collections.abc import Callable


def main(argv: list[str] | None = None) -> int:
    """Run fieldscreen with ``argv`` (default ``sys.argv[1:]``) and return the exit code."""
    if getattr(sys, "frozen", False):  # a frozen build's spawned child (export encryption) runs here and exits
        import multiprocessing

        multiprocessing.freeze_support()
    from fieldscreen.cli import parse_args, run_command
    from fieldscreen.core import i18n
    from fieldscreen.logs import setup_logging

    i18n.set_backend(_command_language())  # argparse's errors and the commands' words (the app installs its own)
    try:
        args = parse_args(sys.argv[1:] if argv is None else argv)
        if args.self_test:
            i18n.set_backend(None)
            return _self_test()
        setup_logging(args)
        if args.command is None:
            from fieldscreen.gui.app import run_gui

            return run_gui(args)
        return run_command(args)
    finally:
        i18n.set_backend(None)


def _command_language() -> Callable[[str, str, str | None, int], str] | None:
    """The commands' texts in the UI language chosen for this computer (English when Qt cannot load them)."""
    try:
        from fieldscreen.gui.translators import command_backend

        return command_backend()
    except Exception:  # noqa: BLE001 - a copy whose Qt cannot load still runs its commands, in English
        return None


def _self_test() -> int:
    """Run ``--self-test`` in a temporary folder (nothing is logged to the user's data folder)."""
    from fieldscreen.services.self_test import Step, run_self_test

    return run_self_test([Step("load the .qm translations with Qt", _load_translations)])


def _load_translations() -> str:
    """The Qt step of the self-test, imported only when it runs: a copy without Qt fails this step in plain words."""
    from fieldscreen.gui.self_test_qt import load_translations

    return load_translations()


if __name__ == "__main__":
    sys.exit(main())
