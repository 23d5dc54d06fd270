"""parse_date / format_date: the forms archivists type, their EDTF, bounds and display."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from edtf import is_valid_edtf, parse_edtf, struct_time_to_date
from hypothesis import given, settings
from hypothesis import strategies as st

from memorial_viewer.dates import format_date, parse_date
from memorial_viewer.errors import InvalidDateError, InvalidValueError
from memorial_viewer.types import DateValue

HELP = "use 1990-01-20, 1990-01, 1990, 1990~, circa 1990 or 1987/1991"

# text, edtf, earliest, latest, precision, flags ("~" approximate, "?" uncertain, "%" both)
ACCEPTED = [
    # EDTF and ISO
    ("1990-01-20", "1990-01-20", "1990-01-20", "1990-01-20", "day", ""),
    ("1990-01", "1990-01", "1990-01-01", "1990-01-31", "month", ""),
    ("1990-02", "1990-02", "1990-02-01", "1990-02-28", "month", ""),
    ("1992-02", "1992-02", "1992-02-01", "1992-02-29", "month", ""),
    ("1990", "1990", "1990-01-01", "1990-12-31", "year", ""),
    ("0001", "0001", "0001-01-01", "0001-12-31", "year", ""),
    ("9999-12-31", "9999-12-31", "9999-12-31", "9999-12-31", "day", ""),
    # qualifiers: approximate keeps the year's own bounds, it is not widened
    ("1990~", "1990~", "1990-01-01", "1990-12-31", "year", "~"),
    ("1990?", "1990?", "1990-01-01", "1990-12-31", "year", "?"),
    ("1990%", "1990%", "1990-01-01", "1990-12-31", "year", "%"),
    ("1990-01-20~", "1990-01-20~", "1990-01-20", "1990-01-20", "day", "~"),
    ("1990-01?", "1990-01?", "1990-01-01", "1990-01-31", "month", "?"),
    ("1990 ?", "1990?", "1990-01-01", "1990-12-31", "year", "?"),
    ("January 1990?", "1990-01?", "1990-01-01", "1990-01-31", "month", "?"),
    # circa in three languages
    ("circa 1990", "1990~", "1990-01-01", "1990-12-31", "year", "~"),
    ("Circa 1990", "1990~", "1990-01-01", "1990-12-31", "year", "~"),
    ("ca. 1990", "1990~", "1990-01-01", "1990-12-31", "year", "~"),
    ("ca 1990", "1990~", "1990-01-01", "1990-12-31", "year", "~"),
    ("c. 1990", "1990~", "1990-01-01", "1990-12-31", "year", "~"),
    ("c.1990", "1990~", "1990-01-01", "1990-12-31", "year", "~"),
    ("around 1990", "1990~", "1990-01-01", "1990-12-31", "year", "~"),
    ("about 1990", "1990~", "1990-01-01", "1990-12-31", "year", "~"),
    ("təxminən 1990", "1990~", "1990-01-01", "1990-12-31", "year", "~"),
    ("около 1990", "1990~", "1990-01-01", "1990-12-31", "year", "~"),
    ("около 1990 года", "1990~", "1990-01-01", "1990-12-31", "year", "~"),
    ("circa 1990?", "1990%", "1990-01-01", "1990-12-31", "year", "%"),
    ("circa January 1990", "1990-01~", "1990-01-01", "1990-01-31", "month", "~"),
    ("circa 1990s", "199X~", "1990-01-01", "1999-12-31", "decade", "~"),
    # ranges
    ("1987/1991", "1987/1991", "1987-01-01", "1991-12-31", "range", ""),
    ("1987-1991", "1987/1991", "1987-01-01", "1991-12-31", "range", ""),
    ("1987–1991", "1987/1991", "1987-01-01", "1991-12-31", "range", ""),
    ("1987 — 1991", "1987/1991", "1987-01-01", "1991-12-31", "range", ""),
    ("1987 - 1991", "1987/1991", "1987-01-01", "1991-12-31", "range", ""),
    ("from 1987 to 1991", "1987/1991", "1987-01-01", "1991-12-31", "range", ""),
    ("between 1987 and 1991", "1987/1991", "1987-01-01", "1991-12-31", "range", ""),
    ("1990-01/1990-03", "1990-01/1990-03", "1990-01-01", "1990-03-31", "range", ""),
    ("1990/1990", "1990/1990", "1990-01-01", "1990-12-31", "range", ""),
    ("1987~/1991", "1987~/1991", "1987-01-01", "1991-12-31", "range", "~"),
    ("1987/1991?", "1987/1991?", "1987-01-01", "1991-12-31", "range", "?"),
    ("circa 1987–1991", "1987~/1991~", "1987-01-01", "1991-12-31", "range", "~"),
    ("19XX/1991", "19XX/1991", "1900-01-01", "1991-12-31", "range", ""),
    ("1980s–1990s", "198X/199X", "1980-01-01", "1999-12-31", "range", ""),
    ("1990-01-20 - 1990-02-01", "1990-01-20/1990-02-01", "1990-01-20", "1990-02-01", "range", ""),
    ("January–March 1990", "1990-01/1990-03", "1990-01-01", "1990-03-31", "range", ""),
    (
        "30 January – 2 February 1990",
        "1990-01-30/1990-02-02",
        "1990-01-30",
        "1990-02-02",
        "range",
        "",
    ),
    # decades and centuries
    ("1990s", "199X", "1990-01-01", "1999-12-31", "decade", ""),
    ("the 1990s", "199X", "1990-01-01", "1999-12-31", "decade", ""),
    ("1990's", "199X", "1990-01-01", "1999-12-31", "decade", ""),
    ("199X", "199X", "1990-01-01", "1999-12-31", "decade", ""),
    ("199x", "199X", "1990-01-01", "1999-12-31", "decade", ""),
    ("1990-е годы", "199X", "1990-01-01", "1999-12-31", "decade", ""),
    ("1990-cı illər", "199X", "1990-01-01", "1999-12-31", "decade", ""),
    ("19XX", "19XX", "1900-01-01", "1999-12-31", "century", ""),
    ("20th century", "19XX", "1900-01-01", "1999-12-31", "century", ""),
    ("XX век", "19XX", "1900-01-01", "1999-12-31", "century", ""),
    ("XX əsr", "19XX", "1900-01-01", "1999-12-31", "century", ""),
    ("19XX~", "19XX~", "1900-01-01", "1999-12-31", "century", "~"),
    # machine dates: ISO datetimes, EXIF, RFC 2822 (the day as written, no time-zone shift)
    ("1990-01-20T10:00:00", "1990-01-20", "1990-01-20", "1990-01-20", "day", ""),
    ("1990-01-20T23:30:00+04:00", "1990-01-20", "1990-01-20", "1990-01-20", "day", ""),
    ("1990-01-20T10:00:00.123Z", "1990-01-20", "1990-01-20", "1990-01-20", "day", ""),
    ("1990-01-20 10:00", "1990-01-20", "1990-01-20", "1990-01-20", "day", ""),
    ("1990:01:20 10:00:00", "1990-01-20", "1990-01-20", "1990-01-20", "day", ""),
    ("1990:01:20", "1990-01-20", "1990-01-20", "1990-01-20", "day", ""),
    ("Sat, 20 Jan 1990 10:00:00 GMT", "1990-01-20", "1990-01-20", "1990-01-20", "day", ""),
    # words, three languages
    ("20 January 1990", "1990-01-20", "1990-01-20", "1990-01-20", "day", ""),
    ("January 20, 1990", "1990-01-20", "1990-01-20", "1990-01-20", "day", ""),
    ("Jan. 20, 1990", "1990-01-20", "1990-01-20", "1990-01-20", "day", ""),
    ("20th January 1990", "1990-01-20", "1990-01-20", "1990-01-20", "day", ""),
    ("January 1990", "1990-01", "1990-01-01", "1990-01-31", "month", ""),
    ("20 Yanvar 1990", "1990-01-20", "1990-01-20", "1990-01-20", "day", ""),
    ("20 yanvar 1990-cı il", "1990-01-20", "1990-01-20", "1990-01-20", "day", ""),
    ("1990-cı il", "1990", "1990-01-01", "1990-12-31", "year", ""),
    ("20 января 1990", "1990-01-20", "1990-01-20", "1990-01-20", "day", ""),
    ("20 января 1990 г.", "1990-01-20", "1990-01-20", "1990-01-20", "day", ""),
    ("20 января 1990 года", "1990-01-20", "1990-01-20", "1990-01-20", "day", ""),
    ("январь 1990", "1990-01", "1990-01-01", "1990-01-31", "month", ""),
    ("20.01.1990", "1990-01-20", "1990-01-20", "1990-01-20", "day", ""),
    ("1.2.1990", "1990-02-01", "1990-02-01", "1990-02-01", "day", ""),
    ("01.1990", "1990-01", "1990-01-01", "1990-01-31", "month", ""),
    ("19–20 January 1990", "1990-01-19/1990-01-20", "1990-01-19", "1990-01-20", "range", ""),
    ("January 19-20, 1990", "1990-01-19/1990-01-20", "1990-01-19", "1990-01-20", "range", ""),
    # whitespace and a full stop after the year are forgiven
    ("  1990-01-20 ", "1990-01-20", "1990-01-20", "1990-01-20", "day", ""),
    ("20  January\n1990", "1990-01-20", "1990-01-20", "1990-01-20", "day", ""),
    ("1990.", "1990", "1990-01-01", "1990-12-31", "year", ""),
    # other EDTF goes through the edtf package
    ("1990-01-XX", "1990-01-XX", "1990-01-01", "1990-01-31", "month", ""),
    ("1990-21", "1990-21", "1990-03-01", "1990-05-31", "range", ""),
    ("[1990,1992]", "[1990,1992]", "1990-01-01", "1992-12-31", "range", ""),
]


@pytest.mark.parametrize(("text", "edtf", "earliest", "latest", "precision", "flags"), ACCEPTED)
def test_accepted_forms(
    text: str, edtf: str, earliest: str, latest: str, precision: str, flags: str
) -> None:
    value = parse_date(text)
    approximate, uncertain = flags in ("~", "%"), flags in ("?", "%")
    bounds = date.fromisoformat(earliest), date.fromisoformat(latest)
    assert value == DateValue(edtf, *bounds, precision, approximate, uncertain)  # type: ignore[arg-type]
    assert str(value) == edtf


@pytest.mark.parametrize("row", ACCEPTED, ids=[row[0] for row in ACCEPTED])
def test_edtf_is_valid_and_bounds_agree_with_the_edtf_package(row: tuple) -> None:
    """Our fast calendar arithmetic must give exactly what the edtf package computes."""
    edtf, earliest, latest = row[1:4]
    assert is_valid_edtf(edtf)
    parsed = parse_edtf(edtf)
    assert struct_time_to_date(parsed.lower_strict()).isoformat() == earliest
    assert struct_time_to_date(parsed.upper_strict()).isoformat() == latest


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", f"No date given: {HELP}"),
        ("   ", f"No date given: {HELP}"),
        ("garbage", f"'garbage' is not a date: {HELP}"),
        ("20/01/1990", f"'20/01/1990' is not a date: {HELP}"),
        ("1990/..", f"'1990/..' is not a date: {HELP}"),
        ("90", f"'90' is not a date: {HELP}"),
        ("20 Foo 1990", f"'20 Foo 1990' is not a date: {HELP}"),
        ("1990-02-30", "'1990-02-30' is not a valid date: February 1990 has 28 days"),
        ("1992-02-30", "'1992-02-30' is not a valid date: February 1992 has 29 days"),
        ("1990-04-31", "'1990-04-31' is not a valid date: April 1990 has 30 days"),
        ("31.02.1990", "'31.02.1990' is not a valid date: February 1990 has 28 days"),
        ("31 February 1990", "'31 February 1990' is not a valid date: February 1990 has 28 days"),
        ("1990-13", "'1990-13' is not a valid date: there is no month 13"),
        ("1990-00-10", "'1990-00-10' is not a valid date: there is no month 0"),
        ("0000", "'0000' is not a valid date: years run from 1 to 9999"),
        (
            "0000:00:00 00:00:00",
            "'0000:00:00 00:00:00' is not a valid date: years run from 1 to 9999",
        ),
        ("1991/1987", "'1991/1987' is not a valid date: the range ends before it starts"),
        (
            "1990-05/1990-02",
            "'1990-05/1990-02' is not a valid date: the range ends before it starts",
        ),
        ("1995s", f"'1995s' is not a date: {HELP}"),
        (
            "1987~/199X",
            "'1987~/199X' is not a valid date: "
            "a range with a decade or century cannot be approximate or uncertain",
        ),
        ("1990-01-20T25:00", f"'1990-01-20T25:00' is not a date: {HELP}"),
    ],
)
def test_invalid_inputs_have_one_line_messages(text: str, message: str) -> None:
    with pytest.raises(InvalidDateError) as caught:
        parse_date(text)
    assert str(caught.value) == message
    assert "\n" not in str(caught.value)
    assert isinstance(caught.value, InvalidValueError)


def test_long_garbage_is_shortened_in_the_message() -> None:
    text = "x" * 10_000
    with pytest.raises(InvalidDateError) as caught:
        parse_date(text)
    assert str(caught.value) == f"'{'x' * 39}…' is not a date: {HELP}"


def test_results_are_memoised() -> None:
    assert parse_date("20 January 1990") is parse_date("20  January 1990")


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("1990-01-20", "20 January 1990"),
        ("1990-01", "January 1990"),
        ("1990", "1990"),
        ("1990~", "circa 1990"),
        ("circa 1990", "circa 1990"),
        ("1990?", "1990?"),
        ("1990%", "circa 1990?"),
        ("1990-01-20~", "circa 20 January 1990"),
        ("1987/1991", "1987–1991"),
        ("1987-1991", "1987–1991"),
        ("199X", "1990s"),
        ("199X?", "1990s?"),
        ("19XX", "20th century"),
        ("20XX", "21st century"),
        ("10XX", "11th century"),
        ("1990-01/1990-03", "January–March 1990"),
        ("1989-11/1990-03", "November 1989 – March 1990"),
        ("1990-01-19/1990-01-20", "19–20 January 1990"),
        ("1990-01-30/1990-02-02", "30 January – 2 February 1990"),
        ("1989-12-30/1990-01-02", "30 December 1989 – 2 January 1990"),
        ("1987/1990-01", "1987 – January 1990"),
        ("198X/199X", "1980s–1990s"),
        ("1987~/1991~", "circa 1987–1991"),
        ("1987~/1991", "from circa 1987 to 1991"),
        ("1987/1991~", "1987 – circa 1991"),
        ("1987?/1991?", "1987?–1991?"),
        ("1990-01-XX", "January 1990"),
        ("1990-21", "March–May 1990"),
        ("[1990,1992]", "1990–1992"),
    ],
)
def test_format_date(value: str, shown: str) -> None:
    assert format_date(value) == shown
    assert format_date(parse_date(value)) == shown


def test_format_date_rejects_garbage_strings() -> None:
    with pytest.raises(InvalidDateError):
        format_date("not a date")


_SINGLE_FORMS = ["1987", "1987~", "1987?", "1987%", "1987-05", "1987-05~", "1987-05-03"]
_SINGLE_FORMS += ["1987-05-03%", "198X", "19XX"]
_END_FORMS = ["1991", "1991~", "1991?", "1991%", "1991-02", "1991-02-10?", "199X", "20XX"]


@pytest.mark.parametrize(
    ("start", "end"), list(itertools.product(_SINGLE_FORMS, _END_FORMS)), ids=str
)
def test_canonical_ranges_keep_their_edtf_and_display_parses_back(start: str, end: str) -> None:
    """Accepted exactly when the edtf package accepts it ("1987~/199X" is not EDTF)."""
    edtf = f"{start}/{end}"
    if not is_valid_edtf(edtf):
        with pytest.raises(InvalidDateError, match="decade or century cannot be approximate"):
            parse_date(edtf)
        return
    value = parse_date(edtf)
    assert value.edtf == edtf
    assert parse_date(format_date(value)) == value


@settings(max_examples=300, deadline=None)
@given(
    # years before 1000 display unpadded ("999"), which is not a form parse_date reads back
    day=st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31)),
    precision=st.sampled_from(["day", "month", "year", "decade"]),
    qualifier=st.sampled_from(["", "~", "?", "%"]),
)
def test_display_round_trips(day: date, precision: str, qualifier: str) -> None:
    edtf = {
        "day": day.isoformat(),
        "month": day.isoformat()[:7],
        "year": day.isoformat()[:4],
        "decade": day.isoformat()[:3] + "X",
    }[precision] + qualifier
    value = parse_date(edtf)
    assert value.edtf == edtf
    assert value.precision == precision
    assert value.earliest <= day <= value.latest
    assert parse_date(format_date(value)) == value
