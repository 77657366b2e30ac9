"""HTML extraction and the page-chrome filter of the ingest stage."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from detente.errors import InputError
from detente.ingest import IngestOptions, document_from_html, read_inputs, strip_page_chrome
from detente.model import Document, Failure, content_hash

PARA_1 = (
    "The foreign ministers of Norway and Finland met in Oslo on Thursday to discuss "
    "fishing rights in the northern seas, a question that has divided them for years."
)
PARA_2 = (
    "Both sides said that the talks were useful and agreed to meet again in the autumn, "
    "when a joint committee of experts will report on the fish stocks."
)


def page(head: str = "", extra: str = "") -> str:
    return f"""<!DOCTYPE html><html><head><title>Ministers meet in Oslo | Example Wire</title>
{head}</head><body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Ministers meet in Oslo</h1><p>{PARA_1}</p><p>{PARA_2}</p>
<figure><img src="a.jpg"><figcaption>Photo: © Example Agency</figcaption></figure>
<p>Photo credit: Jane Roe</p>{extra}<p>Share this</p></article>
<div id="comments"><h3>Leave a comment</h3><p>Great piece, thanks!</p></div>
<footer>Copyright 2021 Example Wire. All rights reserved.</footer></body></html>"""


META_DATE = '<meta property="article:published_time" content="2017-04-28T10:00:00+03:00">'


def test_html_main_text_without_chrome() -> None:
    doc = document_from_html(page(), origin="page.html")
    assert PARA_1 in doc.text
    assert PARA_2 in doc.text
    assert f"{PARA_1}\n\n{PARA_2}" in doc.text  # paragraph break kept
    for chrome in ("Photo", "Share this", "Leave a comment", "Great piece", "Copyright", "Home"):
        assert chrome not in doc.text
    assert doc.doc_id == content_hash(doc.text)
    assert doc.origin == "page.html"


def test_html_metadata_title_and_date() -> None:
    doc = document_from_html(page(META_DATE), origin="page.html")
    assert doc.title == "Ministers meet in Oslo"
    assert doc.published == dt.date(2017, 4, 28)


def test_html_metadata_date_wins_over_fallback() -> None:
    doc = document_from_html(page(META_DATE), origin="p", date=dt.date(2020, 1, 1))
    assert doc.published == dt.date(2017, 4, 28)


def test_html_fallback_date_when_page_has_none() -> None:
    doc = document_from_html(page(), origin="p", date=dt.date(2020, 1, 1))
    assert doc.published == dt.date(2020, 1, 1)


def test_html_no_date_guessed_from_copyright_footer() -> None:
    assert document_from_html(page(), origin="p").published is None


def test_html_canonical_url_and_given_id() -> None:
    head = '<link rel="canonical" href="https://example.org/oslo-talks">'
    doc = document_from_html(page(head), origin="p", doc_id="oslo-1")
    assert doc.url == "https://example.org/oslo-talks"
    assert doc.doc_id == "oslo-1"


@pytest.mark.parametrize("html", ["", "<html><body><div>", "<html><head><title>x</title></head>"])
def test_html_without_article_text_raises(html: str) -> None:
    with pytest.raises(InputError) as info:
        document_from_html(html, origin="bad.html")
    assert info.value.origin == "bad.html"


def test_html_file_read_with_date_option(tmp_path: Path) -> None:
    path = tmp_path / "story.htm"
    path.write_text(page(), "utf-8")
    [doc] = read_inputs([str(path)], IngestOptions(date=dt.date(2019, 5, 6)))
    assert isinstance(doc, Document)
    assert doc.published == dt.date(2019, 5, 6)
    assert doc.title == "Ministers meet in Oslo"


def test_html_broken_file_gives_failure(tmp_path: Path) -> None:
    path = tmp_path / "broken.html"
    path.write_text("<html><head><title>Oslo</title></head><body><div><span>", "utf-8")
    assert list(read_inputs([str(path)])) == [
        Failure(str(path), "no article text found in HTML")
    ]


def test_html_chrome_filter_removes_chrome_lines() -> None:
    text = "\n".join([
        "Featured Image",
        "",
        PARA_1,
        "",
        "Photo: © Example Agency, A. Photographer",
        "Image: Example Wire",
        "Photo credit: Jane Roe",
        "[1] For more detail on the fisheries dispute see:",
        "[2]",
        "[3] https://example.org/x",
        "",
        "List of Comments",
        "No comments yet.",
        "Leave a comment",
        "Share this",
        "Share on Facebook, Twitter",
        "Follow us on Twitter",
        "Subscribe to our newsletter",
    ])
    assert strip_page_chrome(text) == PARA_1


def test_html_chrome_filter_keeps_real_sentences() -> None:
    keep = [
        "The photo published by the ministry showed the two ministers shaking hands.",
        "Photographers waited outside the building for hours.",
        "Share prices in Oslo fell after the talks ended without a deal.",
        "Comments by the Finnish minister angered the Norwegian press.",
        "[4] The treaty on the northern fisheries was signed in 1978.",
        "The ministers said the following:",
        "No comment was made by the Swedish embassy on the matter.",
        "(c) the parties will exchange data on catches every month;",
        "Images of the meeting were shown on state television.",
    ]
    text = "\n\n".join(keep)
    assert strip_page_chrome(text) == text


def test_html_chrome_filter_ignores_long_lines() -> None:
    line = "Photo: " + "the long caption goes on and on " * 10
    assert strip_page_chrome(line) == line.strip()
