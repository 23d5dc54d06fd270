"""The search field and its filters. It holds the current ItemQuery and announces changes.

Typing restarts a short debounce; the views then fetch in workers and drop stale pages, so
typing never waits on the search. A query the core cannot read simply finds nothing: no
dialog, ever.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from memorial_viewer.ui.item_query import ItemQuery
from memorial_viewer.ui.theme import mute
from memorial_viewer.ui.workers import Generation, TaskRunner

if TYPE_CHECKING:
    from memorial_viewer.archive import Archive

DEBOUNCE_MS = 120
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
KINDS = (None, "article", "photo")


@dataclass(frozen=True)
class FilterCounts:
    """Facet counts shown in the filters: each ignores its own filter, keeps the others."""

    kinds: dict[str, int]
    tags: list[tuple[str, int]]
    years: list[tuple[str, int]]


def kind_counts(archive: Archive, query: ItemQuery) -> dict[str, int]:
    """Facet counts by kind for the current query (runs in a worker)."""
    text = query.with_(kind=None).search_text()
    facets = getattr(archive, "facets", None)  # the core's facets, when it has them
    if facets is not None:
        return {f.value: f.count for f in facets(text).kinds}
    return {kind: archive.search(text, limit=0, kind=kind).total for kind in ("article", "photo")}


def filter_counts(archive: Archive, query: ItemQuery) -> FilterCounts:
    """Kind, tag and year counts for the current query (runs in a worker)."""
    kinds = kind_counts(archive, query)
    facets = getattr(archive, "facets", None)
    if facets is None:
        return FilterCounts(kinds, [], [])
    by_tag = facets(query.with_(tag=None).search_text(), kind=query.kind)
    by_year = facets(query.with_(date_from=None, date_to=None).search_text(), kind=query.kind)
    years = by_year.years if query.date_axis == "item" else by_year.mentioned_years
    return FilterCounts(
        kinds,
        [(f.value, f.count) for f in by_tag.tags],
        sorted(((f.value, f.count) for f in years), key=lambda pair: pair[0]),
    )


class SearchBar(QWidget):
    """Search text, kind/date/tag/collection filters; emits `queryChanged(ItemQuery)`."""

    queryChanged = Signal(object)  # noqa: N815
    saveRequested = Signal(str)  # noqa: N815 - the query to save
    submitted = Signal(str)

    def __init__(self, archive: Archive, runner: TaskRunner, recent: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.runner = runner
        self._query = ItemQuery()
        self._facet_gen = Generation()
        self._updating = False

        self.field = QLineEdit()
        self.field.setObjectName("searchField")
        self.field.setPlaceholderText(
            self.tr("Search (Ctrl+F): words, \"phrase\", tag:…, date:1990, kind:photo")
        )
        self.field.setAccessibleName(self.tr("Search"))
        self.field.setClearButtonEnabled(True)
        self._recent = QStringListModel(recent, self)
        completer = QCompleter(self._recent, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.field.setCompleter(completer)

        self.kind = QComboBox()
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind.setAccessibleName(self.tr("Kind filter"))
        for label in (self.tr("All kinds"), self.tr("Articles"), self.tr("Photos")):
            self.kind.addItem(label)
        self.date_from = self._date_edit(self.tr("from"), self.tr("Date from"))
        self.date_to = self._date_edit(self.tr("to"), self.tr("Date to"))
        self.year = QComboBox()
        self.year.setObjectName("yearFilter")
        self.year.setAccessibleName(self.tr("Year filter"))
        self.year.setToolTip(self.tr("Items per year for the current search"))
        self.year.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.year.addItem(self.tr("Any year"), "")
        self._tag_counts: dict[str, int] | None = None  # None until the first counts arrive
        self.tag = QComboBox()
        self.tag.setAccessibleName(self.tr("Tag filter"))
        self.tag.setMinimumContentsLength(10)
        self.collection = QComboBox()
        self.collection.setAccessibleName(self.tr("Collection filter"))
        self.collection.setMinimumContentsLength(10)
        self.set_choices([], [])
        self.save_button = QToolButton(text=self.tr("Save…"))
        self.save_button.setToolTip(self.tr("Save this search (Ctrl+S)"))
        self.save_button.setAccessibleName(self.tr("Save search"))
        self.clear_button = QToolButton(text="✕")
        self.clear_button.setToolTip(self.tr("Clear search and filters (Ctrl+Shift+X)"))
        self.clear_button.setAccessibleName(self.tr("Clear search and filters"))
        self.filter_label = QLabel()
        self.filter_label.setObjectName("filterLabel")
        mute(self.filter_label)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.field, 1)
        top.addWidget(self.save_button)
        top.addWidget(self.clear_button)
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.kind)
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel("–"))
        filters.addWidget(self.date_to)
        filters.addWidget(self.year)
        filters.addWidget(self.tag)
        filters.addWidget(self.collection)
        filters.addWidget(self.filter_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addLayout(filters)

        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self._from_widgets)
        self.field.textChanged.connect(lambda _t: self._debounce.start())
        self.field.returnPressed.connect(self._submit)
        self.kind.currentIndexChanged.connect(lambda _i: self._from_widgets())
        self.tag.currentIndexChanged.connect(lambda _i: self._from_widgets())
        self.year.activated.connect(self._year_chosen)
        self.collection.currentIndexChanged.connect(lambda _i: self._from_widgets())
        self.date_from.editingFinished.connect(self._from_widgets)
        self.date_to.editingFinished.connect(self._from_widgets)
        self.save_button.clicked.connect(lambda: self.saveRequested.emit(self.query.search_text()))
        self.clear_button.clicked.connect(self.clear)
        QTimer.singleShot(300, self, self._refresh_facets)  # after the first page, not before

    def _date_edit(self, placeholder: str, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(name)
        edit.setToolTip(self.tr("A year, month or day: 1990, 1990-01, 1990-01-20"))
        edit.setMaximumWidth(110)
        edit.textChanged.connect(lambda text: edit.setStyleSheet(
            "" if not text or _DATE.match(text.strip()) else "border: 1px solid #c0392b;"
        ))
        return edit

    # -- the query -------------------------------------------------------------------------

    @property
    def query(self) -> ItemQuery:
        return self._query

    def focus(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def set_query(self, query: ItemQuery) -> None:
        """Show `query` in the widgets (navigation, timeline, saved search) and announce it."""
        self._updating = True
        try:
            if self.field.text() != query.text:
                self.field.setText(query.text)
            self.kind.setCurrentIndex(KINDS.index(query.kind))
            self.date_from.setText(query.date_from or "")
            self.date_to.setText(query.date_to or "")
            self._select_data(self.tag, query.tag)
            self._select_data(self.collection, query.collection)
            self._show_year(query)
        finally:
            self._updating = False
        self._debounce.stop()
        self._announce(query)

    def update_query(self, **changes: object) -> None:
        self.set_query(self._query.with_(**changes))

    def clear(self) -> None:
        self.set_query(ItemQuery(sort=self._query.sort))

    def _from_widgets(self) -> None:
        if self._updating:
            return
        self._debounce.stop()
        self._announce(self._query.with_(
            text=self.field.text(),
            kind=KINDS[max(0, self.kind.currentIndex())],
            date_from=self._date_value(self.date_from),
            date_to=self._date_value(self.date_to),
            tag=self.tag.currentData() or None,
            collection=self.collection.currentData() or None,
        ))

    def _year_chosen(self, index: int) -> None:
        """Choosing a year sets the date range to that year; "Any year" clears it."""
        year = self.year.itemData(index) or ""
        self.date_from.setText(year)
        self.date_to.setText(year)
        self._from_widgets()

    def _show_year(self, query: ItemQuery) -> None:
        if not query.date_term:
            index = 0
        elif query.date_from == query.date_to:
            index = self.year.findData(query.date_from)  # -1 (blank) for a month or a day
        else:
            index = -1
        self.year.blockSignals(True)
        self.year.setCurrentIndex(index)
        self.year.blockSignals(False)

    @staticmethod
    def _date_value(edit: QLineEdit) -> str | None:
        text = edit.text().strip()
        return text if _DATE.match(text) else None

    def _announce(self, query: ItemQuery) -> None:
        if query == self._query:
            return
        self._query = query
        self._show_year(query)
        described = query.describe()
        self.filter_label.setText(self.tr("Filter: %1").replace("%1", described)
                                  if described else "")
        self.queryChanged.emit(query)
        self._refresh_facets()

    def flush(self) -> None:
        """Apply pending typing now (Enter, or before saving)."""
        if self._debounce.isActive():
            self._from_widgets()

    def _submit(self) -> None:
        self.flush()
        text = self.field.text().strip()
        if text:
            self.add_recent(text)
            self.submitted.emit(text)

    def add_recent(self, text: str) -> None:
        items = [s for s in self._recent.stringList() if s != text]
        self._recent.setStringList([text, *items][:20])

    # -- filter choices and facet counts ---------------------------------------------------

    def set_choices(self, tags: list[str], collections: list[str]) -> None:
        """Fill the tag and collection filters (keeps the current choice when still there)."""
        for combo, values, everything in (
            (self.tag, tags, self.tr("Any tag")),
            (self.collection, collections, self.tr("Any collection")),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for value in values:
                combo.addItem(value, value)
            self._select_data(combo, current)
            combo.blockSignals(False)
        self._label_tags()

    @staticmethod
    def _select_data(combo: QComboBox, value: str | None) -> None:
        if value and combo.findData(value) < 0:
            combo.addItem(value, value)
        combo.setCurrentIndex(max(0, combo.findData(value or "")))

    def _refresh_facets(self) -> None:
        gen = self._facet_gen.next()
        archive, query = self.archive, self._query
        self.runner.submit(lambda: filter_counts(archive, query),
                           lambda counts: self._show_facets(gen, counts), lambda _m: None)

    def _show_facets(self, gen: int, facets: FilterCounts) -> None:
        if not self._facet_gen.current(gen):
            return
        counts = facets.kinds
        articles, photos = counts.get("article", 0), counts.get("photo", 0)
        self.kind.setItemText(0, self.tr("All kinds (%1)").replace("%1", str(articles + photos)))
        self.kind.setItemText(1, self.tr("Articles (%1)").replace("%1", str(articles)))
        self.kind.setItemText(2, self.tr("Photos (%1)").replace("%1", str(photos)))
        self._tag_counts = dict(facets.tags)
        self._label_tags()
        self._fill_years(facets.years)

    def _label_tags(self) -> None:
        """Tags matching the current search first, most frequent first, each with its count."""
        counts = self._tag_counts
        if counts is None:
            return
        current = self.tag.currentData()
        known = [self.tag.itemData(i) for i in range(1, self.tag.count())]
        ordered = [t for t, _n in sorted(counts.items(), key=lambda p: (-p[1], p[0]))]
        ordered += [t for t in known if t not in counts]
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("Any tag"), "")
        for tag in ordered:
            self.tag.addItem(f"{tag} ({counts.get(tag, 0)})", tag)
        self.tag.setCurrentIndex(max(0, self.tag.findData(current or "")))
        self.tag.blockSignals(False)

    def _fill_years(self, years: list[tuple[str, int]]) -> None:
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("Any year"), "")
        for year, count in years:
            self.year.addItem(f"{year} ({count})", year)
        self.year.blockSignals(False)
        self._show_year(self._query)
