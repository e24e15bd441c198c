"""The sections of an interview with their progress; a click, Enter or Space on one jumps to its first question.

It is a navigation list: a single click goes (a double click goes once), and the arrow keys only move the highlight.

"! needs attention" marks only what the screener can act on now: a required question the interview has already
passed without an answer, or an answer that breaks its rule. Questions not reached yet are simply still to ask.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from fieldscreen.core.i18n import fill
from fieldscreen.core.screening import Screening

from ..labels import pick

NAME_ROLE = Qt.ItemDataRole.UserRole + 1
CHOOSE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


class SectionsList(QListWidget):
    """One line per section: a marker for the current one, answered of total, and what needs attention.

    Args:
        parent: Qt parent.

    Signals:
        section_chosen: A click, Enter or Space on a section; carries the section's name.
    """

    section_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Sections"))
        self.setAccessibleDescription(self.tr("Click a section, or press Enter or Space, to go to its first question."))
        self.setToolTip(self.accessibleDescription())
        self.setWordWrap(True)
        self.itemClicked.connect(self._choose)

    def show_progress(self, state: Screening, current_section: str, language: str, passed: Collection[str]) -> None:
        """Show every section of ``state``, in ``language``, marking ``current_section``.

        ``passed`` names the questions the interview has gone past; unanswered ones ahead of it are not flagged.
        """
        sections = state.loaded.sections
        if self.count() != len(sections):
            self.clear()
            for name in sections:
                item = QListWidgetItem(self)
                item.setData(NAME_ROLE, name)
        for row, progress in enumerate(state.sections(passed)):
            item = self.item(row)
            title = pick(sections[progress.name].section.title, language)
            if not progress.visible:
                text = fill(self.tr("%1: not asked"), title)
            elif progress.answered == progress.total:
                text = fill(self.tr("%1: done, %2 of %3"), title, progress.answered, progress.total)
            else:
                text = fill(self.tr("%1: %2 of %3"), title, progress.answered, progress.total)
            if progress.needs_attention:  # on the section's own line: a line of its own read as one more section
                text += " " + fill(self.tr("(! needs attention: %1)"), progress.needs_attention)
            if progress.name == current_section:
                text = fill(self.tr("> %1"), text)
            item.setText(text)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            item.setFlags(flags if progress.visible else Qt.ItemFlag.NoItemFlags)
            if progress.name == current_section:
                self.setCurrentItem(item)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Enter or Space goes to the highlighted section; other keys move the highlight as usual."""
        if event.key() in CHOOSE_KEYS and self.currentItem() is not None:
            self._choose(self.currentItem())
            event.accept()
        else:
            super().keyPressEvent(event)

    @Slot(QListWidgetItem)
    def _choose(self, item: QListWidgetItem) -> None:
        if item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.section_chosen.emit(item.data(NAME_ROLE))
