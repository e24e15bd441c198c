from __future__ import annotations

import hashlib
import io
import json
import struct
from datetime import UTC, datetime, timedelta

import pyrage
import pytest
from pypdf import PdfReader
from sync_helpers import make_manifest, make_pdf, seal_before_versions

from fieldscreen.core.errors import BugError
from fieldscreen.sync.errors import ItemUnreadable, NoOfficeIdentity, NoOfficeKey
from fieldscreen.sync.office_keys import generate_office_key, load_identity
from fieldscreen.sync.sealed_item import MAGIC, canonical_json, open_item, seal_item


def _seal(office, code="FS-0001"):
    return seal_item(make_pdf(code), make_manifest(code), office.public)


def _reseal(office, plain: bytes) -> bytes:
    return pyrage.encrypt(plain, [pyrage.x25519.Recipient.from_str(office.public.recipient)])


def test_sealed_item_opens_at_the_office_with_hashes_and_the_real_pdf(office):
    pdf = make_pdf("FS-0001")
    item = seal_item(pdf, make_manifest("FS-0001"), office.public)

    assert item.name == f"{item.content_hash}.fsitem"
    assert hashlib.sha256(item.data).hexdigest() == item.content_hash
    assert item.data.startswith(b"age-encryption.org/v1\n")
    assert b"FS-0001" not in item.data and b"%PDF" not in item.data

    opened = open_item(item.data, load_identity(office.secret), expected_hash=item.content_hash)

    assert opened.pdf == pdf
    assert opened.manifest["case_code"] == "FS-0001"
    assert opened.manifest["pdf_sha256"] == hashlib.sha256(pdf).hexdigest()
    assert opened.manifest["pdf_size"] == len(pdf)
    assert opened.packet_hash == item.packet_hash == hashlib.sha256(canonical_json(opened.manifest)).hexdigest()
    text = PdfReader(io.BytesIO(opened.pdf)).pages[0].extract_text()
    assert "Referral packet FS-0001" in text


def test_sealing_twice_gives_new_bytes_but_the_same_packet_hash(office):
    first, second = _seal(office), _seal(office)

    assert first.content_hash != second.content_hash
    assert first.packet_hash == second.packet_hash


def test_sealing_without_an_office_key_fails_closed():
    with pytest.raises(NoOfficeKey, match="No office key imported") as caught:
        seal_item(make_pdf("FS-1"), make_manifest("FS-1"), None)
    assert "administrator" in caught.value.advice


def test_the_laptop_that_sealed_cannot_open(office):
    item = _seal(office)

    with pytest.raises(NoOfficeIdentity, match="not a receiving office"):
        open_item(item.data, None)


def test_another_office_cannot_open(office):
    item = _seal(office)
    other = generate_office_key("Other Office", office.public.created)

    with pytest.raises(ItemUnreadable, match="sealed for another office") as refused:
        open_item(item.data, load_identity(other.secret))
    advice = refused.value.advice  # not "send it again" alone: that would seal for the same wrong key
    assert other.public.fingerprint in advice and "compares the office key's fingerprint" in advice


@pytest.mark.parametrize("position", [10, 200, 400, -40, -1])
def test_a_flipped_bit_anywhere_is_rejected(office, position):
    data = bytearray(_seal(office).data)
    data[position] ^= 0x01

    with pytest.raises(ItemUnreadable):
        open_item(bytes(data), load_identity(office.secret))


@pytest.mark.parametrize("keep", [0, 30, 250, 0.5, -1])
def test_a_truncated_item_is_rejected(office, keep):
    data = _seal(office).data
    cut = data[: int(len(data) * keep) if isinstance(keep, float) else keep]

    with pytest.raises(ItemUnreadable, match="damaged"):
        open_item(cut, load_identity(office.secret))


def test_a_name_that_does_not_match_the_content_is_rejected(office):
    item, other = _seal(office), _seal(office, "FS-0002")

    with pytest.raises(ItemUnreadable, match="does not match its name"):
        open_item(item.data, load_identity(office.secret), expected_hash=other.content_hash)


def test_a_huge_item_is_rejected_before_decryption(office):
    with pytest.raises(ItemUnreadable, match="too large"):
        open_item(b"\0" * (81 * 1024 * 1024), load_identity(office.secret))


def _container(manifest: dict, pdf: bytes, *, manifest_sha256: str | None = None, extra: bytes = b"") -> bytes:
    digest = manifest_sha256 or hashlib.sha256(canonical_json(manifest)).hexdigest()
    header = canonical_json({"manifest": manifest, "manifest_sha256": digest})
    return MAGIC + struct.pack(">I", len(header)) + header + pdf + extra


def _full_manifest(pdf: bytes) -> dict:
    manifest = make_manifest("FS-0009")
    manifest["pdf_sha256"] = hashlib.sha256(pdf).hexdigest()
    manifest["pdf_size"] = len(pdf)
    return manifest


def test_a_well_encrypted_but_wrong_container_is_rejected_for_each_fault(office):
    identity = load_identity(office.secret)
    pdf = make_pdf("FS-0009")
    good = _full_manifest(pdf)
    not_pdf = b"%PDX" + pdf[4:]  # right hashes, but not a PDF
    assert open_item(_reseal(office, _container(good, pdf)), identity).pdf == pdf

    cases = {
        "not a fieldscreen packet": [
            b"hello",
            b"FSITEM\x00\x02" + _container(good, pdf)[8:],
            MAGIC + struct.pack(">I", 10**9) + b"{}",
            MAGIC + struct.pack(">I", 5) + b"{bad}" + pdf,
            MAGIC + struct.pack(">I", 2) + b"[]" + pdf,
            _container(_full_manifest(not_pdf), not_pdf),
        ],
        "integrity check": [
            _container(good, pdf, manifest_sha256="0" * 64),
            _container(good, pdf, extra=b"trailing"),
            _container(good, pdf[:-1]),
        ],
        "manifest is not valid": [
            _container({**good, "case_code": ""}, pdf),
            _container({**good, "pdf_size": True}, pdf),
            _container({**good, "created_at": "yesterday"}, pdf),
            _container({**good, "actions": [{"kind": "x"}]}, pdf),
            _container({**good, "name": "Jane Doe"}, pdf),
            _container({k: v for k, v in good.items() if k != "app_version"}, pdf),
        ],
    }
    for message, containers in cases.items():
        for plain in containers:
            with pytest.raises(ItemUnreadable, match=message):
                open_item(_reseal(office, plain), identity)


def test_duplicate_json_keys_and_nan_are_rejected(office):
    identity = load_identity(office.secret)
    pdf = make_pdf("FS-0010")
    manifest = _full_manifest(pdf)
    header = canonical_json({"manifest": manifest, "manifest_sha256": "0" * 64})
    duplicated = header[:-1] + b',"manifest_sha256":"' + b"1" * 64 + b'"}'
    with_nan = json.dumps({"manifest": manifest, "manifest_sha256": float("nan")}).encode()
    for bad in (duplicated, with_nan):
        plain = MAGIC + struct.pack(">I", len(bad)) + bad + pdf
        with pytest.raises(ItemUnreadable, match="not a fieldscreen packet"):
            open_item(_reseal(office, plain), identity)


def test_sealing_refuses_malformed_input_as_a_defect(office):
    pdf = make_pdf("FS-1")
    with pytest.raises(BugError):
        seal_item(b"not a pdf", make_manifest("FS-1"), office.public)
    with pytest.raises(BugError):
        seal_item(pdf, {**make_manifest("FS-1"), "person_name": "x"}, office.public)
    with pytest.raises(BugError):
        seal_item(pdf, {**make_manifest("FS-1"), "created_at": "2025-03-01T08:00:00"}, office.public)
    with pytest.raises(BugError):
        seal_item(pdf, {**make_manifest("FS-1"), "actions": [{"kind": "x", "due_at": "soon"}]}, office.public)


def test_the_manifest_states_the_version_and_what_it_replaces(office):
    identity = load_identity(office.secret)
    first = open_item(_seal(office).data, identity).manifest
    assert (first["version"], first["replaces"]) == (1, None)
    made = datetime(2025, 3, 2, 9, 30, tzinfo=UTC)
    manifest = make_manifest("FS-0001", made, version=3, replaces=made - timedelta(minutes=30))
    done = {"at": made.isoformat(), "by": "sam", "reference": "OTIP-RFA-1"}
    manifest["actions"][0]["done"] = done
    third = open_item(seal_item(make_pdf("FS-0001"), manifest, office.public).data, identity).manifest
    assert third["version"] == 3
    assert third["replaces"] == {"version": 2, "created_at": "2025-03-02T09:00:00+00:00"}
    assert third["actions"][0]["done"] == done


def test_a_packet_sealed_before_versions_were_added_still_opens(office):
    pdf = make_pdf("FS-0008")
    name, data = seal_before_versions(pdf, make_manifest("FS-0008"), office)
    opened = open_item(data, load_identity(office.secret), expected_hash=name.removesuffix(".fsitem"))
    assert not {"version", "replaces", "sender"} & set(opened.manifest)
    assert opened.manifest["actions"][0] == {"kind": "notify-hhs-otip", "due_at": "2025-03-02T08:00:00+00:00"}
    assert opened.manifest["case_code"] == "FS-0008" and opened.pdf == pdf


def test_the_manifest_names_the_sender_and_one_stored_before_senders_still_seals_and_opens(office):
    identity = load_identity(office.secret)
    named = open_item(_seal(office).data, identity).manifest
    assert named["sender"] == {"agency": "Field agency", "office": "North office"}
    without = {k: v for k, v in make_manifest("FS-0002").items() if k != "sender"}
    opened = open_item(seal_item(make_pdf("FS-0002"), without, office.public).data, identity).manifest
    assert "sender" not in opened and opened["version"] == 1


def test_a_malformed_version_done_action_or_sender_is_refused(office):
    identity = load_identity(office.secret)
    pdf = make_pdf("FS-0009")
    good = _full_manifest(pdf)
    replaces = {"version": 1, "created_at": good["created_at"]}
    done = {"at": good["created_at"], "by": "sam", "reference": ""}
    bad = [
        {**good, "version": 0},
        {**good, "version": True},
        {**good, "version": "2"},
        {**good, "replaces": replaces},  # version 1 replaces nothing
        {**good, "version": 2},  # version 2 must say what it replaces
        {**good, "version": 2, "replaces": {**replaces, "version": 2}},
        {**good, "version": 2, "replaces": {**replaces, "created_at": "yesterday"}},
        {k: v for k, v in good.items() if k != "replaces"},
        {**good, "actions": [{"kind": "x", "due_at": None, "done": {**done, "at": "2025-03-01T08:00:00"}}]},
        {**good, "actions": [{"kind": "x", "due_at": None, "done": {**done, "name": "Jane Doe"}}]},
        {**good, "actions": [{"kind": "x", "due_at": None, "done": "yes"}]},
        {**good, "sender": "Field agency"},
        {**good, "sender": {"agency": "Field agency"}},
        {**good, "sender": {**good["sender"], "screener": "Jane Doe"}},
        {**good, "sender": {**good["sender"], "office": 7}},
        {**good, "sender": {**good["sender"], "agency": "x" * 201}},
    ]
    for manifest in bad:
        with pytest.raises(ItemUnreadable, match="manifest is not valid"):
            open_item(_reseal(office, _container(manifest, pdf)), identity)
        sealable = {k: v for k, v in manifest.items() if k not in ("pdf_sha256", "pdf_size")}
        with pytest.raises(BugError):
            seal_item(pdf, sealable, office.public)
    ok = {**good, "version": 2, "replaces": replaces, "actions": [{"kind": "x", "due_at": None, "done": done}]}
    assert open_item(_reseal(office, _container(ok, pdf)), identity).manifest == ok
