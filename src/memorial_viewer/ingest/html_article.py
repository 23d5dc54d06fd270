"""Articles from saved news pages (.html): the article text without the page around it.

trafilatura finds the main text (dropping navigation, share buttons, teasers, cookie banners,
footers) and reads the page metadata. Around it:

* a linear pre-pass (`limit_nesting`) sheds scripts, styles, embeds and comments and flattens
  nesting deeper than lxml keeps (lxml silently drops content below ~256 levels);
* pages with more elements than trafilatura handles in reasonable time (it is quadratic in the
  element count) and pages where it finds nothing fall back to the whole visible text, so no
  content is silently lost;
* everything stored passes `sanitize_html`.
"""

from __future__ import annotations

import html as html_lib
import logging
import re
from datetime import date

import trafilatura
from trafilatura.settings import Document

from memorial_viewer.errors import RejectedInput
from memorial_viewer.ingest.sanitize import (
    DROPPED_WITH_CONTENT,
    html_to_text,
    iter_tags,
    limit_nesting,
    sanitize_html,
    sanitize_limited_html,
)
from memorial_viewer.ingest.text_article import (
    NO_TEXT,
    cap_title,
    guess_language,
    prettify_file_name,
)
from memorial_viewer.types import ArticleContent

# trafilatura's time grows with the square of the element count: ~1 s at 20,000 elements,
# ~5 s at 50,000 on a 2-core machine. Above this many tags the visible text is used instead.
MAX_EXTRACTION_TAGS = 60_000
# Shed before parsing: never article text, and a renderer would load or run them.
SHED_ELEMENTS = DROPPED_WITH_CONTENT - {"title"}
_HEAD_SCAN_TAGS = 3000

# lxml refuses these in strings; a saved page may still carry them.
_XML_INCOMPATIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ATTRIBUTE = re.compile(r"""([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?""")
_LANGUAGE = re.compile(r"([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*")
_HTML_START = re.compile(r"<html[\s>]", re.IGNORECASE)

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # it logs every rejected page
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


def extract_html_article(html: str, *, file_name: str = "") -> ArticleContent:
    """The main text of a saved web page as safe HTML and plain text, with its metadata."""
    page = limit_nesting(_XML_INCOMPATIBLE.sub("", html), drop_elements=SHED_ELEMENTS)
    document = _run_trafilatura(page) if page.count("<") <= MAX_EXTRACTION_TAGS * 2 else None
    body, text = _main_content(document)
    visible_body = sanitize_limited_html(page)
    visible_text = html_to_text(visible_body)
    if not text or text.split() == visible_text.split():
        # Nothing found, or nothing dropped: the page's own markup keeps more structure
        # (trafilatura's fallback extractors flatten short pages into one paragraph).
        body, text = visible_body, visible_text
    if not text:
        raise RejectedInput(NO_TEXT)
    head = _head_metadata(page)
    return ArticleContent(
        title=_title(document, head, text, file_name),
        text=text,
        html=body,
        author=_clean(document and document.author),
        published=document.date if document and document.date else None,
        source_url=_web_url(document.url if document else None) or _web_url(head.get("url")),
        site_name=_clean(document and document.sitename) or head.get("site_name"),
        language=_language(head) or guess_language(text),
        description=_clean(document and document.description) or head.get("description"),
    )


def _main_content(document: Document | None) -> tuple[str, str]:
    """Sanitised HTML and plain text of what trafilatura kept ("" when nothing)."""
    if document is None or not document.text:
        return "", ""
    body = sanitize_html(document.text)
    return body, html_to_text(body)


def _run_trafilatura(page: str) -> Document | None:
    """Main text as trafilatura's simple HTML plus metadata, or None when it finds nothing."""
    if not _HTML_START.search(page, 0, 4096):
        page = f"<html><body>{page}</body></html>"  # trafilatura expects a whole document
    try:
        return trafilatura.extract_with_metadata(
            page,
            output_format="html",
            include_comments=False,  # readers' comments are not the article
            include_tables=True,
            include_images=False,
            include_formatting=True,
            include_links=True,
            deduplicate=False,
            date_extraction_params=_date_params(),
        )
    except Exception:  # heuristics of a third-party library: any failure means "nothing found"
        return None


def _date_params() -> dict[str, object]:
    """Publication date from the page's markup only (meta tags, <time>, JSON-LD).

    htmldate's "extensive" search would also take dates written in the article text, and
    articles in this archive are full of 1990 dates that are not publication dates.
    """
    return {"original_date": True, "extensive_search": False, "max_date": date.today().isoformat()}


def _head_metadata(page: str) -> dict[str, str]:
    """<html lang>, <meta> language/og:locale, and <title>/og: fallbacks for trafilatura."""
    found: dict[str, str] = {}
    title_start = -1
    for count, tag in enumerate(iter_tags(page)):
        if count > _HEAD_SCAN_TAGS or (tag.kind == "start" and tag.name == "body"):
            break
        if tag.name == "title":
            if tag.kind == "start":
                title_start = tag.end
            elif title_start >= 0:
                found.setdefault("title", html_lib.unescape(page[title_start : tag.start]))
            continue
        if tag.kind != "start" or tag.name not in ("html", "meta"):
            continue
        attrs = _attributes(page[tag.start : tag.end])
        if tag.name == "html" and attrs.get("lang"):
            found.setdefault("lang", attrs["lang"])
            continue
        key = (attrs.get("property") or attrs.get("name") or attrs.get("http-equiv") or "").lower()
        value = attrs.get("content", "").strip()
        target = _META_KEYS.get(key)
        if target and value:
            found.setdefault(target, value)
    return found


_META_KEYS = {
    "content-language": "meta_lang",
    "language": "meta_lang",
    "og:locale": "locale",
    "og:title": "title",
    "og:url": "url",
    "og:site_name": "site_name",
    "og:description": "description",
    "description": "description",
}


def _attributes(tag_text: str) -> dict[str, str]:
    """Attributes of one start tag (first occurrence wins, as in browsers)."""
    inner = tag_text[1:-1].split(None, 1)
    attrs: dict[str, str] = {}
    if len(inner) < 2:
        return attrs
    for match in _ATTRIBUTE.finditer(inner[1]):
        name = match.group(1).lower()
        value = next((g for g in match.groups()[1:] if g is not None), "")
        attrs.setdefault(name, value)
    return attrs


def _language(head: dict[str, str]) -> str | None:
    """ISO 639 code from <html lang>, else <meta> content-language, else og:locale."""
    for key in ("lang", "meta_lang", "locale"):
        match = _LANGUAGE.fullmatch(head.get(key, "").strip().split(",")[0].strip())
        if match:
            return match.group(1).lower()
    return None


def _title(
    document: Document | None,
    head: dict[str, str],
    text: str,
    file_name: str,
) -> str:
    """Page title, else the file name, else the first line of the text."""
    title = _clean(document and document.title) or _clean(head.get("title"))
    if title:
        return cap_title(title)
    return prettify_file_name(file_name) or cap_title(text.split("\n", 1)[0])


def _web_url(url: str | None) -> str | None:
    """Only http(s) addresses are kept: a file:// or javascript: URL is not a source."""
    url = (url or "").strip()
    return url if url.lower().startswith(("http://", "https://")) and " " not in url else None


def _clean(value: str | None) -> str | None:
    value = " ".join((value or "").split())
    return value or None
