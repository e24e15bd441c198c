"""The initial 24-hour notice to HHS for a foreign-national minor, and its supplement.

Shaped like the HHS/OTIP Request for Assistance (DOMAIN.md 3.1): part 1 the requester, part 2 the child, part 3 the
concern (labor and/or commercial sex, and the circumstances known). The notice works with whatever is known, before
the screening is complete; a supplement names the notice it follows and adds the result, actions and answers.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from fieldscreen.core.i18n import translate

from .answers import answers_block
from .blocks import actions_block, contacts_block, person_block, provenance_block, result_block, signatures_block
from .content import Concern, PacketContent, PacketKind, PriorNotice
from .cover import cover
from .kit import Kit


def _concern_words(value: bool | None) -> str:
    if value is None:
        return translate("Packet", "Not known yet")
    return translate("Packet", "Yes: indicators present") if value else translate("Packet", "None identified so far")


def _prior_notice(kit: Kit, prior: PriorNotice) -> list[Flowable]:
    rows = [
        (translate("Packet", "Initial notice sent"), kit.time(prior.sent_at)),
        (translate("Packet", "Reference number"), prior.reference or translate("Packet", "Not recorded")),
    ]
    return [*kit.heading(translate("Packet", "This supplement follows the initial notice")), kit.facts(rows)]


def _concern(kit: Kit, concern: Concern | None, content: PacketContent) -> list[Flowable]:
    concern = concern or Concern(labor=None, commercial_sex=None)
    flow = [
        *kit.heading(translate("Packet", "Part 3: Potential trafficking concern")),
        kit.facts(
            [
                (translate("Packet", "Labor or services"), _concern_words(concern.labor)),
                (translate("Packet", "Commercial sex"), _concern_words(concern.commercial_sex)),
            ]
        ),
        *kit.subheading(translate("Packet", "Circumstances known")),
    ]
    if concern.circumstances:
        flow += [kit.para(f"\u2022 {text}") for text in concern.circumstances]
    else:
        flow.append(kit.para(translate("Packet", "Nothing recorded yet.")))
    if content.result is not None:
        flow.append(kit.para(content.result.summary, "body_bold"))
    return flow


def notice_story(kit: Kit, content: PacketContent, language_name: str) -> list[Flowable]:
    """The flowables of an initial notice or a supplement."""
    flow = cover(kit, content)
    if content.kind is PacketKind.SUPPLEMENT and content.prior_notice is not None:
        flow += _prior_notice(kit, content.prior_notice)
    flow.append(
        kit.para(
            translate(
                "Packet",
                "Any official who learns that a foreign-national child may have experienced trafficking must notify "
                "HHS within 24 hours (22 U.S.C. 7105(b)(1)(G)). Send what is known; a supplement can follow.",
            ),
            "intro",
        )
    )
    requester = content.requester
    flow += kit.heading(translate("Packet", "Part 1: Requester"))
    flow.append(
        kit.facts(
            [
                (translate("Packet", "Agency"), requester.agency),
                (translate("Packet", "Office"), requester.office or translate("Packet", "Not recorded")),
                (translate("Packet", "Screener"), requester.screener or translate("Packet", "Not recorded")),
                (translate("Packet", "Contact"), requester.contact or translate("Packet", "Not recorded")),
            ]
        )
    )
    flow += person_block(kit, content.person, content.interview, translate("Packet", "Part 2: Child"))
    flow += _concern(kit, content.concern, content)
    if content.kind is PacketKind.SUPPLEMENT and content.result is not None:
        flow += result_block(kit, content.result)
    flow += actions_block(kit, content.actions)
    if content.sections:
        flow += answers_block(kit, content.sections, language_name)
    flow += contacts_block(kit)
    flow += signatures_block(kit)
    flow += provenance_block(kit, content)
    return flow
