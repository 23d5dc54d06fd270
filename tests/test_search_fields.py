"""Fields, dates, sorting, facets, related items, saved searches and keeping the index current."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from memorial_viewer.archive import Archive
from memorial_viewer.types import ItemEdit
from tests.search_corpus import build


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Archive, dict[str, int]]]:
    archive, ids = build(tmp_path_factory.mktemp("search-fields"))
    with archive:
        c = archive.collections.create("Memorial photos")
        archive.collections.add(c.name, [ids["Eternal flame"], ids["Black January in Baku"]])
        archive.bookmarks.add(ids["Milli Məclis 1994"], note="key decision")
        yield archive, ids


def titles(corpus, query: str, **options: object) -> set[str]:
    archive, ids = corpus
    names = {v: k for k, v in ids.items()}
    return {names[h.id] for h in archive.search(query, limit=100, **options).hits}


def test_title_field(corpus) -> None:
    assert titles(corpus, "title:Lachin ") == {"The road to Lachin", "Дорога в Лачине"}
    assert "Rauf Qafarov xatirələri" not in titles(corpus, "title:Laçın ")


def test_text_and_caption_fields(corpus) -> None:
    assert titles(corpus, "text:məşəl ") == set()
    assert titles(corpus, "caption:məşəl ") == {"Eternal flame"}
    assert "Eternal flame" not in titles(corpus, "text:Xiyabanında ")


def test_tag_field_is_exact_tag_membership(corpus) -> None:
    assert titles(corpus, 'tag:"black january"') == {
        "Black January in Baku", "20 Yanvar faciəsi", "Трагедия 20 января",
        "Funeral procession",
    }
    assert titles(corpus, "tag:parl*") == {"Milli Məclis 1994", "Parliament assessment"}
    assert titles(corpus, "tag:nosuchtag") == set()


def test_kind_field_and_parameter(corpus) -> None:
    assert titles(corpus, "kind:photo") == {"Eternal flame", "Funeral procession"}
    assert titles(corpus, "Şəhidlər kind:photo") == {"Eternal flame"}
    assert titles(corpus, "Şəhidlər", kind="article") >= {"20 Yanvar faciəsi"}
    assert "Eternal flame" not in titles(corpus, "Şəhidlər", kind="article")


def test_collection_and_has_bookmark(corpus) -> None:
    assert titles(corpus, 'collection:"memorial photos"') == {"Eternal flame",
                                                              "Black January in Baku"}
    assert titles(corpus, "has:bookmark") == {"Milli Məclis 1994"}
    assert titles(corpus, "Məclis has:bookmark") == {"Milli Məclis 1994"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("date:1994", {"Milli Məclis 1994", "Parliament assessment"}),
        ("date:1994-03", {"Milli Məclis 1994", "Parliament assessment"}),
        ("date:1994-03-29", {"Milli Məclis 1994", "Parliament assessment"}),
        ("date:1994-04", {"Parliament assessment"}),
        ("date:1993..1995", {"Milli Məclis 1994", "Parliament assessment", "Дорога в Лачине",
                             "The road to Lachin"}),
        ("date:..1972", {"A scholar from Tajikistan"}),
        ("date:2006.. kind:article", {"Rauf Qafarov xatirələri"}),
    ],
)
def test_item_date_ranges_overlap(corpus, query: str, expected: set[str]) -> None:
    assert titles(corpus, query) == expected


def test_mentioned_dates(corpus) -> None:
    found = titles(corpus, "mentions:1990-01-21")
    assert "Black January in Baku" in found
    assert "Rauf Qafarov xatirələri" not in found
    assert "Milli Məclis 1994" in titles(corpus, "mentions:1994")


def test_unreadable_field_values_are_words(corpus) -> None:
    archive, _ = corpus
    assert archive.search("date:sometime").total == 0  # the words "date" and "sometime"
    assert archive.search("kind:video").total == 0


def test_sort_by_date_and_title(corpus) -> None:
    archive, _ = corpus
    by_date = archive.search("Bakı", sort="date").hits
    dates = [h.date for h in by_date if h.date]
    assert dates == sorted(dates)
    by_title = [h.title.lower() for h in archive.search("Bakı", sort="title").hits]
    assert by_title == sorted(by_title)
    newest = archive.search("Bakı", sort="date", descending=True).hits
    assert [h.date for h in newest if h.date] == sorted(dates, reverse=True)


def test_sort_by_source_and_language(corpus) -> None:
    archive, _ = corpus
    hits = archive.search("Bakı", limit=100).hits
    ids = [h.id for h in hits]
    assert len(ids) >= 3
    archive.items.update(ids[0], ItemEdit(publisher="Zeynalov archive", language="ru"))
    archive.items.update(ids[1], ItemEdit(publisher="azertac", language="az"))

    def shown(sort: str, descending: bool = False) -> list[tuple[str | None, str | None]]:
        found = archive.search("Bakı", sort=sort, descending=descending, limit=100).hits
        by_id = {s.id: s for s in archive.items.page(ids=[h.id for h in found], limit=100)}
        field = "source" if sort == "source" else "language"
        return [getattr(by_id[h.id], field) for h in found]

    sources = shown("source")
    named = [v for v in sources if v]
    assert named == sorted(named, key=str.lower) and "azertac" in named
    assert all(v is None for v in sources[len(named):])  # without a source: last
    newest = [v for v in shown("source", descending=True) if v]
    assert newest == sorted(named, key=str.lower, reverse=True)
    languages = [v for v in shown("language") if v]
    assert languages == sorted(languages)
    assert archive.search("Bakı", sort="language").total == len(hits)


def test_paging_is_stable_across_tiers(corpus) -> None:
    archive, _ = corpus
    everything = [h.id for h in archive.search("Bakı ", limit=100).hits]
    pages = [h.id for off in range(0, len(everything), 2)
             for h in archive.search("Bakı ", limit=2, offset=off).hits]
    assert pages == everything
    assert archive.search("Bakı ").total == len(everything)


def test_facets(corpus) -> None:
    archive, _ = corpus
    f = archive.facets("Bakı")
    kinds = {c.value: c.count for c in f.kinds}
    assert kinds == {"article": archive.search("Bakı", kind="article").total,
                     "photo": archive.search("Bakı", kind="photo").total}
    years = {c.value: c.count for c in f.years}
    assert years["1990"] >= 2
    assert {c.value for c in f.mentioned_years} >= {"1990"}
    tags = {c.value: c.count for c in f.tags}
    assert tags["Black January"] >= 2
    result = archive.search("Bakı", facets=True)
    assert result.facets == f and "facets" in result.to_json()


def test_related_items(corpus) -> None:
    archive, ids = corpus
    related = archive.related(ids["Rauf Qafarov xatirələri"])
    found = [r.id for r in related]
    assert ids["Трагедия 20 января"] in found[:3]
    first = next(r for r in related if r.id == ids["Трагедия 20 января"])
    assert "Qafarov" in first.shared_terms
    by_tag = archive.related(ids["Milli Məclis 1994"])
    assert by_tag[0].id == ids["Parliament assessment"]
    assert "parliament" in by_tag[0].shared_tags
    assert ids["Milli Məclis 1994"] not in [r.id for r in by_tag]
    assert archive.related(999_999) == []


def test_saved_searches_run_again(corpus) -> None:
    archive, _ = corpus
    archive.saved_searches.save("Qafarov, all spellings", "Qafarov ")
    query = archive.saved_searches.get("Qafarov, all spellings").query
    again = archive.searcher.run_saved("Qafarov, all spellings")
    assert [h.id for h in again.hits] == [h.id for h in archive.search(query).hits]
    assert again.total == 3


def test_timeline_follows_the_query_language(corpus) -> None:
    archive, _ = corpus
    buckets = {b.period: b.count for b in archive.timeline(query="tag:parliament")}
    assert buckets == {"1994": 2}
    assert archive.searcher.matching_ids("") is None


# -- keeping the index in step ---------------------------------------------------------------


def test_edits_tags_and_rebuild_keep_the_index_current(tmp_path) -> None:
    from memorial_viewer.items import ItemEdit
    from memorial_viewer.search.maintenance import meta

    archive, ids = build(tmp_path)
    with archive:
        item = ids["Küçələr"]
        archive.items.update(item, ItemEdit(title="Nəsimi prospekti"))
        assert archive.search("title:Nəsimi").total == 1
        assert archive.search("title:Küçələr ").total == 0
        archive.tags.add([item], ["streets"])
        assert [h.id for h in archive.search("tag:streets").hits] == [item]
        archive.tags.rename("streets", "küçələr")
        assert [h.id for h in archive.search("tag:kucheler OR tag:küçələr").hits] == [item]
        assert archive.search("title:Nəsimi").total == 1
        total = archive.search("Bakı").total
        with archive._ctx.write("stale") as session:  # noqa: SLF001
            session.connection().exec_driver_sql(
                "UPDATE item_fts_meta SET value = '0' WHERE key = 'folding'"
            )
        assert archive.searcher.ensure_current()
        assert archive.search("Bakı").total == total
        with archive._ctx.read() as session:  # noqa: SLF001
            assert meta(session)["dirty"] == "0"
