from __future__ import annotations

from datetime import date

import pyrage
import pytest

from fieldscreen.sync.errors import OfficeKeyInvalid
from fieldscreen.sync.office_keys import (
    HEADER,
    export_public_key,
    fingerprint,
    generate_office_key,
    load_identity,
    parse_public_key,
)


def test_exported_key_file_reads_back_as_the_same_key(office):
    text = export_public_key(office.public)

    assert text.startswith(HEADER + "\n")
    assert office.public.recipient in text
    assert "AGE-SECRET-KEY" not in text.upper()
    assert parse_public_key(text) == office.public
    assert parse_public_key(text.encode("utf-8")) == office.public


def test_secret_round_trips_and_matches_the_public_key(office):
    identity = load_identity(office.secret)

    assert str(identity.to_public()) == office.public.recipient
    assert office.secret not in repr(office)
    sealed = pyrage.encrypt(b"probe", [pyrage.x25519.Recipient.from_str(office.public.recipient)])
    assert pyrage.decrypt(sealed, [identity]) == b"probe"


def test_fingerprint_is_short_stable_and_distinct(office):
    other = generate_office_key("Central Intake Office", date(2025, 3, 1))

    assert office.public.fingerprint == fingerprint(office.public.recipient)
    assert len(office.public.fingerprint) == 19 and office.public.fingerprint.count("-") == 3
    assert office.public.fingerprint != other.public.fingerprint
    assert f"fingerprint: {office.public.fingerprint}" in export_public_key(office.public)


def test_a_different_file_is_refused_as_not_a_key_file():
    with pytest.raises(OfficeKeyInvalid, match="not a fieldscreen office key file"):
        parse_public_key("%PDF-1.7\nsomething else\n")
    with pytest.raises(OfficeKeyInvalid, match="not a fieldscreen office key file"):
        parse_public_key(b"\xff\xfe\x00binary")
    with pytest.raises(OfficeKeyInvalid, match="not a fieldscreen office key file"):
        parse_public_key(HEADER + "\n" + "# padding\n" * 1000)


def test_a_damaged_file_is_refused(office):
    text = export_public_key(office.public)
    lines = text.splitlines()

    without_fingerprint = "\n".join(line for line in lines if not line.startswith("fingerprint"))
    with pytest.raises(OfficeKeyInvalid, match="damaged"):
        parse_public_key(without_fingerprint)
    with pytest.raises(OfficeKeyInvalid, match="damaged"):
        parse_public_key(text.replace(office.public.fingerprint, "0000-0000-0000-0000"))
    with pytest.raises(OfficeKeyInvalid, match="damaged"):
        parse_public_key(text + "office: Somebody Else\n")
    with pytest.raises(OfficeKeyInvalid, match="damaged"):
        parse_public_key(text.replace("created: 2025-03-01", "created: yesterday"))


def test_a_changed_recipient_is_not_a_key(office):
    text = export_public_key(office.public)
    recipient = office.public.recipient
    flipped = recipient[:-1] + ("q" if recipient[-1] != "q" else "p")

    with pytest.raises(OfficeKeyInvalid, match="does not contain a valid office key"):
        parse_public_key(text.replace(recipient, flipped))
    with pytest.raises(OfficeKeyInvalid, match="does not contain a valid office key"):
        parse_public_key(text.replace(recipient, "ssh-ed25519 AAAA"))


def test_a_private_key_file_is_refused_and_not_echoed(office):
    with pytest.raises(OfficeKeyInvalid, match="private key") as caught:
        parse_public_key(HEADER + "\n" + office.secret + "\n")
    assert office.secret not in str(caught.value)


def test_office_names_are_checked():
    with pytest.raises(OfficeKeyInvalid, match="office name"):
        generate_office_key("   ", date(2025, 3, 1))
    with pytest.raises(OfficeKeyInvalid, match="office name"):
        generate_office_key("two\nlines", date(2025, 3, 1))


def test_a_damaged_stored_secret_is_a_clear_error():
    with pytest.raises(OfficeKeyInvalid, match="stored office private key is damaged"):
        load_identity("AGE-SECRET-KEY-1NOTREALLY")
