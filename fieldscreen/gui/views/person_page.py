"""The person: a neutral case code, and only what a referral needs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QDateTime, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldscreen.core.i18n import fill
from fieldscreen.core.models import Population
from fieldscreen.core.person import Citizenship, PersonFacts, Tri
from fieldscreen.core.population_fit import better_fits, fits
from fieldscreen.services.screening_models import InstrumentInfo, PersonInput

from ..labels import citizenship_label, instrument_titles, pick, tri_label
from ..timefmt import from_qdatetime, to_qdatetime, utc_now
from ..widgets.plain_label import PlainLabel
from ..widgets.typed_dates import TypedDateEdit, TypedDateTimeEdit
from ..widgets.warning_label import WarningLabel

DATE_OF_BIRTH, ESTIMATED_AGE, AGE_UNKNOWN = "dob", "estimate", "unknown"
NOT_KNOWN = -1
"""The spin boxes' special value: not known."""


NEAR_18 = 20
"""Estimates from 18 to this are near enough to 18 to say so (8 U.S.C. 1232: any suspicion of under 18)."""


class PersonPage(QWidget):
    """Case code, optional name and aliases, age, citizenship, nationality, time of discovery, custody, age at the act.

    Warns when the age at discovery does not fit the population of the instrument chosen (``set_instrument``).

    Args:
        parent: Qt parent.

    Signals:
        changed: Something ``missing`` looks at changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._instrument: InstrumentInfo | None = None
        self._offered: list[InstrumentInfo] = []
        self._ui_language = "en"
        self.case_code_label = PlainLabel(self)
        self.case_code_label.setObjectName("caseHeading")
        self.case_code_label.setAccessibleName(self.tr("Case code"))
        self.case_code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.setPlaceholderText(self.tr("optional"))
        self.aliases_edit = QLineEdit(self)
        self.aliases_edit.setAccessibleName(self.tr("Aliases"))
        self.aliases_edit.setPlaceholderText(self.tr("optional"))
        self.age_kind_combo = QComboBox(self)
        self.age_kind_combo.setAccessibleName(self.tr("How the age is known"))
        self.age_kind_combo.addItem(self.tr("Not known"), AGE_UNKNOWN)
        self.age_kind_combo.addItem(self.tr("Estimated age"), ESTIMATED_AGE)
        self.age_kind_combo.addItem(self.tr("Date of birth"), DATE_OF_BIRTH)
        self.birth_edit = TypedDateEdit(self)
        self.birth_edit.setAccessibleName(self.tr("Date of birth"))
        self.birth_edit.setDateRange(QDate.currentDate().addYears(-120).addDays(-1), QDate.currentDate())  # + blank
        self.birth_age_label = PlainLabel(self)  # what the date typed means: a slip of a digit shows at once
        self.birth_age_label.setWordWrap(True)
        self.age_spin = QSpinBox(self)
        self.age_spin.setAccessibleName(self.tr("Estimated age in years"))
        self.age_spin.setRange(NOT_KNOWN, 120)  # blank until typed: a number shown by default would pass for an age
        self.age_spin.setSpecialValueText(self.tr("Type the age"))
        self.age_spin.setSuffix(self.tr(" years"))
        self.population_warning = WarningLabel(self.tr("Instrument and age"), self)
        self.estimate_warning = WarningLabel(self.tr("Estimated age"), self)
        self.citizenship_combo = QComboBox(self)
        self.citizenship_combo.setAccessibleName(self.tr("Citizenship status"))
        for value in (
            Citizenship.UNKNOWN,
            Citizenship.US_CITIZEN,
            Citizenship.PERMANENT_RESIDENT,
            Citizenship.FOREIGN_NATIONAL,
        ):
            self.citizenship_combo.addItem(citizenship_label(value), value)
        self.nationality_edit = QLineEdit(self)
        self.nationality_edit.setAccessibleName(self.tr("Nationality"))
        self.nationality_edit.setPlaceholderText(self.tr("country, optional"))
        self.nationality_edit.setMaxLength(100)
        self.nationality_edit.setToolTip(self.tr("The HHS Request for Assistance asks for it. Never ask for papers."))
        self.discovered_edit = TypedDateTimeEdit(self)
        self.discovered_edit.setAccessibleName(self.tr("Time of discovery"))
        self.unaccompanied_combo = QComboBox(self)
        self.unaccompanied_combo.setAccessibleName(self.tr("Unaccompanied child in federal custody (UAC)"))
        self.unaccompanied_combo.addItem(self.tr("Not known"), Tri.UNKNOWN)
        for value in (Tri.YES, Tri.NO):
            self.unaccompanied_combo.addItem(tri_label(value), value)
        self.unaccompanied_combo.setToolTip(
            self.tr(
                "Yes when a federal agency other than HHS (for example CBP or ICE) holds an unaccompanied child: it "
                "must notify HHS within 48 hours and transfer the child to ORR within 72. A child already in ORR care "
                "is No here. It does not say whether the child travelled alone; the interview asks that."
            )
        )
        self.exploitation_age_spin = QSpinBox(self)
        self.exploitation_age_spin.setAccessibleName(self.tr("Age at the time of exploitation"))
        self.exploitation_age_spin.setRange(NOT_KNOWN, 120)
        self.exploitation_age_spin.setSpecialValueText(self.tr("Not known"))
        self.exploitation_age_spin.setValue(NOT_KNOWN)
        self.under18_combo = QComboBox(self)
        self.under18_combo.setAccessibleName(self.tr("Under 18 at the time of exploitation"))
        self.under18_combo.addItem(self.tr("Not asked"), None)
        for value in Tri:
            self.under18_combo.addItem(tri_label(value), value)
        note = PlainLabel(
            self.tr(
                "Only what a referral needs. Lists and file names show the case code, never the name. Deadlines "
                "count from the time of discovery: when an official first had reason to think the person may need "
                "help."
            ),
            self,
        )
        note.setObjectName("hint")
        note.setWordWrap(True)

        age_row = QHBoxLayout()
        age_row.addWidget(self.age_kind_combo)
        age_row.addWidget(self.age_spin)
        age_row.addWidget(self.birth_edit)
        age_row.addWidget(self.birth_age_label, 1)
        age_field = QVBoxLayout()
        age_field.addLayout(age_row)
        age_field.addWidget(self.population_warning)
        age_field.addWidget(self.estimate_warning)
        code_row = QHBoxLayout()  # a row of its own: a form row squeezed it when the labels were wide (200 %)
        code_row.addWidget(PlainLabel(self.tr("Case code"), self))
        code_row.addWidget(self.case_code_label)
        code_row.addStretch(1)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(code_row)
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("Al&iases"), self.aliases_edit)
        form.addRow(self.tr("Age"), age_field)
        form.addRow(self.tr("&Citizenship"), self.citizenship_combo)
        form.addRow(self.tr("N&ationality"), self.nationality_edit)
        form.addRow(self.tr("&Time of discovery"), self.discovered_edit)
        form.addRow(self.tr("Unaccompanied child in fe&deral custody (UAC)"), self.unaccompanied_combo)
        form.addRow(self.tr("Age at the time of e&xploitation"), self.exploitation_age_spin)
        form.addRow(self.tr("Under 18 at that ti&me?"), self.under18_combo)
        column = QWidget(self)
        column.setLayout(form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note)
        layout.addWidget(column)
        layout.addStretch(1)

        self.age_kind_combo.currentIndexChanged.connect(self._on_age_kind_combo_changed)
        self.age_spin.valueChanged.connect(self._on_age_changed)
        self.birth_edit.dateChanged.connect(self._on_age_changed)
        self.discovered_edit.dateTimeChanged.connect(self._update_population_warning)
        self.exploitation_age_spin.valueChanged.connect(self._on_exploitation_age_spin_changed)
        self.reset("")
        self._on_age_kind_combo_changed()
        self._on_exploitation_age_spin_changed()

    def reset(self, case_code: str) -> None:
        """Start over for a new person with ``case_code``: the age not known, discovery now, the rest empty.

        The date of birth and the estimated age stay blank until entered: a value shown by default would pass for a
        known age.
        """
        self.case_code_label.setText(case_code)
        self.name_edit.clear()
        self.aliases_edit.clear()
        self.age_kind_combo.setCurrentIndex(0)
        self.age_spin.setValue(NOT_KNOWN)
        self.birth_edit.clear_date()
        self.citizenship_combo.setCurrentIndex(0)
        self.nationality_edit.clear()
        now = QDateTime.currentDateTime()
        self.discovered_edit.setMaximumDateTime(now.addSecs(3600))
        self.discovered_edit.setDateTime(to_qdatetime(utc_now()))
        self.unaccompanied_combo.setCurrentIndex(0)
        self.exploitation_age_spin.setValue(NOT_KNOWN)
        self.under18_combo.setCurrentIndex(0)

    def load(self, person: PersonInput) -> None:
        """Show a recorded person, to correct the details (the case code stays)."""
        self.reset(person.case_code)
        self.name_edit.setText(person.name)
        self.aliases_edit.setText(person.aliases)
        born = person.date_of_birth
        kind = DATE_OF_BIRTH if born else ESTIMATED_AGE if person.estimated_age is not None else AGE_UNKNOWN
        self.age_kind_combo.setCurrentIndex(self.age_kind_combo.findData(kind))
        if born is not None:
            self.birth_edit.setDate(QDate(born.year, born.month, born.day))
        if person.estimated_age is not None:
            self.age_spin.setValue(person.estimated_age)
        self.citizenship_combo.setCurrentIndex(self.citizenship_combo.findData(Citizenship(person.citizenship)))
        self.nationality_edit.setText(person.nationality)
        self.discovered_edit.setDateTime(to_qdatetime(person.discovered_at))
        self.unaccompanied_combo.setCurrentIndex(self.unaccompanied_combo.findData(Tri(person.unaccompanied)))
        exploitation_age = person.age_at_exploitation
        self.exploitation_age_spin.setValue(NOT_KNOWN if exploitation_age is None else exploitation_age)
        under18 = person.under18_at_exploitation
        self.under18_combo.setCurrentIndex(self.under18_combo.findData(Tri(under18)) if under18 else 0)

    @Slot()
    def _on_age_kind_combo_changed(self) -> None:
        kind = self.age_kind_combo.currentData()
        self.age_spin.setVisible(kind == ESTIMATED_AGE)
        self.birth_edit.setVisible(kind == DATE_OF_BIRTH)
        self.birth_age_label.setVisible(kind == DATE_OF_BIRTH)
        self._update_population_warning()
        self.changed.emit()

    @Slot()
    def _on_age_changed(self) -> None:
        self._update_population_warning()
        self.changed.emit()

    def set_instrument(self, chosen: InstrumentInfo | None, offered: list[InstrumentInfo], ui_language: str) -> None:
        """Warn when the age does not fit ``chosen``'s population, naming those of ``offered`` that fit.

        With nothing ``offered`` (a started screening, whose instrument cannot change) the warning says to start anew.
        """
        self._instrument, self._offered, self._ui_language = chosen, offered, ui_language
        self._update_population_warning()

    @Slot()
    def _update_population_warning(self) -> None:
        chosen = self._instrument
        person = self.person()
        facts = PersonFacts(
            person.discovered_at, date_of_birth=person.date_of_birth, estimated_age=person.estimated_age
        )
        age = facts.age_at(person.discovered_at)
        born = person.date_of_birth is not None and age is not None
        shown = self.tr("%n year(s) old at discovery", None, age) if born else self.birth_edit.format_hint()
        self.birth_age_label.setText(shown)  # blank: the order to type it in
        self.birth_age_label.setAccessibleName(self.tr("Age at discovery") if born else self.tr("How to type the date"))
        near = person.date_of_birth is None and age is not None and 18 <= age <= NEAR_18
        self.estimate_warning.set_lines(
            [
                self.tr(
                    "An estimate near 18 may be wrong by a few years. If the person may be under 18, record an "
                    "estimate under 18: the 24-hour HHS request and the child reports depend on it."
                )
            ]
            if near
            else []
        )
        if chosen is None or age is None or fits(chosen.population, age):
            self.population_warning.set_lines([])
            return
        if Population(chosen.population) is Population.ADULT:
            mismatch = self.tr("Age at discovery: %1, under 18. The instrument chosen, %2, is written for adults.")
        else:
            mismatch = self.tr(
                "Age at discovery: %1, 18 or over. The instrument chosen, %2, is written for young people under 18."
            )
        lines = [fill(mismatch, age, pick(chosen.title, self._ui_language))]
        titles = instrument_titles(self._offered, self._ui_language)
        better = [titles[key] for key in better_fits({info.id: info.population for info in self._offered}, age)]
        if not self._offered:
            lines.append(self.tr("If this age is right, start a new screening with an instrument written for it."))
        elif better:
            lines.append(fill(self.tr("Consider instead: %1. Go back to change the instrument."), "; ".join(better)))
        self.population_warning.set_lines(lines)

    @Slot()
    def _on_exploitation_age_spin_changed(self) -> None:
        self.under18_combo.setEnabled(self.exploitation_age_spin.value() == NOT_KNOWN)

    def missing(self) -> list[str]:
        """What still has to be filled in, in plain words (empty when the page is complete)."""
        kind = self.age_kind_combo.currentData()
        if kind == DATE_OF_BIRTH and not self.birth_edit.has_date():
            return [self.tr("the date of birth")]
        if kind == ESTIMATED_AGE and self.age_spin.value() == NOT_KNOWN:
            return [self.tr("the estimated age")]
        return []

    def person(self) -> PersonInput:
        """The person as filled in (no date of birth or estimated age while none is entered)."""
        kind = self.age_kind_combo.currentData()
        birth = self.birth_edit.date()
        born = kind == DATE_OF_BIRTH and self.birth_edit.has_date()
        estimate = self.age_spin.value()
        exploitation_age = self.exploitation_age_spin.value()
        under18 = self.under18_combo.currentData()
        return PersonInput(
            case_code=self.case_code_label.text(),
            name=self.name_edit.text().strip(),
            aliases=self.aliases_edit.text().strip(),
            date_of_birth=date(birth.year(), birth.month(), birth.day()) if born else None,
            estimated_age=estimate if kind == ESTIMATED_AGE and estimate != NOT_KNOWN else None,
            citizenship=Citizenship(self.citizenship_combo.currentData()),
            nationality=self.nationality_edit.text().strip(),
            discovered_at=from_qdatetime(self.discovered_edit.dateTime()),
            unaccompanied=Tri(self.unaccompanied_combo.currentData()),
            age_at_exploitation=None if exploitation_age == NOT_KNOWN else exploitation_age,
            under18_at_exploitation=Tri(under18) if under18 and exploitation_age == NOT_KNOWN else None,
        )

    def focus_first(self) -> None:
        """Start at the name."""
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
