"""Referral packets, 24-hour notices and supplements read back with pypdf: what each page must show."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from packet_samples import ALIAS, CASE, NAME, NOW, initial_notice, referral, supplement
from pdf_reading import annotations, image_xobjects, read_back, reader, split_furniture
from reportlab.platypus import KeepTogether, Paragraph, Table
from text_corpus import long_notes

from fieldscreen.core import i18n
from fieldscreen.core.errors import BugError, KnownError
from fieldscreen.core.models import AnswerStatus
from fieldscreen.core.routing import Urgency
from fieldscreen.packets import (
    AnswerRow,
    AnswerSection,
    FontsMissing,
    Interview,
    PacketKind,
    Person,
    Requester,
    build_packet,
    metadata,
    suggested_filename,
)
from fieldscreen.packets.answers import answers_block
from fieldscreen.packets.content import AmendmentLine, ReasonLine
from fieldscreen.packets.cover import urgency_words
from fieldscreen.packets.fonts import load_fonts
from fieldscreen.packets.kit import Kit
from fieldscreen.packets.styles import make_styles

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"
NOTES = long_notes(random.Random(7))


def _read(content):
    pdf = build_packet(content, FONTS)
    return pdf, read_back(pdf)


def _flat(text: str) -> str:
    """Text with every whitespace run (line breaks from wrapping, spaces pypdf adds at cell edges) as one space."""
    return " ".join(text.split())


def test_cover_shows_case_code_urgency_and_deadline_first():
    _, read = _read(referral())
    cover = read.pages[0]
    assert cover.index(CASE) < cover.index("URGENT") < cover.index("Deadline: 2026-11-28 11:05 UTC")
    assert cover.index("Deadline") < cover.index("Result")


@pytest.mark.parametrize("make", [referral, initial_notice, supplement])
def test_every_page_says_page_x_of_y(make):
    _, read = _read(make(sections=(AnswerSection("Notas", "Notes", (_note(NOTES[0]),)),)))
    assert len(read.pages) >= 3
    read.body()  # asserts "Page n of total" as the last line of every page


def _note(text: str) -> AnswerRow:
    return AnswerRow("Notas", "Notes", AnswerStatus.ANSWERED, text, text, free_text=True, number="9")


def test_open_answers_are_shown_in_words_never_as_no():
    _, read = _read(referral(person=Person("Foreign national")))
    text = read.body()
    assert "or papers? Declined 3 " in _flat(text)
    assert "your employer? Don't know 4 " in _flat(text)
    assert "when you want? Skipped Reason for skipping: Interpreter asked for a break" in _flat(text)
    assert "\nNo\n" not in text


def test_an_open_free_text_question_says_so_and_draws_no_empty_answer_box():
    kit = Kit(load_fonts(FONTS), make_styles(load_fonts(FONTS)), UTC, "es")
    declined = AnswerRow("Cuénteme.", "Tell me.", AnswerStatus.DECLINED, "", "", free_text=True, number="1")
    kept = answers_block(kit, (AnswerSection("Notas", "Notes", (declined,)),), "Español (es)")
    flow = [part for f in kept for part in (f._content if isinstance(f, KeepTogether) else [f])]  # noqa: SLF001
    boxes = [f for f in flow if isinstance(f, Paragraph) and f.style.name == "free_text"]
    assert boxes == [], "only an answered text question has its words below it"
    [row] = [f for f in flow if isinstance(f, Table)]
    assert "Declined" in str(row._cellvalues)


def test_in_another_app_language_an_open_answer_reads_in_it_and_in_english_beside_it(spanish_app):
    _, read = _read(referral())
    text = _flat(read.body())
    assert "¿Alguien guarda su pasaporte o sus documentos? Does someone else keep your passport or papers? " in text
    assert "or papers? Prefirió no responder Declined 3 " in text
    assert "your employer? No sabe Don't know 4 " in text
    assert "when you want? Omitida Skipped Reason for skipping: Interpreter asked for a break" in text


def test_answers_show_the_interview_language_beside_english():
    _, read = _read(referral())
    text = read.body()
    assert "Left: as asked, in Español (es). Right: in English." in _flat(text)
    assert "1 ¿Le prometieron un trabajo distinto del que hace? Were you promised a different job" in _flat(text)
    assert "from the one you do? Sí Yes 2" in _flat(text)


def test_an_english_interview_has_one_column():
    _, read = _read(referral(interview=Interview("English (en)", "en")))
    text = read.body()
    assert "Left: as asked" not in text
    assert "¿Le prometieron" not in text and "Were you promised a different job from the one you do?" in text


def test_training_packets_carry_the_watermark_on_every_page():
    _, read = _read(referral(training=True))
    assert len(read.pages) >= 2
    assert all(page.startswith("TRAINING\n") for page in read.pages)
    for number, page in enumerate(read.pages, start=1):  # the header and footer too: the mark may print faintly
        furniture = split_furniture(page, number, len(read.pages))[1]
        assert furniture[1] == "TRAINING: practice data" and furniture[2].startswith("TRAINING \u00b7 "), furniture
    assert "TRAINING CASE: practice data, not a real referral." in read.pages[0]
    _, real = _read(referral())
    assert not any("TRAINING" in page for page in real.pages)


@pytest.mark.parametrize("make", [referral, initial_notice, supplement])
def test_metadata_holds_no_personal_data(make):
    content = make()
    pdf = build_packet(content, FONTS)
    pdf_reader = reader(pdf)
    info = {key: str(value) for key, value in (pdf_reader.metadata or {}).items()}
    expected = {f"/{key.title()}": value for key, value in metadata(content.kind).items()}
    assert {key: info[key] for key in expected} == expected
    assert set(info) <= set(expected) | {"/CreationDate", "/ModDate", "/Trapped"}
    for secret in (CASE, NAME, ALIAS, "County Health", "Guatemala", "J. Rivera"):
        assert all(secret not in value for value in info.values())
    assert "/Metadata" not in pdf_reader.trailer["/Root"]
    assert b"<x:xmpmeta" not in pdf


def test_titles_name_the_kind_of_packet_only():
    assert metadata(PacketKind.REFERRAL)["title"] == "Referral packet"
    assert "notice" in metadata(PacketKind.INITIAL_NOTICE)["title"]


def test_file_names_carry_the_case_code_and_date_only():
    assert suggested_filename("FS-7Q2K", date(2026, 11, 27)) == "FS-7Q2K_2026-11-27.pdf"
    assert suggested_filename("TR-7Q2K", date(2026, 11, 27), training=True) == "TRAINING_TR-7Q2K_2026-11-27.pdf"
    assert suggested_filename("../Ana Pérez/x", date(2026, 11, 27)) == "Ana_P_rez_x_2026-11-27.pdf"
    assert suggested_filename("///", date(2026, 1, 2)) == "packet_2026-01-02.pdf"


def test_initial_notice_works_before_the_screening_is_complete():
    _, read = _read(initial_notice())
    text = read.body()
    for part in ("Part 1: Requester", "Part 2: Child", "Part 3: Potential trafficking concern"):
        assert part in text
    assert "Labor or services\nYes: indicators present" in text
    assert "Commercial sex\nNot known yet" in text
    assert "Works twelve hours a day without pay." in text
    assert "The screening was not complete when this packet was made" in text
    assert "Result category" not in text


def test_supplement_refers_to_the_initial_notice():
    _, read = _read(supplement())
    text = read.body()
    assert "This supplement follows the initial notice" in text
    assert "Initial notice sent\n2026-11-27 13:05 UTC" in text
    assert "Reference number\nRFA-2026-00123" in text
    assert "Result category" in text
    with pytest.raises(BugError):
        supplement(prior_notice=None)


def test_referral_contacts_signatures_and_actions_are_there():
    _, read = _read(referral())
    text = _flat(read.body())
    for number in ("1-888-373-7888", "233733", "202-205-4582", "866-401-5510", "202-205-2321"):
        assert number in text
    assert "Signatures Screener Date Supervisor Date" in text
    assert "2026-11-28 11:05 UTC URGENT Not recorded as done HHS OTIP: Request for Assistance in Shepherd" in text
    assert "Legal basis: 22 U.S.C. 7105(b)(1)(G) (TVPRA 2008)" in text


def test_the_age_when_discovered_is_given_with_whether_it_makes_a_child():
    """The age that decides the 24-hour HHS request, as the office reads it (no catalogue here: "year(s)")."""
    _, estimated = _read(referral())
    assert "Age when discovered About 16 year(s) (estimated): under 18" in _flat(estimated.body())
    found = referral().person.discovered_at
    child = replace(referral().person, estimated_age=None, date_of_birth=date(found.year - 15, 1, 1))
    _, born = _read(referral(person=child))
    assert "Age when discovered 15 year(s): under 18" in _flat(born.body())
    adult = replace(child, date_of_birth=date(found.year - 30, 1, 1))
    _, grown = _read(referral(person=adult))
    assert "Age when discovered 30 year(s)" in _flat(grown.body()) and "30 year(s): under" not in _flat(grown.body())


def test_icd10_suggestions_appear_only_when_given_and_as_suggestions():
    _, read = _read(referral())
    assert "ICD-10-CM: suggestions for the clinician" in read.body()
    assert "T76.62XA" in read.body()
    _, without = _read(referral(icd10=(), icd10_notes=()))
    assert "ICD-10-CM" not in without.body()


@pytest.mark.parametrize("make", [referral, initial_notice, supplement])
def test_packets_never_say_victim(make):
    _, read = _read(make())
    assert "victim" not in "\n".join(read.pages).lower()


def test_labels_go_through_translate():
    i18n.set_backend(lambda context, text, disambiguation=None, n=-1: f"[{text}]" if context == "Packet" else text)
    try:
        content = referral()
        _, read = _read(content)
        assert metadata(PacketKind.REFERRAL)["title"] == "[Referral packet]"
    finally:
        i18n.set_backend(None)
    text = "\n".join(read.pages)
    for label in ("[Referral packet]", "[Case code]", "[Declined]", "[Page 1 of ", "[Referral contacts]"):
        assert label in text


def test_missing_fonts_are_a_known_error(tmp_path):
    with pytest.raises(FontsMissing) as caught:
        build_packet(referral(), tmp_path)
    assert isinstance(caught.value, KnownError)


def test_naive_times_are_refused():
    with pytest.raises(BugError):
        referral(created_at=datetime(2026, 11, 27, 14, 5))


def test_every_free_text_field_takes_ten_thousand_characters():
    notes = NOTES
    content = referral(
        requester=Requester(notes[0], notes[1], notes[2], notes[3]),
        person=Person(notes[4], name=notes[0], aliases=(notes[1], notes[2]), nationality=notes[3]),
        interview=Interview("Español (es)", "es", notes[4], notes[0]),
        sections=(
            AnswerSection(
                "Notas",
                "Notes",
                (
                    AnswerRow("a", "a", AnswerStatus.SKIPPED, skip_reason=notes[1], number="1"),
                    _note(notes[2]),
                ),
            ),
        ),
    )
    pdf, read = _read(content)
    assert len(read.pages) > 15
    assert annotations(pdf) == [] and image_xobjects(pdf) == []


def test_an_answer_changed_after_finalizing_from_ten_thousand_characters_still_makes_a_packet():
    before = "Skipped: " + "the interpreter asked for a pause " * 300  # kept whole, however long, twice
    after, why = "what was said later " * 500, "why it changed " * 600
    changed = AnswerRow("a", "a", AnswerStatus.ANSWERED, after, after, free_text=True, number="1", changes=(1,))
    changed = replace(changed, answer_at_finalizing=before)
    change = AmendmentLine("a", before, after, why, NOW, "sam", number="1")
    _, read = _read(referral(sections=(AnswerSection("Notas", "Notes", (changed,)),), amendments=(change,)))
    body = _flat(read.body())
    assert _flat(before) in body, "the change mark below the answer names the answer before, whole"
    assert "Changed after finalizing" in body and len(read.pages) > 8  # the list of changes splits its rows


def test_cjk_text_uses_the_cid_font_of_its_language():
    def fonts_for(tag: str, question: str) -> set[str]:
        row = AnswerRow(question, "Question", AnswerStatus.ANSWERED, question, "Answer")
        content = referral(interview=Interview(tag, tag), sections=(AnswerSection("x", "x", (row,)),))
        return read_back(build_packet(content, FONTS)).fonts

    assert "HeiseiMin-W3" in fonts_for("ja", "日本語のテキスト")
    assert "HYSMyeongJo-Medium" in fonts_for("ko", "한국어 질문")
    assert "STSong-Light" in fonts_for("zh", "中文问题")
    assert "MSung-Light" in fonts_for("zh-TW", "中文問題")
    assert not {"HeiseiMin-W3", "STSong-Light"} & fonts_for("vi", "Tiếng Việt: người đàn ông")


def test_supplement_reference_is_optional():
    content = supplement()
    _, read = _read(replace(content, prior_notice=replace(content.prior_notice, reference="", sent_at=None)))
    assert "Reference number\nNot recorded" in read.body()


def test_a_heading_is_never_left_alone_at_the_bottom_of_a_page():
    base = referral()
    assert base.result is not None
    first = base.actions[0]
    notes = ("A partial (initial) notice is allowed within 24 hours: send what is known; a supplement can follow.",) * 3
    tall = replace(first, cautions=("If Shepherd cannot be used, call OTIP Child Protection.",) * 2, notes=notes)
    base = replace(base, actions=(tall, *base.actions[1:]))
    reason = base.result.reasons[0]
    orphans = []
    for count in range(1, 16):  # pushes "What must happen next" down the first pages, point by point
        result = replace(base.result, reasons=(reason,) * count)
        _, read = _read(replace(base, result=result, amendments=(_change(),)))
        bodies = read.body().split("\n")
        for heading in ("What must happen next", "Changed after finalizing"):
            orphans += [
                (count, heading) for i, line in enumerate(bodies[:-1]) if line == heading and _ends_page(read, i)
            ]
    assert orphans == []


def _change() -> AmendmentLine:
    return AmendmentLine("Were you promised a different job?", "No", "Yes", "Told us later", NOW, "sam")


def _ends_page(read, line_index: int) -> bool:
    """Whether body line ``line_index`` (of ``read.body()``) is the last body line of its page."""
    seen = 0
    for number, page in enumerate(read.pages, start=1):
        body, _ = split_furniture(page, number, len(read.pages))
        seen += len(body.split("\n"))
        if line_index < seen:
            return line_index == seen - 1
    return False


def test_a_reason_whose_answer_was_amended_carries_the_mark_of_the_answers_table():
    base = referral()
    assert base.result is not None
    amended = replace(base.result.reasons[0], changes=(1,), answer_at_finalizing="No")
    kept = ReasonLine("Do you owe money to your employer?", "Yes", "D03", "labor or services for someone")
    result = replace(base.result, reasons=(amended, kept))
    _, read = _read(replace(base, result=result, amendments=(_change(),)))
    reasons = _flat(read.body()).split("Reasons: the answers that produced this result", 1)[1]
    reasons = reasons.split("What must happen next", 1)[0]
    assert reasons == (
        " Question Answer Indicator Points to Were you promised a different job? Yes D01 fraud Changed after "
        'finalizing: see change 1 under "Changed after finalizing". Answer when finalized: No '
        "Do you owe money to your employer? Yes D03 labor or services for someone "
    )


def test_an_answer_is_never_left_at_the_top_of_a_page_apart_from_its_question():
    filler = "word " * 30
    rows = tuple(
        AnswerRow(
            f"QES{n}Z {filler[: n * 37 % 150]}",
            f"QEN{n}Z {filler[: n * 53 % 150]}",
            AnswerStatus.ANSWERED,
            f"AES{n}Z",
            f"AEN{n}Z",
            number=str(n),
        )
        for n in range(1, 90)
    )
    _, read = _read(referral(sections=(AnswerSection("Trabajo", "Work", rows),)))
    pages = [split_furniture(text, i, len(read.pages))[0] for i, text in enumerate(read.pages, start=1)]
    apart = [n for n in range(1, 90) for page in pages if f"AEN{n}Z" in page and f"QEN{n}Z" not in page]
    assert len(pages) > 3 and apart == [], f"answers on another page than their question: {apart}"


@pytest.mark.parametrize("urgency", list(Urgency))
def test_the_urgency_word_on_the_cover_is_never_broken(urgency):
    large: list[str] = []  # the cover's big words: title, case code, urgency, deadline (the tables' are small)

    def note(text, _cm, _tm, _font, size) -> None:
        if size > 15:
            large.append(text.strip())

    reader(build_packet(referral(urgency=urgency), FONTS)).pages[0].extract_text(visitor_text=note)
    assert urgency_words(urgency) in large, f"drawn whole, on one line: {large}"
