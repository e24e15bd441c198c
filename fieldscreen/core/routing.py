"""What the law and good practice ask next: referral actions with recipients, due times and legal bases.

``route`` is a function of an assessment, the person facts, the time of routing and this computer's time zone, where
the person is met: ages turn and the 18th-birthday deadline falls at local midnight (DOMAIN.md 1.3, 3.1-3.5;
docs/rules.md). It errs on the side of the person: an unknown age counts as possibly under 18, an unknown citizenship
as possibly foreign, and an inconclusive result still gets the urgent notices, flagged "send what is known".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from .assessment import Assessment, ElementStatus
from .deadlines import (
    CHILD_REPORT_HOURS,
    UC_NOTICE_HOURS,
    UC_TRANSFER_HOURS,
    Countdown,
    countdown,
    hours_after,
    last_rfa_time,
    rfa_due,
)
from .elements import Element
from .i18n import QT_TRANSLATE_NOOP, fill, translate
from .person import Citizenship, Need, PersonFacts, Tri, require_aware

HOTLINE_PHONE = "1-888-373-7888"
HOTLINE_TEXT = "233733"
OTIP_CHILD_PROTECTION = "202-205-4582"
OTIP_CERTIFICATION = "866-401-5510"
TVAP_CONTACT = "202-205-2321; trafficking@acf.hhs.gov"


class ActionKind(StrEnum):
    """The kinds of referral action."""

    HHS_RFA = "hhs_rfa"
    HHS_UC_NOTICE = "hhs_uc_notice"
    ORR_TRANSFER = "orr_transfer"
    CHILD_WELFARE = "child_welfare"
    LAW_ENFORCEMENT = "law_enforcement"
    FEDERAL_LAW_ENFORCEMENT = "federal_law_enforcement"
    IMMIGRATION_LEGAL = "immigration_legal"
    HHS_CERTIFICATION = "hhs_certification"
    TVAP = "tvap"
    SERVICES = "services"
    FOLLOW_UP = "follow_up"
    HOTLINE = "hotline"
    SERVICE_REFERRAL = "service_referral"


class Urgency(StrEnum):
    """How soon to act; actions are listed in this order."""

    CRITICAL = "critical"
    """A legal deadline of 24 hours or less."""
    HIGH = "high"
    """A longer legal deadline, or act soon without one."""
    ROUTINE = "routine"
    """No deadline."""
    INFORMATION = "information"
    """What follows or who else acts; nothing for the screener to send."""


class Flag(StrEnum):
    """A caution attached to an action."""

    CITIZENSHIP_UNKNOWN = "citizenship_unknown"
    AGE_UNKNOWN = "age_unknown"
    BIRTHDAY_BEFORE_DEADLINE = "birthday_before_deadline"
    OVERDUE = "overdue"
    INCONCLUSIVE = "inconclusive"
    STATE_RULES_VARY = "state_rules_vary"
    MINOR_AT_ACT = "minor_at_act"

    @property
    def text(self) -> str:
        """The caution in plain words, translated."""
        return translate("Routing", _FLAG_TEXT[self])


_FLAG_TEXT = {
    Flag.CITIZENSHIP_UNKNOWN: QT_TRANSLATE_NOOP(
        "Routing", "Citizenship unknown: treated as possibly a foreign national."
    ),
    Flag.AGE_UNKNOWN: QT_TRANSLATE_NOOP("Routing", "Age unknown: treated as possibly under 18."),
    Flag.BIRTHDAY_BEFORE_DEADLINE: QT_TRANSLATE_NOOP(
        "Routing", "18th birthday before the deadline: due by 23:59 (local time) on the day before the 18th birthday."
    ),
    Flag.OVERDUE: QT_TRANSLATE_NOOP("Routing", "The deadline has passed: act now."),
    Flag.INCONCLUSIVE: QT_TRANSLATE_NOOP("Routing", "Result inconclusive: send what is known."),
    Flag.STATE_RULES_VARY: QT_TRANSLATE_NOOP(
        "Routing", "State rules vary: follow your state's mandated-reporting law and your agency's protocol."
    ),
    Flag.MINOR_AT_ACT: QT_TRANSLATE_NOOP(
        "Routing", "Under 18 at the time of the act, 18 or over now: the adult routes apply."
    ),
}


@dataclass(frozen=True)
class Action:
    """One thing to do, or to know, after the screening.

    Attributes:
        kind: What kind of action.
        recipient: Who receives it, in plain words.
        contact: Phone numbers or system names, when fixed by law or program ("" when local).
        due_at: The legal deadline (UTC), or ``None``.
        urgency: How soon to act.
        reason: Why, in plain words.
        legal_basis: A named legal reference ("" when none), e.g. "22 U.S.C. 7105(b)(1)(G) (TVPRA 2008)".
        flags: Cautions.
        notes: Further plain-words notes (for example that a partial notice is allowed).
        need: The recorded need, for service referrals.
    """

    kind: ActionKind
    recipient: str
    contact: str
    due_at: datetime | None
    urgency: Urgency
    reason: str
    legal_basis: str
    flags: tuple[Flag, ...] = ()
    notes: tuple[str, ...] = ()
    need: Need | None = None

    def countdown(self, now: datetime) -> Countdown | None:
        """The countdown to the deadline at ``now``, or ``None`` without a deadline."""
        return countdown(self.due_at, now) if self.due_at else None

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "kind": self.kind.value,
            "recipient": self.recipient,
            "contact": self.contact,
            "due_at": self.due_at.isoformat() if self.due_at else None,
            "urgency": self.urgency.value,
            "reason": self.reason,
            "legal_basis": self.legal_basis,
            "flags": [f.value for f in self.flags],
            "notes": list(self.notes),
            "need": self.need.value if self.need else None,
        }


@dataclass(frozen=True)
class _Situation:
    """What routing decides on, worked out once."""

    facts: PersonFacts
    now: datetime
    minor: Tri
    adult_now: bool
    foreign: bool
    definite: bool
    concern: bool
    minor_at_act: bool

    @staticmethod
    def of(assessment: Assessment, facts: PersonFacts, now: datetime) -> _Situation:
        return _Situation(
            facts=facts,
            now=now,
            minor=facts.minor_at(facts.discovered_at),
            adult_now=facts.minor_at(max(now, facts.discovered_at)) is Tri.NO,  # discovery may be a little ahead
            foreign=facts.citizenship in (Citizenship.FOREIGN_NATIONAL, Citizenship.UNKNOWN),
            definite=assessment.indicated,
            concern=assessment.indicated or assessment.inconclusive,
            minor_at_act=assessment.elements[Element.UNDER18_AT_ACT] is ElementStatus.INDICATED,
        )

    def flags(self, *, citizenship: bool = False, age: bool = False, result: bool = False) -> tuple[Flag, ...]:
        found = []
        if citizenship and self.facts.citizenship is Citizenship.UNKNOWN:
            found.append(Flag.CITIZENSHIP_UNKNOWN)
        if age and self.minor is Tri.UNKNOWN:
            found.append(Flag.AGE_UNKNOWN)
        if result and not self.definite:
            found.append(Flag.INCONCLUSIVE)
        return tuple(found)

    def grown_up(self) -> tuple[Flag, ...]:
        """:data:`Flag.MINOR_AT_ACT` for someone under 18 at the act and 18 or over now (never for a child now)."""
        return (Flag.MINOR_AT_ACT,) if self.minor_at_act and self.adult_now else ()

    def overdue(self, due_at: datetime) -> tuple[Flag, ...]:
        return (Flag.OVERDUE,) if self.now > due_at else ()


def _rfa(s: _Situation) -> Action:
    due, capped = rfa_due(s.facts.discovered_at, s.facts.eighteenth_birthday())
    notes = [
        translate(
            "Routing",
            "A partial (initial) notice is allowed within 24 hours: send what is known; a supplement can follow.",
        ),
        fill(
            translate(
                "Routing",
                "If Shepherd cannot be used, email the Request for Assistance as a password-protected PDF to OTIP's "
                "Child Protection Specialists; for questions before sending, call them at %1.",
            ),
            OTIP_CHILD_PROTECTION,
        ),
        translate("Routing", "HHS may not require the child to cooperate with law enforcement."),
    ]
    birthday = s.facts.eighteenth_birthday()
    if birthday is not None and s.now > last_rfa_time(birthday):
        notes.append(
            translate(
                "Routing",
                "The 18th birthday has passed: OTIP accepts no request now. Mark this done with what happened (the "
                "request number, or why none was sent).",
            )
        )
    elif s.now > due:
        notes.append(translate("Routing", "OTIP still accepts requests after the deadline: send it now."))
    return Action(
        kind=ActionKind.HHS_RFA,
        recipient=translate(
            "Routing", "HHS Office on Trafficking in Persons (OTIP): Request for Assistance in Shepherd"
        ),
        contact=fill(translate("Routing", "Shepherd; OTIP Child Protection %1"), OTIP_CHILD_PROTECTION),
        due_at=due,
        urgency=Urgency.CRITICAL,
        reason=translate(
            "Routing",
            "A foreign-national child who may have experienced trafficking: any official must notify HHS within "
            "24 hours of discovery so interim assistance can start.",
        ),
        legal_basis="22 U.S.C. 7105(b)(1)(G) (TVPRA 2008)",
        flags=s.flags(citizenship=True, age=True, result=True)
        + ((Flag.BIRTHDAY_BEFORE_DEADLINE,) if capped else ())
        + s.overdue(due),
        notes=tuple(notes),
    )


def _uc(s: _Situation) -> list[Action]:
    notice_due = hours_after(s.facts.discovered_at, UC_NOTICE_HOURS)
    transfer_due = hours_after(s.facts.discovered_at, UC_TRANSFER_HOURS)
    return [
        Action(
            kind=ActionKind.HHS_UC_NOTICE,
            recipient=translate(
                "Routing", "HHS Office of Refugee Resettlement (ORR): unaccompanied child notification"
            ),
            contact="",
            due_at=notice_due,
            urgency=Urgency.HIGH,
            reason=translate(
                "Routing",
                "An unaccompanied child in federal custody: the agency must notify HHS within 48 hours of discovery, "
                "whatever the screening result.",
            ),
            legal_basis="8 U.S.C. 1232(b)(2) (TVPRA 2008, section 235)",
            flags=s.overdue(notice_due),
        ),
        Action(
            kind=ActionKind.ORR_TRANSFER,
            recipient=translate("Routing", "HHS Office of Refugee Resettlement (ORR): custody transfer"),
            contact="",
            due_at=transfer_due,
            urgency=Urgency.INFORMATION,
            reason=translate(
                "Routing",
                "Custody of an unaccompanied child moves to HHS (ORR) within 72 hours of determining that the child is "
                "unaccompanied, barring exceptional circumstances; the time shown counts from discovery.",
            ),
            legal_basis="8 U.S.C. 1232(b)(3) (TVPRA 2008, section 235)",
        ),
    ]


def _child_reports(s: _Situation) -> list[Action]:
    due = hours_after(s.facts.discovered_at, CHILD_REPORT_HOURS)
    flags = s.flags(age=True, result=True) + (Flag.STATE_RULES_VARY,) + s.overdue(due)
    at_once = (translate("Routing", "Report at once: the due time is the latest limit, not a time to wait for."),)
    basis = translate(
        "Routing",
        "State mandated-reporting law; child welfare then tells law enforcement within 24 hours (42 U.S.C. "
        "671(a)(34)(A))",
    )
    return [
        Action(
            kind=ActionKind.CHILD_WELFARE,
            recipient=translate("Routing", "Child welfare agency (state child abuse hotline)"),
            contact="",
            due_at=due,
            urgency=Urgency.CRITICAL,
            reason=translate(
                "Routing",
                "A child with indicators of possible trafficking, whatever the citizenship: report to child welfare "
                "now. Child welfare agencies must tell law enforcement immediately and within 24 hours.",
            ),
            legal_basis=basis,
            flags=flags,
            notes=at_once,
        ),
        Action(
            kind=ActionKind.LAW_ENFORCEMENT,
            recipient=translate("Routing", "Law enforcement (local police, or federal: HSI or FBI)"),
            contact="",
            due_at=due,
            urgency=Urgency.CRITICAL,
            reason=translate(
                "Routing", "Report a child with indicators of possible trafficking to law enforcement immediately."
            ),
            legal_basis=basis,
            flags=flags,
            notes=at_once,
        ),
    ]


def _minor_at_act_notes(s: _Situation) -> tuple[str, ...]:
    if not s.minor_at_act:
        return ()
    return (translate("Routing", "A commercial sex act by someone under 18 needs no force, fraud or coercion."),)


def _foreign_adult(s: _Situation) -> list[Action]:
    flags = s.flags(citizenship=True) + s.grown_up()
    t_visa_notes = _minor_at_act_notes(s)
    if s.minor_at_act:
        t_visa_notes += (
            translate(
                "Routing",
                "Under 18 at the time of at least one act: exempt from the T-visa requirement to comply with "
                "law-enforcement requests.",
            ),
        )
    return [
        Action(
            kind=ActionKind.FEDERAL_LAW_ENFORCEMENT,
            recipient=translate("Routing", "Federal law enforcement (HSI, FBI or U.S. Attorney's Office)"),
            contact="",
            due_at=None,
            urgency=Urgency.HIGH,
            reason=translate(
                "Routing",
                "Only federal law enforcement can request Continued Presence, a temporary status with work "
                "authorization. Continued Presence must never be used as a bargaining chip for cooperation.",
            ),
            legal_basis="22 U.S.C. 7105(c)(3) (Continued Presence)",
            flags=flags,
            notes=(
                translate(
                    "Routing",
                    "Talk it over with the person first: an adult chooses whether to speak to law enforcement.",
                ),
            )
            + _minor_at_act_notes(s),
        ),
        Action(
            kind=ActionKind.IMMIGRATION_LEGAL,
            recipient=translate("Routing", "Immigration legal services (T visa)"),
            contact="",
            due_at=None,
            urgency=Urgency.HIGH,
            reason=translate(
                "Routing",
                "Refer quickly: an immigration attorney can assess a T-visa application. Threats about immigration "
                "status are a common means of control.",
            ),
            legal_basis="INA 101(a)(15)(T); 8 CFR 214.202 (T nonimmigrant status)",
            flags=flags,
            notes=t_visa_notes,
        ),
        Action(
            kind=ActionKind.HHS_CERTIFICATION,
            recipient=translate("Routing", "HHS OTIP Certification (Request for Certification in Shepherd)"),
            contact=OTIP_CERTIFICATION,
            due_at=None,
            urgency=Urgency.INFORMATION,
            reason=translate(
                "Routing",
                "HHS issues a Certification Letter after DHS grants Continued Presence or a T visa, or finds a T-visa "
                "application bona fide, to an adult willing to assist in every reasonable way with the investigation "
                "or prosecution, or unable to because of trauma; it opens benefits to the same extent as a refugee.",
            ),
            legal_basis="22 U.S.C. 7105(b)(1)(E) (HHS certification)",
            flags=flags,
        ),
        Action(
            kind=ActionKind.TVAP,
            recipient=translate("Routing", "TVAP: HHS-funded case management for foreign nationals"),
            contact=TVAP_CONTACT,
            due_at=None,
            urgency=Urgency.ROUTINE,
            reason=translate(
                "Routing", "Case management for foreign nationals, including people seeking Certification."
            ),
            legal_basis="",
            flags=flags,
        ),
    ]


def _services(s: _Situation) -> Action:
    return Action(
        kind=ActionKind.SERVICES,
        recipient=translate("Routing", "Trafficking-specific services (local provider or through the hotline)"),
        contact=_hotline_contact(),
        due_at=None,
        urgency=Urgency.HIGH,
        reason=translate(
            "Routing", "U.S. citizens and permanent residents need no HHS letter for trafficking-specific services."
        ),
        legal_basis="22 U.S.C. 7105(f)",
        flags=s.flags(citizenship=True) + s.grown_up(),
        notes=_minor_at_act_notes(s),
    )


def _follow_up() -> Action:
    return Action(
        kind=ActionKind.FOLLOW_UP,
        recipient=translate("Routing", "The screener or the receiving agency"),
        contact="",
        due_at=None,
        urgency=Urgency.ROUTINE,
        reason=translate(
            "Routing",
            "Some answers that matter are open. Trust often grows over several meetings: offer a follow-up "
            "screening. Open answers are never read as no.",
        ),
        legal_basis="",
    )


def _hotline_contact() -> str:
    return fill(translate("Routing", "%1; text %2; TTY 711"), HOTLINE_PHONE, HOTLINE_TEXT)


def _hotline() -> Action:
    return Action(
        kind=ActionKind.HOTLINE,
        recipient=translate("Routing", "National Human Trafficking Hotline"),
        contact=_hotline_contact(),
        due_at=None,
        urgency=Urgency.INFORMATION,
        reason=translate(
            "Routing", "Give everyone the hotline, whatever the result: free, confidential, 24 hours a day."
        ),
        legal_basis="",
    )


_NEED_RECIPIENT = {
    Need.SHELTER: QT_TRANSLATE_NOOP("Routing", "Emergency shelter or housing"),
    Need.FOOD: QT_TRANSLATE_NOOP("Routing", "Food assistance"),
    Need.MEDICAL: QT_TRANSLATE_NOOP("Routing", "Medical care"),
    Need.LEGAL: QT_TRANSLATE_NOOP("Routing", "Legal services"),
    Need.IMMIGRATION_LEGAL: QT_TRANSLATE_NOOP("Routing", "Immigration legal services"),
    Need.INTERPRETER: QT_TRANSLATE_NOOP(
        "Routing", "A trained interpreter (never a relative or anyone connected to the person)"
    ),
    Need.SAFETY: QT_TRANSLATE_NOOP("Routing", "Safety planning"),
    Need.CHILDCARE: QT_TRANSLATE_NOOP("Routing", "Child care"),
}


def _needs(s: _Situation, covered: set[ActionKind]) -> list[Action]:
    actions = []
    for need in Need:
        if need not in s.facts.needs:
            continue
        if need is Need.IMMIGRATION_LEGAL and ActionKind.IMMIGRATION_LEGAL in covered:
            continue
        recipient = translate("Routing", _NEED_RECIPIENT[need])
        actions.append(
            Action(
                kind=ActionKind.SERVICE_REFERRAL,
                recipient=recipient,
                contact="",
                due_at=None,
                urgency=Urgency.ROUTINE,
                reason=fill(translate("Routing", "Need recorded during the screening: %1."), recipient),
                legal_basis="",
                need=need,
            )
        )
    return actions


_URGENCY_ORDER = {u: i for i, u in enumerate(Urgency)}


def may_owe_hhs_request(facts: PersonFacts) -> bool:
    """Whether answers showing a concern bring the 24-hour HHS request: the person may be a foreign-national minor.

    Citizenship foreign or not known, and not known to have been 18 or older when discovered: the duty arises at
    discovery, so it stays when the person turns 18 before the screening is routed.
    """
    foreign = facts.citizenship in (Citizenship.FOREIGN_NATIONAL, Citizenship.UNKNOWN)
    return foreign and facts.minor_at(facts.discovered_at) is not Tri.NO


def route(assessment: Assessment, facts: PersonFacts, now: datetime) -> list[Action]:
    """The actions that follow from an assessment, most urgent first.

    Args:
        assessment: The assessment of the screening.
        facts: The person facts; ``discovered_at`` starts the deadlines.
        now: The time of routing (aware). The duties to a child follow the age when discovered (they arise then and
            stay when the person turns 18 meanwhile); the adult routes and "already overdue" follow ``now``.

    Returns:
        The actions, ordered by urgency, then due time.
    """
    s = _Situation.of(assessment, facts, require_aware(now))
    actions: list[Action] = []
    if facts.unaccompanied_child_in_custody is Tri.YES:
        actions += _uc(s)
    if s.concern and s.minor is not Tri.NO:
        if s.foreign:  # and possibly a minor when discovered: may_owe_hhs_request
            actions.append(_rfa(s))
        actions += _child_reports(s)
    if s.definite and s.adult_now:
        if s.foreign:
            actions += _foreign_adult(s)
        if facts.citizenship is not Citizenship.FOREIGN_NATIONAL:
            actions.append(_services(s))
    elif s.definite and facts.citizenship in (Citizenship.US_CITIZEN, Citizenship.PERMANENT_RESIDENT):
        actions.append(_services(s))  # a citizen or LPR child too: services need no HHS letter (DOMAIN.md 1.3)
    if s.concern and not s.definite:
        actions.append(_follow_up())
    actions.append(_hotline())
    actions += _needs(s, {a.kind for a in actions})
    return sorted(actions, key=lambda a: (_URGENCY_ORDER[a.urgency], a.due_at is None, a.due_at or s.now))
