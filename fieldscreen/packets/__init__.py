"""packets layer of fieldscreen (see DESIGN.md 3, 7; docs/packets.md): referral packets and 24-hour notices as PDF."""

from .content import (
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
from .document import build_packet, metadata, suggested_filename
from .fonts import FontsMissing, load_fonts

__all__ = [
    "ActionLine",
    "AnswerRow",
    "AnswerSection",
    "Concern",
    "FontsMissing",
    "IcdLine",
    "InstrumentInfo",
    "Interview",
    "PacketContent",
    "PacketKind",
    "Person",
    "PriorNotice",
    "ReasonLine",
    "Requester",
    "Result",
    "build_packet",
    "load_fonts",
    "metadata",
    "suggested_filename",
]
