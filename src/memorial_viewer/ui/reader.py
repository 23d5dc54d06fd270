"""The article reader: clean typography, search hits with next/previous, clickable dates,
passage selection for bookmarks, and a remembered reading position.

The text is laid out from the article's plain text with a QTextCursor, one character per
position, so the core's offsets (mentions, bookmarked passages, reading position) address the
document directly. Nothing is ever loaded: the browser is a SafeTextBrowser.

Search hits are marked at once by plain word-prefix matching (text_spans.py), then replaced by
the core's own matches (`Archive.highlights`: other scripts, folding, inflection, corrections)
when a worker brings them; if that fails, the quick marks stay.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from memorial_viewer.types import ItemDetail
from memorial_viewer.ui.safe_text import SafeDocument, SafeTextBrowser
from memorial_viewer.ui.text_spans import Utf16Map, find_spans, query_words
from memorial_viewer.ui.theme import highlight_colors, mute
from memorial_viewer.ui.workers import Generation, TaskRunner

if TYPE_CHECKING:
    from memorial_viewer.archive import Archive

DATE_SCHEME = "mv-date"
MAX_COLUMN = 760  # a comfortable line length, in logical pixels


@dataclass
class ArticlePayload:
    """What the worker fetches for one article."""

    detail: ItemDetail
    position: int
    spans: list[tuple[int, int]]
    related: list[tuple[int, str]] = field(default_factory=list)
    query: str = ""


def load_article(archive: Archive, item_id: int, query: str) -> ArticlePayload:
    """Runs in a worker: the item, where the reader left it, quick hits and related items.

    The hits are the quick word-prefix ones; the core's are asked for once the text shows.
    """
    detail = archive.items.get(item_id)
    position = archive.items.reading_position(item_id) if detail.kind == "article" else 0
    spans = quick_spans(detail.text or "", query)
    related_fn = getattr(archive, "related", None)  # wished-for core API
    related = [(r.id, r.title) for r in related_fn(item_id, limit=8)] if related_fn else []
    return ArticlePayload(detail, position, spans, related, query)


def quick_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Hits by plain word-prefix matching: shown until the core's arrive, or if they fail."""
    return find_spans(text, query_words(query)) if query else []


def _valid_spans(spans: object, length: int) -> list[tuple[int, int]]:
    """The core's spans as sorted, non-overlapping pairs inside the text (anything else out)."""
    out: list[tuple[int, int]] = []
    for start, end in sorted((int(s), int(e)) for s, e in spans):  # type: ignore[attr-defined]
        if 0 <= start < end <= length and (not out or start >= out[-1][1]):
            out.append((start, end))
    return out


def _compact_blank_lines(doc: SafeDocument) -> None:
    """Blank lines separate paragraphs: draw them as a small gap, not a full line.

    They stay in the document (one position each), so text offsets still address it.
    """
    gap = QTextBlockFormat()
    gap.setLineHeight(8, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
    block = doc.begin()
    while block.isValid():
        if not block.text().strip():
            cursor = QTextCursor(block)
            cursor.mergeBlockFormat(gap)
        block = block.next()


class ArticleBrowser(SafeTextBrowser):
    """Keeps the text in a readable column whatever the window width."""

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        margin = max(0, (event.size().width() - MAX_COLUMN) // 2)
        self.setViewportMargins(margin, 0, margin, 0)
        super().resizeEvent(event)


class ArticleReader(QWidget):
    """Shows one article; emits `dateActivated(edtf)` when a mentioned date is clicked."""

    dateActivated = Signal(str)  # noqa: N815
    itemActivated = Signal(int)  # noqa: N815
    loaded = Signal(int)

    def __init__(self, archive: Archive, runner: TaskRunner, font_size: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.runner = runner
        self.detail: ItemDetail | None = None
        self.spans: list[tuple[int, int]] = []
        self.current_hit = -1
        self._map = Utf16Map("")
        self._gen = Generation()
        self._font_size = font_size
        self._pending_select: tuple[int, int] | None = None
        self._saved_position = -1
        self._query = ""
        self._hl_gen = Generation()  # the core's highlights for the shown text and query
        self._keep_place = False  # a bookmarked passage is shown: hits must not move the view
        self._user_moved = False  # next/previous hit used since the hits were set
        self.highlights_pending = False

        self.title = QLabel()
        self.title.setObjectName("readerTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.meta = QLabel()
        self.meta.setWordWrap(True)
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        mute(self.meta)
        self.hits_label = QLabel()
        self.hits_label.setAccessibleName(self.tr("Search hits"))
        self.prev_button = QToolButton(text="▲", autoRaise=True)
        self.prev_button.setToolTip(self.tr("Previous hit (Shift+F3)"))
        self.prev_button.setAccessibleName(self.tr("Previous hit"))
        self.next_button = QToolButton(text="▼", autoRaise=True)
        self.next_button.setToolTip(self.tr("Next hit (F3)"))
        self.next_button.setAccessibleName(self.tr("Next hit"))
        self.browser = ArticleBrowser()
        self.browser.setAccessibleName(self.tr("Article text"))
        self.browser.setFrameShape(ArticleBrowser.Shape.NoFrame)
        self.related = QListWidget()
        self.related.setAccessibleName(self.tr("Related items"))
        self.related.setMaximumHeight(110)
        self.related_label = QLabel(self.tr("On the same topic"))

        head = QVBoxLayout()
        head.setContentsMargins(16, 12, 16, 4)
        head.addWidget(self.title)
        head.addWidget(self.meta)
        hits = QHBoxLayout()
        hits.addStretch(1)
        hits.addWidget(self.hits_label)
        hits.addWidget(self.prev_button)
        hits.addWidget(self.next_button)
        head.addLayout(hits)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(head)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.related_label)
        layout.addWidget(self.related)
        self.related.hide()
        self.related_label.hide()

        self.prev_button.clicked.connect(self.previous_hit)
        self.next_button.clicked.connect(self.next_hit)
        self.browser.anchorClicked.connect(self._on_anchor)
        self.related.itemActivated.connect(
            lambda item: self.itemActivated.emit(int(item.data(Qt.ItemDataRole.UserRole)))
        )
        self._save_timer = QTimer(self, singleShot=True, interval=1500)
        self._save_timer.timeout.connect(self.save_position)
        self.browser.verticalScrollBar().valueChanged.connect(lambda _v: self._save_timer.start())
        self._apply_font()
        self._update_hits_label()

    # -- loading ---------------------------------------------------------------------------

    @property
    def item_id(self) -> int | None:
        return self.detail.id if self.detail else None

    def open_item(self, item_id: int, query: str = "",
                  select: tuple[int, int] | None = None) -> None:
        """Load an article in the background; `select` is a passage to show (a bookmark)."""
        self.save_position()
        gen = self._gen.next()
        archive = self.archive
        self._pending_select = select
        self._query = query
        self.runner.submit(
            lambda: load_article(archive, item_id, query),
            lambda payload: self._show(gen, payload),
            lambda message: self._failed(gen, message),
        )

    def _failed(self, gen: int, message: str) -> None:
        if self._gen.current(gen):
            self.detail = None
            self.title.setText(self.tr("This item cannot be shown"))
            self.meta.setText(message)
            self.browser.document().clear()

    def _show(self, gen: int, payload: ArticlePayload) -> None:
        if not self._gen.current(gen):
            return
        detail = payload.detail
        self.detail = detail
        text = detail.text or ""
        self._map = Utf16Map(text)
        self.title.setText(detail.title)
        parts = [detail.date or self.tr("undated"), detail.publisher or "", detail.author or "",
                 detail.language or "", ", ".join(detail.tags)]
        self.meta.setText("  ·  ".join(p for p in parts if p))
        self._build_document(detail)
        self.spans = payload.spans
        if payload.query != self._query:  # the query changed while the article loaded
            self.spans = quick_spans(text, self._query)
        self.current_hit = -1
        self._user_moved = False
        self._fill_related(payload.related)
        select = self._pending_select
        self._pending_select = None
        self._keep_place = select is not None
        if select is not None:
            self.select_span(*select)
        elif self.spans:
            self._step_hit(+1)
        else:
            self._paint_hits()
            self._scroll_to(payload.position)
        self._saved_position = payload.position
        self._request_highlights()
        self.loaded.emit(detail.id)

    def _build_document(self, detail: ItemDetail) -> None:
        doc = SafeDocument(self.browser)
        doc.setDocumentMargin(28)
        doc.setDefaultFont(self._font())
        cursor = QTextCursor(doc)
        block = QTextBlockFormat()
        block.setLineHeight(135, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.setBlockFormat(block)
        cursor.insertText(detail.text or "")
        _compact_blank_lines(doc)
        for mention in detail.mentions:
            fmt = QTextCharFormat()
            fmt.setAnchor(True)
            fmt.setAnchorHref(f"{DATE_SCHEME}:{mention.date.edtf}")
            fmt.setForeground(self.palette().link())
            fmt.setFontUnderline(True)
            fmt.setToolTip(self.tr("Show %1 on the timeline").replace("%1", mention.date.edtf))
            cursor.setPosition(self._map.to_qt(mention.start))
            cursor.setPosition(self._map.to_qt(mention.end), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)
        self.browser.setDocument(doc)

    def _fill_related(self, related: list[tuple[int, str]]) -> None:
        self.related.clear()
        for item_id, title in related:
            entry = QListWidgetItem(title)
            entry.setData(Qt.ItemDataRole.UserRole, item_id)
            self.related.addItem(entry)
        self.related.setVisible(bool(related))
        self.related_label.setVisible(bool(related))

    # -- hits ------------------------------------------------------------------------------

    def set_query(self, query: str) -> None:
        """Re-highlight the open article for a new query (cheap: runs on the shown text)."""
        self._query = query
        if self.detail is None:
            return
        self.spans = quick_spans(self.detail.text or "", query)
        self.current_hit = -1
        self._user_moved = False
        self._keep_place = False
        if self.spans:
            self._step_hit(+1)
        else:
            self._paint_hits()
        self._request_highlights()

    def _request_highlights(self) -> None:
        """Ask the core, in a worker, where the query matches the shown article."""
        gen = self._hl_gen.next()
        query, detail = self._query, self.detail
        if detail is None or not query.strip():
            self.highlights_pending = False
            return
        archive, item_id = self.archive, detail.id
        self.highlights_pending = True
        self.runner.submit(
            lambda: archive.highlights(item_id, query),
            lambda spans: self._apply_highlights(gen, item_id, spans),
            lambda _message: self._highlights_failed(gen),
        )

    def _highlights_failed(self, gen: int) -> None:
        if self._hl_gen.current(gen):
            self.highlights_pending = False  # the quick hits stay

    def _apply_highlights(self, gen: int, item_id: int, spans: object) -> None:
        if not self._hl_gen.current(gen) or self.detail is None or self.detail.id != item_id:
            return
        self.highlights_pending = False
        try:
            found = _valid_spans(spans, len(self.detail.text or ""))
        except (TypeError, ValueError):
            return  # not spans: keep the quick hits
        if found == self.spans:
            return
        old = self.spans[self.current_hit] if 0 <= self.current_hit < len(self.spans) else None
        self.spans = found
        if self._keep_place or not found:
            self.current_hit = -1
            self._paint_hits()
        elif self._user_moved and old is not None:
            # Stay by the hit the reader went to: the first new hit that ends after its start.
            here = next((n for n, (_s, e) in enumerate(found) if e > old[0]), len(found) - 1)
            self.current_hit = here - 1
            self._step_hit(+1)
        else:
            self.current_hit = -1
            self._step_hit(+1)

    def next_hit(self) -> None:
        self._user_moved = True
        self._step_hit(+1)

    def previous_hit(self) -> None:
        self._user_moved = True
        self._step_hit(-1)

    def _step_hit(self, delta: int) -> None:
        if not self.spans:
            self._paint_hits()
            return
        self.current_hit = (self.current_hit + delta) % len(self.spans)
        self._paint_hits()
        start, _end = self.spans[self.current_hit]
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(self._map.to_qt(start))
        self.browser.setTextCursor(cursor)
        self.browser.ensureCursorVisible()

    def _paint_hits(self) -> None:
        other, current = highlight_colors()
        selections = []
        doc = self.browser.document()
        for n, (start, end) in enumerate(self.spans):
            sel = QTextEdit.ExtraSelection()
            sel.cursor = QTextCursor(doc)
            sel.cursor.setPosition(self._map.to_qt(start))
            sel.cursor.setPosition(self._map.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setBackground(current if n == self.current_hit else other)
            fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
            sel.format = fmt
            selections.append(sel)
        self.browser.setExtraSelections(selections)
        self._update_hits_label()

    def highlighted_texts(self) -> list[str]:
        """The words highlighted now, as the user sees them (for tests and accessibility)."""
        return [s.cursor.selectedText() for s in self.browser.extraSelections()]

    def _update_hits_label(self) -> None:
        has = bool(self.spans)
        self.prev_button.setEnabled(has)
        self.next_button.setEnabled(has)
        if not has:
            self.hits_label.setText("")
        else:
            self.hits_label.setText(
                self.tr("Match %1 of %2").replace("%1", str(self.current_hit + 1))
                .replace("%2", str(len(self.spans)))
            )

    # -- passages and position -------------------------------------------------------------

    def selected_span(self) -> tuple[int, int] | None:
        """The selected passage in text offsets, or None."""
        cursor = self.browser.textCursor()
        if not cursor.hasSelection():
            return None
        return self._map.from_qt(cursor.selectionStart()), self._map.from_qt(cursor.selectionEnd())

    def select_span(self, start: int, end: int) -> None:
        """Select a passage and bring it into view (jumping back to a bookmark)."""
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(self._map.to_qt(start))
        cursor.setPosition(self._map.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.browser.setTextCursor(cursor)
        self.browser.ensureCursorVisible()
        self._paint_hits()

    def selected_text(self) -> str:
        return self.browser.textCursor().selectedText().replace("\u2029", "\n")

    def reading_position(self) -> int:
        """The text offset at the top of the visible page."""
        cursor = self.browser.cursorForPosition(QPoint(0, 0))
        return self._map.from_qt(cursor.position())

    def _scroll_to(self, position: int) -> None:
        doc = self.browser.document()
        pos = min(self._map.to_qt(position), max(0, doc.characterCount() - 1))
        cursor = QTextCursor(doc)
        cursor.setPosition(pos)
        self.browser.setTextCursor(cursor)
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.value() + self.browser.cursorRect(cursor).top())

    def save_position(self) -> None:
        """Remember where the reader is (in the background; skipped on read-only archives)."""
        self._save_timer.stop()
        if self.detail is None or self.detail.kind != "article" or self.archive.readonly:
            return
        position, item_id, archive = self.reading_position(), self.detail.id, self.archive
        if position == self._saved_position:
            return
        self._saved_position = position
        self.runner.submit(lambda: archive.items.set_reading_position(item_id, position))

    # -- text size and links ---------------------------------------------------------------

    def zoom(self, delta: int) -> int:
        self._font_size = max(8, min(40, self._font_size + delta))
        self._apply_font()
        return self._font_size

    def set_font_size(self, size: int) -> None:
        self._font_size = size
        self._apply_font()

    @property
    def font_size(self) -> int:
        return self._font_size

    def _font(self) -> QFont:
        font = QFont()
        font.setFamilies(["Noto Serif", "DejaVu Serif", "Georgia", "Times New Roman", "serif"])
        font.setStyleHint(QFont.StyleHint.Serif)
        font.setPointSize(self._font_size)
        return font

    def _apply_font(self) -> None:
        self.browser.document().setDefaultFont(self._font())
        title_font = QFont(self._font())
        title_font.setPointSize(self._font_size + 6)
        title_font.setBold(True)
        self.title.setFont(title_font)

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == DATE_SCHEME:
            self.dateActivated.emit(url.path())

    def clear(self) -> None:
        self.save_position()
        self._gen.next()
        self._hl_gen.next()
        self.highlights_pending = False
        self.detail = None
        self.spans = []
        self.title.setText("")
        self.meta.setText("")
        self.browser.setDocument(SafeDocument(self.browser))
        self._fill_related([])
        self._update_hits_label()
