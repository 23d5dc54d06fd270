"""A read-only archive opens for browsing and search; editing says why it is unavailable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from memorial_viewer.archive import Archive
from memorial_viewer.ui.actions import EDITING
from memorial_viewer.ui.settings import Settings
from tests.ui.conftest import open_window


def test_open_a_read_only_archive(qtbot, ui_archive: Archive, settings: Settings,  # noqa: ANN001
                                  tmp_path: Path) -> None:
    root = ui_archive.root
    ui_archive.close()
    with Archive.open(root, readonly=True) as archive:
        window = open_window(qtbot, archive, settings)
        assert window.table.model.total == 9  # browsing works
        why = window.readonly_reason()
        assert "read-only" in why
        for key in EDITING:
            action = window.actions_.all[key]
            assert not action.isEnabled(), key
            assert action.toolTip() == why
        assert window.readonly_label.text().endswith("Read-only")
        assert window.readonly_label.toolTip() == why
        assert not window.search.save_button.isEnabled()

        window.search.field.setFocus()
        qtbot.keyClicks(window.search.field, "Baku")  # search works
        qtbot.waitUntil(lambda: window.table.model.query.text == "Baku"
                        and (window.table.model.total or 0) > 0)
        window.table.view.setCurrentIndex(window.table.model.index(0, 0))
        qtbot.waitUntil(lambda: window.editor.detail is not None)
        assert window.editor.fields["title"].isReadOnly()
        assert window.editor.fields["title"].toolTip() == why

        assert window.start_import([tmp_path]) is False
        assert window.statusBar().currentMessage() == why
        window.reader.save_position()  # never tries to write
        qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        assert archive.bookmarks.list() == []
        window.close()
