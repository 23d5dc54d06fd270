"""The query language: parsing, and that no input whatsoever makes search raise."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from memorial_viewer.archive import Archive
from memorial_viewer.search.compile import compile_query
from memorial_viewer.search.query import MAX_TERMS, And, Filter, Not, Or, Phrase, Word, parse


def test_words_phrases_operators_and_fields() -> None:
    tree = parse('"Şəhidlər Xiyabanı" OR Bakı -Moscow title:(Qafarov OR Гафаров) date:1990')
    assert isinstance(tree, And)
    first = tree.items[0]
    assert isinstance(first, Or)
    assert first.items[0] == Phrase(("Şəhidlər", "Xiyabanı"))
    assert first.items[1] == Word("Bakı")
    assert tree.items[1] == Not(Word("Moscow"))
    assert parse("a b OR c d ") == And((Word("a"), Or((Word("b"), Word("c"))), Word("d")))
    assert parse("(a b) OR c ") == Or((And((Word("a"), Word("b"))), Word("c")))
    assert tree.items[2] == Or((Word("Qafarov", fields=("title",)),
                                Word("Гафаров", fields=("title",))))
    assert tree.items[3] == Filter("date", "1990", lo="1990-01-01", hi="1990-12-31")


def test_last_word_is_implicit_prefix_unless_finished() -> None:
    assert parse("Bak") == Word("Bak", implicit=True)
    assert parse("Bak ") == Word("Bak")
    assert parse("Bak*") == Word("Bak", prefix=True)
    assert parse("-Bak") == Not(Word("Bak"))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("date:1990-01", ("1990-01-01", "1990-01-31")),
        ("date:1987..1991", ("1987-01-01", "1991-12-31")),
        ("date:1990-02..1990-03", ("1990-02-01", "1990-03-31")),
        ("date:..1990", (None, "1990-12-31")),
        ("mentions:1990-01-20", ("1990-01-20", "1990-01-20")),
    ],
)
def test_date_values(query: str, expected: tuple[str | None, str | None]) -> None:
    tree = parse(query)
    assert isinstance(tree, Filter) and (tree.lo, tree.hi) == expected


@pytest.mark.parametrize(
    "query",
    ['"unclosed phrase', "((a b", "a b))", "OR OR a", "a OR", "- -", "NOT", '"', "()",
     "date:", "title:", "kind:", "date:1990-13", "tag:", "a:b:c", "NEAR(a b)", "a AND b",
     "{f_title}: x", "x' OR 1=1; DROP TABLE items; --", "\x00\x01\x1f", "*", "a**", "^a"],
)
def test_malformed_input_reads_as_words(query: str) -> None:
    tree = parse(query)
    compile_query(tree)  # never raises


def test_long_input_is_capped() -> None:
    tree = parse("word " * 5000)
    assert isinstance(tree, And) and len(tree.items) == MAX_TERMS
    parse("x" * 10_000)


@given(st.text(max_size=300))
@settings(max_examples=300, deadline=None)
def test_any_text_parses_and_compiles(query: str) -> None:
    compile_query(parse(query))


# -- the whole path, on a real archive ---------------------------------------------------------

_NASTY = st.one_of(
    st.text(max_size=120),
    st.lists(st.sampled_from(list('"()-*:{}^+.,;\'\\ ')
                             + ["OR", "AND", "NOT", "title:", "tag:", "date:", "kind:",
                                "mentions:", "has:", "collection:", "..", "NEAR", "Bakı", "ə"]),
             max_size=40).map("".join),
    st.lists(st.sampled_from(["Bakı", "-", "OR", "(", ")", '"', "date:1990..", "title:",
                              "*", "Гафаров", "\x00", "tag:x*", "kind:photo"]),
             max_size=20).map(" ".join),
)


@pytest.fixture(scope="module")
def small_archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    from tests.search_corpus import build

    archive, _ = build(tmp_path_factory.mktemp("robust"))
    with archive:
        yield archive


@given(query=_NASTY)
@settings(max_examples=250, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_search_never_raises(small_archive: Archive, query: str) -> None:
    for sort in ("relevance", "date"):
        result = small_archive.search(query, limit=5, sort=sort)
        assert result.total >= len(result.hits)
    small_archive.searcher.matching_ids(query)


def test_huge_and_control_character_queries(small_archive: Archive) -> None:
    for query in ("Bakı " * 2000, "a" * 10_000, "\x00\x07\x1b[31m Bakı \u202e", "\ud800"):
        small_archive.search(query)
    small_archive.facets("((((((((((((((((Bakı")
