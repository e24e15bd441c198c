"""XLSForm import and export: between ``.xlsx`` workbooks (read with pyxform) and fieldscreen instruments.

docs/xlsform.md lists which XLSForm columns and types map to which instrument keys.
"""

from .exporter import export_xlsform
from .importer import ImportedForm, import_xlsform
from .report import XLSFormInvalid

__all__ = ["ImportedForm", "XLSFormInvalid", "export_xlsform", "import_xlsform"]
