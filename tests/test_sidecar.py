"""Sidecar metadata: JSON beside the image and CSV manifests in its folder (or above)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from memorial_viewer.errors import RejectedInput
from memorial_viewer.ingest import sidecar
from memorial_viewer.ingest.sidecar import (
    IGNORED_KEY,
    SOURCES_KEY,
    is_sidecar,
    load_sidecar,
    read_manifest,
)


def image(folder: Path, name: str = "IMG_001.jpg") -> Path:
    """A placeholder image file: sidecars never look inside it."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(b"\xff\xd8\xff")
    return path


def write_json(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def fields(result: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in result.items() if not k.startswith("_")}


def rejection(img: Path, manifests: dict | None = None) -> str:
    with pytest.raises(RejectedInput) as caught:
        load_sidecar(img, manifests)
    assert "\n" not in str(caught.value)
    return str(caught.value)


# ---------------------------------------------------------------------------- JSON


def test_no_sidecar_gives_empty_dict(tmp_path: Path) -> None:
    assert load_sidecar(image(tmp_path)) == {}


def test_json_named_after_the_image_file(tmp_path: Path) -> None:
    img = image(tmp_path)
    sidecar = write_json(
        tmp_path / "IMG_001.jpg.json",
        {
            "title": "  Şəhidlər xiyabanı  ",
            "description": "Line one\r\nLine two",
            "caption": "Mourners",
            "creator": "R. Mammadov",
            "publisher": "Azərbaycan Dövlət Arxivi",
            "date": "1990-01-20",
            "language": "az",
            "subjects": ["January 1990", " Baku ", "january 1990", ""],
            "rights": "CC BY 4.0",
            "identifier": 1234,
        },
    )
    result = load_sidecar(img)
    assert fields(result) == {
        "title": "Şəhidlər xiyabanı",
        "description": "Line one\nLine two",
        "caption": "Mourners",
        "creator": "R. Mammadov",
        "publisher": "Azərbaycan Dövlət Arxivi",
        "date": "1990-01-20",
        "language": "az",
        "subjects": ["January 1990", "Baku"],
        "rights": "CC BY 4.0",
        "identifier": "1234",
    }
    assert result[SOURCES_KEY] == [str(sidecar)]
    assert IGNORED_KEY not in result


def test_json_named_after_the_stem(tmp_path: Path) -> None:
    img = image(tmp_path)
    write_json(tmp_path / "IMG_001.json", {"title": "From stem", "date": 1990})
    assert fields(load_sidecar(img)) == {"title": "From stem", "date": "1990"}


def test_full_name_json_wins_over_stem_json(tmp_path: Path) -> None:
    img = image(tmp_path)
    write_json(tmp_path / "IMG_001.json", {"title": "Stem", "rights": "Stem rights"})
    write_json(tmp_path / "IMG_001.jpg.json", {"title": "Full name"})
    assert fields(load_sidecar(img)) == {"title": "Full name", "rights": "Stem rights"}


def test_unknown_keys_are_ignored_but_reported(tmp_path: Path) -> None:
    img = image(tmp_path)
    write_json(
        tmp_path / "IMG_001.jpg.json",
        {"Title": "Case does not matter", "photoTakenTime": {"timestamp": "1"}, "geoData": {}},
    )
    result = load_sidecar(img)
    assert fields(result) == {"title": "Case does not matter"}
    assert result[IGNORED_KEY] == [
        "sidecar IMG_001.jpg.json: unknown key 'photoTakenTime' ignored",
        "sidecar IMG_001.jpg.json: unknown key 'geoData' ignored",
    ]


def test_null_and_blank_values_are_absent(tmp_path: Path) -> None:
    img = image(tmp_path)
    write_json(tmp_path / "IMG_001.jpg.json", {"title": None, "caption": "   ", "subjects": []})
    assert fields(load_sidecar(img)) == {}


def test_subjects_as_semicolon_string(tmp_path: Path) -> None:
    img = image(tmp_path)
    write_json(tmp_path / "IMG_001.jpg.json", {"subjects": "Xocalı; 1992 ;;Qarabağ"})
    assert load_sidecar(img)["subjects"] == ["Xocalı", "1992", "Qarabağ"]


def test_json_with_bom_is_accepted(tmp_path: Path) -> None:
    img = image(tmp_path)
    (tmp_path / "IMG_001.jpg.json").write_bytes(b"\xef\xbb\xbf" + b'{"title": "BOM"}')
    assert load_sidecar(img)["title"] == "BOM"


def test_invalid_json_reports_line(tmp_path: Path) -> None:
    img = image(tmp_path)
    (tmp_path / "IMG_001.jpg.json").write_text('{\n  "title": "a"\n  "date": "1990"\n}\n')
    reason = rejection(img)
    assert reason.startswith("sidecar IMG_001.jpg.json: invalid JSON at line 3")


def test_wrong_type_names_the_field(tmp_path: Path) -> None:
    img = image(tmp_path)
    write_json(tmp_path / "IMG_001.jpg.json", {"title": ["not", "text"]})
    assert rejection(img) == 'sidecar IMG_001.jpg.json: "title" must be text, not a list'


def test_boolean_is_not_an_identifier(tmp_path: Path) -> None:
    img = image(tmp_path)
    write_json(tmp_path / "IMG_001.jpg.json", {"identifier": True})
    assert rejection(img) == 'sidecar IMG_001.jpg.json: "identifier" must be text, not true/false'


def test_subjects_must_hold_text(tmp_path: Path) -> None:
    img = image(tmp_path)
    write_json(tmp_path / "IMG_001.jpg.json", {"subjects": ["ok", 3]})
    assert rejection(img) == (
        'sidecar IMG_001.jpg.json: "subjects" must be a list of text, but holds a number'
    )


def test_top_level_must_be_an_object(tmp_path: Path) -> None:
    img = image(tmp_path)
    write_json(tmp_path / "IMG_001.jpg.json", [{"title": "x"}])
    assert rejection(img) == (
        "sidecar IMG_001.jpg.json: expected a JSON object of fields, got a list"
    )


def test_json_not_utf8(tmp_path: Path) -> None:
    img = image(tmp_path)
    (tmp_path / "IMG_001.jpg.json").write_bytes('{"title": "Гафаров"}'.encode("cp1251"))
    assert rejection(img).startswith("sidecar IMG_001.jpg.json: not UTF-8 text")


def test_deeply_nested_json(tmp_path: Path) -> None:
    img = image(tmp_path)
    (tmp_path / "IMG_001.jpg.json").write_text('{"x": ' + "[" * 100_000 + "]" * 100_000 + "}")
    assert rejection(img) == "sidecar IMG_001.jpg.json: invalid JSON (nested too deeply)"


def test_duplicate_keys_are_reported(tmp_path: Path) -> None:
    img = image(tmp_path)
    (tmp_path / "IMG_001.jpg.json").write_text('{"title": "one", "title": "two"}')
    result = load_sidecar(img)
    assert result["title"] == "two"
    assert result[IGNORED_KEY] == [
        "sidecar IMG_001.jpg.json: key 'title' appears twice, last value used"
    ]


# ---------------------------------------------------------------------------- CSV manifests


def test_manifest_with_bom_and_subfolders(tmp_path: Path) -> None:
    img = image(tmp_path / "Scans", "IMG_001.jpg")
    other = image(tmp_path, "IMG_002.jpg")
    (tmp_path / "metadata.csv").write_bytes(
        "\ufefffile,title,subjects,Creator\n"
        ".\\Scans\\IMG_001.jpg,Məzar daşı,Qəbiristanlıq; 1990 ;,Anonim\n"
        'IMG_002.jpg,"Quoted, with comma",,\n'.encode()
    )
    manifest = read_manifest(tmp_path / "metadata.csv")
    assert set(manifest) == {"Scans/IMG_001.jpg", "IMG_002.jpg"}
    assert fields(load_sidecar(img)) == {}  # no manifest in Scans/ and no cache given
    cache: dict = {}
    load_sidecar(other, cache)  # reads the root manifest into the cache
    assert fields(load_sidecar(img, cache)) == {
        "title": "Məzar daşı",
        "subjects": ["Qəbiristanlıq", "1990"],
        "creator": "Anonim",
    }
    assert fields(load_sidecar(other, cache)) == {"title": "Quoted, with comma"}


def test_semicolon_separated_manifest_from_excel(tmp_path: Path) -> None:
    img = image(tmp_path)
    (tmp_path / "manifest.csv").write_text(
        'file;title;subjects\nIMG_001.jpg;Xatirə;"Bakı;1990"\n', encoding="utf-8"
    )
    assert fields(load_sidecar(img)) == {"title": "Xatirə", "subjects": ["Bakı", "1990"]}


def test_manifest_unknown_column_reported_per_row(tmp_path: Path) -> None:
    img = image(tmp_path)
    image(tmp_path, "IMG_002.jpg")
    (tmp_path / "metadata.csv").write_text(
        "file,title,notes\nIMG_001.jpg,One,call the family\nIMG_002.jpg,Two,\n"
    )
    result = load_sidecar(img)
    assert result["title"] == "One"
    assert result[IGNORED_KEY] == ["manifest metadata.csv row 2: unknown column 'notes' ignored"]
    assert IGNORED_KEY not in load_sidecar(tmp_path / "IMG_002.jpg")


def test_manifest_without_file_column(tmp_path: Path) -> None:
    img = image(tmp_path)
    (tmp_path / "metadata.csv").write_text("filename,title\nIMG_001.jpg,One\n")
    assert rejection(img) == "manifest metadata.csv: no 'file' column in the header"


def test_manifest_with_broken_quoting(tmp_path: Path) -> None:
    img = image(tmp_path)
    (tmp_path / "metadata.csv").write_text('file,title\nIMG_001.jpg,"unclosed\n')
    assert rejection(img).startswith("manifest metadata.csv: malformed CSV at line")


def test_manifest_not_utf8(tmp_path: Path) -> None:
    img = image(tmp_path)
    (tmp_path / "metadata.csv").write_bytes("file,title\nIMG_001.jpg,Гафаров\n".encode("cp1251"))
    reason = rejection(img)
    assert reason.startswith("manifest metadata.csv: not UTF-8 text")
    assert "CSV UTF-8" in reason


def test_conflicting_duplicate_rows_reject_only_that_image(tmp_path: Path) -> None:
    img = image(tmp_path)
    ok = image(tmp_path, "IMG_002.jpg")
    (tmp_path / "metadata.csv").write_text(
        "file,title\nIMG_001.jpg,One\nIMG_002.jpg,Two\nIMG_001.jpg,Uno\n"
    )
    expected = "'IMG_001.jpg' is listed twice with different values (rows 2 and 4)"
    assert rejection(img) == f"manifest metadata.csv: {expected}"
    assert load_sidecar(ok)["title"] == "Two"


def test_identical_duplicate_rows_are_fine(tmp_path: Path) -> None:
    img = image(tmp_path)
    (tmp_path / "metadata.csv").write_text("file,title\nIMG_001.jpg,One\n./IMG_001.jpg,One\n")
    assert load_sidecar(img)["title"] == "One"


def test_json_wins_over_csv(tmp_path: Path) -> None:
    img = image(tmp_path)
    (tmp_path / "metadata.csv").write_text("file,title,rights\nIMG_001.jpg,CSV title,CSV rights\n")
    write_json(tmp_path / "IMG_001.jpg.json", {"title": "JSON title"})
    result = load_sidecar(img)
    assert fields(result) == {"title": "JSON title", "rights": "CSV rights"}
    assert result[SOURCES_KEY] == [
        str(tmp_path / "metadata.csv"),
        str(tmp_path / "IMG_001.jpg.json"),
    ]


def test_nearer_manifest_and_metadata_csv_take_precedence(tmp_path: Path) -> None:
    img = image(tmp_path / "box1")
    (tmp_path / "manifest.csv").write_text(
        "file,title,creator,rights\nbox1/IMG_001.jpg,Root,Root creator,Root rights\n"
    )
    (tmp_path / "box1" / "manifest.csv").write_text(
        "file,title,creator\nIMG_001.jpg,Box manifest,Box creator\n"
    )
    (tmp_path / "box1" / "metadata.csv").write_text("file,title\nIMG_001.jpg,Box metadata\n")
    cache = {tmp_path / "manifest.csv": read_manifest(tmp_path / "manifest.csv")}
    assert fields(load_sidecar(img, cache)) == {
        "title": "Box metadata",
        "creator": "Box creator",
        "rights": "Root rights",
    }
    assert tmp_path / "box1" / "metadata.csv" in cache  # filled on first use


def test_bad_manifest_is_read_once_and_rejects_each_image(tmp_path: Path) -> None:
    first, second = image(tmp_path), image(tmp_path, "IMG_002.jpg")
    manifest = tmp_path / "metadata.csv"
    manifest.write_text("title\nnothing\n")
    cache: dict = {}
    assert rejection(first, cache) == "manifest metadata.csv: no 'file' column in the header"
    manifest.write_text("file,title\nIMG_002.jpg,Fixed\n")  # not re-read within this import
    assert rejection(second, cache) == "manifest metadata.csv: no 'file' column in the header"


def test_manifest_is_read_once_per_import(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    images = [image(tmp_path, f"IMG_00{i}.jpg") for i in range(1, 4)]
    (tmp_path / "metadata.csv").write_text(
        "file,title\n" + "".join(f"{p.name},Title {p.stem}\n" for p in images)
    )
    reads: list[Path] = []
    real = sidecar.read_manifest

    def counting(csv_path: Path) -> dict[str, dict]:
        reads.append(csv_path)
        return real(csv_path)

    monkeypatch.setattr(sidecar, "read_manifest", counting)
    cache: dict = {}
    titles = [load_sidecar(p, cache)["title"] for p in images]
    assert titles == ["Title IMG_001", "Title IMG_002", "Title IMG_003"]
    assert reads == [tmp_path / "metadata.csv"]


def test_cache_keyed_by_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Callers may file a folder's manifest under the folder itself; it is then not re-read.
    img = image(tmp_path / "box")
    (tmp_path / "box" / "manifest.csv").write_text("file,title\nIMG_001.jpg,From cache\n")
    cache = {tmp_path / "box": read_manifest(tmp_path / "box" / "manifest.csv")}

    def refuse(csv_path: Path) -> dict[str, dict]:
        raise AssertionError(f"re-read {csv_path}")

    monkeypatch.setattr(sidecar, "read_manifest", refuse)
    assert fields(load_sidecar(img, cache)) == {"title": "From cache"}


# ---------------------------------------------------------------------------- is_sidecar


def test_is_sidecar(tmp_path: Path) -> None:
    image(tmp_path, "IMG_001.jpg")
    image(tmp_path, "IMG_002.TIF")
    assert is_sidecar(write_json(tmp_path / "IMG_001.jpg.json", {}))
    assert is_sidecar(write_json(tmp_path / "IMG_001.json", {}))
    assert is_sidecar(write_json(tmp_path / "IMG_002.json", {}))
    assert not is_sidecar(write_json(tmp_path / "IMG_003.jpg.json", {}))  # no such image
    assert not is_sidecar(write_json(tmp_path / "config.json", {}))
    assert is_sidecar(tmp_path / "metadata.csv")
    assert is_sidecar(tmp_path / "manifest.csv")
    assert not is_sidecar(tmp_path / "inventory.csv")
    assert not is_sidecar(tmp_path / "IMG_001.jpg")
