"""Answers by section: the question in the interview language with English beside it, and how it was answered.

Declined, don't-know and skipped questions say so in words; they are never shown as "No". Words recorded for a text
question, and the status of an open question with its skip reason, are shown once, full width, below the question, so
text of any length flows across pages. An answer changed after finalizing shows the new answer with a mark below it:
the change numbers (listed under "Changed after finalizing") and the answer when the screening was finalized.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Table

from fieldscreen.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from fieldscreen.core.models import AnswerStatus

from .content import AnswerRow, AnswerSection, ReasonLine, left_words
from .kit import HEADING_ROOM, SUBHEADING_ROOM, Kit
from .styles import BODY_WIDTH, CHANGED, RULE, SHADE

_NUMBER_WIDTH = 24


_NO_ANSWER = QT_TRANSLATE_NOOP("Packet", "No answer now")


def _status_cells(kit: Kit, local: str, english: str, bilingual: bool) -> list[Flowable | str]:
    """The row saying how an unanswered question was left ("Declined", "Don't know", "Skipped", "No answer now").

    In the app's language on the left and in English on the right; once, across both, when they are the same words.
    """
    if not bilingual:
        return ["", kit.para(english, "cell_status")]
    if local == english:
        return ["", kit.para(english, "cell_status"), ""]
    return ["", kit.para(local, "cell_status"), kit.para(english, "cell_status")]


_Cells = list[list[Flowable | str]]


def _question_table(
    kit: Kit, number: str, question: str, question_en: str, bilingual: bool
) -> tuple[_Cells, list[float], list[tuple]]:
    """The shaded question row (number, interview language, English) with the column widths and table style."""
    text_width = BODY_WIDTH - _NUMBER_WIDTH
    if bilingual:
        widths = [_NUMBER_WIDTH, text_width / 2, text_width / 2]
        data: _Cells = [
            [
                kit.para(number, "cell_bold"),
                kit.para(question, "cell", interview=True),
                kit.para(question_en, "cell"),
            ]
        ]
    else:
        widths = [_NUMBER_WIDTH, text_width]
        data = [[kit.para(number, "cell_bold"), kit.para(question_en, "cell")]]
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ]
    return data, widths, commands


def _add_status(kit: Kit, data: _Cells, commands: list[tuple], words: tuple[str, str], bilingual: bool) -> None:
    """Append the status row of ``words`` (in the app's language, in English), spanning both columns when equal."""
    data.append(_status_cells(kit, *words, bilingual))
    if bilingual and data[-1][2] == "":
        commands.append(("SPAN", (1, -1), (-1, -1)))


def _row_table(kit: Kit, row: AnswerRow, bilingual: bool) -> Table:
    data, widths, commands = _question_table(kit, row.number, row.question, row.question_en, bilingual)
    if row.status is AnswerStatus.ANSWERED and not row.free_text:
        answer = [kit.para(row.answer, "cell_bold", interview=True), kit.para(row.answer_en, "cell_bold")]
        data.append(["", *answer] if bilingual else ["", answer[1]])
    elif row.status is not AnswerStatus.ANSWERED:
        _add_status(kit, data, commands, (left_words(row.status), left_words(row.status, english=True)), bilingual)
    if row.changes:
        commands.append(("LINEBEFORE", (0, 0), (0, -1), 3, CHANGED))  # the mark's words follow below, full width
    return kit.table(data, widths, commands)


def unanswered_table(kit: Kit, question: str, question_en: str, bilingual: bool) -> Table:
    """A question without an answer now, shaped like an answer (no number): "No answer now" where the answer goes."""
    data, widths, commands = _question_table(kit, "", question, question_en, bilingual)
    _add_status(kit, data, commands, (translate("Packet", _NO_ANSWER), _NO_ANSWER), bilingual)
    return kit.table(data, widths, commands)


def changed_words(row: AnswerRow | ReasonLine) -> str:
    """The mark of an answer (or reason) changed after finalizing: its change numbers and the answer when finalized."""
    numbers = ", ".join(str(n) for n in row.changes)
    return fill(
        translate(
            "Packet",
            'Changed after finalizing: see change %1 under "Changed after finalizing". Answer when finalized: %2',
        ),
        numbers,
        row.answer_at_finalizing,
    )


def is_bilingual(kit: Kit) -> bool:
    """Whether answers are shown in two columns (interview language, English): unless the interview was in English."""
    return bool(kit.language) and not kit.language.lower().startswith("en")


def answer_flow(kit: Kit, row: AnswerRow, bilingual: bool) -> list[Flowable]:
    """One question and how it was answered, then its skip reason or recorded words and any change mark, full width.

    The question and its answer row stay on one page (an answer alone at the top of a page cannot be read); the text
    below them flows on across pages, the change mark too (it names the answer given before, of any length).
    """
    table, below = _answer_parts(kit, row, bilingual)
    return [KeepTogether([table]), *below]


def _answer_parts(kit: Kit, row: AnswerRow, bilingual: bool) -> tuple[Table, list[Flowable]]:
    """The question's table (with its answer row) and what follows it full width (:func:`answer_flow`)."""
    below: list[Flowable] = []
    if row.status is AnswerStatus.SKIPPED and row.skip_reason:
        below.append(kit.para(fill(translate("Packet", "Reason for skipping: %1"), row.skip_reason), "free_text"))
    elif row.status is AnswerStatus.ANSWERED and row.free_text:
        below.append(kit.para(row.answer, "free_text", interview=True))
    if row.changes:
        below.append(kit.para(changed_words(row), "changed"))
    return _row_table(kit, row, bilingual), below


def answers_block(kit: Kit, sections: tuple[AnswerSection, ...], language_name: str) -> list[Flowable]:
    """The answers by section, two columns (interview language, English) unless the interview was in English."""
    bilingual = is_bilingual(kit)
    flow = kit.heading(translate("Packet", "Answers"), HEADING_ROOM + SUBHEADING_ROOM)
    if bilingual:
        flow.append(
            kit.para(
                fill(translate("Packet", "Left: as asked, in %1. Right: in English."), language_name),
                "intro",
            )
        )
    for section in sections:
        title = section.title_en
        if bilingual and section.title and section.title != section.title_en:
            title = f"{section.title} / {section.title_en}"
        parts = [_answer_parts(kit, row, bilingual) for row in section.rows]
        first = [parts[0][0]] if parts else []
        flow += kit.subheading(title, interview=bilingual, keep=first)  # never left alone above its first question
        for table, below in parts:
            flow += [KeepTogether([table]), *below]
    return flow
