"""Make imported HTML safe to store and render, and turn it into plain text.

The viewer renders stored HTML with Qt, which reads any local path named in `<img src>`,
`file://` or CSS `url()` (and aborts on `/dev/zero`). So the stored HTML keeps text structure
only: no images, styles, classes, ids or embedded objects, and links only to http/https/mailto.

Parsers have their own limits on hostile nesting: lxml silently drops content deeper than ~256
levels and html5ever (inside nh3) gets quadratic. `limit_nesting` flattens that excess with a
linear scan before any parser sees the markup.
"""

from __future__ import annotations

import html as html_lib
import re
from collections import Counter
from collections.abc import Collection, Iterator
from typing import NamedTuple

import nh3

ALLOWED_TAGS = frozenset(
    {
        "p", "br", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "b", "i", "u", "s",
        "sub", "sup", "blockquote", "q", "cite", "ul", "ol", "li", "dl", "dt", "dd", "pre",
        "code", "hr", "table", "thead", "tbody", "tr", "th", "td", "figure", "figcaption", "a",
    }
)  # fmt: skip
ALLOWED_URL_SCHEMES = frozenset({"http", "https", "mailto"})
# Removed together with everything inside them (other disallowed tags only lose the tag).
DROPPED_WITH_CONTENT = frozenset(
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "noscript",
        "noembed", "noframes", "template", "svg", "math", "canvas", "audio", "video", "map",
        "textarea", "select", "button", "title", "xmp",
    }
)  # fmt: skip
MAX_DEPTH = 100  # well under lxml's 256, and keeps html5ever's scope checks cheap

VOID_ELEMENTS = frozenset(
    {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img",
        "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
    }
)  # fmt: skip
RAW_TEXT_ELEMENTS = frozenset(
    {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"}
)
BLOCK_ELEMENTS = frozenset(
    {
        "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "dir",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre",
        "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
        "caption", "body", "html",
    }
)  # fmt: skip
# An opening tag implicitly closes these open elements (the HTML "optional end tag" rules).
_IMPLICIT_CLOSE = {
    "li": frozenset({"li", "p"}),
    "dt": frozenset({"dt", "dd", "p"}),
    "dd": frozenset({"dt", "dd", "p"}),
    "tr": frozenset({"tr", "td", "th", "p"}),
    "td": frozenset({"td", "th", "p"}),
    "th": frozenset({"td", "th", "p"}),
    "option": frozenset({"option"}),
    "thead": frozenset({"thead", "tbody", "tfoot", "tr", "td", "th", "p"}),
    "tbody": frozenset({"thead", "tbody", "tfoot", "tr", "td", "th", "p"}),
    "tfoot": frozenset({"thead", "tbody", "tfoot", "tr", "td", "th", "p"}),
}

_TAG_NAME = re.compile(r"[A-Za-z][^\s/<>]*+")
# A whole tag whose quotes are all attribute values (possessive: no backtracking), or else a
# bare "<" that `_read_markup` looks at by hand. Every "<" matches, so a failed tag costs one
# scan of its own length and the whole search stays linear.
_MARKUP = re.compile(r"""<(/?)([A-Za-z][^\s/<>]*+)((?:[^>"'=]|=\s*"[^"]*"|=\s*'[^']*'|=)*+)>|<""")
_ATTR_SKIP = re.compile(r"[^>\"'=]*")
_SPACES = re.compile(r"\s*")
_RAW_END = {name: re.compile(rf"</{name}[\s/>]", re.IGNORECASE) for name in RAW_TEXT_ELEMENTS}
_ANCHOR_TAG = re.compile(r'<a(?: [a-z-]+="[^"]*")*>|</a>')


class Tag(NamedTuple):
    """One piece of markup found by `iter_tags`: html[start:end] is the whole tag."""

    kind: str  # "start", "end" or "other" (comment, doctype, processing instruction)
    name: str  # lower-case tag name, "" for "other"
    start: int
    end: int
    self_closing: bool = False


def sanitize_html(fragment: str) -> str:
    """Keep only text structure and safe links; see the module docstring for why."""
    return sanitize_limited_html(limit_nesting(fragment))


def sanitize_limited_html(fragment: str) -> str:
    """`sanitize_html` for markup that already went through `limit_nesting` (saves a scan)."""
    if not fragment.strip():
        return ""
    cleaned = nh3.clean(
        fragment,
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(DROPPED_WITH_CONTENT),
        attributes={"a": {"href"}},
        url_schemes=set(ALLOWED_URL_SCHEMES),
        url_relative="deny",
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
    return _unwrap_dead_links(cleaned).strip()


def _unwrap_dead_links(cleaned: str) -> str:
    """Turn `<a>` elements left without an href into plain text.

    nh3 drops unsafe or relative hrefs but keeps the element; in its output every attribute
    value is double-quoted with `"`, `<`, `>` escaped, so a regex over it is exact.
    """
    if "<a" not in cleaned:
        return cleaned
    kept: list[bool] = []

    def replace(match: re.Match[str]) -> str:
        token = match.group(0)
        if token == "</a>":
            return token if kept and kept.pop() else ""
        has_href = ' href="' in token
        kept.append(has_href)
        return token if has_href else ""

    return _ANCHOR_TAG.sub(replace, cleaned)


# -- linear markup scanning -----------------------------------------------------------------


def iter_tags(html: str) -> Iterator[Tag]:
    """Yield the tags of `html` in order, in time linear in its length.

    Text between tags is not yielded (the caller slices it). Comments, doctypes and
    processing instructions come as "other"; the contents of raw-text elements (script, style,
    textarea...) are skipped, as a browser does. An unterminated construct ends the scan.
    """
    pos = 0
    search = _MARKUP.search
    while True:
        match = search(html, pos)
        if match is None:
            return
        name = match.group(2)
        if name is not None:  # the common case, read whole by the regex
            lt, pos = match.span()
            tag = Tag(
                "end" if match.group(1) else "start",
                name.lower(),
                lt,
                pos,
                match.group(3).endswith("/"),
            )
        else:
            lt = match.start()
            tag = _read_markup(html, lt) if lt + 1 < len(html) else None
            if tag is None:
                pos = lt + 1
                continue
            if tag.end < 0:
                return
            pos = tag.end
        yield tag
        if tag.kind == "start" and tag.name in RAW_TEXT_ELEMENTS:  # "/>" does not end them
            pos = yield from _skip_raw_text(html, tag)
            if pos < 0:
                return


def _skip_raw_text(html: str, tag: Tag) -> Iterator[Tag]:
    """Jump over a raw-text element's content; return the position after its end tag or -1."""
    if tag.name == "plaintext":
        return -1
    match = _RAW_END[tag.name].search(html, tag.end)
    if match is None:
        return -1
    close = html.find(">", match.start())
    if close < 0:
        return -1
    yield Tag("end", tag.name, match.start(), close + 1)
    return close + 1


def _read_markup(html: str, lt: int) -> Tag | None:
    """Read the markup starting at html[lt] == "<"; None if it is just a "<" in text.

    A Tag with end == -1 means the markup runs to the end of the input.
    """
    nxt = html[lt + 1]
    if nxt == "!":
        if html.startswith("<!--", lt):
            close = html.find("-->", lt + 4)
            return Tag("other", "", lt, close + 3 if close >= 0 else -1)
        return _bogus(html, lt)
    if nxt == "?":
        return _bogus(html, lt)
    closing = nxt == "/"
    name_match = _TAG_NAME.match(html, lt + 2 if closing else lt + 1)
    if name_match is None:
        return _bogus(html, lt) if closing else None
    end = _tag_end(html, name_match.end())
    name = name_match.group(0).lower()
    self_closing = end > 1 and html[end - 2] == "/"
    return Tag("end" if closing else "start", name, lt, end, self_closing)


def _bogus(html: str, lt: int) -> Tag:
    """`<!doctype ...>`, `<?xml ...>`, `</ 3>`: everything up to the next `>`."""
    close = html.find(">", lt + 1)
    return Tag("other", "", lt, close + 1 if close >= 0 else -1)


def _tag_end(html: str, pos: int) -> int:
    """Position after the `>` closing a tag whose attributes start at `pos`, or -1.

    Quotes only delimit a value right after `=`, as in the HTML tokenizer; each step moves
    forward, so the cost is the length of the tag.
    """
    length = len(html)
    while True:
        pos = _ATTR_SKIP.match(html, pos).end()
        if pos >= length:
            return -1
        char = html[pos]
        if char == ">":
            return pos + 1
        if char == "=":
            pos = _SPACES.match(html, pos + 1).end()
            if pos < length and html[pos] in "\"'":
                close = html.find(html[pos], pos + 1)
                if close < 0:
                    return -1
                pos = close + 1
        else:  # a stray quote inside a name or unquoted value
            pos += 1


# -- nesting ---------------------------------------------------------------------------------


class _Open(NamedTuple):
    name: str
    kept: bool


class _Nesting:
    """A cheap model of the parser's stack of open elements, with the tags to cut out."""

    def __init__(self, max_depth: int, drop_elements: Collection[str]) -> None:
        self.max_depth = max_depth
        self.drop_elements = drop_elements
        self.stack: list[_Open] = []
        self.names: Counter[str] = Counter()
        self.kept_depth = 0
        self.cuts: list[tuple[int, int]] = []
        self.drop_start = -1  # start of the outermost element being dropped with its content
        self.drop_level = -1  # its index in the stack

    def start(self, tag: Tag) -> None:
        closes = _IMPLICIT_CLOSE.get(tag.name)
        if closes is None and tag.name in BLOCK_ELEMENTS:
            closes = frozenset({"p"})
        while closes and self.stack and self.stack[-1].name in closes:
            self._pop(tag.start)
        if self.drop_start < 0 and tag.name in self.drop_elements:
            self.drop_start, self.drop_level = tag.start, len(self.stack)
            if tag.name in VOID_ELEMENTS:
                self._end_drop(tag.end)
                return
        if tag.name in VOID_ELEMENTS:
            return
        kept = self.kept_depth < self.max_depth
        if not kept:
            self._cut(tag.start, tag.end)
        self.stack.append(_Open(tag.name, kept))
        self.names[tag.name] += 1
        self.kept_depth += kept

    def end(self, tag: Tag) -> None:
        if not self.names[tag.name]:
            return  # a stray end tag: parsers ignore it
        while self.stack[-1].name != tag.name:
            self._pop(tag.start)
        if not self._pop(tag.end):
            self._cut(tag.start, tag.end)

    def other(self, tag: Tag) -> None:
        """Comments, doctypes and processing instructions go too when shedding elements."""
        if self.drop_elements and self.drop_start < 0:
            self._cut(tag.start, tag.end)

    def finish(self, length: int) -> None:
        if self.drop_start >= 0:
            self._end_drop(length)

    def _pop(self, position: int) -> bool:
        """Close the innermost element; a dropped element's content ends at `position`."""
        item = self.stack.pop()
        self.names[item.name] -= 1
        self.kept_depth -= item.kept
        if self.drop_start >= 0 and len(self.stack) == self.drop_level:
            self._end_drop(position)
        return item.kept

    def _end_drop(self, position: int) -> None:
        self._cut(self.drop_start, position, force=True)
        self.drop_start = self.drop_level = -1

    def _cut(self, start: int, end: int, *, force: bool = False) -> None:
        """Record html[start:end] for removal; inside a dropped element only its own cut counts."""
        if self.drop_start >= 0 and not force:
            return
        while self.cuts and self.cuts[-1][0] >= start:
            self.cuts.pop()  # swallowed by a later, enclosing cut
        self.cuts.append((start, end))


def limit_nesting(
    html: str, max_depth: int = MAX_DEPTH, drop_elements: Collection[str] = ()
) -> str:
    """Remove the tags nested deeper than `max_depth` (keeping their text), linearly.

    Elements named in `drop_elements` are removed with their content in the same pass (used to
    shed scripts and styles before a slow parser sees them). Returns `html` unchanged when
    there is nothing to do.
    """
    if not drop_elements and html.count("<") <= max_depth:
        return html
    nesting = _Nesting(max_depth, frozenset(drop_elements))
    for tag in iter_tags(html):
        if tag.kind == "start":
            nesting.start(tag)
        elif tag.kind == "end":
            nesting.end(tag)
        else:
            nesting.other(tag)
    nesting.finish(len(html))
    return _apply_cuts(html, nesting.cuts)


def _apply_cuts(html: str, cuts: list[tuple[int, int]]) -> str:
    if not cuts:
        return html
    pieces, pos = [], 0
    for start, end in cuts:
        if start > pos:
            pieces.append(html[pos:start])
        pos = max(pos, end)
    pieces.append(html[pos:])
    return "".join(pieces)


# -- plain text ------------------------------------------------------------------------------
# Breaks are marked with noncharacters while whitespace is collapsed, then resolved; all
# passes are single regex substitutions, so 20 MB of markup takes about a second.
_LINE, _PARA, _CELL, _PRE_SPACE, _PRE_TAB = "\ufdd0", "\ufdd1", "\ufdd2", "\ufdd3", "\ufdd4"
_SENTINELS = re.compile("[\ufdd0-\ufdd4]")
# "[^<>]*" rather than "[^>]*": a scan never runs past the next tag, which keeps every pass
# linear even on malformed input (sanitised HTML escapes "<" and ">" in attribute values).
_PRE_OPEN = re.compile(r"<pre\b[^<>]*>", re.IGNORECASE)
_PRE_CLOSE = re.compile(r"</pre\s*>", re.IGNORECASE)
_LINE_TAG = re.compile(r"<(?:br|li|dt|dd|tr)\b[^<>]*>", re.IGNORECASE)
_CELL_TAG = re.compile(r"<t[dh]\b[^<>]*>", re.IGNORECASE)
_BLOCK_TAG = re.compile(
    r"</?(?:"
    + "|".join(sorted(BLOCK_ELEMENTS - {"li", "dt", "dd", "tr", "td", "th"}, key=len, reverse=True))
    + r")\b[^<>]*>",
    re.IGNORECASE,
)
_ANY_TAG = re.compile(r"<[^<>]*>")
_ASCII_SPACE = re.compile(r"[ \t\n\r\f\v]+")
_BREAK_RUN = re.compile("[ \ufdd0-\ufdd2]*[\ufdd0-\ufdd2][ \ufdd0-\ufdd2]*")


def html_to_text(html: str) -> str:
    """Plain text of sanitised HTML (the output of `sanitize_html`): paragraphs separated by a
    blank line, list items and `<br>` by a newline, table cells by a tab; `<pre>` kept as is.

    Linear and regex-only, so it suits huge pages. Arbitrary HTML should be sanitised first
    (script text, comments and `>` inside attribute values are not handled here).
    """
    text = _SENTINELS.sub("", html)
    text = _protect_pre_blocks(text)
    text = _LINE_TAG.sub(_LINE, text)
    text = _CELL_TAG.sub(_CELL, text)
    text = _BLOCK_TAG.sub(_PARA, text)
    text = _ANY_TAG.sub("", text)
    text = _ASCII_SPACE.sub(" ", text)
    text = _BREAK_RUN.sub(_resolve_breaks, text).strip()
    text = text.replace(_PRE_SPACE, " ").replace(_PRE_TAB, "\t")
    return html_lib.unescape(text)


def _protect_pre_blocks(html: str) -> str:
    """Keep the spaces and newlines of `<pre>` blocks through the whitespace collapse."""
    pieces, pos = [], 0
    while (opening := _PRE_OPEN.search(html, pos)) is not None:
        closing = _PRE_CLOSE.search(html, opening.end())
        if closing is None:
            break
        body = html[opening.end() : closing.start()].replace("\r\n", "\n")
        body = body.replace(" ", _PRE_SPACE).replace("\t", _PRE_TAB).replace("\n", _LINE)
        pieces += [html[pos : opening.start()], _PARA, body, _PARA]
        pos = closing.end()
    pieces.append(html[pos:])
    return "".join(pieces)


def _resolve_breaks(match: re.Match[str]) -> str:
    run = match.group(0)
    if _PARA in run or run.count(_LINE) > 1:
        return "\n\n"
    if _LINE in run:
        return "\n"
    return "\t"
