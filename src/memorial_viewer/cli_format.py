"""How CLI results look: JSON for scripts, short text for people."""

from __future__ import annotations

import json
import re
import sys
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from typing import Any

from memorial_viewer.types import ItemDetail, Mention


def _default(value: object) -> object:
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def emit_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=_default)
    sys.stdout.write("\n")


def mention_json(m: Mention) -> dict[str, object]:
    return {
        "date": m.date.edtf,
        "text": m.text,
        "start": m.start,
        "end": m.end,
        "precision": m.date.precision,
        "earliest": m.date.earliest.isoformat(),
        "latest": m.date.latest.isoformat(),
    }


def item_json(d: ItemDetail) -> dict[str, object]:
    data: dict[str, object] = {
        "id": d.id,
        "kind": d.kind,
        "title": d.title,
        "description": d.description,
        "creator": d.creator,
        "publisher": d.publisher,
        "date": d.date,
        "date_earliest": d.date_earliest,
        "date_latest": d.date_latest,
        "date_precision": d.date_precision,
        "date_source": d.date_source,
        "language": d.language,
        "rights": d.rights,
        "identifier": d.identifier,
        "tags": d.tags,
        "collections": d.collections,
        "original_name": d.original_name,
        "original_path": d.original_path,
        "media_path": d.media_path,
        "sha256": d.sha256,
        "size": d.size,
        "imported_at": d.imported_at,
    }
    if d.kind == "article":
        data.update(
            text=d.text,
            html=d.html,
            source_url=d.source_url,
            author=d.author,
            mentions=[mention_json(m) for m in d.mentions],
        )
    else:
        p = d.photo
        data.update(
            caption=d.caption,
            mentions=[],
            photo=None
            if p is None
            else {
                "format": p.format,
                "width": p.width,
                "height": p.height,
                "mode": p.mode,
                "orientation": p.orientation,
                "capture_date": p.capture_date,
                "camera": p.camera,
                "description": p.description,
                "gps": None
                if p.gps is None
                else {"latitude": p.gps.latitude, "longitude": p.gps.longitude},
                "exif": p.exif,
            },
        )
    return data


_MARK = re.compile(r"</?mark>")


def plain_snippet(snippet: str) -> str:
    """Snippets carry <mark> tags for the UI; in a terminal the matches go in *stars*."""
    import html

    return html.unescape(_MARK.sub("*", snippet))


def human_item(d: ItemDetail) -> str:
    lines = [f"#{d.id} [{d.kind}] {d.title}"]
    for label, value in (
        ("date", d.date),
        ("creator", d.creator),
        ("publisher", d.publisher),
        ("language", d.language),
        ("tags", ", ".join(d.tags)),
        ("collections", ", ".join(d.collections)),
        ("original", d.original_path),
        ("sha256", d.sha256),
        ("caption", d.caption),
        ("description", d.description),
    ):
        if value:
            lines.append(f"  {label}: {value}")
    if d.photo:
        lines.append(f"  image: {d.photo.format} {d.photo.width}×{d.photo.height}")
    if d.mentions:
        lines.append("  mentions: " + "; ".join(f"{m.date.edtf} ({m.text})" for m in d.mentions))
    if d.text:
        lines += ["", d.text]
    return "\n".join(lines)
