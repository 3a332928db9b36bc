"""Outlets named in letters other than Latin ones: each name is its own outlet. An outlet's
name is folded for comparison by case, accents and the marks between its words, never by
dropping the letters of another script, which made every such name one empty key and every
such outlet one source."""

from __future__ import annotations

from pathlib import Path

import pytest

from corroborate.engine import analyze
from corroborate.engine.text.outlets import outlet_key, same_outlet_key

#: invented outlets, written in Arabic, Hebrew, Cyrillic and Greek letters
NAMES = ("صحيفة الوادي", "חדשות העמק", "Долинный вестник", "Νέα της Κοιλάδας")


def test_outlet_names_in_other_scripts_keep_their_letters_and_stay_apart() -> None:
    keys = [outlet_key(name) for name in NAMES]
    assert all(keys)
    assert len(set(keys)) == len(NAMES)
    assert len({same_outlet_key(name) for name in NAMES}) == len(NAMES)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Público", "Publico"),
        ("The Gazette du Léman", "Gazette du Leman"),
        ("ДОЛИННЫЙ ВЕСТНИК", "Долинный вестник"),
        ("The Associated Press", "AP"),
    ],
)
def test_an_outlets_name_is_folded_by_case_accents_and_its_article(one: str, other: str) -> None:
    assert outlet_key(one) == outlet_key(other)


@pytest.mark.parametrize(
    ("name", "key"),
    [("The Valley Ledger", "valley ledger"), ("Lloyd's List", "lloyd s list"), ("cnn.com", "cnn")],
)
def test_an_outlet_named_in_latin_letters_keeps_the_key_it_had(name: str, key: str) -> None:
    assert outlet_key(name) == key


_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{headline}</title><meta property="og:site_name" content="{site}"></head>
<body><article><h1>{headline}</h1>
<p>{lede}</p><p>{second}</p></article></body></html>"""

_STORY = (
    (
        "Flood closes Varro valley road",
        "Floodwater closed the main road through the Varro valley on Sunday after two days of "
        "heavy rain, the regional roads office said.",
        "About 300 homes in the valley lost power overnight, the electricity company said.",
    ),
    (
        "Varro valley road shut by flooding",
        "The main road through the Varro valley was closed on Sunday by floodwater after two "
        "days of heavy rain, according to the regional roads office.",
        "Crews expected to reopen one lane by Tuesday, the roads office said.",
    ),
    (
        "Heavy rain floods Varro valley",
        "Two days of heavy rain flooded the Varro valley, and the regional roads office closed "
        "its main road on Sunday.",
        "Schools in the valley will stay shut on Monday, the district council said.",
    ),
)


def test_pages_of_three_outlets_named_in_three_scripts_are_three_sources(tmp_path: Path) -> None:
    for i, (site, (headline, lede, second)) in enumerate(zip(NAMES, _STORY, strict=False)):
        page = _PAGE.format(site=site, headline=headline, lede=lede, second=second)
        (tmp_path / f"page{i}.html").write_text(page, encoding="utf-8")
    analysis = analyze(tmp_path)
    assert sorted(article.outlet for article in analysis.articles) == sorted(NAMES[:3])
    assert analysis.independent_sources == 3
