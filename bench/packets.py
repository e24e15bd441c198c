"""Packet build time: a full referral packet against a bare reportlab document with the same paragraphs.

The baseline lays out the packet's own paragraphs (the same escaped markup and fonts, made once beforehand) in one
frame, with no tables, cover, page furniture or metadata, in the same run; the packet's time includes making its
markup from the content. Target (issue 5): ratio <= 2 and a median under 150 ms.

Run: ``.venv/bin/python bench/packets.py``
"""

from __future__ import annotations

import io
import statistics
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Table

from fieldscreen.core.models import AnswerStatus
from fieldscreen.core.routing import Urgency
from fieldscreen.packets import (
    ActionLine,
    AnswerRow,
    AnswerSection,
    IcdLine,
    InstrumentInfo,
    Interview,
    PacketContent,
    PacketKind,
    Person,
    ReasonLine,
    Requester,
    Result,
    build_packet,
    load_fonts,
)
from fieldscreen.packets.kit import Kit
from fieldscreen.packets.referral import referral_story
from fieldscreen.packets.styles import make_styles

FONTS_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"
RUNS = 15
TARGET_RATIO = 2.0
TARGET_MS = 150.0
NOW = datetime(2026, 11, 27, 14, 5, tzinfo=UTC)
STATUSES = (AnswerStatus.ANSWERED, AnswerStatus.ANSWERED, AnswerStatus.DECLINED, AnswerStatus.DONT_KNOW)


def sample() -> PacketContent:
    """A realistic referral: three sections of ten questions in Spanish and English, reasons, six actions."""
    sections = []
    for s in range(3):
        rows = []
        for q in range(10):
            n = s * 10 + q + 1
            status = STATUSES[n % len(STATUSES)]
            free = n % 7 == 0
            words = "Trabajo en el campo doce horas al día y me dicen que debo dinero. " * 3 if free else "Sí"
            rows.append(
                AnswerRow(
                    f"¿Pregunta {n}: alguien le prometió un trabajo y después le hizo hacer algo distinto?",
                    f"Question {n}: did anyone promise you a job and then have you do something different?",
                    status,
                    words if status is AnswerStatus.ANSWERED else "",
                    words if free else "Yes",
                    free_text=free and status is AnswerStatus.ANSWERED,
                    number=str(n),
                )
            )
        sections.append(AnswerSection(f"Sección {s + 1}", f"Section {s + 1}", tuple(rows)))
    due = NOW + timedelta(hours=21)
    return PacketContent(
        kind=PacketKind.REFERRAL,
        case_code="FS-BNCH",
        created_at=NOW,
        urgency=Urgency.CRITICAL,
        requester=Requester("County Health Department", "North Clinic", "J. Rivera", "555-0100"),
        person=Person("Foreign national", discovered_at=NOW - timedelta(hours=3), estimated_age=16),
        deadline=due,
        deadline_label="HHS Request for Assistance: 24 hours from discovery",
        interview=Interview("Español (es)", "es", "Telephone interpreter", "Health care disclosure", NOW),
        result=Result(
            "Indicators of possible labor trafficking are present: refer.",
            "Possible labor trafficking",
            "Positive",
            tuple(ReasonLine(f"Question {n}", "Yes", "D01: deception", "element.fraud") for n in range(1, 11)),
        ),
        sections=tuple(sections),
        actions=tuple(
            ActionLine(
                f"Recipient {n}", Urgency.CRITICAL, "Why this action is needed. " * 3, due, "202-205-4582", "Law"
            )
            for n in range(6)
        ),
        icd10=(IcdLine("T76.62XA", "Child forced labor exploitation, suspected, initial encounter", "Suspected."),),
        instrument=InstrumentInfo("brief", "1.0.0", "Brief screen", "Not a validated instrument."),
        rules_version="2026.11-1",
    )


def paragraphs(flowables: Iterable[object]) -> list[Paragraph]:
    """Every paragraph in a story, including those inside tables and keep-together groups."""
    found: list[Paragraph] = []
    for item in flowables:
        if isinstance(item, Paragraph):
            found.append(item)
        elif isinstance(item, Table):
            found += paragraphs(cell for row in item._cellvalues for cell in row)
        elif isinstance(item, KeepTogether):
            found += paragraphs(item._content)
        elif isinstance(item, list | tuple):
            found += paragraphs(item)
    return found


def bare(texts: list[tuple[str, ParagraphStyle]]) -> bytes:
    """The given paragraph markup, one paragraph after another, in a plain SimpleDocTemplate."""
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build([Paragraph(text, style) for text, style in texts])
    return buffer.getvalue()


def median_ms(fn: Callable[[], object], runs: int = RUNS) -> float:
    """The median wall time of ``runs`` calls, in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    content = sample()
    fonts = load_fonts(FONTS_DIR)
    kit = Kit(fonts, make_styles(fonts), UTC, "es")
    story = referral_story(kit, content, "Español (es)")
    texts = [(p.text, p.style) for p in paragraphs(story)]
    build_packet(content, FONTS_DIR)
    bare(texts)
    packet = median_ms(lambda: build_packet(content, FONTS_DIR))
    baseline = median_ms(lambda: bare(texts))
    ratio = packet / baseline
    print(f"paragraphs: {len(texts)}")
    print(f"packet:   median {packet:7.1f} ms over {RUNS} builds (target < {TARGET_MS:.0f} ms)")
    print(f"baseline: median {baseline:7.1f} ms (bare SimpleDocTemplate, same paragraphs)")
    print(f"ratio:    {ratio:.2f} (target <= {TARGET_RATIO:.1f})")


if __name__ == "__main__":
    main()
