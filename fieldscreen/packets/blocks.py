"""Packet blocks: result and reasons, actions, person, contacts, ICD-10-CM suggestions, signatures, provenance."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from fieldscreen.core.i18n import fill, translate
from fieldscreen.core.person import PersonFacts
from fieldscreen.core.routing import (
    HOTLINE_PHONE,
    HOTLINE_TEXT,
    OTIP_CERTIFICATION,
    OTIP_CHILD_PROTECTION,
    TVAP_CONTACT,
    Urgency,
)

from .answers import answer_flow, changed_words, is_bilingual, unanswered_table
from .content import (
    ActionLine,
    AmendmentLine,
    IcdLine,
    Interview,
    PacketContent,
    Person,
    Result,
    ReturnNote,
    tri_words,
)
from .cover import done_words, urgency_words
from .kit import Kit
from .styles import BODY_WIDTH, CHANGED, INK, URGENCY_COLOURS


def result_block(kit: Kit, result: Result) -> list[Flowable]:
    """The result in one sentence, its category, and the answers and rules that produced it."""
    flow = [
        *kit.heading(translate("Packet", "Result")),
        kit.para(result.summary, "body_bold"),
        kit.facts(
            [
                (translate("Packet", "Result category"), result.category),
                (translate("Packet", "Instrument's screen result"), result.screen_result),
            ]
        ),
        Spacer(1, 4),
    ]
    flow += [kit.para(note) for note in result.notes]
    if result.reasons:
        flow += kit.subheading(translate("Packet", "Reasons: the answers that produced this result"))
        flow.append(_reasons_table(kit, result))
    return flow


def _reasons_table(kit: Kit, result: Result) -> Table:
    """The reasons, one row each; an amended answer's mark (as under Answers) in a full-width row below its reason.

    Both rows carry the changed bar at the left and stay on one page.
    """
    rows: list[list[Flowable | str]] = []
    marks = []
    for r in result.reasons:
        rows.append(
            [
                kit.para(r.question, "cell"),
                kit.para(r.answer, "cell_bold"),
                kit.para(r.indicator, "cell"),
                kit.para(r.rule, "cell"),
            ]
        )
        if r.changes:
            rows.append([kit.para(changed_words(r), "cell_bold"), "", "", ""])
            below = len(rows)  # the mark's row in the grid (the header is row 0)
            marks += [
                ("SPAN", (0, below), (-1, below)),
                ("NOSPLIT", (0, below - 1), (-1, below)),
                ("LINEBEFORE", (0, below - 1), (0, below), 3, CHANGED),
            ]
    header = [
        translate("Packet", "Question"),
        translate("Packet", "Answer"),
        translate("Packet", "Indicator"),
        translate("Packet", "Points to"),
    ]
    table = kit.grid(header, rows, [BODY_WIDTH * 0.38, BODY_WIDTH * 0.14, BODY_WIDTH * 0.24, BODY_WIDTH * 0.24])
    table.setStyle(TableStyle(marks))
    return table


def _action_cell(kit: Kit, action: ActionLine) -> list[Flowable]:
    cell = [kit.para(action.recipient, "cell_bold")]
    if action.done is not None:
        cell.append(kit.para(done_words(kit, action), "cell_bold"))
    cell.append(kit.para(action.reason, "cell"))
    if action.contact:
        cell.append(kit.para(fill(translate("Packet", "Contact: %1"), action.contact), "cell"))
    if action.legal_basis:
        cell.append(kit.para(fill(translate("Packet", "Legal basis: %1"), action.legal_basis), "small"))
    if action.done is None:
        cell += [kit.para(text, "cell_bold") for text in action.cautions]
    cell += [kit.para(text, "small") for text in action.notes]
    return cell


def _status_cell(kit: Kit, action: ActionLine) -> list[Flowable]:
    """Done, or the urgency of an open action (with "not recorded as done" when there is something to do)."""
    if action.done is not None:
        return [kit.para(translate("Packet", "DONE"), "cell_bold"), kit.para(kit.time(action.done.at), "small")]
    cell = [kit.para(urgency_words(action.urgency), "cell")]
    if action.urgency is not Urgency.INFORMATION:
        cell.append(kit.para(translate("Packet", "Not recorded as done"), "small"))
    return cell


def actions_block(kit: Kit, actions: tuple[ActionLine, ...]) -> list[Flowable]:
    """What must happen next: each action with its due time, status and legal basis.

    Open actions come first, most urgent first, then the done ones with when, by whom and their reference number.
    """
    heading = translate("Packet", "What must happen next")
    if not actions:
        return [*kit.heading(heading), kit.para(translate("Packet", "No referral action was recorded."))]
    rows = []
    colours = []
    for i, action in enumerate(actions, start=1):
        due = kit.time(action.due_at) if action.due_at else translate("Packet", "No legal deadline")
        rows.append([kit.para(due, "cell_bold"), _status_cell(kit, action), _action_cell(kit, action)])
        urgency = Urgency.INFORMATION if action.done is not None else action.urgency
        colours.append(("LINEBEFORE", (0, i), (0, i), 3, URGENCY_COLOURS[urgency]))
    header = [translate("Packet", "Due"), translate("Packet", "Status"), translate("Packet", "Who and why")]
    table = kit.grid(header, rows, [BODY_WIDTH * 0.2, BODY_WIDTH * 0.18, BODY_WIDTH * 0.62])
    table.setStyle(TableStyle(colours))
    return [*kit.heading(heading, keep=[table]), table]


def person_block(kit: Kit, person: Person, interview: Interview | None, heading: str = "") -> list[Flowable]:
    """What the referral needs to know about the person and how the interview was held, under ``heading``."""
    not_recorded = translate("Packet", "Not recorded")
    age = str(person.estimated_age) if person.estimated_age is not None else not_recorded
    rows = [
        (translate("Packet", "Name"), person.name or not_recorded),
        (translate("Packet", "Other names used"), "; ".join(person.aliases) or not_recorded),
        (translate("Packet", "Date of birth"), kit.day(person.date_of_birth)),
        (translate("Packet", "Estimated age"), age),
        (translate("Packet", "Age when discovered"), _age_when_discovered(person) or not_recorded),
        (translate("Packet", "Citizenship or immigration status"), person.citizenship),
        (translate("Packet", "Nationality"), person.nationality or not_recorded),
        (translate("Packet", "Unaccompanied child in federal custody (UAC)"), tri_words(person.unaccompanied)),
        (translate("Packet", "Time of discovery"), kit.time(person.discovered_at)),
    ]
    if interview is not None:
        rows += [
            (translate("Packet", "Interview language"), interview.language),
            (translate("Packet", "Interpreter"), interview.interpreter or translate("Packet", "None")),
            (translate("Packet", "Disclosure given"), interview.disclosure or not_recorded),
            (translate("Packet", "Disclosure given at"), kit.time(interview.disclosure_given_at)),
            *interview.conditions,
        ]
        if interview.cautions:
            rows.append((translate("Packet", "Interview conditions"), " ".join(interview.cautions)))
    return [*kit.heading(heading or translate("Packet", "Person and interview")), kit.facts(rows)]


def _age_when_discovered(person: Person) -> str:
    """The age that decides the duties to a child, in words ("15 years: under 18"); "" when nothing tells it."""
    if person.discovered_at is None:
        return ""
    found = PersonFacts(person.discovered_at, date_of_birth=person.date_of_birth, estimated_age=person.estimated_age)
    years = found.age_at(person.discovered_at)
    if years is None:
        return ""
    if person.date_of_birth is not None:
        shown = translate("Packet", "%n year(s)", None, years)
    else:
        shown = translate("Packet", "About %n year(s) (estimated)", None, years)
    return fill(translate("Packet", "%1: under 18"), shown) if years < 18 else shown


def contacts_block(kit: Kit) -> list[Flowable]:
    """The national referral contacts (DOMAIN.md 3.5)."""
    rows = [
        (
            translate("Packet", "National Human Trafficking Hotline (24/7, confidential)"),
            fill(translate("Packet", "Call %1, text %2, TTY 711"), HOTLINE_PHONE, HOTLINE_TEXT),
        ),
        (translate("Packet", "HHS OTIP Child Protection (minors, Request for Assistance)"), OTIP_CHILD_PROTECTION),
        (translate("Packet", "HHS OTIP Certification (adults)"), OTIP_CERTIFICATION),
        (translate("Packet", "TVAP case management (foreign nationals)"), TVAP_CONTACT),
    ]
    return [KeepTogether([kit.para(translate("Packet", "Referral contacts"), "h1"), kit.facts(rows, 260)])]


def icd_block(kit: Kit, lines: tuple[IcdLine, ...], notes: tuple[str, ...]) -> list[Flowable]:
    """ICD-10-CM codes, labelled as suggestions for the clinician."""
    if not lines:
        return []
    rows = [
        [kit.para(line.code, "cell_bold"), kit.para(line.title, "cell"), kit.para(line.note, "small")] for line in lines
    ]
    header = [translate("Packet", "Suggested code"), translate("Packet", "Meaning"), translate("Packet", "Note")]
    suggestions = [
        kit.para(
            translate("Packet", "Suggestions only, not a diagnosis: the clinician decides what to code."), "body_bold"
        ),
        kit.grid(header, rows, [BODY_WIDTH * 0.16, BODY_WIDTH * 0.4, BODY_WIDTH * 0.44]),
        Spacer(1, 4),
        *(kit.para(note, "small") for note in notes),
    ]
    return [*kit.heading(translate("Packet", "ICD-10-CM: suggestions for the clinician")), KeepTogether(suggestions)]


def amendments_block(kit: Kit, amendments: tuple[AmendmentLine, ...]) -> list[Flowable]:
    """The answers changed after finalizing, numbered: before, after, why, when and by whom (the original kept)."""
    if not amendments:
        return []
    header = [
        translate("Packet", "Change"),
        translate("Packet", "Question"),
        translate("Packet", "Before"),
        translate("Packet", "After"),
        translate("Packet", "Why, when, by whom"),
    ]
    rows = [
        [
            kit.para(str(i), "cell_bold"),
            kit.para(f"{change.number}. {change.question}" if change.number else change.question, "cell"),
            kit.para(change.before, "cell"),
            kit.para(change.after, "cell_bold"),
            kit.para(fill(translate("Packet", "%1 (%2, %3)"), change.reason, kit.time(change.at), change.by), "cell"),
        ]
        for i, change in enumerate(amendments, start=1)
    ]
    note = translate(
        "Packet",
        "These answers were changed after the screening was finalized. The answers listed under Answers are the new "
        "ones, each marked with its change number; the answer given before is kept here.",
    )
    widths = [BODY_WIDTH * 0.09, BODY_WIDTH * 0.3, BODY_WIDTH * 0.14, BODY_WIDTH * 0.14, BODY_WIDTH * 0.33]
    follow = [kit.para(note, "small"), Spacer(1, 4), kit.grid(header, rows, widths, split_rows=True)]  # any length
    return [*kit.heading(translate("Packet", "Changed after finalizing"), keep=follow), *follow]


def returned_block(kit: Kit, note: ReturnNote | None) -> list[Flowable]:
    """The latest return to the screener: when, by whom and why, then what changed after it.

    The questions answered again show the answer now as under Answers; those left without an answer follow; when
    neither, it says that no answer changed.
    """
    if note is None:
        return []
    said = fill(
        translate("Packet", "Returned by the supervisor on %1 (%2): %3"), kit.time(note.at), note.by, note.comment
    )
    follow: list[Flowable] = [kit.para(said, "body_bold"), Spacer(1, 4)]
    bilingual = is_bilingual(kit)
    if note.changed:
        intro = translate(
            "Packet", "Answered again after the return, with the answer now (it may be the same as before):"
        )
        follow.append(kit.para(intro, "small"))
        for row in note.changed:
            follow += answer_flow(kit, row, bilingual)
    if note.unanswered:
        intro = translate("Packet", "Without an answer now (cleared after the return, or no longer asked):")
        follow += [Spacer(1, 6), kit.para(intro, "small")]
        follow += [unanswered_table(kit, *question, bilingual) for question in note.unanswered]
    if not note.changed and not note.unanswered:
        follow.append(kit.para(translate("Packet", "No answer was changed after the return.")))
    for sentence in note.details:
        follow += [Spacer(1, 4), kit.para(sentence)]
    return [*kit.heading(translate("Packet", "Returned to the screener"), keep=follow[:3]), *follow]


def signatures_block(kit: Kit) -> list[Flowable]:
    """Signature lines for the screener and the supervisor, each with a date."""
    labels = [translate("Packet", "Screener"), translate("Packet", "Supervisor")]
    data = [[kit.para(label, "label"), "", kit.para(translate("Packet", "Date"), "label"), ""] for label in labels]
    table = kit.table(
        data,
        [80, BODY_WIDTH * 0.5, 40, BODY_WIDTH - 120 - BODY_WIDTH * 0.5],
        [
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LINEBELOW", (1, 0), (1, -1), 0.8, INK),
            ("LINEBELOW", (3, 0), (3, -1), 0.8, INK),
        ],
        row_heights=[34, 34],
    )
    return [KeepTogether([kit.para(translate("Packet", "Signatures"), "h1"), table])]


def provenance_block(kit: Kit, content: PacketContent) -> list[Flowable]:
    """Which instrument and rules produced the packet, and the instrument's validation note."""
    rows = []
    if content.instrument is not None:
        rows.append(
            (
                translate("Packet", "Instrument"),
                f"{content.instrument.title} ({content.instrument.id} {content.instrument.version})",
            )
        )
    if content.rules_version:
        rows.append((translate("Packet", "Rules version"), content.rules_version))
    rows.append((translate("Packet", "Packet created"), kit.time(content.created_at)))
    flow: list[Flowable] = [kit.para(translate("Packet", "About this packet"), "h1"), kit.facts(rows)]
    if content.instrument is not None and content.instrument.validation_note:
        flow.append(Spacer(1, 4))
        flow.append(kit.para(content.instrument.validation_note, "small"))
    flow.append(
        kit.para(
            translate(
                "Packet",
                "The result lists indicators present in the answers. It supports professional judgment and is not a "
                "legal determination; declined and unknown answers are never counted as no.",
            ),
            "small",
        )
    )
    return [KeepTogether(flow)]
