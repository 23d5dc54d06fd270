"""The timeline: bars drawn from the archive, clicked, dragged and driven by the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest

from memorial_viewer.archive import Archive
from memorial_viewer.types import ItemEdit
from memorial_viewer.ui.main_window import MainWindow
from memorial_viewer.ui.settings import Settings
from memorial_viewer.ui.timeline_view import TimelineChart
from tests.ui.conftest import open_window


def open_timeline(qtbot, window: MainWindow) -> TimelineChart:  # noqa: ANN001
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    chart = window.timeline.chart
    qtbot.waitUntil(lambda: window.timeline.isVisible() and len(chart.bars) > 0)
    return chart


def bar_center(chart: TimelineChart, period: str) -> QPoint:
    index = next(i for i, b in enumerate(chart.bars) if b.period == period)
    rect = chart.bar_rect(index)
    return QPoint(rect.center().x(), rect.bottom() - 2)


def test_years_are_drawn_with_counts(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    chart = open_timeline(qtbot, window)
    counts = {b.period: b.count for b in chart.bars}
    assert counts["1990"] == 2 and counts["1991"] == 1 and counts["2010"] == 1
    assert counts["2000"] == 0  # the empty years in between are drawn as such
    assert window.timeline.summary.text() == "4 dated item(s)"


def test_clicking_a_bar_filters_the_items(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    chart = open_timeline(qtbot, window)
    QTest.mouseClick(chart, Qt.MouseButton.LeftButton, pos=bar_center(chart, "1990"))
    query = window.search.query
    assert (query.date_from, query.date_to, query.date_axis) == ("1990", "1990", "item")
    qtbot.waitUntil(lambda: window.table.model.query.date_term == "date:1990")
    assert window.filter_label.text() == "Filter: date:1990"
    model = window.table.model
    qtbot.waitUntil(lambda: model.total is not None and not model.loading)
    assert sorted(r.title for r in model.rows()) == ["Memorial photo 0", "Memorial photo 1"]
    assert window.count_label.text() == "2 item(s)"
    assert window.search.date_from.text() == "1990"
    assert chart.selection == (chart.bars.index(next(b for b in chart.bars
                                                     if b.period == "1990")),) * 2


def test_dragging_across_bars_selects_a_range(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    chart = open_timeline(qtbot, window)
    start, end = bar_center(chart, "1990"), bar_center(chart, "1995")
    QTest.mousePress(chart, Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(chart, end)
    QTest.mouseRelease(chart, Qt.MouseButton.LeftButton, pos=end)
    qtbot.waitUntil(lambda: window.table.model.query.date_term == "date:1990..1995")
    assert window.filter_label.text() == "Filter: date:1990..1995"


def test_keyboard_moves_between_periods_and_drills_down(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    chart = open_timeline(qtbot, window)
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert window.search.query.date_from == "1991"
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    qtbot.keyClick(chart, Qt.Key.Key_Down)  # into 1990: months
    qtbot.waitUntil(lambda: window.timeline.level == "month" and len(chart.bars) == 12)
    assert [b.count for b in chart.bars][:2] == [2, 0]
    assert window.timeline.crumbs.text() == "All years › 1990"
    qtbot.keyClick(chart, Qt.Key.Key_Down)  # January 1990: days
    qtbot.waitUntil(lambda: window.timeline.level == "day" and len(chart.bars) == 31)
    assert {b.period: b.count for b in chart.bars if b.count} == {"1990-01-20": 1,
                                                                 "1990-01-22": 1}
    qtbot.keyClick(chart, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: window.timeline.level == "month")
    qtbot.keyClick(chart, Qt.Key.Key_Escape)
    assert window.search.query.date_from is None


def test_double_click_drills_and_axis_switches_to_mentions(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    chart = open_timeline(qtbot, window)
    QTest.mouseDClick(chart, Qt.MouseButton.LeftButton, pos=bar_center(chart, "1990"))
    qtbot.waitUntil(lambda: window.timeline.level == "month")
    window.timeline.path.clear()
    window.timeline.set_axis("mentioned")
    qtbot.waitUntil(lambda: window.timeline.level == "year" and any(
        b.period == "1990" and b.count >= 3 for b in chart.bars))


def test_timeline_follows_the_search(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    chart = open_timeline(qtbot, window)
    window.search.field.setFocus()
    qtbot.keyClicks(window.search.field, "Memorial photo")
    qtbot.waitUntil(lambda: sum(b.count for b in chart.bars) == 4)
    window.search.field.clear()
    qtbot.keyClicks(window.search.field, "funeral")
    qtbot.waitUntil(lambda: sum(b.count for b in chart.bars) == 0)


def test_imprecise_dates_are_spread_and_drawn_lighter(
    qtbot, ui_archive: Archive, settings: Settings  # noqa: ANN001
) -> None:
    later = next(s for s in ui_archive.items.page(kind="photo", limit=10)
                 if s.title == "Memorial photo 3")
    ui_archive.items.update(later.id, ItemEdit(date="1987/1991"))
    window = open_window(qtbot, ui_archive, settings)
    chart = open_timeline(qtbot, window)
    bars = {b.period: b for b in chart.bars}
    assert [p for p in bars] == ["1987", "1988", "1989", "1990", "1991"]
    assert all(b.approximate == pytest.approx(0.2) for b in bars.values())
    assert bars["1990"].count == pytest.approx(2.2) and bars["1988"].exact == pytest.approx(0)
    assert window.timeline.summary.text() == "4 dated item(s)"  # the spread item counts once
    assert chart.describe(chart.bars.index(bars["1988"])) == (
        "1988: 0.2 item(s), 0.2 of them from approximate dates")
    # The share is painted: a light block stacked on the exact one, paler than it.
    image = chart.grab().toImage()
    i1990, i1988 = chart.bars.index(bars["1990"]), chart.bars.index(bars["1988"])
    exact, light = chart.bar_parts(i1990)
    assert light.height() > 2 and light.bottom() == pytest.approx(exact.top())
    _, only_light = chart.bar_parts(i1988)
    solid = image.pixelColor(exact.center().toPoint())
    pale = image.pixelColor(only_light.center().toPoint())
    stacked = image.pixelColor(light.center().toPoint())
    base = chart.palette().color(QPalette.ColorRole.Base)
    assert pale == stacked != base
    assert pale.lightness() > solid.lightness()
    window.close()
