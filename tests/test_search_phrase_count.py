"""Phrase totals counted on the latin-key phrase alone, only where that is proven exact.

A phrase matches its folded words side by side or their latin keys side by side (tier 3). Its
total is counted on the latin phrase alone when every indexed word folded like a query word
has that folded form's key (`folding.key_exception`, recorded by the writer). Near misses
prove the totals stay exact: Şuşa folds to `susa` but keys to `wuwa`, ёлка folds to `елка`
but keys to `iolqa`, and a form that might not be one token could shift positions.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import count
from pathlib import Path

import pytest

from memorial_viewer.archive import Archive
from memorial_viewer.search import maintenance
from memorial_viewer.search.compile import compile_query
from memorial_viewer.search.folding import document_forms, is_plain, key_exception
from memorial_viewer.search.fts5 import generation
from memorial_viewer.search.query import parse
from memorial_viewer.search.spelling import ArchiveLexicon

_files = count()


def add(archive: Archive, root: Path, *items: dict) -> list[int]:
    """Import `items` (title, text) through the public importer; their ids."""
    src = root / f"incoming-{next(_files)}"
    src.mkdir(parents=True)
    (src / "items.json").write_text(
        json.dumps({"items": [dict(it, date="1990") for it in items]}, ensure_ascii=False),
        "utf-8",
    )
    report = archive.import_paths([src])
    assert not report.rejected, report.rejected
    return list(report.imported)


def plan_of(archive: Archive, query: str):  # type: ignore[no-untyped-def]
    with archive._ctx.read() as session:  # noqa: SLF001
        conn = session.connection()
        return compile_query(parse(query), ArchiveLexicon(conn))


def latin_only(archive: Archive, query: str) -> bool:
    """Whether the total of a one-phrase query is counted on the latin phrase alone."""
    plan = plan_of(archive, query)
    assert plan.text is not None
    return plan.match != plan.text[-1]


def totals(archive: Archive, query: str) -> tuple[int, int, int]:
    """(search total, count of the loosest tier, count of the set expression)."""
    backend = archive.searcher.backend
    backend.counter._cache.clear()  # noqa: SLF001 - count every time
    result = archive.search(query)
    plan = plan_of(archive, query)
    with archive._ctx.read() as session:  # noqa: SLF001
        conn = session.connection()
        loosest, match = (
            conn.exec_driver_sql(
                "SELECT count(*) FROM item_fts WHERE item_fts MATCH ?", (m,)
            ).scalar_one()
            for m in (plan.text[-1], plan.match)
        )
    return result.total, loosest, match


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    with Archive.create(tmp_path / "archive") as a:
        yield a


# -- the rule per word -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Bakı", None),  # baki → baqi = latin_key("baki")
        ("Баку", None),
        ("Qafarov", None),
        ("Susa", None),
        ("Şuşa", "susa"),  # susa, but keyed wuwa
        ("ёлка", "елка"),  # елка, but keyed iolqa (елка: ialqa)
        ("Ελλάδα", ""),  # Greek: not known to be one token as it is
        ("中文", ""),
    ],
)
def test_key_exception_of_a_word(word: str, expected: str | None) -> None:
    forms = document_forms(word)
    assert key_exception(forms.folded, forms.latin) == expected
    assert forms.odd == (() if expected is None else (expected,))


def test_plain_forms_are_ascii_or_cyrillic_lowercase() -> None:
    assert is_plain("baqi") and is_plain("баку") and is_plain("әһли") and is_plain("1990")
    assert not is_plain("") and not is_plain("Baku") and not is_plain("ελλαδα")
    assert not is_plain("a b") and not is_plain("şuşa")


# -- totals stay exact -----------------------------------------------------------------------


def test_common_phrase_is_counted_on_latin_keys_with_the_same_total(
    archive: Archive, tmp_path: Path
) -> None:
    add(
        archive, tmp_path,
        {"title": "Bakı Баку", "text": "Bakı Баку bir yerdə. Baku Bakı, Баку Баку."},
        {"title": "Two", "text": "Баку Баку and more Bakı Баку here"},
        {"title": "Three", "text": "Bakı xatirə. Баку отдельно."},
        {"title": "Four", "text": "BAKI БАКУ in capitals"},
        {"title": "Five", "text": "Baku Baku only as an exonym"},
    )
    for q in ('"Bakı Баку"', '"Баку Баку"', '"Baku Bakı"', '"Bakı xatirə"'):
        assert latin_only(archive, q), q
        total, loosest, match = totals(archive, q)
        assert total == loosest == match, q
    assert totals(archive, '"Bakı Баку"')[0] == 4  # all but Three have baqi baqi side by side
    assert totals(archive, '"Bakı xatirə"')[0] == 1


def test_near_miss_with_another_key_keeps_the_folded_phrase(
    archive: Archive, tmp_path: Path
) -> None:
    add(archive, tmp_path, {"title": "Susa", "text": "Susa Baku is a plain Latin pair"})
    # Only Susa (key susa) is indexed: the latin phrase finds all the folded one finds.
    assert latin_only(archive, '"Susa Baku"')
    assert totals(archive, '"Susa Baku"') == (1, 1, 1)
    # Now Şuşa folds to susa as well but keys to wuwa: "susa baku" (folded) finds it,
    # "susa baqi" (latin) does not. The total must count it.
    add(archive, tmp_path, {"title": "Şuşa", "text": "Şuşa Baku in the other spelling"})
    assert not latin_only(archive, '"Susa Baku"')
    assert totals(archive, '"Susa Baku"') == (2, 2, 2)
    # The query Şuşa has a key other than its folded form's: never latin alone.
    assert not latin_only(archive, '"Şuşa Baku"')
    assert totals(archive, '"Şuşa Baku"')[0] == 2
    # Words of the phrase without exceptions still count on keys alone.
    assert latin_only(archive, '"Baku in"')


def test_yo_spelling_keeps_the_folded_phrase(archive: Archive, tmp_path: Path) -> None:
    add(
        archive, tmp_path,
        {"title": "Ёлка", "text": "ёлка Баку стояла на площади"},
        {"title": "Елка", "text": "елка Баку тоже"},
    )
    assert not latin_only(archive, '"елка Баку"')
    total, loosest, match = totals(archive, '"елка Баку"')
    assert total == loosest == match == 2
    assert latin_only(archive, '"стояла на"')


def test_a_form_that_may_not_be_one_token_turns_it_off(
    archive: Archive, tmp_path: Path
) -> None:
    add(archive, tmp_path, {"title": "Bakı Баку", "text": "Bakı Баку"})
    assert latin_only(archive, '"Bakı Баку"')
    add(archive, tmp_path, {"title": "Ελλάδα", "text": "Ελλάδα Bakı Баку"})
    assert not latin_only(archive, '"Bakı Баку"')
    assert totals(archive, '"Bakı Баку"') == (2, 2, 2)


def test_phrase_in_a_larger_query_and_fields(archive: Archive, tmp_path: Path) -> None:
    add(
        archive, tmp_path,
        {"title": "Bakı Баку", "text": "xatirə gecəsi"},
        {"title": "Other", "text": "Bakı Баку xatirə"},
        {"title": "Third", "text": "Şuşa Bakı"},
    )
    for q in ('"Bakı Баку" xatirə', 'title:"Bakı Баку"', '"Bakı Баку" OR Şuşa',
              '"Bakı Баку" -gecəsi', 'xatirə -"Bakı Баку"'):
        total, loosest, match = totals(archive, q)
        assert total == loosest == match, q
    assert totals(archive, 'title:"Bakı Баку"')[0] == 1
    assert totals(archive, '"Bakı Баку" -gecəsi')[0] == 1
    assert latin_only(archive, 'title:"Bakı Баку"')


# -- when the record of exceptions can be trusted ----------------------------------------------


def test_keymap_follows_writes_and_removals(archive: Archive, tmp_path: Path) -> None:
    (first,) = add(archive, tmp_path, {"title": "Bakı Баку", "text": "Bakı Баку"})
    assert latin_only(archive, '"Bakı Баку"')
    backend = archive.searcher.backend
    with archive._ctx.write("remove") as session:  # noqa: SLF001
        backend.remove(session, first)
    assert latin_only(archive, '"Bakı Баку"')
    assert totals(archive, '"Bakı Баку"') == (0, 0, 0)


def test_an_index_written_by_other_code_proves_nothing(
    archive: Archive, tmp_path: Path
) -> None:
    add(archive, tmp_path, {"title": "Bakı Баку", "text": "Bakı Баку"})
    assert latin_only(archive, '"Bakı Баку"')
    # A writer that does not know of key exceptions bumps the generation only.
    with archive._ctx.write("old writer") as session:  # noqa: SLF001
        session.connection().exec_driver_sql(
            "UPDATE item_fts_meta SET value = CAST(value AS INTEGER) + 1 "
            "WHERE key = 'generation'"
        )
    assert not latin_only(archive, '"Bakı Баку"')
    assert totals(archive, '"Bakı Баку"') == (1, 1, 1)
    # A rebuild records every exception again and trusts the record.
    archive.searcher.rebuild()
    assert latin_only(archive, '"Bakı Баку"')
    # An index built before the record existed has no keymap at all.
    with archive._ctx.write("older index") as session:  # noqa: SLF001
        session.connection().exec_driver_sql("DELETE FROM item_fts_meta WHERE key = 'keymap'")
    assert not latin_only(archive, '"Bakı Баку"')


def test_other_folding_rules_prove_nothing(archive: Archive, tmp_path: Path) -> None:
    add(archive, tmp_path, {"title": "Bakı Баку", "text": "Bakı Баку"})
    with archive._ctx.write("other rules") as session:  # noqa: SLF001
        session.connection().exec_driver_sql(
            "UPDATE item_fts_meta SET value = '0' WHERE key = 'folding'"
        )
    with archive._ctx.read() as session:  # noqa: SLF001
        assert not ArchiveLexicon(session.connection()).keys_follow_folding(["baki"])


def test_rebuild_and_writes_record_exceptions(archive: Archive, tmp_path: Path) -> None:
    add(archive, tmp_path, {"title": "Şuşa", "text": "Şuşa"})

    def recorded() -> set[str]:
        with archive._ctx.read() as session:  # noqa: SLF001
            conn = session.connection()
            gen = generation(conn)
            keymap = conn.exec_driver_sql(
                "SELECT value FROM item_fts_meta WHERE key = 'keymap'"
            ).scalar()
            assert keymap == gen
            return set(conn.exec_driver_sql(
                "SELECT term FROM item_fts_vocab WHERE form = 'a'"
            ).scalars())

    assert recorded() == {"susa"}
    archive.searcher.rebuild()
    assert recorded() == {"susa"}
    # Rows deleted between transactions (another process rebuilding) are written again by the
    # next transaction that indexes such a word, even by the same writer.
    with archive._ctx.write("forget") as session:  # noqa: SLF001
        session.connection().exec_driver_sql("DELETE FROM item_fts_vocab WHERE form = 'a'")
    add(archive, tmp_path, {"title": "Şuşa again", "text": "Şuşa"})
    assert recorded() == {"susa"}


def test_needs_rebuild_is_unchanged_by_the_keymap(archive: Archive) -> None:
    with archive._ctx.read() as session:  # noqa: SLF001
        assert not maintenance.needs_rebuild(session)


def test_sets_from_the_latin_phrase_are_the_same(archive: Archive, tmp_path: Path) -> None:
    """Id lists, facets and pages sorted by date use `Plan.match`: the same items."""
    add(
        archive, tmp_path,
        {"title": "One", "text": "Bakı Баку", "subjects": ["funeral"]},
        {"title": "Two", "text": "Baku Bakı and Bakı Баку", "subjects": ["memorial"]},
        {"title": "Three", "text": "Bakı alone, Баку alone"},
    )
    q = '"Bakı Баку"'
    assert latin_only(archive, q)
    plan = plan_of(archive, q)
    with archive._ctx.read() as session:  # noqa: SLF001
        loosest = set(session.connection().exec_driver_sql(
            "SELECT rowid FROM item_fts WHERE item_fts MATCH ?", (plan.text[-1],)
        ).scalars())
    assert len(loosest) == 2
    assert set(archive.searcher.matching_ids(q)) == loosest
    by_date = archive.search(q, sort="date")
    assert {h.id for h in by_date.hits} == loosest and by_date.total == 2
    facets = archive.facets(q)
    assert sorted((f.value, f.count) for f in facets.tags) == [("funeral", 1), ("memorial", 1)]
