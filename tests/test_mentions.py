"""extract_mentions: dates in article text (English, Azerbaijani, Russian), offsets, precision,
the numbers that must not become dates, and the time it takes."""

from __future__ import annotations

import pytest
from edtf import is_valid_edtf
from hypothesis import given, settings
from hypothesis import strategies as st

from memorial_viewer.dates import extract_mentions, parse_date
from memorial_viewer.types import Mention

JAN20 = "1990-01-20"
NIGHT = "1990-01-19/1990-01-20"


def found(text: str) -> list[tuple[str, str, str]]:
    """(text, edtf, precision) of each mention, after checking the offsets are exact."""
    mentions = extract_mentions(text)
    assert_well_formed(text, mentions)
    return [(m.text, m.date.edtf, m.date.precision) for m in mentions]


def assert_well_formed(text: str, mentions: list[Mention]) -> None:
    previous_end = 0
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert m.start >= previous_end, "mentions overlap or are out of order"
        previous_end = m.end


ENGLISH = [
    ("On January 20, 1990, troops entered Baku.", [("January 20, 1990", JAN20, "day")]),
    ("on January 21, 1990 the city buried", [("January 21, 1990", "1990-01-21", "day")]),
    ("It happened on 20 January 1990.", [("20 January 1990", JAN20, "day")]),
    ("the 20th of January 1990", [("20th of January 1990", JAN20, "day")]),
    ("Jan. 20, 1990", [("Jan. 20, 1990", JAN20, "day")]),
    ("January 20th, 1990", [("January 20th, 1990", JAN20, "day")]),
    ("the night of January 19-20, 1990", [("January 19-20, 1990", NIGHT, "range")]),
    ("the night of January 19–20, 1990", [("January 19–20, 1990", NIGHT, "range")]),
    ("the night of 19–20 January 1990", [("19–20 January 1990", NIGHT, "range")]),
    ("the night of 19 to 20 January 1990", [("19 to 20 January 1990", NIGHT, "range")]),
    ("In January 1990 a state of emergency", [("January 1990", "1990-01", "month")]),
    ("the events of January of 1990", [("January of 1990", "1990-01", "month")]),
    ("In May 1990 elections were held", [("May 1990", "1990-05", "month")]),
    ("In 1994 the parliament", [("1994", "1994", "year")]),
    ("since 1990 people have gathered", [("1990", "1990", "year")]),
    ("by 2000 the alley was rebuilt", [("2000", "2000", "year")]),
    ("until 2005, and from 1991", [("2005", "2005", "year"), ("1991", "1991", "year")]),
    ("the year 1990 changed everything", [("1990", "1990", "year")]),
    ("in the summer of 1990", [("1990", "1990", "year")]),
    ("in 1990 soldiers patrolled the streets", [("1990", "1990", "year")]),
    ("in 1988 and 1990", [("1988", "1988", "year"), ("1990", "1990", "year")]),
    ("from 1988 to 1990", [("1988", "1988", "year"), ("1990", "1990", "year")]),
    ("a photo from c. 1990", [("1990", "1990~", "year")]),
    ("during the 1990s", [("1990s", "199X", "decade")]),
    ("in the 1980's", [("1980's", "198X", "decade")]),
    ("dated 1990-01-20 in the file", [("1990-01-20", JAN20, "day")]),
]

AZERBAIJANI = [
    ("20 Yanvar 1990-cı il faciəsi", [("20 Yanvar 1990-cı il", JAN20, "day")]),
    ("20 yanvar 1990-cı ildə qoşun", [("20 yanvar 1990-cı ildə", JAN20, "day")]),
    ("1990-cı ilin 20 yanvarında", [("1990-cı ilin 20 yanvarında", JAN20, "day")]),
    ("1990-cı il 20 yanvar gecəsi", [("1990-cı il 20 yanvar", JAN20, "day")]),
    ("1990-cı il yanvarın 20-də", [("1990-cı il yanvarın 20-də", JAN20, "day")]),
    (
        "1990-cı il yanvarın 19-dan 20-nə keçən gecə",
        [("1990-cı il yanvarın 19-dan 20-nə", NIGHT, "range")],
    ),
    ("19-20 yanvar 1990-cı il", [("19-20 yanvar 1990-cı il", NIGHT, "range")]),
    ("19-20 yanvar 1990", [("19-20 yanvar 1990", NIGHT, "range")]),
    ("yanvar 1990 hadisələri", [("yanvar 1990", "1990-01", "month")]),
    ("1990-cı ilin yanvarında", [("1990-cı ilin yanvarında", "1990-01", "month")]),
    ("1990-cı ilin yanvar ayında", [("1990-cı ilin yanvar ayında", "1990-01", "month")]),
    ("1990-cı ildə", [("1990-cı ildə", "1990", "year")]),
    ("1990-cı ildən bəri", [("1990-cı ildən", "1990", "year")]),
    ("1990-cı ilin sonu", [("1990-cı ilin", "1990", "year")]),
    ("1994-cü il", [("1994-cü il", "1994", "year")]),
    ("1991-ci ilə qədər", [("1991-ci ilə", "1991", "year")]),
    ("1999-cu ildə", [("1999-cu ildə", "1999", "year")]),
    ("1980-ci illərin sonunda", [("1980-ci illərin", "198X", "decade")]),
    ("1990-cı illərdə", [("1990-cı illərdə", "199X", "decade")]),
    ("1988-1990-cı illərdə", [("1988-1990-cı illərdə", "1988/1990", "range")]),
    ("İyun 1991", [("İyun 1991", "1991-06", "month")]),
    ("fevralın 1990", [("fevralın 1990", "1990-02", "month")]),
    ("20 YANVAR 1990", [("20 YANVAR 1990", JAN20, "day")]),
    ("5 avqust 1991-ci il", [("5 avqust 1991-ci il", "1991-08-05", "day")]),
]

RUSSIAN = [
    ("20 января 1990 года войска", [("20 января 1990 года", JAN20, "day")]),
    ("20 января 1990 г. войска", [("20 января 1990 г.", JAN20, "day")]),
    ("19–20 января 1990 года", [("19–20 января 1990 года", NIGHT, "range")]),
    ("в ночь с 19 на 20 января 1990 года", [("19 на 20 января 1990 года", NIGHT, "range")]),
    ("в январе 1990 года", [("январе 1990 года", "1990-01", "month")]),
    ("с января 1990 года", [("января 1990 года", "1990-01", "month")]),
    ("в мае 1990 года", [("мае 1990 года", "1990-05", "month")]),
    ("в 1990 году", [("1990 году", "1990", "year")]),
    ("1990 год стал", [("1990 год", "1990", "year")]),
    ("в 1990-м году", [("1990-м году", "1990", "year")]),
    ("в 1990-м", [("1990-м", "1990", "year")]),
    ("1990-е годы", [("1990-е годы", "199X", "decade")]),
    ("в конце 1980-х", [("1980-х", "198X", "decade")]),
    ("1980-х годов", [("1980-х годов", "198X", "decade")]),
    ("в 1988–1990 годах", [("1988–1990 годах", "1988/1990", "range")]),
    ("1988-1990 гг.", [("1988-1990 гг.", "1988/1990", "range")]),
]

NUMERIC = [
    ("20.01.1990", [("20.01.1990", JAN20, "day")]),
    (
        "on 1.2.1990 and 20.01.1990 г.",
        [
            ("1.2.1990", "1990-02-01", "day"),
            ("20.01.1990 г.", JAN20, "day"),
        ],
    ),  # fmt: skip
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH + AZERBAIJANI + RUSSIAN + NUMERIC)
def test_forms(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "137 people were killed",
        # a crowd of 1990 people: "of" is followed by a count noun, so it is a number, not a year
        "a crowd of 1990 people gathered",
        "a crowd of 2000 demonstrators",
        "won by 1500 votes",
        "from 2000 families",
        "of 1990 residents",
        "rose by 2000%",
        "more than 1,000 were wounded",
        "1,990 people",
        "page 12",
        "page 1990",
        "see p. 1990 of the report",
        "call +994 12 498 19 90 or (012) 490-1990",
        "phone 050 199 0120",
        "reference 1990",  # a bare number without a preposition, year word or month
        "1990 1991 1992",
        "the 1990 budget",
        "in 999 and in 2150",  # outside 1000-2099
        "1995s",  # not a decade
        "ISBN 978-5-1990-1234-5",
        "version 1.20.1990",
        "1990.5 km",
        "20 Yanvar faciəsi",  # the name of the tragedy, no year: not a datable mention
        "20 января",
    ],
)
def test_numbers_that_are_not_dates(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "31 February 1990",
        "February 30, 1990",
        "31.02.1990",
        "1990-02-30",
        "31 апреля 1990 года",
        "1990-cı ilin 31 iyununda",
        "January 21-19, 1990",
        "13.13.1990",
    ],
)
def test_impossible_days_are_skipped(text: str) -> None:
    assert found(text) == []


def test_impossible_day_does_not_hide_the_next_mention() -> None:
    text = "not 31 February 1990 but 1 March 1990"
    assert found(text) == [("1 March 1990", "1990-03-01", "day")]


def test_offsets_in_a_mixed_article() -> None:
    text = (
        "Black January. On the night of 19–20 January 1990 Soviet troops entered Baku; "
        "137 people were killed. 20 Yanvar 1990-cı il faciəsi. "
        "В ночь на 20 января 1990 года войска вошли в город. In 1994 the parliament "
        "gave the events a political assessment, and since the 1990s 20 January is a day "
        "of mourning."
    )
    mentions = extract_mentions(text)
    expected = [
        "19–20 January 1990",
        "20 Yanvar 1990-cı il",
        "20 января 1990 года",
        "1994",
        "1990s",
    ]
    assert [m.text for m in mentions] == expected
    for m in mentions:
        assert m.start == text.index(m.text)
        assert m.end == m.start + len(m.text)
    assert [m.date.precision for m in mentions] == ["range", "day", "day", "year", "decade"]
    night = mentions[0].date
    assert (night.earliest.isoformat(), night.latest.isoformat()) == ("1990-01-19", "1990-01-20")


def test_longest_reading_wins_and_nothing_overlaps() -> None:
    # one mention, not "1990-cı ilin" plus "yanvarında"; not "January 1990" inside the day
    assert found("1990-cı ilin 20 yanvarında") == [("1990-cı ilin 20 yanvarında", JAN20, "day")]
    assert found("on 20 January 1990") == [("20 January 1990", JAN20, "day")]
    assert found("20 January 1990 20 January 1991") == [
        ("20 January 1990", JAN20, "day"),
        ("20 January 1991", "1991-01-20", "day"),
    ]


def test_approximate_flag_and_bounds_are_the_years_own() -> None:
    (mention,) = extract_mentions("a photograph taken circa 1990")
    assert mention.date.approximate and not mention.date.uncertain
    assert (mention.date.earliest.isoformat(), mention.date.latest.isoformat()) == (
        "1990-01-01",
        "1990-12-31",
    )


ALL_FORMS = ENGLISH + AZERBAIJANI + RUSSIAN + NUMERIC


@pytest.mark.parametrize(("text", "expected"), ALL_FORMS)
def test_mention_dates_are_valid_edtf_and_equal_parse_date(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    for m in extract_mentions(text):
        assert is_valid_edtf(m.date.edtf)
        assert parse_date(m.date.edtf) == m.date


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "1990", "2000", "20", "19", "31", "January", "yanvar", "yanvarında", "января",
                "в", "in", "of", "the", "people", "-", "–", ",", ".", "20.01.", "-cı", "il",
                "ilin", "года", "г.", "s", "circa", "and", "to", "на", "ayında", "20-də",
            ]
        ),
        max_size=40,
    ),
    st.sampled_from([" ", "", "  ", "\n"]),
)  # fmt: skip
def test_any_token_soup_gives_exact_ordered_non_overlapping_mentions(
    tokens: list[str], glue: str
) -> None:
    text = glue.join(tokens)
    assert_well_formed(text, extract_mentions(text))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_never_raises(text: str) -> None:
    assert_well_formed(text, extract_mentions(text))


# --------------------------------------------------------------------------- speed

ARTICLE_PARAGRAPH = (
    "On the night of 19–20 January 1990 units of the Soviet Army entered Baku, the capital "
    "of the Azerbaijan SSR, after a state of emergency was declared without warning. Tanks "
    "and armoured vehicles moved through the city streets and fired on civilians who had "
    "come out to block the roads. 137 people were killed that night and in the days that "
    "followed, and hundreds were wounded. On January 21, 1990 hundreds of thousands of people "
    "walked to the funeral in the upland park that became the Alley of Martyrs. In 1994 the "
    "parliament of Azerbaijan gave the events a political assessment, and since 1990 the "
    "twentieth of January has been a day of national mourning. Witnesses recorded their "
    "memories in letters, diaries and photographs that are kept in family archives. "
)


def _article(words: int = 600) -> str:
    tokens = ARTICLE_PARAGRAPH.split()
    return " ".join((tokens * (words // len(tokens) + 1))[:words])


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(_article(160_000), id="1MB-article-no-newlines"),
        pytest.param("1" * 1_000_000, id="digits"),
        pytest.param(" " * 1_000_000, id="spaces"),
        pytest.param("1990 " * 200_000, id="bare-years"),
        pytest.param("20 January " * 90_000, id="days-without-year"),
        pytest.param("January " * 120_000 + "1990", id="months-then-a-year"),
        pytest.param("19-" * 300_000 + "20 January 1990", id="dash-chain"),
        pytest.param("20." * 300_000 + "1990", id="dot-chain"),
        pytest.param("ilin " * 200_000, id="az-words"),
        pytest.param("1990-cı ilin " * 70_000, id="az-years"),
    ],
)
def test_a_megabyte_line_is_scanned_whole(text: str) -> None:
    """Linear scanning: a backtracking regex would never finish these (speed is benchmarked)."""
    mentions = extract_mentions(text)
    assert_well_formed(text, mentions)


def test_mentions_are_capped_for_date_dense_text() -> None:
    from memorial_viewer.dates.mentions import MAX_MENTIONS

    text = "January 1990, " * (MAX_MENTIONS * 3)
    found = extract_mentions(text)
    assert len(found) == MAX_MENTIONS
    assert found[-1].text == "January 1990"
    assert extract_mentions(text, limit=5)[-1].end == text.index("January 1990", 50) + 12


def test_azerbaijani_cyrillic_mentions_keep_original_text_and_offsets() -> None:
    text = (
        "Рус: 20 января 1990 года. "
        "Аз: 1990-ҹы ил јанварын 19-дан 20-нә, сонра 23 јанвар 1990-ҹы ил."
    )
    found = extract_mentions(text)
    assert [m.date.edtf for m in found] == ["1990-01-20", "1990-01-19/1990-01-20", "1990-01-23"]
    assert [m.text for m in found] == [
        "20 января 1990 года",
        "1990-ҹы ил јанварын 19-дан 20-нә",
        "23 јанвар 1990-ҹы ил",
    ]
    for m in found:
        assert text[m.start : m.end] == m.text
