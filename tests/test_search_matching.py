"""Search matching on the multilingual corpus: folding, scripts, spellings, inflection, near
misses, ranking order, phrases and exclusion — and precision on near-miss documents."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from memorial_viewer.archive import Archive
from tests.search_corpus import build


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Archive, dict[str, int]]]:
    archive, ids = build(tmp_path_factory.mktemp("search-corpus"))
    with archive:
        yield archive, ids


def titles(corpus: tuple[Archive, dict[str, int]], query: str, **options: object) -> list[str]:
    archive, ids = corpus
    names = {v: k for k, v in ids.items()}
    return [names[h.id] for h in archive.search(query, **options).hits]


# -- folding ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query", ["Şəhidlər ", "şəhidlər ", "ŞƏHİDLƏR ", "sehidler ", "SEHIDLER ", "Sәhidlәr "]
)
def test_case_and_diacritics_never_matter(corpus, query: str) -> None:
    found = titles(corpus, query)
    assert {"20 Yanvar faciəsi", "Eternal flame"} <= set(found)


def test_dotted_and_dotless_i(corpus) -> None:
    for query in ("BAKI ", "Bakı ", "bakı ", "baki "):
        assert "Küçələr" in titles(corpus, query), query
    assert "Milli Məclis 1994" in titles(corpus, "MİLLİ ")


def test_nfd_query_equals_nfc_query(corpus) -> None:
    import unicodedata

    nfd = unicodedata.normalize("NFD", "Şəhidlər Xiyabanında")
    assert titles(corpus, nfd) == titles(corpus, "Şəhidlər Xiyabanında")


# -- scripts and spellings -------------------------------------------------------------------


def test_latin_query_finds_cyrillic_and_back(corpus) -> None:
    assert "Трагедия 20 января" in titles(corpus, "Qafarov ")
    assert "Rauf Qafarov xatirələri" in titles(corpus, "Гафаров ")
    assert "Бакыда матәм" in titles(corpus, "Azərbaycan ")
    assert "Milli Məclis 1994" in titles(corpus, "Азербайджан ")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Heydar Aliyev ", {"Black January in Baku", "20 Yanvar faciəsi", "Трагедия 20 января"}),
        ("Гейдар Алиев ", {"Black January in Baku", "20 Yanvar faciəsi"}),
        ("Gafarov ", {"Rauf Qafarov xatirələri", "Трагедия 20 января", "The road to Lachin"}),
        ("Majlis ", {"Milli Məclis 1994", "Parliament assessment"}),
        ("Medzhlis ", {"Milli Məclis 1994", "Parliament assessment"}),
        ("Azerbaijan ", {"Milli Məclis 1994", "Бакыда матәм", "Parliament assessment"}),
        ("Baku ", {"Küçələr", "Заметка", "Black January in Baku"}),
    ],
)
def test_name_variants_meet(corpus, query: str, expected: set[str]) -> None:
    assert expected <= set(titles(corpus, query))


# -- inflection and prefixes -----------------------------------------------------------------


def test_inflected_forms(corpus) -> None:
    assert "20 Yanvar faciəsi" in titles(corpus, "faciə ")  # faciəsinin
    assert "Дорога в Лачине" in titles(corpus, "Лачин ")  # Лачине
    assert "Дорога в Лачине" in titles(corpus, "Laçın ")  # cross-script and inflected
    assert "Yaddaş" in titles(corpus, "Bakı ")  # Bakıdakı
    assert "Rauf Qafarov xatirələri" in titles(corpus, "xatirə ")  # xatirələri


def test_last_word_is_a_prefix_while_typing(corpus) -> None:
    assert "Rauf Qafarov xatirələri" in titles(corpus, "Qafa")
    assert "Rauf Qafarov xatirələri" not in titles(corpus, "Qafa ")  # the word was finished


def test_star_asks_for_a_prefix_anywhere(corpus) -> None:
    assert "Rauf Qafarov xatirələri" in titles(corpus, "Qafa* Laçın")
    assert titles(corpus, "Qafa Laçın") == []


# -- near misses -----------------------------------------------------------------------------


def test_near_miss_is_corrected_and_said(corpus) -> None:
    archive, _ = corpus
    result = archive.search("Qafarof")
    assert result.corrected == "Qafarov"
    assert "Rauf Qafarov xatirələri" in titles(corpus, "Qafarof")
    assert all(h.match == "corrected" for h in result.hits)


def test_corrected_hits_mark_the_word_as_written(corpus) -> None:
    # A corrected hit of a one-word query is highlighted by the corrected form alone (the
    # looser forms of the typed word cannot be in it): the mark is still the word in the text.
    archive, _ = corpus
    result = archive.search("Qafarof")
    assert result.hits
    assert any("<mark>Qafarov</mark>" in h.snippet for h in result.hits)


def test_two_typos_allowed_from_nine_letters(corpus) -> None:
    archive, _ = corpus
    result = archive.search("Xiyabanndaa ")  # Xiyabanında, 11 letters, two edits
    assert result.corrected is not None and result.total >= 1


def test_no_correction_when_the_spelling_finds_enough(corpus) -> None:
    archive, _ = corpus
    assert archive.search("Qafarov ").corrected is None


def test_no_typo_under_five_letters(corpus) -> None:
    archive, _ = corpus
    result = archive.search("Bakx ")
    assert result.total == 0 and result.corrected is None


# -- precision on near-miss documents --------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "not_expected"),
    [
        ("Qafarov ", "A scholar from Tajikistan"),  # Qafurov: a↔u is not a spelling variant
        ("Qafarov ", "Cəfərov ailəsi"),  # another first sound, another name
        ("Gafarov ", "A scholar from Tajikistan"),
        ("Гафаров ", "Cəfərov ailəsi"),
        ("Лачин ", "Words apart"),
        ("Bakı ", "Botany notes"),
        ('"martyrs alley"', "Words apart"),  # both words, not side by side
    ],
)
def test_loose_matching_does_not_flood(corpus, query: str, not_expected: str) -> None:
    assert not_expected not in titles(corpus, query)


# -- ranking ---------------------------------------------------------------------------------


def test_exact_before_folded_before_inflected_before_transliterated(corpus) -> None:
    archive, ids = corpus
    result = archive.search("Bakı ")
    order = [h.id for h in result.hits]
    exact, folded = ids["Küçələr"], ids["Qeyd"]
    inflected, translit = ids["Yaddaş"], ids["Заметка"]
    assert order.index(exact) < order.index(folded) < order.index(inflected)
    assert order.index(inflected) < order.index(translit)
    tiers = [h.match for h in result.hits]
    rank = ["exact", "folded", "inflected", "transliterated", "corrected"]
    assert tiers == sorted(tiers, key=rank.index)


def test_title_and_tags_weigh_more_than_text(corpus) -> None:
    found = titles(corpus, "parliament ")
    assert found[0] == "Parliament assessment"  # in its title and tags
    assert "Milli Məclis 1994" in found  # by its tag only


def test_snippet_marks_words_as_written(corpus) -> None:
    archive, ids = corpus
    hits = {h.id: h for h in archive.search("Qafarov ").hits}
    assert "<mark>Гафаров</mark>" in hits[ids["Трагедия 20 января"]].snippet
    assert "<mark>Gafarov</mark>" in hits[ids["The road to Lachin"]].snippet
    caption = {h.id: h for h in archive.search("məşəl ").hits}[ids["Eternal flame"]]
    assert caption.snippet == "Əbədi <mark>məşəl</mark> Şəhidlər Xiyabanında"


def test_snippet_is_html_escaped(tmp_path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "x.txt").write_text("Title\n\nThe <b>Baku</b> & <script>alert(1)</script>", "utf-8")
    with Archive.create(tmp_path / "a") as archive:
        archive.import_paths([src])
        snippet = archive.search("Baku").hits[0].snippet
    assert "<b>" not in snippet and "<script>" not in snippet
    assert "<mark>Baku</mark>" in snippet


# -- phrases and exclusion -------------------------------------------------------------------


def test_phrases(corpus) -> None:
    found = titles(corpus, '"Şəhidlər Xiyabanında"')
    assert {"20 Yanvar faciəsi", "Eternal flame", "Бакыда матәм"} <= set(found)
    assert titles(corpus, '"Xiyabanında Şəhidlər"') == []
    assert "Black January in Baku" in titles(corpus, '"soviet troops"')


def test_exclusion(corpus) -> None:
    with_moscow = set(titles(corpus, "Baku "))
    without = set(titles(corpus, "Baku -Moscow"))
    assert "Black January in Baku" in with_moscow
    assert "Black January in Baku" not in without
    assert "Трагедия 20 января" not in without  # Москве: the exclusion crosses scripts too
    assert "Küçələr" in without


def test_or_and_parentheses(corpus) -> None:
    found = set(titles(corpus, "(Лачин OR Majlis) -Меджлис"))
    assert "Дорога в Лачине" in found and "Parliament assessment" not in found
    assert set(titles(corpus, "Qafarov OR Məclis")) >= {"Rauf Qafarov xatirələri",
                                                        "Milli Məclis 1994"}
