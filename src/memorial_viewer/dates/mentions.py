"""Find the dates an article mentions, in English, Azerbaijani (Latin script) and Russian.

Every form we accept contains a four-digit year, so the scan is anchored on years: one cheap
regex finds them, then for each year a regex bounded to a short window before it
(``20 January ``, ``January 19–20, ``, ``в январе ``, ``in ``) and one anchored right after it
(``s``, ``-cı ilin 20 yanvarında``, `` года``, ``-01-20``) decide what it is. All quantifiers
are bounded, so the work per year is constant and a 20 MB line cannot make the regex engine
backtrack for ever.

A bare number only counts as a year when something says so: a preposition before it (in, since,
by, until, from, of, during…), a year word after it (year, il, год), or a month beside it.
Even then it is dropped when a quantity noun follows (``of 1990 people``, ``by 2000 votes``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from memorial_viewer.dates.parse import (
    ImpossibleDate,
    day_value,
    decade_value,
    interval_value,
    month_value,
    year_value,
)
from memorial_viewer.types import DateValue, Mention

__all__ = ["extract_mentions"]

_DASH = "[-\u2010\u2011\u2012\u2013\u2014]"
_HYPHEN = "[-\u2010\u2011]"
_ORD_EN = "(?:st|nd|rd|th)?"
_AZ_ORD = "(?:ci|cı|cu|cü)"  # 1991-ci, 1990-cı, 1999-cu, 1994-cü: vowel harmony, all accepted
_LETTERS = r"[^\W\d_]"

_EN_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
)
# Azerbaijani case endings and the possessive "-ı" + case ("yanvarında", "aprelinə", "iyunun"),
# plus "-dək" (until): yanvar, yanvarın, yanvara, yanvarı, yanvarda, yanvardan, yanvarında...
_AZ_SUFFIX = r"(?:[ıiuü]n?(?:d[aə]n?|[aə]|[ıiuü]n?|d[aə]k)?|d[aə]n?|[aə](?:d[aə]k)?)?"
_AZ_MONTH = (
    r"(?:yanvar|fevral|mart|aprel|may|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr)" + _AZ_SUFFIX
)
_RU_SOFT = r"(?:ь|я|е|ю|ём|ем)"
_RU_MONTH = (
    rf"(?:(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр){_RU_SOFT}"
    r"|(?:март|август)(?:а|е|у|ом)?|ма(?:й|я|е|ю|ем|ём))"
)
_MONTH = rf"(?:{_EN_MONTH}|{_AZ_MONTH}|{_RU_MONTH})(?!\w)"

_MONTH_NUMBERS = {
    key: number
    for names in (
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
        ("yan", "fev", "mar", "apr", "may", "iyun", "iyul", "avq", "sen", "okt", "noy", "dek"),
        ("янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"),
    )
    for number, key in enumerate(names, 1)
}


def _month_number(name: str) -> int:
    key = name.replace("İ", "i").lower()
    return _MONTH_NUMBERS.get(key[:4]) or _MONTH_NUMBERS.get(key[:3]) or _MONTH_NUMBERS[key[:2]]


# Years the article scan believes in; parse_date's whole-text check takes any four digits.
_YEAR = re.compile(r"(?<!\d)(?:1\d{3}|20\d{2})(?!\d|[.,]\d)")
_ANY_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d|[.,]\d)")

# Room before the last word for the longest left context ("January 19th – " before "20th, ",
# "19th – 20th of " before "January"); every gap allows up to three spaces.
_BEFORE_WORD = 28
_PREP_WORDS = (
    *("in", "since", "by", "until", "till", "from", "of", "during", "before", "after", "year"),
    *("circa", "ca.", "c.", "spring", "summer", "autumn", "fall", "winter"),
)
_PREPS = frozenset(word.rstrip(".") for word in _PREP_WORDS)
_APPROX_PREPS = frozenset({"circa", "ca.", "c."})
# Prepositions that also introduce counts ("a crowd of 2000 people", "won by 1500 votes"); after
# "in", "since" or "during" a number is a year even before a noun ("in 1990 soldiers entered").
_COUNTING_PREPS = frozenset({"of", "by", "from", "until", "till"})

_LEFT = re.compile(
    r"(?<!\w)(?:"  # factored out of every branch: fails fast inside words
    # 20 January, 19–20 January, 19 to 20 January, 20th of January, 19 на 20 января, 19-20 yanvar
    rf"(?<![\w.,:/\u2010-\u2014-])(?P<d1>\d{{1,2}}){_ORD_EN}"
    rf"(?:\s?{_DASH}\s?(?P<d2>\d{{1,2}}){_ORD_EN}|\s(?:to|на)\s(?P<d2w>\d{{1,2}}){_ORD_EN})?"
    rf"\s{{1,3}}(?:of\s{{1,3}})?(?P<m1>{_MONTH})\.?,?\s{{1,3}}(?:of\s{{1,3}})?"
    # January 20, January 19–20,
    rf"|(?<![\w\u2010-\u2014-])(?P<m2>{_EN_MONTH})\.?\s{{1,3}}(?P<d3>\d{{1,2}}){_ORD_EN}"
    rf"(?:\s?{_DASH}\s?(?P<d4>\d{{1,2}}){_ORD_EN})?,?\s{{1,3}}"
    # January, January of, в январе, yanvar
    rf"|(?<![\w\u2010-\u2014-])(?P<m3>{_MONTH})\.?,?\s{{1,3}}(?:of\s{{1,3}})?"
    # 20.01.
    r"|(?<![\w.])(?P<nd>\d{1,2})\.(?P<nm>\d{1,2})\."
    # in 1990, since 1990, the year 1990, circa 1990
    rf"|(?<![\w.])(?P<prep>{'|'.join(map(re.escape, _PREP_WORDS))})\s{{1,3}}"
    r")\Z",
    re.IGNORECASE,
)

_AZ_DAY_MONTH = (
    # 1990-cı ilin 20 yanvarında, 1990-cı il 19-20 yanvar, 1990-cı ilin yanvar ayında,
    # 1990-cı il yanvarın 20-də, 1990-cı il yanvarın 19-dan 20-nə (keçən gecə)
    rf"(?:(?P<ad1>\d{{1,2}})(?:\s?{_DASH}\s?(?P<ad2>\d{{1,2}}))?(?:{_HYPHEN}?{_AZ_ORD})?\s{{1,3}})?"
    rf"(?P<am>{_AZ_MONTH})(?!\w)(?:\s{{1,3}}ay{_LETTERS}{{0,5}})?"
    rf"(?:\s{{1,3}}(?P<ad3>\d{{1,2}}){_HYPHEN}{_LETTERS}{{1,5}}"
    rf"(?:\s{{1,3}}(?P<ad4>\d{{1,2}}){_HYPHEN}{_LETTERS}{{1,5}})?)?"
)

_RIGHT = re.compile(
    r"(?:"
    r"(?P<en_dec>['\u2019]?s)(?!\w)"  # 1990s, 1990's
    r"|\s{1,2}(?P<en_year>year)(?!\w)"  # the 1990 year
    rf"|{_HYPHEN}?{_AZ_ORD}\s{{1,2}}(?:"
    rf"(?P<az_dec>ill[əe]r{_LETTERS}{{0,6}})"  # 1990-cı illər(də)
    rf"|il(?:in)?\s{{1,3}}{_AZ_DAY_MONTH}"
    rf"|(?P<az_year>il{_LETTERS}{{0,6}})"  # il, ildə, ilin, ildən, ilə...
    r")"
    rf"|(?:{_HYPHEN}(?:го|м|й|ом))?(?:\s{{1,2}}(?P<ru_year>год(?:а|у|ом)?)(?!\w)|\s{{0,2}}г\.)"
    r"|\s{0,2}(?P<ru_plural>гг\.|годы|годов|годах|годам|годами)(?!\w)"  # after 1988–1990
    rf"|{_HYPHEN}(?P<ru_dec>е|х|ые|ых|ми)(?!\w)"  # 1990-е, 1990-х (годов)
    r"(?:\s{1,2}(?:год(?:ы|ов|ах|ам|ами)|гг\.)(?!\w))?"
    rf"|{_HYPHEN}(?P<ru_ord>го|м|й)(?!\w)"  # в 1990-м
    r"|-(?P<iso_m>\d{2})-(?P<iso_d>\d{2})(?!\d|-\d)"  # 1990-01-20
    r")",
    re.IGNORECASE,
)

_YEAR_BEFORE_DASH = re.compile(rf"(?<!\d)(\d{{4}})\s?{_DASH}\s?\Z")

# Nouns that make "of 1990 people" a count, not a year.
_QUANTITY = re.compile(
    r"\s{0,2}(?:%|percent|per\scent)"
    r"|\s{1,3}(?:people|persons?|men|women|children|civilians|victims|dead|killed|wounded|injured"
    r"|soldiers|troops|residents|refugees|demonstrators|protesters|protestors|participants"
    r"|families|houses|homes|buildings|copies|votes|pages|times|tanks|signatures|units|others"
    r"|more|dollars|rubles|roubles|manats?|km|kilometres|kilometers|metres|meters|tons|tonnes)"
    r"(?!\w)",
    re.IGNORECASE,
)

# Between two years: "in 1988 and 1990", "from 1988 to 1990", "1988–1990".
_CONTINUATION = re.compile(
    r"\s{0,2}(?:and|or|to|и|или|по|və|ya|&|[\u2010-\u2014-])\s{0,2}", re.IGNORECASE
)


MAX_MENTIONS = 1000


def extract_mentions(text: str, limit: int = MAX_MENTIONS) -> list[Mention]:
    """Dates mentioned in `text`, in order, non-overlapping, with exact character offsets.

    At most `limit`: past a thousand dates a text is a table or a log, not an article about
    them, and a hostile file must not cost minutes or a million rows.
    """
    found = _scan(text, _YEAR, limit=limit)
    if not _AZ_CYRILLIC_ONLY.isdisjoint(text):
        found = _merge(found, _az_cyrillic_mentions(text, limit), limit)
    return found


# Azerbaijani Cyrillic (1958–1991 alphabet) → Latin, letter for letter, so that offsets in the
# transliterated text are offsets in the original: "20 јанвар 1990-ҹы ил" reads as
# "20 yanvar 1990-cı il". Used only for texts with letters no Russian text has.
_AZ_CYRILLIC_ONLY = frozenset("әғҝҹөүһјӘҒҜҸӨҮҺЈ")
_AZ_CYRILLIC_TO_LATIN = str.maketrans(
    "абвгғдеәжзиыјкҝлмнопрстуүфхһчҹшөйАБВГҒДЕӘЖЗИЫЈКҜЛМНОПРСТУҮФХҺЧҸШӨЙ",
    "abvqğdeəjziıykglmnoprstuüfxhçcşöyABVQĞDEƏJZIIYKGLMNOPRSTUÜFXHÇCŞÖY",
)


def _az_cyrillic_mentions(text: str, limit: int) -> list[Mention]:
    latin = text.translate(_AZ_CYRILLIC_TO_LATIN)
    return [
        Mention(m.date, text[m.start : m.end], m.start, m.end)
        for m in _scan(latin, _YEAR, limit=limit)
    ]


def _merge(first: list[Mention], second: list[Mention], limit: int) -> list[Mention]:
    """Both lists in text order; on overlap the longer mention wins."""
    merged: list[Mention] = []
    for mention in sorted(first + second, key=lambda m: (m.start, -(m.end - m.start))):
        if merged and mention.start < merged[-1].end:
            last = merged[-1]
            if mention.end - mention.start > last.end - last.start:
                merged[-1] = mention
            continue
        merged.append(mention)
    return merged[:limit]


def whole_text_date(text: str) -> DateValue | None:
    """The date when all of `text` is one mention ("20 января 1990 г."), for parse_date.

    Raises ImpossibleDate for "31 February 1990", so the archivist is told why.
    """
    found = _scan(text, _ANY_YEAR, strict=True)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(text):
        return found[0].date
    return None


def _scan(
    text: str, year_re: re.Pattern[str], strict: bool = False, limit: int | None = None
) -> list[Mention]:
    found: list[Mention] = []
    for match in year_re.finditer(text):
        if limit is not None and len(found) > limit:
            break
        ys, ye = match.span()
        try:
            mention = _build(text, ys, ye, int(text[ys:ye]), found[-1] if found else None)
        except ImpossibleDate:  # 31 February, month 13, 21–19 January: not a date, skip it
            if strict:
                raise
            continue
        if mention is None:
            continue
        # keep the longest of overlapping candidates (each candidate has one year, so this is
        # only ever a left context reaching back into the previous mention)
        while found and mention.start < found[-1].end:
            last = found[-1]
            if mention.end - mention.start <= last.end - last.start:
                mention = None
                break
            found.pop()
        if mention is not None:
            found.append(mention)
    return found[:limit] if limit is not None else found


def _build(text: str, ys: int, ye: int, year: int, previous: Mention | None) -> Mention | None:
    end = ye
    year_word = False
    right = _RIGHT.match(text, ye)
    if right is not None:
        if right["az_dec"] or right["ru_plural"]:
            # "1988-1990-cı illərdə", "1988–1990 гг.": the plural names a span of years
            first = _YEAR_BEFORE_DASH.search(text, max(0, ys - 8), ys)
            if first is not None and int(first[1]) < year:
                value = interval_value(year_value(int(first[1])), year_value(year))
                return _mention(text, value, first.start(1), right.end())
            if right["ru_plural"]:
                return None
        if right["en_dec"] or right["az_dec"] or right["ru_dec"]:
            if year % 10:
                return None
            return _mention(text, decade_value(year), ys, right.end())
        if right["am"]:
            month = _month_number(right["am"])
            first, last = right["ad1"] or right["ad3"], right["ad2"] or right["ad4"]
            value = _day_or_range(year, month, first, last) if first else month_value(year, month)
            return _mention(text, value, ys, right.end())
        if right["iso_m"]:
            value = day_value(year, int(right["iso_m"]), int(right["iso_d"]))
            return _mention(text, value, ys, right.end())
        year_word = True
        end = right.end()

    lo = _left_window_start(text, ys)
    left = None if lo < 0 else _LEFT.search(text, lo, ys)
    if left is not None:
        if left["m1"]:
            value = _day_or_range(
                year, _month_number(left["m1"]), left["d1"], left["d2"] or left["d2w"]
            )
            return _mention(text, value, left.start("d1"), end)
        if left["m2"]:
            value = _day_or_range(year, _month_number(left["m2"]), left["d3"], left["d4"])
            return _mention(text, value, left.start("m2"), end)
        if left["m3"]:
            return _mention(text, month_value(year, _month_number(left["m3"])), left.start(), end)
        if left["nd"]:
            value = day_value(year, int(left["nm"]), int(left["nd"]))
            return _mention(text, value, left.start(), end)
        prep = left["prep"].lower()
        if year_word or prep not in _COUNTING_PREPS or not _QUANTITY.match(text, end):
            approximate = prep in _APPROX_PREPS
            return _mention(text, year_value(year, "~" if approximate else ""), ys, end)
        return None
    if year_word:
        return _mention(text, year_value(year), ys, end)
    if (
        previous is not None
        and previous.date.precision == "year"
        and _CONTINUATION.fullmatch(text, previous.end, ys)
        and not _QUANTITY.match(text, end)
    ):
        return _mention(text, year_value(year), ys, end)
    return None


def _left_window_start(text: str, ys: int) -> int:
    """Where _LEFT should start searching before the year at `ys`, or -1 when it cannot match.

    A plain-Python look at the word just before the year: the regex search costs 3-10 µs per
    year, and most years (tables of figures, "the 1990 budget") have no date context at all.
    """
    if ys == 0:
        return -1
    if text[ys - 1] == ".":  # 20.01.1990
        return max(0, ys - 6)
    j = ys - 1
    stop = max(0, ys - 4)
    while j >= stop and text[j].isspace():
        j -= 1
    if j == ys - 1 or j < 0 or text[j].isspace():
        return -1  # no space before the year, or more than the three the patterns allow
    if text[j] in ".,":  # "January 20, 1990", "Jan. 1990", "ca. 1990"
        j -= 1
    end = j + 1
    stop = max(0, end - 14)
    while j >= stop and text[j].isalnum():
        j -= 1
    word = text[j + 1 : end]
    if not word:
        return -1
    if word[0].isdigit():  # a day: "20", "20th", never three digits
        if len(word) > 2 and word[2].isdigit():
            return -1
    else:
        key = word.replace("İ", "i").lower()
        month_like = key[:3] in _MONTH_NUMBERS or key[:4] in _MONTH_NUMBERS or key[:2] == "ма"
        if not month_like and key not in _PREPS:
            return -1
    return max(0, j + 1 - _BEFORE_WORD)


@lru_cache(maxsize=4096)
def _day_or_range(year: int, month: int, first: str, last: str | None) -> DateValue:
    start = day_value(year, month, int(first))
    if last is None:
        return start
    if int(last) <= int(first):
        raise ImpossibleDate("the range ends before it starts")
    return interval_value(start, day_value(year, month, int(last)))


def _mention(text: str, value: DateValue, start: int, end: int) -> Mention:
    return Mention(value, text[start:end], start, end)
