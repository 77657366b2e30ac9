"""HTML -> Document with trafilatura, and a line filter for the page chrome it lets through.

`document_from_html` takes the main text with trafilatura (comments off, precision over
recall, plain text, one paragraph per block) and the title, URL and publication date from
the page metadata. The date search is limited to the page's own date markup (meta tags,
structured data, <time>): trafilatura's "extensive" search is off because it guesses dates
from copyright footers and body text ("Copyright 2021" -> 2021-01-01).

`strip_page_chrome` removes whole lines that are page furniture, not article text. It is
applied to text extracted from HTML and to plain-text files (which are often saved web
pages). It never edits inside a line and never removes a line that merely *contains* a word
like "photo": a line goes only when the whole line matches one of these patterns:

- photo credits and captions labels: "Photo: © Agency", "Photo credit: ...", "Image: ...",
  "Source of photo: ...", and bare copyright lines ("© Agency 2021", "All rights reserved.");
- "Featured Image" / "Featured photo" / "Main image" placeholders;
- footnote stubs: "[1]" alone, "[1] http://..." or "[1] For more detail see ...:" (a
  bracketed number whose text ends with a colon, i.e. the link it introduced is gone).
  A footnote that says something ("[2] The treaty was signed in 1956.") is kept;
- comment widgets: "List of Comments", "No comments yet.", "Leave a comment", "3 Comments",
  "You must be logged in to post a comment", ...;
- share/subscribe/follow buttons: "Share this", "Share on Facebook", "Follow us on Twitter",
  "Subscribe to our newsletter", "Tweet", "Print", "Advertisement", ...
"""

from __future__ import annotations

import datetime as dt
import re

import trafilatura

from detente.errors import InputError
from detente.ingest.text import normalize_text, parse_date
from detente.model import Document

_MAX_CHROME_LINE = 200  # a longer line is prose, whatever it starts with

_PLATFORMS = (
    r"(facebook|twitter|x|linkedin|whatsapp|telegram|vk|reddit|email|e-mail|mail|rss|"
    r"instagram|youtube|pinterest|flipboard|google\+?)"
)

_CHROME_LINES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        # Photo credits and caption labels.
        r"(top |main |cover |header |featured |lead )?(photo|photograph|photos|image|images|"
        r"picture|pic|illustration|video|graphic)s?( credits?| source| courtesy)?\s*[:©].*",
        r"(photo |image )?(credits?|source of (the )?(photo|image)|courtesy)\s*:.*",
        r"©.*",
        r"(copyright\s*(©|\(c\)|\d{4})|all rights reserved).*",
        r".{0,80}\ball rights reserved\.?",
        # Image placeholders.
        r"(featured|main|top|header|cover|lead) (image|photo|picture)",
        # Footnote stubs: a bracketed number alone, with a bare link, or with text ending ':'.
        r"\[\d{1,3}\]\s*",
        r"\[\d{1,3}\]\s*(https?://|www\.)\S*",
        r"\[\d{1,3}\]\s*\S.*:",
        # Comment widgets.
        r"(list of )?comments?( \(\d+\))?",
        r"\d+ (comments?|replies|responses)",
        r"no (comments|responses|replies)( yet)?\.?",
        r"(leave|post|add|write) a (comment|reply|response)\.?",
        r"(be the first to comment|join the discussion|show comments|view comments|"
        r"load more comments)\.?",
        r"you must be logged in to post a comment\.?",
        # Share / subscribe / follow buttons and similar widgets.
        r"(share|share this|share this (article|story|page|post)|share article|tweet|"
        r"print|print this( article| page)?|email this( article)?|advertisement|"
        r"related( articles| posts| stories)?|read more|more on this topic|recommended)\s*:?",
        r"share (on|via|to|with) " + _PLATFORMS + r"([\s,/|]+" + _PLATFORMS + r")*",
        r"(follow|find) us on " + _PLATFORMS + r"([\s,/|]+(and\s+)?" + _PLATFORMS + r")*\.?",
        r"(subscribe|sign up)( to| for)? (our|the) (newsletter|mailing list|channel|rss feed)"
        r"[.!]?",
        r"(click here to )?subscribe( now)?[.!]?",
    )
)


def _is_chrome(line: str) -> bool:
    stripped = line.strip()
    if not stripped or len(stripped) > _MAX_CHROME_LINE:
        return False
    return any(pattern.fullmatch(stripped) for pattern in _CHROME_LINES)


def strip_page_chrome(text: str) -> str:
    """Drop whole lines of page chrome (see the module docstring); keep every other line.

    Blank lines left behind are collapsed so that paragraphs stay separated by one blank line.
    """
    kept = [line for line in text.split("\n") if not _is_chrome(line)]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()


def _paragraphs(extracted: str) -> str:
    """trafilatura puts one block per line: separate paragraphs with a blank line."""
    lines = [line for line in normalize_text(extracted).split("\n") if line]
    return "\n\n".join(lines)


# A truncated page still yields its text when it has a real paragraph or more.
MIN_TRUNCATED_WORDS = 12


def _truncated(html: str) -> bool:
    tail = html[-2000:].lower()
    return "</html>" not in tail and "</body>" not in tail


def document_from_html(
    html: str,
    *,
    origin: str,
    date: dt.date | None = None,
    doc_id: str | None = None,
) -> Document:
    """The article in an HTML page as a Document; raises InputError when there is none.

    The page's own publication date (from its metadata) wins; `date` is used only when the
    page states none. `doc_id` defaults to the hash of the extracted text.
    """
    if not html.strip():
        raise InputError(origin, "empty HTML")
    extracted = trafilatura.bare_extraction(
        html,
        include_comments=False,
        favor_precision=True,
        with_metadata=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    raw_text = getattr(extracted, "text", None) if extracted is not None else None
    if not raw_text or not raw_text.strip():
        raise InputError(origin, "no article text found in HTML")
    text = strip_page_chrome(_paragraphs(raw_text))
    if not text:
        raise InputError(origin, "no article text found in HTML (only page chrome)")
    if _truncated(html) and len(text.split()) < MIN_TRUNCATED_WORDS:
        raise InputError(origin, f"HTML is truncated (no closing </body> or </html>) and holds "
                                 f"only {len(text.split())} word(s) of text; fetch it again")
    page_date = getattr(extracted, "date", None)
    published = parse_date(page_date) if isinstance(page_date, str) else None
    title = getattr(extracted, "title", None)
    url = getattr(extracted, "url", None)
    return Document.from_text(
        text,
        doc_id=doc_id,
        published=published or date,
        title=title if isinstance(title, str) and title.strip() else None,
        url=url if isinstance(url, str) and url.strip() else None,
        origin=origin,
    )
