"""From a schema-checked instrument document to the plain model, with the checks of meaning that need no expression.

Checked here: keys that do not fit the question type, messages without their condition, duplicate choice values,
duplicate section and question names, the default language, a translation for every declared language in every text,
and an instrument recommending itself. A yes_no question becomes two choices, ``yes`` (carrying the question's
indicators and elements) and ``no``, labelled with built-in words.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from .i18n import fill, translate
from .instrument_schema import location
from .models import Choice, Instrument, Population, Question, QuestionType, Section, Text

Problem = tuple[str, str]
"""``(location, message)``."""

YES_NO_WORDS: Mapping[str, tuple[str, str]] = {
    "en": ("Yes", "No"),
    "es": ("Sí", "No"),
    "fr": ("Oui", "Non"),
    "pt": ("Sim", "Não"),
    "ht": ("Wi", "Non"),
    "vi": ("Có", "Không"),
    "zh": ("是", "否"),
    "ko": ("예", "아니요"),
    "ar": ("نعم", "لا"),
    "ru": ("Да", "Нет"),
    "tl": ("Oo", "Hindi"),
}
"""The labels of the implicit choices of a yes_no question, by language."""

SELECT_TYPES = frozenset({QuestionType.SELECT_ONE, QuestionType.SELECT_MULTIPLE})


def build_instrument(doc: dict[str, Any], source: str) -> tuple[Instrument, list[Problem]]:
    """The instrument a schema-valid document describes, and the problems of meaning found on the way.

    Args:
        doc: The document, already valid against the schema.
        source: Where it came from (kept in ``Instrument.source``).
    """
    problems: list[Problem] = []
    languages = tuple(doc["languages"])
    sections = tuple(_section(raw, ("sections", i), languages, problems) for i, raw in enumerate(doc["sections"]))
    instrument = Instrument(
        id=doc["id"],
        version=doc["version"],
        title=doc["title"],
        population=Population(doc["population"]),
        languages=languages,
        default_language=doc["default_language"],
        sections=sections,
        positive_rule=doc["positive_rule"],
        validation_note=doc["validation_note"],
        description=doc.get("description", {}),
        disclosure=dict(doc["disclosure"]),
        recommends=doc.get("recommends"),
        source=source,
    )
    if instrument.default_language not in languages:
        problems.append(
            (
                "default_language",
                fill(
                    translate("Instruments", "'%1' is not one of the languages (%2)"),
                    instrument.default_language,
                    ", ".join(languages),
                ),
            )
        )
    if instrument.recommends == instrument.id:
        problems.append(("recommends", translate("Instruments", "an instrument cannot recommend itself")))
    problems += _duplicate_names(instrument)
    problems += (
        (where, message) for where, text in _texts(instrument) for message in _translation_problems(text, languages)
    )
    return instrument, problems


def _section(raw: dict[str, Any], at: tuple, languages: tuple[str, ...], problems: list[Problem]) -> Section:
    questions = tuple(_question(q, (*at, "questions", j), languages, problems) for j, q in enumerate(raw["questions"]))
    return Section(raw["name"], raw["title"], raw["guidance"], questions, raw.get("relevant"))


def _question(raw: dict[str, Any], at: tuple, languages: tuple[str, ...], problems: list[Problem]) -> Question:
    kind = QuestionType(raw["type"])
    problems += _shape_problems(raw, kind, at)
    if kind is QuestionType.YES_NO:
        yes_carries = (tuple(raw.get("indicators", ())), tuple(raw.get("elements", ())))
        choices = _yes_no_choices(yes_carries, languages, at, problems)
    else:
        choices = tuple(
            Choice(c["value"], c["label"], tuple(c.get("indicators", ())), tuple(c.get("elements", ())))
            for c in raw.get("choices", ())
        )
    required = raw.get("required")
    if isinstance(required, bool):
        required = "true()" if required else None
    return Question(
        name=raw["name"],
        type=kind,
        label=raw["label"],
        hint=raw.get("hint", {}),
        choices=choices,
        relevant=raw.get("relevant"),
        constraint=raw.get("constraint"),
        constraint_message=raw.get("constraint_message", {}),
        required=required,
        required_message=raw.get("required_message", {}),
        allow_skip=raw.get("allow_skip", False),
    )


def _shape_problems(raw: dict[str, Any], kind: QuestionType, at: tuple) -> Iterator[Problem]:
    """Keys that do not fit the question type, messages without their condition, duplicate choice values."""
    if kind in SELECT_TYPES and "choices" not in raw:
        yield location(at), fill(translate("Instruments", "'choices' is missing: %1 needs at least 2 choices"), kind)
    if kind not in SELECT_TYPES and "choices" in raw:
        yield location((*at, "choices")), translate("Instruments", "only select_one and select_multiple have choices")
    if kind is not QuestionType.YES_NO and "indicators" in raw:
        yield (
            location((*at, "indicators")),
            translate("Instruments", "only yes_no questions carry indicators here; put them on the choices"),
        )
    if kind is not QuestionType.YES_NO and "elements" in raw:
        yield (
            location((*at, "elements")),
            translate("Instruments", "only yes_no questions carry elements here; put them on the choices"),
        )
    if kind is QuestionType.NOTE:
        for key in ("required", "constraint", "allow_skip"):
            if key in raw:
                yield (
                    location((*at, key)),
                    fill(translate("Instruments", "a note has no answer, so it has no '%1'"), key),
                )
    if "constraint" in raw and "constraint_message" not in raw:
        yield location(at), translate("Instruments", "'constraint_message' is missing: a constraint needs one")
    for condition, message in (("constraint", "constraint_message"), ("required", "required_message")):
        if message in raw and condition not in raw:
            yield (
                location((*at, message)),
                fill(translate("Instruments", "there is no '%1' for this message"), condition),
            )
    values = [c["value"] for c in raw.get("choices", ())]
    for k, value in enumerate(values):
        if value in values[:k]:
            yield (
                location((*at, "choices", k, "value")),
                fill(translate("Instruments", "choice value '%1' is used twice in this question"), value),
            )


def _yes_no_choices(
    yes_carries: tuple[tuple[str, ...], tuple[str, ...]], languages: tuple[str, ...], at: tuple, problems: list[Problem]
) -> tuple[Choice, ...]:
    """The ``yes`` and ``no`` choices; ``yes_carries`` is ``(indicators, elements)`` of the answer yes."""
    missing = [lang for lang in languages if lang not in YES_NO_WORDS]
    if missing:
        message = translate("Instruments", "no built-in words for yes and no in %1; use select_one with choices")
        problems.append((location((*at, "type")), fill(message, ", ".join(missing))))
    yes = {lang: YES_NO_WORDS[lang][0] for lang in languages if lang in YES_NO_WORDS}
    no = {lang: YES_NO_WORDS[lang][1] for lang in languages if lang in YES_NO_WORDS}
    indicators, elements = yes_carries
    return Choice("yes", yes, indicators, elements), Choice("no", no)


def _duplicate_names(instrument: Instrument) -> Iterator[Problem]:
    sections: dict[str, str] = {}
    questions: dict[str, str] = {}
    for i, section in enumerate(instrument.sections):
        here = location(("sections", i))
        if section.name in sections:
            yield (
                f"{here}.name",
                fill(
                    translate("Instruments", "section name '%1' is already used at %2"),
                    section.name,
                    sections[section.name],
                ),
            )
        sections.setdefault(section.name, here)
        for j, question in enumerate(section.questions):
            here = location(("sections", i, "questions", j))
            if question.name in questions:
                yield (
                    f"{here}.name",
                    fill(
                        translate("Instruments", "question name '%1' is already used at %2"),
                        question.name,
                        questions[question.name],
                    ),
                )
            questions.setdefault(question.name, here)


def _texts(instrument: Instrument) -> Iterator[tuple[str, Text]]:
    """Every translatable text with its location, in file order (yes/no labels are built in and not listed)."""
    yield "title", instrument.title
    yield "validation_note", instrument.validation_note
    if instrument.description:
        yield "description", instrument.description
    for setting, text in instrument.disclosure.items():
        yield f"disclosure.{setting}", text
    for i, section in enumerate(instrument.sections):
        yield location(("sections", i, "title")), section.title
        yield location(("sections", i, "guidance")), section.guidance
        for j, question in enumerate(section.questions):
            at = ("sections", i, "questions", j)
            for key in ("label", "hint", "constraint_message", "required_message"):
                text = getattr(question, key)
                if text:
                    yield location((*at, key)), text
            if question.type in SELECT_TYPES:
                for k, choice in enumerate(question.choices):
                    yield location((*at, "choices", k, "label")), choice.label


def _translation_problems(text: Text, languages: tuple[str, ...]) -> Iterator[str]:
    missing = [lang for lang in languages if lang not in text]
    if missing:
        yield fill(translate("Instruments", "missing translation: %1"), ", ".join(missing))
    extra = [lang for lang in text if lang not in languages]
    if extra:
        yield fill(
            translate("Instruments", "language %1 is not in the instrument's languages (%2)"),
            ", ".join(extra),
            ", ".join(languages),
        )
