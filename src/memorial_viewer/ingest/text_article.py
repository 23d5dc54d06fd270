"""Articles from .txt and .md files, usually text copied out of a news site.

Copied pages carry clutter around the article: the site name, "3 min read", "Share" buttons,
a byline with the date, "Related news" teasers at the end. Those lines are recognised in
English, Azerbaijani and Russian, turned into metadata where they carry some (author, date,
site) and left out of the text. Everything is line based with bounded, anchored regexes, so a
20 MB file on one line costs a few regex scans.
"""

from __future__ import annotations

import functools
import html as html_lib
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePath

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererProtocol
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict

from memorial_viewer.errors import RejectedInput
from memorial_viewer.ingest.sanitize import html_to_text, sanitize_html
from memorial_viewer.types import ArticleContent

TITLE_MAX = 200
NO_TEXT = "no article text found"

_HEAD_LINES = 25  # non-blank lines at the top searched for title and byline clutter
_TAIL_LINES = 40  # non-blank lines at the end searched for "Related news" blocks
_CLUTTER_MAX = 160  # longer lines are always article text
_SITE_MAX = 40
_MD_NESTING = 100  # markdown-it's limit: deeper blocks are silently dropped
_MD_PREFIX_UNITS = 30  # container markers + indent/2 allowed per line, well under the limit

_MONTHS = {
    # English, Azerbaijani, Russian (nominative and genitive) month names and abbreviations
    **dict.fromkeys(("january", "jan", "yanvar", "январь", "января", "янв"), 1),
    **dict.fromkeys(("february", "feb", "fevral", "февраль", "февраля", "фев"), 2),
    **dict.fromkeys(("march", "mar", "mart", "март", "марта"), 3),
    **dict.fromkeys(("april", "apr", "aprel", "апрель", "апреля", "апр"), 4),
    **dict.fromkeys(("may", "май", "мая"), 5),
    **dict.fromkeys(("june", "jun", "iyun", "июнь", "июня"), 6),
    **dict.fromkeys(("july", "jul", "iyul", "июль", "июля"), 7),
    **dict.fromkeys(("august", "aug", "avqust", "август", "августа", "авг"), 8),
    **dict.fromkeys(("september", "sep", "sept", "sentyabr", "сентябрь", "сентября", "сен"), 9),
    **dict.fromkeys(("october", "oct", "oktyabr", "октябрь", "октября", "окт"), 10),
    **dict.fromkeys(("november", "nov", "noyabr", "ноябрь", "ноября", "ноя"), 11),
    **dict.fromkeys(("december", "dec", "dekabr", "декабрь", "декабря", "дек"), 12),
}
_MONTH = r"(?P<month>[^\W\d_]{3,9})\.?"
_YEAR = r"(?P<year>\d{4})(?:\s*(?:г\.?|года?|-?c[iı]\s+il|il))?"
_DATE_FORMS = (
    re.compile(r"(?P<day>\d{1,2})\s+" + _MONTH + r",?\s+" + _YEAR, re.IGNORECASE),
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2}),?\s+" + _YEAR, re.IGNORECASE),
    re.compile(r"(?P<year>\d{4})-(?P<mnum>\d{1,2})-(?P<day>\d{1,2})(?:T[\d:.+Z-]*)?"),
    re.compile(r"(?P<day>\d{1,2})[./](?P<mnum>\d{1,2})[./](?P<year>\d{4})"),
)
_TIME = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?", re.IGNORECASE)
_WEEKDAY = re.compile(
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|"
    r"\b(?:bazar ertəsi|çərşənbə axşamı|çərşənbə|cümə axşamı|cümə|şənbə|bazar)\b|"
    r"\b(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)\b",
    re.IGNORECASE,
)
_DATE_LABEL = re.compile(
    r"^(?:published|updated|posted|date|dərc olunub|dərc edilib|tarix|yeniləndi|"
    r"опубликовано|обновлено|дата)\s*(?:on|:)?\s*",
    re.IGNORECASE,
)
_READING_TIME = re.compile(
    r"^(?:(?:reading time|read time|oxuma müddəti|время чтения)\s*:?\s*)?"
    r"(?:~\s*)?\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*"
    r"(?:min(?:ute)?s?|dəq(?:iqə)?|мин(?:ут[аы]?)?)\.?"
    r"(?:\s*(?:read|reading|to read|oxu|oxuma|oxunuş|чтения|на чтение))?$",
    re.IGNORECASE,
)
_SHARE_WORDS = frozenset(
    {
        "share", "share this", "share this article", "share on facebook", "share on twitter",
        "paylaş", "paylaşın", "поделиться", "поделитесь", "tweet", "facebook", "twitter", "x",
        "whatsapp", "telegram", "vk", "vkontakte", "ok", "odnoklassniki", "linkedin", "email",
        "e-mail", "copy link", "print", "çap et", "печать", "messenger", "reddit",
    }
)  # fmt: skip
_STRONG_SHARE = frozenset(
    {"share", "share this", "share this article", "share on facebook", "share on twitter",
     "paylaş", "paylaşın", "поделиться", "поделитесь", "copy link", "tweet"}
)  # fmt: skip
_SHARE_SPLIT = re.compile(r"\s*[|·•,/]\s*|\s{2,}")
_TAIL_PHRASES = frozenset(
    {
        "related news", "related", "related articles", "related stories", "view all",
        "see all", "share this", "share", "oxşar xəbərlər", "bütün xəbərlər", "digər xəbərlər",
        "paylaş", "читайте также", "похожие новости", "смотреть все", "все новости",
        "поделиться", "другие новости", "read more", "more news", "back to top",
    }
)  # fmt: skip
_RELATED_HEADING = re.compile(
    r"^(?:related(?:\s+(?:news|articles|stories|posts))?|more news|read also|"
    r"oxşar xəbərlər|digər xəbərlər|mövzuya aid|читайте также|похожие новости|"
    r"другие новости|по теме|ещё по теме|еще по теме)\s*:?$",
    re.IGNORECASE,
)
_AUTHOR = re.compile(
    r"^(?:by|written by|author|müəllif|автор|текст)\s*[:\-–—]?\s+(?P<rest>.+)$", re.IGNORECASE
)
_AUTHOR_SPLIT = re.compile(r"\s*(?:[|·•—–]|,|\s-\s)\s*")
_NAME_WORD = re.compile(r"^(?:[^\W\d_][\w'’.-]*|[&и]|and|və|oğlu|qızı)$")
_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/?$", re.IGNORECASE)
_MD_DECOR = re.compile(r"^(?:#{1,6}\s+|>\s*|[-*+]\s+)+|[*_`]+")
_MD_LINK = re.compile(r"!?\[([^\]\n]{0,300})\]\([^)\n]{0,2000}\)")
_MD_H1 = re.compile(r"^#\s+(?P<title>.+?)(?:\s+#+)?\s*$")
_MD_PREFIX = re.compile(r"(?:[ \t]*+(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*+[ \t]*+")
_MD_MARKER = re.compile(r">|[-*+]|\d{1,9}[.)]")
_BYLINE_SPLIT = re.compile(r"\s+[|·•]\s+")
_SPACES = re.compile(r"\s+")
_NAME_CONNECTORS = frozenset({"and", "və", "и", "oğlu", "qızı", "van", "von", "de"})
_BLANK_RUNS = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")
_FILE_SEPARATORS = re.compile(r"[_\-.+]+")
_SENTENCE_END = re.compile(r"[.!?…:;]$")
_NOT_A_TITLE_END = re.compile(r"(?<!\.)[.,;:]$")  # a sentence, not a heading ("..." is fine)

_AZ_CYRILLIC = frozenset("әғҝҹөүһјӘҒҜҸӨҮҺЈ")
_AZ_LATIN = frozenset("əığşƏĞŞ")
_AZ_SHARE = 0.25
_ENGLISH_WORDS = frozenset(
    {"the", "and", "of", "to", "in", "is", "was", "were", "on", "for", "that", "with", "by", "at"}
)
_WORDS = re.compile(r"[^\W\d_]+")


@dataclass
class _Header:
    """What the clutter in the first lines told us."""

    author: str | None = None
    published: str | None = None
    site_name: str | None = None
    dropped: set[int] = field(default_factory=set)


def parse_text_article(text: str, *, markdown: bool = False, file_name: str = "") -> ArticleContent:
    """Title, cleaned text, safe HTML and byline metadata of a .txt or .md article."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    header = _read_header(lines, markdown=markdown)
    end = _body_end(lines)
    kept = [(i, line) for i, line in enumerate(lines[:end]) if i not in header.dropped]
    body_lines = [line.rstrip() for _, line in kept]
    if markdown:
        html, plain = _render_markdown(body_lines)
    else:
        plain = _tidy("\n".join(body_lines))
        html = ""
    if not plain:
        raise RejectedInput(NO_TEXT)
    title_line = _title_line(kept, markdown=markdown)
    title = _title_text(title_line, markdown=markdown) if title_line is not None else None
    if not markdown:
        html = _paragraphs_html(plain, title)
    return ArticleContent(
        title=_choose_title(title, file_name, plain),
        text=plain,
        html=html,
        author=header.author,
        published=header.published,
        site_name=header.site_name,
        language=guess_language(plain),
    )


# -- header clutter ----------------------------------------------------------------------------


def _read_header(lines: list[str], *, markdown: bool) -> _Header:
    """Drop the clutter lines above the article text, keeping what they say as metadata.

    Up to two plain lines may precede the body's start: a title, or a site name then a title.
    The first line that is neither ends the header (clutter further down is article text).
    """
    header = _Header()
    seen = 0
    others: list[int] = []
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        seen += 1
        if seen > _HEAD_LINES or len(stripped) > TITLE_MAX:
            break
        bare = _bare(stripped, markdown=markdown)
        if _take_clutter(bare, header):
            header.dropped.add(index)
        elif _may_precede_body(
            bare,
            [_bare(lines[i], markdown=markdown) for i in others],
            after_heading=markdown and len(others) == 1 and _MD_H1.match(lines[others[0]].strip())
            is not None,
        ):
            others.append(index)
        else:
            break
    _take_site_name(lines, others, header, markdown=markdown)
    return header


def _take_clutter(bare: str, header: _Header) -> bool:
    """Is this header line clutter? Record the author/date it carries.

    "20 January 2020 · 3 min read" is clutter when each of its parts is.
    """
    if not bare or len(bare) > _CLUTTER_MAX:
        return False
    parts = _BYLINE_SPLIT.split(bare)
    if len(parts) > 1:
        trial = _Header()
        if not all(_take_clutter(part, trial) for part in parts):
            return False
        header.author = header.author or trial.author
        header.published = header.published or trial.published
        return True
    if _READING_TIME.match(bare) or _is_share_line(bare):
        return True
    if _DOMAIN.match(bare) and header.site_name is None:
        header.site_name = bare.removesuffix("/")
        return True
    published = parse_byline_date(bare)
    if published:
        header.published = header.published or published
        return True
    author, published = _parse_author(bare)
    if author:
        header.author = header.author or author
        header.published = header.published or published
        return True
    return False


def _take_site_name(
    lines: list[str], others: list[int], header: _Header, *, markdown: bool
) -> None:
    """A short first line, then a title, then clutter: the first line is the site's name."""
    if len(others) < 2 or header.site_name is not None:
        return
    first, second = others
    following = next((i for i in range(second + 1, len(lines)) if lines[i].strip()), None)
    is_heading = markdown and _MD_H1.match(lines[first].strip()) is not None
    if following not in header.dropped:
        return
    # "# Title", then a kicker or site line, then clutter: the second line names the site.
    site = second if is_heading else first
    header.site_name = _bare(lines[site], markdown=markdown)
    header.dropped.add(site)


def _may_precede_body(bare: str, before: list[str], *, after_heading: bool = False) -> bool:
    """A title (no sentence punctuation), a title after a site-name-like first line, or a
    short site or kicker line under a Markdown heading."""
    if _SENTENCE_END.search(bare) or len(before) >= 2:
        return False
    if after_heading:
        return len(bare) <= 2 * _SITE_MAX
    return not before or _looks_like_site(before[0])


def _looks_like_site(bare: str) -> bool:
    return 0 < len(bare) <= _SITE_MAX and len(bare.split()) <= 4


def _is_share_line(bare: str) -> bool:
    """A line made only of share-button labels ("Share", "Facebook | Twitter", "Paylaş")."""
    if len(bare) > 120:
        return False
    parts = [p.lower().strip(" :") for p in _SHARE_SPLIT.split(bare) if p.strip(" :")]
    if not parts or not all(p in _SHARE_WORDS for p in parts):
        return False
    return len(parts) > 1 or parts[0] in _STRONG_SHARE


def _parse_author(bare: str) -> tuple[str | None, str | None]:
    """Author (and date) of a byline: "By Name", "Müəllif: Name", "Автор: Name, 20.01.2020"."""
    match = _AUTHOR.match(bare)
    if match is None:
        return None, None
    pieces = _AUTHOR_SPLIT.split(match.group("rest"))
    name, published = pieces[0].strip(), None
    for piece in pieces[1:]:
        published = published or parse_byline_date(piece)
    if not _looks_like_name(name):
        return None, None
    return name, published


def _looks_like_name(name: str) -> bool:
    """Names, not sentences: "By the evening of 19 January ..." is article text."""
    words = name.split()
    if not 1 <= len(words) <= 6 or (name.endswith((".", "!", "?")) and len(words[-1]) > 2):
        return False
    return all(_NAME_WORD.match(word) and _name_case(word) for word in words)


def _name_case(word: str) -> bool:
    return word[0].isupper() or not word[0].isalpha() or word in _NAME_CONNECTORS


def parse_byline_date(line: str) -> str | None:
    """ISO date of a line that holds only a date (with an optional weekday, time or label).

    "20 January 2020", "January 20, 2020", "20 yanvar 2020-ci il", "20 января 2020 г., 09:30",
    "20.01.2020", "2020-01-20T09:30:00+04:00"; day-first for numeric forms, as written in
    Azerbaijan and Russia.
    """
    if len(line) > 80:
        return None
    rest = _DATE_LABEL.sub("", line.strip())
    for candidate in (rest, _WEEKDAY.sub(" ", _TIME.sub(" ", rest))):
        candidate = candidate.strip(" ,|·•/—–-()[]")
        for form in _DATE_FORMS:
            match = form.fullmatch(candidate)
            if match:
                return _iso_date(match)
    return None


def _iso_date(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    month = int(groups["mnum"]) if groups.get("mnum") else _MONTHS.get(groups["month"].lower())
    if month is None:
        return None
    try:
        return date(int(groups["year"]), month, int(groups["day"])).isoformat()
    except ValueError:
        return None


# -- trailing clutter ----------------------------------------------------------------------


def _body_end(lines: list[str]) -> int:
    """Index after the last article line: trailing teasers and buttons are cut off."""
    from_end = (i for i in range(len(lines) - 1, -1, -1) if lines[i].strip())
    tail = list(itertools.islice(from_end, _TAIL_LINES))[::-1]
    end = len(lines)
    for position, index in enumerate(tail):
        bare = _bare(lines[index], markdown=True)
        if _RELATED_HEADING.match(bare) and all(
            len(lines[i]) <= TITLE_MAX for i in tail[position + 1 :]
        ):
            end = index
            break
    while end > 0:
        bare = _bare(lines[end - 1], markdown=True)
        if lines[end - 1].strip() and not _is_tail_clutter(bare):
            break
        end -= 1
    return end


def _is_tail_clutter(bare: str) -> bool:
    if len(bare) > _CLUTTER_MAX:
        return False
    return bare.lower().strip(" :»›>→") in _TAIL_PHRASES or _is_share_line(bare)


def _bare(line: str, *, markdown: bool) -> str:
    """The words of a line without Markdown decoration, for recognising clutter.

    Long lines are returned as they are: they are article text, whatever they contain.
    """
    if len(line) > _CLUTTER_MAX * 4:
        return line
    line = line.strip()
    if markdown:
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_DECOR.sub("", line)
    return _SPACES.sub(" ", line).strip()


# -- title ---------------------------------------------------------------------------------


def _title_line(kept: list[tuple[int, str]], *, markdown: bool) -> str | None:
    """The line the title comes from: a leading `# heading`, else the first short line."""
    first_lines = list(itertools.islice((line.strip() for _, line in kept if line.strip()), 3))
    if markdown:
        heading = next((line for line in first_lines if _MD_H1.match(line[: TITLE_MAX * 4])), None)
        if heading is not None and len(heading) <= TITLE_MAX * 4:
            return heading
    first = first_lines[0] if first_lines else None
    if first is not None and len(first) <= TITLE_MAX and not _NOT_A_TITLE_END.search(first):
        return first
    return None


def _title_text(line: str, *, markdown: bool) -> str:
    """The title as plain text (Markdown emphasis and links rendered away)."""
    if not markdown:
        return line
    heading = _MD_H1.match(line)
    source = heading.group("title") if heading else _bare(line, markdown=True)
    return html_to_text(sanitize_html(_markdown().renderInline(source))) or source


def _choose_title(title: str | None, file_name: str, plain: str) -> str:
    """Detected title, else the prettified file name, else the start of the text."""
    if title and title.strip():
        return cap_title(title)
    pretty = prettify_file_name(file_name)
    if pretty:
        return pretty
    return cap_title(plain[: TITLE_MAX * 4].split("\n", 1)[0])


def cap_title(title: str, limit: int = TITLE_MAX) -> str:
    """One line, at most `limit` characters, cut at a word boundary with an ellipsis."""
    title = _SPACES.sub(" ", title[: limit * 4]).strip()
    if len(title) <= limit:
        return title
    cut = title[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ,;:-–—") + "…"


def prettify_file_name(file_name: str) -> str:
    """A readable fallback title from a file name: "20_yanvar-1990.txt" -> "20 yanvar 1990"."""
    stem = PurePath(file_name).stem if file_name else ""
    words = _FILE_SEPARATORS.sub(" ", stem).strip()
    if not words:
        return ""
    return cap_title(words[0].upper() + words[1:])


# -- rendering -----------------------------------------------------------------------------


def _tidy(text: str) -> str:
    """Strip trailing spaces, collapse runs of blank lines to one, trim the ends."""
    lines = [line.rstrip() for line in text.split("\n")]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip("\n")


def _paragraphs_html(plain: str, title: str | None) -> str:
    """Plain text as escaped paragraphs; a title on the first line becomes the heading."""
    parts = []
    for number, paragraph in enumerate(plain.split("\n\n")):
        lines = [line.strip() for line in paragraph.split("\n")]
        if number == 0 and title is not None and lines[0] == title:
            parts.append(f"<h1>{html_lib.escape(title)}</h1>")
            lines = lines[1:]
        if lines:
            parts.append("<p>" + "<br>".join(html_lib.escape(line) for line in lines) + "</p>")
    return "\n".join(parts)


@functools.cache
def _markdown() -> MarkdownIt:
    """CommonMark with raw HTML disabled (it is shown as text), plus tables and ~~strike~~."""
    md = MarkdownIt("commonmark", {"html": False, "maxNesting": _MD_NESTING})
    md.enable(["table", "strikethrough"])
    md.add_render_rule("image", _render_image_as_alt)
    return md


def _render_image_as_alt(
    self: RendererProtocol, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    """Images are not kept (a renderer would load them): their alt text stands in."""
    token = tokens[idx]
    alt = "".join(child.content for child in token.children or [])
    return html_lib.escape(alt)


def _render_markdown(lines: list[str]) -> tuple[str, str]:
    source = "\n".join(_limit_markdown_nesting(line) for line in lines)
    html = sanitize_html(_markdown().render(source))
    return html, _tidy(html_to_text(html))


def _limit_markdown_nesting(line: str) -> str:
    """Flatten a line nested deeper than markdown-it renders (it would drop the text)."""
    prefix = _MD_PREFIX.match(line).group(0)
    if len(prefix) < _MD_PREFIX_UNITS:
        return line
    markers = len(_MD_MARKER.findall(prefix))
    indent = len(prefix.expandtabs(4)) - len(prefix.replace(" ", "").replace("\t", ""))
    if markers + indent // 2 <= _MD_PREFIX_UNITS:
        return line
    return line[len(prefix) :]


# -- language ------------------------------------------------------------------------------


def guess_language(text: str) -> str | None:
    """A cheap guess among "az", "ru" and "en" from the words of the first 20,000 characters.

    Cyrillic words with Azerbaijani letters (ә ғ ҝ ҹ ө ү һ ј) mean "az", otherwise "ru"; Latin
    words with ə ı ğ ş mean "az", otherwise "en". A quarter of the words must have those
    letters (about half do in Azerbaijani prose), so quoted names ("Şəhidlər Xiyabanı") in an
    English or Russian text do not count. None when there are too few letters to tell.
    """
    words = _WORDS.findall(text[:20000])
    if sum(map(len, words)) < 12:
        return None
    cyrillic = [w for w in words if "\u0400" <= w[0] <= "\u04ff"]
    latin = [w for w in words if w[0] < "\u0400"]
    if len(cyrillic) > len(latin):
        marked = sum(not _AZ_CYRILLIC.isdisjoint(w) for w in cyrillic)
        return "az" if marked >= len(cyrillic) * _AZ_SHARE else "ru"
    marked = sum(not _AZ_LATIN.isdisjoint(w) for w in latin)
    english = sum(w.lower() in _ENGLISH_WORDS for w in latin)
    return "az" if marked >= len(latin) * _AZ_SHARE and english < len(latin) * 0.1 else "en"
