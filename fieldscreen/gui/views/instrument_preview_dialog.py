"""Preview in training mode: walk through an instrument section by section, read-only; nothing is saved."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fieldscreen.core.i18n import fill
from fieldscreen.core.models import Instrument, QuestionType, Section, Text

from ..widgets.plain_label import PlainLabel


class InstrumentPreviewDialog(QDialog):
    """Shows each section's guidance and questions as the screener would read them, one section at a time.

    Args:
        instrument: The instrument to preview.
        parent: Qt parent.
    """

    def __init__(self, instrument: Instrument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._instrument = instrument
        self._index = 0
        self.setWindowTitle(fill(self.tr("Preview: %1"), instrument.title[instrument.default_language]))
        self.setAccessibleName(self.tr("Instrument preview"))
        banner = PlainLabel(
            self.tr("Training mode: a read-only walk through the questions. Nothing here is saved."), self
        )
        banner.setWordWrap(True)
        self.language_combo = QComboBox(self)
        self.language_combo.setAccessibleName(self.tr("Preview language"))
        for code in instrument.languages:
            self.language_combo.addItem(code, code)
        self.position_label = PlainLabel(self)
        self.position_label.setAccessibleName(self.tr("Section position"))
        self.page = QTextBrowser(self)
        self.page.setAccessibleName(self.tr("Section preview"))
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.back_button.setAccessibleName(self.tr("Previous section"))
        self.next_button = QPushButton(self.tr("&Next"), self)
        self.next_button.setAccessibleName(self.tr("Next section"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)

        top = QHBoxLayout()
        top.addWidget(self.position_label, 1)
        top.addWidget(PlainLabel(self.tr("Language:"), self))
        top.addWidget(self.language_combo)
        steps = QHBoxLayout()
        steps.addWidget(self.back_button)
        steps.addWidget(self.next_button)
        steps.addStretch(1)
        steps.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(banner)
        layout.addLayout(top)
        layout.addWidget(self.page, 1)
        layout.addLayout(steps)
        self.resize(720, 560)

        self.language_combo.currentIndexChanged.connect(self._show)
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        buttons.rejected.connect(self.reject)
        self._show()

    @property
    def section_index(self) -> int:
        """The index of the section shown."""
        return self._index

    @Slot()
    def _on_back_button_clicked(self) -> None:
        self._index = max(0, self._index - 1)
        self._show()

    @Slot()
    def _on_next_button_clicked(self) -> None:
        self._index = min(len(self._instrument.sections) - 1, self._index + 1)
        self._show()

    @Slot()
    def _show(self) -> None:
        sections = self._instrument.sections
        self.position_label.setText(fill(self.tr("Section %1 of %2"), self._index + 1, len(sections)))
        self.back_button.setEnabled(self._index > 0)
        self.next_button.setEnabled(self._index < len(sections) - 1)
        self.page.setHtml(self._html(sections[self._index]))

    def _words(self, text: Text) -> str:
        language = self.language_combo.currentData() or self._instrument.default_language
        return escape(text.get(language) or text.get(self._instrument.default_language, ""))

    def _condition(self, relevant: str) -> str:
        condition = fill(self.tr("Asked only when: %1"), relevant)
        return f"<p>{escape(condition)}</p>"

    def _html(self, section: Section) -> str:
        parts = [f"<h2>{self._words(section.title)}</h2>", f"<p><i>{self._words(section.guidance)}</i></p>"]
        if section.relevant:
            parts.append(self._condition(section.relevant))
        parts.append("<ol>")
        for question in section.questions:
            parts.append(f"<li><p><b>{self._words(question.label)}</b></p>")
            if question.hint:
                parts.append(f"<p>{self._words(question.hint)}</p>")
            if question.relevant:
                parts.append(self._condition(question.relevant))
            if question.type is not QuestionType.NOTE and question.choices:
                items = "".join(f"<li>{self._words(choice.label)}</li>" for choice in question.choices)
                parts.append(f"<ul>{items}</ul>")
            parts.append("</li>")
        parts.append("</ol>")
        return "".join(parts)
