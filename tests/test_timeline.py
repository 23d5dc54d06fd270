"""The timeline core: exact dates count 1, imprecise and approximate ones are spread lighter."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import insert

from memorial_viewer.archive import Archive
from memorial_viewer.dates.parse import parse_date
from memorial_viewer.items import ItemEdit, date_columns
from memorial_viewer.models import DateMention, Item
from memorial_viewer.types import TimelineBucket
from tests.conftest import write

WORDS = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"]


def dated(archive: Archive, tmp_path: Path, *dates: str) -> list[int]:
    """One undated article per date (no years in its text), then dated by hand."""
    folder = tmp_path / f"src{len(list(tmp_path.iterdir()))}"
    for i, _ in enumerate(dates):
        write(folder / f"{i}.txt", f"Note {WORDS[i]}\n\nA note about {WORDS[i]} without dates.\n")
    report = archive.import_paths([folder])
    ids = sorted(report.imported)
    for item_id, value in zip(ids, dates, strict=True):
        archive.items.update(item_id, ItemEdit(date=value))
    return ids


def mention(archive: Archive, item_id: int, *values: str) -> None:
    with archive._ctx.write("test mentions") as session:
        for value in values:
            d = parse_date(value)
            session.add(DateMention(item_id=item_id, edtf=d.edtf, earliest=d.earliest,
                                    latest=d.latest, precision=d.precision,
                                    approximate=d.approximate, start=0, end=4, text=value))


def table(buckets: list[TimelineBucket]) -> dict[str, tuple[int, float]]:
    return {b.period: (b.count, round(b.approximate, 6)) for b in buckets}


def test_exact_dates_count_once_in_their_period(archive: Archive, tmp_path: Path) -> None:
    dated(archive, tmp_path, "1990-01-20", "1990-01-22", "1991")
    assert table(archive.timeline()) == {"1990": (2, 0.0), "1991": (1, 0.0)}
    assert table(archive.timeline(by="month"))["1990-01"] == (2, 0.0)


def test_a_range_is_spread_evenly_over_its_years(archive: Archive, tmp_path: Path) -> None:
    dated(archive, tmp_path, "1987/1991", "1990-05-01")
    buckets = table(archive.timeline())
    assert buckets == {"1987": (0, 0.2), "1988": (0, 0.2), "1989": (0, 0.2),
                       "1990": (1, 0.2), "1991": (0, 0.2)}
    total = sum(b.count + b.approximate for b in archive.timeline())
    assert total == pytest.approx(2)


def test_an_approximate_year_is_approximate_in_that_year(archive: Archive,
                                                         tmp_path: Path) -> None:
    dated(archive, tmp_path, "1990~", "1990")
    assert table(archive.timeline()) == {"1990": (1, 1.0)}


def test_a_year_is_spread_over_its_months_and_a_decade_over_its_years(
    archive: Archive, tmp_path: Path
) -> None:
    dated(archive, tmp_path, "1990", "199X", "1990-03")
    by_month = table(archive.timeline(by="month"))
    assert len([p for p in by_month if p.startswith("1990-")]) == 12
    assert by_month["1990-01"] == (0, round(1 / 12 + 1 / 120, 6))
    assert by_month["1990-03"] == (1, round(1 / 12 + 1 / 120, 6))
    assert by_month["1999-12"] == (0, round(1 / 120, 6))
    by_year = table(archive.timeline())
    assert by_year["1990"] == (2, 0.1) and by_year["1999"] == (0, 0.1)
    by_day = archive.timeline(by="day")
    assert len(by_day) == 3652  # every day of the 1990s
    assert sum(b.count + b.approximate for b in by_day) == pytest.approx(3)


def test_spreading_follows_the_query_and_kind(archive: Archive, tmp_path: Path) -> None:
    dated(archive, tmp_path, "1987/1991", "1990")
    assert table(archive.timeline(query="alpha")) == {
        p: (0, 0.2) for p in ("1987", "1988", "1989", "1990", "1991")
    }
    assert archive.timeline(kind="photo") == []


def test_mentioned_dates_are_spread_too(archive: Archive, tmp_path: Path) -> None:
    first, second = dated(archive, tmp_path, "2000", "2001")
    mention(archive, first, "1987/1991", "1990-01-20", "1990-01-21")
    mention(archive, second, "1990~", "1990")
    buckets = table(archive.timeline(axis="mentioned"))
    assert buckets == {"1987": (0, 0.2), "1988": (0, 0.2), "1989": (0, 0.2),
                       "1990": (2, 1.2), "1991": (0, 0.2)}
    by_month = table(archive.timeline(axis="mentioned", by="month"))
    # "1990" and "1990~" spread over 1990's months, "1987/1991" over 60 months
    assert by_month["1990-01"] == (1, round(2 / 12 + 1 / 60, 6))
    assert by_month["1990-02"] == (0, round(2 / 12 + 1 / 60, 6))
    assert by_month["1987-06"] == (0, round(1 / 60, 6))


def test_many_items_add_up(archive: Archive) -> None:
    """100k dated items, a tenth of them imprecise: every item is counted exactly once in total
    (~50 ms per call here; speed belongs to benchmarks, not to this test)."""
    now = datetime(2024, 1, 1)
    values = [parse_date(v) for v in ("1990-01-20", "1987/1991", "199X", "1990~", "1990-05")]
    rows = []
    for i in range(100_000):
        value = values[0] if i % 10 else values[1 + (i // 10) % 4]
        if value is values[0]:
            d = date(1950 + i % 70, 1 + i % 12, 1 + i % 28)
            value = parse_date(d.isoformat())
        rows.append({"kind": "article", "title": f"t{i}", "sha256": f"{i:064d}",
                     "original_name": "x", "original_path": "x", "media_path": "x", "size": 1,
                     "imported_at": now, "modified_at": now,
                     **date_columns(value, "user")})
    with archive._ctx.write("bulk") as session:
        session.execute(insert(Item), rows)
    for by in ("year", "month", "day"):
        buckets = archive.timeline(by=by)
        assert sum(b.count + b.approximate for b in buckets) == pytest.approx(100_000)
