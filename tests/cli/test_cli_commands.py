"""The headless commands, run for real: ``python -m fieldscreen`` in a subprocess on a real data folder."""

import os
import re
import shutil
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from fieldscreen.cli import build_parser, run_command

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "purple elephants dance slowly at dawn"
CANARY = "CANARY-c11"
KEY_PATTERN = re.compile(r"^\s+([0-9A-Z]{5}(?:-[0-9A-Z]{5}){6})$", re.MULTILINE)


def fieldscreen(data_dir: Path, *args: str, stdin: str = "", lang: str = "en") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "FIELDSCREEN_DATA_DIR"} | {"FIELDSCREEN_LANG": lang}
    return subprocess.run(
        [sys.executable, "-m", "fieldscreen", "--data-dir", str(data_dir), *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )


@pytest.fixture(scope="module")
def initialized(tmp_path_factory):
    """A data folder set up once by ``init``; tests get their own copy."""
    data_dir = tmp_path_factory.mktemp("template") / "data"
    done = fieldscreen(
        data_dir,
        *("init", "--agency", f"Agency {CANARY}", "--office", f"Office {CANARY}", "--admin", "boss"),
        *("--admin-name", f"Boss {CANARY}", "--password-stdin"),
        stdin=PASSWORD + "\n",
    )
    return data_dir, done


@pytest.fixture
def data_dir(initialized, tmp_path):
    copy = tmp_path / "data"
    shutil.copytree(initialized[0], copy)
    return copy


def test_init_prints_the_recovery_key_once_and_leaks_nothing(initialized):
    data_dir, done = initialized
    assert done.returncode == 0, done.stderr
    assert KEY_PATTERN.search(done.stdout)
    assert "shown only this once" in done.stdout
    assert done.stderr == ""
    assert not (data_dir / "fieldscreen.db").read_bytes().startswith(b"SQLite format 3")
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert {"fieldscreen.db", "vault.json", "fieldscreen.log"} <= {p.name for p in files}
    for path in files:
        assert CANARY.encode() not in path.read_bytes(), path


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_init_makes_the_data_folder_and_every_file_private(initialized):
    """No other account on the computer may list the data folder or read a file in it (SQLite would make 0644)."""
    data_dir, _done = initialized
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    for path in data_dir.rglob("*"):
        private = 0o700 if path.is_dir() else 0o600
        assert stat.S_IMODE(path.stat().st_mode) == private, path


def test_init_twice_is_refused_in_plain_words(data_dir):
    done = fieldscreen(data_dir, "init", "--agency", "A", "--admin", "x", "--password-stdin", stdin=PASSWORD + "\n")
    assert done.returncode == 1
    assert "already set up" in done.stderr
    assert "Traceback" not in done.stderr


def test_init_rejects_a_weak_password(tmp_path):
    done = fieldscreen(tmp_path / "d", "init", "--agency", "A", "--admin", "x", "--password-stdin", stdin="short\n")
    assert done.returncode == 1
    assert "at least 15 characters" in done.stderr


def test_check_healthy_database(data_dir):
    done = fieldscreen(data_dir, "check", "--user", "boss", "--password-stdin", stdin=PASSWORD + "\n")
    assert done.returncode == 0, done.stderr
    assert "encryption checksums" in done.stdout
    assert "audit trail" in done.stdout
    assert "All is well" in done.stdout


def test_commands_speak_the_chosen_ui_language(data_dir, tmp_path):
    """The commands' results and errors come in the UI language, as the desktop app's do."""
    done = fieldscreen(data_dir, "check", "--user", "boss", "--password-stdin", stdin=PASSWORD + "\n", lang="es")
    assert done.returncode == 0, done.stderr
    assert "Todo está bien: no se encontraron daños." in done.stdout
    refused = fieldscreen(tmp_path / "empty", "check", "--user", "boss", "--password-stdin", stdin="x\n", lang="es")
    assert refused.returncode == 2
    assert "no se ha configurado en esta carpeta de datos" in refused.stderr


def test_check_with_the_recovery_key(initialized, data_dir):
    key = KEY_PATTERN.search(initialized[1].stdout)[1]
    done = fieldscreen(data_dir, "check", "--recovery-key-stdin", stdin=key + "\n")
    assert done.returncode == 0, done.stderr


def test_a_flipped_byte_is_found_and_its_page_named(data_dir):
    database = data_dir / "fieldscreen.db"
    page = 3
    data = bytearray(database.read_bytes())
    data[(page - 1) * 4096 + 1000] ^= 0x40
    database.write_bytes(bytes(data))
    done = fieldscreen(data_dir, "check", "--user", "boss", "--password-stdin", stdin=PASSWORD + "\n")
    assert done.returncode == 1, done.stdout + done.stderr
    assert f"page {page} failed its integrity check (HMAC)" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr
    assert "ERROR CORE" not in done.stderr  # SQLCipher's own log stays quiet


@pytest.mark.parametrize(
    ("args", "stdin"),
    [
        (("check", "--user", "boss", "--password-stdin"), "not the right password at all\n"),
        (("check", "--user", "boss"), PASSWORD + "\n"),
        (("check",), ""),
        (("check", "--user", "boss", "--password-stdin"), ""),
    ],
)
def test_check_usage_and_sign_in_errors_exit_2(data_dir, args, stdin):
    done = fieldscreen(data_dir, *args, stdin=stdin)
    assert done.returncode == 2
    assert done.stderr.strip() and "Traceback" not in done.stderr


def test_check_uninitialized_folder_exits_2(tmp_path):
    done = fieldscreen(tmp_path / "empty", "check", "--user", "boss", "--password-stdin", stdin=PASSWORD + "\n")
    assert done.returncode == 2
    assert "not been set up" in done.stderr
    assert not (tmp_path / "empty").exists(), "a mistyped --data-dir leaves nothing behind"
    signed = fieldscreen(tmp_path / "empty", "accounts", "list", "--user", "boss", "--password-stdin", stdin="x\n")
    assert signed.returncode != 0 and "not been set up" in signed.stderr and not (tmp_path / "empty").exists()


HOLD_LOCK = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from fieldscreen.services.installation import Installation
    with Installation(Path(sys.argv[1])).lock_instance():
        print("holding", flush=True)
        sys.stdin.readline()
    """
)


def test_commands_take_the_instance_lock(data_dir):
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(data_dir)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "holding"
        done = fieldscreen(data_dir, "check", "--user", "boss", "--password-stdin", stdin=PASSWORD + "\n")
        assert done.returncode == 2
        assert "already running" in done.stderr
    finally:
        holder.communicate("\n", timeout=30)


@pytest.mark.parametrize(("command", "code"), [(["check"], 2), (["accounts", "list"], 1)], ids=["check", "accounts"])
def test_a_data_folder_that_is_no_folder_is_named_in_plain_words(not_a_folder, command, code):
    done = fieldscreen(not_a_folder, *command, "--user", "boss", "--password-stdin", stdin=PASSWORD + "\n")
    assert done.returncode == code
    assert f"its data folder ({not_a_folder}) is a file, not a folder" in done.stderr
    assert "--data-dir" in done.stderr
    assert "Internal error" not in done.stderr and "Traceback" not in done.stderr


def _add_account(data_dir, username: str, role: str, password: str) -> None:
    """Add an account by the command line, as the administrator "boss"."""
    added = fieldscreen(
        data_dir,
        *("accounts", "add", username, "--role", role, "--user", "boss", "--password-stdin"),
        stdin=f"{PASSWORD}\n{password}\n",
    )
    assert added.returncode == 0, added.stderr


def test_accounts_add_list_disable(data_dir):
    _add_account(data_dir, "sam", "screener", "river stones under the old bridge")
    disabled = fieldscreen(
        data_dir, "accounts", "disable", "sam", "--user", "boss", "--password-stdin", stdin=PASSWORD + "\n"
    )
    assert disabled.returncode == 0, disabled.stderr
    listed = fieldscreen(data_dir, "accounts", "list", "--user", "boss", "--password-stdin", stdin=PASSWORD + "\n")
    assert listed.returncode == 0, listed.stderr
    rows = [line.split("\t") for line in listed.stdout.splitlines()]
    assert [r[:3] for r in rows] == [["boss", "administrator", "active"], ["sam", "screener", "disabled"]]
    refused = fieldscreen(
        data_dir, "accounts", "list", "--user", "sam", "--password-stdin", stdin="river stones under the old bridge\n"
    )
    assert refused.returncode == 2
    assert "disabled" in refused.stderr


def test_an_account_added_by_the_cli_must_choose_its_password_before_any_command(data_dir):
    _add_account(data_dir, "rosa", "administrator", "lanterns along the quiet harbour")
    refused = fieldscreen(
        data_dir, "accounts", "list", "--user", "rosa", "--password-stdin", stdin="lanterns along the quiet harbour\n"
    )
    assert refused.returncode == 2
    assert "choose your own first" in refused.stderr and refused.stdout == ""
    assert "Traceback" not in refused.stderr
    by_init = fieldscreen(data_dir, "accounts", "list", "--user", "boss", "--password-stdin", stdin=PASSWORD + "\n")
    assert by_init.returncode == 0, by_init.stderr  # the administrator made by init chose their own


def test_training_is_refused_by_commands_that_would_touch_real_data(tmp_path, capsys):
    args = build_parser().parse_args(["--data-dir", str(tmp_path / "data"), "--training", "check", "--user", "admin"])
    assert run_command(args) == 2
    err = capsys.readouterr().err
    assert "--training opens the practice installation of the desktop app only." in err
    assert not any(tmp_path.iterdir()), "nothing was read or written"
