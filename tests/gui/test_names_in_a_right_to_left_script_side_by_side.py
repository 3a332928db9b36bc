"""Outlets named in Arabic or Hebrew side by side in one line of the window ("العين · הנמל ·
صحيفة الميناء" under a summary sentence, "العين, הנמל and … are named after their files" in
the banner) are drawn in the order the line lists them. With only " · " or ", " between them
two such names read as one right-to-left stretch, and Qt drew the list the other way about:
the summary row named first the outlet the report names last. Each name is set apart
(Unicode's first-strong isolate) where the window lists it; what is copied or read out holds
no invisible mark."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel

from corroborate.gui.plain import (
    FIRST_STRONG_ISOLATE,
    LEFT_TO_RIGHT_ISOLATE,
    POP_DIRECTIONAL_ISOLATE,
    isolated,
    isolated_file,
    unmarked,
)
from three_stories import FILES

from .helpers import drawn_order, window_opening

ARABIC = "صحيفة العين"
HEBREW = "עיתון הנמל"
OTHER = "صحيفة الميناء"
FILE = "العين"
NAMES = {
    "bridge-tessel-times": ARABIC,
    "bridge-river-wire": HEBREW,
    "bridge-harlow-herald": OTHER,
}
MARKS = (FIRST_STRONG_ISOLATE, LEFT_TO_RIGHT_ISOLATE, POP_DIRECTIONAL_ISOLATE, "\u200e")


def _html_story(folder: Path) -> Path:
    """The bridge story of three outlets, each a web page whose site's name (in Arabic or
    Hebrew) is its outlet's; one page's file is named in Arabic too."""
    folder.mkdir()
    for stem, site in NAMES.items():
        text = re.sub(r"HARLOW \([^)]*\) — ", "HARLOW — ", FILES[f"{stem}.txt"])
        title, _, body = text.partition("\n\n")
        paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n\n") if p.strip())
        (folder / f"{FILE if site == ARABIC else stem}.html").write_text(
            f'<html><head><meta property="og:site_name" content="{site}">'
            f"<title>{html.escape(title)}</title></head><body><article>"
            f"<h1>{html.escape(title)}</h1>{paragraphs}</article></body></html>",
            encoding="utf-8",
        )
    return folder


def _file_named_story(folder: Path) -> Path:
    """The same story as three text files named in Arabic and Hebrew, their datelines
    naming no outlet: each file's name stands for its outlet."""
    folder.mkdir()
    for stem, name in NAMES.items():
        text = re.sub(r"HARLOW \([^)]*\) — ", "", FILES[f"{stem}.txt"])
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def test_two_names_in_a_right_to_left_script_side_by_side_keep_their_order(qapp: Any) -> None:
    plain = f"{ARABIC} · {HEBREW} · {OTHER}"
    # As they were: one right-to-left stretch, the last name drawn first.
    assert drawn_order(plain, [ARABIC, HEBREW, OTHER]) != [ARABIC, HEBREW, OTHER]
    listed = " · ".join(isolated(n) for n in (ARABIC, HEBREW, OTHER))
    assert drawn_order(listed, [ARABIC, HEBREW, OTHER]) == [ARABIC, HEBREW, OTHER]
    listed = f"{isolated(HEBREW)}, {isolated(ARABIC)} and {isolated(OTHER)} are named"
    assert drawn_order(listed, [HEBREW, ARABIC, OTHER]) == [HEBREW, ARABIC, OTHER]
    # An outlet and its file, both in Arabic: the outlet, then the file.
    file = f"{FILE}.txt"
    assert drawn_order(f"\u200e{ARABIC} · {file}", [ARABIC, file]) == [file, ARABIC]
    byline = f"{isolated(ARABIC)} · {isolated_file(file)}"
    assert drawn_order(byline, [ARABIC, file]) == [ARABIC, file]
    # Nothing is added where no name needs it, and every mark comes out again.
    assert isolated("Harbour Times") == "Harbour Times"
    assert isolated_file("harbour.txt") == "harbour.txt"
    assert isolated(isolated(ARABIC)) == isolated(ARABIC)
    assert unmarked(listed) == f"{HEBREW}, {ARABIC} and {OTHER} are named"


def test_a_summary_row_draws_its_outlets_in_the_order_it_lists_them(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = window_opening(qtbot, make_window, _html_story(tmp_path / "story"))
    model = window.summary_view.model
    assert {a.outlet for a in window.session.analysis.articles} == set(NAMES.values())
    rows = [row for row in range(model.rowCount()) if len(model.items[row].outlets) > 1]
    assert rows  # sentences two or three of the outlets back
    for row in rows:
        outlets = list(model.items[row].outlets)
        assert drawn_order(model.outlet_line(row), outlets) == outlets
    # What is copied or read out names them without a mark.
    first = rows[0]
    said = [model.attribution(first), model.find_text(first)]
    said.append(model.data(model.index(first), 0x0B))  # Qt's AccessibleTextRole
    assert all(not any(mark in text for mark in MARKS) for text in said)
    assert all(outlet in said[0] for outlet in model.items[first].outlets)
    # An article's byline: its outlet, then its file, both named in Arabic.
    analysis = window.session.analysis
    article = next(a for a in analysis.articles if a.outlet == ARABIC)
    assert article.file == f"{FILE}.html"
    window.article_view.show_article(analysis, article.id, None)
    text = window.article_view.browser.document().toPlainText()
    [byline] = [line for line in text.splitlines() if article.file in line]
    assert drawn_order(byline, [ARABIC, article.file]) == [ARABIC, article.file]


def test_the_banner_and_the_byline_name_files_in_arabic_and_hebrew_in_their_order(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    window = window_opening(qtbot, make_window, _file_named_story(tmp_path / "story"))
    analysis = window.session.analysis
    named = sorted(a.outlet for a in analysis.articles)
    assert named == sorted(NAMES.values())
    [note] = [w for w in window.banner.findChildren(QLabel) if "named after" in w.accessibleName()]
    said = [n for n in named if n in note.accessibleName()]
    said.sort(key=note.accessibleName().index)  # the order the note lists them
    assert len(said) == 3
    assert drawn_order(note.text(), said) == said
    assert not any(mark in window.banner.text() for mark in MARKS)
    assert not any(mark in note.accessibleName() for mark in MARKS)
