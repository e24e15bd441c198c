"""Screenshots of the main screens for the README, made offscreen from the real widgets on made-up data.

Usage: ``.venv/bin/python tools/screenshots.py [--language es] [OUT_DIR]`` (default ``docs/screenshots``, or
``docs/screenshots/es`` for ``--language es``, which shows the UI in that language). Each screen is saved at the
normal font size as ``NAME.png`` and at twice the size as ``NAME-200.png``, in a 1366x768 window. Nothing here touches
a real data folder: a throwaway installation is made in a temporary folder and deleted afterwards.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from fieldscreen.core.models import Answer, AnswerStatus, Role  # noqa: E402
from fieldscreen.core.person import Citizenship, Tri  # noqa: E402
from fieldscreen.gui.activity import ActivityMonitor  # noqa: E402
from fieldscreen.gui.app import prepare_application  # noqa: E402
from fieldscreen.gui.look import Appearance  # noqa: E402
from fieldscreen.gui.main_window import DEADLINES, REVIEW, SCREENINGS, MainWindow  # noqa: E402
from fieldscreen.gui.ops import OpRunner  # noqa: E402
from fieldscreen.gui.translators import LANGUAGE_ENV  # noqa: E402
from fieldscreen.gui.views.export_dialog import ExportDialog  # noqa: E402
from fieldscreen.gui.views.packet_preview_dialog import PacketPreviewDialog  # noqa: E402
from fieldscreen.gui.views.person_page import DATE_OF_BIRTH  # noqa: E402
from fieldscreen.services.installation import Installation  # noqa: E402
from fieldscreen.services.screening_models import Intake, InterviewContext, PersonInput  # noqa: E402
from fieldscreen.services.session import Session  # noqa: E402
from fieldscreen.store.kdf import KdfParams  # noqa: E402

SIZE = (1366, 768)
PASSWORD = "screenshots need a long passphrase"
QUICK_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, parallelism=1)


def _answer(session: Session, screening_id: int, answers: dict[str, str]) -> None:
    for question, value in answers.items():
        status = AnswerStatus(value) if value in ("declined", "dont_know") else AnswerStatus.ANSWERED
        answer = Answer(status, None if status is not AnswerStatus.ANSWERED else value)
        session.screenings.answer(screening_id, question, answer)


def _start(session: Session, instrument: str, age: int, hours_ago: float, setting: str = "social_service") -> int:
    person = PersonInput(
        estimated_age=age,
        citizenship=Citizenship.FOREIGN_NATIONAL,
        discovered_at=datetime.now(UTC) - timedelta(hours=hours_ago),
    )
    context = InterviewContext(setting, Tri.YES, Tri.YES, True, "phone", "Spanish", "professional")
    screener = "es" if os.environ.get(LANGUAGE_ENV) == "es" else "en"  # questions in the language of the UI shown
    return session.screenings.start(Intake(instrument, "es", screener, context, person)).id


def made_up_cases(session: Session) -> int:
    """A few practice screenings in every state; returns the id of the finalized youth screening."""
    youth = _start(session, "youth", 16, 3)
    _answer(session, youth, {"ran_away": "yes", "no_home": "yes", "born_abroad": "yes", "did_work": "no"})
    _answer(session, youth, {"sex_trade": "yes", "sex_arranged": "declined", "unsafe_tonight": "dont_know"})
    session.screenings.finalize(youth)
    late = _start(session, "brief", 15, 30)
    _answer(session, late, {"cannot_leave": "no", "sex_exchange": "yes"})
    session.screenings.finalize(late)
    adult = _start(session, "adult_full", 34, 2, "law_enforcement")
    _answer(session, adult, {"did_work": "yes", "excessive_hours": "yes"})
    _start(session, "brief", 40, 1, "health")
    return youth


class Shooter:
    """Grabs the main window at both font sizes into ``out``."""

    def __init__(self, window: MainWindow, ops: OpRunner, appearance: Appearance, out: Path) -> None:
        self.window = window
        self.ops = ops
        self.appearance = appearance
        self.out = out

    def settle(self) -> None:
        """Let queued ops and layouts finish."""
        deadline = time.monotonic() + 30
        while self.ops.running and time.monotonic() < deadline:
            QTest.qWait(10)
        QTest.qWait(150)

    def shoot(self, name: str, prepare: Callable[[], object] = lambda: None) -> None:
        """Show a screen with ``prepare`` and save it at 100 % and 200 %."""
        for scale, suffix in ((1.0, ""), (2.0, "-200")):
            self.appearance.set_scale(scale)
            prepare()
            self.window.resize(*SIZE)
            self.settle()
            if self.window.width() > SIZE[0] or self.window.height() > SIZE[1]:
                sys.stdout.write(f"warning: {name}{suffix} needs {self.window.width()}x{self.window.height()}\n")
            path = self.out / f"{name}{suffix}.png"
            self.window.grab().save(str(path))
            sys.stdout.write(f"saved {path}\n")

    def shoot_dialog(self, name: str, dialog: QWidget) -> None:
        """Save an open dialog, at the normal font size only, once its ops are done."""
        self.settle()
        path = self.out / f"{name}.png"
        dialog.grab().save(str(path))
        sys.stdout.write(f"saved {path}\n")


def _fill_begin(window: MainWindow) -> None:
    page = window.screenings_place.new_view.begin_page
    page.instrument_combo.setCurrentIndex(page.instrument_combo.findData("youth"))
    page.setting_combo.setCurrentIndex(page.setting_combo.findData("social_service"))
    page.private_combo.setCurrentIndex(1)
    page.alone_combo.setCurrentIndex(1)
    page.interpreter_check.setChecked(True)
    page.interpreter_language_edit.setText("Spanish")
    page.relationship_combo.setCurrentIndex(page.relationship_combo.findData("relative"))


def _fill_person(window: MainWindow) -> None:
    page = window.screenings_place.new_view.person_page
    page.age_kind_combo.setCurrentIndex(page.age_kind_combo.findData(DATE_OF_BIRTH))
    page.birth_edit.setDate(page.discovered_edit.date().addYears(-16).addMonths(-3))
    page.citizenship_combo.setCurrentIndex(page.citizenship_combo.findData(Citizenship.FOREIGN_NATIONAL))


def shoot_all(out: Path) -> None:
    """Make every screenshot into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    app, errors, appearance = prepare_application(["fieldscreen"])
    with tempfile.TemporaryDirectory() as tmp:
        installation = Installation(Path(tmp) / "data", kdf=QUICK_KDF)
        installation.set_up(
            agency="Example agency", office="Field office", admin_username="admin", admin_password=PASSWORD
        )
        admin = installation.sign_in("admin", PASSWORD)
        admin.accounts.add("rivera", Role.SCREENER, PASSWORD, display_name="A. Rivera")
        admin.lock()
        session = installation.sign_in("rivera", PASSWORD)
        youth = made_up_cases(session)
        ops = OpRunner(errors)
        window = MainWindow(installation, session, ops, ActivityMonitor(app), appearance=appearance)
        window.resize(*SIZE)
        window.show()
        shooter = Shooter(window, ops, appearance, out)
        place = window.screenings_place
        shooter.settle()
        shooter.shoot("list", place.show_list)
        place.list_view.new_button.click()
        shooter.settle()
        _fill_begin(window)
        shooter.shoot("before-you-begin")
        place.new_view.begin_page.disclosure_button.click()
        place.new_view.next_button.click()
        _fill_person(window)
        shooter.shoot("person")
        place.new_view.start_button.click()
        shooter.settle()
        shooter.shoot("interview", lambda: place.interview.show_question("did_work"))
        place.open_screening(youth)
        shooter.shoot("result")
        window.nav.setHidden(False)
        shooter.shoot("deadlines", lambda: window.nav.setCurrentRow(DEADLINES))
        window.nav.setCurrentRow(SCREENINGS)
        window.close()
        shooter.settle()
        shoot_review(installation, ops, app, appearance, out)
        ops.shutdown()
        _close_all(app.topLevelWidgets())


def shoot_review(
    installation: Installation, ops: OpRunner, app: QApplication, appearance: Appearance, out: Path
) -> None:
    """The Review place, a packet preview, the export dialog and an opened screening, as the administrator sees them."""
    session = installation.sign_in("admin", PASSWORD)
    window = MainWindow(installation, session, ops, ActivityMonitor(app), appearance=appearance)
    window.resize(*SIZE)
    window.show()
    shooter = Shooter(window, ops, appearance, out)
    place = window.review_place
    shooter.shoot("review", lambda: window.nav.setCurrentRow(REVIEW))
    appearance.set_scale(1.0)
    place.table.selectRow(0)
    place.preview_button.click()
    preview = place.findChild(PacketPreviewDialog)
    shooter.shoot_dialog("preview", preview)
    preview.close()
    place.table.selectAll()
    place.export_button.click()
    export = place.findChild(ExportDialog)
    export.folder_edit.setText(str(out))
    shooter.shoot_dialog("export", export)
    export.close()
    place.table.selectRow(0)
    shooter.shoot("review-screening", place.open_button.click)
    place.show_queue()
    window.close()
    shooter.settle()


def _close_all(widgets: list[QWidget]) -> None:
    for widget in widgets:
        widget.close()


def main() -> None:
    """Parse the command line and make the screenshots, in the language asked for (``$FIELDSCREEN_LANG``)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--language", default="", help="UI language such as es; default English")
    parser.add_argument("out", nargs="?", type=Path, help="folder for the images")
    args = parser.parse_args()
    os.environ[LANGUAGE_ENV] = args.language or "en"
    shoot_all(args.out or ROOT / "docs" / "screenshots" / args.language)


if __name__ == "__main__":
    main()
