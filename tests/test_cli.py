"""The command line: each subcommand's JSON, one-line errors, and no Qt outside the GUI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from memorial_viewer import __version__
from memorial_viewer.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, object, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    data = json.loads(out) if "--json" in args and out.strip() else out
    return code, data, err


@pytest.fixture
def arch(tmp_path: Path, sample_folder: Path, capsys: pytest.CaptureFixture[str]) -> str:
    folder = str(tmp_path / "cli-archive")
    code, data, _ = run(capsys, "import", "--archive", folder, "--json", str(sample_folder))
    assert code == 0
    assert data == {"imported": 11, "duplicates": 0, "rejected": []}
    return folder


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert __version__ in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "import" in capsys.readouterr().out


def test_import_json_reports_rejections(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    code, data, _ = run(
        capsys, "import", str(tmp_path / "in"), "--archive", str(tmp_path / "a"), "--json"
    )
    assert code == 0
    assert data == {
        "imported": 0,
        "duplicates": 0,
        "rejected": [{"path": str(tmp_path / "in" / "empty.txt"), "reason": "empty file"}],
    }


def test_search_json(capsys: pytest.CaptureFixture[str], arch: str) -> None:
    code, data, _ = run(capsys, "search", "Baku", "--archive", arch, "--json", "--limit", "2")
    assert code == 0
    assert data["total"] >= 2 and len(data["hits"]) == 2
    assert set(data["hits"][0]) == {"id", "kind", "title", "date", "snippet", "score"}
    assert "<mark>" in data["hits"][0]["snippet"]
    code, data, _ = run(capsys, "search", "Baku", "--kind", "photo", "--archive", arch, "--json")
    assert all(h["kind"] == "photo" for h in data["hits"])


def test_search_is_case_and_accent_insensitive(
    capsys: pytest.CaptureFixture[str], arch: str
) -> None:
    _, exact, _ = run(capsys, "search", "Şəhidlər", "--archive", arch, "--json")
    _, folded, _ = run(capsys, "search", "sehidler", "--archive", arch, "--json")
    _, upper, _ = run(capsys, "search", "MARTYRS", "--archive", arch, "--json")
    assert exact["total"] >= 1
    assert {h["id"] for h in folded["hits"]} >= {h["id"] for h in exact["hits"]}
    assert upper["total"] >= 1


def test_show_json_has_text_tags_collections_and_mentions(
    capsys: pytest.CaptureFixture[str], arch: str
) -> None:
    _, hits, _ = run(capsys, "search", "parliament", "--archive", arch, "--json")
    item_id = str(hits["hits"][0]["id"])
    run(capsys, "collections", "create", "Evidence", "--archive", arch)
    run(capsys, "collections", "add", "Evidence", item_id, "--archive", arch)
    run(capsys, "tags", "add", item_id, "--tag", "assessment", "--archive", arch)
    code, data, _ = run(capsys, "show", item_id, "--archive", arch, "--json")
    assert code == 0
    assert "parliament" in data["text"]
    assert data["tags"] == ["assessment"]
    assert data["collections"] == ["Evidence"]
    assert {"date": "1994", "text": "In 1994"}.items() <= next(
        m for m in data["mentions"] if m["date"] == "1994"
    ).items() or any(m["date"] == "1994" for m in data["mentions"])


def test_timeline_json(capsys: pytest.CaptureFixture[str], arch: str) -> None:
    code, data, _ = run(capsys, "timeline", "--archive", arch, "--json")
    assert code == 0
    periods = {b["period"]: b["count"] for b in data}
    assert periods["1990"] >= 3
    _, by_month, _ = run(capsys, "timeline", "--by", "month", "--archive", arch, "--json")
    assert any(b["period"] == "1990-01" for b in by_month)
    _, mentioned, _ = run(capsys, "timeline", "--axis", "mentioned", "--archive", arch, "--json")
    assert any(b["period"] == "1994" for b in mentioned)
    _, q, _ = run(capsys, "timeline", "--query", "leaflet", "--archive", arch, "--json")
    assert q == [{"period": "1990", "count": 1}]


def test_tags_json(capsys: pytest.CaptureFixture[str], arch: str) -> None:
    code, data, _ = run(capsys, "tags", "--archive", arch, "--json")
    assert code == 0 and {"name": "leaflet", "count": 1} in data
    run(capsys, "tags", "rename", "leaflet", "Leaflets", "--archive", arch)
    _, data, _ = run(capsys, "tags", "list", "--archive", arch, "--json")
    assert {"name": "Leaflets", "count": 1} in data


def test_collections_json(capsys: pytest.CaptureFixture[str], arch: str) -> None:
    _, data, _ = run(capsys, "collections", "create", "Photos", "--archive", arch, "--json")
    assert data["name"] == "Photos" and data["entries"] == []
    _, hits, _ = run(capsys, "search", "", "--kind", "photo", "--archive", arch, "--json")
    ids = [str(h["id"]) for h in hits["hits"]][:3]
    _, data, _ = run(capsys, "collections", "add", "Photos", *ids, "--archive", arch, "--json")
    assert [str(e["id"]) for e in data["entries"]] == ids
    _, data, _ = run(
        capsys, "collections", "move", "Photos", ids[2], "--to", "0", "--archive", arch, "--json"
    )
    assert [str(e["id"]) for e in data["entries"]] == [ids[2], ids[0], ids[1]]
    _, data, _ = run(
        capsys, "collections", "caption", "Photos", ids[0], "First", "--archive", arch, "--json"
    )
    assert data["entries"][1]["caption"] == "First"
    _, data, _ = run(capsys, "collections", "cover", "Photos", ids[1], "--archive", arch, "--json")
    assert data["cover"] == int(ids[1])
    _, data, _ = run(capsys, "collections", "--archive", arch, "--json")
    assert data[0]["name"] == "Photos" and data[0]["count"] == 3


def test_bookmarks_json(capsys: pytest.CaptureFixture[str], arch: str) -> None:
    _, hits, _ = run(capsys, "search", "parliament", "--archive", arch, "--json")
    item_id = str(hits["hits"][0]["id"])
    _, data, _ = run(
        capsys,
        "bookmarks",
        "add",
        item_id,
        "--passage",
        "political assessment",
        "--note",
        "key sentence",
        "--archive",
        arch,
        "--json",
    )
    assert data["passage"] == "political assessment" and data["note"] == "key sentence"
    _, shown, _ = run(capsys, "show", item_id, "--archive", arch, "--json")
    assert shown["text"][data["start"] : data["end"]] == "political assessment"
    _, listed, _ = run(capsys, "bookmarks", "--archive", arch, "--json")
    assert [b["id"] for b in listed] == [data["id"]]


def test_saved_searches(capsys: pytest.CaptureFixture[str], arch: str) -> None:
    _, data, _ = run(capsys, "saved", "save", "Flame", "eternal flame", "--archive", arch, "--json")
    assert data[0]["name"] == "Flame"
    _, res, _ = run(capsys, "search", "--saved", "Flame", "--archive", arch, "--json")
    assert res["total"] >= 1


def test_check_and_fixity_detect_damage(capsys: pytest.CaptureFixture[str], arch: str) -> None:
    code, data, _ = run(capsys, "check", "--fixity", "--archive", arch, "--json")
    assert code == 0 and data["ok"] and data["files_hashed"] == 10
    original = next((Path(arch) / "media").rglob("*.txt"))
    original.chmod(0o644)
    damaged = bytearray(original.read_bytes())
    damaged[len(damaged) // 2] ^= 0x01  # one flipped bit, as bit rot would do
    original.write_bytes(bytes(damaged))
    code, data, _ = run(capsys, "check", "--archive", arch, "--json")
    assert code == 0, "without --fixity the content is not re-hashed"
    code, data, _ = run(capsys, "check", "--fixity", "--archive", arch, "--json")
    assert code == 3 and not data["ok"]
    assert len(data["problems"]) == 1 and "fixity failure" in data["problems"][0]
    assert original.name in data["problems"][0]


def test_check_reports_missing_original(capsys: pytest.CaptureFixture[str], arch: str) -> None:
    original = next((Path(arch) / "media").rglob("*.png"))
    original.unlink()
    code, data, _ = run(capsys, "check", "--archive", arch, "--json")
    assert code == 3 and "original missing" in data["problems"][0]


def test_stats_json(capsys: pytest.CaptureFixture[str], arch: str) -> None:
    code, data, _ = run(capsys, "stats", "--archive", arch, "--json")
    assert code == 0
    assert (data["items"], data["articles"], data["photos"]) == (11, 6, 5)
    assert data["earliest"] <= "1990-01-01" and data["latest"] >= "2020-01-20"


def test_edit_validates_dates(capsys: pytest.CaptureFixture[str], arch: str) -> None:
    code, data, _ = run(capsys, "edit", "1", "--date", "circa 1990", "--archive", arch, "--json")
    assert code == 0 and data["date"] == "1990~" and data["date_source"] == "user"
    code, _, err = run(capsys, "edit", "1", "--date", "sometime", "--archive", arch)
    assert code == 1 and err.count("\n") == 1 and "not a date" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show", "999"], "no item with id 999"),
        (["search", "x", "--archive", "/nonexistent/archive"], "does not exist"),
        (["search"], "needs a QUERY"),
        (["collections", "show", "Nope"], "no collection"),
        (["bookmarks", "remove", "42"], "no bookmark"),
        (["search", "x", "--limit", "many"], "invalid int value"),
    ],
)
def test_errors_are_one_line_without_traceback(
    capsys: pytest.CaptureFixture[str], arch: str, args: list[str], message: str
) -> None:
    if "--archive" not in args:
        args = [*args, "--archive", arch]
    code = main(args)
    out, err = capsys.readouterr()
    assert code in (1, 2)
    assert err.count("\n") == 1 and message in err
    assert "Traceback" not in err


def test_read_command_never_creates_an_archive(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code = main(["search", "x"])
    err = capsys.readouterr().err
    assert code == 1 and "no archive yet" in err
    assert not (tmp_path.parent / "default-archive").exists()
    code = main(["stats", "--archive", str(tmp_path / "new")])
    assert code == 1 and not (tmp_path / "new").exists()


def test_non_gui_commands_do_not_import_qt(arch: str, tmp_path: Path) -> None:
    script = f"""
import sys, io, contextlib
from memorial_viewer.cli import main
a = {arch!r}
for args in (["search", "Baku"], ["show", "1"], ["timeline"], ["tags"], ["collections"],
             ["bookmarks"], ["saved"], ["check"], ["stats"], ["import", {str(tmp_path)!r}]):
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        main([*args, "--archive", a, "--json"])
assert not [m for m in sys.modules if m.startswith("PySide6")], "PySide6 was imported"
print("ok")
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert out.stdout.strip() == "ok", out.stderr


def test_python_dash_m_runs_the_cli() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "memorial_viewer", "--version"], capture_output=True, text=True
    )
    assert out.returncode == 0 and __version__ in out.stdout


def test_import_prints_progress_and_summary(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sample_folder: Path
) -> None:
    code = main(["import", str(sample_folder), "--archive", str(tmp_path / "a")])
    out, err = capsys.readouterr()
    assert code == 0
    assert "Imported 11, 0 duplicate(s), 0 rejected." in out
    assert "10/10 files" in err and "/s" in err


def test_related_json(capsys: pytest.CaptureFixture[str], arch: str) -> None:
    _, hits, _ = run(capsys, "search", "parliament", "--archive", arch, "--json")
    item_id = str(hits["hits"][0]["id"])
    code, data, _ = run(capsys, "related", item_id, "--archive", arch, "--json")
    assert code == 0 and isinstance(data, list) and data
    assert int(item_id) not in {r["id"] for r in data}
    assert {"id", "kind", "title", "date", "score"} <= set(data[0])
    code, _, err = run(capsys, "related", "999", "--archive", arch)
    assert code == 1 and "no item with id 999" in err


def test_search_facets_and_sort_options(capsys: pytest.CaptureFixture[str], arch: str) -> None:
    code, data, _ = run(capsys, "search", "Baku", "--facets", "--archive", arch, "--json")
    assert code == 0
    kinds = {f["value"]: f["count"] for f in data["facets"]["kind"]}
    assert sum(kinds.values()) == data["total"]
    _, asc, _ = run(capsys, "search", "", "--sort", "date", "--archive", arch, "--json")
    _, desc, _ = run(capsys, "search", "", "--sort", "date", "--desc", "--archive", arch, "--json")
    dated = [h["id"] for h in asc["hits"] if h["date"]]
    assert [h["id"] for h in desc["hits"] if h["date"]] == dated[::-1]


def test_reindex_rebuilds_the_search_index(capsys: pytest.CaptureFixture[str], arch: str) -> None:
    code, before, _ = run(capsys, "search", "Qafarov", "--archive", arch, "--json")
    assert code == 0 and before["total"] >= 2
    code, data, _ = run(capsys, "reindex", "--archive", arch, "--json")
    assert code == 0 and data["items"] == 11
    code, after, _ = run(capsys, "search", "Qafarov", "--archive", arch, "--json")
    assert [h["id"] for h in after["hits"]] == [h["id"] for h in before["hits"]]
    code, text, _ = run(capsys, "reindex", "--archive", arch)
    assert code == 0 and text.startswith("Search index rebuilt: 11 items in ")


def test_reindex_of_a_read_only_archive_is_refused(
    capsys: pytest.CaptureFixture[str], arch: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("memorial_viewer.location.writable", lambda path: False)
    code, _, err = run(capsys, "reindex", "--archive", arch)
    assert code == 1
    assert err.strip() == (
        f"memorial-viewer: error: cannot rebuild the search index: the archive at {arch} "
        "is open read-only"
    )
    monkeypatch.undo()
    code, data, _ = run(capsys, "search", "Qafarov", "--archive", arch, "--json")
    assert code == 0 and data["total"] >= 2  # the index is as it was
