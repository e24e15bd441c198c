"""The top of every packet: what it is, the case code, the urgency and the deadline, big and clear."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer, Table

from fieldscreen.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from fieldscreen.core.routing import Urgency

from .content import ActionLine, PacketContent, PacketKind
from .kit import Kit
from .styles import BODY_WIDTH, URGENCY_COLOURS

_TITLES = {
    PacketKind.REFERRAL: QT_TRANSLATE_NOOP("Packet", "Referral packet"),
    PacketKind.INITIAL_NOTICE: QT_TRANSLATE_NOOP("Packet", "Initial 24-hour notice to HHS (Request for Assistance)"),
    PacketKind.SUPPLEMENT: QT_TRANSLATE_NOOP("Packet", "Supplement to the initial notice to HHS"),
}

_URGENCY_WORDS = {
    Urgency.CRITICAL: QT_TRANSLATE_NOOP("Packet", "URGENT"),
    Urgency.HIGH: QT_TRANSLATE_NOOP("Packet", "HIGH"),
    Urgency.ROUTINE: QT_TRANSLATE_NOOP("Packet", "ROUTINE"),
    Urgency.INFORMATION: QT_TRANSLATE_NOOP("Packet", "INFORMATION"),
}

_URGENCY_DETAIL = {
    Urgency.CRITICAL: QT_TRANSLATE_NOOP("Packet", "A legal deadline of 24 hours or less"),
    Urgency.HIGH: QT_TRANSLATE_NOOP("Packet", "Act soon"),
    Urgency.ROUTINE: QT_TRANSLATE_NOOP("Packet", "Follow up"),
    Urgency.INFORMATION: QT_TRANSLATE_NOOP("Packet", "Nothing to send"),
}


def packet_title(kind: PacketKind) -> str:
    """The packet's title, translated; it names the kind of packet only, never the person."""
    return translate("Packet", _TITLES[kind])


_BADGE_WIDTH = BODY_WIDTH * 0.34
_BADGE_PADDING = 9
"""The urgency badge's column and its padding: the urgency word is drawn smaller when it would not fit on one line."""


def urgency_words(urgency: Urgency) -> str:
    """The urgency in words, translated."""
    return translate("Packet", _URGENCY_WORDS[urgency])


def done_words(kit: Kit, action: ActionLine) -> str:
    """When and by whom an action was done, and its reference number ("" while it is open).

    For example "Done 2026-03-02 10:00 UTC by sam. Reference number: OTIP-RFA-2026-4471".
    """
    if action.done is None:
        return ""
    done = fill(translate("Packet", "Done %1 by %2."), kit.time(action.done.at), action.done.by)
    if action.done.reference:
        reference = fill(translate("Packet", "Reference number: %1"), action.done.reference)
    else:
        reference = translate("Packet", "No reference number recorded.")
    return f"{done} {reference}"


def version_words(kit: Kit, content: PacketContent) -> str:
    """The packet's version, and from version 2 on which version it replaces.

    For example "Version 2: replaces version 1 of 2026-03-02 09:00 UTC".
    """
    if content.version == 1:
        return fill(translate("Packet", "Version %1"), content.version)
    earlier = kit.time(content.replaces_at)
    if content.version == 2:
        return fill(translate("Packet", "Version %1: replaces version %2 of %3"), 2, 1, earlier)
    return fill(
        translate("Packet", "Version %1: replaces versions 1 to %2 (version %2 of %3)"),
        content.version,
        content.version - 1,
        earlier,
    )


def _deadline_box(kit: Kit, content: PacketContent) -> Table:
    colour = URGENCY_COLOURS[content.urgency]
    if content.deadline is not None:
        deadline = fill(translate("Packet", "Deadline: %1"), kit.time(content.deadline))
    elif any(action.done is not None for action in content.actions):
        deadline = translate("Packet", "No open deadline")
    else:
        deadline = translate("Packet", "No legal deadline")
    right = [kit.para(deadline, "deadline")]
    if content.deadline_label:
        right.append(kit.para(content.deadline_label, "cell"))
    badge = [
        kit.fitted(urgency_words(content.urgency), "badge", _BADGE_WIDTH - 2 * _BADGE_PADDING),
        kit.para(translate("Packet", _URGENCY_DETAIL[content.urgency]), "badge_note"),
    ]
    return kit.table(
        [[badge, right]],
        [_BADGE_WIDTH, BODY_WIDTH - _BADGE_WIDTH],
        [
            ("BACKGROUND", (0, 0), (0, 0), colour),
            ("BOX", (0, 0), (-1, -1), 1.5, colour),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 8),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
            ("LEFTPADDING", (0, 0), (-1, -1), _BADGE_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), _BADGE_PADDING),
        ],
    )


def cover(kit: Kit, content: PacketContent) -> list[Flowable]:
    """Title, case code, urgency and deadline, then who made the packet and when."""
    flow: list[Flowable] = [
        kit.para(packet_title(content.kind), "title"),
        kit.para(
            translate(
                "Packet",
                "Screening support: indicators of possible trafficking, not a legal determination.",
            ),
            "small",
        ),
        Spacer(1, 10),
        kit.para(translate("Packet", "Case code"), "label"),
        kit.para(content.case_code, "case_code"),
        _deadline_box(kit, content),
        Spacer(1, 10),
        kit.para(version_words(kit, content), "body_bold"),
    ]
    if content.amendments:
        flow.append(
            kit.para(
                translate(
                    "Packet",
                    "%n answer change(s) after finalizing: marked under Answers and listed under "
                    '"Changed after finalizing".',
                    None,
                    len(content.amendments),
                ),
                "body_bold",
            )
        )
    if content.returned is not None:
        returned = translate(
            "Packet", 'Returned to the screener on %1 and finalized again: see "Returned to the screener".'
        )
        flow.append(kit.para(fill(returned, kit.time(content.returned.at)), "body_bold"))
    if content.training:
        flow.append(kit.para(translate("Packet", "TRAINING CASE: practice data, not a real referral."), "body_bold"))
    if not content.complete:
        flow.append(
            kit.para(
                translate(
                    "Packet",
                    "The screening was not complete when this packet was made: it shows what was known at that time.",
                ),
                "body_bold",
            )
        )
    rows = [(translate("Packet", "Created"), kit.time(content.created_at))]
    rows += [
        (translate("Packet", "Done"), f"{action.recipient}. {done_words(kit, action)}")
        for action in content.actions
        if action.done is not None
    ]
    if content.kind is PacketKind.REFERRAL:
        rows += [
            (translate("Packet", "Agency"), content.requester.agency),
            (translate("Packet", "Office"), content.requester.office),
            (translate("Packet", "Screener"), content.requester.screener),
            (translate("Packet", "Contact"), content.requester.contact),
        ]
    flow.append(kit.facts([(label, value) for label, value in rows if value]))
    return flow
