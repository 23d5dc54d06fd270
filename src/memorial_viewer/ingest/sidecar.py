"""Optional descriptive metadata for photos, supplied by the archivist next to the files.

Two sources, merged per field (later wins):

1. CSV manifests `manifest.csv` / `metadata.csv` (UTF-8, BOM optional; comma, semicolon or tab
   separated) with a `file` column holding paths relative to the CSV's folder. A manifest
   covers images in its own folder and below; a nearer manifest wins over one further up, and
   in one folder `metadata.csv` wins over `manifest.csv`.
2. JSON files beside the image: `<stem>.json` (shared by IMG_001.jpg and IMG_001.tif), then the
   more specific `<image file name>.json` (IMG_001.jpg.json), which wins over everything.

Fields: title, description, caption, creator, publisher, date, language, rights, identifier
(text) and subjects (a list; in CSV and plain JSON strings, separated by ';'). Unknown keys
and columns are ignored but reported, so an archivist's typo does not silently lose data.
Malformed sidecars raise RejectedInput, and the importer rejects the image with that reason.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import posixpath
from pathlib import Path
from typing import Any

from memorial_viewer.errors import RejectedInput
from memorial_viewer.ingest.photo import PHOTO_EXTENSIONS

__all__ = [
    "ERROR_KEY",
    "IGNORED_KEY",
    "MANIFEST_NAMES",
    "SIDECAR_FIELDS",
    "SOURCES_KEY",
    "is_manifest",
    "is_sidecar",
    "load_sidecar",
    "read_manifest",
    "sidecar_json_candidates",
]

log = logging.getLogger(__name__)

SIDECAR_FIELDS = (
    "title",
    "description",
    "caption",
    "creator",
    "publisher",
    "date",
    "language",
    "subjects",
    "rights",
    "identifier",
)
MANIFEST_NAMES = ("metadata.csv", "manifest.csv")
"""In order of precedence: `metadata.csv` wins over `manifest.csv` in the same folder."""

IGNORED_KEY = "_ignored"
"""Result key: list of one-line notes about unknown keys/columns and extra cells."""
SOURCES_KEY = "_sources"
"""Result key: list of the sidecar/manifest paths that contributed, lowest precedence first."""
ERROR_KEY = "_error"
"""Manifest row key: the reason the image this row describes must be rejected."""

MAX_JSON_BYTES = 1024 * 1024
MAX_MANIFEST_BYTES = 64 * 1024 * 1024
MAX_FIELD_CHARS = 100_000
"""Sizes no honest sidecar reaches; above them we refuse rather than load megabytes of text."""

_TEXT_FIELDS = frozenset(SIDECAR_FIELDS) - {"subjects"}
_NUMBER_OK = frozenset({"date", "identifier"})  # JSON 1990 or 12345 are meant as text
_FAILED = "\x00failed"  # cache entry for a manifest that could not be read


def sidecar_json_candidates(image: Path) -> tuple[Path, Path]:
    """The JSON sidecar names for an image, lowest precedence first."""
    image = Path(image)
    return image.with_name(f"{image.stem}.json"), image.with_name(f"{image.name}.json")


def is_manifest(path: Path) -> bool:
    """True for a file named like a CSV manifest (exact lower-case name)."""
    return Path(path).name in MANIFEST_NAMES


def is_sidecar(path: Path) -> bool:
    """True if the importer should treat `path` as metadata rather than as an item.

    A `.json` counts only when an image it describes exists beside it (so a stray JSON file
    is still reported); manifests count by name.
    """
    path = Path(path)
    if is_manifest(path):
        return True
    if path.suffix != ".json":
        return False
    target = path.with_suffix("")  # IMG_001.jpg.json -> IMG_001.jpg; IMG_001.json -> IMG_001
    if target.suffix.lower() in PHOTO_EXTENSIONS and target.is_file():
        return True
    for ext in PHOTO_EXTENSIONS:
        for variant in (ext, ext.upper()):
            if target.with_name(target.name + variant).is_file():
                return True
    return False


def load_sidecar(
    image: Path, manifests: dict[Path, dict[str, dict]] | None = None
) -> dict[str, object]:
    """Validated metadata for `image` from its manifests and JSON sidecars ({} if none).

    `manifests` maps a manifest's path - or a folder, meaning "the manifest of this folder" -
    to its `read_manifest()` result. Pass one dict for a whole import: it is used as a cache,
    manifests found in the image's folder are added to it under their own path (a manifest
    that fails to parse is cached too, so it is read once), and every entry whose folder is
    the image's folder or an ancestor of it applies. Without it only the image's own folder
    is consulted, and its manifest is re-read for each image.

    The result holds only fields that have a value (subjects as list[str], the rest as str),
    plus IGNORED_KEY and SOURCES_KEY when there is something to say.
    """
    image = Path(image)
    image_abs = Path(os.path.abspath(image))
    merged: dict[str, object] = {}
    ignored: list[str] = []
    sources: list[str] = []

    for folder, table in _applicable_manifests(image_abs, manifests):
        if _FAILED in table:
            raise RejectedInput(str(table[_FAILED][ERROR_KEY]))
        key = _relative_key(image_abs, folder)
        row = table.get(key) if key else None
        if row is None:
            continue
        if ERROR_KEY in row:
            raise RejectedInput(str(row[ERROR_KEY]))
        _merge(merged, ignored, sources, row)

    for json_path in sidecar_json_candidates(image):
        if json_path.is_file():
            _merge(merged, ignored, sources, _read_json_sidecar(json_path))

    if ignored:
        merged[IGNORED_KEY] = ignored
    if sources:
        merged[SOURCES_KEY] = sources
    return merged


def read_manifest(csv_path: Path) -> dict[str, dict]:
    """Parse a CSV manifest into {relative file path: validated fields}.

    Keys are the `file` cells normalised to POSIX form relative to the CSV's folder
    (backslashes become '/', './' and 'a/../' collapse). A file listed twice with different
    values gets an ERROR_KEY entry instead (that image is rejected, not the whole folder).
    Structural problems (not UTF-8, no `file` column, broken quoting) raise RejectedInput.
    """
    csv_path = Path(csv_path)
    name = csv_path.name
    text = _read_text(csv_path, f"manifest {name}", MAX_MANIFEST_BYTES)
    delimiter = _guess_delimiter(text)
    if delimiter is None:
        raise RejectedInput(f"manifest {name}: no 'file' column in the header")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        rows = list(reader)
    except csv.Error as exc:
        raise RejectedInput(
            f"manifest {name}: malformed CSV at line {reader.line_num} ({exc})"
        ) from None

    header_row_index = next((i for i, row in enumerate(rows) if any(c.strip() for c in row)), None)
    if header_row_index is None:
        raise RejectedInput(f"manifest {name}: no 'file' column in the header")
    header = [_column_name(cell) for cell in rows[header_row_index]]
    seen: set[str] = set()
    for column in header:
        if column and column in seen:
            raise RejectedInput(f"manifest {name}: column '{column}' appears twice")
        seen.add(column)
    if "file" not in header:  # the delimiter guess saw a different first line
        raise RejectedInput(f"manifest {name}: no 'file' column in the header")
    file_index = header.index("file")

    table: dict[str, dict] = {}
    first_line: dict[str, int] = {}
    for offset, row in enumerate(rows[header_row_index + 1 :], start=header_row_index + 2):
        # `offset` is the CSV record number, which equals the line number unless a quoted
        # cell spans lines; good enough to find the row in a spreadsheet.
        if not any(cell.strip() for cell in row):
            continue
        raw_file = row[file_index].strip() if file_index < len(row) else ""
        where = f"manifest {name} row {offset}"
        key = _normalise_manifest_path(raw_file)
        if key is None:
            log.warning("%s: ignored (no usable relative 'file' value)", where)
            continue
        values: dict[str, Any] = {}
        notes: list[str] = []
        for index, cell in enumerate(row):
            if index == file_index or not cell.strip():
                continue
            column = header[index] if index < len(header) else ""
            if column in SIDECAR_FIELDS:
                values[column] = cell
            elif column:
                notes.append(f"{where}: unknown column '{column}' ignored")
            else:
                notes.append(f"{where}: cell {index + 1} has no column name, ignored")
        try:
            fields = _validate(values, where)
        except RejectedInput as exc:  # reject only the image this row describes
            fields = {ERROR_KEY: str(exc)}
        if notes:
            fields[IGNORED_KEY] = notes
        fields[SOURCES_KEY] = [str(csv_path)]

        if key in table:
            previous = table[key]
            if ERROR_KEY not in previous and _comparable(previous) != _comparable(fields):
                table[key] = {
                    ERROR_KEY: f"manifest {name}: '{raw_file}' is listed twice with different"
                    f" values (rows {first_line[key]} and {offset})"
                }
            continue
        table[key] = fields
        first_line[key] = offset
    return table


# --------------------------------------------------------------------------------------------


def _applicable_manifests(
    image_abs: Path, manifests: dict[Path, dict[str, dict]] | None
) -> list[tuple[Path, dict]]:
    """(folder the paths are relative to, table) pairs for the image, lowest precedence first.

    Precedence: deeper folders win; in one folder metadata.csv wins over manifest.csv, and a
    table the caller filed under the folder itself counts as that folder's manifest.
    """
    image_folder = image_abs.parent
    found: list[tuple[tuple[int, int], Path, dict]] = []
    folders_given: set[Path] = set()
    paths_given: set[Path] = set()
    for key, table in (manifests or {}).items():
        key_abs = Path(os.path.abspath(key))
        if key_abs.name in MANIFEST_NAMES:
            folder, rank = key_abs.parent, MANIFEST_NAMES.index(key_abs.name)
            paths_given.add(key_abs)
        else:
            folder, rank = key_abs, -1
            folders_given.add(key_abs)
        if folder == image_folder or folder in image_folder.parents:
            found.append(((len(folder.parts), -rank), folder, table))

    if image_folder not in folders_given:
        for rank, name in enumerate(MANIFEST_NAMES):
            csv_path = image_folder / name
            if csv_path in paths_given or not csv_path.is_file():
                continue
            try:
                table = read_manifest(csv_path)
            except RejectedInput as exc:
                table = {_FAILED: {ERROR_KEY: str(exc)}}
            if manifests is not None:
                manifests[csv_path] = table
            found.append(((len(image_folder.parts), -rank), image_folder, table))

    found.sort(key=lambda entry: entry[0])
    return [(folder, table) for _, folder, table in found]


def _relative_key(image_abs: Path, folder: Path) -> str | None:
    try:
        relative = os.path.relpath(image_abs, folder)
    except ValueError:  # different drives on Windows
        return None
    return _normalise_manifest_path(relative)


def _normalise_manifest_path(raw: str) -> str | None:
    """'.\\Scans\\IMG_001.jpg' -> 'Scans/IMG_001.jpg'; absolute paths are not usable."""
    value = raw.strip().replace("\\", "/")
    if not value or value.startswith("/") or (len(value) > 1 and value[1] == ":"):
        return None
    normal = posixpath.normpath(value)
    return None if normal in (".", "") else normal


def _read_json_sidecar(path: Path) -> dict[str, object]:
    where = f"sidecar {path.name}"
    text = _read_text(path, where, MAX_JSON_BYTES)
    duplicates: list[str] = []

    def pairs_hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                duplicates.append(key)
            result[key] = value
        return result

    try:
        data = json.loads(text, object_pairs_hook=pairs_hook)
    except json.JSONDecodeError as exc:
        raise RejectedInput(
            f"{where}: invalid JSON at line {exc.lineno}, column {exc.colno} ({exc.msg})"
        ) from None
    except RecursionError:
        raise RejectedInput(f"{where}: invalid JSON (nested too deeply)") from None
    if not isinstance(data, dict):
        raise RejectedInput(f"{where}: expected a JSON object of fields, got {_json_type(data)}")

    values: dict[str, Any] = {}
    notes: list[str] = [f"{where}: key '{k}' appears twice, last value used" for k in duplicates]
    for raw_key, value in data.items():
        key = raw_key.strip().lower()
        if key in SIDECAR_FIELDS:
            if key in values:
                notes.append(f"{where}: key '{raw_key}' repeats '{key}', last value used")
            values[key] = value
        else:
            notes.append(f"{where}: unknown key '{raw_key}' ignored")
    fields = _validate(values, where)
    if notes:
        fields[IGNORED_KEY] = notes
    fields[SOURCES_KEY] = [str(path)]
    return fields


def _read_text(path: Path, where: str, limit: int) -> str:
    try:
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise RejectedInput(f"{where}: cannot read ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise RejectedInput(f"{where}: larger than {limit // (1024 * 1024)} MB")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RejectedInput(
            f"{where}: not UTF-8 text (byte 0x{data[exc.start]:02X} at offset {exc.start});"
            " save it as UTF-8 (in Excel: 'CSV UTF-8')"
        ) from None


def _guess_delimiter(text: str) -> str | None:
    """Comma, or the ';'/tab Excel writes in many locales: whichever yields a 'file' column."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    for delimiter in (",", ";", "\t"):
        try:
            cells = next(csv.reader([first], delimiter=delimiter))
        except (csv.Error, StopIteration):
            continue
        if "file" in (_column_name(cell) for cell in cells):
            return delimiter
    return None


def _column_name(cell: str) -> str:
    return cell.strip().strip("\ufeff").strip().lower()


def _validate(values: dict[str, Any], where: str) -> dict[str, object]:
    """Check types and tidy text; raise RejectedInput naming the file and the field."""
    fields: dict[str, object] = {}
    for key, value in values.items():
        if value is None:
            continue
        if key == "subjects":
            subjects = _subjects(value, where)
            if subjects:
                fields[key] = subjects
            continue
        if isinstance(value, int) and not isinstance(value, bool) and key in _NUMBER_OK:
            value = str(value)
        if not isinstance(value, str):
            raise RejectedInput(f'{where}: "{key}" must be text, not {_json_type(value)}')
        text = _tidy(value, key, where)
        if text:
            fields[key] = text
    return fields


def _subjects(value: Any, where: str) -> list[str]:
    if isinstance(value, str):
        items: list[Any] = value.split(";")
    elif isinstance(value, list):
        items = value
    else:
        raise RejectedInput(f'{where}: "subjects" must be a list of text, not {_json_type(value)}')
    result: list[str] = []
    seen: set[str] = set()
    for item in items:
        if not isinstance(item, str):
            raise RejectedInput(
                f'{where}: "subjects" must be a list of text, but holds {_json_type(item)}'
            )
        tag = " ".join(_tidy(item, "subjects", where).split())
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            result.append(tag)
    return result


def _tidy(value: str, key: str, where: str) -> str:
    """Strip outer whitespace and control characters (keep newlines and tabs in long text)."""
    if len(value) > MAX_FIELD_CHARS:
        raise RejectedInput(f'{where}: "{key}" is longer than {MAX_FIELD_CHARS} characters')
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    cleaned = "".join(c for c in value if c in "\n\t" or (c >= " " and c != "\x7f"))
    return cleaned.strip()


def _comparable(fields: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in fields.items() if k in SIDECAR_FIELDS}


def _merge(
    merged: dict[str, object], ignored: list[str], sources: list[str], fields: dict[str, object]
) -> None:
    for key, value in fields.items():
        if key in SIDECAR_FIELDS:
            merged[key] = value
    ignored.extend(str(note) for note in _as_list(fields.get(IGNORED_KEY)))
    sources.extend(str(src) for src in _as_list(fields.get(SOURCES_KEY)))


def _as_list(value: object) -> list[object]:
    return list(value) if isinstance(value, list) else []


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__
