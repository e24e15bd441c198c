"""Loading an instrument file: YAML, schema, meaning, compiled conditions; every problem as ``FILE: location: message``.

Loading runs in two passes. The first reads the YAML and checks the structure against the schema
(instrument_schema); only a well-formed file gets the second, which checks meaning: unique names, translations,
question types, expressions (syntax, names, functions, arity, choice values) and relevance cycles. Each pass reports
every problem it finds. A valid file becomes a :class:`LoadedInstrument`: the plain :class:`Instrument` plus its
conditions compiled once and the dependency graph the screening state uses to re-evaluate only what a change affects.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from .errors import ProblemList
from .expressions import Expression, ExpressionError, Scope, compile_expression
from .expressions.graph import cycles, evaluation_order
from .i18n import fill, translate
from .instrument_build import Problem, build_instrument
from .instrument_schema import location, schema_problems
from .instrument_yaml import read_yaml
from .models import Instrument, Question, QuestionType, Section

_SECTION_PREFIX = "section:"


class InstrumentInvalid(ProblemList):
    """An instrument file has problems; ``problems`` lists each as ``FILE: location: message``."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(problems, translate("Instruments", "Correct the instrument file and load it again."))


def section_key(name: str) -> str:
    """The dependency-graph key of a section (question keys are question names; ':' never occurs in a name)."""
    return _SECTION_PREFIX + name


@dataclass(frozen=True, eq=False)
class CompiledQuestion:
    """A question with its conditions compiled; ``section`` is the name of its section."""

    question: Question
    section: str
    relevant: Expression | None
    constraint: Expression | None
    required: Expression | None


@dataclass(frozen=True, eq=False)
class CompiledSection:
    """A section with its relevance compiled."""

    section: Section
    relevant: Expression | None


@dataclass(frozen=True, eq=False)
class LoadedInstrument:
    """A valid instrument, ready for screening.

    Attributes:
        instrument: The instrument as plain data (expressions kept as their source text).
        sections: Compiled sections by name, in interview order.
        questions: Compiled questions by name, in interview order.
        positive_rule: The compiled screen result rule.
        visibility_order: Graph keys (question names and :func:`section_key` keys), each after everything its
            visibility depends on.
        visibility_dependents: For a question name or section key, the keys whose visibility reads it.
        check_dependents: For a question name, the questions whose ``required`` or ``constraint`` reads it.
    """

    instrument: Instrument
    sections: Mapping[str, CompiledSection]
    questions: Mapping[str, CompiledQuestion]
    positive_rule: Expression
    visibility_order: tuple[str, ...]
    visibility_dependents: Mapping[str, tuple[str, ...]]
    check_dependents: Mapping[str, tuple[str, ...]]

    @property
    def key(self) -> tuple[str, str]:
        """``(id, version)``."""
        return self.instrument.id, self.instrument.version


def load_instrument_file(path: Path, name: str | None = None) -> LoadedInstrument:
    """Load and validate an instrument file.

    Args:
        path: The YAML file.
        name: How problems name the file; ``str(path)`` when not given.

    Raises:
        InstrumentInvalid: The file cannot be read or has problems.
    """
    shown = name or str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise InstrumentInvalid([f"{shown}: {translate('Instruments', '(file)')}: {reason}"]) from None
    return load_instrument_bytes(data, shown)


def load_instrument_text(text: str, name: str) -> LoadedInstrument:
    """Load and validate an instrument from YAML text (for instruments kept in the database).

    Raises:
        InstrumentInvalid: The text has problems.
    """
    return load_instrument_bytes(text.encode("utf-8", "surrogatepass"), name)


def load_instrument_bytes(data: bytes, name: str) -> LoadedInstrument:
    """Load and validate an instrument from the bytes of a YAML file.

    Args:
        data: The file content.
        name: How problems name the file.

    Raises:
        InstrumentInvalid: With every problem found.
    """
    document, problems = read_yaml(data)
    if document is not None:
        problems += schema_problems(document)
    if not problems:
        instrument, problems = build_instrument(document, name)
        if not problems:
            return _compile(instrument, name)
    raise InstrumentInvalid(_named(name, problems))


def _named(name: str, problems: list[Problem]) -> list[str]:
    return [f"{name}: {where}: {message}" for where, message in problems]


def _compile(instrument: Instrument, name: str) -> LoadedInstrument:
    """Compile every condition and build the dependency graph.

    Raises:
        InstrumentInvalid: An expression is wrong or relevance has a cycle.
    """
    compiler = _Compiler(instrument)
    sections: dict[str, CompiledSection] = {}
    questions: dict[str, CompiledQuestion] = {}
    for i, section in enumerate(instrument.sections):
        at = ("sections", i)
        sections[section.name] = CompiledSection(section, compiler.compile(section.relevant, (*at, "relevant")))
        for j, question in enumerate(section.questions):
            questions[question.name] = compiler.question(question, section.name, (*at, "questions", j))
    positive_rule = compiler.compile(instrument.positive_rule, ("positive_rule",))
    if compiler.problems or positive_rule is None:
        raise InstrumentInvalid(_named(name, compiler.problems))
    depends_on, where = _visibility_graph(sections, questions)
    loops = cycles(depends_on)
    if loops:
        message = translate("Instruments", "relevance cycle: %1")
        raise InstrumentInvalid(
            _named(name, [(where[path[0]], fill(message, " -> ".join(map(_node_name, path)))) for path in loops])
        )
    dependents: dict[str, list[str]] = {key: [] for key in depends_on}
    for key, needs in depends_on.items():
        for need in needs:
            dependents[need].append(key)
    checks: dict[str, set[str]] = {question: set() for question in questions}
    for question, compiled in questions.items():
        for expression in (compiled.constraint, compiled.required):
            for read in expression.references if expression else ():
                checks[read].add(question)
    return LoadedInstrument(
        instrument=instrument,
        sections=sections,
        questions=questions,
        positive_rule=positive_rule,
        visibility_order=tuple(evaluation_order(depends_on)),
        visibility_dependents={key: tuple(keys) for key, keys in dependents.items()},
        check_dependents={key: tuple(q for q in questions if q in readers) for key, readers in checks.items()},
    )


class _Compiler:
    """Compiles expressions against the instrument's questions and collects the problems."""

    def __init__(self, instrument: Instrument) -> None:
        questions = instrument.questions()
        notes = frozenset(q.name for q in questions if q.type is QuestionType.NOTE)
        self.scope = Scope(
            names=frozenset(q.name for q in questions) - notes,
            notes=notes,
            choices={q.name: tuple(c.value for c in q.choices) for q in questions if q.choices},
            multiple=frozenset(q.name for q in questions if q.type is QuestionType.SELECT_MULTIPLE),
        )
        self.constraint_scope = replace(self.scope, allow_dot=True)
        self.problems: list[Problem] = []

    def compile(self, source: str | None, at: tuple, scope: Scope | None = None) -> Expression | None:
        if source is None:
            return None
        try:
            return compile_expression(source, scope or self.scope)
        except ExpressionError as exc:
            self.problems += ((location(at), problem) for problem in exc.problems)
            return None

    def question(self, question: Question, section: str, at: tuple) -> CompiledQuestion:
        return CompiledQuestion(
            question=question,
            section=section,
            relevant=self.compile(question.relevant, (*at, "relevant")),
            constraint=self.compile(question.constraint, (*at, "constraint"), self.constraint_scope),
            required=self.compile(question.required, (*at, "required")),
        )


def _visibility_graph(
    sections: Mapping[str, CompiledSection], questions: Mapping[str, CompiledQuestion]
) -> tuple[dict[str, list[str]], dict[str, str]]:
    """What each section's and question's visibility depends on, in interview order, and where each is written."""
    depends_on: dict[str, list[str]] = {}
    where: dict[str, str] = {}
    for i, (name, section) in enumerate(sections.items()):
        key = section_key(name)
        depends_on[key] = sorted(section.relevant.references) if section.relevant else []
        where[key] = location(("sections", i, "relevant"))
        for j, question in enumerate(section.section.questions):
            reads = questions[question.name].relevant
            depends_on[question.name] = [key, *sorted(reads.references if reads else ())]
            where[question.name] = location(("sections", i, "questions", j, "relevant"))
    return depends_on, where


def _node_name(key: str) -> str:
    if key.startswith(_SECTION_PREFIX):
        return fill(translate("Instruments", "section '%1'"), key.removeprefix(_SECTION_PREFIX))
    return key
