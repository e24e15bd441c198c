"""Drive the real app offscreen: sign in, resume the one draft from the list, and answer questions by keyboard forever.

Run by ``tests/e2e/test_kill_autosave.py``, which kills this process with SIGKILL at random moments. Usage::

    answer_driver.py DATA_DIR SEED        (user name and password on the first two lines of stdin)

``FIELDSCREEN_TEST_KDF`` gives the installation's Argon2 costs as ``memory_kib,iterations,parallelism``. Lines on
stdout, each flushed at once:

- ``RESUMED <question> <answers>``: the interview opened at ``question``, holding ``answers`` (JSON);
- ``SAVING <question> <answer>``: the service was called with an answer (written just before the call, on the
  thread that makes it, so no commit can come before its line);
- ``SAVED <question> <answer>``: the screen shows that answer as saved.

Answers are JSON objects with ``status``, ``value`` and ``skip_reason``.
"""

from __future__ import annotations

import json
import os
import random
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import Qt  # noqa: E402
from screening_keys import focus, press, sign_in, wait_until  # noqa: E402

from fieldscreen.core.models import Answer, QuestionType  # noqa: E402
from fieldscreen.gui.app import compose, prepare_application  # noqa: E402
from fieldscreen.gui.main_window import MainWindow  # noqa: E402
from fieldscreen.services.installation import Installation  # noqa: E402
from fieldscreen.store.kdf import KdfParams  # noqa: E402

KDF_ENV = "FIELDSCREEN_TEST_KDF"


def shown(answer: Answer | None) -> str:
    """An answer as one line of JSON, without its time stamp."""
    if answer is None:
        return "null"
    data = answer.to_json()
    return json.dumps({k: data[k] for k in ("status", "value", "skip_reason")}, sort_keys=True, ensure_ascii=True)


def say(*words: str) -> None:
    """Write one line and flush it, so a kill right after loses nothing that was said."""
    sys.stdout.write(" ".join(words) + "\n")
    sys.stdout.flush()


def keys_for(kind: QuestionType, choices: int, rng: random.Random) -> list[str]:
    """Keys that answer a question of ``kind`` with ``choices`` choices, picked at random."""
    if kind is QuestionType.YES_NO:
        return [rng.choice("YYNNNDK")]
    if kind is QuestionType.SELECT_ONE:
        return [rng.choice([str(rng.randint(1, min(choices, 9))), "D", "K"])]
    if kind is QuestionType.SELECT_MULTIPLE:
        return [str(rng.randint(1, min(choices - 1, 9))), "Return"]
    if kind is QuestionType.INTEGER:
        return [str(rng.randint(1, 9)), "Return"]
    return ["K"]


def main() -> int:
    """Run until killed."""
    data_dir, seed = Path(sys.argv[1]), int(sys.argv[2])
    username, password = sys.stdin.readline().rstrip("\n"), sys.stdin.readline().rstrip("\n")
    kdf = KdfParams(*(int(part) for part in os.environ[KDF_ENV].split(",")))
    rng = random.Random(seed)
    app, errors, appearance = prepare_application(["answer_driver"])
    installation = Installation(data_dir, kdf=kdf)
    with installation.lock_instance():
        ops, flow = compose(app, installation, errors, appearance, training=False)
        window = flow.start(True)
        window.show()
        sign_in(window, username, password)
        wait_until(lambda: isinstance(flow.window, MainWindow) and not ops.running, 60)
        place = flow.window.screenings_place
        wait_until(lambda: place.list_view.model.rowCount() > 0 and not ops.running, 60)
        table = focus(place.list_view.table)
        press(table, Qt.Key.Key_Down)
        press(table, Qt.Key.Key_Return)
        interview, review = place.interview, place.review
        wait_until(lambda: interview.isVisible() and interview.current, 60)
        answers = {name: json.loads(shown(a)) for name, a in interview.state.answers().items()}
        say("RESUMED", interview.current, json.dumps(answers, sort_keys=True, ensure_ascii=True))
        screenings = flow.window.session.screenings
        answer_now = screenings.answer

        def answer_said(screening_id: int, question: str, answer: Answer):  # the real call, announced first
            say("SAVING", question, shown(answer))
            return answer_now(screening_id, question, answer)

        screenings.answer = answer_said
        saved = []
        interview.answer_saved.connect(lambda name, _at: say("SAVED", name, shown(interview.state.answer_of(name))))
        interview.answer_saved.connect(lambda name, _at: saved.append(name))
        while True:
            if interview.is_finished():
                press(focus(interview.open_review_button), Qt.Key.Key_Space)
                wait_until(review.isVisible, 60)
            if review.isVisible():
                wait_until(lambda: not ops.running, 60)
                press(focus(review.answers), Qt.Key.Key_Return)
                wait_until(interview.isVisible, 60)
            question = interview.state.loaded.questions[interview.current].question
            count = len(saved)
            for key in keys_for(question.type, len(question.choices), rng):
                press(app.focusWidget(), Qt.Key.Key_Return if key == "Return" else key)
            wait_until(lambda count=count: len(saved) > count, 60)


if __name__ == "__main__":
    sys.exit(main())
