"""Sample packet content for the packet tests: a foreign-national minor interviewed in Spanish."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from fieldscreen.core.models import AnswerStatus
from fieldscreen.core.person import Tri
from fieldscreen.core.routing import Urgency
from fieldscreen.packets import (
    ActionLine,
    AnswerRow,
    AnswerSection,
    Concern,
    IcdLine,
    InstrumentInfo,
    Interview,
    PacketContent,
    PacketKind,
    Person,
    PriorNotice,
    ReasonLine,
    Requester,
    Result,
)

NOW = datetime(2026, 11, 27, 14, 5, tzinfo=UTC)
DISCOVERED = NOW - timedelta(hours=3)
DEADLINE = DISCOVERED + timedelta(hours=24)
CASE = "FS-7Q2K"
NAME = "Ana Lucía Pérez"
ALIAS = "Lucy"

ROWS = (
    AnswerRow(
        "¿Le prometieron un trabajo distinto del que hace?",
        "Were you promised a different job from the one you do?",
        AnswerStatus.ANSWERED,
        "Sí",
        "Yes",
        number="1",
    ),
    AnswerRow(
        "¿Alguien guarda su pasaporte o sus documentos?",
        "Does someone else keep your passport or papers?",
        AnswerStatus.DECLINED,
        number="2",
    ),
    AnswerRow(
        "¿Debe dinero a quien le da trabajo?", "Do you owe money to your employer?", AnswerStatus.DONT_KNOW, number="3"
    ),
    AnswerRow(
        "¿Puede irse cuando quiera?",
        "Can you leave when you want?",
        AnswerStatus.SKIPPED,
        skip_reason="Interpreter asked for a break",
        number="4",
    ),
    AnswerRow(
        "Cuénteme de su trabajo.",
        "Tell me about your work.",
        AnswerStatus.ANSWERED,
        "Trabajo en el campo doce horas al día y dicen que debo tres mil dólares.",
        "Trabajo en el campo doce horas al día y dicen que debo tres mil dólares.",
        free_text=True,
        number="5",
    ),
)


def referral(**changes: object) -> PacketContent:
    """A full referral packet's content; keyword arguments replace fields."""
    content = PacketContent(
        kind=PacketKind.REFERRAL,
        case_code=CASE,
        created_at=NOW,
        urgency=Urgency.CRITICAL,
        requester=Requester("County Health Department", "North Clinic", "J. Rivera", "555-0100"),
        person=Person(
            "Foreign national",
            discovered_at=DISCOVERED,
            name=NAME,
            aliases=(ALIAS,),
            estimated_age=16,
            nationality="Guatemala",
            unaccompanied=Tri.NO,
        ),
        deadline=DEADLINE,
        deadline_label="HHS Request for Assistance: 24 hours from discovery",
        interview=Interview("Español (es)", "es", "Telephone interpreter, ID 4471", "Health setting", DISCOVERED),
        result=Result(
            "Indicators of possible labor trafficking are present: refer.",
            "Possible labor trafficking",
            "Positive",
            (ReasonLine("Were you promised a different job?", "Yes", "D01", "fraud"),),
            ("Declined and don't-know answers are not counted as no.",),
        ),
        sections=(AnswerSection("Trabajo", "Work", ROWS),),
        actions=(
            ActionLine(
                "HHS OTIP: Request for Assistance in Shepherd",
                Urgency.CRITICAL,
                "A foreign-national child who may have experienced trafficking: notify HHS within 24 hours.",
                DEADLINE,
                "Shepherd; OTIP Child Protection 202-205-4582",
                "22 U.S.C. 7105(b)(1)(G) (TVPRA 2008)",
            ),
            ActionLine("National Human Trafficking Hotline", Urgency.INFORMATION, "Give everyone the hotline."),
        ),
        icd10=(IcdLine("T76.62XA", "Child forced labor exploitation, suspected, initial encounter", "Suspected."),),
        icd10_notes=("Suggestions for the clinician, not a diagnosis.",),
        instrument=InstrumentInfo("brief", "1.0.0", "Brief screen", "Not a validated instrument."),
        rules_version="2026.11-1",
    )
    return replace(content, **changes)


def initial_notice(**changes: object) -> PacketContent:
    """An initial 24-hour notice made before the screening was complete."""
    content = referral(
        kind=PacketKind.INITIAL_NOTICE,
        complete=False,
        result=None,
        icd10=(),
        sections=(AnswerSection("Trabajo", "Work", ROWS[:2]),),
        concern=Concern(labor=True, commercial_sex=None, circumstances=("Works twelve hours a day without pay.",)),
    )
    return replace(content, **changes)


def supplement(**changes: object) -> PacketContent:
    """A supplement to an initial notice sent an hour before."""
    content = referral(
        kind=PacketKind.SUPPLEMENT,
        concern=Concern(labor=True, commercial_sex=False, circumstances=("Says a debt of $3,000 is owed.",)),
        prior_notice=PriorNotice(NOW - timedelta(hours=1), "RFA-2026-00123"),
    )
    return replace(content, **changes)
