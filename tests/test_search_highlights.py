"""`Archive.highlights`: where a query matches an item's shown text, as the search matches it
(scripts, folding, inflection, phrases, exclusions, fields, corrections) — never raising."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from memorial_viewer.archive import Archive
from tests.search_corpus import build

Corpus = tuple[Archive, dict[str, int]]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Corpus]:
    archive, ids = build(tmp_path_factory.mktemp("highlight-corpus"))
    with archive:
        yield archive, ids


def marked(corpus: Corpus, title: str, query: str) -> list[str]:
    """The highlighted fragments of the item's shown text, in order."""
    archive, ids = corpus
    item_id = ids[title]
    detail = archive.show(item_id)
    text = detail.caption if detail.kind == "photo" else detail.text
    spans = archive.highlights(item_id, query)
    assert spans == sorted(spans)
    assert all(0 <= s < e <= len(text) for s, e in spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
    return [text[s:e] for s, e in spans]


# -- scripts, folding, inflection --------------------------------------------------------------


@pytest.mark.parametrize("query", ["Qafarov", "Qafarov ", "Gafarov ", "qafarov*"])
def test_latin_query_highlights_the_cyrillic_word(corpus: Corpus, query: str) -> None:
    assert marked(corpus, "Трагедия 20 января", query) == ["Гафаров"]


def test_cyrillic_query_highlights_latin_and_inflected_words(corpus: Corpus) -> None:
    assert marked(corpus, "Rauf Qafarov xatirələri", "Гафаров ") == ["Qafarov", "Qafarovun"]
    assert marked(corpus, "The road to Lachin", "Qafarov ") == ["Gafarov"]


def test_near_misses_are_not_highlighted(corpus: Corpus) -> None:
    assert marked(corpus, "A scholar from Tajikistan", "Qafarov ") == []
    assert marked(corpus, "Cəfərov ailəsi", "Qafarov ") == []


@pytest.mark.parametrize("query", ["sehidler ", "SEHIDLER ", "şəhidlər ", "Şəhidlər"])
def test_folded_query_highlights_the_word_as_written(corpus: Corpus, query: str) -> None:
    assert marked(corpus, "20 Yanvar faciəsi", query) == ["Şəhidlər"]


def test_inflected_forms_are_highlighted(corpus: Corpus) -> None:
    assert marked(corpus, "Yaddaş", "Bakı ") == ["Bakıdakı"]
    assert marked(corpus, "20 Yanvar faciəsi", "faciəsi ") == ["Faciəsinin"]
    assert marked(corpus, "Заметка", "Bakı ") == ["Баку"]


def test_the_correction_of_a_misspelt_word_is_highlighted(corpus: Corpus) -> None:
    archive, _ids = corpus
    assert archive.search("Qafarof").corrected == "Qafarov"  # the search corrected it...
    assert "Qafarov" in marked(corpus, "Rauf Qafarov xatirələri", "Qafarof")  # ...so do these
    assert archive.search("Xiyabanndaa ").corrected
    assert marked(corpus, "20 Yanvar faciəsi", "Xiyabanndaa ") == ["Xiyabanında"]
    # Not corrected when the typed word finds enough: the typo'd form marks nothing then.
    assert archive.search("Bakx ").corrected is None
    assert marked(corpus, "Küçələr", "Bakx ") == []


# -- phrases, exclusions, fields ---------------------------------------------------------------


def test_a_phrase_is_one_span_where_its_words_follow_each_other(corpus: Corpus) -> None:
    assert marked(corpus, "Трагедия 20 января", '"Rauf Qafarov"') == ["Рауф Гафаров"]
    assert marked(corpus, "Rauf Qafarov xatirələri", '"Rauf Qafarov"') == ["Rauf Qafarov"]
    # The same words apart, or in another order, are not the phrase.
    assert marked(corpus, "Трагедия 20 января", '"Qafarov Rauf"') == []
    assert marked(corpus, "Words apart", '"martyrs alley"') == []


def test_excluded_words_are_not_highlighted(corpus: Corpus) -> None:
    assert marked(corpus, "20 Yanvar faciəsi", "Heydər -Əliyev") == ["Heydər"]
    assert marked(corpus, "20 Yanvar faciəsi", "Heydər NOT Əliyev") == ["Heydər"]
    assert marked(corpus, "20 Yanvar faciəsi", "-Əliyev") == []
    assert marked(corpus, "Black January in Baku", "Baku -(Baku)") == []


def test_filters_and_operators_highlight_nothing_themselves(corpus: Corpus) -> None:
    assert marked(corpus, "Black January in Baku", "kind:article date:1990") == []
    assert marked(corpus, "Black January in Baku", "Moscow OR Kremlin tag:x") == ["Moscow"]


def test_fields(corpus: Corpus) -> None:
    assert marked(corpus, "Black January in Baku", "title:Baku") == []
    assert marked(corpus, "Black January in Baku", "text:Baku") == ["Baku"]
    assert marked(corpus, "Black January in Baku", "title:January Moscow") == ["Moscow"]
    # A photo's shown text is its caption.
    assert marked(corpus, "Eternal flame", "sehidler ") == ["Şəhidlər"]
    assert marked(corpus, "Eternal flame", "caption:məşəl") == ["məşəl"]
    assert marked(corpus, "Eternal flame", "text:məşəl") == []
    assert marked(corpus, "Eternal flame", "dawn") == []  # in its description, not shown


def test_unknown_items_and_empty_queries(corpus: Corpus) -> None:
    archive, ids = corpus
    assert archive.highlights(10_000, "Baku") == []
    assert archive.highlights(ids["Black January in Baku"], "") == []
    assert archive.highlights(ids["Black January in Baku"], "   ") == []


# -- robustness ----------------------------------------------------------------------------------

_ALPHABET = st.sampled_from(list("aBkuqəşıГафров 0\"'()-*:_ORANDNOT\u0301\u200d\x00%;"))
_PIECES = st.sampled_from(["Baku", "Qafarov", "title:", "text:", "caption:", "-", "NOT",
                           "OR", "(", ")", '"', "*", " ", "kind:photo", "date:1990"])


@settings(max_examples=150, deadline=None)
@given(query=st.one_of(st.text(max_size=60), st.text(_ALPHABET, max_size=40),
                       st.lists(_PIECES, max_size=12).map("".join)))
def test_any_query_gives_valid_spans(corpus: Corpus, query: str) -> None:
    for title in ("Трагедия 20 января", "Black January in Baku", "Eternal flame"):
        marked(corpus, title, query)
