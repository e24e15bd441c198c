"""What each kind of referral action asks, in a few words, for deadline lists."""

from __future__ import annotations

from fieldscreen.core.i18n import QT_TRANSLATE_NOOP, translate
from fieldscreen.core.routing import ActionKind

_TITLES = {
    ActionKind.HHS_RFA: QT_TRANSLATE_NOOP("Actions", "Request for Assistance to HHS"),
    ActionKind.HHS_UC_NOTICE: QT_TRANSLATE_NOOP("Actions", "Unaccompanied child notice to HHS"),
    ActionKind.ORR_TRANSFER: QT_TRANSLATE_NOOP("Actions", "Custody transfer to ORR"),
    ActionKind.CHILD_WELFARE: QT_TRANSLATE_NOOP("Actions", "Report to child welfare"),
    ActionKind.LAW_ENFORCEMENT: QT_TRANSLATE_NOOP("Actions", "Report to law enforcement"),
    ActionKind.FEDERAL_LAW_ENFORCEMENT: QT_TRANSLATE_NOOP("Actions", "Contact federal law enforcement"),
    ActionKind.IMMIGRATION_LEGAL: QT_TRANSLATE_NOOP("Actions", "Refer to immigration legal services"),
    ActionKind.HHS_CERTIFICATION: QT_TRANSLATE_NOOP("Actions", "HHS certification"),
    ActionKind.TVAP: QT_TRANSLATE_NOOP("Actions", "Refer to TVAP case management"),
    ActionKind.SERVICES: QT_TRANSLATE_NOOP("Actions", "Refer to trafficking-specific services"),
    ActionKind.FOLLOW_UP: QT_TRANSLATE_NOOP("Actions", "Offer a follow-up screening"),
    ActionKind.HOTLINE: QT_TRANSLATE_NOOP("Actions", "Give the hotline number"),
    ActionKind.SERVICE_REFERRAL: QT_TRANSLATE_NOOP("Actions", "Service referral"),
}


def action_title(kind: str) -> str:
    """The short title of an action kind, translated (the kind itself when it is unknown)."""
    try:
        return translate("Actions", _TITLES[ActionKind(kind)])
    except ValueError:
        return kind
