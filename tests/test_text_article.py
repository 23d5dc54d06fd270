"""parse_text_article: titles, copied-page clutter in three languages, Markdown, big files."""

from __future__ import annotations

import pytest

from memorial_viewer.errors import RejectedInput
from memorial_viewer.ingest.text_article import (
    cap_title,
    guess_language,
    parse_byline_date,
    parse_text_article,
    prettify_file_name,
)
from memorial_viewer.types import ArticleContent

COPIED_EN = """Caspian Chronicle

Remembering 20 January 1990 in Baku

By Leyla Mammadova
20 January 2020 · 3 min read

Share

On the night of 19 to 20 January 1990, Soviet Army units entered Baku. Many civilians were killed.

The victims were buried in what is now the Alley of Martyrs (Şəhidlər Xiyabanı).

Share this
Related news
Weather forecast for the weekend
Football: national team wins a friendly
View all
"""

COPIED_AZ = """Xəbər.az

20 Yanvar faciəsindən 30 il keçir

Müəllif: Leyla Məmmədova
20 yanvar 2020, 09:30 · 5 dəq oxu

Paylaş

1990-cı il yanvarın 19-dan 20-nə keçən gecə sovet qoşunları Bakıya daxil oldu.

Şəhidlər Xiyabanında hər il insanlar qərənfil qoyurlar.

Paylaş
Oxşar xəbərlər
Hava proqnozu həftəsonu üçün
Bütün xəbərlər
"""

COPIED_RU = """Каспийский вестник
Трагедия 20 января: 30 лет спустя
Автор: Рауф Гафаров
20 января 2020 г.
3 мин чтения
Поделиться

В ночь на 20 января 1990 года советские войска вошли в Баку. Погибли мирные жители.

Жертв похоронили на Аллее шехидов.

Читайте также
Погода на выходные
Смотреть все
"""


def test_copied_english_page() -> None:
    article = parse_text_article(COPIED_EN, file_name="copied.txt")
    assert article.title == "Remembering 20 January 1990 in Baku"
    assert article.author == "Leyla Mammadova"
    assert article.published == "2020-01-20"
    assert article.site_name == "Caspian Chronicle"
    assert article.language == "en"
    assert article.text == (
        "Remembering 20 January 1990 in Baku\n\n"
        "On the night of 19 to 20 January 1990, Soviet Army units entered Baku. "
        "Many civilians were killed.\n\n"
        "The victims were buried in what is now the Alley of Martyrs (Şəhidlər Xiyabanı)."
    )
    assert article.html.startswith("<h1>Remembering 20 January 1990 in Baku</h1>\n<p>On the")


def test_copied_azerbaijani_page() -> None:
    article = parse_text_article(COPIED_AZ)
    assert article.title == "20 Yanvar faciəsindən 30 il keçir"
    assert article.author == "Leyla Məmmədova"
    assert article.published == "2020-01-20"
    assert article.site_name == "Xəbər.az"
    assert article.language == "az"
    for clutter in ("Paylaş", "dəq oxu", "Oxşar", "Hava proqnozu", "Bütün xəbərlər", "Müəllif"):
        assert clutter not in article.text and clutter not in article.html
    assert article.text.endswith("Şəhidlər Xiyabanında hər il insanlar qərənfil qoyurlar.")


def test_copied_russian_page() -> None:
    article = parse_text_article(COPIED_RU)
    assert article.title == "Трагедия 20 января: 30 лет спустя"
    assert article.author == "Рауф Гафаров"
    assert article.published == "2020-01-20"
    assert article.site_name == "Каспийский вестник"
    assert article.language == "ru"
    for clutter in ("Поделиться", "мин чтения", "Читайте", "Погода", "Смотреть все", "Автор"):
        assert clutter not in article.text
    assert article.text.endswith("Жертв похоронили на Аллее шехидов.")


def test_related_heading_in_the_middle_is_kept() -> None:
    text = "Title\n\nRelated\n\n" + "A long paragraph about the memorial and its visitors. " * 6
    article = parse_text_article(text)
    assert "Related" in article.text and "A long paragraph" in article.text


def test_a_sentence_starting_with_by_is_not_a_byline() -> None:
    text = "January in Baku\n\nBy the evening of 20 January the city was silent.\n\nMore."
    article = parse_text_article(text)
    assert article.author is None
    assert "By the evening of 20 January the city was silent." in article.text


def test_title_falls_back_to_the_file_name() -> None:
    text = "The city was silent that morning, and nobody went to work.\n\nMore text."
    article = parse_text_article(text, file_name="qara_yanvar-1990.txt")
    assert article.title == "Qara yanvar 1990"
    assert article.html.startswith("<p>The city was silent")


def test_plain_text_html_is_escaped_paragraphs() -> None:
    text = 'Notes\n\n<script>alert("x")</script> & <img src="/dev/zero">\nsecond line'
    article = parse_text_article(text)
    assert article.html == (
        "<h1>Notes</h1>\n<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; "
        "&lt;img src=&quot;/dev/zero&quot;&gt;<br>second line</p>"
    )


def test_blank_text_is_rejected() -> None:
    with pytest.raises(RejectedInput, match="no article text found"):
        parse_text_article(" \n\n\t\n")


def test_clutter_only_text_is_rejected() -> None:
    with pytest.raises(RejectedInput, match="no article text found"):
        parse_text_article("Share\n\nRelated news\nView all\n")


MARKDOWN = """Caspian Chronicle

# Remembering *20 January* 1990

**By Leyla Mammadova** · 3 min read

On the night of 19–20 January 1990 troops entered Baku. See [the archive](https://archive.example.org/1990),
[my notes](../../private/notes.txt), [a trap](javascript:alert(1)) and ![carnations](http://tracker.example.com/p.jpg).

<script>alert("x")</script> <iframe src="https://e.example/v"></iframe>

- carnations
- silence at noon

## Related news

- [Weather](https://e.example/w)
- [Football](https://e.example/f)
"""


@pytest.fixture(scope="module")
def markdown_article() -> ArticleContent:
    return parse_text_article(MARKDOWN, markdown=True, file_name="note.md")


def test_markdown_title_author_and_structure(markdown_article: ArticleContent) -> None:
    assert markdown_article.title == "Remembering 20 January 1990"
    assert markdown_article.author == "Leyla Mammadova"
    assert "<h1>Remembering <em>20 January</em> 1990</h1>" in markdown_article.html
    assert "<li>silence at noon</li>" in markdown_article.html
    assert markdown_article.text.startswith("Remembering 20 January 1990\n\nOn the night")


def test_markdown_links(markdown_article: ArticleContent) -> None:
    html = markdown_article.html
    assert '<a href="https://archive.example.org/1990" rel="noopener noreferrer">' in html
    assert "private" not in html and "my notes" in html
    assert 'href="javascript' not in html


def test_markdown_images_become_their_alt_text(markdown_article: ArticleContent) -> None:
    assert "<img" not in markdown_article.html and "tracker" not in markdown_article.html
    assert "carnations." in markdown_article.text


def test_markdown_raw_html_is_escaped(markdown_article: ArticleContent) -> None:
    assert "<script" not in markdown_article.html and "<iframe" not in markdown_article.html
    assert "&lt;script&gt;" in markdown_article.html


def test_markdown_related_block_is_cut(markdown_article: ArticleContent) -> None:
    for clutter in ("Related", "Weather", "Football", "3 min read", "Caspian Chronicle"):
        assert clutter not in markdown_article.text
        assert clutter not in markdown_article.html


@pytest.mark.parametrize("prefix", [">" * 50_000, "- " * 50_000, "> - " * 5_000])
def test_markdown_deep_nesting_keeps_the_text(prefix: str) -> None:
    article = parse_text_article(prefix + " deepest words", markdown=True)
    assert "deepest words" in article.text


def test_markdown_indented_list_nesting_keeps_every_item() -> None:
    source = "\n".join("  " * level + f"- item {level}" for level in range(300))
    article = parse_text_article(source, markdown=True)
    assert "item 0" in article.text and "item 299" in article.text


@pytest.mark.parametrize("markdown", [False, True])
def test_twenty_megabytes_on_one_line(markdown: bool) -> None:
    text = "START " + "remembrance of January 1990 in Baku " * 560_000 + "END"
    assert len(text) > 20_000_000
    article = parse_text_article(text, markdown=markdown)
    assert len(article.title) <= 200 and article.title.endswith("…")
    assert article.title.startswith("START remembrance of January 1990")
    assert article.text.startswith("START") and article.text.endswith("END")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("20 January 2020", "2020-01-20"),
        ("January 20, 2020", "2020-01-20"),
        ("Monday, 20 January 2020 09:30", "2020-01-20"),
        ("20 yanvar 2020-ci il", "2020-01-20"),
        ("20 января 2020 г., 09:30", "2020-01-20"),
        ("20.01.2020", "2020-01-20"),
        ("09:30 / 20.01.2020", "2020-01-20"),
        ("2020-01-20T09:30:00+04:00", "2020-01-20"),
        ("Published: 20 Jan 2020", "2020-01-20"),
        ("31.02.2020", None),
        ("The 20 January events", None),
    ],
)
def test_byline_dates(line: str, expected: str | None) -> None:
    assert parse_byline_date(line) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On the night of 19 to 20 January troops entered Baku.", "en"),
        ("The Alley of Martyrs (Şəhidlər Xiyabanı) is on a hill above the bay.", "en"),
        ("Şəhidlər Xiyabanında hər il insanlar qərənfil qoyurlar.", "az"),
        ("Шәһидләр Хиябанында һәр ил инсанлар гәрәнфил гојурлар.", "az"),
        ("Жертв похоронили на Аллее шехидов в нагорной части города.", "ru"),
        ("1990", None),
    ],
)
def test_language_guess(text: str, expected: str | None) -> None:
    assert guess_language(text) == expected


def test_cap_title_cuts_at_a_word_with_an_ellipsis() -> None:
    title = cap_title("word " * 100)
    assert len(title) <= 200 and title.endswith("word…")


def test_prettify_file_name() -> None:
    assert prettify_file_name("/some/dir/20_yanvar-shehidler.md") == "20 yanvar shehidler"
    assert prettify_file_name("") == ""


def test_markdown_heading_then_site_line_then_clutter() -> None:
    text = (
        "# Thirty years on at Martyrs' Alley\n\nBaku Evening News · Culture\n\n4 min read\n\n"
        "Share\n\nOn 20 January 2020 people walked up the hill with carnations.\n"
    )
    article = parse_text_article(text, markdown=True, file_name="a.md")
    assert article.title == "Thirty years on at Martyrs' Alley"
    assert article.site_name == "Baku Evening News · Culture"
    assert "4 min read" not in article.text and "Share" not in article.text
    assert "Culture" not in article.text
    assert "carnations" in article.text


def test_markdown_heading_then_subtitle_without_clutter_is_kept() -> None:
    text = "# Funeral day\n\nA short subtitle\n\nPeople walked in silence to the park.\n"
    article = parse_text_article(text, markdown=True, file_name="a.md")
    assert "A short subtitle" in article.text
    assert article.site_name is None
