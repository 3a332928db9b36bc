"""The summit story re-saved as HTML, PDF, DOCX and Windows-1252 text: same summary?

The three plain-text articles of the summit corpus are written out by this test,
in ``tmp_path`` only (nothing of the corpus is copied into the repository), as:

- **html**: a full UTF-8 page per article in site chrome (title, ``og:site_name``,
  navigation, cookie banner, related links, comments, scripts, footer) around
  ``<article><h1>title</h1>...</article>``; each story line is a ``<p>``, except
  that short title-case lines become ``<h2>`` and ``- `` lines a ``<ul>`` list, as
  a site would mark them up;
- **pdf**: Helvetica with WinAnsiEncoding, so curly quotes, dashes, ``©`` and
  ``™`` are kept as they are (nothing is transliterated); lines wrapped at 80
  characters, a page break every 35 line slots (every article spans two pages or
  more), a running header (site name and title) and a "Page N of M" footer on
  every page, and a few long words hyphenated at line ends ("interna-" / "tional");
- **docx**: the title in the Title style, headings in Heading 2, ``- `` lines in
  List Bullet, the rest plain paragraphs;
- **cp1252**: ``.txt`` in Windows-1252 with CRLF line ends, encoded strictly
  (every character of the corpus exists in Windows-1252, so no ``errors=``).

The title is the first line when that line is a headline (no final punctuation);
an article that opens straight with its story (000) keeps every line as story, and
its title is the one its "The post ... appeared first on ..." footer names.

Each folder is analysed and summarised with default options, and its summary
sentences are compared with those of the plain-text folder, after collapsing
whitespace and unifying quote styles (straight/curly). The share of plain-text
sentences found is printed for the summary and for the single-source list, and
held to a floor pinned at the measured value.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import docx
import pytest
from _pdfgen import Placed, build_pdf

from corroborate.engine import analyze, summarize
from corroborate.engine.readers import read_document

SUMMIT = Path(__file__).resolve().parents[2].parent / "shared" / "corpora" / "summit"

pytestmark = pytest.mark.skipif(not SUMMIT.is_dir(), reason="evaluation corpus not present")

_FINAL = tuple('.!?"”’)…')
_APPEARED = re.compile(r"^The post (.+?) appeared first on (.+?)\.?$")
_SMALL_WORDS = {"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}
#: Site names for pages whose text names no outlet (its outlet falls back to the file name).
_FALLBACK_SITE = "World Affairs Daily"

#: Pinned floors at the measured overlap with the plain-text folder: summary,
#: single-source list, and every story sentence of the analysis. All four formats
#: measure 1.0 on all three (the PDF one since a heading left at the foot of a
#: page is no longer glued to the paragraph that opens the next page).
FLOORS = {
    "cp1252": (1.0, 1.0, 1.0),
    "docx": (1.0, 1.0, 1.0),
    "html": (1.0, 1.0, 1.0),
    "pdf": (1.0, 1.0, 1.0),
}

# -- the articles as lines ---------------------------------------------------


def _articles() -> list[tuple[str, str, list[str]]]:
    """``(stem, title, story lines)`` per article; the title line is not a story line."""
    out = []
    for path in sorted(SUMMIT.glob("*.txt")):
        lines = [line.strip() for line in path.read_text("utf-8").splitlines() if line.strip()]
        if not lines[0].endswith(_FINAL):
            title, lines = lines[0], lines[1:]
        else:
            named = next((m.group(1) for m in map(_APPEARED.match, lines) if m), None)
            title = named or path.stem
        out.append((path.stem, title, lines))
    return out


def _is_heading(line: str) -> bool:
    """A section heading: a short title-case line without final punctuation."""
    words = line.split()
    return (
        2 <= len(words) <= 8
        and not line.endswith(_FINAL)
        and words[0] != "By"
        and all(w[:1].isupper() or w in _SMALL_WORDS for w in words)
    )


def _site(outlets: dict[str, str], stem: str) -> str:
    outlet = outlets.get(stem) or stem
    return _FALLBACK_SITE if outlet == stem else outlet


# -- writers ----------------------------------------------------------------

_PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>{title} | {site}</title>
<meta property="og:site_name" content="{site}">
<meta property="og:title" content="{title}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"page": "article"}});</script>
<script src="/static/app.js" async></script>
</head><body>
<header class="site-header"><a class="logo" href="/">{site}</a>
<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li>
<li><a href="/opinion">Opinion</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav>
</header>
<div class="cookie-banner" id="cookie-consent"><p>We use cookies to improve your experience
and to show you relevant advertising. By continuing to browse you agree to our use of
cookies.</p><button>Accept all cookies</button> <button>Manage settings</button></div>
<main><article class="story">
<h1>{title}</h1>
{body}
</article>
<aside class="related"><h3>Related stories</h3><ul>
<li><a href="/world/eu-sanctions">EU leaders agree on a new sanctions package</a></li>
<li><a href="/world/nato-meeting">NATO chief to visit Washington this week</a></li>
<li><a href="/politics/budget">Senate returns to the budget stalemate</a></li></ul></aside>
<section class="comments" id="comments"><h3>3 Comments</h3>
<div class="comment"><p class="author">reader42</p><p>I doubt this meeting was ever going to
happen in the first place, and the whole plan looked rushed from the start.</p></div>
<div class="comment"><p class="author">mkline</p><p>Another week, another summit that is
announced and then quietly dropped by everyone involved.</p></div>
<div class="comment"><p class="author">J. Ortiz</p><p>Diplomacy takes time; nobody should
expect a deal to be reached over a single phone call between ministers.</p></div>
<form class="reply"><p>Leave a Reply. Your email address will not be published.</p></form>
</section></main>
<footer class="site-footer"><p>&copy; 2025 {site}. All rights reserved.</p>
<ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy policy</a></li>
<li><a href="/terms">Terms of use</a></li></ul></footer>
<script>document.getElementById("cookie-consent").hidden = localStorage.ok;</script>
</body></html>
"""


def _html_body(lines: list[str]) -> str:
    out: list[str] = []
    for line in lines:
        if line.startswith("- "):
            item = f"<li>{html.escape(line[2:])}</li>"
            if out and out[-1].endswith("</ul>"):
                out[-1] = out[-1][: -len("</ul>")] + item + "</ul>"
            else:
                out.append(f"<ul>{item}</ul>")
        elif _is_heading(line):
            out.append(f"<h2>{html.escape(line)}</h2>")
        else:
            out.append(f"<p>{html.escape(line)}</p>")
    return "\n".join(out)


def write_html(folder: Path, stem: str, title: str, lines: list[str], site: str) -> None:
    page = _PAGE.format(title=html.escape(title), site=html.escape(site), body=_html_body(lines))
    (folder / f"{stem}.html").write_text(page, "utf-8")


WRAP, SLOTS, TOP, LEADING, GAP = 80, 35, 720, 14, 10
HYPHENATIONS = 3  # per article


def _wrap(text: str, budget: list[int], broken: list[str]) -> list[str]:
    """Lines of at most ``WRAP`` characters; a long word may be hyphenated at a line end."""
    lines, current = [], ""
    for word in text.split():
        if not current or len(current) + 1 + len(word) <= WRAP:
            current = f"{current} {word}" if current else word
            continue
        head = min(WRAP - len(current) - 2, len(word) - 3)
        if budget[0] and head >= 4 and word[: head + 3].isalpha() and word[head].islower():
            budget[0] -= 1
            broken.append(re.match(r"[^\W\d_]+", word).group())
            lines.append(f"{current} {word[:head]}-")
            current = word[head:]
        else:
            lines.append(current)
            current = word
    return [*lines, current]


def write_pdf(folder: Path, stem: str, title: str, lines: list[str], site: str) -> list[str]:
    """The article as a PDF; returns the words it hyphenated across line ends."""
    budget, broken = [HYPHENATIONS], []
    # (text, indent, bold): a gap between paragraphs is None
    rows: list[tuple[str, int, bool] | None] = []
    for line in lines:
        if line.startswith("- "):
            wrapped = _wrap(line, budget, broken)
            rows += [(wrapped[0], 0, False)] + [(w, 10, False) for w in wrapped[1:]]
        else:
            bold = _is_heading(line)
            rows += [(w, 0, bold) for w in _wrap(line, budget, broken)]
        rows.append(None)
    pages: list[list[Placed]] = [[Placed(title, TOP + 6, size=16, font="F2")]]
    y, used = TOP - LEADING - GAP, 2
    for row in rows:
        if used >= SLOTS:
            pages.append([])
            y, used = TOP, 0
        if row is None:
            if used:
                y, used = y - GAP, used + 1
            continue
        text, indent, bold = row
        pages[-1].append(Placed(text, y, x=72 + indent, font="F2" if bold else "F1"))
        y, used = y - LEADING, used + 1
    for number, page in enumerate(pages, 1):
        page.insert(0, Placed(f"{site} \u2014 {title}", 760, size=9))
        page.append(Placed(f"Page {number} of {len(pages)}", 40, x=270, size=9))
    (folder / f"{stem}.pdf").write_bytes(build_pdf(pages, title=title))
    assert len(pages) >= 2, f"{stem} fits on one page; the running header test needs two"
    return broken


def write_docx(folder: Path, stem: str, title: str, lines: list[str], _site: str) -> None:
    document = docx.Document()
    document.add_heading(title, level=0)  # the Title style
    for line in lines:
        if line.startswith("- "):
            document.add_paragraph(line[2:], style="List Bullet")
        elif _is_heading(line):
            document.add_heading(line, level=2)
        else:
            document.add_paragraph(line)
    document.save(str(folder / f"{stem}.docx"))


def write_cp1252(folder: Path, stem: str, _title: str, _lines: list[str], _site: str) -> None:
    text = (SUMMIT / f"{stem}.txt").read_text("utf-8")
    data = text.replace("\n", "\r\n").encode("cp1252")
    with pytest.raises(UnicodeDecodeError):  # curly quotes: not UTF-8 by accident
        data.decode("utf-8")
    (folder / f"{stem}.txt").write_bytes(data)


WRITERS = {"cp1252": write_cp1252, "docx": write_docx, "html": write_html, "pdf": write_pdf}

# -- comparison -------------------------------------------------------------

_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"'})


def _norm(text: str) -> str:
    return " ".join(text.translate(_QUOTES).split())


def _overlap(reference: list[str], found: list[str]) -> tuple[float, list[str]]:
    """Share of ``reference`` sentences in ``found``, and the ones missing."""
    have = {_norm(t) for t in found}
    missing = [t for t in reference if _norm(t) not in have]
    return (1 - len(missing) / len(reference) if reference else 1.0), missing


@pytest.fixture(scope="module")
def plain():
    analysis = analyze(sorted(SUMMIT.glob("*.txt")))
    return analysis, summarize(analysis)


@pytest.fixture(scope="module")
def saved(plain, tmp_path_factory) -> dict[str, tuple[Path, list[str]]]:
    """Per format: the folder it was written to and the words hyphenated in it."""
    outlets = {Path(a.file).stem: a.outlet for a in plain[0].articles}
    folders = {}
    for name, write in WRITERS.items():
        folder = tmp_path_factory.mktemp(name)
        broken: list[str] = []
        for stem, title, lines in _articles():
            broken += write(folder, stem, title, lines, _site(outlets, stem)) or []
        folders[name] = (folder, broken)
    return folders


@pytest.mark.parametrize("fmt", list(WRITERS))
def test_format_gives_the_plain_text_summary(plain, saved, fmt) -> None:
    plain_analysis, reference = plain
    folder, _ = saved[fmt]
    files = sorted(p for p in folder.iterdir() if p.is_file())
    assert len(files) == 3
    analysis = analyze(files)
    summary = summarize(analysis)
    every, _ = _overlap(
        [s.text for s in plain_analysis.sentences], [s.text for s in analysis.sentences]
    )
    share, missing = _overlap([i.text for i in reference.items], [i.text for i in summary.items])
    single, lost = _overlap(
        [i.text for i in reference.single_source], [i.text for i in summary.single_source]
    )
    print(
        f"\n{fmt}: summary overlap {share:.3f} ({len(reference.items)} plain sentences), "
        f"single-source overlap {single:.3f} ({len(reference.single_source)} plain sentences); "
        f"all story sentences {every:.3f} ({len(plain_analysis.sentences)})"
    )
    for text in missing:
        print(f"  missing from summary: {text}")
    for text in lost:
        print(f"  missing from single-source: {text}")
    floor, single_floor, every_floor = FLOORS[fmt]
    assert share >= floor, missing
    assert single >= single_floor, lost
    assert every >= every_floor
    assert [a.title for a in analysis.articles] == [a.title for a in plain_analysis.articles]


def test_pdf_furniture_dropped_and_hyphens_mended(saved) -> None:
    folder, broken = saved["pdf"]
    assert broken, "the writer hyphenated no word; the rejoining check means nothing"
    text = "\n".join(read_document(p).text for p in sorted(folder.glob("*.pdf")))
    print(f"\nhyphenated at line ends: {broken}")
    for word in broken:
        assert word in text, word
    assert not re.search(r"Page \d+ of \d+", text)
    paragraphs = set(text.split("\n\n"))
    headings = [line for _, _, lines in _articles() for line in lines if _is_heading(line)]
    assert headings
    for heading in headings:  # a paragraph of its own, even at the foot of a page
        assert heading in paragraphs, heading
    assert "\u2014 " + _articles()[0][1] not in text  # the running header


_CHROME = ("cookies", "Related stories", "ever going to", "Privacy policy", "dataLayer")


def test_html_chrome_left_out(saved) -> None:
    folder, _ = saved["html"]
    for path in sorted(folder.glob("*.html")):
        text = read_document(path).text
        for chrome in _CHROME:
            assert chrome not in text, (path.name, chrome)
