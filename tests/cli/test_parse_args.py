"""Parsing the command line without loading the commands when only global options are given (GUI start-up)."""

from __future__ import annotations

import pytest

from fieldscreen.cli import build_parser, parse_args


@pytest.mark.parametrize(
    "argv",
    [[], ["--training"], ["--data-dir", "x", "--smoke-test"], ["--data-dir=x", "--training"], ["--self-test"]],
)
def test_global_options_parse_as_the_full_parser_does(argv):
    assert vars(parse_args(argv)) == vars(build_parser().parse_args(argv))


def test_a_command_gets_its_handler_and_options(tmp_path):
    args = parse_args(["--data-dir", str(tmp_path), "check", "--user", "admin"])
    assert (args.command, args.user, args.data_dir) == ("check", "admin", str(tmp_path))
    assert callable(args.handler)


@pytest.mark.parametrize("argv", [["--data-dir"], ["--bogus"], ["--data-dir", "x", "nonsense"]])
def test_mistakes_are_worded_by_the_full_parser(argv, capsys):
    with pytest.raises(SystemExit) as exit_info:
        parse_args(argv)
    assert exit_info.value.code == 2
    assert "COMMAND" in capsys.readouterr().err, "the usage line lists the commands"


def test_help_lists_the_commands(capsys):
    with pytest.raises(SystemExit) as exit_info:
        parse_args(["--help"])
    assert exit_info.value.code == 0
    assert "instruments" in capsys.readouterr().out


def test_the_sync_target_help_speaks_of_the_receiving_office_too(capsys):
    for argv in (["--help"], ["sync-target", "--help"]):
        with pytest.raises(SystemExit):
            parse_args(argv)
    out = " ".join(capsys.readouterr().out.split())
    assert "or received from at the office" in out
    assert "the office receives from it" in out
