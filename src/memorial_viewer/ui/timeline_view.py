"""The timeline: item counts per year, month or day, painted with QPainter.

Click a bar to filter the items to its period, drag across bars for a range, double-click
(or Enter/Down) to drill down, Up/Backspace to go back; Left/Right move between periods and
Shift extends the range. Counts come from `archive.timeline` in a worker, for the current
search, so the timeline shows the distribution of the current results. Items with imprecise or
approximate dates are spread over the periods their range covers and drawn lighter, stacked on
the items dated exactly in the period.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from memorial_viewer.types import TimelineBucket
from memorial_viewer.ui.item_query import DateAxis, ItemQuery
from memorial_viewer.ui.workers import Generation, TaskRunner

if TYPE_CHECKING:
    from memorial_viewer.archive import Archive

LEVELS = ("year", "month", "day")
_PERIOD = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


@dataclass(frozen=True)
class Bar:
    period: str  # "1990", "1990-01" or "1990-01-20"
    count: float  # the bar's height: exact items plus the spread share of imprecise ones
    approximate: float = 0.0  # the part of `count` from approximate or imprecise dates

    @property
    def exact(self) -> float:
        return self.count - self.approximate


def amount(value: float) -> str:
    """A count for people: whole numbers plain, spread shares with one decimal."""
    return str(round(value)) if abs(value - round(value)) < 0.05 else f"{value:.1f}"


def period_of(edtf: str) -> str | None:
    """The most precise period an EDTF value starts with ("1990-01-20~" -> "1990-01-20")."""
    match = _PERIOD.match(edtf.strip())
    return match.group(0) if match else None


def fill_bars(buckets: list[TimelineBucket], level: str, parent: str | None) -> list[Bar]:
    """Bars for one level, with the empty periods in between drawn as zero."""
    counts = {
        b.period: (b.count + b.approximate, b.approximate)
        for b in buckets
        if parent is None or b.period.startswith(parent + "-")
    }
    if level == "year":
        years = [int(p) for p in counts if p.isdigit()]
        periods = [str(y) for y in range(min(years), max(years) + 1)] if years else []
    elif level == "month":
        periods = [f"{parent}-{m:02d}" for m in range(1, 13)]
    else:
        assert parent is not None
        year, month = (int(x) for x in parent.split("-"))
        days = calendar.monthrange(year, month)[1]
        periods = [f"{parent}-{d:02d}" for d in range(1, days + 1)]
    return [Bar(p, *counts.get(p, (0, 0.0))) for p in periods]


class TimelineChart(QWidget):
    """The histogram itself: bars, labels, selection, keyboard focus."""

    barClicked = Signal(int, int)  # noqa: N815 - first and last bar of the selection
    drillRequested = Signal(int)  # noqa: N815
    upRequested = Signal()  # noqa: N815
    clearRequested = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.level = "year"
        self.peak = 1.0  # the tallest bar's count: the top of the plot
        self.focus_index = 0
        self.selection: tuple[int, int] | None = None
        self._press: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumHeight(120)
        self.setAccessibleName(self.tr("Timeline chart"))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(600, 180)

    def set_bars(self, bars: list[Bar], level: str) -> None:
        self.bars = bars
        self.level = level
        self.peak = max(1.0, max((b.count for b in bars), default=1.0))
        self.focus_index = min(self.focus_index, max(0, len(bars) - 1))
        self.update()
        self._describe()

    # -- geometry --------------------------------------------------------------------------

    def _plot(self) -> QRect:
        return self.rect().adjusted(44, 10, -10, -28)

    def bar_rect(self, index: int) -> QRect:
        """The rectangle of bar `index` (the whole column, so a zero bar is clickable too)."""
        plot = self._plot()
        n = max(1, len(self.bars))
        width = plot.width() / n
        left = plot.left() + index * width
        return QRect(round(left), plot.top(), max(1, round(width)), plot.height())

    def bar_parts(self, index: int) -> tuple[QRectF, QRectF]:
        """The exact part of bar `index` (bottom) and its lighter approximate part on top."""
        plot = self._plot()
        peak = self.peak
        bar = self.bars[index]
        inner = QRectF(self.bar_rect(index)).adjusted(1.5, 0, -1.5, 0)
        exact_h = plot.height() * max(0.0, bar.exact) / peak
        light_h = plot.height() * bar.approximate / peak
        exact = QRectF(inner.left(), plot.bottom() - exact_h, inner.width(), exact_h)
        light = QRectF(inner.left(), exact.top() - light_h, inner.width(), light_h)
        return exact, light

    def index_at(self, pos: QPoint) -> int | None:
        plot = self._plot()
        if not self.bars or pos.x() < plot.left() or pos.x() > plot.right():
            return None
        index = int((pos.x() - plot.left()) / (plot.width() / len(self.bars)))
        return max(0, min(len(self.bars) - 1, index))

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, _event) -> None:  # noqa: ANN001, N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        painter.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        plot = self._plot()
        text_color = pal.color(QPalette.ColorRole.Text)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        if not self.bars:
            painter.setPen(muted)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("No dated items for this search"))
            return
        peak = self.peak
        accent = pal.color(QPalette.ColorRole.Highlight)
        bar_color = QColor(accent)
        bar_color.setAlpha(190)
        light = QColor(accent)
        light.setAlpha(80)
        painter.setPen(muted)
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawText(QRect(0, plot.top() - 6, 40, 14), Qt.AlignmentFlag.AlignRight,
                         amount(peak))
        selected = range(min(self.selection), max(self.selection) + 1) if self.selection else ()
        step = max(1, int(60 / max(1.0, plot.width() / len(self.bars))))
        for i, bar in enumerate(self.bars):
            column = self.bar_rect(i)
            if i in selected:
                band = QColor(accent)
                band.setAlpha(40)
                painter.fillRect(column, band)
            exact, spread = self.bar_parts(i)
            if bar.exact > 1e-9:
                painter.fillRect(exact, accent if i in selected else bar_color)
            if bar.approximate:  # imprecise dates: lighter, stacked on the exact ones
                painter.fillRect(spread, light)
            if i % step == 0:
                painter.setPen(text_color)
                label = self._label(bar.period)
                painter.drawText(QRect(column.left() - 30, plot.bottom() + 4,
                                       column.width() + 60, 18),
                                 Qt.AlignmentFlag.AlignHCenter, label)
            if i == self.focus_index and self.hasFocus():
                painter.setPen(accent)
                painter.drawRect(column.adjusted(0, 0, -1, -1))

    def _label(self, period: str) -> str:
        if self.level == "year":
            return period
        if self.level == "month":
            month = int(period[5:7])
            return self.locale().monthName(month, self.locale().FormatType.ShortFormat)
        return str(int(period[8:10]))

    # -- mouse -----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        index = self.index_at(event.position().toPoint())
        if index is None or event.button() != Qt.MouseButton.LeftButton:
            return
        self._press = index
        self.focus_index = index
        self.selection = (index, index)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        index = self.index_at(event.position().toPoint())
        if index is None:
            return
        if self._press is not None:
            self.selection = (self._press, index)
            self.focus_index = index
            self.update()
        QToolTip.showText(event.globalPosition().toPoint(), self.describe(index), self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._press is None or self.selection is None:
            return
        self._press = None
        self.barClicked.emit(min(self.selection), max(self.selection))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        index = self.index_at(event.position().toPoint())
        if index is not None:
            self.drillRequested.emit(index)

    # -- keyboard --------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if not self.bars:
            super().keyPressEvent(event)
            return
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End):
            moves = {Qt.Key.Key_Left: self.focus_index - 1, Qt.Key.Key_Right: self.focus_index + 1,
                     Qt.Key.Key_Home: 0, Qt.Key.Key_End: len(self.bars) - 1}
            anchor = self.selection[0] if (shift and self.selection) else None
            self.focus_index = max(0, min(len(self.bars) - 1, moves[Qt.Key(key)]))
            if shift:
                start = anchor if anchor is not None else self.focus_index
                self.selection = (start, self.focus_index)
                self.barClicked.emit(min(self.selection), max(self.selection))
            self.update()
            self._describe()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.selection = (self.focus_index, self.focus_index)
            self.barClicked.emit(self.focus_index, self.focus_index)
            self.update()
        elif key == Qt.Key.Key_Down:
            self.drillRequested.emit(self.focus_index)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Backspace):
            self.upRequested.emit()
        elif key == Qt.Key.Key_Escape:
            self.selection = None
            self.clearRequested.emit()
            self.update()
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.update()

    def _describe(self) -> None:
        """Screen readers hear the focused period and its count."""
        if self.bars:
            self.setAccessibleDescription(self.describe(self.focus_index))

    def describe(self, index: int) -> str:
        """"1990: 3 item(s)", and how much of it comes from approximate dates."""
        bar = self.bars[index]
        text = self.tr("%1: %2 item(s)").replace("%1", bar.period).replace("%2", amount(bar.count))
        if bar.approximate:
            text += self.tr(", %1 of them from approximate dates").replace(
                "%1", amount(bar.approximate))
        return text


class TimelinePanel(QWidget):
    """Chart, level navigation and axis switch; emits the chosen period range."""

    rangeSelected = Signal(str, str, str)  # noqa: N815 - from, to, axis
    cleared = Signal()
    loaded = Signal()

    def __init__(self, archive: Archive, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.runner = runner
        self.path: list[str] = []  # drilled-into periods: [] / ["1990"] / ["1990", "1990-01"]
        self._query = ItemQuery()
        self._gen = Generation()
        self._pending_focus: str | None = None
        self.chart = TimelineChart()
        self.crumbs = QLabel()
        self.crumbs.setObjectName("timelineCrumbs")
        self.up_button = QToolButton(text="↑")
        self.up_button.setToolTip(self.tr("Up one level (Backspace)"))
        self.up_button.setAccessibleName(self.tr("Up one level"))
        self.axis = QComboBox()
        self.axis.addItem(self.tr("Item dates"), "item")
        self.axis.addItem(self.tr("Dates mentioned in texts"), "mentioned")
        self.axis.setAccessibleName(self.tr("Timeline axis"))
        self.summary = QLabel()
        top = QHBoxLayout()
        top.setContentsMargins(6, 2, 6, 2)
        top.addWidget(self.up_button)
        top.addWidget(self.crumbs, 1)
        top.addWidget(self.summary)
        top.addWidget(self.axis)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.chart, 1)
        self.up_button.clicked.connect(self.up)
        self.axis.currentIndexChanged.connect(lambda _i: self.reload())
        self.chart.barClicked.connect(self._on_bars)
        self.chart.drillRequested.connect(self.drill)
        self.chart.upRequested.connect(self.up)
        self.chart.clearRequested.connect(self.cleared)

    @property
    def level(self) -> str:
        return LEVELS[len(self.path)]

    @property
    def axis_value(self) -> DateAxis:
        return self.axis.currentData()

    def set_axis(self, axis: str) -> None:
        self.axis.setCurrentIndex(max(0, self.axis.findData(axis)))

    def set_query(self, query: ItemQuery) -> None:
        """Follow the search: counts of the current results (without the date filter itself)."""
        if query.with_(date_from=None, date_to=None) == self._query.with_(date_from=None,
                                                                          date_to=None):
            return
        self._query = query
        self.reload()

    def reload(self) -> None:
        gen = self._gen.next()
        archive, level, axis = self.archive, self.level, self.axis_value
        text = self._query.search_text(with_dates=False)
        kind = self._query.kind
        parent = self.path[-1] if self.path else None
        self.crumbs.setText(" › ".join([self.tr("All years"), *self.path]))
        self.up_button.setEnabled(bool(self.path))

        def load() -> list[Bar]:
            buckets = archive.timeline(by=level, axis=axis, query=text or None, kind=kind)
            return fill_bars(buckets, level, parent)

        self.runner.submit(load, lambda bars: self._show(gen, bars),
                           lambda _m: self._show(gen, []))

    def _show(self, gen: int, bars: list[Bar]) -> None:
        if not self._gen.current(gen):
            return
        self.chart.selection = None
        self.chart.set_bars(bars, self.level)
        if self._pending_focus:
            for i, bar in enumerate(bars):
                if bar.period == self._pending_focus:
                    self.chart.focus_index = i
                    self.chart.selection = (i, i)
            self._pending_focus = None
        total = round(sum(b.count for b in bars))
        self.summary.setText(self.tr("%n dated item(s)", "", total))
        self.loaded.emit()

    def drill(self, index: int) -> None:
        if self.level == "day" or not 0 <= index < len(self.chart.bars):
            return
        self.path.append(self.chart.bars[index].period)
        self.chart.focus_index = 0
        self.reload()

    def up(self) -> None:
        if self.path:
            self._pending_focus = self.path.pop()
            self.reload()

    def show_period(self, period: str, axis: str | None = None) -> None:
        """Drill to the level showing `period` and focus it (a clicked date in an article)."""
        if axis:
            self.axis.blockSignals(True)
            self.set_axis(axis)
            self.axis.blockSignals(False)
        parts = period.split("-")
        self.path = ["-".join(parts[:n]) for n in range(1, len(parts))][:2]
        self._pending_focus = period if len(parts) <= 3 else None
        self.reload()

    def _on_bars(self, first: int, last: int) -> None:
        bars = self.chart.bars
        self.rangeSelected.emit(bars[first].period, bars[last].period, self.axis_value)
