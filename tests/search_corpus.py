"""A small multilingual corpus for the search tests, written for them from public facts.

English, Azerbaijani (Latin and Cyrillic) and Russian texts about January 1990 in Baku, plus
near-miss documents that loose matching must not return (Qafurov is not Qafarov, Cəfərov is
not Qafarov, Lacinia is a plant...). `build(root)` imports it through the public importer and
returns the open archive and a title → id map.
"""

from __future__ import annotations

import json
from pathlib import Path

from memorial_viewer.archive import Archive
from tests.conftest import make_jpeg

ARTICLES = [
    {
        "title": "Black January in Baku",
        "text": "On the night of 19 to 20 January 1990 Soviet troops entered Baku. "
        "Heydar Aliyev spoke at the Azerbaijani mission in Moscow on 21 January 1990 "
        "and condemned the action. The victims were buried in the upland park.",
        "date": "1990-01-20", "language": "en", "subjects": ["Black January"],
    },
    {
        "title": "20 Yanvar faciəsi",
        "text": "20 Yanvar 1990-cı il gecəsi sovet qoşunları Bakıya daxil oldu. Heydər Əliyev "
        "21 yanvarda Moskvada bəyanat verdi. Faciəsinin qurbanları Şəhidlər Xiyabanında "
        "dəfn olundu.",
        "date": "1990-01-20", "language": "az", "subjects": ["20 Yanvar", "Black January"],
    },
    {
        "title": "Трагедия 20 января",
        "text": "В ночь на 20 января 1990 года советские войска вошли в Баку. Гейдар Алиев "
        "выступил в Москве. Рауф Гафаров вспоминает тот день.",
        "date": "2000-01-20", "language": "ru", "subjects": ["Black January"],
    },
    {
        "title": "Бакыда матәм",
        "text": "Шәһидләр Хиябанында дәфн мәрасими. Азәрбајҹан халгы јас сахлады.",
        "date": "1990-01-22", "language": "az",
    },
    {
        "title": "Rauf Qafarov xatirələri",
        "text": "Rauf Qafarov o gecəni xatırlayır. Qafarovun qardaşı Laçın rayonundan idi.",
        "date": "2010-01-19", "language": "az", "creator": "Oral history group",
    },
    {
        "title": "The road to Lachin",
        "text": "Lachin lies on the road between Shusha and the border. Gafarov family "
        "members lived there before 1992.",
        "date": "1995", "language": "en",
    },
    {
        "title": "Дорога в Лачине",
        "text": "В Лачине жили беженцы. Дорога шла через горы.",
        "date": "1993", "language": "ru",
    },
    {
        "title": "Milli Məclis 1994",
        "text": "Milli Məclis 1994-cü ildə 20 Yanvar hadisələrinə siyasi qiymət verdi. "
        "Məclisin qərarı Azərbaycan tarixində mühüm sənəddir.",
        "date": "1994-03-29", "language": "az", "subjects": ["parliament"],
    },
    {
        "title": "Parliament assessment",
        "text": "In 1994 the Majlis of Azerbaijan gave the events of 20 January a political "
        "assessment. The Меджлис decision is kept in the archive.",
        "date": "1994", "language": "en", "subjects": ["parliament"],
    },
    # Ranking by tier for the query "Bakı": exact, folded, inflected, transliterated.
    {"title": "Küçələr", "text": "Bakı küçələri o gün boş idi.", "language": "az"},
    {"title": "Qeyd", "text": "Baki kuceleri o gun bos idi.", "language": "az"},
    {"title": "Yaddaş", "text": "Bakıdakı evlər susurdu.", "language": "az"},
    {"title": "Заметка", "text": "Улицы Баку были пусты.", "language": "ru"},
    # Near misses: these must not come back for the queries they resemble.
    {
        "title": "A scholar from Tajikistan",
        "text": "Bobojon Qafurov wrote a history of the Tajiks.",
        "date": "1972", "language": "en",
    },
    {
        "title": "Cəfərov ailəsi",
        "text": "Cəfərov ailəsi Gəncədə yaşayırdı.", "language": "az",
    },
    {
        "title": "Botany notes",
        "text": "The lacinia of the petal is narrow; the laciniae are fringed.",
        "language": "en",
    },
    {
        "title": "Words apart",
        "text": "Martyrs were remembered. Later the alley was planted with trees.",
        "language": "en",
    },
]

PHOTOS = [
    {
        "file": "flame.jpg", "title": "Eternal flame",
        "caption": "Əbədi məşəl Şəhidlər Xiyabanında", "date": "2005-01-20",
        "subjects": ["memorial"], "description": "Photographed at dawn",
    },
    {
        "file": "funeral.jpg", "title": "Funeral procession",
        "caption": "Bakı, 22 yanvar 1990. Dəfn mərasimi.", "date": "1990-01-22",
        "subjects": ["funeral", "Black January"],
    },
]


def build(root: Path) -> tuple[Archive, dict[str, int]]:
    src = root / "incoming"
    src.mkdir(parents=True)
    (src / "corpus.json").write_text(
        json.dumps({"items": ARTICLES}, ensure_ascii=False), "utf-8"
    )
    for i, p in enumerate(PHOTOS):
        path = make_jpeg(src / "photos" / p["file"], color=(100 + i * 40, 90, 80))
        meta = {k: v for k, v in p.items() if k != "file"}
        (path.parent / (path.name + ".json")).write_text(json.dumps(meta, ensure_ascii=False),
                                                         "utf-8")
    archive = Archive.create(root / "archive")
    report = archive.import_paths([src])
    assert not report.rejected, report.rejected
    ids = {archive.show(i).title: i for i in report.imported}
    return archive, ids
