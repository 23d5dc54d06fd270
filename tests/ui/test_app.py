"""Application-wide behaviour: shortcuts help, settings, themes, translations, archives."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from memorial_viewer.archive import Archive
from memorial_viewer.ui.app import ArchiveSwitcher
from memorial_viewer.ui.i18n import choose_language, install_translator
from memorial_viewer.ui.main_window import MainWindow
from memorial_viewer.ui.settings import Settings
from memorial_viewer.ui.theme import apply_theme, is_dark
from tests.ui.conftest import open_window


def test_f1_lists_every_shortcut(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    qtbot.keyClick(window, Qt.Key.Key_F1)
    shown = [w for w in QApplication.topLevelWidgets()
             if w.isVisible() and w.windowTitle() == "Keyboard shortcuts"]
    assert shown
    table = shown[0].table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Find…"] == "Ctrl+F"
    assert rows["Bookmark Item or Passage"] == "Ctrl+D"
    assert rows["Undo"] == "Ctrl+Z" and rows["Redo"] == "Ctrl+Shift+Z"
    assert rows["Timeline"] == "Ctrl+4"
    assert len(rows) >= 30
    shown[0].close()


def test_controls_have_accessible_names(window: MainWindow) -> None:
    for widget in (window.search.field, window.sidebar, window.table.view, window.grid.view,
                   window.reader.browser, window.timeline.chart, window.search.kind,
                   window.grid.slider, window.collection.view, window.bookmarks.view):
        assert widget.accessibleName(), widget


def test_layout_and_preferences_survive_a_restart(qtbot, ui_archive: Archive,  # noqa: ANN001
                                                  settings: Settings) -> None:
    window = open_window(qtbot, ui_archive, settings)
    window.sidebar.select_key("library:photo")
    window.grid.slider.setValue(224)
    window.reader.zoom(+3)
    window.close()
    again = open_window(qtbot, ui_archive, settings)
    assert again.sidebar.current_key() == "library:photo"
    assert again.items.currentWidget() is again.grid
    assert again.grid.slider.value() == 224
    assert again.reader.font_size == 17
    again.close()


def test_themes(qapp) -> None:  # noqa: ANN001
    apply_theme(qapp, "dark")
    assert is_dark()
    apply_theme(qapp, "light")
    assert not is_dark()
    apply_theme(qapp, "system")


def test_azerbaijani_translation_is_shipped(qapp, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("MEMORIAL_VIEWER_LANG", "az_AZ.UTF-8")
    assert choose_language() == "az"
    translator = install_translator(qapp, "az")
    assert translator is not None
    try:
        assert QCoreApplication.translate("MainWindow", "Select an item to read or view it") \
            == "Oxumaq və ya baxmaq üçün material seçin"
        assert QCoreApplication.translate("Sidebar", "Timeline") == "Zaman xətti"
        assert QCoreApplication.translate("PhotoGrid", "%n photo(s)", "", 3) == "3 foto"
    finally:
        qapp.removeTranslator(translator)


def test_russian_plural_forms(qapp) -> None:  # noqa: ANN001
    translator = install_translator(qapp, "ru")
    assert translator is not None
    try:
        forms = [QCoreApplication.translate("MainWindow", "%n item(s)", "", n) for n in (1, 3, 5)]
        assert forms == ["1 материал", "3 материала", "5 материалов"]
    finally:
        qapp.removeTranslator(translator)


def test_new_and_open_archives_switch_the_window(qtbot, tmp_path: Path,  # noqa: ANN001
                                                 ui_archive: Archive) -> None:
    switcher = ArchiveSwitcher()
    assert switcher.open(tmp_path / "fresh", create=True)  # created in a worker
    qtbot.waitUntil(lambda: switcher.window is not None)
    first = switcher.window
    assert (tmp_path / "fresh" / "archive.db").is_file()
    qtbot.waitUntil(lambda: first.table.model.total == 0)
    assert first.table.empty.showing_message
    root = ui_archive.root
    ui_archive.close()
    first.openArchiveRequested.emit(str(root), False)
    assert switcher.window is not first
    qtbot.waitUntil(lambda: switcher.window.table.model.total == 9)
    assert str(root) in Settings().recent_archives()
    switcher.window.close()
    switcher.close()


def test_a_new_archive_in_a_folder_that_is_not_empty_is_refused(
    qtbot, tmp_path: Path, monkeypatch  # noqa: ANN001
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning",
                        lambda parent, title, text: warnings.append(text))
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    switcher = ArchiveSwitcher()
    switcher.open(folder, create=True)
    qtbot.waitUntil(lambda: bool(warnings))
    assert warnings == [f"{folder} is not empty and is not an archive; choose an empty folder"]
    assert switcher.window is None
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]  # nothing written


def test_choosing_a_language_rebuilds_the_window_in_it(
    qtbot, ui_archive: Archive, settings: Settings, monkeypatch  # noqa: ANN001
) -> None:
    from memorial_viewer.ui.i18n import ENV_LANG

    monkeypatch.delenv(ENV_LANG, raising=False)
    root = ui_archive.root
    ui_archive.close()
    switcher = ArchiveSwitcher(settings)
    assert switcher.open(root)
    first = switcher.window
    qtbot.waitUntil(lambda: first.isVisible() and first.table.model.total == 9)
    first.sidebar.select_key("library:photo")

    {a.data(): a for a in first.actions_.language_group.actions()}["az"].trigger()
    second = switcher.window
    try:
        assert second is not first and not first.isVisible()
        assert settings.language() == "az"
        assert second.placeholder.text() == "Oxumaq və ya baxmaq üçün material seçin"
        qtbot.waitUntil(lambda: second.isVisible() and second.grid.model.total == 4)
        assert second.sidebar.current_key() == "library:photo"  # the view came back
        checked = [a.data() for a in second.actions_.language_group.actions() if a.isChecked()]
        assert checked == ["az"]
    finally:
        {a.data(): a for a in second.actions_.language_group.actions()}["en"].trigger()
    third = switcher.window
    assert third.placeholder.text() == "Select an item to read or view it"
    assert switcher.translator is None
    third.close()
    switcher.close()
