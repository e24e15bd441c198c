"""The full referral packet of a screening."""

from __future__ import annotations

from reportlab.platypus import Flowable

from .answers import answers_block
from .blocks import (
    actions_block,
    amendments_block,
    contacts_block,
    icd_block,
    person_block,
    provenance_block,
    result_block,
    returned_block,
    signatures_block,
)
from .content import PacketContent
from .cover import cover
from .kit import Kit


def referral_story(kit: Kit, content: PacketContent, language_name: str) -> list[Flowable]:
    """Cover, result, actions, person, return, changes after finalizing, answers, ICD-10-CM, contacts, signatures."""
    flow = cover(kit, content)
    if content.result is not None:
        flow += result_block(kit, content.result)
    flow += actions_block(kit, content.actions)
    flow += person_block(kit, content.person, content.interview)
    flow += returned_block(kit, content.returned)
    flow += amendments_block(kit, content.amendments)
    if content.sections:
        flow += answers_block(kit, content.sections, language_name)
    flow += icd_block(kit, content.icd10, content.icd10_notes)
    flow += contacts_block(kit)
    flow += signatures_block(kit)
    flow += provenance_block(kit, content)
    return flow
