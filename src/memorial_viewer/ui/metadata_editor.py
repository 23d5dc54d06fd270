"""In-place editing of an item's descriptive metadata: title, date, description, creator,
publisher, language, rights, tags and (photos) caption. Each field is saved when it loses focus
or on Enter, as one undoable command; a date the core refuses shows its one-line reason under
the field, never a dialog."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from memorial_viewer.types import ItemDetail, ItemEdit
from memorial_viewer.ui.undo_commands import Curation, EditItem, SetTags
from memorial_viewer.ui.workers import Generation, TaskRunner

FIELDS = (
    "title", "date", "creator", "publisher", "language", "rights", "description", "caption",
)


def split_tags(text: str) -> list[str]:
    return list(dict.fromkeys(t.strip() for t in text.split(",") if t.strip()))


class MetadataEditor(QWidget):
    """Edits the shown item; listens to the undo stack to show undone values."""

    edited = Signal(int)

    def __init__(self, curation: Curation, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.curation = curation
        self.runner = runner
        self.detail: ItemDetail | None = None
        self._gen = Generation()
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {
            "title": QLineEdit(),
            "date": QLineEdit(),
            "creator": QLineEdit(),
            "publisher": QLineEdit(),
            "language": QLineEdit(),
            "rights": QLineEdit(),
            "tags": QLineEdit(),
            "description": QPlainTextEdit(),
            "caption": QPlainTextEdit(),
        }
        labels = {
            "title": self.tr("Title"), "date": self.tr("Date"), "creator": self.tr("Creator"),
            "publisher": self.tr("Publisher"), "language": self.tr("Language"),
            "rights": self.tr("Rights"), "tags": self.tr("Tags"),
            "description": self.tr("Description"),
            "caption": self.tr("Caption"),
        }
        self.fields["date"].setPlaceholderText(
            self.tr("1990-01-20, January 1990, c. 1990, 1988/1991")
        )
        self.fields["tags"].setPlaceholderText(self.tr("comma, separated"))
        self.fields["language"].setPlaceholderText(self.tr("en, az, ru…"))
        self.date_error = QLabel()
        self.date_error.setObjectName("dateError")
        self.date_error.setWordWrap(True)
        self.date_error.setStyleSheet("color: #c0392b;")
        self.date_error.hide()
        form = QFormLayout(self)
        form.setContentsMargins(8, 6, 8, 6)
        self._labels: dict[str, QLabel] = {}
        for key, widget in self.fields.items():
            widget.setAccessibleName(labels[key])
            if isinstance(widget, QPlainTextEdit):
                widget.setMaximumHeight(64)
                widget.setTabChangesFocus(True)
                widget.installEventFilter(self)
            else:
                widget.editingFinished.connect(lambda k=key: self.commit(k))
            label = QLabel(labels[key])
            label.setBuddy(widget)
            self._labels[key] = label
            form.addRow(label, widget)
            if key == "date":
                form.addRow("", self.date_error)
        curation.itemChanged.connect(self._on_item_changed)
        self.setEnabled(False)

    def set_detail(self, detail: ItemDetail | None) -> None:
        """Show an item's current values (from the reader/viewer, which already loaded it)."""
        self.detail = detail
        self.date_error.hide()
        self.setEnabled(detail is not None)
        values = self._values(detail)
        for key, widget in self.fields.items():
            text = values.get(key, "")
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(text)
            else:
                widget.setText(text)
                widget.setCursorPosition(0)
        is_photo = detail is not None and detail.kind == "photo"
        self.fields["caption"].setVisible(is_photo)
        self._labels["caption"].setVisible(is_photo)

    @staticmethod
    def _values(d: ItemDetail | None) -> dict[str, str]:
        if d is None:
            return {}
        return {"title": d.title, "date": d.date or "", "creator": d.creator or "",
                "publisher": d.publisher or "", "language": d.language or "",
                "rights": d.rights or "", "tags": ", ".join(d.tags),
                "description": d.description or "",
                "caption": d.caption or ""}

    def set_readonly(self, readonly: bool, why: str) -> None:
        for widget in self.fields.values():
            widget.setReadOnly(readonly)
            widget.setToolTip(why if readonly else "")

    def text_of(self, key: str) -> str:
        widget = self.fields[key]
        return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()

    def commit(self, key: str) -> str | None:
        """Save one field if it changed; returns the core's refusal, if any."""
        d = self.detail
        if d is None or self.fields[key].isReadOnly():
            return None
        new = self.text_of(key).strip()
        old = self._values(d)[key]
        if new == old:
            if key == "date":
                self.date_error.hide()
            return None
        if key == "tags":
            command = SetTags(self.curation, d.id, d.tags, split_tags(new))
        else:
            command = EditItem(self.curation, d.id, ItemEdit(**{key: old}),
                               ItemEdit(**{key: new}), self._labels[key].text().lower())
        error = self.curation.run(command, quiet=key == "date")
        if key == "date":
            self.date_error.setText(error or "")
            self.date_error.setVisible(bool(error))
        if error is None:
            self.edited.emit(d.id)
        return error

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusOut:
            for key, widget in self.fields.items():
                if widget is watched:
                    self.commit(key)
        return super().eventFilter(watched, event)

    def _on_item_changed(self, item_id: int) -> None:
        if self.detail is None or self.detail.id != item_id:
            return
        gen = self._gen.next()
        archive = self.curation.archive
        self.runner.submit(lambda: archive.items.get(item_id),
                           lambda detail: self._gen.current(gen) and self.set_detail(detail))

    def focus_first(self) -> None:
        self.fields["title"].setFocus(Qt.FocusReason.ShortcutFocusReason)
