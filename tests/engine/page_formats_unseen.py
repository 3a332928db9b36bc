"""Pages of one invented story saved the ways users save news, in forms earlier invented sets
may not cover, each labelled before the engine read it: the headline a reader would title it
by, the lines of the page that are furniture, the outlet a reader can tell.

Forms: a browser's "Save as text" of a whole page, "Save page as HTML" (og:title,
twitter:title, an <h1> inside <header>, JSON-LD headline, a <title> with site and section), an
AMP page, a reader-mode copy, a print view with the page's address at its foot, a copy-paste
from a news app (``2h ago``, ``Updated 14:02 GMT``, ``Listen to this article 4 min``, ``Gift
this article``), wire copy with its slug and keywords, a PDF, a Word file, an RSS item dump, a
newsletter's e-mail, a web clipper's Markdown, an image gallery with its ``1 of 12``
counters, headlines in title case and sentence case, ending on a question mark, with a colon
or a quotation, a page with no headline (only the lead) and a headline only in the file name.

The story, its town (Kestra, on the river Orran), its people and every outlet (Kestra
Herald, Orran Valley Post, Brisk News Service, Tellmark Daily, North Vale Radio, Carrow
Courier, Fenwick Gazette, Vellmouth Evening Star, Marrow Street Journal, Highfold Times,
Ledbury Wire) are invented; no line is taken from a corpus.
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docx
import pytest

from articles import read_page
from corroborate.engine import analyze, summarize, to_json
from corroborate.engine.models import Analysis
from corroborate.engine.readers import read_document
from corroborate.engine.text.ingest import ingest
from quality._pdfgen import Placed, build_pdf


@dataclass(frozen=True)
class SavedPage:
    """One saved article and what a careful reader would take from it."""

    file: str
    content: str | bytes
    #: the headline a reader titles the page by (compared case-folded, ignoring the
    #: closing stop); None when the page has none and the title may come from its lead
    headline: str | None
    #: lines of the page that are furniture: none may reach the article's paragraphs
    furniture: tuple[str, ...]
    #: the outlet a reader can tell from the page; None when only the file names it
    outlet: str | None


# The story's sentences, told in each outlet's words.
LEDE_A = (
    "Two people were killed and 11 injured when the Millgate footbridge over the river Orran "
    "in Kestra collapsed on Tuesday evening, the fire service said."
)
LEDE_B = (
    "A footbridge crowded with commuters gave way over the river Orran in Kestra on Tuesday "
    "evening, killing two people and injuring 11, emergency services said."
)
LEDE_C = (
    "The Millgate footbridge in Kestra collapsed into the river Orran at about 6 p.m. on "
    "Tuesday, leaving two people dead and 11 in hospital."
)
FACTS = (
    "The 55-metre span, built in 1968, was last inspected in March, the town council said.",
    "Kestra fire chief Dario Pell said divers had searched the river until midnight and "
    "that no one else was believed to be missing.",
    "Council leader Hanna Voss said an independent engineer would examine what was left of "
    "the bridge on Wednesday.",
    "Witnesses said the deck tilted before dropping about eight metres into the water.",
    "The bridge links the Millgate estate with Kestra's railway station and is used by "
    "about 4,000 people a day, according to the council.",
    "Police have closed the riverbank paths on both sides while the wreckage is examined.",
)


def _story(lede: str, *facts: int) -> list[str]:
    return [lede, *(FACTS[i] for i in facts)]


def read_lines(*lines: str) -> tuple[str, str | None, tuple[str, ...]]:
    """What ingest reads from a page of ``lines`` saved as ``zz-page.txt``: its title, its
    outlet's key (:func:`outlet_key`; None when the outlet is named after the file) and its
    paragraphs."""
    article = read_page(*lines, file="zz-page.txt")
    named = outlet_key(article.outlet) if article.outlet_from != "file" else None
    return article.title, named, article.paragraphs


def story_lines(page: SavedPage) -> set[str]:
    """The lines of a page saved as text that are the story's: all but its furniture."""
    assert isinstance(page.content, str)
    return {line.strip() for line in page.content.split("\n\n")} - set(page.furniture)


def page_text(*blocks: str) -> str:
    """A page's text: its blocks, a blank line between each two, and a last line break."""
    return "\n\n".join(blocks) + "\n"


# --- 1. A browser's "Save as text" of a whole page: menus, breadcrumbs, widgets, foot ---------
SAVE_AS_TEXT_FURNITURE = (
    "Skip to main content",
    "Home > News > Local > Kestra",
    "Listen to this article 4 min",
    "Gift this article",
    "Advertisement",
    "Topics: Bridges, Kestra, Transport, River Orran",
    "Most read",
    "1. Kestra market to close for two weeks",
    "2. Highfold school wins national choir prize",
    "142 comments",
    "Mira Castell is the Kestra Herald's transport correspondent. She has covered the "
    "town's roads and rail for nine years.",
    "Correction: An earlier version of this article gave the wrong year for the bridge's "
    "construction.",
)
SAVE_AS_TEXT = page_text(
    "Skip to main content",
    "Kestra Herald",
    "News  Sport  Business  Opinion  Life",
    "Home > News > Local > Kestra",
    "Two killed as Kestra footbridge collapses into river",
    "By Mira Castell, Transport Correspondent",
    "Updated 14:02 GMT, Wednesday 6 May 2026",
    "Listen to this article 4 min",
    "Gift this article",
    LEDE_A,
    FACTS[0],
    "Advertisement",
    FACTS[1],
    FACTS[2],
    "Topics: Bridges, Kestra, Transport, River Orran",
    "142 comments",
    "Most read",
    "1. Kestra market to close for two weeks",
    "2. Highfold school wins national choir prize",
    "Correction: An earlier version of this article gave the wrong year for the bridge's "
    "construction.",
    "Mira Castell is the Kestra Herald's transport correspondent. She has covered the "
    "town's roads and rail for nine years.",
    "© 2026 Kestra Herald Ltd. All rights reserved.",
)

# --- 2. "Save page as HTML": every headline field a page carries, the site in <title> ----------
SAVED_HTML = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Kestra bridge collapse: two dead after footbridge falls into Orran | UK News | Orran Valley Post</title>
<meta property="og:title" content="Kestra bridge collapse: two dead after footbridge falls into Orran">
<meta name="twitter:title" content="Kestra bridge collapse: two dead after footbridge falls into Orran">
<meta property="og:site_name" content="Orran Valley Post">
<script type="application/ld+json">{ld}</script>
</head><body>
<a class="skip" href="#main">Skip to main content</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<header class="article-header">
<ol class="breadcrumbs"><li>Home</li><li>News</li><li>UK News</li></ol>
<h1>Kestra bridge collapse: two dead after footbridge falls into Orran</h1>
<p class="byline">By Tobias Rennick, Chief Reporter</p>
<time datetime="2026-05-05T21:40:00Z">5 May 2026, 9.40pm</time>
</header>
<main id="main"><article>
<p>{p0}</p>
<p>{p1}</p>
<div class="ad">Advertisement</div>
<p>{p2}</p>
<p>{p3}</p>
<p>{p4}</p>
</article>
<aside><h2>Most read</h2><ol><li><a href="/a">Highfold school wins national choir prize</a></li>
<li><a href="/b">Kestra market to close for two weeks</a></li></ol></aside>
</main>
<footer><p>© 2026 Orran Valley Post. All rights reserved.</p></footer>
</body></html>
""".format(
    ld=json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Kestra bridge collapse: two dead after footbridge falls into Orran",
            "publisher": {"@type": "Organization", "name": "Orran Valley Post"},
            "author": {"@type": "Person", "name": "Tobias Rennick"},
        }
    ),
    p0=LEDE_B,
    p1=FACTS[3],
    p2=FACTS[0],
    p3=FACTS[4],
    p4=FACTS[1],
)

# --- 3. An HTML page whose <title> holds only the site and section; the headline is the <h1> -----
SECTION_TITLE_HTML = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Local News | Tellmark Daily</title></head>
<body>
<header><div class="logo">Tellmark Daily</div>
<h1>'It just folded': Witnesses describe the moment Kestra bridge gave way</h1>
<div class="meta">Priya Halden, Senior Reporter | 6 May 2026</div></header>
<article>
<p>{LEDE_C}</p>
<p>"It just folded in the middle, like paper," said Aled Morrow, who was walking his dog on the bank. "People were screaming."</p>
<p>{FACTS[3]}</p>
<p>{FACTS[5]}</p>
<p>Share this article</p>
</article>
<div class="tags">Tags: Kestra | Bridges | Emergencies</div>
</body></html>
"""

# --- 4. An AMP page -------------------------------------------------------------------------------
AMP_HTML = f"""<!doctype html>
<html amp lang="en"><head><meta charset="utf-8">
<link rel="canonical" href="https://www.northvaleradio.co.uk/news/kestra-bridge-collapse-latest">
<title>Kestra footbridge collapse: What we know so far - North Vale Radio</title>
<meta property="og:title" content="Kestra footbridge collapse: What we know so far">
<meta property="og:site_name" content="North Vale Radio">
<style amp-boilerplate>body{{visibility:hidden}}</style>
</head><body>
<amp-sidebar id="menu" layout="nodisplay"><ul><li>News</li><li>Travel</li><li>Weather</li></ul></amp-sidebar>
<header><h1>Kestra footbridge collapse: What we know so far</h1></header>
<amp-img src="bridge.jpg" width="800" height="450" layout="responsive" alt="The collapsed bridge"></amp-img>
<p class="caption">Rescue boats on the Orran on Tuesday night. Photo: North Vale Radio</p>
<article>
<p>{LEDE_A}</p>
<p>{FACTS[4]}</p>
<p>{FACTS[2]}</p>
<p>{FACTS[5]}</p>
</article>
<p>Read the full version of this article</p>
</body></html>
"""

# --- 5. A reader-mode copy: headline, site, writer, reading time --------------------------------
READER_MODE_FURNITURE = ("carrowcourier.com", "5-6 minutes")
READER_MODE = page_text(
    "Could the Kestra footbridge collapse have been prevented?",
    "carrowcourier.com",
    "Elin Marsh",
    "5-6 minutes",
    "The Millgate footbridge that collapsed into the river Orran in Kestra on Tuesday, "
    "killing two people, had been flagged for repairs two years ago, council papers show.",
    "A 2024 report to the council's works committee described corrosion at both ends of the "
    "span and recommended that its bearings be replaced.",
    FACTS[0],
    FACTS[2],
    "The council did not say on Wednesday whether the repairs had been carried out.",
)

# --- 6. A print view: print prompts on top, the page's address at its foot ----------------------
PRINT_VIEW_FURNITURE = (
    "Print this article",
    "Close window",
    "https://www.fenwickgazette.co.uk/news/2026/05/06/kestra-footbridge-collapse",
    "Printed from fenwickgazette.co.uk",
)
PRINT_VIEW = page_text(
    "Print this article",
    "Close window",
    "Fenwick Gazette",
    "Divers search river after Kestra footbridge collapse kills two",
    "Wednesday, May 6, 2026",
    LEDE_B,
    FACTS[1],
    FACTS[5],
    FACTS[0],
    "https://www.fenwickgazette.co.uk/news/2026/05/06/kestra-footbridge-collapse",
    "Printed from fenwickgazette.co.uk",
)

# --- 7. A copy-paste from a news app ---------------------------------------------------------------
NEWS_APP_FURNITURE = (
    "2h ago",
    "Listen to this article 3 min",
    "Save",
    "Share",
    "Gift this article",
    "Image 1 of 12",
)
NEWS_APP = page_text(
    "Vellmouth Evening Star",
    "UK",
    "Kestra Footbridge Collapse Leaves Two Dead And 11 Injured",
    "2h ago",
    "Ruth Ashgrove, North of England Editor",
    "Listen to this article 3 min",
    "Save",
    "Share",
    "Gift this article",
    "Image 1 of 12",
    LEDE_C,
    FACTS[3],
    FACTS[1],
    FACTS[4],
)

# --- 8. Wire copy with its slug, keywords and desk lines -----------------------------------------
WIRE_FURNITURE = (
    "BC-UK--Bridge-Collapse,1st Ld-Writethru",
    "Eds: UPDATES with council leader's comments. With AP Photos.",
    "Keywords: Britain, bridge, collapse, Kestra",
    "END",
    "Copyright 2026 Brisk News Service. All rights reserved.",
)
WIRE = page_text(
    "BC-UK--Bridge-Collapse,1st Ld-Writethru",
    "Footbridge collapse in English town kills 2, injures 11",
    "Eds: UPDATES with council leader's comments. With AP Photos.",
    "Keywords: Britain, bridge, collapse, Kestra",
    "By JONAS WEBB",
    "Brisk News Service",
    "KESTRA, England (BNS) — A pedestrian bridge collapsed into a river in the northern "
    "English town of Kestra on Tuesday evening, killing two people and injuring 11, "
    "officials said.",
    FACTS[0],
    FACTS[2],
    FACTS[1],
    "END",
    "Copyright 2026 Brisk News Service. All rights reserved.",
)


# --- 9. A PDF saved from the browser's print dialog ------------------------------------------------
def _pdf() -> bytes:
    lines = [
        Placed("06/05/2026, 09:12", 770, size=8),
        Placed("Kestra bridge collapse: Engineer to inspect wreckage | Highfold Times", 770, x=300,
               size=8),
        Placed("Highfold Times", 730, size=14, font="F2"),
        Placed("Kestra bridge collapse: Engineer to inspect wreckage", 700, size=18, font="F2"),
        Placed("By Owen Castell", 675, size=10),
        Placed("An independent engineer will on Wednesday begin examining the wreckage of the",
               650),
        Placed("Millgate footbridge in Kestra, which collapsed into the river Orran on Tuesday",
               636),
        Placed("evening, killing two people.", 622),
        Placed("Council leader Hanna Voss said the inquiry would look at the bridge's last", 600),
        Placed("inspection in March and at repairs recommended in 2024.", 586),
        Placed("The 55-metre span was built in 1968 and carried about 4,000 people a day.", 564),
        Placed("Kestra fire chief Dario Pell said no one else was believed to be missing.", 542),
        Placed("https://www.highfoldtimes.co.uk/news/kestra-bridge-engineer", 40, size=8),
        Placed("1/2", 40, x=520, size=8),
    ]  # fmt: skip
    return build_pdf([lines], title="Kestra bridge collapse: Engineer to inspect wreckage")


PDF_FURNITURE = (
    "06/05/2026, 09:12",
    "https://www.highfoldtimes.co.uk/news/kestra-bridge-engineer",
    "1/2",
)


# --- 10. A Word file a reader pasted the article into ---------------------------------------------
def _docx() -> bytes:
    document = docx.Document()
    document.add_heading("Kestra Mourns Two Killed In Footbridge Collapse", level=1)
    document.add_paragraph("Marrow Street Journal")
    document.add_paragraph("By Lena Farrow | May 6, 2026 | 3 min read")
    for paragraph in (
        "Flowers were laid on Wednesday at both ends of the Millgate footbridge in Kestra, a "
        "day after it collapsed into the river Orran, killing two people.",
        FACTS[2],
        FACTS[3],
        FACTS[5],
    ):
        document.add_paragraph(paragraph)
    document.add_paragraph("Follow Lena Farrow on X @lenafarrow")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


DOCX_FURNITURE = (
    "By Lena Farrow | May 6, 2026 | 3 min read",
    "Follow Lena Farrow on X @lenafarrow",
)

# --- 11. An RSS item dump saved from a feed reader -------------------------------------------------
RSS_FURNITURE = (
    "Feed: Ledbury Wire - Top Stories",
    "Link: https://ledburywire.com/2026/05/05/kestra-footbridge",
    "Published: Tue, 05 May 2026 20:15:00 +0100",
    "Category: UK",
)
RSS = page_text(
    "Feed: Ledbury Wire - Top Stories",
    "Title: Kestra footbridge gives way, two dead",
    "Link: https://ledburywire.com/2026/05/05/kestra-footbridge",
    "Published: Tue, 05 May 2026 20:15:00 +0100",
    "Category: UK",
    LEDE_B,
    FACTS[4],
    FACTS[5],
    "The post Kestra footbridge gives way, two dead appeared first on Ledbury Wire.",
)

# --- 12. A newsletter's e-mail, saved as text -----------------------------------------------------
NEWSLETTER_FURNITURE = (
    "View this email in your browser",
    "Good morning, and welcome to the Morning Briefing.",
    "Unsubscribe | Manage preferences",
    "You are receiving this email because you signed up for the Kestra Herald Morning Briefing.",
)
NEWSLETTER = page_text(
    "From: Kestra Herald Morning Briefing <briefing@kestraherald.com>",
    "Subject: Kestra bridge inquiry begins after two deaths",
    "Date: Wed, 6 May 2026 06:30:00 +0100",
    "View this email in your browser",
    "Good morning, and welcome to the Morning Briefing.",
    "Kestra bridge inquiry begins after two deaths",
    "An engineer will on Wednesday start work out why the Millgate footbridge in Kestra "
    "collapsed into the river Orran on Tuesday evening, killing two people and injuring 11.",
    FACTS[0],
    FACTS[1],
    "Unsubscribe | Manage preferences",
    "You are receiving this email because you signed up for the Kestra Herald Morning Briefing.",
)

# --- 13. A web clipper's Markdown with its front matter --------------------------------------------
CLIPPER_FURNITURE = (
    "source: https://www.carrowcourier.com/news/kestra-bridge-victims-named",
    "clipped: 2026-05-07",
    "tags: [news, clippings]",
)
CLIPPER = page_text(
    "---\n"
    'title: "Kestra bridge victims named as retired teacher and student"\n'
    "source: https://www.carrowcourier.com/news/kestra-bridge-victims-named\n"
    "author: Elin Marsh\n"
    "clipped: 2026-05-07\n"
    "tags: [news, clippings]\n"
    "---",
    "# Kestra bridge victims named as retired teacher and student",
    "The two people killed when the Millgate footbridge in Kestra collapsed on Tuesday were a "
    "retired teacher, Gwen Arlow, 71, and a student, Tomas Reid, 19, police said on Thursday.",
    FACTS[3],
    FACTS[2],
)

# --- 14. An image gallery: a counter and a caption on each picture ---------------------------------
GALLERY_FURNITURE = (
    "1 of 12",
    "2 of 12",
    "3 of 12",
    "Rescue boats search the river Orran beneath the collapsed Millgate footbridge. "
    "Photograph: Sam Oduya/Tellmark Daily",
    "Flowers left at the Millgate end of the bridge. Photograph: Sam Oduya/Tellmark Daily",
    "Next image",
)
GALLERY = page_text(
    "In pictures: Kestra footbridge collapse",
    "Tellmark Daily",
    LEDE_A,
    "1 of 12",
    "Rescue boats search the river Orran beneath the collapsed Millgate footbridge. "
    "Photograph: Sam Oduya/Tellmark Daily",
    "2 of 12",
    "Flowers left at the Millgate end of the bridge. Photograph: Sam Oduya/Tellmark Daily",
    "3 of 12",
    FACTS[5],
    "Next image",
)

# --- 15. A page saved without its headline: only the lead and the story --------------------------
NO_HEADLINE = page_text(
    "KESTRA, England — " + LEDE_B.replace("A footbridge", "a footbridge", 1),
    FACTS[4],
    FACTS[1],
    FACTS[0],
    "— Reporting by Nell Ostrander, Brisk News Service",
)

# --- 16. A headline only in the file name ----------------------------------------------------------
SLUG_ONLY = page_text(
    LEDE_C,
    FACTS[1],
    FACTS[2],
    FACTS[3],
)

# --- 17. A headline in sentence case under a section's kicker and a time stamp --------------------
KICKER_STAMP_FURNITURE = ("Updated 14:02 GMT", "Published 21:10 BST, 5 May 2026", "Share")
KICKER_STAMP = page_text(
    "England",
    "Kestra footbridge collapse: Council faces questions over 2024 repair warning",
    "Published 21:10 BST, 5 May 2026",
    "Updated 14:02 GMT",
    "Share",
    "Questions are being asked of Kestra council after it emerged that repairs to the "
    "Millgate footbridge were recommended two years before it collapsed on Tuesday, killing "
    "two people.",
    FACTS[0],
    FACTS[2],
    "The council said it would publish the 2024 report in full.",
    "Orran Valley Post",
)

#: Every page, with its labels.
PAGES: tuple[SavedPage, ...] = (
    SavedPage("kestra-herald.txt", SAVE_AS_TEXT,
              "Two killed as Kestra footbridge collapses into river", SAVE_AS_TEXT_FURNITURE,
              "Kestra Herald"),
    SavedPage("Kestra bridge collapse.html", SAVED_HTML,
              "Kestra bridge collapse: two dead after footbridge falls into Orran",
              ("Skip to main content", "Advertisement", "Most read",
               "Highfold school wins national choir prize", "By Tobias Rennick, Chief Reporter"),
              "Orran Valley Post"),
    SavedPage("tellmark.html", SECTION_TITLE_HTML,
              "'It just folded': Witnesses describe the moment Kestra bridge gave way",
              ("Share this article", "Tags: Kestra | Bridges | Emergencies",
               "Priya Halden, Senior Reporter | 6 May 2026"),
              "Tellmark Daily"),
    SavedPage("amp.html", AMP_HTML, "Kestra footbridge collapse: What we know so far",
              ("Read the full version of this article",
               "Rescue boats on the Orran on Tuesday night. Photo: North Vale Radio"),
              "North Vale Radio"),
    SavedPage("reader view.txt", READER_MODE,
              "Could the Kestra footbridge collapse have been prevented?", READER_MODE_FURNITURE,
              "Carrow Courier"),
    SavedPage("print.txt", PRINT_VIEW,
              "Divers search river after Kestra footbridge collapse kills two",
              PRINT_VIEW_FURNITURE, "Fenwick Gazette"),
    SavedPage("from the app.txt", NEWS_APP,
              "Kestra Footbridge Collapse Leaves Two Dead And 11 Injured", NEWS_APP_FURNITURE,
              "Vellmouth Evening Star"),
    SavedPage("wire.txt", WIRE, "Footbridge collapse in English town kills 2, injures 11",
              WIRE_FURNITURE, "Brisk News Service"),
    SavedPage("highfold.pdf", _pdf(), "Kestra bridge collapse: Engineer to inspect wreckage",
              PDF_FURNITURE, "Highfold Times"),
    SavedPage("marrow.docx", _docx(), "Kestra Mourns Two Killed In Footbridge Collapse",
              DOCX_FURNITURE, "Marrow Street Journal"),
    SavedPage("feed item.txt", RSS, "Kestra footbridge gives way, two dead", RSS_FURNITURE,
              "Ledbury Wire"),
    SavedPage("briefing.txt", NEWSLETTER, "Kestra bridge inquiry begins after two deaths",
              NEWSLETTER_FURNITURE, "Kestra Herald"),
    SavedPage("clipping.md", CLIPPER,
              "Kestra bridge victims named as retired teacher and student", CLIPPER_FURNITURE,
              "Carrow Courier"),
    SavedPage("gallery.txt", GALLERY, "Kestra footbridge collapse", GALLERY_FURNITURE,
              "Tellmark Daily"),
    SavedPage("untitled.txt", NO_HEADLINE, None,
              ("— Reporting by Nell Ostrander, Brisk News Service",), "Brisk News Service"),
    SavedPage("kestra-bridge-collapse-kills-two.txt", SLUG_ONLY,
              "Kestra bridge collapse kills two", (), None),
    SavedPage("ovp-questions.txt", KICKER_STAMP,
              "Kestra footbridge collapse: Council faces questions over 2024 repair warning",
              KICKER_STAMP_FURNITURE, "Orran Valley Post"),
)  # fmt: skip


def write_pages(folder: Path, pages: tuple[SavedPage, ...] = PAGES) -> Path:
    """Write the pages into ``folder`` as a user saved them."""
    folder.mkdir(parents=True, exist_ok=True)
    for page in pages:
        path = folder / page.file
        if isinstance(page.content, bytes):
            path.write_bytes(page.content)
        else:
            path.write_text(page.content, encoding="utf-8")
    return folder


def write_stories(root: Path, stories: dict[str, tuple[SavedPage, ...]]) -> Path:
    """Write each story's pages into a folder of its name under ``root``; returns ``root``."""
    for name, pages in stories.items():
        write_pages(root / name, pages)
    return root


def page_cases(stories: dict[str, tuple[SavedPage, ...]]) -> list[Any]:
    """Every page of ``stories`` as a test case ``(story, page)``, named by its file."""
    return [
        pytest.param(story, page, id=page.file)
        for story, pages in stories.items()
        for page in pages
    ]


def saved_stories(stories: dict[str, tuple[SavedPage, ...]]) -> Any:
    """A module's fixture ``saved``: the ``stories`` written once for the module's tests
    (:func:`write_stories`), the folder holding them."""

    @pytest.fixture(scope="module")
    def saved(tmp_path_factory: pytest.TempPathFactory) -> Path:
        return write_stories(tmp_path_factory.mktemp("pages"), stories)

    return saved


def page_set_tests(stories: dict[str, tuple[SavedPage, ...]]) -> tuple[Any, Any, Any]:
    """What a set of invented pages with no known miss checks, for a module to collect under
    the names it assigns them: its fixture ``saved`` (:func:`saved_stories`); each page
    titled by its headline, named for its own outlet and read without its furniture
    (:func:`check_page`); each story's report titled by a headline and quoting no furniture
    (:func:`check_report`)."""

    @pytest.mark.parametrize(("story", "page"), page_cases(stories))
    def each_page(saved: Path, story: str, page: SavedPage) -> None:
        check_page(saved / story / page.file, page)

    @pytest.mark.parametrize("story", list(stories))
    def each_report(saved: Path, story: str) -> None:
        check_report(saved / story, stories[story])

    return saved_stories(stories), each_page, each_report


def folded(text: str) -> str:
    """A title as a reader compares titles: case-folded, without its closing stop."""
    return re.sub(r"[.\s]+$", "", text.casefold().replace("’", "'"))


def outlet_key(name: str) -> str:
    """An outlet's name as a reader tells outlets apart: "The Dunmere Examiner" is the
    Dunmere Examiner."""
    return name.removeprefix("The ")


def check_page(
    path: Path, page: SavedPage, title_miss: str = "", outlet_miss: bool = False
) -> None:
    """Read the saved ``page`` at ``path`` as one article and check what a reader takes from
    it: no line of its furniture in its paragraphs, its headline as its title and its outlet
    named. ``title_miss`` (the reason) and ``outlet_miss`` mark a known miss: the page is then
    titled by no line of its furniture, or named after its file, never a wrong outlet, and
    the check ends as an expected failure once both the title and the outlet are checked.
    A furniture line may be words of one of the story's lines (a tag that is a place's
    name): it is looked for in the paragraphs that are not the story's own lines."""
    article = ingest(read_document(path), page.file, 0)
    told = story_lines(page) if isinstance(page.content, str) else set()
    left = [paragraph for paragraph in article.paragraphs if paragraph not in told]
    assert [line for line in page.furniture if any(line in p for p in left)] == []
    misses = []
    if title_miss:
        assert not any(folded(line) == folded(article.title) for line in page.furniture)
        misses.append(title_miss)
    elif page.headline is None:
        assert not article.has_headline
    else:
        assert folded(article.title) == folded(page.headline)
    if outlet_miss:
        assert article.outlet_from == "file"
        misses.append("the page's outlet is not told")
    elif page.outlet is None:
        assert article.outlet_from == "file"
    else:
        assert outlet_key(article.outlet) == outlet_key(page.outlet)
    if misses:
        pytest.xfail(f"a known miss: {'; '.join(misses)}")


def check_line(
    headline: str, line: str, outlet: str | None, *story: str, closing: bool = False
) -> None:
    """Read a page of ``headline``, ``line`` and the ``story``'s paragraphs (``line`` under the
    headline, or closing the page) and check what a reader takes from it: the headline as its
    title, ``outlet`` named (None: the page is named after its file) and ``line`` not in its
    paragraphs."""
    lines = (headline, *story, line) if closing else (headline, line, *story)
    title, named, paragraphs = read_lines(*lines)
    assert title == headline
    assert named == (outlet_key(outlet) if outlet else None)
    assert line not in paragraphs


def check_look_alike(headline: str, lede: str, sentence: str, *rest: str) -> None:
    """Read a page of ``headline``, ``lede``, ``sentence`` and the ``rest`` of the story and
    check that ``sentence``, a story's sentence worded like a credit or furniture, is kept in
    its paragraphs and names no outlet."""
    _, named, paragraphs = read_lines(headline, lede, sentence, *rest)
    assert sentence in paragraphs
    assert named is None


def check_report(folder: Path, pages: tuple[SavedPage, ...]) -> Analysis:
    """Analyse the folder of saved ``pages`` and check its report: titled by one of their
    headlines, quoting the story and no line of their furniture. A quoted sentence that is
    words of one of the story's lines is the story's, whatever furniture's words it holds.
    Returns the analysis."""
    analysis = analyze(folder)
    report = to_json(summarize(analysis))
    headlines = {folded(page.headline) for page in pages if page.headline}
    assert folded(report["title"]) in headlines
    quoted = [item["text"] for key in ("summary", "single_source") for item in report.get(key, [])]
    assert quoted  # the report quotes the story
    told = [line for page in pages if isinstance(page.content, str) for line in story_lines(page)]
    left = [text for text in quoted if not any(text in line for line in told)]
    furniture = [line for page in pages for line in page.furniture if any(line in t for t in left)]
    assert furniture == []
    return analysis


# ==== A second story, saved in more forms: a warehouse fire in Brennock ==========================
# Written, like the first, before the engine read it: a US station's page with its stamps, a
# live page, a subscriber's copy, a news app's "From" line, a forwarded e-mail, a blog's share
# and tag widgets, a comments thread, a swiped gallery, a headline that is one quotation.
FIRE_LEDE_A = (
    "A fire that broke out at a storage warehouse on Brennock's east side on Monday night "
    "burned for nine hours and forced about 200 residents from their homes, fire officials said."
)
FIRE_LEDE_B = (
    "Firefighters battled a blaze at a warehouse in east Brennock through Monday night, and "
    "about 200 people living nearby were told to leave their homes as smoke spread."
)
FIRE = (
    "Brennock fire marshal Colette Ardmore said the cause of the fire had not been determined.",
    "No injuries were reported, but two firefighters were treated for heat exhaustion.",
    "The warehouse, owned by Dunmere Logistics, stored furniture and paper goods, the company said.",
    "Residents were allowed to return home by 10 a.m. on Tuesday after air quality tests, the "
    "city said.",
    "Crews from four neighbouring towns helped fight the fire, which at its height sent flames "
    "about 30 metres into the air.",
)

STATION_FURNITURE = (
    "Weather Alerts",
    "Posted: 11:42 PM EDT Mar 2, 2026",
    "Updated: 8:15 AM EDT Mar 3, 2026",
    "Closed Captioning",
    "Click here to download the WBRN 7 app",
    "Report a typo",
)
STATION = page_text(
    "WBRN 7 Brennock",
    "Weather Alerts",
    "Brennock warehouse fire forces 200 from homes",
    "Posted: 11:42 PM EDT Mar 2, 2026",
    "Updated: 8:15 AM EDT Mar 3, 2026",
    "Closed Captioning",
    FIRE_LEDE_A,
    FIRE[0],
    "Click here to download the WBRN 7 app",
    FIRE[1],
    FIRE[2],
    "Report a typo",
    "Copyright 2026 by WBRN 7. All rights reserved.",
)

LIVE_FURNITURE = ("Key points", "Refresh", "06:45", "05:10", "Show latest updates")
LIVE = page_text(
    "Live updates: Brennock warehouse fire",
    "Brennock Chronicle",
    "Key points",
    "Show latest updates",
    "Refresh",
    "06:45",
    FIRE[3],
    "05:10",
    FIRE[4],
    FIRE_LEDE_B,
    FIRE[0],
)

SUBSCRIBER_FURNITURE = (
    "Subscriber exclusive",
    "This article is for subscribers. Already a subscriber? Log in",
    "Filed under: News, Local",
    "Tagged: fire, Brennock, Dunmere Logistics",
)
SUBSCRIBER = page_text(
    "Subscriber exclusive",
    "Who owns the Brennock warehouse that burned for nine hours?",
    "By Harriet Lome | The Dunmere Examiner",
    "March 3, 2026",
    "The storage warehouse that burned on Brennock's east side on Monday night belongs to "
    "Dunmere Logistics, a firm that bought the building in 2021, county records show.",
    FIRE[2],
    FIRE[0],
    "This article is for subscribers. Already a subscriber? Log in",
    "Filed under: News, Local",
    "Tagged: fire, Brennock, Dunmere Logistics",
)

APP_FROM_FURNITURE = ("From Apple News", "Open in app")
APP_FROM = page_text(
    "From Apple News",
    "Brennock Valley Times",
    "'We lost everything': Brennock traders count cost of warehouse fire",
    "Open in app",
    "Traders who rented space in the Brennock warehouse that burned on Monday night said on "
    "Tuesday that years of stock had been destroyed.",
    FIRE[2],
    FIRE[3],
    FIRE[1],
)

FORWARDED_FURNITURE = (
    "---------- Forwarded message ---------",
    "To: Dana Pirrie <dana.pirrie@example.com>",
    "Date: Tue, 3 Mar 2026 at 07:02",
)
FORWARDED = page_text(
    "---------- Forwarded message ---------",
    "From: Brennock Chronicle <news@brennockchronicle.com>",
    "Date: Tue, 3 Mar 2026 at 07:02",
    "Subject: Fwd: Brennock residents return home after warehouse blaze",
    "To: Dana Pirrie <dana.pirrie@example.com>",
    "Brennock residents return home after warehouse blaze",
    FIRE[3],
    FIRE_LEDE_A,
    FIRE[4],
)

BLOG_FURNITURE = (
    "Share this:",
    "Click to share on Facebook (Opens in new window)",
    "Click to email a link to a friend (Opens in new window)",
    "Like this:",
    "Like Loading...",
    "Related",
    "Posted in Local News",
    "Leave a Reply",
)
BLOG = page_text(
    "The Brennock Ledger",
    "Warehouse Fire Sends Smoke Over East Brennock",
    "Posted on March 3, 2026 by brennockledger",
    FIRE_LEDE_B,
    FIRE[4],
    FIRE[1],
    "Share this:",
    "Click to share on Facebook (Opens in new window)",
    "Click to email a link to a friend (Opens in new window)",
    "Like this:",
    "Like Loading...",
    "Related",
    "Posted in Local News",
    "Leave a Reply",
)

COMMENTS_FURNITURE = (
    "Comments (23)",
    "Sort by: Newest",
    "brennock_mum 2 hours ago",
    "Reply",
    "Glad nobody was hurt. Thank you to the crews who worked all night!",
)
COMMENTS = page_text(
    "East Brennock Fire Out After Nine Hours, Cause Unknown",
    "Dunmere Examiner staff",
    FIRE_LEDE_A,
    FIRE[0],
    FIRE[2],
    "Comments (23)",
    "Sort by: Newest",
    "brennock_mum 2 hours ago",
    "Glad nobody was hurt. Thank you to the crews who worked all night!",
    "Reply",
)

SWIPE_FURNITURE = ("Photo 1/15", "Photo 2/15", "Swipe for more photos", "Expand")
SWIPE = page_text(
    "Brennock Warehouse Fire In Photos",
    "Photo 1/15",
    "Expand",
    "Smoke rises over the east side of Brennock on Monday night.",
    "Photo 2/15",
    "Swipe for more photos",
    FIRE_LEDE_B,
    FIRE[1],
    "Brennock Valley Times",
)

#: The second story's pages, with their labels.
FIRE_PAGES: tuple[SavedPage, ...] = (
    SavedPage("wbrn.txt", STATION, "Brennock warehouse fire forces 200 from homes",
              STATION_FURNITURE, "WBRN 7"),
    SavedPage("live.txt", LIVE, "Brennock warehouse fire", LIVE_FURNITURE, "Brennock Chronicle"),
    SavedPage("examiner-owner.txt", SUBSCRIBER,
              "Who owns the Brennock warehouse that burned for nine hours?",
              SUBSCRIBER_FURNITURE, "The Dunmere Examiner"),
    SavedPage("apple news.txt", APP_FROM,
              "'We lost everything': Brennock traders count cost of warehouse fire",
              APP_FROM_FURNITURE, "Brennock Valley Times"),
    SavedPage("Fwd.txt", FORWARDED, "Brennock residents return home after warehouse blaze",
              FORWARDED_FURNITURE, "Brennock Chronicle"),
    SavedPage("ledger.txt", BLOG, "Warehouse Fire Sends Smoke Over East Brennock", BLOG_FURNITURE,
              "The Brennock Ledger"),
    SavedPage("comments.txt", COMMENTS, "East Brennock Fire Out After Nine Hours, Cause Unknown",
              COMMENTS_FURNITURE, "Dunmere Examiner"),
    SavedPage("photos.txt", SWIPE, "Brennock Warehouse Fire In Photos", SWIPE_FURNITURE,
              "Brennock Valley Times"),
)  # fmt: skip


# ==== A third story, in the forms aggregators and apps give it: a blackout in Dallow ==============
# Written before the engine read it: an aggregator's card, a syndicated copy, a newsletter
# platform's post, a headline in capitals, a page with a cookie banner and reading tools, a
# correction above the story, a headline only in a page's metadata.
POWER_LEDE_A = (
    "About 80,000 homes in Dallow lost power on Wednesday evening after a fire at the Kirrin "
    "Road substation, the city's electricity company said."
)
POWER_LEDE_B = (
    "A substation fire plunged much of Dallow into darkness on Wednesday, cutting electricity "
    "to some 80,000 households for up to six hours."
)
POWER = (
    "Dallow Power said most customers had been reconnected by midnight and the rest would be "
    "back on by Thursday morning.",
    "Traffic lights failed across the city centre, and police directed cars at the busiest "
    "junctions, a police spokeswoman said.",
    "The company's operations director, Idris Fenner, said the fire had started in a "
    "transformer and that sabotage was not suspected.",
    "Two hospitals switched to backup generators and no patients were affected, the health "
    "board said.",
)

AGGREGATOR_FURNITURE = ("Dallow Post • 3 hours ago", "View Full coverage", "More from Dallow Post")
AGGREGATOR = page_text(
    "Top stories",
    "Dallow blackout — 80,000 homes without power after substation fire",
    "Dallow Post • 3 hours ago",
    POWER_LEDE_A,
    POWER[0],
    POWER[2],
    "View Full coverage",
    "More from Dallow Post",
)

SYNDICATED_FURNITURE = ("Story continues", "Read the original article on Dallow Evening Mail.")
SYNDICATED = page_text(
    "Dallow Evening Mail",
    "Substation fire cuts power to 80,000 Dallow homes",
    "Nia Castellane",
    "Wed, June 3, 2026 at 9:48 PM",
    POWER_LEDE_B,
    POWER[1],
    "Story continues",
    POWER[3],
    "Read the original article on Dallow Evening Mail.",
)

PLATFORM_FURNITURE = ("Subscribe", "Share", "Jun 4", "12 likes", "3 comments", "Restack")
PLATFORM = page_text(
    "The Dallow Dispatch",
    "Subscribe",
    "What went wrong at Kirrin Road?",
    "The substation fire that blacked out half the city, and what it tells us about the grid",
    "Owen Marr",
    "Jun 4",
    "12 likes",
    "3 comments",
    "Share",
    "Restack",
    POWER_LEDE_A,
    POWER[2],
    POWER[0],
)

SHOUTED_FURNITURE = ("DALLOW, June 4 (Northway Press) -",)
SHOUTED = page_text(
    "POWER CUT LEAVES 80,000 DALLOW HOMES IN THE DARK",
    "DALLOW, June 4 (Northway Press) - " + POWER_LEDE_A,
    POWER[1],
    POWER[3],
)

TOOLS_FURNITURE = (
    "We value your privacy",
    "Accept all",
    "Manage preferences",
    "Text size: A A A",
    "Listen · 3:12",
    "Print",
    "Email",
)
TOOLS = page_text(
    "We value your privacy",
    "Accept all",
    "Manage preferences",
    "Kirrin Valley News",
    "Hospitals switch to generators as Dallow loses power",
    "By Mina Ostrova, Energy Reporter, and Paul Tern, Data Editor",
    "Text size: A A A",
    "Listen · 3:12",
    "Print",
    "Email",
    POWER_LEDE_B,
    POWER[3],
    POWER[2],
)

CORRECTED_FURNITURE = (
    "Correction, June 5: An earlier version of this story misstated the number of homes affected.",
)
CORRECTED = page_text(
    "Dallow Power Restores Supply After Substation Blaze",
    "Correction, June 5: An earlier version of this story misstated the number of homes affected.",
    "By Petra Halloran, Dallow Star",
    POWER[0],
    POWER_LEDE_A,
    POWER[1],
)

METADATA_ONLY = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Dallow Courier</title>
<meta property="og:title" content="Police direct traffic as Dallow blackout hits city centre">
<link rel="canonical" href="https://www.dallowcourier.co.uk/news/blackout-traffic">
</head><body>
<div class="story">
<p>{POWER_LEDE_B}</p>
<p>{POWER[1]}</p>
<p>{POWER[0]}</p>
</div></body></html>
"""

#: The third story's pages, with their labels.
POWER_PAGES: tuple[SavedPage, ...] = (
    SavedPage("aggregator.txt", AGGREGATOR,
              "Dallow blackout — 80,000 homes without power after substation fire",
              AGGREGATOR_FURNITURE, "Dallow Post"),
    SavedPage("syndicated.txt", SYNDICATED, "Substation fire cuts power to 80,000 Dallow homes",
              SYNDICATED_FURNITURE, "Dallow Evening Mail"),
    SavedPage("dispatch.txt", PLATFORM, "What went wrong at Kirrin Road?", PLATFORM_FURNITURE,
              "The Dallow Dispatch"),
    SavedPage("northway.txt", SHOUTED, "Power cut leaves 80,000 Dallow homes in the dark",
              SHOUTED_FURNITURE, "Northway Press"),
    SavedPage("kvn.txt", TOOLS, "Hospitals switch to generators as Dallow loses power",
              TOOLS_FURNITURE, "Kirrin Valley News"),
    SavedPage("star.txt", CORRECTED, "Dallow Power Restores Supply After Substation Blaze",
              CORRECTED_FURNITURE, "Dallow Star"),
    SavedPage("courier.html", METADATA_ONLY,
              "Police direct traffic as Dallow blackout hits city centre", (), "Dallow Courier"),
)  # fmt: skip
