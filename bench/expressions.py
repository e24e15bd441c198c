"""Re-evaluating a 200-question instrument after one answer; target: median under 1 ms.

Two instruments of 200 questions in 10 sections, each question's relevance reading the one before it:

- "interview": ``coalesce(${prev}, 'yes') != 'no'``, mixed question types with constraints, answered in a shuffled,
  realistic order: a "no" hides the next question, and hiding it may show the one after again.
- "cascade": ``${prev} = 'yes'``, everything answered "yes", then the first answer flipped between "no" and "yes":
  each flip hides or shows all 199 other questions, the worst case a single answer can cause.

Each is printed as a median and as a ratio to a bare loop of 200 dictionary updates timed in the same run, so the
figures can be compared across machines. Run: ``.venv/bin/python bench/expressions.py``.
"""

from __future__ import annotations

import random
import statistics
import time

import yaml

from fieldscreen.core.instrument_loader import LoadedInstrument, load_instrument_text
from fieldscreen.core.models import Answer, AnswerStatus
from fieldscreen.core.screening import Screening

QUESTIONS = 200
SECTIONS = 10
ROUNDS = 2000
TARGET_NS = 1_000_000
TEXT = {"en": "x", "es": "x"}


def instrument(cascade: bool) -> LoadedInstrument:
    sections = []
    for s in range(SECTIONS):
        questions = []
        for k in range(QUESTIONS // SECTIONS):
            i = s * (QUESTIONS // SECTIONS) + k
            question = {"name": f"q{i}", "type": "yes_no", "label": TEXT, "indicators": ["D01"]}
            if not cascade and i % 10 == 5:
                question.update(type="integer", constraint=". >= 0 and . <= 120", constraint_message=TEXT)
                question.pop("indicators")
            if i:
                prev = f"${{q{i - 1}}}"
                question["relevant"] = f"{prev} = 'yes'" if cascade else f"coalesce({prev}, 'yes') != 'no'"
            questions.append(question)
        sections.append({"name": f"s{s}", "title": TEXT, "guidance": TEXT, "questions": questions})
    doc = {
        "id": "bench",
        "version": "1.0",
        "title": TEXT,
        "population": "any",
        "languages": ["en", "es"],
        "default_language": "en",
        "validation_note": TEXT,
        "disclosure": {"law_enforcement": TEXT, "health": TEXT, "social_service": TEXT},
        "positive_rule": " or ".join(f"${{q{i}}} = 'yes'" for i in range(0, QUESTIONS, 10)),
        "sections": sections,
    }
    return load_instrument_text(yaml.safe_dump(doc), "bench.yaml")


def timed(action) -> int:
    start = time.perf_counter_ns()
    action()
    return time.perf_counter_ns() - start


def dict_loop_ns() -> float:
    keys = [f"q{i}" for i in range(QUESTIONS)]
    values: dict[str, object] = {}

    def loop() -> None:
        for key in keys:
            values[key] = "yes"

    return statistics.median(timed(loop) for _ in range(ROUNDS))


def interview_ns(loaded: LoadedInstrument) -> float:
    rng = random.Random(7)
    screening = Screening(loaded)
    samples = []
    for _ in range(ROUNDS):
        name = rng.choice([q.name for q in screening.visible_questions()])
        kind = loaded.questions[name].question.type
        value = rng.randint(0, 130) if kind == "integer" else rng.choice(["yes", "yes", "yes", "no"])
        answer = Answer(AnswerStatus.DECLINED) if rng.random() < 0.05 else Answer(AnswerStatus.ANSWERED, value)
        samples.append(timed(lambda n=name, a=answer: screening.answer(n, a)))
    return statistics.median(samples)


def cascade_ns(loaded: LoadedInstrument) -> float:
    screening = Screening(loaded)
    for name in loaded.questions:
        screening.answer(name, Answer(AnswerStatus.ANSWERED, "yes"))
    samples = []
    for round_ in range(ROUNDS // 10):
        answer = Answer(AnswerStatus.ANSWERED, "no" if round_ % 2 == 0 else "yes")
        samples.append(timed(lambda a=answer: screening.answer("q0", a)))
    assert len(screening.visible_questions()) == QUESTIONS  # the last flip showed everything again
    return statistics.median(samples)


def main() -> None:
    baseline = dict_loop_ns()
    rows = [
        ("bare loop of 200 dict updates (baseline)", baseline),
        ("one answer, interview order", interview_ns(instrument(cascade=False))),
        ("one answer hiding/showing 199 (worst case)", cascade_ns(instrument(cascade=True))),
    ]
    print(f"expressions: {QUESTIONS}-question instrument, chained relevance; target median < {TARGET_NS / 1e6:g} ms")
    for label, ns in rows:
        verdict = "" if ns is baseline else f"  {ns / baseline:6.1f}x baseline  {'OK' if ns < TARGET_NS else 'SLOW'}"
        print(f"  {label:<44} {ns / 1000:9.1f} us{verdict}")


if __name__ == "__main__":
    main()
