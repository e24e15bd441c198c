"""PDF encryption for export: a real packet encrypted in this process and in the child process, opened again."""

from __future__ import annotations

import io
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pikepdf
import pytest
from packet_samples import CASE, NAME, referral
from pdf_reading import body_text

from fieldscreen.packets import build_packet
from fieldscreen.packets.encryption_worker import EncryptionProcess, EncryptionProcessLost
from fieldscreen.packets.pdf_encryption import encrypt_pdf

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"
PASSWORD = "river stones at noon"
CHILD_MODULES = "sorted(__import__('sys').modules)"
"""Evaluated in the child (``eval`` pickles by name, so asking imports nothing more there)."""


@pytest.fixture(scope="module")
def packet() -> bytes:
    """A referral packet with an XMP packet and information added, as another producer might leave them."""
    with pikepdf.open(io.BytesIO(build_packet(referral(), FONTS))) as document:
        with document.open_metadata(set_pikepdf_as_editor=False) as xmp:
            xmp["dc:title"] = f"Referral {NAME}"
        document.docinfo["/Title"] = f"Referral {NAME}"
        out = io.BytesIO()
        document.save(out)
    return out.getvalue()


def _gone(pid: int) -> bool:
    """No such process, or only its zombie (a container's init may not reap orphans)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return True
    return stat.rsplit(")", 1)[1].split()[0] == "Z"


def test_the_copy_opens_only_with_the_password_is_aes256_r6_and_keeps_no_metadata(packet):
    encrypted = encrypt_pdf(packet, PASSWORD)

    for wrong in ("", PASSWORD.upper(), PASSWORD[:-1]):
        with pytest.raises(pikepdf.PasswordError):
            pikepdf.open(io.BytesIO(encrypted), password=wrong)
    with pikepdf.open(io.BytesIO(encrypted), password=PASSWORD) as document:
        encrypt = document.trailer.Encrypt
        assert (int(encrypt.R), int(encrypt.V), int(encrypt.Length), str(encrypt.CF.StdCF.CFM)) == (6, 5, 256, "/AESV3")
        assert dict(document.docinfo) == {"/Producer": "fieldscreen"} and "/Metadata" not in document.Root
        assert document.encryption.user_password == PASSWORD.encode()
        assert document.allow.print_highres and document.allow.extract
        plain = io.BytesIO()
        document.save(plain)
    for secret in (NAME, CASE, "Referral"):
        assert secret.encode() not in encrypted
    assert body_text(plain.getvalue()) == body_text(packet)


def test_every_copy_has_its_own_random_owner_password(packet):
    owners = set()
    for _ in range(2):
        with pikepdf.open(io.BytesIO(encrypt_pdf(packet, PASSWORD)), password=PASSWORD) as document:
            owners.add(bytes(document.trailer.Encrypt.O))
    assert len(owners) == 2


def test_the_child_encrypts_imports_neither_qt_nor_the_database_and_is_gone_after_close(packet):
    with EncryptionProcess() as process:
        assert multiprocessing.active_children() == []  # started on first use only
        encrypted = process.encrypt(packet, PASSWORD)
        [child] = multiprocessing.active_children()
        loaded = process._pool.submit(eval, CHILD_MODULES).result()  # noqa: SLF001 - look inside the child
    assert _gone(child.pid) and multiprocessing.active_children() == []
    with pikepdf.open(io.BytesIO(encrypted), password=PASSWORD) as document:
        assert int(document.trailer.Encrypt.R) == 6
    assert child.pid != os.getpid() and "pikepdf" in loaded and "fieldscreen.packets.pdf_encryption" in loaded
    heavy = ("PySide6", "shiboken6", "sqlcipher3", "fieldscreen.store", "fieldscreen.services", "fieldscreen.gui")
    assert [name for name in loaded if name.startswith(heavy)] == []


def test_a_killed_child_is_reported_and_nothing_is_left_running(packet):
    with EncryptionProcess() as process:
        process.encrypt(packet, PASSWORD)
        [child] = multiprocessing.active_children()
        os.kill(child.pid, signal.SIGKILL)
        with pytest.raises(EncryptionProcessLost):
            process.encrypt(packet, PASSWORD)
    assert _gone(child.pid) and multiprocessing.active_children() == []


def test_the_child_ends_when_the_app_process_is_killed(tmp_path):
    script = (
        "import os, signal, multiprocessing\n"
        "from fieldscreen.packets.encryption_worker import EncryptionProcess\n"
        "process = EncryptionProcess()\n"
        "try:\n"
        "    process.encrypt(b'not a pdf', 'x')\n"
        "except Exception:\n"
        "    pass\n"
        "print(multiprocessing.active_children()[0].pid, flush=True)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == -signal.SIGKILL, done.stderr
    child = int(done.stdout)
    deadline = time.monotonic() + 10
    while not _gone(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _gone(child)
