"""sanitize_html keeps text structure only; limit_nesting and html_to_text survive hostile
markup (their scans are linear: a backtracking or quadratic one would not finish these; speed
itself belongs to the benchmarks, not to unit tests)."""

from __future__ import annotations

import re

import pytest

from memorial_viewer.ingest.sanitize import (
    MAX_DEPTH,
    html_to_text,
    iter_tags,
    limit_nesting,
    sanitize_html,
)

PARA = "<p>On 20 January 1990 the city mourned its dead at Martyrs' Alley.</p>"


def _tags(html: str) -> set[str]:
    return {m.lower() for m in re.findall(r"</?([A-Za-z][A-Za-z0-9]*)", html)}


def test_structure_is_kept() -> None:
    source = (
        "<h2>Day of mourning</h2><p><em>Quiet</em> and <strong>solemn</strong>, "
        "H<sub>2</sub>O, x<sup>2</sup></p><ul><li>one</li></ul><ol><li>two</li></ol>"
        "<blockquote><p>We remember.</p></blockquote><pre><code>kept  spacing</code></pre>"
        "<table><thead><tr><th>Year</th></tr></thead><tbody><tr><td>1990</td></tr></tbody>"
        "</table><figure><figcaption>Caption</figcaption></figure><dl><dt>T</dt><dd>D</dd></dl>"
    )
    cleaned = sanitize_html(source)
    assert _tags(cleaned) == {
        "h2", "p", "em", "strong", "sub", "sup", "ul", "ol", "li", "blockquote", "pre", "code",
        "table", "thead", "tbody", "tr", "th", "td", "figure", "figcaption", "dl", "dt", "dd",
    }  # fmt: skip
    assert "kept  spacing" in cleaned


def test_scripts_are_removed_with_their_content() -> None:
    cleaned = sanitize_html(
        PARA + "<script>alert('x')</script><SCRIPT src=//e.example/x.js></SCRIPT>"
    )
    assert "script" not in cleaned.lower()
    assert "alert" not in cleaned
    assert "e.example" not in cleaned
    assert "Martyrs" in cleaned


def test_event_handlers_are_removed() -> None:
    cleaned = sanitize_html('<p onclick="steal()" onmouseover=steal2()>Text</p><b onerror=x>b</b>')
    assert cleaned == "<p>Text</p><b>b</b>"


@pytest.mark.parametrize(
    "href",
    [
        "javascript:alert(1)",
        " JaVaScRiPt:alert(1)",
        "jav&#x09;ascript:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "file:///etc/passwd",
        "../../etc/passwd",
        "/dev/zero",
        "//tracker.example.com/x",
        "#fragment",
        "C:\\Windows\\win.ini",
    ],
)
def test_unsafe_or_local_links_become_plain_text(href: str) -> None:
    cleaned = sanitize_html(f'<p>See <a href="{href}" title="t">the link</a>.</p>')
    assert cleaned == "<p>See the link.</p>"


@pytest.mark.parametrize(
    "href", ["https://archive.example.org/1990", "http://example.org/a?b=1&c=2", "mailto:a@b.org"]
)
def test_web_and_mail_links_are_kept(href: str) -> None:
    cleaned = sanitize_html(f'<p><a href="{href}" class="x" target="_blank">link</a></p>')
    assert 'rel="noopener noreferrer"' in cleaned
    assert "class" not in cleaned and "target" not in cleaned
    assert cleaned.count("<a ") == 1 and cleaned.count("</a>") == 1
    assert "href=" in cleaned


def test_images_are_removed_local_and_remote() -> None:
    cleaned = sanitize_html(
        PARA + '<img src="/dev/zero"><img src="http://tracker.example.com/p.gif" alt="x">'
        '<img src="file:///etc/passwd"><picture><source srcset="http://t.example/a.webp">'
        "</picture><input type=image src=/dev/zero>"
    )
    assert "img" not in cleaned and "src" not in cleaned
    assert "/dev/zero" not in cleaned and "tracker" not in cleaned and "passwd" not in cleaned


def test_embedded_objects_and_forms_leave_no_trace() -> None:
    cleaned = sanitize_html(
        PARA + '<iframe src="https://video.example.com/e">iframe text</iframe>'
        '<object data="file:///etc/passwd">object text</object><embed src="/dev/zero">'
        '<form action="https://e.example/post"><input name=q><button>Send</button></form>'
        "<svg><text>svg text</text><image href='/dev/zero'/></svg><textarea>ta</textarea>"
    )
    assert _tags(cleaned) == {"p"}
    for trace in ("iframe", "object text", "passwd", "zero", "Send", "svg text", "ta<", "action"):
        assert trace not in cleaned


def test_css_is_removed_everywhere() -> None:
    cleaned = sanitize_html(
        '<style>p { background: url("file:///etc/passwd") }</style>'
        '<p style="background-image: url(/dev/zero)" class="lead" id="intro">Styled</p>'
        '<link rel="stylesheet" href="http://t.example/s.css">'
    )
    assert cleaned == "<p>Styled</p>"


def test_comments_are_removed() -> None:
    assert sanitize_html("<p>a<!-- <img src=/dev/zero> -->b</p>") == "<p>ab</p>"


def test_unwrapped_links_do_not_unbalance_kept_ones() -> None:
    cleaned = sanitize_html(
        '<p><a href="../x">one</a> <a href="https://e.org/">two</a> <a name="n">three</a></p>'
    )
    assert cleaned == '<p>one <a href="https://e.org/" rel="noopener noreferrer">two</a> three</p>'


@pytest.mark.parametrize("depth", [5_000, 50_000])
def test_deep_nesting_keeps_the_deepest_text(depth: int) -> None:
    source = "<div>" * depth + "<p>DEEPEST words</p>" + "</div>" * depth + PARA
    cleaned = sanitize_html(source)
    assert "DEEPEST words" in cleaned
    assert "Martyrs" in cleaned


def test_limit_nesting_caps_the_depth_and_keeps_text() -> None:
    source = "<section>" * 500 + "deep" + "</section>" * 500 + "<p>after</p>"
    limited = limit_nesting(source, max_depth=50)
    assert limited.count("<section>") == 50 and limited.count("</section>") == 50
    assert "deep" in limited and limited.endswith("<p>after</p>")


def test_limit_nesting_leaves_shallow_markup_alone() -> None:
    source = "<div><p>Shallow <b>text</b></p></div>" * 200
    assert limit_nesting(source) == source


def test_limit_nesting_understands_implied_end_tags() -> None:
    source = "<ul>" + "<li>item" * 1000 + "</ul><table>" + "<tr><td>a<td>b" * 1000 + "</table>"
    assert limit_nesting(source, max_depth=10) == source


def test_limit_nesting_drops_elements_with_content() -> None:
    source = "<p>keep</p><script>if (a<b) { x() }</script><svg><g><svg></svg></g>gone</svg><p>too"
    limited = limit_nesting(source, drop_elements={"script", "svg"})
    assert limited == "<p>keep</p><p>too"


def test_nesting_depth_stays_under_the_limit_for_mixed_input() -> None:
    source = ("<div><span><b>" * 3000) + "x" + ("</b></span></div>" * 3000)
    limited = limit_nesting(source)
    depth = deepest = 0
    for tag in iter_tags(limited):
        depth += 1 if tag.kind == "start" else -1
        deepest = max(deepest, depth)
    assert deepest <= MAX_DEPTH


@pytest.mark.parametrize(
    "hostile",
    [
        '<a title="' * 100_000,  # unterminated quotes
        "<div" * 200_000,  # unterminated tags
        "<!--" * 200_000,  # unterminated comments
        "< " * 300_000,  # lone angle brackets
        "<script>" + "<div>" * 100_000,  # unterminated raw text
    ],
)
def test_hostile_markup_is_scanned_to_the_end(hostile: str) -> None:
    assert limit_nesting(hostile) == hostile  # nothing complete to cut
    assert re.search(r"<[A-Za-z!]", sanitize_html(hostile)) is None


def test_iter_tags_reads_quoted_angle_brackets_and_raw_text() -> None:
    source = '<a title="1 > 0">x</a><script>if (a<b) {}</script><p>'
    tags = [(t.kind, t.name) for t in iter_tags(source)]
    assert tags == [("start", "a"), ("end", "a"), ("start", "script"), ("end", "script"),
                    ("start", "p")]  # fmt: skip


def test_html_to_text_paragraphs_lines_cells_and_pre() -> None:
    html = sanitize_html(
        "<h1>Title</h1><p>First\nline &amp; <b>bold</b><br>second line</p>"
        "<ul><li>one</li><li>two</li></ul><table><tr><td>1990</td><td>Baku</td></tr></table>"
        "<pre>  indented\n    more</pre><p>&lt;not a tag&gt;</p>"
    )
    assert html_to_text(html) == (
        "Title\n\nFirst line & bold\nsecond line\n\none\ntwo\n\n1990\tBaku\n\n"
        "  indented\n    more\n\n<not a tag>"
    )


def test_html_to_text_of_a_large_page() -> None:
    html = "<p>para <b>x</b> text</p>\n" * 200_000
    text = html_to_text(html)
    assert text.count("\n\n") == 199_999
