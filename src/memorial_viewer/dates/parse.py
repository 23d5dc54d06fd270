"""Turn the dates archivists type into EDTF with inclusive day bounds, and back into words.

The canonical forms this module produces (``1990-01-20``, ``1990-01``, ``1990`` with an optional
``~ ? %`` qualifier, ``199X``, ``19XX`` and ``A/B`` intervals of those) get their bounds from
plain calendar arithmetic: ``edtf.parse_edtf`` costs 1.5-4.5 ms per call, far too slow for an
import running at 300+ articles/s. Anything else that looks like EDTF (``1990-01-XX``, seasons,
sets such as ``[1990,1992]``) goes to the ``edtf`` package, which stays the reference; the tests
check that both paths agree on the canonical forms.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from memorial_viewer.errors import InvalidDateError
from memorial_viewer.types import DateValue, Precision

__all__ = ["parse_date", "format_date"]

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

_HELP = "use 1990-01-20, 1990-01, 1990, 1990~, circa 1990 or 1987/1991"
_QUALIFIER_FLAGS = {"": (False, False), "~": (True, False), "?": (False, True), "%": (True, True)}
_MAX_INPUT = 120  # longer strings are not dates; also bounds the cost of the edtf fallback


class ImpossibleDate(ValueError):
    """A well-formed date that does not exist; str(exc) says why in words for the archivist."""


class _NotADate(ValueError):
    """Nothing in the text looks like a date form we know."""


# --------------------------------------------------------------------------- building values


def qualifier_for(approximate: bool, uncertain: bool) -> str:
    """EDTF level-1 suffix for the two flags: ``~`` approximate, ``?`` uncertain, ``%`` both."""
    if approximate:
        return "%" if uncertain else "~"
    return "?" if uncertain else ""


def _check_year(year: int) -> None:
    if not 1 <= year <= 9999:
        raise ImpossibleDate("years run from 1 to 9999")


def _check_month(month: int) -> None:
    if not 1 <= month <= 12:
        raise ImpossibleDate(f"there is no month {month}")


@lru_cache(maxsize=16384)
def day_value(year: int, month: int, day: int, qualifier: str = "") -> DateValue:
    """One calendar day; raises ImpossibleDate for 30 February, month 13 or year 0."""
    _check_year(year)
    _check_month(month)
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise ImpossibleDate(f"{MONTH_NAMES[month - 1]} {year} has {last} days")
    when = date(year, month, day)
    approximate, uncertain = _QUALIFIER_FLAGS[qualifier]
    edtf = f"{year:04d}-{month:02d}-{day:02d}{qualifier}"
    return DateValue(edtf, when, when, "day", approximate, uncertain)


@lru_cache(maxsize=4096)
def month_value(year: int, month: int, qualifier: str = "") -> DateValue:
    """A whole month: bounds are its first and last day."""
    _check_year(year)
    _check_month(month)
    last = calendar.monthrange(year, month)[1]
    approximate, uncertain = _QUALIFIER_FLAGS[qualifier]
    return DateValue(
        f"{year:04d}-{month:02d}{qualifier}",
        date(year, month, 1),
        date(year, month, last),
        "month",
        approximate,
        uncertain,
    )


@lru_cache(maxsize=4096)
def year_value(year: int, qualifier: str = "") -> DateValue:
    """A whole year. Approximate keeps the year's own bounds: the flag only changes the drawing."""
    _check_year(year)
    approximate, uncertain = _QUALIFIER_FLAGS[qualifier]
    return DateValue(
        f"{year:04d}{qualifier}",
        date(year, 1, 1),
        date(year, 12, 31),
        "year",
        approximate,
        uncertain,
    )


@lru_cache(maxsize=1024)
def decade_value(first_year: int, qualifier: str = "") -> DateValue:
    """The decade starting at `first_year` (a multiple of 10), EDTF ``199X``."""
    if first_year % 10:
        raise ImpossibleDate(f"a decade starts at a year ending in 0, not {first_year}")
    _check_year(first_year)
    _check_year(first_year + 9)
    approximate, uncertain = _QUALIFIER_FLAGS[qualifier]
    return DateValue(
        f"{first_year // 10:03d}X{qualifier}",
        date(first_year, 1, 1),
        date(first_year + 9, 12, 31),
        "decade",
        approximate,
        uncertain,
    )


@lru_cache(maxsize=256)
def century_value(first_year: int, qualifier: str = "") -> DateValue:
    """The hundred years starting at `first_year` (a multiple of 100), EDTF ``19XX``."""
    if first_year % 100:
        raise ImpossibleDate(f"a century starts at a year ending in 00, not {first_year}")
    _check_year(first_year)
    approximate, uncertain = _QUALIFIER_FLAGS[qualifier]
    return DateValue(
        f"{first_year // 100:02d}XX{qualifier}",
        date(first_year, 1, 1),
        date(first_year + 99, 12, 31),
        "century",
        approximate,
        uncertain,
    )


def interval_value(start: DateValue, end: DateValue) -> DateValue:
    """An EDTF interval ``start/end`` spanning from the start's first day to the end's last."""
    sides = (start, end)
    if any(side.precision == "range" for side in sides):
        raise ImpossibleDate("a range cannot contain another range")
    if any(side.precision in ("decade", "century") for side in sides) and any(
        side.approximate or side.uncertain for side in sides
    ):
        # EDTF (and the edtf package) reject "199X~/2000" and "1987~/199X"
        raise ImpossibleDate("a range with a decade or century cannot be approximate or uncertain")
    if end.latest < start.earliest:
        raise ImpossibleDate("the range ends before it starts")
    return DateValue(
        f"{start.edtf}/{end.edtf}",
        start.earliest,
        end.latest,
        "range",
        start.approximate or end.approximate,
        start.uncertain or end.uncertain,
    )


# --------------------------------------------------------------------------- canonical EDTF


class _Side(NamedTuple):
    """One end of a canonical EDTF value, split into parts for formatting and re-qualifying."""

    kind: Precision
    year: int
    month: int = 0
    day: int = 0
    qualifier: str = ""


_CANONICAL_SIDE = re.compile(
    r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?(?P<q>[~?%]?)"
    r"|(?P<dec>\d{3})X(?P<dq>[~?%]?)"
    r"|(?P<cen>\d{2})XX(?P<cq>[~?%]?)"
)


def _canonical_side(text: str) -> _Side | None:
    m = _CANONICAL_SIDE.fullmatch(text)
    if m is None:
        return None
    if m["dec"] is not None:
        return _Side("decade", int(m["dec"]) * 10, qualifier=m["dq"])
    if m["cen"] is not None:
        return _Side("century", int(m["cen"]) * 100, qualifier=m["cq"])
    year, q = int(m["y"]), m["q"]
    if m["m"] is not None and int(m["m"]) > 12:
        return None  # an EDTF season such as "1990-21": not one of our canonical forms
    if m["d"] is not None:
        return _Side("day", year, int(m["m"]), int(m["d"]), q)
    if m["m"] is not None:
        return _Side("month", year, int(m["m"]), qualifier=q)
    return _Side("year", year, qualifier=q)


def _side_value(side: _Side) -> DateValue:
    if side.kind == "day":
        return day_value(side.year, side.month, side.day, side.qualifier)
    if side.kind == "month":
        return month_value(side.year, side.month, side.qualifier)
    if side.kind == "year":
        return year_value(side.year, side.qualifier)
    if side.kind == "decade":
        return decade_value(side.year, side.qualifier)
    return century_value(side.year, side.qualifier)


def _canonical_sides(edtf: str) -> list[_Side] | None:
    texts = edtf.split("/")
    if len(texts) > 2:
        return None
    sides = [_canonical_side(t) for t in texts]
    return None if None in sides else sides  # type: ignore[return-value]


def _with_qualifier(value: DateValue, qualifier: str) -> DateValue | None:
    """`value` with `qualifier` added to every end (``?`` plus ``~`` gives ``%``)."""
    sides = _canonical_sides(value.edtf)
    if sides is None:
        return None
    add_a, add_u = _QUALIFIER_FLAGS[qualifier]
    new = []
    for side in sides:
        a, u = _QUALIFIER_FLAGS[side.qualifier]
        new.append(_side_value(side._replace(qualifier=qualifier_for(a or add_a, u or add_u))))
    return new[0] if len(new) == 1 else interval_value(new[0], new[1])


# --------------------------------------------------------------------------- parsing

_EDTF_SIMPLE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%]?)")
_ISO_DATETIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[T ]([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:[.,]\d+)?)?"
    r"(?:Z|[+-]\d{2}(?::?\d{2})?)?",
    re.IGNORECASE,
)
_EXIF = re.compile(r"(\d{4}):(\d{2}):(\d{2})(?:[ T]([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)?")
# RFC 2822, as web pages and feeds give their publication date: "Sat, 20 Jan 1990 10:00:00 GMT"
_RFC2822 = re.compile(
    r"(?:[a-z]{3},\s?)?(\d{1,2})\s([a-z]{3})\s(\d{4})\s([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?"
    r"(?:\s?(?:[+-]\d{4}|[a-z]{1,5}))?",
    re.IGNORECASE,
)
_RFC2822_MONTHS = {name[:3].lower(): number for number, name in enumerate(MONTH_NAMES, 1)}
_DOTTED_DAY = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_DOTTED_MONTH = re.compile(r"(\d{1,2})\.(\d{4})")
_DECADE = re.compile(
    r"(?:the\s)?(\d{3})0['\u2019]?s"  # 1990s, 1990's, the 1990s
    r"|(\d{3})0-?(?:е|х|ые|ых)(?:\s(?:годы|годов|гг\.?))?"  # 1990-е годы
    r"|(\d{3})0-?(?:ci|cı|cu|cü)\sill[əe]r"  # 1990-cı illər
    r"|(\d{3})X([~?%]?)",
    re.IGNORECASE,
)
_CENTURY = re.compile(r"(\d{2})XX([~?%]?)", re.IGNORECASE)
# "20th century", "XX век", "XX əsr": taken as 19XX (1900-1999), the way archivists use them
_CENTURY_WORDS = re.compile(
    r"(?:the\s)?(\d{1,2})(?:st|nd|rd|th)\scentury|([IVXL]{1,7})\s(?:century|век|əsr)",
    re.IGNORECASE,
)
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}
_APPROX_PREFIX = re.compile(
    r"(?:circa|ca\.?|c\.|approx\.?|approximately|around|about"
    r"|təxminən|təqribən|около|примерно|приблизительно)\s?(?P<rest>.+)",
    re.IGNORECASE,
)
_QUALIFIER_SUFFIX = re.compile(r"(?P<rest>.+?)\s?(?P<q>[~?%])")
_RANGE_SEPARATORS = (
    re.compile(r"\s?/\s?"),
    re.compile(r"\s?[\u2013\u2014]\s?"),
    re.compile(r"\s[-\u2010\u2011]\s"),
)
_YEAR_HYPHEN_YEAR = re.compile(r"(\d{4}[~?%]?)-(\d{4}[~?%]?)")
_FROM_TO = re.compile(
    r"(?:from\s)?(?P<a>.+?)\s(?:to|until|till)\s(?P<b>.+)|between\s(?P<c>.+?)\sand\s(?P<d>.+)",
    re.IGNORECASE,
)
_FOUR_DIGITS = re.compile(r"\d{4}")
_LAST_YEAR = re.compile(r"(\d{4})\D{0,12}$")
_EDTF_LIKE = re.compile(r"[0-9X\-~?%/.\[\]{},]{4,64}")


def _shown(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 40 else text[:39] + "…"


def parse_date(text: str) -> DateValue:
    """Parse a date as an archivist writes it into a DateValue normalised to EDTF.

    Raises InvalidDateError with a one-line message when the text is not a date or names a
    day that does not exist. Results are memoised: archives repeat the same few dates.
    """
    key = " ".join(text.split())
    if key.endswith(".") and key[-2:-1].isdigit():  # "1990." at the end of a typed sentence
        key = key[:-1]
    if not key:
        raise InvalidDateError(f"No date given: {_HELP}")
    if len(key) > _MAX_INPUT:
        raise InvalidDateError(f"'{_shown(key)}' is not a date: {_HELP}")
    try:
        return _parse_cached(key)
    except ImpossibleDate as exc:
        raise InvalidDateError(f"'{_shown(key)}' is not a valid date: {exc}") from None
    except _NotADate:
        raise InvalidDateError(f"'{_shown(key)}' is not a date: {_HELP}") from None


@lru_cache(maxsize=4096)
def _parse_cached(text: str) -> DateValue:
    value = _parse_single(text) or _parse_range(text) or _parse_other_edtf(text)
    if value is None:
        raise _NotADate(text)
    return value


def _parse_single(s: str) -> DateValue | None:
    """A single day, month, year, decade or century (possibly qualified), or "circa" + a range."""
    if m := _EDTF_SIMPLE.fullmatch(s):
        year, month, day, q = m.groups()
        if day is None and month is not None and 21 <= int(month) <= 41:
            return None  # an EDTF season ("1990-21" = spring 1990): the edtf package knows them
        if day is not None:
            return day_value(int(year), int(month), int(day), q)
        if month is not None:
            return month_value(int(year), int(month), q)
        return year_value(int(year), q)
    if (m := _ISO_DATETIME.fullmatch(s)) or (m := _EXIF.fullmatch(s)):
        # the day as written: no time-zone shift, an archivist's date is a local calendar day
        return day_value(int(m[1]), int(m[2]), int(m[3]))
    if (m := _RFC2822.fullmatch(s)) and m[2].lower() in _RFC2822_MONTHS:
        return day_value(int(m[3]), _RFC2822_MONTHS[m[2].lower()], int(m[1]))
    if m := _DOTTED_DAY.fullmatch(s):  # day.month.year, as written in Azerbaijan and Russia
        return day_value(int(m[3]), int(m[2]), int(m[1]))
    if m := _DOTTED_MONTH.fullmatch(s):
        return month_value(int(m[2]), int(m[1]))
    if m := _DECADE.fullmatch(s):
        if m[4] is not None:
            return decade_value(int(m[4]) * 10, m[5])
        return decade_value(int(m[1] or m[2] or m[3]) * 10)
    if m := _CENTURY.fullmatch(s):
        return century_value(int(m[1]) * 100, m[2])
    if m := _CENTURY_WORDS.fullmatch(s):
        number = int(m[1]) if m[1] else _roman(m[2].upper())
        return century_value((number - 1) * 100) if 1 <= number <= 99 else None
    if m := _APPROX_PREFIX.fullmatch(s):
        inner = _parse_single(m["rest"]) or _parse_range(m["rest"])
        return None if inner is None else _with_qualifier(inner, "~")
    if m := _QUALIFIER_SUFFIX.fullmatch(s):
        # only a single date: in "1987/1991~" the "~" belongs to 1991 alone, as in EDTF
        inner = _parse_single(m["rest"])
        if inner is None or inner.precision == "range":
            return None
        return _with_qualifier(inner, m["q"])
    if any(c.isalpha() for c in s):
        from memorial_viewer.dates.mentions import whole_text_date  # mentions imports us

        return whole_text_date(s)
    return None


def _roman(text: str) -> int:
    values = [_ROMAN[c] for c in text]
    return sum(-v if v < nxt else v for v, nxt in zip(values, [*values[1:], 0], strict=True))


def _parse_range(s: str) -> DateValue | None:
    """Two single dates joined by ``/``, a dash, ``to`` or ``between … and``."""
    pairs: list[tuple[str, str]] = []
    for separator in _RANGE_SEPARATORS:
        parts = separator.split(s)
        if len(parts) == 2:
            pairs.append((parts[0], parts[1]))
    if m := _YEAR_HYPHEN_YEAR.fullmatch(s):
        pairs.append((m[1], m[2]))
    if m := _FROM_TO.fullmatch(s):
        pairs.append((m["a"], m["b"]) if m["a"] is not None else (m["c"], m["d"]))
    for left, right in pairs:
        start = _parse_single(left)
        if start is None and not _FOUR_DIGITS.search(left) and (year := _LAST_YEAR.search(right)):
            # "January–March 1990", "30 January – 2 February 1990": the year is said once
            start = _parse_single(f"{left} {year[1]}")
        end = _parse_single(right) if start is not None else None
        if start is not None and end is not None:
            return interval_value(start, end)
    return None


def _parse_other_edtf(s: str) -> DateValue | None:
    """Any other valid EDTF (``1990-01-XX``, ``1990-21``, ``[1990,1992]``) via the edtf package."""
    # Imported here: the package costs ~45 ms at start-up and is needed only for rare forms.
    from edtf import Interval, Level1Interval, Level2Interval, parse_edtf, struct_time_to_date

    if not _EDTF_LIKE.fullmatch(s):
        return None
    try:
        parsed = parse_edtf(s)
        lower, upper = parsed.lower_strict(), parsed.upper_strict()
        years = (lower.tm_year, upper.tm_year)
    except Exception:  # "1990/.." gives TypeError or a float bound, not the package's own error
        return None
    if not all(1 <= y <= 9999 for y in years):
        raise ImpossibleDate("years run from 1 to 9999")
    earliest, latest = struct_time_to_date(lower), struct_time_to_date(upper)
    if latest < earliest:
        raise ImpossibleDate("the range ends before it starts")
    if isinstance(parsed, Interval | Level1Interval | Level2Interval):
        precision: Precision = "range"
    else:
        precision = _precision_of_bounds(earliest, latest)
    return DateValue(
        s,
        earliest,
        latest,
        precision,
        approximate="~" in s or "%" in s,
        uncertain="?" in s or "%" in s,
    )


def _precision_of_bounds(earliest: date, latest: date) -> Precision:
    if earliest == latest:
        return "day"
    month_end = calendar.monthrange(latest.year, latest.month)[1]
    same_month = (earliest.year, earliest.month) == (latest.year, latest.month)
    if same_month and earliest.day == 1 and latest.day == month_end:
        return "month"
    whole_years = (earliest.month, earliest.day, latest.month, latest.day) == (1, 1, 12, 31)
    if whole_years and earliest.year == latest.year:
        return "year"
    if whole_years and earliest.year % 10 == 0 and latest.year == earliest.year + 9:
        return "decade"
    if whole_years and earliest.year % 100 == 0 and latest.year == earliest.year + 99:
        return "century"
    return "range"


# --------------------------------------------------------------------------- display


def format_date(value: DateValue | str) -> str:
    """Words for the UI: "20 January 1990", "January 1990", "circa 1990", "1987–1991", "1990s".

    A string is parsed first (InvalidDateError if it is not a date). Approximate reads
    "circa …", uncertain appends "?".
    """
    if isinstance(value, str):
        value = parse_date(value)
    sides = _canonical_sides(value.edtf)
    if sides is None:
        return _format_bounds(value)
    if len(sides) == 1:
        return _side_text(sides[0])
    return _range_text(sides[0], sides[1])


def _side_text(side: _Side) -> str:
    if side.kind == "day":
        text = f"{side.day} {MONTH_NAMES[side.month - 1]} {side.year}"
    elif side.kind == "month":
        text = f"{MONTH_NAMES[side.month - 1]} {side.year}"
    elif side.kind == "year":
        text = str(side.year)
    elif side.kind == "decade":
        text = f"{side.year}s"
    else:  # as archivists say it; strictly the 20th century is 1901-2000, 19XX is 1900-1999
        text = f"{_ordinal(side.year // 100 + 1)} century"
    return _qualified(text, side.qualifier)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _qualified(text: str, qualifier: str) -> str:
    approximate, uncertain = _QUALIFIER_FLAGS[qualifier]
    return ("circa " if approximate else "") + text + ("?" if uncertain else "")


def _range_text(a: _Side, b: _Side) -> str:
    if a.qualifier == b.qualifier == "~":  # "circa 1987–1991", which parses back to both ends
        return "circa " + _range_text(a._replace(qualifier=""), b._replace(qualifier=""))
    if not a.qualifier and not b.qualifier and a.kind == b.kind:
        months = MONTH_NAMES
        if a.kind in ("year", "decade"):
            return f"{_side_text(a)}\u2013{_side_text(b)}"
        if a.kind == "month" and a.year == b.year:
            return f"{months[a.month - 1]}\u2013{months[b.month - 1]} {a.year}"
        if a.kind == "day" and (a.year, a.month) == (b.year, b.month):
            return f"{a.day}\u2013{b.day} {months[a.month - 1]} {a.year}"
        if a.kind == "day" and a.year == b.year:
            return f"{a.day} {months[a.month - 1]} \u2013 {b.day} {months[b.month - 1]} {a.year}"
    left, right = _side_text(a), _side_text(b)
    if _QUALIFIER_FLAGS[a.qualifier][0] and a.qualifier != b.qualifier:
        # "circa 1987 – 1991" would read (and parse back) as circa for both ends
        return f"from {left} to {right}"
    if " " in left or " " in right:
        return f"{left} \u2013 {right}"
    return f"{left}\u2013{right}"


def _format_bounds(value: DateValue) -> str:
    """Display for EDTF we did not produce ourselves (seasons, sets, unspecified digits)."""
    lo, hi = value.earliest, value.latest
    if value.precision == "range":
        if (lo.month, lo.day, hi.month, hi.day) == (1, 1, 12, 31):
            a, b = _Side("year", lo.year), _Side("year", hi.year)
        elif lo.day == 1 and hi.day == calendar.monthrange(hi.year, hi.month)[1]:
            a, b = _Side("month", lo.year, lo.month), _Side("month", hi.year, hi.month)
        else:
            a, b = _Side("day", lo.year, lo.month, lo.day), _Side("day", hi.year, hi.month, hi.day)
        return _range_text(a, b)
    if value.precision == "day":
        side = _Side("day", lo.year, lo.month, lo.day)
    elif value.precision == "month":
        side = _Side("month", lo.year, lo.month)
    else:
        side = _Side(value.precision, lo.year)
    return _side_text(side._replace(qualifier=qualifier_for(value.approximate, value.uncertain)))
