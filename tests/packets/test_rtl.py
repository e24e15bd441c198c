"""Right-to-left text: an Arabic, Persian and Hebrew packet is rendered for real and its stored (visual) text read back.

The text layer holds each line as drawn, left to right, with joined Arabic forms given back as plain letters; so a
right-to-left word reads reversed here, and its joined forms show in the paragraph markup.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from packet_samples import referral
from pdf_reading import body_text, glyphless_characters, read_back, reader, stored_order

from fieldscreen.core.models import AnswerStatus
from fieldscreen.packets import AnswerRow, AnswerSection, Interview, build_packet, load_fonts
from fieldscreen.packets.rtl import visual_order
from fieldscreen.packets.safe_text import markup

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"
NAME = "רחל כהן"
ANSWER = "המעסיק (Acme Ltd) מאז 2024"
STORY = (
    "أعمل في المزرعة اثنتي عشرة ساعة في اليوم منذ 2024 ويقولون إنني مدين بثلاثة آلاف دولار (3000 USD) لشركة Acme. "
    "لا أستطيع المغادرة لأنهم أخذوا جواز سفري، وأنا خائف جداً من صاحب العمل ومن الشرطة أيضاً. تحدثت مع أختي مرة "
    "واحدة فقط في آخر الشهر"
)
ROWS = (
    AnswerRow(
        "هل وعدوك بعمل مختلف؟ سلام",
        "Were you promised a different job?",
        AnswerStatus.ANSWERED,
        "نعم",
        "Yes",
        number="1",
    ),
    AnswerRow(
        "آیا کسی پاسپورت شما را نگه می‌دارد؟",
        "Does someone keep your passport?",
        AnswerStatus.ANSWERED,
        "بله، گچپژ",
        "Yes",
        number="2",
    ),
    AnswerRow(
        "מי שומר את הדרכון שלך?", "Who keeps your passport?", AnswerStatus.ANSWERED, ANSWER, "The employer", number="3"
    ),
    AnswerRow(
        "أخبرني عن عملك.", "Tell me about your work.", AnswerStatus.ANSWERED, STORY, "", free_text=True, number="4"
    ),
)


URDU = "وہ کہتے ہیں کہ قرضۂ سفر ابھی باقی ہے، زکوٰۃ بھی۔ پاسپورٹ مالک کے پاس ہے، گھر جاۓ تو کیسے"
PERSIAN = "گذرنامه‌ام در خانۀ صاحب‌کار است"
LETTERS_DEJAVU_LACKS = "ۀہۂۃےۓ"
URDU_ROWS = (
    AnswerRow("آپ کا پاسپورٹ کس کے پاس ہے؟", "Who keeps your passport?", AnswerStatus.ANSWERED, URDU, "", number="1"),
    AnswerRow("پاسپورت شما کجاست؟", "Where is your passport?", AnswerStatus.ANSWERED, PERSIAN, "", number="2"),
)


def _pdf(
    sections: tuple[AnswerSection, ...] = (AnswerSection("العمل", "Work", ROWS),), language: str = "العربية (ar)"
) -> bytes:
    content = referral(
        sections=sections,
        interview=Interview(language, language[-3:-1], "Telephone interpreter", "Health setting", None),
    )
    return build_packet(replace(content, person=replace(content.person, name=NAME)), FONTS)


def _urdu_pdf() -> bytes:
    return _pdf((AnswerSection("کام کی جگہ", "Workplace", URDU_ROWS),), "اردو (ur)")


def _reversed(text: str) -> str:
    return text[::-1]


def test_words_and_numbers_are_stored_in_visual_order():
    text = body_text(_pdf())
    assert _reversed(NAME) in text
    assert "2024 זאמ (Acme Ltd) קיסעמה" in text
    assert "ژپچگ ،هلب" in text
    assert "مالس" in text  # "سلام": seen, lam-alef ligature, meem, drawn right to left


def test_arabic_letters_are_joined_and_lam_alef_is_one_ligature():
    fonts = load_fonts(FONTS)
    assert markup("سلام", fonts) == "\ufeb3\ufefc\ufee1"
    assert markup("گچپژ", fonts) == "\ufb94\ufb7d\ufb59\ufb8b"
    assert markup("Ana Lucía", fonts) == "Ana Lucía"


def test_every_urdu_and_persian_letter_is_drawn_with_a_glyph():
    pdf = _urdu_pdf()
    assert set(LETTERS_DEJAVU_LACKS) <= set(URDU + PERSIAN)
    assert glyphless_characters(pdf) == {}
    assert glyphless_characters(_pdf()) == {}  # Arabic and Hebrew
    assert {"NotoSansArabic-Regular", "NotoSansArabic-Bold"} <= read_back(pdf).fonts
    text = body_text(pdf)
    assert _reversed("خانۀ") in text
    assert _reversed("قرضۂ") in text


def test_letters_dejavu_lacks_are_joined_in_the_fallback_font_when_it_has_the_form():
    fonts = load_fonts(FONTS)
    assert markup("کہے", fonts) == '\ufb90<font name="FS-Arabic">\ufba9\ufbaf</font>'
    assert markup("خانۀ", fonts, bold=True) == '\ufea7\ufe8e\ufee7<font name="FS-Arabic-Bold">\ufba5</font>'
    assert markup("قرضۂ", fonts) == '\ufed7\ufeae\ufebd<font name="FS-Arabic">\u06c2</font>'


def test_a_wrapped_right_to_left_paragraph_starts_on_its_first_line():
    lines = body_text(_pdf()).split("\n")
    first = next(i for i, line in enumerate(lines) if _reversed("أعمل في المزرعة") in line)
    last = next(i for i, line in enumerate(lines) if _reversed("في آخر الشهر") in line)
    assert last > first
    assert lines[first].rstrip().endswith(_reversed("أعمل في المزرعة"))


def test_right_to_left_paragraphs_are_right_aligned():
    starts: dict[str, float] = {}

    def note(text, _cm, tm, _font, _size):
        starts.setdefault(text.strip(), tm[4])

    with stored_order():
        reader(_pdf()).pages[1].extract_text(visitor_text=note)
    name_x = next(x for text, x in starts.items() if _reversed(NAME) in text)
    assert name_x > starts["Guatemala"] + 200


def test_visual_order_mirrors_brackets_and_keeps_numbers_left_to_right():
    assert "".join(ch for _, ch in visual_order("שלום [x] (12) abc", "R")) == "abc (12) [x] םולש"
    assert [i for i, _ in visual_order("ab שג", "L")] == [0, 1, 2, 4, 3]
