"""Where a problem is in a workbook, and the problems and warnings of one conversion, each as one line of words.

Every line names the file and, as far as it is known, the sheet, the row and the column:
``form.xlsx: survey row 7, column type: 'geopoint' is not supported``. Rows are numbered as the spreadsheet shows
them (the header is row 1).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import ProblemList
from ..i18n import fill, translate


@dataclass(frozen=True)
class Cell:
    """A place in a workbook: a sheet, optionally a row, optionally a column (its header as written)."""

    sheet: str
    row: int | None = None
    column: str | None = None

    def describe(self) -> str:
        """``survey row 7, column type``, ``survey row 7``, ``settings, column version`` or ``survey``."""
        if self.row is not None and self.column is not None:
            return fill(translate("XLSForm", "%1 row %2, column %3"), self.sheet, self.row, self.column)
        if self.row is not None:
            return fill(translate("XLSForm", "%1 row %2"), self.sheet, self.row)
        if self.column is not None:
            return fill(translate("XLSForm", "%1, column %2"), self.sheet, self.column)
        return self.sheet


class XLSFormInvalid(ProblemList):
    """A workbook cannot become an instrument; ``problems`` lists each as ``FILE: place: message``."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(problems, translate("XLSForm", "Correct the workbook and import it again."))


class Report:
    """Collects the problems and warnings of one conversion.

    Args:
        name: How lines name the file (usually its file name, never a full path with a user's folder).
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self._problems: dict[str, None] = {}  # ordered sets: a form can repeat one finding in a million cells
        self._warnings: dict[str, None] = {}

    @property
    def problems(self) -> list[str]:
        """The problems recorded, each once, in the order found."""
        return list(self._problems)

    @property
    def warnings(self) -> list[str]:
        """The warnings recorded, each once, in the order found."""
        return list(self._warnings)

    def line(self, cell: Cell | None, message: str) -> str:
        """One line: the file, the place (when known) and the message."""
        return f"{self.name}: {cell.describe()}: {message}" if cell else f"{self.name}: {message}"

    def problem(self, cell: Cell | None, message: str) -> None:
        """Record something that stops the conversion (once, however often it is found)."""
        self._problems[self.line(cell, message)] = None

    def warn(self, cell: Cell | None, message: str) -> None:
        """Record something the author should know that does not stop the conversion (once)."""
        self._warnings[self.line(cell, message)] = None

    def stop_if_any(self) -> None:
        """End the conversion when a problem was recorded.

        Raises:
            XLSFormInvalid: With every problem recorded so far.
        """
        if self._problems:
            raise XLSFormInvalid(self.problems)
