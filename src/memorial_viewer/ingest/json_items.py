"""The documented JSON form for articles with full metadata.

A `.json` file holds one object or `{"items": [object, ...]}`; each object::

    {"kind": "article", "title": "...", "text": "plain text" | "html": "<p>...</p>",
     "description", "creator", "publisher", "date", "language", "subjects": [...],
     "rights", "identifier", "source_url"}

`title` and one of `text`/`html` are required; the rest is optional.
"""

from __future__ import annotations

import html as html_lib
import json
from dataclasses import dataclass, field

from memorial_viewer.errors import RejectedInput
from memorial_viewer.ingest.sanitize import html_to_text, sanitize_html
from memorial_viewer.types import ArticleContent

STRING_FIELDS = (
    "title",
    "description",
    "creator",
    "publisher",
    "date",
    "language",
    "rights",
    "identifier",
    "source_url",
    "text",
    "html",
    "kind",
    "caption",
)
MAX_DEPTH = 64


@dataclass
class JsonArticle:
    content: ArticleContent
    metadata: dict[str, object] = field(default_factory=dict)


def _depth_ok(text: str) -> bool:
    """Refuse absurd nesting before json.loads meets a RecursionError."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
            if deepest > MAX_DEPTH:
                return False
        elif ch in "]}":
            depth -= 1
    return True


def _paragraphs_html(text: str) -> str:
    paras = [p.strip() for p in text.split("\n\n") if p.strip()]
    return "".join(f"<p>{html_lib.escape(p)}</p>" for p in paras)


def parse_json_items(text: str, *, file_name: str = "") -> list[JsonArticle]:
    if not _depth_ok(text):
        raise RejectedInput(f"JSON nested deeper than {MAX_DEPTH} levels")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RejectedInput(f"invalid JSON at line {exc.lineno}: {exc.msg}") from exc
    objects = data.get("items") if isinstance(data, dict) and "items" in data else data
    if isinstance(objects, dict):
        objects = [objects]
    if not isinstance(objects, list) or not objects:
        raise RejectedInput('JSON must be an item object or {"items": [...]} with items')
    return [_one(obj, n) for n, obj in enumerate(objects)]


def _one(obj: object, n: int) -> JsonArticle:
    where = f"item {n + 1}"
    if not isinstance(obj, dict):
        raise RejectedInput(f"{where}: expected an object")
    for key in STRING_FIELDS:
        if key in obj and obj[key] is not None and not isinstance(obj[key], str):
            raise RejectedInput(f"{where}: {key!r} must be a string")
    subjects = obj.get("subjects", [])
    if not isinstance(subjects, list) or not all(isinstance(s, str) for s in subjects):
        raise RejectedInput(f"{where}: 'subjects' must be a list of strings")
    if obj.get("kind", "article") != "article":
        raise RejectedInput(f"{where}: only articles can be imported from JSON")
    title = (obj.get("title") or "").strip()
    if not title:
        raise RejectedInput(f"{where}: 'title' is required")
    if obj.get("html"):
        body_html = sanitize_html(obj["html"])
        plain = html_to_text(body_html).strip() if body_html.strip() else ""
    else:
        plain = (obj.get("text") or "").strip()
        body_html = _paragraphs_html(plain)
    if not plain:
        raise RejectedInput(f"{where}: 'text' or 'html' is required")
    content = ArticleContent(
        title=title,
        text=plain,
        html=body_html,
        author=obj.get("creator"),
        published=obj.get("date"),
        source_url=obj.get("source_url"),
        site_name=obj.get("publisher"),
        language=obj.get("language"),
        description=obj.get("description"),
        tags=[s for s in subjects if s.strip()],
    )
    metadata = {
        k: obj[k] for k in ("creator", "publisher", "rights", "identifier", "date") if obj.get(k)
    }
    return JsonArticle(content, metadata)
