"""extract_html_article on saved news pages, hostile pages and pathological sizes."""

from __future__ import annotations

import pytest

from memorial_viewer.errors import RejectedInput
from memorial_viewer.ingest.html_article import extract_html_article
from memorial_viewer.types import ArticleContent

NEWS_PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Remembering 20 January 1990 in Baku | Caspian Chronicle</title>
<meta name="description" content="How Baku marks the night of 19-20 January 1990.">
<meta property="og:title" content="Remembering 20 January 1990 in Baku">
<meta property="og:site_name" content="Caspian Chronicle">
<meta property="og:url" content="https://chronicle.example.org/news/remembering-20-january">
<meta property="article:published_time" content="2020-01-20T09:30:00+04:00">
<meta name="author" content="Leyla Mammadova">
<link rel="canonical" href="https://chronicle.example.org/news/remembering-20-january">
<style>body { background: url(http://tracker.example.com/bg.png); }</style>
<script>window.track = function () { fetch("http://tracker.example.com/t"); };</script>
</head>
<body>
<div class="cookie-banner">We use cookies to improve your experience.
  <button>Accept all cookies</button></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
<main>
<article>
<h1>Remembering 20 January 1990 in Baku</h1>
<p class="byline">By Leyla Mammadova, 20 January 2020</p>
<div class="share"><a href="https://social.example.com/share?u=1">Share on Facebook</a>
  <a href="https://x.example.com/intent">Tweet</a></div>
<p>On the night of 19 to 20 January 1990, Soviet Army units entered Baku under a state of
emergency that was announced only after the troops were already in the streets. Many civilians
were killed and hundreds were wounded during that night and the following days.</p>
<p>The victims were buried on the hill above the bay in what is now called the
<strong>Alley of Martyrs</strong> (<em>Şəhidlər Xiyabanı</em>). Every year on 20 January
people walk there to lay red carnations.</p>
<h2>A day of national mourning</h2>
<p>Azerbaijan marks 20 January as a day of national mourning. At noon traffic stops, ships in
the port sound their horns and people stand in silence for a minute.</p>
<ul><li>Flags are lowered to half-mast.</li><li>Schools hold lessons about the events.</li></ul>
<p>Archivists collect newspapers, photographs and personal testimonies; see the
<a href="https://archive.example.org/january-1990">public archive catalogue</a> for details.</p>
</article>
<aside class="related"><h3>Related news</h3><ul>
<li><a href="/news/1">Weather forecast for the weekend</a></li>
<li><a href="/news/2">Football: national team wins a friendly match</a></li></ul></aside>
</main>
<footer><p>&copy; 2020 Caspian Chronicle. All rights reserved.</p>
<a href="/privacy">Privacy policy</a></footer>
</body></html>
"""

BODY = (
    "<p>On 20 January 1990 the people of Baku mourned the victims of the night before and "
    "buried them on the hill that became Martyrs' Alley.</p>"
    "<p>Every year since then the city stops at noon to remember them.</p>"
)


def _page(body: str, head: str = "") -> str:
    head = f"<head><title>Memorial</title>{head}</head>"
    return f"<html>{head}<body><article>{body}</article></body></html>"


@pytest.fixture(scope="module")
def news() -> ArticleContent:
    return extract_html_article(NEWS_PAGE, file_name="saved-page.html")


def test_news_page_keeps_the_article(news: ArticleContent) -> None:
    assert "Soviet Army units entered Baku" in news.text
    assert "Alley of Martyrs (Şəhidlər Xiyabanı)" in news.text
    assert "A day of national mourning" in news.text
    assert "Flags are lowered to half-mast." in news.text
    assert "<strong>Alley of Martyrs</strong>" in news.html
    assert "<h2>A day of national mourning</h2>" in news.html
    assert "<li>Schools hold lessons about the events.</li>" in news.html


def test_news_page_drops_the_clutter(news: ArticleContent) -> None:
    for clutter in (
        "cookies",
        "Politics",
        "Weather",
        "Share on Facebook",
        "Tweet",
        "Related news",
        "Football",
        "All rights reserved",
        "Privacy policy",
    ):
        assert clutter not in news.text, clutter
        assert clutter not in news.html, clutter


def test_news_page_metadata(news: ArticleContent) -> None:
    assert news.title == "Remembering 20 January 1990 in Baku"
    assert news.author == "Leyla Mammadova"
    assert news.published == "2020-01-20"
    assert news.source_url == "https://chronicle.example.org/news/remembering-20-january"
    assert news.site_name == "Caspian Chronicle"
    assert news.language == "en"
    assert news.description == "How Baku marks the night of 19-20 January 1990."


def test_news_page_links_keep_text_and_target(news: ArticleContent) -> None:
    assert "see the public archive catalogue for details." in news.text
    assert (
        '<a href="https://archive.example.org/january-1990" rel="noopener noreferrer">'
        "public archive catalogue</a>"
    ) in news.html


def test_plain_text_has_blank_lines_between_paragraphs(news: ArticleContent) -> None:
    paragraphs = news.text.split("\n\n")
    assert paragraphs[0] == "Remembering 20 January 1990 in Baku"
    night = next(p for p in paragraphs if p.startswith("On the night of 19 to 20 January 1990"))
    assert "\n" not in night  # source line breaks inside a paragraph are just spaces
    assert "tracker" not in news.text and "tracker" not in news.html


def test_scripts_leave_no_trace() -> None:
    scripts = (
        '<script>alert("stolen")</script><script src="http://t.example/x.js"></script>'
        "<noscript><img src='http://t.example/p.gif'>Enable JS</noscript>"
    )
    page = _page(BODY + scripts)
    article = extract_html_article(page)
    for trace in ("alert", "stolen", "script", "t.example", "Enable JS"):
        assert trace not in article.html and trace not in article.text
    assert "Martyrs' Alley" in article.text


def test_event_handlers_leave_no_trace() -> None:
    page = _page(BODY + '<p onclick="steal()" onmouseover="steal()">Remembered in silence.</p>')
    article = extract_html_article(page)
    assert "Remembered in silence." in article.text
    assert "steal" not in article.html and "onclick" not in article.html


def test_javascript_links_become_text() -> None:
    page = _page(
        BODY + '<p>Read <a href="javascript:alert(1)">the appeal</a> and '
        '<a href="JaVaScRiPt&#x3A;alert(2)">the list</a> of names.</p>'
    )
    article = extract_html_article(page)
    assert "Read the appeal and the list of names." in article.text
    assert "javascript" not in article.html.lower() and "alert" not in article.html
    assert "<a" not in article.html


def test_iframes_and_objects_leave_no_trace() -> None:
    page = _page(
        BODY + '<iframe src="https://video.example.com/embed/1">fallback words</iframe>'
        '<object data="file:///etc/passwd">object words</object>'
        '<embed src="/dev/zero">'
    )
    article = extract_html_article(page)
    for trace in ("iframe", "video.example", "fallback words", "object words", "passwd", "zero"):
        assert trace not in article.html and trace not in article.text


def test_remote_and_local_images_leave_no_trace() -> None:
    images = (
        '<img src="http://tracker.example.com/pixel.gif" alt="">'
        '<figure><img src="/dev/zero" alt="x"><figcaption>Carnations on the graves.'
        "</figcaption></figure>"
        '<picture><source srcset="http://tracker.example.com/a.webp"></picture>'
    )
    page = _page(BODY + images)
    article = extract_html_article(page)
    assert "<img" not in article.html and "src" not in article.html
    assert "tracker" not in article.html and "/dev/zero" not in article.html
    assert "Martyrs' Alley" in article.text


def test_css_urls_leave_no_trace() -> None:
    head = '<style>body { background: url("http://tracker.example.com/bg.png") }</style>'
    body = (
        '<div style="background-image: url(file:///etc/passwd)">'
        + BODY
        + '<p style="background: url(/dev/zero)">A styled paragraph of memory.</p></div>'
    )
    article = extract_html_article(_page(body, head))
    assert "A styled paragraph of memory." in article.text
    for trace in ("url(", "style=", "<style", "tracker", "passwd", "/dev/zero"):
        assert trace not in article.html and trace not in article.text


def test_dev_zero_everywhere_leaves_no_trace() -> None:
    body = BODY + '<p><a href="/dev/zero">zero link</a><img src="/dev/zero"></p>'
    article = extract_html_article(_page(body, '<link rel="icon" href="/dev/zero">'))
    assert "/dev/zero" not in article.html and "/dev/zero" not in article.text


def test_file_urls_leave_no_trace_and_are_not_a_source() -> None:
    head = (
        '<meta property="og:url" content="file:///etc/passwd">'
        '<link rel="canonical" href="file:///etc/passwd">'
    )
    body = BODY + '<p>Open <a href="file:///etc/passwd">the local list</a> here.</p>'
    article = extract_html_article(_page(body, head))
    assert "the local list" in article.text
    assert "file:" not in article.html and "passwd" not in article.html
    assert article.source_url is None


def test_relative_parent_paths_become_text() -> None:
    body = BODY + '<p>See <a href="../../private/notes.txt">my notes</a> too.</p>'
    article = extract_html_article(_page(body))
    assert "See my notes too." in article.text
    assert "private" not in article.html and "../" not in article.html


@pytest.mark.parametrize("depth", [5_000, 50_000])
def test_deep_nesting_keeps_the_deepest_text(depth: int) -> None:
    page = _page(
        "<div>" * depth + "<p>DEEPEST memorial words at the bottom.</p>" + "</div>" * depth + BODY
    )
    article = extract_html_article(page)
    assert "DEEPEST memorial words at the bottom." in article.text
    assert "Martyrs' Alley" in article.text


def test_twenty_megabytes_on_one_line() -> None:
    sentence = "Remembrance of January 1990 in Baku and of the Alley of Martyrs. "
    page = "<html><head><title>Long page</title></head><body><p>FIRST " + sentence * 310_000
    page += "LAST</p></body></html>"
    assert len(page) > 20_000_000 and "\n" not in page
    article = extract_html_article(page)
    assert article.text.startswith("FIRST Remembrance") and article.text.endswith("LAST")
    assert article.title == "Long page"


def test_page_with_too_many_elements_falls_back_to_all_visible_text() -> None:
    page = _page("".join(f"<p>Name number {n} <b>remembered</b>.</p>" for n in range(70_000)))
    article = extract_html_article(page)
    assert "Name number 0 remembered." in article.text
    assert "Name number 69999 remembered." in article.text


def test_fragment_without_html_element_is_kept() -> None:
    article = extract_html_article("<p>A short note about Baku.</p>", file_name="qara_yanvar.html")
    assert article.text == "A short note about Baku."
    assert article.title == "Qara yanvar"


def test_page_without_text_is_rejected() -> None:
    page = "<html><head><title>x</title></head><body><script>var a = 1;</script>"
    page += '<img src="http://t.example/a.png"><div>  </div></body></html>'
    with pytest.raises(RejectedInput, match="no article text found"):
        extract_html_article(page)


def test_language_from_html_lang_and_from_the_text() -> None:
    az = extract_html_article(
        _page("<p>Bakı şəhəri, 20 Yanvar faciəsi.</p>").replace("<html>", '<html lang="az-Latn">')
    )
    assert az.language == "az"
    ru = extract_html_article(_page("<p>В ночь на 20 января 1990 года войска вошли в Баку.</p>"))
    assert ru.language == "ru"


def test_control_characters_and_lone_surrogates_are_tolerated() -> None:
    article = extract_html_article(_page("<p>Baku\x00 1990\x01 \ud800memorial</p>"))
    assert article.text == "Baku 1990 memorial"


def test_short_page_keeps_its_paragraphs_and_links() -> None:
    body = BODY + '<p>See <a href="https://archive.example.org/">the catalogue</a>.</p>'
    article = extract_html_article(_page(body))
    assert article.text.split("\n\n") == [
        "On 20 January 1990 the people of Baku mourned the victims of the night before and "
        "buried them on the hill that became Martyrs' Alley.",
        "Every year since then the city stops at noon to remember them.",
        "See the catalogue.",
    ]
    assert '<a href="https://archive.example.org/" rel="noopener noreferrer">' in article.html
