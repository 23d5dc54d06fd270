"""The demo archive's shipped content: texts decode, languages and formats are all represented,
curation points at real things, and the photo generator is deterministic and writes real EXIF.

These checks guard the content itself, so an edit to a demo text that breaks a bookmark passage or
drops a language fails here rather than as a silently smaller demo on first run.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from PIL import ExifTags, Image, ImageOps

from memorial_viewer.demo.photos import SIDECAR_KEYS, generate_demo_photos, load_photo_specs

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo"
ARTICLES = DEMO / "articles"
PHOTO_SPECS = DEMO / "photos.json"
CP1251_FILE = "rasskaz-ochevidtsa-cp1251.txt"
ARTICLE_SUFFIXES = {".html", ".md", ".txt", ".json"}


def _load(name: str) -> Any:
    return json.loads((DEMO / name).read_text(encoding="utf-8"))


class _ArticleBody(HTMLParser):
    """Text of the <p> elements inside <article>: what a main-text extractor should keep."""

    def __init__(self) -> None:
        super().__init__()
        self.article_depth = 0
        self.in_p = False
        self.paragraphs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "article":
            self.article_depth += 1
        elif tag == "p" and self.article_depth:
            self.in_p = True
            self.paragraphs.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self.article_depth -= 1
        elif tag == "p":
            self.in_p = False

    def handle_data(self, data: str) -> None:
        if self.in_p:
            self.paragraphs[-1] += data


def _html_text(markup: str) -> str:
    parser = _ArticleBody()
    parser.feed(markup)
    return "\n\n".join(p.strip() for p in parser.paragraphs if p.strip())


def _strip_tags(markup: str) -> str:
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    return re.sub(r"<[^>]+>", " ", markup)


def _decode(path: Path) -> str:
    data = path.read_bytes()
    return data.decode("cp1251") if path.name == CP1251_FILE else data.decode("utf-8")


def _json_items(path: Path) -> list[dict[str, Any]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return data["items"] if isinstance(data, dict) and "items" in data else [data]


def _documents() -> dict[str, tuple[str, str]]:
    """Every demo article as ref -> (body text, declared language)."""
    meta = _load("article_meta.json")
    docs: dict[str, tuple[str, str]] = {}
    for path in sorted(ARTICLES.iterdir()):
        if path.suffix == ".json":
            for i, item in enumerate(_json_items(path)):
                text = item.get("text") or _strip_tags(item["html"])
                docs[f"{path.name}#{i}"] = (text, item["language"])
        else:
            text = _decode(path)
            body = _html_text(text) if path.suffix == ".html" else text
            docs[path.name] = (body, meta[path.name]["language"])
    return docs


def _script(text: str) -> str:
    """Which language the letters say: Russian, Azerbaijani Cyrillic or Latin, or English."""
    letters = [c for c in text if c.isalpha()]
    cyrillic = sum("\u0400" <= c <= "\u04ff" for c in letters)
    if cyrillic > len(letters) / 2:
        az_only = sum(c in "әғјһөүҹӘҒЈҺӨҮҸ" for c in letters)
        return "az-Cyrl" if az_only > 0.02 * len(letters) else "ru"
    az_only = sum(c in "əƏı" for c in letters)
    return "az" if az_only > 0.02 * len(letters) else "en"


# ---------------------------------------------------------------------------------------------
# Articles


def test_every_article_file_has_meta_and_every_meta_entry_a_file() -> None:
    meta = _load("article_meta.json")
    files = {p.name for p in ARTICLES.iterdir() if p.suffix in ARTICLE_SUFFIXES}
    assert files == {p.name for p in ARTICLES.iterdir()}, "stray file in articles/"
    assert set(meta) == {name for name in files if not name.endswith(".json")}
    for name, fields in meta.items():
        assert fields["subjects"], name
        assert fields["language"] in {"en", "az", "ru"}, name
        if not name.endswith(".html"):  # .md and .txt carry no date of their own
            assert fields.get("date"), name


def test_every_format_is_represented() -> None:
    suffixes = Counter(p.suffix for p in ARTICLES.iterdir())
    assert suffixes[".html"] >= 3 and suffixes[".md"] >= 3 and suffixes[".txt"] >= 3
    assert suffixes[".json"] == 1


def test_cp1251_file_is_really_cp1251() -> None:
    data = (ARTICLES / CP1251_FILE).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert "Гафаров" in data.decode("cp1251")


def test_other_text_files_are_utf8_with_a_title_line() -> None:
    for path in ARTICLES.glob("*.txt"):
        if path.name == CP1251_FILE:
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        assert lines[0].strip() and not lines[1].strip(), f"{path.name}: title line, then blank"


def test_language_mix_and_declared_languages_match_the_text() -> None:
    docs = _documents()
    assert len(docs) >= 14
    scripts = Counter()
    for ref, (text, declared) in docs.items():
        script = _script(text)
        assert script.split("-")[0] == declared, f"{ref}: declared {declared}, reads as {script}"
        scripts[script] += 1
    assert scripts["en"] >= 5
    assert scripts["az"] >= 4
    assert scripts["ru"] >= 4
    assert scripts["az-Cyrl"] >= 1


def test_article_lengths_and_dates() -> None:
    for ref, (text, _) in _documents().items():
        words = len(text.split())
        assert 150 <= words <= 600, f"{ref}: {words} words"
        assert re.search(r"\b(19[89]\d|20[0-2]\d)\b", text), f"{ref}: mentions no year"


def test_date_forms_and_name_variants_appear_across_the_texts() -> None:
    corpus = "\n".join(text for text, _ in _documents().values()).casefold()
    forms = [
        "January 19-20, 1990",
        "on January 21, 1990",
        "in 1994",
        "20 Yanvar 1990-cı il",
        "20 января 1990 года",
        "1990-cı ildə",
        "в 1990 году",
        "1994-cü ildə",
    ]
    variants = [
        "Qafarov", "Gafarov", "Гафаров",
        "Heydər Əliyev", "Heydar Aliyev", "Гейдар Алиев", "Һејдәр Әлијев",
        "Bakı", "Baku", "Баку", "Бакы",
        "Şəhidlər Xiyabanı", "Martyrs' Alley", "Аллея шехидов", "Шәһидләр Хијабаны",
        "Milli Məclis", "Milli Majlis", "Милли Меджлис",
    ]  # fmt: skip
    missing = [s for s in forms + variants if s.casefold() not in corpus]
    assert not missing


def test_html_pages_carry_metadata_and_clutter_to_strip() -> None:
    for path in ARTICLES.glob("*.html"):
        page = path.read_text(encoding="utf-8")
        for needle in (
            'property="og:title"',
            'property="article:published_time"',
            'name="author"',
            'property="og:site_name"',
            'rel="canonical" href="https://',
            "<script",
            '<img src="https://',
            "<nav",
            "<footer",
        ):
            assert needle in page, f"{path.name}: no {needle}"
        body = _html_text(page)
        assert "cookie" not in body.casefold() and "kuki" not in body.casefold(), path.name


def test_markdown_pages_have_title_and_clutter_lines() -> None:
    for path in ARTICLES.glob("*.md"):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        assert lines[0].startswith("# "), path.name
        assert any(re.fullmatch(r"\d+ (min read|dəq oxu|мин чтения)", line) for line in lines)
        assert {"Share", "Paylaş", "Поделиться"} & set(lines), path.name


def test_json_items_follow_the_documented_form() -> None:
    items = _json_items(ARTICLES / "catalogue-items.json")
    assert len(items) >= 3
    assert any("html" in item and "text" not in item for item in items)
    for item in items:
        assert item["kind"] == "article"
        assert item["title"].strip()
        assert item.get("text") or item.get("html")
        assert item["language"] in {"en", "az", "ru"}
        assert isinstance(item.get("subjects", []), list)


# ---------------------------------------------------------------------------------------------
# Curation


def _photo_specs() -> dict[str, dict[str, Any]]:
    return {spec["file"]: spec for spec in load_photo_specs(PHOTO_SPECS)}


def _article_refs() -> set[str]:
    return set(_documents())


def test_curation_refs_point_at_real_items() -> None:
    curation = _load("curation.json")
    known = _article_refs() | set(_photo_specs())
    collections = curation["collections"]
    assert len(collections) == 2
    for col in collections:
        refs = [entry["ref"] for entry in col["entries"]]
        assert refs and all(ref in known for ref in refs), col["name"]
        assert len(refs) == len(set(refs)), col["name"]
        assert col["cover"] in refs, col["name"]
    kinds = [
        {ref in _photo_specs() for ref in (e["ref"] for e in c["entries"])} for c in collections
    ]
    assert {True, False} in kinds, "one collection should mix articles and photos"
    for mark in curation["bookmarks"]:
        assert mark["ref"] in known
    assert 4 <= len(curation["bookmarks"]) <= 6
    names = [s["name"] for s in curation["saved_searches"]]
    assert 2 <= len(names) <= 3 and len(set(names)) == len(names)


def test_bookmark_passages_are_in_their_articles() -> None:
    docs = _documents()
    passages = [m for m in _load("curation.json")["bookmarks"] if m.get("passage")]
    assert len(passages) >= 3
    for mark in passages:
        text, _ = docs[mark["ref"]]
        assert mark["passage"] in text, mark["ref"]


# ---------------------------------------------------------------------------------------------
# Photo specs and the generator


def _year(spec: dict[str, Any]) -> int | None:
    found = re.search(r"\d{4}", spec.get("date") or (spec.get("exif") or {}).get("datetime") or "")
    return int(found.group()) if found else None


def test_photo_specs_cover_formats_dates_and_precisions() -> None:
    specs = _photo_specs()
    assert 30 <= len(specs) <= 40
    assert {s["format"] for s in specs.values()} == {"JPEG", "PNG", "TIFF", "WEBP", "GIF"}
    years = {_year(s) for s in specs.values()} - {None}
    assert min(years) <= 1990 and max(years) >= 2024
    dates = [s["date"] for s in specs.values() if s.get("date")]
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}-\d\d", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}", d) for d in dates)
    assert any("circa" in d or d.endswith("~") for d in dates)
    assert any("/" in d for d in dates)
    undated = [s for s in specs.values() if not s.get("date")]
    assert len(undated) >= 3 and all(s["exif"]["datetime"] for s in undated)
    assert sum(s.get("mode") == "I;16" for s in specs.values()) == 1
    assert any((s.get("exif") or {}).get("orientation") == 6 for s in specs.values())


def test_flame_towers_only_in_photos_from_2012_on() -> None:
    for spec in _photo_specs().values():
        if spec["scene"].get("flame_towers"):
            assert (_year(spec) or 0) >= 2012, spec["file"]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    dest = tmp_path_factory.mktemp("demo-photos")
    return dest, generate_demo_photos(PHOTO_SPECS, dest)


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_generation_is_byte_identical(generated: tuple[Path, list[Path]], tmp_path: Path) -> None:
    first, paths = generated
    generate_demo_photos(PHOTO_SPECS, tmp_path)
    assert [p.name for p in paths] == list(_photo_specs())
    assert _digests(first) == _digests(tmp_path)


def test_images_have_spec_format_size_and_exif(generated: tuple[Path, list[Path]]) -> None:
    _, paths = generated
    specs = _photo_specs()
    for path in paths:
        spec = specs[path.name]
        with Image.open(path) as im:
            assert im.format == spec["format"], path.name
            exif = im.getexif()
            shown = ImageOps.exif_transpose(im).size
            stored = im.size
            mode = im.mode
        assert list(shown) == spec["size"], path.name
        if spec.get("mode") == "I;16":
            assert mode == "I;16"
        meta = spec.get("exif")
        if meta is None:
            assert ExifTags.Base.Make not in exif, path.name
            continue
        assert exif.get(ExifTags.Base.Make) == meta["make"], path.name
        if meta.get("datetime"):
            sub = exif.get_ifd(ExifTags.IFD.Exif)
            assert sub.get(ExifTags.Base.DateTimeOriginal) == meta["datetime"], path.name
        if meta.get("orientation", 1) == 6:
            assert exif.get(ExifTags.Base.Orientation) == 6
            assert list(stored) == spec["size"][::-1], "orientation 6 stores the picture sideways"
        if meta.get("gps"):
            gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
            d, m, s = (float(v) for v in gps[ExifTags.GPS.GPSLatitude])
            assert gps[ExifTags.GPS.GPSLatitudeRef] == "N"
            assert abs(d + m / 60 + s / 3600 - meta["gps"][0]) < 1e-4, path.name


def test_sidecars_hold_the_catalogue_fields(generated: tuple[Path, list[Path]]) -> None:
    _, paths = generated
    specs = _photo_specs()
    for path in paths:
        sidecar = json.loads(path.with_name(path.name + ".json").read_text(encoding="utf-8"))
        spec = specs[path.name]
        assert set(sidecar) <= set(SIDECAR_KEYS), path.name
        assert sidecar["title"] == spec["title"]
        assert sidecar.get("date") == spec.get("date"), "no date in the spec: EXIF must supply it"
        assert sidecar["subjects"] == spec["subjects"]
