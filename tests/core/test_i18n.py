"""The Qt-free translation shim without Qt: texts come back as written, with a count in place of ``%n``."""

from __future__ import annotations

from fieldscreen.core.i18n import fill, translate


def test_without_a_backend_a_count_replaces_percent_n():
    assert translate("C", "Wait %n minute(s), then try again.", None, 3) == "Wait 3 minute(s), then try again."


def test_without_a_count_percent_n_stays():
    assert translate("C", "%n left") == "%n left"


def test_a_count_and_numbered_placeholders_work_together():
    assert fill(translate("C", "Wrote %n files to %1.", None, 12), "out") == "Wrote 12 files to out."
